"""Issue 11, round 20: ties between the record kinds, glossed labels and a ledger's one date,
from structure and content, no new word (decisions 244-247).

Each mechanism is tested on a workbook and a Word table, with a must-read and a must-not-read
case. The cell contents are written here, not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table

# ----------------------------- decision 244: of two readings scored alike, the fuller one

_MEMBERS = ["邬嘉树", "阚晓蕾", "濮正阳", "訾文静", "尉迟芳", "殳立新"]
_MEMBER_PHONES = ["13611102345", "15988803412", "18122245670", "13733390871", "17600012389",
                  "15211167654"]
# what each member wrote in: varied, written out case by case
_WRITTEN_IN = ["快递员未按约定时间送达", "商品包装破损内件受潮", "客服电话一直无人接听",
               "退款申请提交后十天未到账", "收到的尺码与订单不符", "配送员态度恶劣言语不当"]
_DONE_ABOUT_IT = ["已致歉并补发优惠券", "重新寄送新品并承担运费", "增加坐席排班并回电说明",
                  "财务核实后当日退款到账", "安排上门换货", "对配送员通报批评并扣绩效"]
_SUBMITTED = ["2026-07-01 09:12:00", "2026-07-02 14:30:00", "2026-07-04 10:05:00",
              "2026-07-06 16:45:00", "2026-07-08 11:20:00", "2026-07-09 15:10:00"]
_DESK = ["客服甲", "客服乙", "客服甲", "客服丙", "客服乙", "客服甲"]
# name, phone, time and result are either kind's; 会员反馈 only the complaint reading reads
_MEMBER_HEAD = ["会员姓名", "会员反馈", "联系手机", "提交时间", "处理结果", "处理人"]


def _member_desk(written: list[str]) -> list[list[object]]:
    return [_MEMBER_HEAD] + [
        [_MEMBERS[i], written[i], _MEMBER_PHONES[i], _SUBMITTED[i], _DONE_ABOUT_IT[i], _DESK[i]]
        for i in range(len(_MEMBERS))
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_reading_that_reads_the_written_column_wins_a_tie(tmp_path: Path, fmt: str) -> None:
    """Decision 244: work orders and complaints score alike; the complaint reading also reads
    the column the members wrote in, so the rows are complaints (before: work orders, won by
    the order the kinds are listed in, with the written column unread)."""
    read = read_table(fmt, tmp_path / "desk", _member_desk(_WRITTEN_IN))
    assert read.kinds == ["complaint_ledger"]
    complaints = read.records["complaints"]
    assert [r["handling"] for r in complaints] == _DONE_ABOUT_IT
    assert "work_orders" not in read.records


_VERDICTS = ["对处理结果满意", "基本满意", "不满意，希望加快退款", "非常满意", "满意", "基本满意"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("written", [["一般", "紧急", "一般", "一般", "紧急", "一般"], _VERDICTS])
def test_a_pick_list_or_verdicts_cannot_break_the_tie(
    tmp_path: Path, fmt: str, written: list[str]
) -> None:
    """The column only one reading takes holds a pick-list (一般, 紧急) or the members'
    verdicts (满意: either kind's table may keep one), no case written out: it proves
    nothing, and the tie is left as it was."""
    read = read_table(fmt, tmp_path / "picked", _member_desk(written))
    assert "complaints" not in read.records
    assert read.kinds == ["work_orders"]


# ------------------- decision 245: a "feedback" written case by case before the handling


@pytest.mark.parametrize("fmt", FORMATS)
def test_feedback_written_out_before_the_handling_is_the_reason(tmp_path: Path, fmt: str) -> None:
    """Decision 245: 会员反馈 holds what each member raised, written out, left of the handling
    and no verdict: it is the complaint's reason (before: the feedback, and no reason)."""
    read = read_table(fmt, tmp_path / "raised", _member_desk(_WRITTEN_IN))
    complaints = read.records["complaints"]
    assert [r["reason"] for r in complaints] == _WRITTEN_IN
    assert [r.get("feedback") for r in complaints] == [None] * 6


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", ["verdicts", "after"])
def test_verdicts_and_replies_after_the_handling_stay_feedback(
    tmp_path: Path, fmt: str, case: str
) -> None:
    """Must-nots, in a ledger its title names and with no reason labelled: the feedback
    column holding the members' verdicts (the scale's words), or text written out but right
    of the handling, is no reason: it stays the feedback."""
    head = ["会员姓名", "联系手机", "提交时间", "处理结果", "会员反馈"]
    last = _VERDICTS if case == "verdicts" else _WRITTEN_IN
    rows = [head] + [[_MEMBERS[i], _MEMBER_PHONES[i], _SUBMITTED[i], _DONE_ABOUT_IT[i],
                      last[i]] for i in range(6)]
    read = read_table(fmt, tmp_path / case, rows, title="会员投诉处理登记表")
    complaints = read.records["complaints"]
    assert [r["feedback"] for r in complaints] == last
    assert [r.get("reason") for r in complaints] == [None] * 6
