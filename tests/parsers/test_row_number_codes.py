"""Decision 414: a row's number that holds the records' codes numbers the records.

An IT desk's service list writes its order numbers (BX20260904001) under 顺序号; a list that
counts its rows under 序号 (1, 2, 3 … or 101, 102 …) numbers no record.
Must-read and must-not cases on a workbook and a Word table; the cells are written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table, rows_of

_N = 6
_PEOPLE = ["韩雨桐", "蒋志远", "沈丽娟", "魏国栋", "姚晓红", "陆文涛"]
_FAULTS = ["打印机卡纸", "电脑无法开机", "网络断开", "邮箱收不到信", "投影仪无信号", "系统蓝屏"]
_HEAD = ["顺序号", "提出日期", "提出人姓名", "问题描述", "答复人员", "状态"]


def _rows(numbers: list[str]) -> list[list[object]]:
    return rows_of(_HEAD, numbers, [f"2026-09-{3 + i:02d}" for i in range(_N)], _PEOPLE, _FAULTS,
                   ["赵工", "钱工"] * (_N // 2), ["已完成"] * _N)


@pytest.mark.parametrize("fmt", FORMATS)
def test_codes_under_a_row_number_number_the_records(tmp_path: Path, fmt: str) -> None:
    codes = [f"BX2026090{i + 1}00{i + 1}" for i in range(_N)]
    read = read_table(fmt, tmp_path / "service", _rows(codes))
    assert read.kinds == ["work_orders"]
    assert [r["record_id"] for r in read.records["work_orders"]] == codes


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("start", [1, 101])
def test_counted_rows_number_no_record(tmp_path: Path, fmt: str, start: int) -> None:
    """Must not: 1, 2, 3 … or 101, 102 … under a row's number count the rows."""
    read = read_table(fmt, tmp_path / "service", _rows([str(start + i) for i in range(_N)]))
    assert read.kinds == ["work_orders"]
    assert all(r["record_id"] is None for r in read.records["work_orders"])
