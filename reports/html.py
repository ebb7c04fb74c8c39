"""report.html: the human report, self-contained, offline and printable.

Every string from the report is untrusted (it comes from uploaded files and their names), so
the template is rendered with autoescape on and StrictUndefined, never marks data safe, and
this module hands it plain, capped text only.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from preaudit.model.records import ITEM, NO_FIELD
from preaudit.model.report import CallbackEntry, DocumentDict, FindingDict, Report
from preaudit.reports._files import write_private
from preaudit.reports._templates import environment
from preaudit.reports.charts import charts
from preaudit.reports.i18n import field_label, label, lang_of, t
from preaudit.reports.mask import mask_name, mask_phone
from preaudit.reports.readiness import anchor_of, readiness_rows
from preaudit.reports.view import (
    EVIDENCE_KEYS,
    SEVERITIES,
    cap,
    evidence_list,
    location_text,
    number,
    severity_key,
)

CELL_LIMIT = 500  # characters per cell: a 200 MB cell must not become a 200 MB page
FOLD_OVER = 20  # more evidence rows than this are folded into <details>
EVIDENCE_CAP = 1000  # rows per finding in HTML; the rest is counted, and is in JSON/xlsx
VERDICTS = ("ready", "needs_rework", "not_ready")
STATUSES = ("parsed", "unreadable", "unrecognised")


def render_html(report: Report, *, mask: bool = True, expand: bool = False) -> str:
    """The report as one HTML page in the report's language; personal data masked by default.

    ``expand`` opens every folded evidence list (for the PDF, where nobody can click).
    """
    lang = lang_of(report["lang"])
    context = build_context(report, lang, mask=mask)
    context["expand"] = expand
    return environment().get_template("report.html.j2").render(**context)


def write_html(report: Report, path: Path, *, mask: bool = True, expand: bool = False) -> None:
    """Write report.html as UTF-8 with mode 0600."""
    write_private(Path(path), render_html(report, mask=mask, expand=expand).encode("utf-8"))


def build_context(report: Report, lang: str, *, mask: bool) -> dict[str, Any]:
    """Everything the template prints, as plain capped strings, numbers and lists."""
    findings = report["findings"]
    return {
        "t": partial(t, lang),
        "html_lang": t(lang, "html.lang"),
        "meta": _meta(report, lang),
        "verdict": _verdict(report["verdict"], lang),
        "counts": _counts(report, lang),
        "readiness": [_capped_row(row) for row in readiness_rows(report, lang)],
        "charts": charts(report, lang),
        "groups": _finding_groups(findings, lang),
        "has_findings": bool(findings),
        "documents": [_document_row(d, lang) for d in report["documents"]],
        "statements": _statements(report, lang),
        "callback": [_callback_row(c, lang, mask) for c in report["callback_sample"]],
        "masked": mask,
    }


def _text(value: object) -> str:
    return cap(value, CELL_LIMIT)


# Header ---------------------------------------------------------------------------------


def _meta(report: Report, lang: str) -> list[tuple[str, str]]:
    window = report["window"]
    unknown = t(lang, "meta.unknown")
    tool = f"preaudit {_text(report['tool_version'])}".strip()
    rows = [
        ("meta.applicant", _text(report["applicant"]) or unknown),
        ("meta.credit_code", _text(report["credit_code"]) or unknown),
        ("meta.scope", _text(report["scope"]) or unknown),
        ("meta.target_level", _text(report["target_level"]) or unknown),
        ("meta.package", _text(report["package"])),
        ("meta.as_of", _text(report["as_of"])),
        (
            "meta.window",
            t(lang, "meta.window_value", start=_text(window["start"]), end=_text(window["end"])),
        ),
        ("meta.tool", tool),
    ]
    return [(t(lang, key), value) for key, value in rows]


def _verdict(value: object, lang: str) -> dict[str, str]:
    # The key doubles as a CSS class, so only the three known values are ever used as one.
    if value not in VERDICTS:
        return {"key": "unknown", "text": _text(value), "note": ""}
    key = str(value)
    return {"key": key, "text": t(lang, f"verdict.{key}"), "note": t(lang, f"verdict.{key}.note")}


def _counts(report: Report, lang: str) -> list[dict[str, Any]]:
    return [
        {"key": s, "label": t(lang, f"severity.{s}"), "count": report["counts"][s]}
        for s in SEVERITIES
    ]


# Findings -------------------------------------------------------------------------------


def _finding_groups(findings: list[FindingDict], lang: str) -> list[dict[str, Any]]:
    """Findings by severity (major, minor, observation), then by code in first-seen order."""
    groups = []
    for severity in SEVERITIES:
        members = [f for f in findings if severity_key(f["severity"]) == severity]
        by_code: dict[str, list[FindingDict]] = {}
        for finding in members:
            by_code.setdefault(_text(finding["code"]), []).append(finding)
        codes = [_code_view(code, items, lang) for code, items in by_code.items()]
        groups.append(
            {
                "key": severity,
                "label": t(lang, f"severity.{severity}"),
                "count": len(members),
                "codes": codes,
            }
        )
    return groups


def _capped_row(row: dict[str, Any]) -> dict[str, Any]:
    # Titles, reasons (which quote file names) and unknown labels come from report.json:
    # capped like every other cell.
    for name in ("label", "status_text", "reason"):
        row[name] = _text(row[name])
    for issue in row["issues"]:
        issue["title"] = _text(issue["title"])
    return row


def _code_view(code: str, findings: list[FindingDict], lang: str) -> dict[str, Any]:
    return {
        "code": code,
        "anchor": anchor_of(code),
        "title": _text(findings[0].get("title")) or code,  # worded by localise(), if it ran
        "findings": [_finding_view(f, lang) for f in findings],
    }


def _finding_view(finding: FindingDict, lang: str) -> dict[str, Any]:
    return {
        "message": _text(finding.get("message")),
        "field": _text(field_label(lang, finding["field"])),
        "evidence": _evidence_view(evidence_list(finding), lang),
    }


def _evidence_view(items: list[dict[str, Any]], lang: str) -> dict[str, Any]:
    # Only the columns some entry fills: a workbook finding needs no page column.
    keys = [
        k for k in EVIDENCE_KEYS if k == "file" or any(e.get(k) not in (None, "") for e in items)
    ]
    shown = items[:EVIDENCE_CAP]
    return {
        "total": len(items),
        "folded": len(items) > FOLD_OVER,
        "headers": [t(lang, f"col.{k}") for k in keys],
        "rows": [[_text(e.get(k)) for k in keys] for e in shown],
        "shown": len(shown),
        "rest": len(items) - len(shown),
    }


# Documents and callback sample ----------------------------------------------------------


def _document_row(doc: DocumentDict, lang: str) -> dict[str, Any]:
    status = doc["status"]
    sep = t(lang, "list.sep")
    return {
        "file": _text(doc["file"]),
        "format": _text(doc["format"]),
        "kinds": _text(sep.join(label(lang, "kind", k) for k in doc["kinds"])),
        "records": number(doc["records"]),
        "status_key": status if status in STATUSES else "unknown",  # doubles as a CSS class
        "status": _text(label(lang, "status", status)),
        "remarks": [_text(x) for x in [doc["error"], *doc["notes"]] if x not in (None, "")],
        "unmapped": _text(sep.join(str(c) for c in doc["unmapped_columns"])),
    }


def _statements(report: Report, lang: str) -> dict[str, list[dict[str, str]]]:
    """application.toml's claims over recognition (absent from reports written before them)."""
    stated = report.get("statements") or {"columns": [], "documents": []}
    special = {NO_FIELD: t(lang, "stmt.no_field"), ITEM: t(lang, "stmt.item")}
    columns = [{
        "header": _text(c["header"]),
        "field": _text(special.get(c["field"]) or field_label(lang, c["field"])),
        "applies_to": _text(c["file"] or t(lang, "stmt.every_file")),
    } for c in stated["columns"]]
    documents = [{"file": _text(d["file"]), "kind": _text(label(lang, "kind", d["kind"]))}
                 for d in stated["documents"]]
    return {"columns": columns, "documents": documents}


def _callback_row(entry: CallbackEntry, lang: str, mask: bool) -> dict[str, str]:
    name, phone = entry["customer_name"], entry["customer_phone"]
    if mask:
        name = mask_name(None if name is None else str(name))
        phone = mask_phone(None if phone is None else str(phone))
    return {
        "record_id": _text(entry["record_id"]),
        "file": _text(entry["file"]),
        "location": _text(location_text(lang, dict(entry))),
        "customer_name": _text(name),
        "customer_phone": _text(phone),
        "reported_at": _text(entry["reported_at"]),
    }
