"""Issue 11, round 58: an answer that redresses a person is a complaint's (decision 339).

A desk numbers whatever it records 工单, and a table naming no kind may be either; what tells
a complaint answered from a repair done is what the answer says: redress to a person (an
apology, a compensation) or a job on a thing. Tested on a workbook and a Word table, must-read
and must-not-read each. The cell contents are written here, not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.model.records import UNPROVEN_RECORDS
from tests.parsers.tables import (
    DESK_TICKET_HEADER,
    FORMATS,
    PLAIN_REGISTER_HEADER,
    read_table,
    rows_of,
)

_NUMBERS = ["RX-7701", "RX-7702", "RX-7703", "RX-7704", "RX-7705", "RX-7706"]
_CALLERS = ["岑雨桐", "柯振邦", "巫晓岚", "阙立军", "储慧敏", "寇志远"]
_PHONES = ["13911110001", "13811110002", "15011110003", "18611110004", "17711110005",
           "13511110006"]
_RAISED = ["营业厅排队一个多小时没人管", "账单里多扣了两个月的月租", "客服承诺回电后一直没有回",
           "上门人员把地板踩得全是泥", "套餐变更没有告知就生效了", "投递员把包裹放在楼下丢了"]
_TAKEN = ["2026-05-02 09:10", "2026-05-03 14:25", "2026-05-05 10:40", "2026-05-06 16:05",
          "2026-05-08 11:30", "2026-05-09 15:50"]
_CLOSED = ["2026-05-03 10:00", "2026-05-05 09:20", "2026-05-06 17:45", "2026-05-08 08:35",
           "2026-05-09 13:10", "2026-05-11 10:15"]
# Answers to the people wronged: three of six apologise or compensate.
_REDRESS = ["当面赔礼道歉，增开两个窗口分流", "退回多扣月租并补偿话费五十元", "主管致电致歉并说明处理进度",
            "安排保洁上门清理", "恢复原套餐，差额按日结算", "照价赔偿包裹损失"]
# Jobs done on things: one of six compensated besides, no pattern of redress.
_REPAIRS = ["更换主控板后开机正常", "疏通排水管，试机无渗漏", "重新布线并更换空气开关",
            "更换门锁锁芯，开关顺畅", "校准温控器，恢复恒温", "更换压缩机并赔偿误工费"]


def _tickets(head: list[str], answers: list[str]) -> list[list[object]]:
    return rows_of(head, _NUMBERS, _CALLERS, _PHONES, _TAKEN, _RAISED, answers, _CLOSED)


_TICKET = DESK_TICKET_HEADER
_PLAIN = PLAIN_REGISTER_HEADER


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_ticket_answered_with_redress_is_a_complaint(tmp_path: Path, fmt: str) -> None:
    """Must read: the answers apologise and compensate, so the 工单 tickets are complaints
    (before: work orders, each answer a remedy)."""
    read = read_table(fmt, tmp_path / "desk", _tickets(_TICKET, _REDRESS))
    assert read.records.get("work_orders", []) == []
    complaints = read.records["complaints"]
    assert [c["reason"] for c in complaints] == _RAISED
    assert [c["handling"] for c in complaints] == _REDRESS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_register_answered_with_redress_is_a_complaint(tmp_path: Path, fmt: str) -> None:
    """Must read: a register naming no kind whose answers redress people is complaints
    (before: records of unproven kind, decision 220)."""
    read = read_table(fmt, tmp_path / "register", _tickets(_PLAIN, _REDRESS))
    assert UNPROVEN_RECORDS not in read.kinds and read.unproven == []
    assert [c["handling"] for c in read.records["complaints"]] == _REDRESS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_ticket_with_jobs_on_things_stays_a_work_order(tmp_path: Path, fmt: str) -> None:
    """Must not: the remedies are done to things; one compensation among them is no pattern
    of redress, so the tickets stay work orders."""
    read = read_table(fmt, tmp_path / "repairs", _tickets(_TICKET, _REPAIRS))
    assert read.records.get("complaints", []) == []
    assert len(read.records["work_orders"]) == len(_NUMBERS)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_register_with_jobs_on_things_stays_unproven(tmp_path: Path, fmt: str) -> None:
    """Must not: the same register with remedies done to things names no kind, as before."""
    read = read_table(fmt, tmp_path / "plain", _tickets(_PLAIN, _REPAIRS))
    assert read.kinds == [UNPROVEN_RECORDS]
    assert read.records.get("complaints", []) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_ticket_named_a_repair_stays_a_work_order(tmp_path: Path, fmt: str) -> None:
    """Must not: a word of the work itself (维修) names the orders; an apology said besides
    makes no repair a complaint."""
    head = ["维修单号", *_TICKET[1:]]
    read = read_table(fmt, tmp_path / "named", _tickets(head, _REDRESS))
    assert read.records.get("complaints", []) == []
    assert len(read.records["work_orders"]) == len(_NUMBERS)
