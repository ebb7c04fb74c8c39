"""Issue 11, round 20: ties between the record kinds, glossed labels and a ledger's one date,
from structure and content, no new word (decisions 244-247).

Each mechanism is tested on a workbook and a Word table, with a must-read and a must-not-read
case. The cell contents are written here, not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, assert_unlisted, read_table

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


# ---------------------------------- decision 246: a label read without its gloss in the other script

# job card numbers as a desk types them: digits that do not rise row by row (no code by shape)
_TICKETS = ["57301", "57288", "57342", "57119", "57406", "57263"]
_OWNERS = ["宓思琪", "郗文斌", "蒯晓彤", "訾海峰", "仉雨桐", "佘建国"]
_OWNER_PHONES = ["13805550112", "15906660223", "18707770334", "13608880445", "17709990556",
                 "15100001667"]
_BREAKDOWNS = ["洗衣机脱水异响", "燃气灶打不着火", "油烟机吸力变弱", "净水器漏水",
               "电视开机黑屏", "冰箱冷藏室结冰"]
_REMEDIES = ["更换减震吊杆", "清理点火针积碳", "清洗风轮并更换滤网", "更换进水接头密封圈",
             "更换电源板", "调整温控器档位"]
_CALLED_IN = ["2026-08-03 08:40:00", "2026-08-04 13:15:00", "2026-08-06 09:50:00",
              "2026-08-07 15:05:00", "2026-08-09 10:30:00", "2026-08-11 14:20:00"]


# the customer's approval, as the desk ticks it off: no name, no ✓ (nothing content alone reads)
_APPROVED = ["同意", "同意", "认可", "同意", "认可", "同意"]


def _glossed(number_label: str, sign_label: str) -> list[list[object]]:
    head = [number_label, "客户姓名 Owner", "联系电话 Phone", "故障描述 Problem",
            "处理结果 Solution", "报修时间 Call Time", sign_label]
    return [head] + [
        [_TICKETS[i], _OWNERS[i], _OWNER_PHONES[i], _BREAKDOWNS[i], _REMEDIES[i],
         _CALLED_IN[i], _APPROVED[i]]
        for i in range(len(_TICKETS))
    ]


def test_the_glossed_labels_are_unlisted() -> None:
    assert_unlisted(["维修单编号 Job Card", "客户确认 Approval"])


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_label_is_read_without_its_gloss(tmp_path: Path, fmt: str) -> None:
    """Decision 246: 维修单编号 Job Card and 客户确认 Approval read as nothing whole; each is
    its Chinese label glossed in English (before: no record number, no signature)."""
    rows = _glossed("维修单编号 Job Card", "客户确认 Approval")
    orders = read_table(fmt, tmp_path / "glossed", rows).records["work_orders"]
    assert [r["record_id"] for r in orders] == _TICKETS
    assert [r["signature"] for r in orders] == _APPROVED


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_abbreviation_or_a_suffix_is_no_gloss(tmp_path: Path, fmt: str) -> None:
    """Must-nots: 设备 ID (two letters: an abbreviation that qualifies the label) and 设备id
    (no space: a suffix the label is made with) name the device's id, not the device; and a
    Chinese label that reads as nothing stays unread with its gloss (渠道 Channel)."""
    head = ["工单编号", "客户姓名", "联系电话", "故障描述", "处理结果", "报修时间", "设备 ID",
            "设备id", "渠道 Channel"]
    codes = [f"DV{700 + i}" for i in range(6)]
    rows = [head] + [[_TICKETS[i], _OWNERS[i], _OWNER_PHONES[i], _BREAKDOWNS[i], _REMEDIES[i],
                      _CALLED_IN[i], codes[i], codes[i], "线上"] for i in range(6)]
    orders = read_table(fmt, tmp_path / "suffix", rows).records["work_orders"]
    assert [r["record_id"] for r in orders] == _TICKETS
    assert all(r.get("product") is None for r in orders)
