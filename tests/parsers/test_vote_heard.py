"""The kind vote heard over the rules' own reading at HEARD or more (decision 380).

Forward in time (bench/layouts/VOTE-FORWARD.md), the vote learned from the sets drawn before
each held-out set read that set's kinds better than the rules did while it was held out. So a
vote at HEARD or more names the kind where the rules read another record kind, or none, and a
look-alike vote leaves a record reading unread; a title naming the rules' kind, [columns] and a
vote under HEARD leave the rules' reading as it is. The vote here is trained in the test on the
one header it is asked about (the mechanism, not the shipped model's knowledge, is what is
tested); must-read and must-not on a workbook and a Word table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.parsers import kind_model
from preaudit.parsers.table_rows import likeliest_label_row
from tests.parsers.tables import FORMATS, read_table

# A desk's register of what customers raised: read as complaints by the rules (the remedies
# answer people: an apology, a refund), whatever a vote says.
_HEADER = ["工单号", "客户", "电话", "登记时间", "问题描述", "处理结果", "完成时间"]
_ROWS = [
    ["GD0901", "蒯德明", "13812345678", "2026-10-09 08:12", "物业人员服务态度差，多次反映无人理会",
     "已向客户致歉并对员工批评教育", "2026-10-10 17:40"],
    ["GD0902", "俞晓彤", "13998765432", "2026-10-13 19:26", "收费标准不透明，多收了停车费",
     "核实后退还多收费用", "2026-10-15 11:05"],
    ["GD0903", "羿志强", "13700001111", "2026-10-18 21:02", "夜间施工噪音扰民",
     "已协调施工方调整作业时间", "2026-10-19 15:30"],
    ["GD0904", "糜秀兰", "13655552222", "2026-10-22 07:45", "保洁不及时，垃圾堆放多日",
     "已加派保洁人员并道歉", "2026-10-23 12:10"],
]


def _vote(monkeypatch: pytest.MonkeyPatch, group: str) -> None:
    """The shipped vote replaced by one that names ``group`` for this header (p > 0.999)."""
    model = kind_model.train([(group, _HEADER), ("survey_responses", ["满意度", "评分"])])
    monkeypatch.setattr(kind_model, "shipped", lambda: model)
    assert kind_model.vote(_HEADER)[0] == group and kind_model.vote(_HEADER)[1] > 0.999


def _read(fmt: str, path: Path, title: str = "", columns: dict[str, str] | None = None):
    return read_table(fmt, path, [_HEADER, *_ROWS], title=title, columns=columns)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_rules_alone_read_the_register_as_complaints(
        tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The premise: with the vote not heard, the rules read complaints."""
    _vote(monkeypatch, "work_orders")
    monkeypatch.setattr(kind_model, "HEARD", 1.01)
    read = _read(fmt, tmp_path / "rules")
    assert read.kinds == ["complaint_ledger"] and len(read.records["complaints"]) == 4


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_vote_for_another_record_kind_reads_that_kind_and_says_so(
        tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Must read: heard, the vote for work orders reads work orders, with the note naming it."""
    _vote(monkeypatch, "work_orders")
    read = _read(fmt, tmp_path / "voted")
    assert read.kinds == ["work_orders"] and read.records.get("complaints", []) == []
    orders = read.records["work_orders"]
    assert [o["record_id"] for o in orders] == [row[0] for row in _ROWS]
    assert any("kind vote" in str(note) and "work orders" in str(note) for note in read.notes)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_look_alike_vote_leaves_the_table_unread_and_says_so(
        tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Must not read: a look-alike's vote over a record reading reads no records."""
    _vote(monkeypatch, "lookalike")
    read = _read(fmt, tmp_path / "lookalike")
    assert read.records.get("complaints", []) == [] and read.records.get("work_orders", []) == []
    assert any("not read as records" in str(note) for note in read.notes)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_title_naming_the_rules_kind_is_not_outvoted(
        tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Must not: a title saying work orders (维修工单台账) keeps the rules' reading of it,
    against a look-alike's vote too."""
    for group in ("complaints", "lookalike"):
        _vote(monkeypatch, group)
        read = _read(fmt, tmp_path / group, title="维修工单台账")
        assert read.kinds == ["work_orders"] and len(read.records["work_orders"]) == 4
        assert not any("kind vote" in str(note) for note in read.notes)


@pytest.mark.parametrize("fmt", FORMATS)
def test_columns_and_a_vote_under_the_threshold_keep_the_rules_reading(
        tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Must not: [columns] naming a field, or a vote under HEARD, leave the complaints read."""
    _vote(monkeypatch, "work_orders")
    given = _read(fmt, tmp_path / "given", columns={"问题描述": "reason"})
    assert given.kinds == ["complaint_ledger"] and len(given.records["complaints"]) == 4
    monkeypatch.setattr(kind_model, "HEARD", 0.99995)
    assert kind_model.vote(_HEADER)[1] < 0.99995
    unsure = _read(fmt, tmp_path / "unsure")
    assert unsure.kinds == ["complaint_ledger"] and len(unsure.records["complaints"]) == 4


def test_the_likeliest_label_row_is_under_a_merged_title_and_not_a_remark() -> None:
    """The row the vote reads where no header reads (and explain lists): a Word table repeats
    a merged title in every cell (one text, not labels), a remark fills too little of the
    width; the labels under them are the row."""
    title = ["客户反馈记录"] * 5
    remark = ["制表人：王", "日期：9月", None, None, None]
    labels = ["主键", "创建于", "用户", "正文", "点赞"]
    data = ["1001", "2026-09-02 09:10", "u_lin", "客服电话一直打不通", "3"]
    assert likeliest_label_row([title, remark, labels, data]) == 2
    assert likeliest_label_row([title, [None] * 5]) is None


# ------------------------------------------- decision 383: heard by direction
# A notice board's cases, dated, under labels naming no kind: the rules read nothing here.
_CASES = [["导游在购物点停留超过两小时，强迫购买玉器", "2026-08-03", "待处理"],
          ["景区门票与网上标价不一致，多收了三十元", "2026-08-04", "处理中"],
          ["酒店房间有霉味，前台拒绝换房", "2026-08-05", "已办结"],
          ["旅游大巴空调坏了，车上闷热无人处理", "2026-08-06", "待处理"]]
_UNLABELLED = ["内容", "创建时间", "状态"]


def _voted_at(monkeypatch: pytest.MonkeyPatch, group: str, posterior: float) -> None:
    """Every table's vote replaced by ``group`` at ``posterior``: between the thresholds of
    decision 383 the direction, not the posterior, decides whether it is heard."""
    monkeypatch.setattr(kind_model, "vote", lambda texts, model=None: (group, posterior))


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_vote_between_the_thresholds_reads_a_table_the_rules_left_unread(
        tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Must read: where the rules read no kind, a complaints vote at 0.9995 (at
    HEARD_OVER_NONE, under HEARD) reads the cases as complaints and says so; at 0.97 (under
    HEARD_OVER_SHAPE too: in between the rows' shape decides, decision 391 and
    test_recog76) it is not heard and the table stays unread."""
    assert kind_model.HEARD_OVER_NONE <= 0.9995 < kind_model.HEARD
    assert kind_model.HEARD_OVER_SHAPE > 0.97
    _voted_at(monkeypatch, "complaints", 0.97)
    unsure = read_table(fmt, tmp_path / "unsure", [_UNLABELLED, *_CASES])
    assert unsure.records == {}
    _voted_at(monkeypatch, "complaints", 0.9995)
    read = read_table(fmt, tmp_path / "heard", [_UNLABELLED, *_CASES])
    assert read.kinds == ["complaint_ledger"]
    assert [r["reason"] for r in read.records["complaints"]] == [row[0] for row in _CASES]
    assert any("kind vote" in str(note) for note in read.notes)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_same_vote_over_the_rules_record_reading_is_not_heard(
        tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Must not: a work-orders vote at 0.9995 over the register the rules read as complaints
    leaves it complaints (another record kind needs HEARD: the hotline and appeal tickets)."""
    _voted_at(monkeypatch, "work_orders", 0.9995)
    read = _read(fmt, tmp_path / "other")
    assert read.kinds == ["complaint_ledger"] and len(read.records["complaints"]) == 4
    assert not any("kind vote" in str(note) for note in read.notes)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_look_alike_vote_between_the_thresholds_leaves_a_record_like_table_unread(
        tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Must not read: a table with a record-like header (the register's) that the vote calls
    a look-alike at 0.9995 (HEARD_REFUSING) reads no records and says so; at 0.998 (under it,
    as verdicts under a grade at 0.9877) the rules' reading stands."""
    assert kind_model.HEARD_REFUSING <= 0.9995
    _voted_at(monkeypatch, "lookalike", 0.9995)
    refused = _read(fmt, tmp_path / "refused")
    assert refused.records.get("complaints", []) == [] and refused.records.get("work_orders", []) == []
    assert any("not read as records" in str(note) for note in refused.notes)
    _voted_at(monkeypatch, "lookalike", 0.998)
    kept = _read(fmt, tmp_path / "kept")
    assert kept.kinds == ["complaint_ledger"] and len(kept.records["complaints"]) == 4
