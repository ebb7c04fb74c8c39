"""Issue 11, round 45: who answered a survey, and a star rating (decisions 307, 309).

Decision 307: a person's label that says only which person it is (用户id: their number;
科室员姓名: a member of the department) over people's names is the respondent, once the kind
is judged; a worker's label (快递员名字), a crew's member (组员姓名) or numbers under 用户id are
not. Decision 309: 星 (stars) is a part of a score (星星), 星期 (a weekday) read whole is a time.
Each case is tested on a workbook and a Word table, with must-read and must-not-read cases.
The cell contents are written here, not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table

_NAMES = ["韩雨桐", "蒋志远", "沈丽娟", "魏国栋", "姚晓红", "陆文涛", "曹美华", "傅建平"]
_CREW = ["庞师傅", "庞师傅", "易工", "易工", "庞师傅", "易工", "庞师傅", "易工"]
_VERDICTS = ["满意", "非常满意", "一般", "满意", "不满意", "满意", "非常满意", "满意"]
_DAYS = [f"2026-08-{10 + i} 10:{15 + i}:00" for i in range(8)]
_SAID = ["师傅很准时", "修得很快", "还可以", "态度好", "等了很久", "推荐", "非常专业", "满意"]
_CODES = [f"U{50210 + i}" for i in range(8)]


def _answers(person: str, people: list[str]) -> list[list[object]]:
    """An online questionnaire's answers: which questionnaire, who (``person`` over
    ``people``), the rating, the words and when."""
    labels = ["问卷id", person, "评分", "评价内容", "创建时间"]
    return [labels] + [[f"Q{300 + i}", people[i], _VERDICTS[i], _SAID[i], _DAYS[i]]
                       for i in range(8)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_users_id_over_names_is_the_respondent(tmp_path: Path, fmt: str) -> None:
    """Decision 307: 用户id holding people's names names who answered (before: unread, so
    no response was valid)."""
    read = read_table(fmt, tmp_path / "answers", _answers("用户id", _NAMES))
    responses = read.records["survey_responses"]
    assert [r["respondent"] for r in responses] == _NAMES
    assert [r["overall"] for r in responses] == _VERDICTS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_users_id_over_numbers_names_no_one(tmp_path: Path, fmt: str) -> None:
    """Must not: 用户id holding the users' numbers is no name: no respondent is read."""
    read = read_table(fmt, tmp_path / "coded", _answers("用户id", _CODES))
    responses = read.records["survey_responses"]
    assert all(r["respondent"] is None for r in responses)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("label", ["快递员名字", "组员姓名"])
def test_a_workers_name_is_no_respondent(tmp_path: Path, fmt: str, label: str) -> None:
    """Must not: a courier (快递员) or a crew's member (组员) is the one rated or who did the
    work, not who answered, whatever names the cells hold."""
    read = read_table(fmt, tmp_path / "workers", _answers(label, _NAMES))
    responses = read.records["survey_responses"]
    assert all(r["respondent"] is None for r in responses)


def _department_ratings() -> list[list[object]]:
    """A hospital's ratings of repairs by the department that asked for them."""
    labels = ["设备名称", "科室员工号", "科室员姓名", "科室", "维修日期", "维修状态", "评价",
              "维修员工号", "维修员姓名"]
    devices = ["监护仪", "输液泵", "呼吸机", "心电图机", "B超机", "离心机", "血压计", "除颤仪"]
    wards = ["内科", "外科", "急诊科", "儿科", "内科", "检验科", "外科", "急诊科"]
    return [labels] + [[devices[i], f"K{601 + i}", _NAMES[i], wards[i], _DAYS[i][:10], "已完成",
                        _VERDICTS[i], f"W{70 + i % 2}", _CREW[i]] for i in range(8)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_departments_member_is_the_respondent(tmp_path: Path, fmt: str) -> None:
    """Decision 307: 科室员姓名 (the name of the department's member who asked for the repair)
    is who rated it; the repairer (维修员姓名) is not (before: no respondent)."""
    read = read_table(fmt, tmp_path / "wards", _department_ratings())
    responses = read.records["survey_responses"]
    assert [r["respondent"] for r in responses] == _NAMES
    assert [r["overall"] for r in responses] == _VERDICTS


def _stars(rating: str, steps: list[object]) -> list[list[object]]:
    """A take-out shop's evaluations: id, dish, who, words, ``rating`` over ``steps``, when."""
    labels = ["自增长", "商品id", "用户名", "评语", rating, "时间"]
    return [labels] + [[i + 1, f"{8100 + i}", _NAMES[i], _SAID[i], steps[i], _DAYS[i]]
                       for i in range(8)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_stars_are_a_rating(tmp_path: Path, fmt: str) -> None:
    """Decision 309: 星星 (the stars given) over 1-5 is the rating (before: no header row was
    found, nothing read)."""
    stars = [5, 4, 3, 5, 1, 4, 5, 4]
    read = read_table(fmt, tmp_path / "stars", _stars("星星", stars))
    responses = read.records["survey_responses"]
    assert [float(r["overall"]) for r in responses] == [float(s) for s in stars]
    assert [r["respondent"] for r in responses] == _NAMES


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_weekday_is_no_rating(tmp_path: Path, fmt: str) -> None:
    """Must not: 星期 (the weekday) is a time, read whole: its 星 rates nothing."""
    days = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "星期一"]
    read = read_table(fmt, tmp_path / "weekday", _stars("星期", days))
    assert "survey_responses" not in read.records
