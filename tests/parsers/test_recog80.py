"""Issue 11, decision 403: satisfaction said in the cells names the survey as a label would.

A CRM's call-back export (单位名称 | 联系主题 | 联系类型 | 联系结果 | 联系时间) names no rating
and no survey in its labels; its 联系结果 says 满意, 非常满意, 不满意 on every row, beside who
was called and when. Must-read and must-not cases on a workbook and a Word table; the cells
are written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table, rows_of

_N = 8
_WHO = ["上海申城物业有限公司", "嘉定智慧社区服务中心", "宝山华联超市", "杨浦区第一幼儿园", "徐汇康泰药房",
        "闵行顺达物流", "普陀恒信印务", "长宁家家乐餐饮"]
_WHEN = [f"2025-06-{10 + i}" for i in range(_N)]
_TOPICS = ["安装回访", "维修回访", "保养提醒", "安装回访", "维修回访", "续约沟通", "维修回访", "安装回访"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_satisfaction_in_the_cells_reads_a_callback_export(tmp_path: Path, fmt: str) -> None:
    """联系结果 = 满意, 非常满意, 不满意 on every row, who and when beside it: responses
    (before: no header row, nothing recognised)."""
    head = ["单位名称", "联系主题", "联系类型", "联系结果", "联系时间"]
    rows = rows_of(head, _WHO, _TOPICS, ["电话", "微信"] * (_N // 2),
                   ["满意", "非常满意", "满意", "不满意", "非常满意", "满意", "满意", "非常满意"], _WHEN)
    read = read_table(fmt, tmp_path / "callbacks", rows)
    responses = read.records.get("survey_responses", [])
    assert len(responses) == _N and responses[0]["overall"] == "满意"


@pytest.mark.parametrize("fmt", FORMATS)
def test_grades_in_a_roster_are_no_survey(tmp_path: Path, fmt: str) -> None:
    """Must not: staff with their appraisal grade (良好, 优秀, 一般) and their start date."""
    head = ["姓名", "联系电话", "岗位", "考核结果", "入职日期"]
    rows = rows_of(head, ["韩雨桐", "蒋志远", "沈丽娟", "魏国栋", "姚晓红", "陆文涛", "曹美华", "傅建平"],
                   [f"1391234{5600 + i}" for i in range(_N)], ["维修工程师", "客服专员"] * (_N // 2),
                   ["良好", "优秀", "一般", "良好", "优秀", "良好", "一般", "优秀"], _WHEN)
    read = read_table(fmt, tmp_path / "roster", rows)
    assert not read.records.get("survey_responses")
