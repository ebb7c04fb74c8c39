"""report.html: the human report, self-contained, offline and printable.

Every string from the report is untrusted (it comes from uploaded files and their names), so
the template is rendered with autoescape on and StrictUndefined, never marks data safe, and
this module hands it plain, capped text only.
"""

from __future__ import annotations

from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from preaudit.reports._files import write_private
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

TEMPLATES = Path(__file__).parent / "templates"
CELL_LIMIT = 500  # characters per cell: a 200 MB cell must not become a 200 MB page
FOLD_OVER = 20  # more evidence rows than this are folded into <details>
EVIDENCE_CAP = 1000  # rows per finding in HTML; the rest is counted, and is in JSON/xlsx
VERDICTS = ("ready", "needs_rework", "not_ready")
STATUSES = ("parsed", "unreadable", "unrecognised")


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(report: dict[str, Any], *, mask: bool = True, expand: bool = False) -> str:
    """The report as one HTML page in the report's language; personal data masked by default.

    ``expand`` opens every folded evidence list (for the PDF, where nobody can click).
    """
    lang = lang_of(report.get("lang"))
    context = build_context(report, lang, mask=mask)
    context["expand"] = expand
    return _environment().get_template("report.html.j2").render(**context)


def write_html(
    report: dict[str, Any], path: Path, *, mask: bool = True, expand: bool = False
) -> None:
    """Write report.html as UTF-8 with mode 0600."""
    write_private(Path(path), render_html(report, mask=mask, expand=expand).encode("utf-8"))


def build_context(report: dict[str, Any], lang: str, *, mask: bool) -> dict[str, Any]:
    """Everything the template prints, as plain capped strings, numbers and lists."""
    findings = [f for f in report.get("findings") or [] if isinstance(f, dict)]
    return {
        "t": partial(t, lang),
        "html_lang": t(lang, "html.lang"),
        "meta": _meta(report, lang),
        "verdict": _verdict(report.get("verdict"), lang),
        "counts": _counts(report, findings, lang),
        "readiness": [_capped_row(row) for row in readiness_rows(report, lang)],
        "charts": charts(report, lang),
        "groups": _finding_groups(findings, lang),
        "has_findings": bool(findings),
        "documents": [_document_row(d, lang) for d in _dicts(report.get("documents"))],
        "callback": [_callback_row(c, lang, mask) for c in _dicts(report.get("callback_sample"))],
        "masked": mask,
    }


def _dicts(items: object) -> list[dict[str, Any]]:
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []


def _text(value: object) -> str:
    return cap(value, CELL_LIMIT)


# Header ---------------------------------------------------------------------------------


def _meta(report: dict[str, Any], lang: str) -> list[tuple[str, str]]:
    window = report.get("window") or {}
    unknown = t(lang, "meta.unknown")
    tool = f"preaudit {_text(report.get('tool_version'))}".strip()
    rows = [
        ("meta.applicant", _text(report.get("applicant")) or unknown),
        ("meta.credit_code", _text(report.get("credit_code")) or unknown),
        ("meta.scope", _text(report.get("scope")) or unknown),
        ("meta.target_level", _text(report.get("target_level")) or unknown),
        ("meta.package", _text(report.get("package"))),
        ("meta.as_of", _text(report.get("as_of"))),
        (
            "meta.window",
            t(
                lang,
                "meta.window_value",
                start=_text(window.get("start")),
                end=_text(window.get("end")),
            ),
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


def _counts(
    report: dict[str, Any], findings: list[dict[str, Any]], lang: str
) -> list[dict[str, Any]]:
    given = report.get("counts") if isinstance(report.get("counts"), dict) else {}
    rows = []
    for severity in SEVERITIES:
        count = given.get(severity)
        if not isinstance(count, int):
            count = sum(1 for f in findings if f.get("severity") == severity)
        rows.append({"key": severity, "label": t(lang, f"severity.{severity}"), "count": count})
    return rows


# Findings -------------------------------------------------------------------------------


def _finding_groups(findings: list[dict[str, Any]], lang: str) -> list[dict[str, Any]]:
    """Findings by severity (major, minor, observation), then by code in first-seen order."""
    groups = []
    for severity in SEVERITIES:
        members = [f for f in findings if severity_key(f.get("severity")) == severity]
        by_code: dict[str, list[dict[str, Any]]] = {}
        for finding in members:
            by_code.setdefault(_text(finding.get("code")), []).append(finding)
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


def _code_view(code: str, findings: list[dict[str, Any]], lang: str) -> dict[str, Any]:
    return {
        "code": code,
        "anchor": anchor_of(code),
        "title": _text(findings[0].get("title")) or code,
        "findings": [_finding_view(f, lang) for f in findings],
    }


def _finding_view(finding: dict[str, Any], lang: str) -> dict[str, Any]:
    return {
        "message": _text(finding.get("message")),
        "field": _text(field_label(lang, finding.get("field"))),
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


def _document_row(doc: dict[str, Any], lang: str) -> dict[str, Any]:
    status = doc.get("status")
    sep = t(lang, "list.sep")
    kinds = doc.get("kinds") if isinstance(doc.get("kinds"), list) else []
    unmapped = doc.get("unmapped_columns") if isinstance(doc.get("unmapped_columns"), list) else []
    notes = doc.get("notes") if isinstance(doc.get("notes"), list) else []
    return {
        "file": _text(doc.get("file")),
        "format": _text(doc.get("format")),
        "kinds": _text(sep.join(label(lang, "kind", k) for k in kinds)),
        "records": number(doc.get("records")),
        "status_key": status if status in STATUSES else "unknown",
        "status": _text(label(lang, "status", status)),
        "remarks": [_text(x) for x in [doc.get("error"), *notes] if x not in (None, "")],
        "unmapped": _text(sep.join(str(c) for c in unmapped)),
    }


def _callback_row(entry: dict[str, Any], lang: str, mask: bool) -> dict[str, str]:
    name, phone = entry.get("customer_name"), entry.get("customer_phone")
    if mask:
        name = mask_name(None if name is None else str(name))
        phone = mask_phone(None if phone is None else str(phone))
    return {
        "record_id": _text(entry.get("record_id")),
        "file": _text(entry.get("file")),
        "location": _text(location_text(lang, entry)),
        "customer_name": _text(name),
        "customer_phone": _text(phone),
        "reported_at": _text(entry.get("reported_at")),
    }
