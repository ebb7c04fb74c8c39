"""Decision 413: dates whose month is written by its English name, read in a table.

English-locale exports write Sep 3, 2026 or 3 September 2026; Oracle's default NLS writes
03-SEP-26 (or 03-9月-26 in a Chinese session). A register dated so is read with its dates;
a column of words that only look like them (a product's edition, a month alone) is no date.
Must-read and must-not cases on a workbook and a Word table; the cells are written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table, rows_of

_N = 6
_PEOPLE = ["韩雨桐", "蒋志远", "沈丽娟", "魏国栋", "姚晓红", "陆文涛"]
_PHONES = [f"1361234{5600 + i}" for i in range(_N)]
_FAULTS = ["空调开机不制冷", "洗衣机排水口漏水", "冰箱压缩机噪音大", "电视通电不开机",
           "热水器显示E1故障", "空调遥控器失灵"]
_FIXES = ["补充冷媒", "更换排水管", "更换压缩机垫片", "更换电源板", "清洗传感器", "更换遥控器"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("reported", "completed"), [
    ([f"Sep {3 + i}, 2026 9:{10 + i} AM" for i in range(_N)],
     [f"September {3 + i}, 2026, 4:{10 + i} PM" for i in range(_N)]),
    ([f"{3 + i:02d}-SEP-26 09.{10 + i}.00.000000 AM" for i in range(_N)],
     [f"{3 + i:02d}-SEP-26 04.{10 + i}.00.000000 PM" for i in range(_N)]),
    ([f"{3 + i:02d}-9月 -26 09.{10 + i}.00.000000 上午" for i in range(_N)],
     [f"{3 + i:02d}-9月 -26 04.{10 + i}.00.000000 下午" for i in range(_N)]),
], ids=["us_locale", "oracle_en", "oracle_zh"])
def test_a_register_dated_by_month_names_is_read_with_its_dates(
        tmp_path: Path, fmt: str, reported: list[str], completed: list[str]) -> None:
    head = ["工单号", "客户姓名", "联系电话", "故障描述", "处理结果", "报修时间", "完工时间"]
    rows = rows_of(head, [f"WO{100 + i}" for i in range(_N)], _PEOPLE, _PHONES, _FAULTS,
                   _FIXES, reported, completed)
    read = read_table(fmt, tmp_path / "orders", rows)
    assert read.kinds == ["work_orders"]
    records = read.records["work_orders"]
    assert [(r["reported_at"].month, r["reported_at"].day) for r in records] == [
        (9, 3 + i) for i in range(_N)]
    assert [r["completed_at"].hour for r in records] == [16] * _N


@pytest.mark.parametrize("fmt", FORMATS)
def test_words_that_only_look_like_dates_are_none(tmp_path: Path, fmt: str) -> None:
    """Must not: an edition and a month alone date nothing; the real dates stay the dates."""
    head = ["工单号", "客户姓名", "故障描述", "产品版本", "报修时间"]
    rows = rows_of(head, [f"WO{100 + i}" for i in range(_N)], _PEOPLE, _FAULTS,
                   ["Sep 2026 edition"] * _N, [f"2026-09-{3 + i:02d} 09:10" for i in range(_N)])
    read = read_table(fmt, tmp_path / "orders", rows)
    records = read.records["work_orders"]
    assert [r["reported_at"].day for r in records] == [3 + i for i in range(_N)]
