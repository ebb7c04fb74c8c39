"""The readiness table: report.json's ``readiness`` entries, rendered.

The state of each requirement (ready, not_ready, not_verified), its reason and the codes that
bear on it are decided in checks/readiness.py and read here as they are; this module only adds
words, the numbers from report.json's summary, the issues (the findings with those codes) and
one sentence on what to do. It never decides a state.
"""

from __future__ import annotations

import re
from typing import Any

from preaudit.reports.i18n import label, t
from preaudit.reports.view import (
    as_number,
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


def readiness_rows(report: dict[str, Any], lang: str) -> list[dict[str, Any]]:
    summary = report.get("summary") if isinstance(report.get("summary"), dict) else {}
    findings = [f for f in report.get("findings") or [] if isinstance(f, dict)]
    entries = report.get("readiness") if isinstance(report.get("readiness"), list) else []
    return [_row(e, findings, summary, lang) for e in entries if isinstance(e, dict)]


def _row(
    entry: dict[str, Any], findings: list[dict[str, Any]], summary: dict[str, Any], lang: str
) -> dict[str, Any]:
    key = str(entry.get("requirement") or "")
    known = key in NUMBERS  # a requirement this version knows words for
    state = entry.get("state") if entry.get("state") in STATES else "unknown"
    codes = {str(c) for c in _strings(entry.get("codes"))}
    issues = _issues([f for f in findings if str(f.get("code") or "") in codes], lang)
    # "ready, with advice": still ready (observations never block), shown with its advice.
    shown = "advice" if state == "ready" and issues else state
    params = _params(key, summary)
    numbers = [x for x in NUMBERS[key](summary, lang) if x] if known else []
    missing = _strings(entry.get("missing"))
    if missing:
        kinds = t(lang, "list.sep").join(label(lang, "kind", k) for k in missing)
        numbers.insert(0, t(lang, "num.missing", kinds=kinds))
    return {
        "key": key,
        "label": t(lang, f"req.{key}", **params) if known else key,
        "status": shown,
        "status_text": t(lang, f"rd.{shown}") if state != "unknown" else clean(entry.get("state")),
        "reason": clean(entry.get("reason")) if state == "not_verified" else "",
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


def _strings(items: object) -> list[str]:
    return [str(x) for x in items if x is not None] if isinstance(items, list) else []


def _missing(summary: dict[str, Any]) -> list[str]:
    materials = summary.get("materials") or {}
    missing = materials.get("missing")
    return [str(k) for k in missing] if isinstance(missing, list) else []


# Requirement -> the summary section whose "required" number its label names.
_REQUIRED_FROM = {
    "work_order_count": "work_orders",
    "survey_sample": "survey",
    "materials": "materials",
}


def _params(key: str, summary: dict[str, Any]) -> dict[str, str]:
    """The {required} and {months} of a requirement's label and remedy."""
    required = (summary.get(_REQUIRED_FROM.get(key, "")) or {}).get("required")
    return {
        "required": number(required) or "—",
        "months": number(_wo(summary).get("window_months")) or "—",
    }


def _issues(findings: list[dict[str, Any]], lang: str) -> list[dict[str, str]]:
    """One entry per code: its title, how many records, and the anchor of its details."""
    by_code: dict[str, list[dict[str, Any]]] = {}
    for finding in findings:
        by_code.setdefault(str(finding.get("code") or ""), []).append(finding)
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
                "severity": severity_key(items[0].get("severity")),
            }
        )
    return issues


# The numbers column, per requirement -------------------------------------------------------


def _wo(summary: dict[str, Any]) -> dict[str, Any]:
    return summary.get("work_orders") or {}


def _work_order_numbers(summary: dict[str, Any], lang: str) -> list[str]:
    wo = _wo(summary)
    return [
        t(
            lang,
            "num.work_orders",
            qualifying=number(wo.get("qualifying")) or "0",
            required=number(wo.get("required")) or "—",
            in_window=number(wo.get("in_window")) or "0",
            total=number(wo.get("total")) or "0",
        )
    ]


def _field_numbers(summary: dict[str, Any], lang: str) -> list[str]:
    return [t(lang, "num.fields", total=number(_wo(summary).get("total")) or "0")]


def _signature_numbers(summary: dict[str, Any], lang: str) -> list[str]:
    wo = _wo(summary)
    if as_number(wo.get("signed")) is None:
        return []
    return [t(lang, "num.signatures", signed=number(wo["signed"]), total=number(wo.get("total")))]


def _survey_numbers(summary: dict[str, Any], lang: str) -> list[str]:
    sv = summary.get("survey") or {}
    parts = []
    if as_number(sv.get("responses")) is not None:
        parts.append(
            t(
                lang,
                "num.survey",
                responses=number(sv["responses"]),
                required=number(sv.get("required")),
            )
        )
    if as_number(sv.get("stated_sample_size")) is not None:
        parts.append(t(lang, "num.survey_stated", stated=number(sv["stated_sample_size"])))
    if percent(sv.get("satisfaction_rate")):
        parts.append(t(lang, "num.survey_rate", rate=percent(sv["satisfaction_rate"])))
    if percent(sv.get("stated_satisfaction_rate")):
        parts.append(
            t(lang, "num.survey_stated_rate", rate=percent(sv["stated_satisfaction_rate"]))
        )
    return parts


def _complaint_numbers(summary: dict[str, Any], lang: str) -> list[str]:
    cp = summary.get("complaints") or {}
    return [
        t(
            lang,
            "num.complaints",
            complete=number(cp.get("complete")) or "0",
            total=number(cp.get("total")) or "0",
        )
    ]


def _response_numbers(summary: dict[str, Any], lang: str) -> list[str]:
    wo = _wo(summary)
    median, committed = wo.get("response_hours_median"), wo.get("committed_response_hours")
    if as_number(median) is None:
        return []  # nothing measured; the reason, when not verified, says why
    if as_number(committed) is None:
        return [t(lang, "num.response_median", median=number(median))]
    return [t(lang, "num.response", median=number(median), committed=number(committed))]


def _material_numbers(summary: dict[str, Any], lang: str) -> list[str]:
    materials = summary.get("materials") or {}
    if as_number(materials.get("required")) is None:
        return []
    return [
        t(
            lang,
            "num.materials",
            present=number(materials.get("present")),
            required=number(materials.get("required")),
        )
    ]


def _licence_numbers(summary: dict[str, Any], lang: str) -> list[str]:
    materials = summary.get("materials") or {}
    if not isinstance(materials.get("missing"), list) or "business_license" in _missing(summary):
        return []  # a missing licence is named by the row's "missing" note
    return [t(lang, "num.licence_present")]


NUMBERS = {
    "work_order_count": _work_order_numbers,
    "work_order_fields": _field_numbers,
    "work_order_signatures": _signature_numbers,
    "survey_sample": _survey_numbers,
    "complaint_chain": _complaint_numbers,
    "response_time": _response_numbers,
    "materials": _material_numbers,
    "licence": _licence_numbers,
}
