"""Issue 11, round 56: whose name a label that says only "name" holds (decision 334), from
content shape only, no new word.

Tested on a workbook and a Word table, a must-read and a must-not-read each. The cell
contents are written here, not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, assert_unlisted, read_table

_ORDERS = ["XY-5101", "XY-5102", "XY-5103", "XY-5104", "XY-5105", "XY-5106"]
_CLIENTS = ["欧阳帆", "皇甫静", "司马磊", "上官燕", "诸葛蕾", "令狐冲"]
_PHONES = ["13900020001", "13800020002", "15000020003", "18600020004", "17700020005",
           "13500020006"]
_FAULTS = ["投影仪开机无图像", "电子白板触控失灵", "音箱有杂音", "展台镜头模糊",
           "中控面板无响应", "投影仪风扇异响"]
_REPORTED = ["2026-07-01 09:00", "2026-07-02 10:30", "2026-07-03 14:10", "2026-07-05 08:45",
             "2026-07-06 16:20", "2026-07-08 11:05"]
_CREW = ["伍师傅", "祁建", "伍师傅", "祁建", "伍师傅", "祁建"]  # two staff taking turns
_KINDS = ["投影仪", "白板", "音箱", "投影仪", "白板", "音箱"]  # things, not people


def test_the_labels_used_here_are_unlisted() -> None:
    assert_unlisted(["园区名称"])


def _campus(named: list[str]) -> list[list[object]]:
    """园区名称 (the name of something no class knows) holds ``named``; 联系人, which the
    labels give the customer, holds two staff taking turns."""
    head = ["单号", "园区名称", "联系人", "联系电话", "故障描述", "报修时间"]
    return [head] + [[_ORDERS[i], named[i], _CREW[i], _PHONES[i], _FAULTS[i], _REPORTED[i]]
                     for i in range(len(_ORDERS))]


@pytest.mark.parametrize("fmt", FORMATS)
def test_distinct_names_under_a_bare_name_label_are_the_customer_over_a_crew(
        tmp_path: Path, fmt: str) -> None:
    """Decision 334: 园区名称 says "a name" and not whose; its names never repeat while the
    contact column holds the same two staff, so it is the customer (before: 伍师傅, 祁建)."""
    orders = read_table(fmt, tmp_path / "campus", _campus(_CLIENTS)).records["work_orders"]
    assert [r["customer_name"] for r in orders] == _CLIENTS


@pytest.mark.parametrize("fmt", FORMATS)
def test_names_of_things_under_a_bare_name_label_are_no_customer(
        tmp_path: Path, fmt: str) -> None:
    """Must not: things' names that repeat are nobody's name, so the labels' reading stands."""
    orders = read_table(fmt, tmp_path / "things", _campus(_KINDS)).records["work_orders"]
    assert [r["customer_name"] for r in orders] == _CREW


# ------------------------------- decision 335: a pick-list the labels gave the product is no thing
_MODELS = ["美的空调KFR-35GW", "海尔冰箱BCD-216ST", "格力空调KFR-72LW", "方太灶具JZT-TH29B",
           "小天鹅洗衣机TG100V20", "老板油烟机CXW-200-8229"]
_PICKED = ["A类", "常规", "一般", "常规", "A类", "一般"]


def _goods(coded: list[str]) -> list[list[object]]:
    """货品数量 (the labels give it the product) holds a pick-list; 货品编码 holds ``coded``."""
    head = ["工单号", "客户姓名", "联系电话", "货品编码", "货品数量", "故障描述", "报修时间"]
    return [head] + [[_ORDERS[i], _CLIENTS[i], _PHONES[i], coded[i], _PICKED[i], _FAULTS[i],
                      _REPORTED[i]] for i in range(len(_ORDERS))]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_pick_list_under_the_products_label_yields_to_makers_models(
        tmp_path: Path, fmt: str) -> None:
    """Decision 335: three values picked on six rows name no thing; the column of makers'
    models the label also gives the product is the product (before: A类, 常规 …)."""
    orders = read_table(fmt, tmp_path / "models", _goods(_MODELS)).records["work_orders"]
    assert [r["product"] for r in orders] == _MODELS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_pick_list_under_the_products_label_yields_nothing_to_bare_codes(
        tmp_path: Path, fmt: str) -> None:
    """Must not: codes that name no maker's model (a stock number) are no thing served either;
    the labels' reading stands as it was."""
    stock = ["100231", "100232", "100233", "100234", "100235", "100236"]
    orders = read_table(fmt, tmp_path / "stock", _goods(stock)).records["work_orders"]
    assert [r["product"] for r in orders] == _PICKED
