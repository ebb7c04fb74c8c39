"""Issue 11, round 60: a complaint ledger says what was raised or who raised it (decision 346).

A blacklist of complaining numbers (投诉号码 over phone numbers, 录入时间, a level and a block
period) has complaints' words in its headers, but the only fields a reading finds in it are a
number and a date, which every list has: not read as complaints. A complaint list with its
complainant, their number and what was raised stays complaints. Each case is tested on a workbook and a
Word table; the cell contents are written here, not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table

_NUMBERS = [f"1390716{3301 + i:04d}" for i in range(8)]
_CODES = [f"{82271700 + 13 * i}" for i in range(8)]
_FIRMS = ["星河信息公司", "远航网络公司", "蓝海通信公司", "星河信息公司",
          "云帆科技公司", "远航网络公司", "蓝海通信公司", "云帆科技公司"]
_USERS = ["严慧琳", "蒋国栋", "韦春燕", "范志远", "邵美华", "雷振宇", "汤晓梅", "覃建新"]
_RAISED = ["扣费不明", "短信骚扰", "套餐被更改", "信号很差", "宽带断网",
           "话费多扣", "客服不接", "退订无效"]


def _blacklist() -> list[list[object]]:
    """A blacklist of complaining numbers: the number, the provider's code, when it was
    entered, the provider, the number's tag, level and block period."""
    rows: list[list[object]] = [["投诉号码", "公司sp代码", "录入时间", "sp公司", "投诉号码标签",
                                 "黑名单级别", "屏蔽时限"]]
    for i in range(8):
        rows.append([_NUMBERS[i], _CODES[i], f"2026-09-{10 + i}", _FIRMS[i],
                     "高频" if i % 2 else "恶意", f"{1 + i % 3}级", f"{30 * (1 + i % 3)}天"])
    return rows


def _complaints() -> list[list[object]]:
    """A complaint list: the number, who complained and their number, what, and when."""
    rows: list[list[object]] = [["投诉编号", "投诉人", "投诉号码", "投诉内容", "投诉时间"]]
    for i in range(8):
        rows.append([f"TS{1000 + 7 * i}", _USERS[i], _NUMBERS[i], _RAISED[i],
                     f"2026-09-{10 + i} 10:{10 + i}:00"])
    return rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_blacklist_of_complaining_numbers_is_no_ledger(tmp_path: Path, fmt: str) -> None:
    """Decision 346: a number and a date, nothing raised and nobody named (before: 8
    complaints)."""
    extracted = read_table(fmt, tmp_path / "blacklist", _blacklist())
    assert not extracted.records.get("complaints")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_complaint_list_naming_what_was_raised_stays_complaints(
    tmp_path: Path, fmt: str
) -> None:
    """Must not: a list naming its complainant and what they raised is read as complaints."""
    extracted = read_table(fmt, tmp_path / "complaints", _complaints())
    complaints = extracted.records["complaints"]
    assert [c["reason"] for c in complaints] == _RAISED
