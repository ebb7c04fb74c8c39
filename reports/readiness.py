"""Readiness per requirement: the source article's material-review list, ready or not.

Which findings make a requirement "not ready" is a display grouping of finding codes (the rules
themselves live in checks/); the numbers shown are summary numbers from report.json and the
counts of evidence entries, never anything recomputed from records.
"""

from __future__ import annotations

import re
from typing import Any

from reports.i18n import label, t
from reports.view import as_number, evidence_key, evidence_list, number, percent, severity_key

# Requirement -> the finding codes that bear on it. DOC_MISSING is placed by its field.
REQUIREMENTS: dict[str, tuple[str, ...]] = {
    "work_orders": (
        "WO_COUNT_BELOW_MIN",
        "WO_OUT_OF_WINDOW",
        "WO_DATE_MISSING",
        "WO_DUPLICATE_ID",
        "WO_DUPLICATE_RECORD",
        "WO_MONTH_GAP",
    ),
    "fields": ("WO_MISSING_FIELD", "WO_INVALID_PHONE"),
    "signatures": ("WO_MISSING_SIGNATURE", "WO_SIGNATURE_REUSED"),
    "survey": (
        "SV_SAMPLE_BELOW_MIN",
        "SV_STATED_MISMATCH",
        "SV_DUPLICATE_RESPONSE",
        "SV_OUT_OF_WINDOW",
    ),
    "complaints": ("CP_MISSING_FIELD", "CP_DUPLICATE_ID"),
    "response": ("WO_RESPONSE_LATE", "WO_DATE_ORDER"),
    "materials": ("DOC_UNREADABLE", "DOC_UNRECOGNISED"),
    "licence": (
        "LIC_CREDIT_CODE_INVALID",
        "LIC_EXPIRED",
        "LIC_SCOPE_MISMATCH",
        "LIC_NAME_MISMATCH",
        "SCOPE_NOT_ELIGIBLE",
    ),
}
MISSING_KIND_OWNER = {
    "work_orders": "work_orders",
    "satisfaction_survey": "survey",
    "complaint_ledger": "complaints",
    "business_license": "licence",
}
# A code added later still lands somewhere sensible: by its family prefix.
PREFIX_OWNER = {"WO": "work_orders", "SV": "survey", "CP": "complaints", "LIC": "licence"}
_CODE_OWNER = {code: req for req, codes in REQUIREMENTS.items() for code in codes}
_ANCHOR_SAFE = re.compile(r"^[A-Z][A-Z0-9_]{0,63}$")


def requirement_of(finding: dict[str, Any]) -> str:
    """The requirement a finding bears on (materials for anything unknown)."""
    code = str(finding.get("code") or "")
    if code == "DOC_MISSING":
        return MISSING_KIND_OWNER.get(str(finding.get("field")), "materials")
    if code in _CODE_OWNER:
        return _CODE_OWNER[code]
    return PREFIX_OWNER.get(code.split("_", 1)[0], "materials")


def anchor_of(code: object) -> str:
    """The id of a code's block in the findings section; "" for a code unsafe as an id."""
    text = str(code or "")
    return f"code-{text}" if _ANCHOR_SAFE.match(text) else ""


def readiness_rows(report: dict[str, Any], lang: str) -> list[dict[str, Any]]:
    summary = report.get("summary") if isinstance(report.get("summary"), dict) else {}
    findings = [f for f in report.get("findings") or [] if isinstance(f, dict)]
    mine: dict[str, list[dict[str, Any]]] = {key: [] for key in REQUIREMENTS}
    for finding in findings:
        mine[requirement_of(finding)].append(finding)
    return [_row(key, mine[key], summary, lang) for key in REQUIREMENTS]


def _row(
    key: str, findings: list[dict[str, Any]], summary: dict[str, Any], lang: str
) -> dict[str, Any]:
    params = _params(key, summary)
    status = _status(key, findings, summary)
    numbers = [x for x in NUMBERS[key](summary, lang) if x]
    owned = [k for k in _missing(summary) if MISSING_KIND_OWNER.get(k) == key]
    if owned:
        kinds = t(lang, "list.sep").join(label(lang, "kind", k) for k in owned)
        numbers.insert(0, t(lang, "num.missing", kinds=kinds))
    return {
        "key": key,
        "label": t(lang, f"req.{key}", **params),
        "status": status,
        "status_text": t(lang, f"rd.{status}"),
        "numbers": t(lang, "num.sep").join(numbers),
        "issues": _issues(findings, lang),
        "remedy": t(lang, f"remedy.{key}", **params) if status == "not_ready" else "",
    }


# Rows judged on work-order records say "no data" when there are none, not "ready".
_NEEDS_WORK_ORDERS = ("fields", "signatures", "response")


def _status(key: str, findings: list[dict[str, Any]], summary: dict[str, Any]) -> str:
    severities = {severity_key(f.get("severity")) for f in findings}
    if severities & {"major", "minor"}:
        return "not_ready"
    if severities:
        return "advice"
    if key in _NEEDS_WORK_ORDERS and not as_number(_wo(summary).get("total")):
        return "na"
    return "ready"


def _missing(summary: dict[str, Any]) -> list[str]:
    materials = summary.get("materials") or {}
    missing = materials.get("missing")
    return [str(k) for k in missing] if isinstance(missing, list) else []


def _params(key: str, summary: dict[str, Any]) -> dict[str, str]:
    """The {required} and {months} of a requirement's label and remedy."""
    source = {"work_orders": "work_orders", "survey": "survey", "materials": "materials"}
    required = (summary.get(source.get(key, "")) or {}).get("required")
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
    if as_number(committed) is None:
        parts = [t(lang, "num.no_commitment")]
        if as_number(median) is not None:
            parts.insert(0, t(lang, "num.response_median", median=number(median)))
        return parts
    if as_number(median) is None:
        return []
    return [t(lang, "num.response", median=number(median), committed=number(committed))]


def _material_numbers(summary: dict[str, Any], lang: str) -> list[str]:
    materials = summary.get("materials") or {}
    if as_number(materials.get("required")) is None:
        return []
    parts = [
        t(
            lang,
            "num.materials",
            present=number(materials.get("present")),
            required=number(materials.get("required")),
        )
    ]
    missing = [k for k in _missing(summary) if k not in MISSING_KIND_OWNER]
    if missing:
        kinds = t(lang, "list.sep").join(label(lang, "kind", k) for k in missing)
        parts.append(t(lang, "num.missing", kinds=kinds))
    return parts


def _licence_numbers(summary: dict[str, Any], lang: str) -> list[str]:
    materials = summary.get("materials") or {}
    if not isinstance(materials.get("missing"), list) or "business_license" in _missing(summary):
        return []  # a missing licence is named by the row's "missing" note
    return [t(lang, "num.licence_present")]


NUMBERS = {
    "work_orders": _work_order_numbers,
    "fields": _field_numbers,
    "signatures": _signature_numbers,
    "survey": _survey_numbers,
    "complaints": _complaint_numbers,
    "response": _response_numbers,
    "materials": _material_numbers,
    "licence": _licence_numbers,
}
