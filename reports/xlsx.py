"""findings.xlsx: one row per flagged record, for the person who has to fix them.

One sheet per record kind (work orders, survey responses, complaints: by the code's family
prefix WO_/SV_/CP_), one for findings about the package or a whole document (every other code,
and family findings with no record to point at), the readiness per requirement (with why a
requirement could not be verified) and the document list.

Safety: every text cell is forced to a string cell after assignment, so ``=HYPERLINK(…)`` from
an uploaded file stays text and never becomes a live formula; a text cell that starts like a
formula also carries Excel's quote-prefix style (shown as '=…), so editing the cell and
pressing Enter keeps it text instead of evaluating it; characters XML cannot carry are
stripped so one broken PDF cannot crash the export. No personal data is written: rows point
at records by file, position and record number only.
"""

from __future__ import annotations

import unicodedata
from io import BytesIO
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from preaudit.reports._files import write_private
from preaudit.reports.batch import FORMULA_STARTS
from preaudit.reports.i18n import field_label, label, lang_of, t
from preaudit.reports.readiness import readiness_rows
from preaudit.reports.view import (
    EVIDENCE_KEYS,
    cap,
    evidence_key,
    evidence_list,
    highest_severity,
    is_whole_file,
    location_text,
    sort_key,
    unique,
)

CELL_LIMIT = 32_000  # Excel refuses more than 32,767 characters in a cell
WIDTH_MIN, WIDTH_MAX = 6, 60
WIDTH_SAMPLE = 500  # rows looked at to size a column; enough to be representative
HEADER_FILL = PatternFill("solid", fgColor="E4E7EC")
WRAP = Alignment(wrap_text=True, vertical="top")
Row = list[object]


def write_findings_xlsx(report: dict[str, Any], path: Path, *, mask: bool = True) -> None:
    """Write findings.xlsx (mode 0600): records, package-level findings and documents.

    ``mask`` is accepted for symmetry with write_html; the workbook holds no personal-data
    columns, so there is nothing to unmask.
    """
    del mask
    lang = lang_of(report.get("lang"))
    findings = [f for f in report.get("findings") or [] if isinstance(f, dict)]
    workbook = Workbook()
    workbook.remove(workbook.active)
    for family, sheet_key in RECORD_SHEETS.items():
        mine = [f for f in findings if family_of(f) == family]
        _fill(
            workbook.create_sheet(),
            t(lang, sheet_key),
            _record_header(lang),
            record_rows(mine, lang),
        )
    _fill(
        workbook.create_sheet(),
        t(lang, "sheet.package"),
        _package_header(lang),
        package_rows(findings, lang),
    )
    _fill(
        workbook.create_sheet(),
        t(lang, "sheet.readiness"),
        _readiness_header(lang),
        readiness_sheet_rows(report, lang),
    )
    _fill(
        workbook.create_sheet(),
        t(lang, "sheet.documents"),
        _document_header(lang),
        document_rows(report.get("documents"), lang),
    )
    buffer = BytesIO()
    workbook.save(buffer)
    write_private(Path(path), buffer.getvalue())


# Rows -----------------------------------------------------------------------------------


def _record_header(lang: str) -> Row:
    keys = (
        "file",
        "sheet",
        "page",
        "table",
        "row",
        "record_id",
        "severity",
        "codes",
        "fields",
        "what_to_fix",
    )
    return [t(lang, f"col.{k}") for k in keys]


# Code family prefix -> the sheet of its records.
RECORD_SHEETS = {"WO": "sheet.work_orders", "SV": "sheet.surveys", "CP": "sheet.complaints"}


def family_of(finding: dict[str, Any]) -> str:
    """WO, SV or CP for record-level families; "" for the package sheet."""
    prefix = str(finding.get("code") or "").split("_", 1)[0]
    return prefix if prefix in RECORD_SHEETS else ""


def record_rows(findings: list[dict[str, Any]], lang: str) -> list[Row]:
    """One row per flagged record: every finding's evidence grouped by its location."""
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for finding in findings:
        for evidence in evidence_list(finding):
            if not is_whole_file(evidence):
                groups.setdefault(evidence_key(evidence), []).append(finding)
    return [_record_row(key, groups[key], lang) for key in sorted(groups, key=sort_key)]


def _record_row(key: tuple[Any, ...], findings: list[dict[str, Any]], lang: str) -> Row:
    location = dict(zip(EVIDENCE_KEYS, key, strict=True))
    sep = t(lang, "list.sep")
    return [
        location["file"],
        location["sheet"],
        location["page"],
        location["table"],
        location["row"],
        location["record_id"],
        label(lang, "severity", highest_severity(str(f.get("severity")) for f in findings)),
        ", ".join(unique(str(f.get("code") or "") for f in findings)),
        sep.join(unique(field_label(lang, f.get("field")) for f in findings)),
        "\n".join(unique(_fix_text(f, lang) for f in findings)),
    ]


def _fix_text(finding: dict[str, Any], lang: str) -> str:
    # The title alone ("工单缺少必填字段") does not say which field; add it.
    title = str(finding.get("title") or finding.get("code") or "")
    field = field_label(lang, finding.get("field"))
    return t(lang, "fix.with_field", title=title, field=field) if field else title


def _package_header(lang: str) -> Row:
    keys = ("code", "severity", "title", "field", "message", "file", "location")
    return [t(lang, f"col.{k}") for k in keys]


def package_rows(findings: list[dict[str, Any]], lang: str) -> list[Row]:
    """Findings that no record sheet holds: one row per finding and evidence entry.

    That is every code outside WO_/SV_/CP_ (licence, documents, scope), and the package-level
    or whole-file evidence of the record families (a count too low, a survey report).
    """
    rows: list[Row] = []
    for finding in findings:
        evidence = evidence_list(finding)
        if family_of(finding):
            evidence = [e for e in evidence if is_whole_file(e)]
            if evidence_list(finding) and not evidence:
                continue  # all its evidence is on a record sheet
        rows.extend(_package_row(finding, e, lang) for e in evidence or [{}])
    return rows


def _package_row(finding: dict[str, Any], where: dict[str, Any], lang: str) -> Row:
    return [
        finding.get("code"),
        label(lang, "severity", finding.get("severity")),
        finding.get("title"),
        field_label(lang, finding.get("field")),
        finding.get("message"),
        where.get("file"),
        location_text(lang, where) or None,
    ]


def _readiness_header(lang: str) -> Row:
    keys = ("requirement", "status", "reason", "numbers", "issues", "remedy")
    return [t(lang, f"rd.{k}") for k in keys]


def readiness_sheet_rows(report: dict[str, Any], lang: str) -> list[Row]:
    """report.json's readiness, one row per requirement, as the HTML table words it."""
    sep = t(lang, "list.sep")
    return [
        [
            row["label"],
            row["status_text"],
            row["reason"] or None,
            row["numbers"] or None,
            sep.join(issue["title"] for issue in row["issues"]) or None,
            row["remedy"] or None,
        ]
        for row in readiness_rows(report, lang)
    ]


def _document_header(lang: str) -> Row:
    keys = (
        "file",
        "format",
        "kinds",
        "records",
        "status",
        "error",
        "notes",
        "unmapped_columns",
        "sha256",
    )
    return [t(lang, f"col.{k}") for k in keys]


def document_rows(documents: object, lang: str) -> list[Row]:
    if not isinstance(documents, list):
        return []
    return [_document_row(d, lang) for d in documents if isinstance(d, dict)]


def _document_row(doc: dict[str, Any], lang: str) -> Row:
    sep = t(lang, "list.sep")
    return [
        doc.get("file"),
        doc.get("format"),
        sep.join(label(lang, "kind", k) for k in _strings(doc.get("kinds"))),
        doc.get("records"),
        label(lang, "status", doc.get("status")),
        doc.get("error"),
        "\n".join(_strings(doc.get("notes"))),
        sep.join(_strings(doc.get("unmapped_columns"))),
        doc.get("sha256"),
    ]


def _strings(items: object) -> list[str]:
    return [str(item) for item in items if item is not None] if isinstance(items, list) else []


# Sheets ---------------------------------------------------------------------------------


def _fill(sheet: Worksheet, title: str, header: Row, rows: list[Row]) -> None:
    sheet.title = title
    for col, value in enumerate(header, start=1):
        cell = _put(sheet, 1, col, value)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
    for row_index, row in enumerate(rows, start=2):
        for col, value in enumerate(row, start=1):
            _put(sheet, row_index, col, value)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(rows) + 1}"
    _size_columns(sheet, header, rows)


def _put(sheet: Worksheet, row: int, col: int, value: object) -> Any:
    cell = sheet.cell(row=row, column=col)
    if value is None or value == "":
        return cell
    if isinstance(value, int | float) and not isinstance(value, bool):
        cell.value = value
        return cell
    cell.value = cap(value, CELL_LIMIT)
    # Assignment turns "=…" into a formula; forcing the type keeps it the text it was.
    cell.data_type = "s"
    if cell.value.startswith(FORMULA_STARTS):
        cell.quotePrefix = True  # the cell's style flag: re-entering the text keeps it text
    if "\n" in cell.value:
        cell.alignment = WRAP
    return cell


def _size_columns(sheet: Worksheet, header: Row, rows: list[Row]) -> None:
    for col, title in enumerate(header, start=1):
        values = [title, *(row[col - 1] for row in rows[:WIDTH_SAMPLE])]
        widest = max(_display_width(v) for v in values)
        letter = get_column_letter(col)
        sheet.column_dimensions[letter].width = min(max(widest + 2, WIDTH_MIN), WIDTH_MAX)
        if widest + 2 > WIDTH_MAX:
            # Text wider than the column wraps instead of running under its neighbours.
            for (cell,) in sheet.iter_rows(min_row=2, min_col=col, max_col=col):
                cell.alignment = WRAP


def _display_width(value: object) -> int:
    if value is None:
        return 0
    # Only the longest line of a multi-line cell sets the width; CJK characters are double.
    lines = str(value)[:200].split("\n")
    return max(
        sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line) for line in lines
    )
