"""Issue 11, round 21: a pick-list never fills a written field that a varied column of the
same label holds (decision 248), from content shape only, no new word.

Tested on a workbook and a Word table, a must-read and a must-not-read. The cell contents
are written here, not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table

_ORDERS = ["WX-7701", "WX-7702", "WX-7703", "WX-7704", "WX-7705", "WX-7706"]
_CLIENTS = ["禹海峰", "籍晓燕", "巫马亮", "符丽娟", "牧建国", "菅春梅"]
_CLIENT_PHONES = ["13912340001", "13812340002", "15012340003", "18612340004", "17712340005",
                  "13512340006"]
# a grade picked from three: repeats row after row, no written text
_GRADES = ["Ⅰ型", "Ⅱ型", "Ⅰ型", "Ⅲ型", "Ⅱ型", "Ⅰ型"]
# what was repaired: written out, different on every row
_MACHINES = ["九阳豆浆机DJ13B-D08D", "苏泊尔电饭煲SF40FC875", "科沃斯扫地机T20",
             "飞利浦电动牙刷HX6730", "松下剃须刀ES-LV6U", "德龙咖啡机ECAM22"]
_FAULTS = ["按键失灵无反应", "内胆涂层脱落", "充电座指示灯不亮", "刷头震动变弱", "电池续航变短",
           "磨豆时异响很大"]
_FINISHED = ["2026-08-03", "2026-08-05", "2026-08-06", "2026-08-09", "2026-08-11", "2026-08-12"]
# 机器品牌 and 机器型号 both give the product; the pick-list stands left of the written one
_HEAD = ["工单号", "客户姓名", "联系电话", "机器品牌", "机器型号", "故障现象", "完工日期"]


def _repairs(models: list[str]) -> list[list[object]]:
    return [_HEAD] + [
        [_ORDERS[i], _CLIENTS[i], _CLIENT_PHONES[i], _GRADES[i], models[i], _FAULTS[i],
         _FINISHED[i]]
        for i in range(len(_ORDERS))
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_pick_list_yields_the_product_to_its_written_twin(tmp_path: Path, fmt: str) -> None:
    """Decision 248: both labels give the product; the first holds three grades on six rows,
    the second a machine written out per row. The product is the machine (before: Ⅰ型)."""
    read = read_table(fmt, tmp_path / "repairs", _repairs(_MACHINES))
    orders = read.records["work_orders"]
    assert [r["product"] for r in orders] == _MACHINES
    assert [r["issue"] for r in orders] == _FAULTS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_pick_list_stays_where_its_twin_repeats_as_much(tmp_path: Path, fmt: str) -> None:
    """The second product column holds model codes that repeat as often as the grades: no
    written column is there for the product, and the first column the labels chose stays."""
    codes = ["K-10", "K-20", "K-10", "K-30", "K-20", "K-10"]
    read = read_table(fmt, tmp_path / "repairs", _repairs(codes))
    orders = read.records["work_orders"]
    assert [r["product"] for r in orders] == _GRADES
