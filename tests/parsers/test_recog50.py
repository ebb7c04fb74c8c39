"""Issue 11, round 50: which split of a label into words wins (decisions 320, 321).

A label is read as the known words it is made of. Where two splits overlap, the one that
explains more of the label wins (受理单位 is the unit that took the case in, 受理 + 单位, not a
受理单 and an unread 位), and of two that explain as much, an agent's suffix goes to the word
it begins: 维修工单号 is a repair work order's number (维修 + 工单 + 号), no repairer's (维修工 +
单号); 维修工姓名 and 维修工电话 stay the repairer's. The tables are tested on a workbook and a
Word table, with must-read and must-not-read cases; the cells are written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.model.records import RecordKind
from preaudit.parsers.headers import normalise_header
from preaudit.parsers.meaning import field_scores, read_label
from tests.parsers.tables import FORMATS, assert_unlisted, read_table

_CUSTOMERS = ["钱志强", "孙雅琴", "周立伟", "吴海燕", "郑国庆", "冯晓梅", "陈子豪", "褚丽萍"]
_PHONES = [f"1395710{2240 + i}" for i in range(8)]
_FAULTS = ["空调不制冷", "洗衣机漏水", "热水器不点火", "冰箱噪音大", "油烟机不转", "电视黑屏",
           "燃气灶打不着火", "净水器滴水"]
_REPAIRERS = ["王师傅", "李建军", "王师傅", "赵永刚", "李建军", "赵永刚", "王师傅", "李建军"]
_REPAIRER_PHONES = {"王师傅": "13600001111", "李建军": "13600002222", "赵永刚": "13600003333"}
_STATES = ["已完工", "维修中", "已完工", "待派单", "已完工", "已回访", "维修中", "已完工"]
_REPORTED = [f"2026-09-{3 + i:02d} 09:{10 + i}:00" for i in range(8)]


def _repair_orders(number_label: str) -> list[list[object]]:
    """A repair system's work orders: the order's number, the customer, the fault, the
    repairer with his phone, the order's state and when it was reported."""
    head = [number_label, "报修人", "联系电话", "故障描述", "维修工姓名", "维修工电话",
            "维修工单状态", "报修时间"]
    return [head] + [[f"WG2026{3300 + i}", _CUSTOMERS[i], _PHONES[i], _FAULTS[i], _REPAIRERS[i],
                      _REPAIRER_PHONES[_REPAIRERS[i]], _STATES[i], _REPORTED[i]]
                     for i in range(8)]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("number_label", ["维修工单号", "维修工单编号", "安装工单号"])
def test_a_repair_work_orders_number_is_its_record_id(tmp_path: Path, fmt: str,
                                                      number_label: str) -> None:
    """Decision 321: 维修工单号 is the repair work order's number, read as the record's id
    (before: 维修工 + 单号, a repairer's number, and the orders had no id); the repairer's
    name and phone stay his, and the order's state is nobody."""
    assert_unlisted([number_label, "维修工单状态"])
    read = read_table(fmt, tmp_path / "orders", _repair_orders(number_label))
    orders = read.records["work_orders"]
    assert [o["record_id"] for o in orders] == [f"WG2026{3300 + i}" for i in range(8)]
    assert [o["customer_name"] for o in orders] == _CUSTOMERS
    assert [o["customer_phone"] for o in orders] == _PHONES
    assert [o["technician"] for o in orders] == _REPAIRERS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_roster_of_repairers_numbered_by_staff_holds_no_records(tmp_path: Path,
                                                                   fmt: str) -> None:
    """Must not: a roster of repairers, each numbered by his staff number (维修员工号: 维修 +
    员工 + 号), with his name, phone and team, is no ledger of work orders."""
    names = ["王建国", "李建军", "赵永刚", "孙海涛", "周文斌", "吴国栋", "郑伟", "冯志明"]
    rows = [["维修员工号", "维修工姓名", "维修工电话", "所属班组", "技能等级"]] + [
        [f"YG{1050 + i}", names[i], f"1360000{4400 + i}", ["一组", "二组"][i % 2],
         ["高级", "中级"][i % 2]] for i in range(8)]
    read = read_table(fmt, tmp_path / "roster", rows)
    assert not any(read.records.get(kind) for kind in read.records)


def _reading(label: str) -> tuple[frozenset[str], float]:
    reading = read_label(normalise_header(label))
    return reading.classes, reading.coverage


def test_the_split_that_explains_more_of_a_label_wins() -> None:
    """Decision 320: 受理单位 is the unit that took the case in (受理 + 单位, every character
    read), no 受理单 with an unread 位; 维修单位名称 names the repairing unit, no record; a
    repairer's staff number (维修员工号) is 维修 + 员工 + 号, every character read."""
    classes, coverage = _reading("受理单位")
    assert {"ev_accept", "org"} <= classes and "record" not in classes and coverage == 1.0
    classes, coverage = _reading("维修单位名称")
    assert {"org", "name"} <= classes and "record" not in classes and coverage == 1.0
    classes, coverage = _reading("维修员工号")
    assert {"staff", "id"} <= classes and coverage == 1.0
    assert "record_id" not in field_scores(normalise_header("维修员工号"), RecordKind.WORK_ORDER)


def test_an_agents_suffix_goes_to_the_word_it_begins() -> None:
    """Decision 321: 工 that begins 工单 is no repairer's (维修工单号, 维修工单状态 read as the
    order's: no technician); where no word begins with it, 维修工 is the repairer still
    (维修工姓名 the technician, 维修工电话 no customer's phone), and 工程师 is read whole."""
    wo = RecordKind.WORK_ORDER
    for label in ("维修工单号", "维修工单编号", "维修工单状态"):
        classes = _reading(label)[0]
        assert {"record", "resolution"} <= classes and "staff" not in classes, label
        assert "technician" not in field_scores(normalise_header(label), wo), label
    assert field_scores(normalise_header("维修工单号"), wo)["record_id"] == 1.0
    for label in ("维修工姓名", "维修工电话", "维修工程师"):
        assert "staff" in _reading(label)[0], label
    assert "technician" in field_scores(normalise_header("维修工姓名"), wo)
    assert "customer_phone" not in field_scores(normalise_header("维修工电话"), wo)
