"""Issue 11, round 48: thin exports of what customers raised (decisions 315, 316).

A complaint or feedback desk's export may hold nothing but what was raised and who raised it
(电话号码 + 投诉问题, 用户建议 + 联系方式, 用户ID + 反馈内容): fewer fields than a ledger, but
a complaint ledger whose handling, answer and dates are missing, which the checks then say
(decision 315). A number after whoever does something (查看者ID) numbers that person, never
the record (decision 316). A user list, a message log, a review list with stars, a FAQ list,
verdicts and coded categories stay what they are. Each case is tested on a workbook and a Word
table, with must-read and must-not-read cases. The cell contents are written here, not drawn
from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.model.records import RecordKind
from preaudit.parsers.headers import field_candidates
from tests.parsers.tables import FORMATS, assert_unlisted, read_table

_PHONES = [f"1380571{2230 + i}" for i in range(8)]
_IDS = [f"{48120 + i * 37}" for i in range(8)]
_RAISED = ["电梯停运半天没人来修", "物业收费标准不透明", "楼道灯坏了一个月未换", "小区绿化带长期无人修剪",
           "地下车库漏水严重", "快递柜经常满箱无法投递", "门禁卡失灵反复报修", "垃圾清运不及时有异味"]
_VERDICTS = ["满意", "很满意", "一般", "满意", "不满意", "满意", "很满意", "一般"]


def _complaints(read: object) -> list[dict[str, object]]:
    return read.records.get("complaints", [])  # type: ignore[attr-defined]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_phone_and_a_complaint_are_a_ledger(tmp_path: Path, fmt: str) -> None:
    """Decision 315: a row number, the caller's phone, the complaint and a picture's link (before:
    no header row, nothing read)."""
    rows = [["序号", "手机号", "投诉内容", "附件"]] + [
        [i + 1, _PHONES[i], _RAISED[i], f"http://img.example.cn/{i}.jpg"] for i in range(8)]
    read = read_table(fmt, tmp_path / "calls", rows)
    complaints = _complaints(read)
    assert [c["reason"] for c in complaints] == _RAISED
    assert [c["customer_phone"] for c in complaints] == _PHONES
    assert "complaint_ledger" in read.kinds


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_members_suggestion_written_out_is_the_reason(tmp_path: Path, fmt: str) -> None:
    """Decision 315: 会员建议 reads as the customer's feedback by its label; written out case by
    case beside a phone, with no handling, it is what the member raised (decision 245's rule)."""
    assert_unlisted(["会员建议", "附图链接"])
    rows = [["会员建议", "联系电话", "附图链接"]] + [
        [_RAISED[i], _PHONES[i], f"/upload/{i}.png"] for i in range(8)]
    read = read_table(fmt, tmp_path / "suggestions", rows)
    complaints = _complaints(read)
    assert [c["reason"] for c in complaints] == _RAISED
    assert not any(c["feedback"] for c in complaints)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_users_id_and_an_opinion_are_a_ledger(tmp_path: Path, fmt: str) -> None:
    """Decision 315: the member's id says who raised it; decision 316: 查看者ID, the reader's
    id, numbers no complaint."""
    assert_unlisted(["会员ID", "意见内容", "查看者ID"])
    rows = [["会员ID", "意见内容", "阅读状态", "查看者ID"]] + [
        [_IDS[i], _RAISED[i], "已读", f"{90300 + i * 11}"] for i in range(8)]
    read = read_table(fmt, tmp_path / "opinions", rows)
    complaints = _complaints(read)
    assert [c["reason"] for c in complaints] == _RAISED
    assert not any(c["record_id"] for c in complaints)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name, rows", [
    # a user list: who, and no word of anything raised
    ("users", [["用户ID", "手机号", "注册时间"]]
     + [[_IDS[i], _PHONES[i], f"2026-08-{10 + i}"] for i in range(8)]),
    # a message log: messages are no complaint by their label
    ("messages", [["用户ID", "消息内容", "发送时间"]]
     + [[_IDS[i], _RAISED[i], f"2026-08-{10 + i} 10:00"] for i in range(8)]),
    # a FAQ list: questions and answers, nobody who raised them
    ("faq", [["问题", "答案"]]
     + [[_RAISED[i] + "怎么办", f"请拨打客服电话，按{i + 1}号键转人工"] for i in range(8)]),
    # verdicts under a customer's feedback: no case told
    ("verdicts", [["用户反馈", "联系电话"]] + [[_VERDICTS[i], _PHONES[i]] for i in range(8)]),
    # a category picked from a list: no case told
    ("codes", [["手机号", "投诉类别"]]
     + [[_PHONES[i], ["服务类", "质量类", "收费类"][i % 3]] for i in range(8)]),
    # what was raised, but nobody who raised it
    ("nobody", [["投诉内容", "附件"]] + [[_RAISED[i], f"/u/{i}.png"] for i in range(8)]),
])
def test_thin_tables_that_are_no_ledger(tmp_path: Path, fmt: str, name: str,
                                        rows: list[list[object]]) -> None:
    """Must not (decision 315): without a case told, a word of what is raised and who raised
    it, a thin table stays unread."""
    read = read_table(fmt, tmp_path / name, rows)
    assert not read.records


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_review_list_with_stars_stays_a_survey(tmp_path: Path, fmt: str) -> None:
    """Must not (decision 315): reviews written out beside a star rating are survey
    responses, never complaints."""
    rows = [["用户ID", "评价内容", "评分"]] + [[_IDS[i], _RAISED[i], 1 + i % 5] for i in range(8)]
    read = read_table(fmt, tmp_path / "reviews", rows)
    assert len(read.records["survey_responses"]) == 8
    assert not _complaints(read)


@pytest.mark.parametrize("label", ["查看者ID", "终止人ID", "发送人编号", "配送员ID"])
def test_a_doers_number_numbers_no_record(label: str) -> None:
    """Decision 316: an id after whoever does something is that person's."""
    for kind in RecordKind:
        assert "record_id" not in field_candidates(label, kind)


@pytest.mark.parametrize("label", ["投诉编号", "工单号", "反馈ID", "序列号"])
def test_a_records_own_number_still_numbers_it(label: str) -> None:
    """Must not (decision 316): a number named by the record or by nobody stays the record's."""
    assert "record_id" in field_candidates(label, RecordKind.COMPLAINT)
