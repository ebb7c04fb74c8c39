"""findings.xlsx: one row per flagged record, for the person who has to fix them.

One sheet per record kind (work orders, survey responses, complaints: by the code's family
prefix WO_/SV_/CP_), one for findings about the package or a whole document (every other code,
and family findings with no record to point at), the readiness per requirement (with why a
requirement could not be verified) and the document list.

Safety: the sheets are spelt by reports/_xlsxml.py, which has inline-string and number cells
only, so ``=HYPERLINK(…)`` from an uploaded file stays text and never becomes a live formula;
a text cell that starts like a formula also carries Excel's quote-prefix style (shown as '=…),
so editing the cell and pressing Enter keeps it text instead of evaluating it; characters XML
cannot carry are stripped so one broken PDF cannot crash the export. No personal data is
written: rows point at records by file, position and record number only.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from preaudit.model.package import GENERATOR
from preaudit.model.report import DocumentDict, FindingDict, Report
from preaudit.reports._files import write_private
from preaudit.reports._xlsxml import (
    Sheet,
    number_cell,
    style_index,
    text_cell,
    workbook_bytes,
)
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
Row = list[object]


def write_findings_xlsx(report: Report, path: Path, *, mask: bool = True) -> None:
    """Write findings.xlsx (mode 0600): records, package-level findings and documents.

    ``mask`` is accepted for symmetry with write_html; the workbook holds no personal-data
    columns, so there is nothing to unmask.
    """
    del mask
    lang = lang_of(report["lang"])
    findings = report["findings"]
    sheets = [
        _sheet(t(lang, sheet_key), _record_header(lang), record_rows(mine, lang))
        for family, sheet_key in RECORD_SHEETS.items()
        for mine in [[f for f in findings if family_of(f) == family]]
    ]
    sheets += [
        _sheet(t(lang, "sheet.package"), _package_header(lang), package_rows(findings, lang)),
        _sheet(
            t(lang, "sheet.readiness"), _readiness_header(lang), readiness_sheet_rows(report, lang)
        ),
        _sheet(
            t(lang, "sheet.documents"),
            _document_header(lang),
            document_rows(report["documents"], lang),
        ),
    ]
    # The creator mark: a copy filed in a package is known as ours and not audited as evidence.
    write_private(Path(path), workbook_bytes(sheets, GENERATOR))


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
    groups: dict[tuple[Any, ...], tuple[int, ...]] = {}
    for index, finding in enumerate(findings):
        for evidence in finding["evidence"]:
            if not is_whole_file(evidence):
                key = evidence_key(evidence)
                groups[key] = (*groups.get(key, ()), index)
    # What a row says about its findings, worded once per set of findings, not once per
    # record (the embedded bench bundle: 5,000 records flagged by one finding).
    tails: dict[tuple[int, ...], Row] = {}
    rows = []
    for key in sorted(groups, key=sort_key):
        members = groups[key]
        if members not in tails:
            tails[members] = _findings_columns([findings[i] for i in members], lang)
        location = dict(zip(EVIDENCE_KEYS, key, strict=True))
        rows.append([*(location[name] for name in _LOCATION_COLUMNS), *tails[members]])
    return rows


_LOCATION_COLUMNS = ("file", "sheet", "page", "table", "row", "record_id")


def _findings_columns(findings: list[FindingDict], lang: str) -> Row:
    """Severity, codes, fields and what to fix, for the findings on one record."""
    sep = t(lang, "list.sep")
    return [
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


def _sheet(title: str, header: Row, rows: list[Row]) -> Sheet:
    """One sheet's rows spelt as XML: the header row, then one row per record or finding."""
    widths, wraps = _size_columns(header, rows)
    letters = [get_column_letter(n) for n in range(1, len(header) + 1)]
    bodies = [_cell(value, wrap=False, header=True) for value in header]
    header_cells = "".join(
        f'<c r="{letters[col]}1"{body}' for col, body in enumerate(bodies) if body
    )
    xml_rows = [f'<row r="1">{header_cells}</row>']
    spelt: dict[tuple[str, bool], str] = {}  # a text's cell, spelt once per sheet
    for number, row in enumerate(rows, start=2):
        cells = []
        for col, value in enumerate(row):
            if value is None or value == "":
                continue
            if type(value) is str:
                body = spelt.get((value, wraps[col]))
                if body is None:
                    body = spelt[value, wraps[col]] = _cell(value, wraps[col])
            else:
                body = _cell(value, wraps[col])
            if body:
                cells.append(f'<c r="{letters[col]}{number}"{body}')
        xml_rows.append(f'<row r="{number}">{"".join(cells)}</row>')
    return Sheet(title, widths, xml_rows)


def _cell(value: object, wrap: bool, header: bool = False) -> str:
    """A cell after its reference: a number, or text that is never a formula ("" for none).

    There is no formula cell to write (reports/_xlsxml.py has none), so ``=HYPERLINK(…)`` from
    an uploaded file stays text; a text that starts like a formula also carries Excel's
    quote-prefix style, so editing the cell and pressing Enter keeps it text.
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        return number_cell(value) if math.isfinite(value) else ""
    text = cap(value, CELL_LIMIT)
    if not text:
        return ""
    quote = text.startswith(FORMULA_STARTS)
    style = style_index(header=header, quote=quote, wrap=wrap or "\n" in text)
    return text_cell(text, style)


def _size_columns(header: Row, rows: list[Row]) -> tuple[list[float], list[bool]]:
    """Each column's width from a sample of its values, and which columns wrap (text wider
    than the widest column wraps instead of running under its neighbours)."""
    widths, wraps = [], []
    for col, title in enumerate(header):
        sample = [title, *(row[col] for row in rows[:WIDTH_SAMPLE])]
        # Each distinct text measured once; other values (few, maybe unhashable) each time.
        values: list[object] = [*dict.fromkeys(v for v in sample if type(v) is str)]
        values += [v for v in sample if type(v) is not str]
        widest = max(_display_width(v) for v in values)
        widths.append(float(min(max(widest + 2, WIDTH_MIN), WIDTH_MAX)))
        wraps.append(widest + 2 > WIDTH_MAX)
    return widths, wraps


def _display_width(value: object) -> int:
    if value is None:
        return 0
    # Only the longest line of a multi-line cell sets the width; CJK characters are double.
    lines = str(value)[:200].split("\n")
    return max(_line_width(line) for line in lines)


def _line_width(line: str) -> int:
    if line.isascii():
        return len(line)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
