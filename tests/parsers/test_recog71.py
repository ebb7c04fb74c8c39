"""Issue 11, round 71: how the customer felt is a verdict (decision 376).

Tested on a workbook and a Word table, must-read and must-not-read each. The cell contents
are written here, not drawn from the generator's pools.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table, rows_of

_NUMBERS = ["DY-7101", "DY-7102", "DY-7103", "DY-7104", "DY-7105", "DY-7106"]
_PEOPLE = ["厉雨桐", "郝振宇", "蒯晓琳", "莘子涵", "雍家明", "桂若溪"]
_PHONES = ["13911170001", "13811170002", "15011170003", "18611170004", "17711170005",
           "13511170006"]
_TIMES = ["2026-07-02 09:10", "2026-07-03 14:25", "2026-07-05 10:40", "2026-07-06 16:05",
          "2026-07-08 11:30", "2026-07-09 15:50"]

# decision 376: a member poll rating three aspects in stars and the whole as felt
_STARS = ["5", "4", "3", "5", "4", "5"]
_FELT = ["非常满意", "满意", "一般", "非常满意", "满意", "非常满意"]
_POLL_HEAD = ["答卷编号", "受访会员", "会员手机", "填答时间", "课程安排星级", "教练服务星级",
              "场地卫生星级", "会员总体感受"]


def _poll(head: list[str], last: list[str]) -> list[list[object]]:
    return rows_of(head, _NUMBERS, _PEOPLE, _PHONES, _TIMES, _STARS, _STARS, _STARS, last)


@pytest.mark.parametrize("fmt", FORMATS)
def test_how_members_felt_overall_is_the_overall(tmp_path: Path, fmt: str) -> None:
    """Must read: 会员总体感受 over verdicts is the response's overall rating (before: read as
    a second respondent column, no overall)."""
    read = read_table(fmt, tmp_path / "poll", _poll(_POLL_HEAD, _FELT))
    responses = read.records["survey_responses"]
    assert [r["overall"] for r in responses] == _FELT
    assert [r["respondent"] for r in responses] == _PEOPLE


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_staff_list_with_training_impressions_is_no_survey(tmp_path: Path, fmt: str) -> None:
    """Must not: a staff list whose 培训感受 holds what each employee wrote of a course is no
    one's verdict on a service: no survey responses."""
    impressions = ["课程内容实用，案例丰富", "希望增加实操时间", "讲师讲解清楚", "对新设备有了了解",
                   "建议分组练习", "收获很大，期待下期"]
    head = ["工号", "员工姓名", "所属部门", "联系电话", "培训日期", "培训课程", "培训感受"]
    courses = ["安全规范", "设备保养", "客户沟通", "安全规范", "设备保养", "客户沟通"]
    rows = rows_of(head, _NUMBERS, _PEOPLE, ["售后部"] * 6, _PHONES, _TIMES, courses,
                   impressions)
    read = read_table(fmt, tmp_path / "staff", rows)
    assert read.records.get("survey_responses", []) == []
