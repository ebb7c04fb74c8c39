"""Issue 11, round 25: complaint ledgers and look-alikes read by what their rows hold
(decisions 258-259), no new word.

Each mechanism is tested on a workbook and a Word table, with a must-read and a must-not-read
case. The cell contents are written here, not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table

# ------------- decision 258: an unnamed complaint ledger tells its complaints case by case

_PARTS_HEAD = ["零件编码", "说明", "备用说明", "单台用量"]
_PART_NOTES = ["见图纸", "按标准件", "见图纸", "通用件"]
_PART_SPARES = ["按标准件", "通用件", "见图纸", "同上"]
_GRIEVANCES = ["洗碗机底部渗水", "机器摆放不稳晃动", "少发了配件", "运费多收二十元", "送货员言语粗鲁",
               "刚买一月就坏", "搬运时划伤地板", "等了五天没人来"]
_ANSWERS = ["更换了密封圈后不再渗水", "重新固定底座并调平", "补发说明书与配件", "退还多收的运费",
            "安排主管当面道歉", "延长保修一年", "赔偿地板修补费", "改派就近网点"]


def _parts(notes: list[str], spares: list[str]) -> list[list[object]]:
    return [_PARTS_HEAD] + [[f"PN-{300 + i}", notes[i], spares[i], str(2 + i % 3)]
                            for i in range(len(notes))]


@pytest.mark.parametrize("fmt", FORMATS)
def test_routine_remarks_under_two_chain_labels_are_no_complaints(tmp_path: Path, fmt: str) -> None:
    """Decision 258: 说明 and 备用说明 read as two links of a complaint's chain by their labels,
    but their cells repeat a few routine words down a parts list: no complaint is told, so
    the list is not read as complaints (before: 8 complaints)."""
    notes = [_PART_NOTES[i % 4] for i in range(8)]
    spares = [_PART_SPARES[i % 3] for i in range(8)]
    read = read_table(fmt, tmp_path / "parts", _parts(notes, spares))
    assert "complaints" not in read.records
    assert "complaint_ledger" not in read.kinds


@pytest.mark.parametrize("fmt", FORMATS)
def test_complaints_told_case_by_case_under_the_same_labels_stay_complaints(
    tmp_path: Path, fmt: str
) -> None:
    """The same labels over what each customer raised and what was done about it, written
    case by case: the chain tells itself, complaints as before."""
    read = read_table(fmt, tmp_path / "told", _parts(_ANSWERS, _GRIEVANCES))
    assert read.kinds == ["complaint_ledger"]
    assert len(read.records["complaints"]) == len(_GRIEVANCES)


# ------------- decision 259: who raised what and when, and nothing of the work

_RAISED = ["快递员把包裹扔在门口", "退款申请三天没人处理", "客服答复前后矛盾", "会员积分被无故清零",
           "优惠券无法使用", "电话催了三次没有回音", "发票一直没有开", "活动规则随意更改"]
_MEMBERS = ["邱雅琴", "龚振东", "严海波", "石慧敏", "贺志远", "龙晓红", "文建平", "尹丽萍"]
_SENT = [f"2026-06-{10 + i:02d} 1{i}:20:00" for i in range(8)]
_PLACES = [f"杭州市西湖区文三路{10 + i}号" for i in range(8)]
_BOOKED = [f"2026-06-{12 + i:02d} 09:00:00" for i in range(8)]


def _raised(extra: tuple[str, list[str]] | None = None) -> list[list[object]]:
    head = ["序号", "会员", "内容", "提交时间", "状态"] + ([extra[0]] if extra else [])
    return [head] + [[str(i + 1), _MEMBERS[i], _RAISED[i], _SENT[i], "已完成"]
                     + ([extra[1][i]] if extra else []) for i in range(len(_RAISED))]


@pytest.mark.parametrize("fmt", FORMATS)
def test_who_raised_what_and_when_alone_is_of_unproven_kind(tmp_path: Path, fmt: str) -> None:
    """Decision 259: a member, a text written row by row and when it was sent, named by no
    word: a complaint ledger tells exactly this, so it is records of unproven kind, not
    work orders (before: 8 work orders)."""
    read = read_table(fmt, tmp_path / "raised", _raised())
    assert "work_orders" not in read.records
    assert sorted(read.unproven) == ["complaint_ledger", "work_orders"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("extra", [("上门地址", _PLACES), ("预约时间", _BOOKED)],
                         ids=["place", "planned"])
def test_a_place_served_or_a_planned_visit_keeps_the_work_orders(
    tmp_path: Path, fmt: str, extra: tuple[str, list[str]]
) -> None:
    """The same rows with where the work is done, or a visit planned ahead: something of the
    work, so the work-order reading stands as before."""
    read = read_table(fmt, tmp_path / "served", _raised(extra))
    assert read.kinds == ["work_orders"]
    assert [r["issue"] for r in read.records["work_orders"]] == _RAISED


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_title_naming_repairs_keeps_the_work_orders(tmp_path: Path, fmt: str) -> None:
    """A word of the kind in the title proves it: work orders as before."""
    read = read_table(fmt, tmp_path / "titled", _raised(), title="报修登记表")
    assert read.kinds == ["work_orders"]
