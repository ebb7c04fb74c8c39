"""Issue 11, round 22: petitions, letters and lists of what customers raised are complaint
ledgers (decisions 251-252).

信访 (a petition: letters and visits) and 来信 (a letter sent in) name a grievance to answer,
never a repair (decision 251: two words, in kinds.KIND_WORDS). A title naming what customers
raise (反馈, 意见 …, the words decision 124 reads in a reason's label) and no record kind proves
the list is of complaints (decision 252: no word added).

Each case is a workbook and a Word table (the petition also a PDF ledger), contents written
here: must-read (the word or the title proves complaints) and must-not-read (the same table
with no such word stays unproven; a repair word beside the raised one keeps work orders).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.model.records import UNPROVEN_RECORDS
from preaudit.parsers.kinds import titled_as_raised
from tests.parsers.tables import FORMATS, WITH_PDF, read_table

# A town office's register: who came, what they raised, what the office answered, when.
_ROWS = [
    ["XF0411", "甄德胜", "村道路灯半年不亮，夜里出行不便", "已协调供电所三日内修复", "2026-04-01", "2026-04-03"],
    ["XF0412", "卜玉芬", "承包地补偿款迟迟没有发放", "已督促财政所当月发放到户", "2026-04-02", "2026-04-09"],
    ["XF0413", "庹建军", "养殖场气味重影响周边住户", "责令整改并安排环保复查", "2026-04-05", "2026-04-12"],
    ["XF0414", "冉秋菊", "低保资格复核结果有异议", "重新入户核查，维持原认定并解释", "2026-04-06", "2026-04-10"],
    ["XF0415", "苟志强", "新修水渠漏水淹了庄稼", "施工方返工修补并赔偿青苗", "2026-04-08", "2026-04-15"],
    ["XF0416", "邝翠兰", "学校门口占道摆摊堵路", "联合城管划定摆摊区域", "2026-04-11", "2026-04-13"],
]
# No word of either kind: the two readings are one, so the table is of unproven kind.
_PLAIN = ["登记号", "提交人", "事项描述", "答复内容", "提交时间", "答复时间"]


def _register(head: list[str]) -> list[list[object]]:
    return [list(head), *[list(row) for row in _ROWS]]


@pytest.mark.parametrize("fmt", WITH_PDF)
@pytest.mark.parametrize("label", ["信访编号", "来信编号"])
def test_a_petition_or_a_letter_is_a_complaint(tmp_path: Path, fmt: str, label: str) -> None:
    """Decision 251, must read: the register numbered as petitions (or letters) is complaints
    (before: records of unproven kind), each row's raised matter its reason."""
    read = read_table(fmt, tmp_path / "petitions", _register([label, *_PLAIN[1:]]))
    assert read.unproven == [] and UNPROVEN_RECORDS not in read.kinds
    complaints = read.records["complaints"]
    assert [c["reason"] for c in complaints] == [row[2] for row in _ROWS]
    assert read.records.get("work_orders", []) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_without_the_word_the_register_stays_unproven(tmp_path: Path, fmt: str) -> None:
    """Decision 251, must not read: the same register under plain labels names no kind."""
    read = read_table(fmt, tmp_path / "plain", _register(_PLAIN))
    assert read.kinds == [UNPROVEN_RECORDS]
    assert read.records.get("complaints", []) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_caller_on_a_repair_desk_stays_a_work_order(tmp_path: Path, fmt: str) -> None:
    """Decision 251, must not read: 来电 (a call) is no letter; a repair desk's caller keeps
    its work orders."""
    head = ["报修单号", "来电人", "故障描述", "维修结果", "来电时间", "完工时间"]
    read = read_table(fmt, tmp_path / "calls", _register(head))
    assert len(read.records["work_orders"]) == len(_ROWS)
    assert read.records.get("complaints", []) == []


def test_a_title_of_what_was_raised_names_no_kind_besides() -> None:
    assert titled_as_raised("居民反馈列表")
    assert not titled_as_raised("报修反馈汇总")
    assert not titled_as_raised("居民登记列表")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_list_titled_by_what_was_raised_is_complaints(tmp_path: Path, fmt: str) -> None:
    """Decision 252, must read: the plain register titled as residents' feedback is their
    complaints (before: records of unproven kind)."""
    read = read_table(fmt, tmp_path / "feedback", _register(_PLAIN), title="居民反馈列表")
    assert read.unproven == []
    assert len(read.records["complaints"]) == len(_ROWS)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("title", "kind"), [("报修反馈汇总", "work_orders"),
                                             ("居民登记列表", UNPROVEN_RECORDS)])
def test_a_title_naming_a_kind_or_nothing_raised_is_not_complaints(
        tmp_path: Path, fmt: str, title: str, kind: str) -> None:
    """Decision 252, must not read: a repair word beside 反馈 leaves the title to work orders;
    a title naming nothing raised leaves the register unproven."""
    read = read_table(fmt, tmp_path / "titled", _register(_PLAIN), title=title)
    assert read.records.get("complaints", []) == []
    if kind == UNPROVEN_RECORDS:
        assert read.kinds == [UNPROVEN_RECORDS]
    else:
        assert len(read.records[kind]) == len(_ROWS)


# ------------------------------------------------ decision 251: a letter's bare subject line
_SUBJECTS = [row[2] for row in _ROWS]


def _letters(subject_label: str, subjects: list[str]) -> list[list[object]]:
    head = ["来信编号", "姓名", subject_label, "来信时间"]
    return [head, *[[row[0], row[1], subjects[i], row[4]] for i, row in enumerate(_ROWS)]]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("label", ["标题", "主题"])
def test_a_letter_s_bare_subject_is_its_reason(tmp_path: Path, fmt: str, label: str) -> None:
    """Must read: in letters named so, a bare subject line written per letter is the reason
    (before: unread, every complaint without one)."""
    read = read_table(fmt, tmp_path / "letters", _letters(label, _SUBJECTS))
    assert [c["reason"] for c in read.records["complaints"]] == _SUBJECTS


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("label", "cells"), [
    ("视频标题", _SUBJECTS),  # whose title: the label names something else's
    ("标题", ["A类", "B类", "A类", "C类", "B类", "A类"]),  # a pick-list tells no case
])
def test_a_qualified_or_canned_subject_is_no_reason(
        tmp_path: Path, fmt: str, label: str, cells: list[str]) -> None:
    """Must not read: a subject qualified by another thing, or codes under a bare one."""
    read = read_table(fmt, tmp_path / "letters", _letters(label, cells))
    assert all(c.get("reason") is None for c in read.records.get("complaints", []))


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_bare_subject_proves_no_kind(tmp_path: Path, fmt: str) -> None:
    """Must not read: under headers naming no complaint the subject is read by no rule, so
    the complaint reading gains no column from it and wins nothing (the register reads as it
    did before this round: work orders by their dated steps)."""
    head = ["登记号", "提交人", "标题", "答复内容", "提交时间", "答复时间"]
    read = read_table(fmt, tmp_path / "plain", _register(head))
    assert read.records.get("complaints", []) == []
    assert all(o.get("issue") is None for o in read.records["work_orders"])
