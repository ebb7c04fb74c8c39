"""Issue 11, round 72: who did the job, read by the shape of the names under the label.

Decision 378: in a table read as work orders that names nobody as the technician, the one
column of people's names that repeat row after row (a few staff serve many orders), beside
customers who come once each, is the technician where its label is headed by a person of
the service's side: a worker of a service act whose qualifier no list holds (锅炉修理工), or
the name of the act's doer (安装姓名, read before as a second customer name by its 姓名). A
customer's or a caller's label (报修姓名, 回访姓名) never qualifies, nor a column of
placeholders. Tested on a workbook and a Word table, must-read and must-not-read each; the
cell contents are written here, not drawn from the generator's pools.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, assert_unlisted, read_table, rows_of

_ORDERS = ["GL-3301", "GL-3302", "GL-3303", "GL-3304", "GL-3305", "GL-3306", "GL-3307",
           "GL-3308"]
# Customers come once each.
_CUSTOMERS = ["邝书涵", "鄢立新", "阮秋月", "涂振华", "晏诗雨", "卓子墨", "葛远帆", "柴青禾"]
_PHONES = ["13922220001", "13822220002", "15022220003", "18622220004", "17722220005",
           "13522220006", "13622220007", "15822220008"]
_FAULTS = ["锅炉不点火", "暖气片不热", "管道滴漏", "锅炉压力偏低", "水泵异响", "阀门关不严",
           "锅炉报E3", "循环泵不转"]
_FIXED = ["更换点火电极", "排气后恢复", "更换密封垫", "补水至1.5bar", "更换轴承", "更换阀芯",
          "清理传感器", "更换电容"]
_DONE = ["2026-10-02", "2026-10-03", "2026-10-05", "2026-10-06", "2026-10-08", "2026-10-09",
         "2026-10-11", "2026-10-12"]
# Three fitters serve the eight orders.
_FITTERS = ["骆志成", "骆志成", "费凯文", "窦明远", "费凯文", "骆志成", "窦明远", "费凯文"]
_PLACEHOLDERS = ["无", "—", "无", "无", "—", "无", "无", "—"]


def _orders(first: str, people: str, names: list[str]) -> list[list[object]]:
    return rows_of(["工单号", first, "联系电话", "故障描述", "处理结果", "完成日期", people],
                   _ORDERS, _CUSTOMERS, _PHONES, _FAULTS, _FIXED, _DONE, names)


def _technicians(fmt: str, path: Path, rows: list[list[object]]) -> list[object]:
    read = read_table(fmt, path, rows)
    orders = read.records["work_orders"]
    assert [order["customer_name"] for order in orders] == _CUSTOMERS
    return [order.get("technician") for order in orders]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_worker_of_an_unlisted_trade_is_the_technician(tmp_path: Path, fmt: str) -> None:
    """Must read: 锅炉修理工 (a boiler's fitter: 锅炉 in no list) over three names repeated,
    beside the customers who reported, is who did the job (before: unread)."""
    assert_unlisted(["锅炉修理工"])
    assert _technicians(fmt, tmp_path / "boiler", _orders("报修人", "锅炉修理工", _FITTERS)) == (
        _FITTERS)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_name_of_the_service_act_is_the_technician(tmp_path: Path, fmt: str) -> None:
    """Must read: 安装姓名 (the installing's name) over repeated names beside 客户姓名 is the
    installer, no second customer (before: customer_name's fallback, no technician)."""
    assert _technicians(fmt, tmp_path / "install", _orders("客户姓名", "安装姓名", _FITTERS)) == (
        _FITTERS)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("label", ["报修姓名", "回访姓名"])
def test_a_callers_name_is_no_technician(tmp_path: Path, fmt: str, label: str) -> None:
    """Must not: who reported (报修姓名) or who made the call-back (回访姓名) did no job,
    however their names repeat."""
    assert set(_technicians(fmt, tmp_path / "caller", _orders("客户姓名", label, _FITTERS))) <= {
        None, ""}


@pytest.mark.parametrize("fmt", FORMATS)
def test_placeholders_name_no_technician(tmp_path: Path, fmt: str) -> None:
    """Must not: 锅炉修理工 over placeholders (无, —) names nobody."""
    assert set(_technicians(fmt, tmp_path / "empty", _orders("报修人", "锅炉修理工",
                                                              _PLACEHOLDERS))) <= {None, ""}


@pytest.mark.parametrize("fmt", FORMATS)
def test_customers_who_repeat_give_no_contrast(tmp_path: Path, fmt: str) -> None:
    """Must not: where the customers' names repeat as much as the column's, the shape tells
    no crew from clients: 锅炉修理工 stays unread."""
    rows = rows_of(["工单号", "报修人", "联系电话", "故障描述", "处理结果", "完成日期", "锅炉修理工"],
                   _ORDERS, _FITTERS, _PHONES, _FAULTS, _FIXED, _DONE, _FITTERS[::-1])
    read = read_table(fmt, tmp_path / "repeat", rows)
    assert {order.get("technician") for order in read.records["work_orders"]} <= {None, ""}
