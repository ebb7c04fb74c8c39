"""Issue 11, round 65: an answer forwarded or replied to a person is a complaint's (decision 359).

Decision 339 read a desk's 工单 tickets as complaints where the answers apologise or
compensate; real desks' answers as often forward the case to whoever settles it (已转…处理) or
reply to the person who raised it (已答复, 已回复来电人). None of that is said
of a job done to a thing. Tested on a workbook and a Word table, must-read and must-not-read
each. The cell contents are written here, not drawn from the generator's pools.
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

_NUMBERS = ["QX-3301", "QX-3302", "QX-3303", "QX-3304", "QX-3305", "QX-3306"]
_CALLERS = ["邝书涵", "鄢立新", "阮秋月", "涂振华", "晏诗雨", "卓子墨"]
_PHONES = ["13922220001", "13822220002", "15022220003", "18622220004", "17722220005",
           "13522220006"]
_RAISED = ["小区门口垃圾三天没人清运", "公交站牌被撤掉也没有通知", "社保卡补办两个月还没拿到",
           "楼下烧烤店油烟直排进窗户", "医院停车场收费标准不清楚", "学校门口早高峰车辆乱停"]
_TAKEN = ["2026-06-02 09:10", "2026-06-03 14:25", "2026-06-05 10:40", "2026-06-06 16:05",
          "2026-06-08 11:30", "2026-06-09 15:50"]
_CLOSED = ["2026-06-03 10:00", "2026-06-05 09:20", "2026-06-06 17:45", "2026-06-08 08:35",
           "2026-06-09 13:10", "2026-06-11 10:15"]
# Answers to the people who raised the cases: none apologises or compensates; three are
# forwarded or replied to the caller.
_ANSWERED = ["已转环卫所处理，当日清运完毕", "线路调整属实，已回复来电人", "社保中心核实后已答复来电人",
             "执法队上门检查，责令加装净化设备", "公示收费标准牌，张贴于入口", "交警加派早高峰执勤"]
# Jobs done on things: one of six forwarded besides, no pattern of answers to people.
_REPAIRS = ["更换主控板后开机正常", "疏通排水管，试机无渗漏", "重新布线并更换空气开关",
            "更换门锁锁芯，开关顺畅", "校准温控器，恢复恒温", "压缩机返厂，已转厂家检测"]


def _tickets(head: list[str], answers: list[str]) -> list[list[object]]:
    return rows_of(head, _NUMBERS, _CALLERS, _PHONES, _TAKEN, _RAISED, answers, _CLOSED)


_TICKET = DESK_TICKET_HEADER
_PLAIN = PLAIN_REGISTER_HEADER


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_ticket_forwarded_and_replied_is_a_complaint(tmp_path: Path, fmt: str) -> None:
    """Must read: the answers forward the cases and reply to the callers, so the 工单
    tickets are complaints (before: work orders, each answer a remedy)."""
    read = read_table(fmt, tmp_path / "desk", _tickets(_TICKET, _ANSWERED))
    assert read.records.get("work_orders", []) == []
    complaints = read.records["complaints"]
    assert [c["reason"] for c in complaints] == _RAISED
    assert [c["handling"] for c in complaints] == _ANSWERED


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_register_forwarded_and_replied_is_a_complaint(tmp_path: Path, fmt: str) -> None:
    """Must read: a register naming no kind whose answers reach the people who raised the
    cases is complaints (before: records of unproven kind, decision 220)."""
    read = read_table(fmt, tmp_path / "register", _tickets(_PLAIN, _ANSWERED))
    assert UNPROVEN_RECORDS not in read.kinds and read.unproven == []
    assert [c["handling"] for c in read.records["complaints"]] == _ANSWERED


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_ticket_with_one_job_forwarded_stays_a_work_order(tmp_path: Path, fmt: str) -> None:
    """Must not: the remedies are done to things; one part forwarded to its maker is no
    pattern of answers to people, so the tickets stay work orders."""
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
def test_a_repair_ticket_replied_to_stays_a_work_order(tmp_path: Path, fmt: str) -> None:
    """Must not: a word of the work itself (维修) names the orders; answers forwarded or
    replied besides make no repair a complaint."""
    head = ["维修单号", *_TICKET[1:]]
    read = read_table(fmt, tmp_path / "named", _tickets(head, _ANSWERED))
    assert read.records.get("complaints", []) == []
    assert len(read.records["work_orders"]) == len(_NUMBERS)
