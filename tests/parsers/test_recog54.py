"""Issue 11, round 54: a survey names who answered by the customer's key (decision 330).

评价用户ID, 评论用户id: where a review or rating export writes no name, the key of the user who
rated is the respondent, below every name and account (as 会员账号 is, decision 182). A work
order's or a complaint's customer key stays unread: there it numbers a party. Each case is
tested on a workbook and a Word table, with must-read and must-not-read cases. The cell
contents are written here, not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table

_KEYS = [f"U{7301 + i}" for i in range(8)]
_NAMES = ["罗雅琴", "汪德胜", "贺丽萍", "谭家明", "龚晓燕", "邹建伟", "石慧敏", "熊志刚"]
_STARS = [5, 4, 5, 3, 4, 5, 2, 4]
_TEXTS = ["师傅很准时", "修得很快", "态度好", "一般", "还可以", "非常专业", "等了很久", "不错"]
_FAULTS = ["空调不制冷", "热水器漏水", "洗衣机不脱水", "冰箱异响", "燃气灶打不着火",
           "油烟机噪音大", "电视黑屏", "净水器漏水"]


def _reviews(key_label: str, names: bool = False) -> list[list[object]]:
    """A review export: its number, ``key_label`` over the rater's key, the stars, the text and
    when it was given."""
    head = ["评价编号", key_label, "评分", "评价内容", "评价时间"]
    who = _NAMES if names else _KEYS
    return [head] + [[f"PJ2026{i:04d}", who[i], _STARS[i], _TEXTS[i],
                      f"2026-09-{10 + i} 10:00:00"] for i in range(8)]


@pytest.mark.parametrize("label", ["评价用户ID", "评论用户id"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_the_raters_key_is_the_respondent(tmp_path: Path, fmt: str, label: str) -> None:
    """Decision 330: the rating user's column, over people's names, names who answered
    (before: no respondent, so no response counted valid)."""
    responses = read_table(fmt, tmp_path / "reviews", _reviews(label, names=True)
                           ).records["survey_responses"]
    assert [r["respondent"] for r in responses] == _NAMES


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_key_of_codes_names_no_respondent(tmp_path: Path, fmt: str) -> None:
    """Must not: where the rater's key holds codes (U7301), the cells name nobody and the
    respondent stays unread (content refuses what the label offers: decision 210)."""
    responses = read_table(fmt, tmp_path / "coded", _reviews("评价用户ID")
                           ).records["survey_responses"]
    assert all(r["respondent"] is None for r in responses)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_name_beside_the_key_stays_the_respondent(tmp_path: Path, fmt: str) -> None:
    """Must not: where a name is written (用户姓名) the key yields to it."""
    rows = _reviews("用户ID")
    rows[0].insert(2, "用户姓名")
    for i, row in enumerate(rows[1:]):
        row.insert(2, _NAMES[i])
    responses = read_table(fmt, tmp_path / "named", rows).records["survey_responses"]
    assert [r["respondent"] for r in responses] == _NAMES


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_work_orders_customer_key_names_no_customer(tmp_path: Path, fmt: str) -> None:
    """Must not: a work order's 用户ID over the customers' keys numbers a party: it is read
    as no customer, and the orders are still read as orders."""
    head = ["工单编号", "用户ID", "故障描述", "报修时间", "维修人员", "处理结果"]
    rows = [head] + [[f"WX2026{i:04d}", _KEYS[i], _FAULTS[i], f"2026-09-{10 + i} 09:00:00",
                      "柯师傅", "已修复"] for i in range(8)]
    orders = read_table(fmt, tmp_path / "orders", rows).records["work_orders"]
    assert len(orders) == 8
    assert all(r["customer_name"] is None for r in orders)
