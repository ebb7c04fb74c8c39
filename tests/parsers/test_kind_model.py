"""A table's kind voted from its headers' n-grams, learned from the layout corpus (decision 337).

The vote (parsers/kind_model.py, its data written by bench/layouts/label_model.py --ship) is
heard only where the rules read a table as work orders and complaints alike (decision 220): a
vote of one of the two at the threshold reads it as that kind; a look-alike's vote, an undecided
one, or a title naming both kinds leaves it unproven. Tested on a workbook and a Word table,
must-read and must-not-read; the contents are written here, not drawn from the bench corpus.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from bench.layouts import corpus
from bench.layouts import label_model as trainer
from preaudit.model.records import UNPROVEN_RECORDS
from preaudit.parsers import kind_model
from tests.parsers.tables import FORMATS, read_table


def test_the_held_out_split_is_never_trained_on_nor_tested() -> None:
    """Decision 236: the vote is trained and measured on tunable splits only."""
    with pytest.raises(ValueError, match="held out"):
        trainer.train_kinds((corpus.HELD_OUT,))
    with pytest.raises(ValueError, match="held out"):
        trainer.train_kinds(("seen", corpus.HELD_OUT))
    assert corpus.HELD_OUT not in corpus.TUNABLE


def test_the_shipped_file_is_what_the_script_writes_now() -> None:
    """parsers/kind_model.json is trained on every tunable split by label_model.py --ship."""
    shipped = resources.files("preaudit.parsers").joinpath(kind_model.MODEL_FILE)
    assert shipped.read_text(encoding="utf-8") == trainer.shipped_kind_text()


# A message board's ledger: who left a message, about what, which office answered and how.
# No word names work orders or complaints; every column is either's (decision 220).
_BOARD = ["留言者", "区域", "主题", "详情", "留言日期", "答复单位", "答复日期", "答复"]
_MESSAGES = [
    ["蒯德明", "南湖区", "地下车库入口积水", "车辆进出困难，雨天更严重", "2026-10-09 08:12",
     "物业工程部", "2026-10-09 17:40", "已疏通排水沟并加装挡水板"],
    ["俞晓彤", "北苑区", "楼道声控灯不亮", "夜里一直不亮，老人上下楼不安全", "2026-10-13 19:26",
     "物业客服部", "2026-10-14 11:05", "已更换声控开关"],
    ["羿志强", "东城区", "快递柜旁堆满纸箱", "挡住消防通道已有一周", "2026-10-18 21:02",
     "物业保洁部", "2026-10-19 15:30", "已清理并安排每日巡查"],
    ["糜秀兰", "西湖区", "装修噪音", "楼上周末一早就电钻噪音", "2026-10-22 07:45",
     "物业管理处", "2026-10-22 12:10", "已约谈装修户并限定施工时间"],
]
# An estate's register of owners: names, rooms, phones, when registered, a remark.
_OWNERS = ["业主姓名", "房号", "联系电话", "登记时间", "备注"]
_ROOMS = [
    ["蒯德明", "3-1-502", "13812345678", "2026-10-09 08:12", "车位已租"],
    ["俞晓彤", "5-2-1101", "13998765432", "2026-10-13 19:26", "空置"],
    ["羿志强", "1-1-301", "13700001111", "2026-10-18 21:02", "出租"],
    ["糜秀兰", "7-3-802", "13655552222", "2026-10-22 07:45", "自住"],
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_vote_reads_a_ledger_the_rules_leave_unproven(
        tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Must read: the message board is records of unproven kind by the rules (no vote: fails
    before), and complaints with the vote, which the note and explain say."""
    assert kind_model.vote(_BOARD)[0] == "complaints"
    read = read_table(fmt, tmp_path / "board", [_BOARD, *_MESSAGES])
    assert read.kinds == ["complaint_ledger"] and read.unproven == []
    complaints = read.records["complaints"]
    assert [c["customer_name"] for c in complaints] == [row[0] for row in _MESSAGES]
    assert read.records.get("work_orders", []) == []
    assert any("kind vote" in note for note in read.notes)
    monkeypatch.setattr(kind_model, "THRESHOLD", 1.01)  # the rules alone
    unread = read_table(fmt, tmp_path / "board-rules", [_BOARD, *_MESSAGES])
    assert unread.kinds == [UNPROVEN_RECORDS]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_register_of_owners_with_phones_stays_unread(tmp_path: Path, fmt: str) -> None:
    """Must not read: the owners' register reads as records of unproven kind and the vote
    names a look-alike: it stays unproven, no record of any kind."""
    assert kind_model.vote(_OWNERS)[0] == kind_model.LOOKALIKE
    read = read_table(fmt, tmp_path / "owners", [_OWNERS, *_ROOMS])
    assert read.kinds == [UNPROVEN_RECORDS]
    assert not any(read.records.get(kind) for kind in ("work_orders", "complaints"))


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_title_naming_both_kinds_is_not_outvoted(tmp_path: Path, fmt: str) -> None:
    """Must not read: the same message board under a title naming complaints and repairs
    (decision 222: it may hold either) stays unproven however sure the vote is."""
    read = read_table(fmt, tmp_path / "both", [_BOARD, *_MESSAGES], title="投诉与报修受理日报")
    assert read.kinds == [UNPROVEN_RECORDS]
    assert read.records.get("complaints", []) == []
