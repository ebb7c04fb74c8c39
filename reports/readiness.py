"""The readiness table: report.json's ``readiness`` entries, rendered.

The state of each requirement (ready, not_ready, not_verified), its reason and the codes that
bear on it are decided in checks/readiness.py and read here as they are; this module only adds
words, the numbers from report.json's summary, the issues (the findings with those codes) and
one sentence on what to do. It never decides a state.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from preaudit.model.report import FindingDict, MaterialSummary, ReadinessEntry, Report, Summary
from preaudit.reports.i18n import label, t
from preaudit.reports.view import (
    clean,
    evidence_key,
    evidence_list,
    number,
    percent,
    severity_key,
)

STATES = ("ready", "not_ready", "not_verified")
_ANCHOR_SAFE = re.compile(r"^[A-Z][A-Z0-9_]{0,63}$")


def anchor_of(code: object) -> str:
    """The id of a code's block in the findings section; "" for a code unsafe as an id."""
    text = str(code or "")
    return f"code-{text}" if _ANCHOR_SAFE.match(text) else ""


def readiness_rows(report: Report, lang: str) -> list[dict[str, Any]]:
    return [_row(e, report["findings"], report["summary"], lang) for e in report["readiness"]]


def _row(
    entry: ReadinessEntry, findings: list[FindingDict], summary: Summary, lang: str
) -> dict[str, Any]:
    key = entry["requirement"]
    known = key in NUMBERS  # a requirement this version knows words for
    state = entry["state"] if entry["state"] in STATES else "unknown"
    codes = set(entry["codes"])
    issues = _issues([f for f in findings if f["code"] in codes], lang)
    # "ready, with advice": still ready (observations never block), shown with its advice.
    shown = "advice" if state == "ready" and issues else state
    params = _params(key, summary)
    numbers = [x for x in NUMBERS[key](summary, lang) if x] if known else []
    missing = entry["missing"]
    if missing:
        kinds = t(lang, "list.sep").join(label(lang, "kind", k) for k in missing)
        numbers.insert(0, t(lang, "num.missing", kinds=kinds))
    return {
        "key": key,
        "label": t(lang, f"req.{key}", **params) if known else key,
        "status": shown,
        "status_text": t(lang, f"rd.{shown}") if state != "unknown" else clean(entry["state"]),
        "reason": clean(entry["reason"]) if state == "not_verified" else "",
        "numbers": t(lang, "num.sep").join(numbers),
        "issues": issues,
        "remedy": _remedy(key, state, params, lang) if known else "",
    }


def _remedy(key: str, state: str, params: dict[str, str], lang: str) -> str:
    if state == "not_ready":
        return t(lang, f"remedy.{key}", **params)
    if state == "not_verified":
        return t(lang, f"verify.{key}", **params)
    return ""


# Requirement -> the summary section whose "required" number its label names.
_REQUIRED_FROM: dict[str, Callable[[Summary], int | None]] = {
    "work_order_count": lambda summary: summary["work_orders"]["required"],
    "survey_sample": lambda summary: summary["survey"]["required"],
    "materials": lambda summary: _materials(summary)["required"] or None,
}
# A report written before the summary had ``materials`` (the portal shows stored rounds).
_NO_MATERIALS: MaterialSummary = {"required": 0, "present": 0, "missing": []}


def _materials(summary: Summary) -> MaterialSummary:
    return summary.get("materials", _NO_MATERIALS)


def _params(key: str, summary: Summary) -> dict[str, str]:
    """The {required} and {months} of a requirement's label and remedy."""
    required = _REQUIRED_FROM[key](summary) if key in _REQUIRED_FROM else None
    return {
        "required": number(required) or "—",
        "months": number(summary["work_orders"].get("window_months")) or "—",
    }


def _issues(findings: list[FindingDict], lang: str) -> list[dict[str, str]]:
    """One entry per code: its title, how many records, and the anchor of its details."""
    by_code: dict[str, list[FindingDict]] = {}
    for finding in findings:
        by_code.setdefault(finding["code"], []).append(finding)
    issues = []
    for code, items in by_code.items():
        if code == "DOC_MISSING":
            continue  # the missing kinds are named in the numbers column
        records = {evidence_key(e) for f in items for e in evidence_list(f)}
        issues.append(
            {
                "title": str(items[0].get("title") or code),
                "count": t(lang, "rd.records", count=len(records)) if records else "",
                "anchor": anchor_of(code),
                "severity": severity_key(items[0]["severity"]),
            }
        )
    return issues


# The numbers column, per requirement -------------------------------------------------------


def _work_order_numbers(summary: Summary, lang: str) -> list[str]:
    wo = summary["work_orders"]
    return [
        t(
            lang,
            "num.work_orders",
            qualifying=number(wo["qualifying"]),
            required=number(wo["required"]),
            in_window=number(wo["in_window"]),
            total=number(wo["total"]),
        )
    ]


def _field_numbers(summary: Summary, lang: str) -> list[str]:
    return [t(lang, "num.fields", total=number(summary["work_orders"]["total"]))]


def _signature_numbers(summary: Summary, lang: str) -> list[str]:
    wo = summary["work_orders"]
    return [t(lang, "num.signatures", signed=number(wo["signed"]), total=number(wo["total"]))]


def _survey_numbers(summary: Summary, lang: str) -> list[str]:
    sv = summary["survey"]
    parts = []
    if sv["responses"] is not None:
        responses, required = number(sv["responses"]), number(sv["required"])
        parts.append(t(lang, "num.survey", responses=responses, required=required))
    if sv["stated_sample_size"] is not None:
        parts.append(t(lang, "num.survey_stated", stated=number(sv["stated_sample_size"])))
    if sv["satisfaction_rate"] is not None:
        parts.append(t(lang, "num.survey_rate", rate=percent(sv["satisfaction_rate"])))
    if sv["stated_satisfaction_rate"] is not None:
        parts.append(
            t(lang, "num.survey_stated_rate", rate=percent(sv["stated_satisfaction_rate"]))
        )
    return parts


def _complaint_numbers(summary: Summary, lang: str) -> list[str]:
    cp = summary["complaints"]
    return [t(lang, "num.complaints", complete=number(cp["complete"]), total=number(cp["total"]))]


def _response_numbers(summary: Summary, lang: str) -> list[str]:
    wo = summary["work_orders"]
    median, committed = wo["response_hours_median"], wo["committed_response_hours"]
    if median is None:
        return []  # nothing measured; the reason, when not verified, says why
    if committed is None:
        return [t(lang, "num.response_median", median=number(median))]
    return [t(lang, "num.response", median=number(median), committed=number(committed))]


def _material_numbers(summary: Summary, lang: str) -> list[str]:
    materials = _materials(summary)
    if materials is _NO_MATERIALS:
        return []
    present, required = number(materials["present"]), number(materials["required"])
    return [t(lang, "num.materials", present=present, required=required)]


def _licence_numbers(summary: Summary, lang: str) -> list[str]:
    materials = _materials(summary)
    if materials is _NO_MATERIALS or "business_license" in materials["missing"]:
        return []  # a missing licence is named by the row's "missing" note
    return [t(lang, "num.licence_present")]


NUMBERS: dict[str, Callable[[Summary, str], list[str]]] = {
    "work_order_count": _work_order_numbers,
    "work_order_fields": _field_numbers,
    "work_order_signatures": _signature_numbers,
    "survey_sample": _survey_numbers,
    "complaint_chain": _complaint_numbers,
    "response_time": _response_numbers,
    "materials": _material_numbers,
    "licence": _licence_numbers,
}
