"""Issue 11, round 66: complaint ledgers of property and feedback desks read as work orders.

Decision 362: what a complaint ledger keeps as well as a work order proves no work order. The
time a reply was given (答复时间, 回复时间) is no later step of a job, so a list of what users
raised and when they were answered is no proven work order; and a header naming complaints
(投诉渠道) beside a work word only in the label of the staff sent (维修员) is a complaint
ledger. Tested on a workbook and a Word table, must-read and must-not-read each. The cell
contents are written here, not drawn from the generator's pools.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.model.records import UNPROVEN_RECORDS
from tests.parsers.tables import FORMATS, read_table, rows_of

_NUMBERS = ["FK-501", "FK-502", "FK-503", "FK-504", "FK-505", "FK-506"]
_USERS = ["林晓雯", "贺志强", "邵一鸣", "温若兰", "祁海涛", "岑佳怡"]
_PHONES = ["13911110001", "13811110002", "15011110003", "18611110004", "17711110005",
           "13511110006"]
_RAISED = ["快递三天了还没有派送", "客服电话一直打不通", "退货申请提交后没有人审核",
           "优惠券无法使用也没人解释", "订单被无故取消", "配送员态度恶劣"]
_SENT = ["2026-07-01 09:10", "2026-07-02 10:20", "2026-07-03 11:30", "2026-07-04 12:40",
         "2026-07-05 13:50", "2026-07-06 14:00"]
_LATER = ["2026-07-01 15:10", "2026-07-02 16:20", "2026-07-04 09:30", "2026-07-05 10:40",
          "2026-07-06 11:50", "2026-07-07 12:00"]
_STAFF = ["周敏", "李航", "周敏", "王磊", "李航", "王磊"]
_CHANNELS = ["电话", "电话", "微信", "现场", "微信", "电话"]

# A user feedback list: who sent what and when, and when it was answered (decision 362).
_FEEDBACK = ["编号", "用户名", "联系方式", "问题描述", "提交时间", "答复时间"]
# A property desk's complaint list: 投诉渠道 names the kind, 维修员 only the staff sent.
_DESK = ["ID", "标题", "描述", "业主", "业主电话", "维修员", "投诉渠道", "上报日期"]


def _feedback(head: list[str]) -> list[list[object]]:
    return rows_of(head, _NUMBERS, _USERS, _PHONES, _RAISED, _SENT, _LATER)


def _desk(head: list[str]) -> list[list[object]]:
    return rows_of(head, _NUMBERS, _RAISED, _RAISED, _USERS, _PHONES, _STAFF, _CHANNELS, _SENT)


@pytest.mark.parametrize("fmt", FORMATS)
def test_feedback_answered_is_no_proven_work_order(tmp_path: Path, fmt: str) -> None:
    """Must read less: when a case was answered is no step of a job, so the list is records
    of unproven kind, not work orders (before: 6 work orders, 答复时间 the response)."""
    read = read_table(fmt, tmp_path / "feedback", _feedback(_FEEDBACK))
    assert read.records.get("work_orders", []) == []
    assert read.kinds == [UNPROVEN_RECORDS]


@pytest.mark.parametrize("fmt", FORMATS)
def test_feedback_visited_stays_a_work_order(tmp_path: Path, fmt: str) -> None:
    """Must not: the same list with a visit's time (上门时间) dates a job: work orders."""
    read = read_table(fmt, tmp_path / "visits", _feedback([*_FEEDBACK[:5], "上门时间"]))
    assert len(read.records["work_orders"]) == len(_NUMBERS)


@pytest.mark.parametrize("fmt", FORMATS)
def test_feedback_with_who_answered_stays_a_work_order(tmp_path: Path, fmt: str) -> None:
    """Must not: a person who answered (答复人员) is who did the job, as a support desk's
    engineer is: only the reply's time is set aside, so the list stays work orders."""
    rows = rows_of([*_FEEDBACK, "答复人员"], _NUMBERS, _USERS, _PHONES, _RAISED, _SENT, _LATER,
                   _STAFF)
    read = read_table(fmt, tmp_path / "support", rows)
    assert len(read.records["work_orders"]) == len(_NUMBERS)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_desk_naming_complaints_beside_its_repairer_is_a_complaint(
        tmp_path: Path, fmt: str) -> None:
    """Must read: 投诉渠道 names complaints, 维修员 only who was sent (before: work orders)."""
    read = read_table(fmt, tmp_path / "desk", _desk(_DESK))
    assert read.records.get("work_orders", []) == []
    complaints = read.records["complaints"]
    assert [c["customer_name"] for c in complaints] == _USERS
    assert [c["customer_phone"] for c in complaints] == _PHONES


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_desk_numbering_repair_orders_stays_work_orders(tmp_path: Path, fmt: str) -> None:
    """Must not: a column of its own names the work (报修单号), so the rows are repairs
    whatever the channel is called."""
    read = read_table(fmt, tmp_path / "named", _desk(["报修单号", *_DESK[1:]]))
    assert read.records.get("complaints", []) == []
    assert len(read.records["work_orders"]) == len(_NUMBERS)
