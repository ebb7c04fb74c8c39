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


# ---------------------------- decision 247: a ledger's one date column dates its first step

_WRITERS = ["滕子墨", "甄一鸣", "咸晓芸", "车振华", "索春梅", "扈立强"]
_WRITER_PHONES = ["13922201456", "15833302567", "18744403678", "13655504789", "17966605890",
                  "15277706901"]
_LETTER_DAYS = ["2026-10-02", "2026-10-05", "2026-10-09", "2026-10-13", "2026-10-16",
                "2026-10-20"]
_GRIEVANCES = ["物业维修基金使用不公开", "小区停车位被长期占用", "电梯故障三天无人处理",
               "楼上装修噪音持续到深夜", "垃圾清运不及时有异味", "绿化带被改成晾衣区"]
_ANSWERS = ["约谈物业公开账目", "联系交警清理僵尸车", "督促维保单位当日修复", "上门劝导并登记备案",
            "调整清运频次为每日两次", "恢复绿化并张贴告示"]
# 信函日期: a time word and a part nobody listed, no event, no other date
_LETTER_LABEL = "信函日期"


def _letters(days: list[list[str]], date_labels: list[str]) -> list[list[object]]:
    head = [*date_labels, "来信人", "联系电话", "投诉内容", "处理情况"]
    return [head] + [
        [*(d[i] for d in days), _WRITERS[i], _WRITER_PHONES[i], _GRIEVANCES[i], _ANSWERS[i]]
        for i in range(len(_WRITERS))
    ]


def test_the_ledger_date_label_is_unlisted() -> None:
    assert_unlisted([_LETTER_LABEL])


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_one_date_of_a_ledger_dates_its_first_step(tmp_path: Path, fmt: str) -> None:
    """Decision 247: the only column of dates, under a label that names no event, is when the
    complaint was received (before: received_at None on every row)."""
    read = read_table(fmt, tmp_path / "one", _letters([_LETTER_DAYS], [_LETTER_LABEL]))
    complaints = read.records["complaints"]
    assert [str(r["received_at"])[:10] for r in complaints] == _LETTER_DAYS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_work_order_ledger_s_one_date_is_its_report(tmp_path: Path, fmt: str) -> None:
    """The same for work orders: the one date is when the order was reported."""
    rows = [["信函日期", "报修人", "联系电话", "故障描述", "维修结果"]] + [
        [_LETTER_DAYS[i], _WRITERS[i], _WRITER_PHONES[i], _BREAKDOWNS[i], _REMEDIES[i]]
        for i in range(6)
    ]
    orders = read_table(fmt, tmp_path / "orders", rows).records["work_orders"]
    assert [str(r["reported_at"])[:10] for r in orders] == _LETTER_DAYS


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", ["two dates", "export date", "purchase"])
def test_other_dates_leave_the_ledger_undated(tmp_path: Path, fmt: str, case: str) -> None:
    """Must-nots: a second date column beside it (here a purchase date: which is the receipt
    only a word could say, and two eventless dates are decision 165's to order), the same
    date on every row (when the list was drawn), a purchase date alone (another date, not an
    event of the record)."""
    written = ["2026-09-25", "2026-09-28", "2026-10-01", "2026-10-06", "2026-10-10",
               "2026-10-14"]
    rows = {
        "two dates": _letters([written, _LETTER_DAYS], ["购机日期", _LETTER_LABEL]),
        "export date": _letters([["2026-10-31"] * 6], [_LETTER_LABEL]),
        "purchase": _letters([_LETTER_DAYS], ["购机日期"]),
    }[case]
    complaints = read_table(fmt, tmp_path / "undated", rows).records["complaints"]
    assert [r["received_at"] for r in complaints] == [None] * 6
