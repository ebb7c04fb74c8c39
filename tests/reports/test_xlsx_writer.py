"""findings.xlsx spelt as XML (reports/_xlsxml.py) reads back as openpyxl wrote it before.

The reference below is the openpyxl write-only code findings.xlsx used until the workbook was
written as text (issue 15: 0.5 s of the report stage); both are given the same rows, and every
cell must read back alike: value, type, quote prefix, bold, fill, wrapping, and each sheet's
widths, frozen pane and filter.
"""

from __future__ import annotations

import math
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from lxml import etree
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from python_calamine import CalamineWorkbook

from preaudit.model.package import GENERATOR
from preaudit.parsers.detect import written_by_preaudit
from preaudit.pipeline.run import RunOptions, audit
from preaudit.reports import xlsx
from preaudit.reports._xlsxml import workbook_bytes
from preaudit.reports.batch import FORMULA_STARTS
from preaudit.reports.catalogue import rerender
from preaudit.reports.i18n import lang_of, t
from preaudit.reports.view import cap
from tests.reports.conftest import evidence, finding, make_report

PACKAGES = Path(__file__).resolve().parents[2] / "sample_data" / "packages"


# The former writer, kept as the reference ----------------------------------------------


def reference_workbook(report: dict[str, Any], path: Path) -> None:
    lang = lang_of(report["lang"])
    findings = report["findings"]
    book = Workbook(write_only=True)
    book.properties.creator = GENERATOR
    for family, key in xlsx.RECORD_SHEETS.items():
        mine = [f for f in findings if xlsx.family_of(f) == family]
        _fill(book.create_sheet(t(lang, key)), xlsx._record_header(lang),
              xlsx.record_rows(mine, lang))  # fmt: skip
    _fill(book.create_sheet(t(lang, "sheet.package")), xlsx._package_header(lang),
          xlsx.package_rows(findings, lang))  # fmt: skip
    _fill(book.create_sheet(t(lang, "sheet.readiness")), xlsx._readiness_header(lang),
          xlsx.readiness_sheet_rows(report, lang))  # fmt: skip
    _fill(book.create_sheet(t(lang, "sheet.documents")), xlsx._document_header(lang),
          xlsx.document_rows(report["documents"], lang))  # fmt: skip
    book.save(path)


def _fill(sheet: Any, header: list[object], rows: list[list[object]]) -> None:
    widths, wraps = xlsx._size_columns(header, rows)
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(rows) + 1}"
    sheet.append([_cell(sheet, value, False, header=True) for value in header])
    for row in rows:
        sheet.append([_cell(sheet, value, wraps[col]) for col, value in enumerate(row)])


def _cell(sheet: Any, value: object, wrap: bool, header: bool = False) -> Any:
    if value is None or value == "":
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    text = cap(value, xlsx.CELL_LIMIT)
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"
    if text.startswith(FORMULA_STARTS):
        cell.quotePrefix = True
    if wrap or "\n" in text:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    if header:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E4E7EC")
    return cell


def read_back(path: Path) -> dict[str, Any]:
    """Everything a reader of the workbook sees, sheet by sheet."""
    book = openpyxl.load_workbook(path)
    return {
        "creator": book.properties.creator,
        "sheets": [
            {
                "title": sheet.title,
                "freeze": sheet.freeze_panes,
                "filter": sheet.auto_filter.ref,
                "widths": {k: d.width for k, d in sheet.column_dimensions.items()},
                "cells": [[_seen(c) for c in row] for row in sheet.iter_rows()],
            }
            for sheet in book.worksheets
        ],
    }


def _seen(cell: Any) -> tuple[object, ...]:
    fill = cell.fill.fgColor.rgb if cell.fill.fill_type else None
    return (cell.value, cell.data_type, bool(cell.quotePrefix), bool(cell.font.b), fill,
            bool(cell.alignment.wrap_text), cell.alignment.vertical)  # fmt: skip


def assert_same_as_reference(report: dict[str, Any], tmp_path: Path) -> None:
    xlsx.write_findings_xlsx(report, tmp_path / "new.xlsx")
    reference_workbook(report, tmp_path / "old.xlsx")
    new, old = read_back(tmp_path / "new.xlsx"), read_back(tmp_path / "old.xlsx")
    assert [s["title"] for s in new["sheets"]] == [s["title"] for s in old["sheets"]]
    for mine, theirs in zip(new["sheets"], old["sheets"], strict=True):
        assert mine == theirs, mine["title"]
    assert new == old


# Sample packages --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """defects and rework.zip audited in Chinese, and each re-worded in English."""
    reports = {}
    for name in ("defects", "rework.zip"):
        result = audit(PACKAGES / name, tmp_path_factory.mktemp(name), RunOptions())
        reports[f"{name}-zh"] = dict(result.report)
        reports[f"{name}-en"] = rerender(dict(result.report), "en")
    return reports


@pytest.mark.parametrize("which", ["defects-zh", "defects-en", "rework.zip-zh", "rework.zip-en"])
def test_sample_workbooks_read_back_as_before(
    sample_reports: dict[str, dict[str, Any]], tmp_path: Path, which: str
) -> None:
    report = sample_reports[which]
    assert report["findings"]  # something to compare: the samples carry planted defects
    assert_same_as_reference(report, tmp_path)


# Hostile text -----------------------------------------------------------------------------

HOSTILE = [
    "a & b < c > d \"q\" 'p'",
    "  leading and trailing  ",
    "line one\nline two",
    "carriage\r\nreturn",
    "\ttab first",
    "\rreturn first",
    "]]><x>&amp;</x><![CDATA[",
    "坏\x00\x01字\udcff\ufffe\x7f",
    "=1+1",
    "-3+4",
    "x" * 40_000,
]


def hostile_report() -> dict[str, Any]:
    return make_report(
        findings=[
            finding(
                "WO_MISSING_SIGNATURE",
                title=text,
                evidence=[evidence(text, sheet=text, row=n + 2, record_id=text)],
            )
            for n, text in enumerate(HOSTILE)
        ]
        + [finding("DOC_UNREADABLE", message=text, evidence=[evidence(text)]) for text in HOSTILE]
    )


def test_hostile_text_reads_back_as_before(tmp_path: Path) -> None:
    assert_same_as_reference(hostile_report(), tmp_path)


def test_odd_values_of_a_hand_edited_report_read_back_as_before(tmp_path: Path) -> None:
    """`preaudit render` reads report.json from disk: a value may be a list or a float."""
    report = make_report()
    odd = dict(report["documents"][0])
    odd.update(records=[1, 2], error={"a": 1}, sha256=2.5, format=True)
    report["documents"] = [odd, {**odd, "records": float("nan"), "file": ""}]
    assert_same_as_reference(report, tmp_path)


def test_every_part_is_well_formed_and_has_no_formula(tmp_path: Path) -> None:
    path = tmp_path / "findings.xlsx"
    xlsx.write_findings_xlsx(hostile_report(), path)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            data = archive.read(name)
            root = etree.fromstring(data, parser)  # raises on anything not well-formed
            assert b"<!DOCTYPE" not in data and b"<!ENTITY" not in data
            if name.startswith("xl/worksheets/"):
                assert root.findall(".//{*}f") == []
                types = {c.get("t") for c in root.iter("{*}c")}
                assert types <= {"inlineStr", "n"}, name


def test_text_keeps_its_spaces_returns_and_markup(tmp_path: Path) -> None:
    path = tmp_path / "findings.xlsx"
    xlsx.write_findings_xlsx(hostile_report(), path)
    package = openpyxl.load_workbook(path)["整体问题"]
    messages = [row[4] for row in package.iter_rows(min_row=2, values_only=True)]
    for text in ("a & b < c > d \"q\" 'p'", "  leading and trailing  ", "carriage\r\nreturn",
                 "]]><x>&amp;</x><![CDATA[", "\ttab first"):  # fmt: skip
        assert text in messages
    assert "坏字\ufffd" in messages  # control characters gone, the surrogate replaced


def test_calamine_reads_the_same_values(tmp_path: Path) -> None:
    """The project's own reader (and so a re-audit) sees what openpyxl sees."""
    path = tmp_path / "findings.xlsx"
    xlsx.write_findings_xlsx(hostile_report(), path)
    by_openpyxl = openpyxl.load_workbook(path)
    by_calamine = CalamineWorkbook.from_path(str(path))
    assert by_calamine.sheet_names == by_openpyxl.sheetnames
    for name in by_calamine.sheet_names:
        theirs = [
            [_calamine_value(v) for v in row]
            for row in by_calamine.get_sheet_by_name(name).to_python()
        ]
        ours = [
            [v for v in row] for row in by_openpyxl[name].iter_rows(values_only=True)
        ]
        width = len(ours[0])
        assert [row + [None] * (width - len(row)) for row in theirs] == ours, name


def _calamine_value(value: object) -> object:
    if value == "":
        return None
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    return value


def test_sheet_titles_with_markup_and_quotes(tmp_path: Path) -> None:
    title = "A&B <'工单'>"
    sheet = xlsx._sheet(title, ["h"], [["=x"]])
    path = tmp_path / "book.xlsx"
    path.write_bytes(workbook_bytes([sheet], GENERATOR))
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [title]
    assert book[title]["A2"].value == "=x" and book[title]["A2"].quotePrefix
    assert book[title]["A2"].data_type == "s"


def test_the_workbook_is_known_as_ours_and_an_ordinary_one_is_not(tmp_path: Path) -> None:
    ours = tmp_path / "findings.xlsx"
    xlsx.write_findings_xlsx(make_report(), ours)
    assert written_by_preaudit(ours, "xlsx", ours.read_bytes()[:4096])
    theirs = tmp_path / "theirs.xlsx"
    book = Workbook()
    book.properties.creator = "someone"
    book.save(theirs)
    assert not written_by_preaudit(theirs, "xlsx", theirs.read_bytes()[:4096])
