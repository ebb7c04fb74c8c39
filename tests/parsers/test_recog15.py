"""Issue 11, round 15: a table whose record kind nothing proves is not guessed (decision 220).

Work orders and complaints share most of what they say: who, what was raised, what was done,
when. A table whose columns the work-order reading and the complaint reading take alike, each
as a field of its own kind, and that names neither kind, is records of unproven kind: not read
as either, said in one note with the [columns] line that settles it. No word is added: the rule
compares the two readings' columns and uses the kind words only as record_kind_evidence has
them.

Each case is written as a workbook and a Word table, with contents written here, not drawn
from the generator's pool: must-not-read (the two readings are one), must-read (a column only
one kind has, a kind named, what a customer raises, a [columns] line).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.model.records import UNPROVEN_RECORDS, RecordKind
from preaudit.parsers.kinds import KIND_WORDS
from tests.parsers.tables import FORMATS, assert_unlisted, read_table

# A residents' desk: what was raised, the desk's answer, when each was written.
HEAD = ["登记号", "提交人", "事项描述", "答复内容", "提交时间", "答复时间"]
_ROWS = [
    ["LY0301", "柏文涛", "三号楼电梯按钮失灵，按下去没反应", "已联系电梯公司更换按钮面板", "2026-03-02 08:40", "2026-03-02 16:10"],
    ["LY0302", "单丽萍", "地库出口的减速带松动，开过去咣当响", "重新打膨胀螺丝固定减速带", "2026-03-04 19:05", "2026-03-05 10:30"],
    ["LY0303", "谷长青", "快递柜旁边堆了好几天的纸箱没人清", "安排保洁当天清走并加巡查", "2026-03-07 12:20", "2026-03-07 17:45"],
    ["LY0304", "宓晓岚", "晚上十点后广场舞音响太吵影响休息", "与活动队协商晚九点半前结束", "2026-03-09 22:15", "2026-03-10 09:05"],
    ["LY0305", "阚志远", "单元门禁卡刷了好几次才开", "更换读卡模块，门禁恢复灵敏", "2026-03-12 07:50", "2026-03-12 14:20"],
    ["LY0306", "戚美玲", "楼顶水箱盖子被风吹开了", "派人复位水箱盖并加锁", "2026-03-15 15:35", "2026-03-15 18:00"],
]


def _table(head: list[str], extra: list[str] | None = None) -> list[list[object]]:
    rows: list[list[object]] = [list(head)]
    for index, row in enumerate(_ROWS):
        rows.append([*row, *([extra[index]] if extra else [])])
    return rows


def test_the_desk_table_names_neither_kind() -> None:
    """The point of the must-not-read case: no header or title word of either kind."""
    text = "|".join(HEAD)
    for kind in (RecordKind.WORK_ORDER, RecordKind.COMPLAINT):
        assert not any(word in text for word in KIND_WORDS[kind])


def test_the_settling_labels_are_no_synonyms() -> None:
    """The must-read columns are read by meaning or content, not from the seed list."""
    assert_unlisted(["事项描述", "答复内容", "住户签认"])


@pytest.mark.parametrize("fmt", FORMATS)
def test_columns_both_kinds_read_alike_are_records_of_unproven_kind(
        tmp_path: Path, fmt: str) -> None:
    """Must not read: 事项描述 is the fault or the complaint, 答复内容 the remedy or the
    handling, the two times either kind's first and last step. No row is read, the file is
    listed as records of unproven kind, one note says so and how to settle it."""
    extracted = read_table(fmt, tmp_path / "desk", _table(HEAD))
    assert extracted.records.get("work_orders", []) == []
    assert extracted.records.get("complaints", []) == []
    assert extracted.kinds == [UNPROVEN_RECORDS]
    assert sorted(extracted.unproven) == ["complaint_ledger", "work_orders"]
    notes = [note for note in extracted.notes if "kind not proven" in note]
    assert len(notes) == 1
    assert "[columns]" in notes[0] and '"事项描述" = "issue"' in notes[0]
    assert '"事项描述" = "reason"' in notes[0]
    assert "记录类型未能确定" in getattr(notes[0], "zh", "")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_column_only_work_orders_have_proves_them(tmp_path: Path, fmt: str) -> None:
    """Must read: the resident signs each row (a signature is a work order's alone): the
    complaint reading leaves that column, so the two readings differ and work orders stand."""
    signed = ["柏文涛", "单丽萍", "谷长青", "宓晓岚", "阚志远", "戚美玲"]
    extracted = read_table(fmt, tmp_path / "signed", _table([*HEAD, "住户签认"], signed))
    assert UNPROVEN_RECORDS not in extracted.kinds
    assert extracted.unproven == []
    orders = extracted.records["work_orders"]
    assert len(orders) == len(_ROWS)
    assert orders[0]["signature"] == "柏文涛"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_named_kind_is_proven(tmp_path: Path, fmt: str) -> None:
    """Must read: the same columns under a title naming complaints are complaints."""
    extracted = read_table(fmt, tmp_path / "named", _table(HEAD), title="业主投诉登记表")
    assert extracted.unproven == []
    complaints = extracted.records["complaints"]
    assert len(complaints) == len(_ROWS)
    assert complaints[2]["reason"] == _ROWS[2][2]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("field", "kind"), [("reason", "complaints"), ("issue", "work_orders")])
def test_columns_naming_one_field_settles_the_kind(
        tmp_path: Path, fmt: str, field: str, kind: str) -> None:
    """Must read: the line the note offers, in application.toml [columns], settles the kind
    either way (decision 185 as it is)."""
    extracted = read_table(fmt, tmp_path / f"given-{field}", _table(HEAD),
                           columns={"事项描述": field})
    assert extracted.unproven == [] and UNPROVEN_RECORDS not in extracted.kinds
    assert len(extracted.records[kind]) == len(_ROWS)
    assert extracted.records[kind][0][field] == _ROWS[0][2]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_reason_named_by_what_a_customer_raises_proves_complaints(
        tmp_path: Path, fmt: str) -> None:
    """Must read: 留言内容 names what a resident raised, which decision 124 reads as a
    complaint ledger's reason whatever the title says: that stands as proof."""
    head = [("留言内容" if label == "事项描述" else label) for label in HEAD]
    extracted = read_table(fmt, tmp_path / "raised", _table(head))
    assert extracted.unproven == []
    assert len(extracted.records["complaints"]) == len(_ROWS)


# ------------------------------------------------------- decision 222: a title naming both

BOTH = "客户投诉与报修受理日报"


def test_the_title_names_both_kinds() -> None:
    for kind in (RecordKind.WORK_ORDER, RecordKind.COMPLAINT):
        assert any(word in BOTH for word in KIND_WORDS[kind])


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_title_naming_both_kinds_proves_neither(tmp_path: Path, fmt: str) -> None:
    """Must not read: a daily list of complaints and repair calls alike, whose columns both
    readings take the same way, is records of unproven kind, title or not."""
    extracted = read_table(fmt, tmp_path / "both", _table(HEAD), title=BOTH)
    assert extracted.kinds == [UNPROVEN_RECORDS]
    assert extracted.records.get("work_orders", []) == []
    assert extracted.records.get("complaints", []) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_under_a_title_naming_both_a_column_of_one_kind_still_proves_it(
        tmp_path: Path, fmt: str) -> None:
    """Must read: the same title over a table with the residents' signatures is work orders."""
    signed = ["柏文涛", "单丽萍", "谷长青", "宓晓岚", "阚志远", "戚美玲"]
    extracted = read_table(fmt, tmp_path / "both-signed", _table([*HEAD, "住户签认"], signed),
                           title=BOTH)
    assert extracted.unproven == []
    assert len(extracted.records["work_orders"]) == len(_ROWS)
