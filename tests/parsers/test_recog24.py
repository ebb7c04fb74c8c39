"""Issue 11, round 24: people and sign-offs the labels left to content (decisions 255, 256),
from content shape only, no new word.

Tested on a workbook and a Word table, a must-read and a must-not-read each. The cell
contents are written here, not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, assert_unlisted, read_table

_ORDERS = ["TH-3101", "TH-3102", "TH-3103", "TH-3104", "TH-3105", "TH-3106"]
_CLIENTS = ["欧阳帆", "皇甫静", "司马磊", "上官燕", "诸葛蕾", "令狐冲"]
_PHONES = ["13900010001", "13800010002", "15000010003", "18600010004", "17700010005",
           "13500010006"]
_FAULTS = ["洗衣机甩干时噪音大", "冰箱冷冻室不结冰", "燃气灶打火后熄火", "净水器漏水严重",
           "电视开机无图像", "空调制热效果差"]
_REPORTED = ["2026-07-01 09:00", "2026-07-02 10:30", "2026-07-03 14:10", "2026-07-05 08:45",
             "2026-07-06 16:20", "2026-07-08 11:05"]
_DONE = ["2026-07-01 17:00", "2026-07-02 18:30", "2026-07-04 10:10", "2026-07-05 15:45",
         "2026-07-07 09:20", "2026-07-08 17:05"]
# picked from a short list (a class and a priority), whatever the label says; the codes keep
# the column from looking like short names, which decision 208 already read as staff
_PICKED = ["A类", "常规", "B类", "常规", "A类", "加急"]
_CREW = ["伍师傅", "祁建", "伍师傅", "祁建", "伍师傅", "祁建"]  # two staff taking turns


def test_the_labels_used_here_are_unlisted() -> None:
    assert_unlisted(["栏1", "客户回执"])


# -------------------------------------------------- decision 255: a pick-list names no customer


def _nicknamed(silent: list[str]) -> list[list[object]]:
    """会员昵称 (the labels give it the customer) holds a pick-list; 栏1, beside the phone,
    holds ``silent``."""
    head = ["工单号", "会员昵称", "栏1", "联系电话", "故障描述", "报修时间", "完工时间"]
    return [head] + [[_ORDERS[i], _PICKED[i], silent[i], _PHONES[i], _FAULTS[i], _REPORTED[i],
                      _DONE[i]] for i in range(len(_ORDERS))]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_pick_list_under_the_customers_label_yields_to_distinct_names_by_the_phone(
        tmp_path: Path, fmt: str) -> None:
    """Decision 255: three values picked on six rows are nobody's name; the silent column of
    distinct names beside the phone is the customer (before: A类, 常规 …)."""
    orders = read_table(fmt, tmp_path / "nick", _nicknamed(_CLIENTS)).records["work_orders"]
    assert [r["customer_name"] for r in orders] == _CLIENTS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_pick_list_under_the_customers_label_yields_nothing_to_a_crew(
        tmp_path: Path, fmt: str) -> None:
    """Must not: names that repeat row after row are no customers either; the silent column
    stays unread and the labels' reading stands as it was."""
    orders = read_table(fmt, tmp_path / "crew", _nicknamed(_CREW)).records["work_orders"]
    assert [r["customer_name"] for r in orders] == _PICKED
    assert all(r.get("technician") is None for r in orders)


# ---------------------------- decision 256: the sign-off under a label that reads as no field


def _receipted(receipts: list[str]) -> list[list[object]]:
    head = ["工单号", "客户姓名", "联系电话", "故障描述", "报修时间", "完工时间", "客户回执"]
    return [head] + [[_ORDERS[i], _CLIENTS[i], _PHONES[i], _FAULTS[i], _REPORTED[i], _DONE[i],
                      receipts[i]] for i in range(len(_ORDERS))]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_customers_own_name_or_a_mark_under_a_fieldless_label_is_the_signature(
        tmp_path: Path, fmt: str) -> None:
    """Decision 256: 客户回执 names the customer but no field; its cells are the row's own
    customer name or a mark, so the customer signed (before: no signature read)."""
    receipts = [_CLIENTS[0], "已签", "✓", _CLIENTS[3], "√", _CLIENTS[5]]
    orders = read_table(fmt, tmp_path / "signed", _receipted(receipts)).records["work_orders"]
    assert [r["signature"] for r in orders] == receipts


@pytest.mark.parametrize("fmt", FORMATS)
def test_another_name_or_ticks_alone_under_a_fieldless_label_are_no_signature(
        tmp_path: Path, fmt: str) -> None:
    """Must not: another row's customer (a name that is not this row's), or ticks that tie to
    nobody, are no sign-off, whatever the label's parts."""
    receipts = [_CLIENTS[0], "已签", _CLIENTS[4], _CLIENTS[3], "√", _CLIENTS[5]]
    orders = read_table(fmt, tmp_path / "other", _receipted(receipts)).records["work_orders"]
    assert all(r.get("signature") is None for r in orders)
    ticks = ["√"] * len(_ORDERS)
    orders = read_table(fmt, tmp_path / "ticks", _receipted(ticks)).records["work_orders"]
    assert all(r.get("signature") is None for r in orders)
