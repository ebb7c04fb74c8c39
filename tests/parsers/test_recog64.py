"""Issue 11, round 64: look-alikes read as records. A grade kept on a person under a rating's
label is no survey (decision 354).

Tested on a workbook and a Word table, a must-read and a must-not-read each. The cell contents
are written here, not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table

_ROWS = 12
_PEOPLE = ["欧阳帆", "皇甫静", "司马磊", "上官燕", "诸葛蕾", "令狐冲", "东方明", "慕容雪",
           "公孙策", "端木蓉", "独孤平", "南宫月"]
_PHONES = [f"139000{i:05d}" for i in range(1, _ROWS + 1)]
_DATES = [f"2026-08-{i:02d}" for i in range(1, _ROWS + 1)]
_STAFF_NOS = [f"E{640 + i:04d}" for i in range(1, _ROWS + 1)]
# an expert's technical grade (优秀, an honour, now and then) and a new platform's repairmen,
# most not rated yet: attributes of a person, a scale word in a few cells only
_GRADES = [["高级", "中级", "优秀", "初级"][i % 4] for i in range(_ROWS)]
_SCORES = [["好评", "暂无评分", "新入驻", "暂无评分"][i % 4] for i in range(_ROWS)]
_FIELDS = ["暖通", "电梯", "给排水", "强电", "弱电", "消防", "暖通", "电梯", "给排水", "强电",
           "弱电", "消防"]
# a customer's verdict on each row
_MARKS = [["5", "4", "5", "3"][i % 4] for i in range(_ROWS)]
_VERDICTS = [["满意", "非常满意", "一般", "满意"][i % 4] for i in range(_ROWS)]


def _records(fmt: str, path: Path, rows: list[list[object]]) -> dict[str, int]:
    return {kind: len(records) for kind, records in read_table(fmt, path, rows).records.items()
            if records}


def _expert_pool(grades: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["工号", "姓名", "技术等级", "擅长领域", "手机号"]]
    rows += [[_STAFF_NOS[i], _PEOPLE[i], grades[i], _FIELDS[i], _PHONES[i]]
             for i in range(_ROWS)]
    return rows


def _repairmen(scores: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["人员编号", "姓名", "联系方式", "服务次数", "评分"]]
    rows += [[_STAFF_NOS[i], _PEOPLE[i], _PHONES[i], str(20 + 7 * i), scores[i]]
             for i in range(_ROWS)]
    return rows


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("rows", [_expert_pool(_GRADES), _repairmen(_SCORES)],
                         ids=["expert_grades", "repairman_scores"])
def test_a_grade_kept_on_a_person_is_no_survey(tmp_path: Path, fmt: str,
                                               rows: list[list[object]]) -> None:
    """Must not: 技术等级 over 高级/中级/优秀/初级 and 评分 over 好评/暂无评分/新入驻 are a
    list's attributes of its people; nothing names a survey, and a scale word in a quarter of
    the cells is no verdict on every row (before: 12 responses)."""
    assert _records(fmt, tmp_path / "list", rows) == {}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("rows", [_repairmen(_MARKS), _repairmen(_VERDICTS),
                                  _expert_pool(_VERDICTS)],
                         ids=["marks", "verdicts", "verdicts_under_a_grade"])
def test_the_same_shape_rated_on_every_row_stays_a_survey(tmp_path: Path, fmt: str,
                                                          rows: list[list[object]]) -> None:
    """Must read: the same headers over a verdict on every row (5/4/3, 满意/一般): the cells
    say a customer rated, as before."""
    assert _records(fmt, tmp_path / "rated", rows) == {"survey_responses": _ROWS}


# --------------------------- decision 355: a bare remark picked from a few is no fault written

# a remark on the row, picked from a few set words
_REMARKS = [["客户无异议", "详见附件", "已电话沟通", "按计划完成"][i % 4] for i in range(_ROWS)]
_FAULTS = ["厨房水龙头漏水", "客厅插座跳闸", "卫生间地漏堵塞", "空调不制冷", "门锁无法打开",
           "热水器不点火", "阳台推拉门卡住", "马桶水箱不停水", "照明灯频繁闪烁", "暖气片不热",
           "窗户密封条脱落", "下水管异味"]
_WAYS = [["到访", "来电", "到访"][i % 3] for i in range(_ROWS)]
_STAFF = ["陈国栋", "林晓峰", "黄志强", "赵文博"]


def _visits(remarks: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["来访日期", "来访方式", "来访姓名", "联系电话", "备注", "是否确认"]]
    rows += [[_DATES[i], _WAYS[i], _PEOPLE[i], _PHONES[i], remarks[i], ["是", "否"][i % 2]]
             for i in range(_ROWS)]
    return rows


def _repairs(remarks: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["维修单号", "报修人", "报修时间", "维修人员", "备注"]]
    rows += [[f"WX-64{i:02d}", _PEOPLE[i], _DATES[i], _STAFF[i % 4], remarks[i]]
             for i in range(_ROWS)]
    return rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_visits_with_a_remark_picked_from_a_few_are_no_work_orders(
        tmp_path: Path, fmt: str) -> None:
    """Must not: a sales office's visits (来访日期, 来访姓名, 备注 = 客户无异议/详见附件 …,
    是否确认): the remark tells no case, nothing numbers the rows as orders and nobody served
    them (before: 12 work orders, 是否确认 taken for a sign-off)."""
    assert "work_orders" not in _records(fmt, tmp_path / "visits", _visits(_REMARKS))


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("rows", [_visits(_FAULTS), _repairs(_REMARKS)],
                         ids=["faults_in_the_remark", "numbered_and_served"])
def test_a_remark_that_tells_faults_or_numbered_served_repairs_stay_work_orders(
        tmp_path: Path, fmt: str, rows: list[list[object]]) -> None:
    """Must read: the same visits whose 备注 tells each row's fault; a repair list numbered by
    维修单号 with its repairers beside the same set remarks."""
    assert _records(fmt, tmp_path / "orders", rows) == {"work_orders": _ROWS}
