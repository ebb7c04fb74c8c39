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
from collections.abc import Mapping
from io import BytesIO
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from preaudit.model.package import GENERATOR
from preaudit.model.report import DocumentDict, FindingDict, Report
from preaudit.reports._files import write_private
from preaudit.reports.batch import FORMULA_STARTS
from preaudit.reports.i18n import field_label, label, lang_of, t
from preaudit.reports.readiness import readiness_rows
from preaudit.reports.view import (
    EVIDENCE_KEYS,
    cap,
    evidence_key,
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


def write_findings_xlsx(report: Report, path: Path, *, mask: bool = True) -> None:
    """Write findings.xlsx (mode 0600): records, package-level findings and documents.

    ``mask`` is accepted for symmetry with write_html; the workbook holds no personal-data
    columns, so there is nothing to unmask.
    """
    del mask
    lang = lang_of(report["lang"])
    findings = report["findings"]
    # Write-only: rows stream out as they are made (half the time of building 55,000 cell
    # objects in a sheet first, and no second copy of them in memory).
    workbook = Workbook(write_only=True)
    workbook.properties.creator = GENERATOR  # a copy in a package is not audited as evidence
    for family, sheet_key in RECORD_SHEETS.items():
        mine = [f for f in findings if family_of(f) == family]
        _fill(
            workbook.create_sheet(t(lang, sheet_key)),
            _record_header(lang),
            record_rows(mine, lang),
        )
    _fill(
        workbook.create_sheet(t(lang, "sheet.package")),
        _package_header(lang),
        package_rows(findings, lang),
    )
    _fill(
        workbook.create_sheet(t(lang, "sheet.readiness")),
        _readiness_header(lang),
        readiness_sheet_rows(report, lang),
    )
    _fill(
        workbook.create_sheet(t(lang, "sheet.documents")),
        _document_header(lang),
        document_rows(report["documents"], lang),
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


def family_of(finding: FindingDict) -> str:
    """WO, SV or CP for record-level families; "" for the package sheet."""
    prefix = finding["code"].split("_", 1)[0]
    return prefix if prefix in RECORD_SHEETS else ""


def record_rows(findings: list[FindingDict], lang: str) -> list[Row]:
    """One row per flagged record: every finding's evidence grouped by its location."""
    groups: dict[tuple[Any, ...], list[FindingDict]] = {}
    for finding in findings:
        for evidence in finding["evidence"]:
            if not is_whole_file(evidence):
                groups.setdefault(evidence_key(evidence), []).append(finding)
    return [_record_row(key, groups[key], lang) for key in sorted(groups, key=sort_key)]


def _record_row(key: tuple[Any, ...], findings: list[FindingDict], lang: str) -> Row:
    location = dict(zip(EVIDENCE_KEYS, key, strict=True))
    sep = t(lang, "list.sep")
    return [
        location["file"],
        location["sheet"],
        location["page"],
        location["table"],
        location["row"],
        location["record_id"],
        label(lang, "severity", highest_severity(f["severity"] for f in findings)),
        ", ".join(unique(f["code"] for f in findings)),
        sep.join(unique(field_label(lang, f["field"]) for f in findings)),
        "\n".join(unique(_fix_text(f, lang) for f in findings)),
    ]


def _fix_text(finding: FindingDict, lang: str) -> str:
    # The title alone ("工单缺少必填字段") does not say which field; add it.
    title = finding.get("title") or finding["code"]  # worded by localise(), if it ran
    field = field_label(lang, finding["field"])
    return t(lang, "fix.with_field", title=title, field=field) if field else title


def _package_header(lang: str) -> Row:
    keys = ("code", "severity", "title", "field", "message", "file", "location")
    return [t(lang, f"col.{k}") for k in keys]


def package_rows(findings: list[FindingDict], lang: str) -> list[Row]:
    """Findings that no record sheet holds: one row per finding and evidence entry.

    That is every code outside WO_/SV_/CP_ (licence, documents, scope), and the package-level
    or whole-file evidence of the record families (a count too low, a survey report).
    """
    rows: list[Row] = []
    for finding in findings:
        evidence: list[Mapping[str, Any]] = list(finding["evidence"])
        if family_of(finding):
            evidence = [e for e in evidence if is_whole_file(e)]
            if finding["evidence"] and not evidence:
                continue  # all its evidence is on a record sheet
        rows.extend(_package_row(finding, e, lang) for e in evidence or [{}])
    return rows


def _package_row(finding: FindingDict, where: Mapping[str, Any], lang: str) -> Row:
    return [
        finding["code"],
        label(lang, "severity", finding["severity"]),
        finding.get("title"),
        field_label(lang, finding["field"]),
        finding.get("message"),
        where.get("file"),
        location_text(lang, where) or None,
    ]


def _readiness_header(lang: str) -> Row:
    keys = ("requirement", "status", "reason", "numbers", "issues", "remedy")
    return [t(lang, f"rd.{k}") for k in keys]


def readiness_sheet_rows(report: Report, lang: str) -> list[Row]:
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


def document_rows(documents: list[DocumentDict], lang: str) -> list[Row]:
    return [_document_row(d, lang) for d in documents]


def _document_row(doc: DocumentDict, lang: str) -> Row:
    sep = t(lang, "list.sep")
    return [
        doc["file"],
        doc["format"],
        sep.join(label(lang, "kind", k) for k in doc["kinds"]),
        doc["records"],
        label(lang, "status", doc["status"]),
        doc["error"],
        "\n".join(doc["notes"]),
        sep.join(doc["unmapped_columns"]),
        doc["sha256"],
    ]


# Sheets ---------------------------------------------------------------------------------


def _fill(sheet: Any, header: Row, rows: list[Row]) -> None:
    """One sheet, streamed (write-only): sizes, panes and filter first, then the rows."""
    wraps = _size_columns(sheet, header, rows)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(rows) + 1}"
    sheet.append([_header_cell(sheet, value) for value in header])
    for row in rows:
        sheet.append([_cell(sheet, value, wraps[col]) for col, value in enumerate(row)])


def _header_cell(sheet: Any, value: object) -> Any:
    cell = _cell(sheet, value, wrap=False)
    if isinstance(cell, Cell):
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
    return cell


def _cell(sheet: Any, value: object, wrap: bool) -> Any:
    if value is None or value == "":
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    text = cap(value, CELL_LIMIT)
    cell = WriteOnlyCell(sheet, value=text)
    # Assignment turns "=…" into a formula; forcing the type keeps it the text it was.
    cell.data_type = "s"
    if text.startswith(FORMULA_STARTS):
        cell.quotePrefix = True  # the cell's style flag: re-entering the text keeps it text
    if wrap or "\n" in text:
        cell.alignment = WRAP
    return cell


def _size_columns(sheet: Any, header: Row, rows: list[Row]) -> list[bool]:
    """Set each column's width from a sample of its values; which columns wrap (text wider
    than the widest column wraps instead of running under its neighbours)."""
    wraps = []
    for col, title in enumerate(header, start=1):
        values = [title, *(row[col - 1] for row in rows[:WIDTH_SAMPLE])]
        widest = max(_display_width(v) for v in values)
        sheet.column_dimensions[get_column_letter(col)].width = min(
            max(widest + 2, WIDTH_MIN), WIDTH_MAX
        )
        wraps.append(widest + 2 > WIDTH_MAX)
    return wraps


def _display_width(value: object) -> int:
    if value is None:
        return 0
    # Only the longest line of a multi-line cell sets the width; CJK characters are double.
    lines = str(value)[:200].split("\n")
    return max(
        sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line) for line in lines
    )
