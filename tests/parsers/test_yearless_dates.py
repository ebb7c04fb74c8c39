"""Dates without a year (10月1日) are read in the one year the table's title or sheet names.

Hand-kept monthly registers (2026年10月售后维修登记表) write the year once, above the table; each
row says only 10月1日. Unread, the 日期 column was "no column for date" and every order lacked a
date. Tested in a workbook (year in the sheet name, in a title row) and a Word table (year in
the paragraph above it), with what must stay unread: no year named, two years named.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from preaudit.model.records import ExtractedFile
from preaudit.parsers.normalise import is_yearless_date, with_year, year_named
from tests.parsers.tables import read_table

HEADER = ["序号", "日期", "客户姓名", "联系电话", "故障现象", "维修情况", "维修人"]
DAYS = ["10月1日", "10月2日 14:30", "十月三号", "2025年10月4日"]


def _rows() -> list[list[str]]:
    return [[str(i + 1), day, "张伟", f"1380013{i:04d}", "不制热", "更换温控器", "王师傅"]
            for i, day in enumerate(DAYS)]


def _read(fmt: str, path: Path, title: str, sheet: str = "Sheet1") -> ExtractedFile:
    return read_table(fmt, path / "register", [HEADER, *_rows()], title, sheet)


@pytest.mark.parametrize(("fmt", "title", "sheet"), [
    ("xlsx", "", "2026年10月"), ("xlsx", "2026年10月售后维修登记表", "Sheet1"),
    ("docx", "2026年10月售后维修登记表", "Sheet1"),
])
def test_yearless_dates_take_the_year_the_table_names(fmt, title, sheet, tmp_path: Path) -> None:
    extracted = _read(fmt, tmp_path, title, sheet)
    dates = [r["reported_at"] for r in extracted.records["work_orders"]]
    assert dates == [datetime(2026, 10, 1), datetime(2026, 10, 2, 14, 30),
                     datetime(2026, 10, 3), datetime(2025, 10, 4)]  # its own year stays
    assert any("read in 2026" in note for note in extracted.notes)


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
@pytest.mark.parametrize("title", ["售后维修登记表", "2025-2026年度售后维修登记表"])
def test_without_one_named_year_they_stay_unread(fmt: str, title: str, tmp_path: Path) -> None:
    extracted = _read(fmt, tmp_path, title)
    records = extracted.records["work_orders"]
    assert [r["reported_at"] for r in records] == [None, None, None, datetime(2025, 10, 4)]
    assert any("carry no year" in note and "not read" in note for note in extracted.notes)


def test_what_is_and_is_not_a_yearless_date() -> None:
    assert all(map(is_yearless_date, ["10月1日", "10月1号 9:30", "十二月三十一日"]))
    assert not any(map(is_yearless_date, ["13月1日", "10月份保养", "2026年10月1日", "10-01", 45931]))
    assert with_year("10月1日 9:30", 2026) == "2026年10月1日 9:30"
    assert with_year("不制热", 2026) == "不制热"
    assert year_named("2026年10月") == 2026 and year_named("工单 No.12345") is None
    assert year_named("2025-2026年度") is None
