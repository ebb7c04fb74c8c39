"""Issue 11, round 52: a survey's ratings under labels that say nothing (decision 325).

Where the title or another label names the survey or the call-back (回访, 评价, 满意度) and no
column is the overall, two item columns or more whose cells are steps of a rating scale rate
the survey as one overall would: a call-back's aspects under 字段A … complete its reading. The
same columns beside no survey word read as nothing (content completes a reading, never makes
one: decision 210), and a work order or a staff appraisal with rated columns stays what it is.
Each case is tested on a workbook and a Word table. The cell contents are written here, not
drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table

_PLATES = ["沪A3K217", "沪B66Q90", "苏E8M512", "浙A2T730", "沪C5J681", "沪A90F12", "苏B7R245",
           "浙B1H903"]
_STEPS = ["满意", "非常满意", "一般", "满意", "不满意", "满意", "非常满意", "基本满意"]
_NAMES = ["罗雅琴", "汪德胜", "贺丽萍", "谭家明", "龚晓燕", "邹建伟", "石慧敏", "熊志刚"]
_STAFF = ["柯师傅", "尹工", "柯师傅", "尹工", "柯师傅", "尹工", "柯师傅", "尹工"]
_NEUTRAL = ["字段A", "字段B", "字段C", "字段D"]


def _callbacks(labels: list[str]) -> list[list[object]]:
    """A car workshop's call-backs: the plate, how called, four aspects under neutral labels
    (each its own step of the scale), what was said, who called, the order and the day.
    ``labels`` names the last five columns: 回访方式, 回访内容, 回访员, 工单号, 回访日期."""
    way, said, caller, order, day = labels
    head = ["车牌号", way, *_NEUTRAL, said, caller, order, day]
    rows = [[_PLATES[i], "电话", *(_STEPS[(i + k) % 8] for k in range(4)), "无其他意见",
             _STAFF[i], f"WX2026081{i}", f"2026-08-{11 + i}"] for i in range(8)]
    return [head] + rows


_CALLED_BACK = ["回访方式", "回访内容", "回访员", "工单号", "回访日期"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_call_backs_neutral_aspects_rate_it(tmp_path: Path, fmt: str) -> None:
    """Decision 325: 回访 names the call-back and four columns under 字段A … hold steps of a
    satisfaction scale: they are its item ratings, and the rows are survey responses
    (before: no rating was labelled, so the call-back was read as nothing)."""
    responses = read_table(fmt, tmp_path / "callbacks", _callbacks(_CALLED_BACK)
                           ).records["survey_responses"]
    assert len(responses) == 8
    assert [r["surveyed_at"].day for r in responses] == [11 + i for i in range(8)]
    assert [list(r["items"].values()) for r in responses] == [
        [_STEPS[(i + k) % 8] for k in range(4)] for i in range(8)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_rated_columns_beside_no_survey_word_read_nothing(tmp_path: Path, fmt: str) -> None:
    """Must not: the same columns where no label and no title names a survey or a call-back
    (方式, 内容, 人员, 工单号, 日期): the cells alone make no survey (decision 210)."""
    read = read_table(fmt, tmp_path / "plain", _callbacks(["方式", "内容", "人员", "工单号", "日期"]))
    assert not read.records.get("survey_responses")


_GOODS = ["滚筒洗衣机", "燃气热水器", "双门冰箱", "壁挂空调"]


def _reviews(head_of_order: str, order: list[str]) -> list[list[object]]:
    """A shop's reviews of orders: the order, who reviewed, ``head_of_order`` over ``order``,
    the goods, three star ratings under neutral labels, the comment, the shop's reply and
    when."""
    head = ["订单编号", "评价人", head_of_order, "商品名称", *_NEUTRAL[:3], "评论内容",
            "商家回复内容", "商家回复时间", "创建时间"]
    rows = [[f"DD2026081{i}", _NAMES[i], order[i], _GOODS[i % 4],
             *(f"{1 + (i + k) % 5}" for k in range(3)),
             "物流很快", "感谢您的支持", f"2026-08-{12 + i} 09:00:00", f"2026-08-{11 + i} 10:00:00"]
            for i in range(8)]
    return [head] + rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_star_columns_rate_reviews_over_an_unrated_review_label(tmp_path: Path, fmt: str) -> None:
    """Decision 325: 评价订单项 reads as the rating by its label but holds an order's state;
    three neutral columns of 1-5 stars rate: the reviews are survey responses, each with its
    reviewer, and the state is no rating (before: the shop's reply and its time outvoted
    them as work orders)."""
    states = ["正常", "已完成", "正常", "已完成", "正常", "正常", "已完成", "正常"]
    responses = read_table(fmt, tmp_path / "reviews", _reviews("评价订单项", states)
                           ).records["survey_responses"]
    assert [r["respondent"] for r in responses] == _NAMES
    assert all(r.get("overall") not in states for r in responses)


def _repairs() -> list[list[object]]:
    """Work orders that carry two rated columns under neutral labels at their end."""
    head = ["工单号", "报修人", "联系电话", "故障描述", "处理结果", "完成时间", "字段A", "字段B"]
    rows = [[f"BX2026081{i}", _NAMES[i], f"1396613{i:04d}", "空调不制冷", "补充冷媒后恢复",
             f"2026-08-{11 + i} 16:00", _STEPS[i], _STEPS[(i + 3) % 8]] for i in range(8)]
    return [head] + rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_work_orders_with_rated_columns_stay_work_orders(tmp_path: Path, fmt: str) -> None:
    """Must not: two rated columns at the end of work orders make no survey of them."""
    read = read_table(fmt, tmp_path / "repairs", _repairs(), title="售后维修工单")
    assert len(read.records["work_orders"]) == 8
    assert not read.records.get("survey_responses")


def _appraisals() -> list[list[object]]:
    """A staff appraisal: each of our staff, their department and two rated aspects."""
    head = ["员工姓名", "所属部门", "考核季度", "字段A", "字段B", "考核评价"]
    rows = [[_NAMES[i], "售后服务部", "2026Q3", _STEPS[i], _STEPS[(i + 2) % 8], "称职"]
            for i in range(8)]
    return [head] + rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_staff_appraisal_with_rated_columns_is_no_survey(tmp_path: Path, fmt: str) -> None:
    """Must not: a staff appraisal (员工考核评价表) rates its own staff on two aspects; its
    rows are no customers' answers."""
    read = read_table(fmt, tmp_path / "appraisal", _appraisals(), title="员工季度考核评价表")
    assert not read.records.get("survey_responses")


def _roster(title_row: list[str]) -> list[list[object]]:
    """A staff roster with a column of 一般/满意 under a neutral label."""
    rows = [[_NAMES[i], "售后服务部", f"1396613{i:04d}", _STEPS[i]] for i in range(8)]
    return [title_row] + rows


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("labels", [["员工姓名", "所属部门", "联系电话", "字段A"],
                                    ["员工姓名", "所属部门", "评价备注", "字段A"]])
def test_a_roster_with_a_column_of_steps_is_no_survey(tmp_path: Path, fmt: str,
                                                      labels: list[str]) -> None:
    """Must not: our staff, named in a roster under an evaluation title or beside a label
    that names an evaluation, with a column of 一般/满意: no survey (decision 172's guard)."""
    read = read_table(fmt, tmp_path / "roster", _roster(labels), title="员工服务评价表")
    assert not read.records.get("survey_responses")

