"""Issue 11, round 73: a list of staff is known as one, by who it identifies (decision 392).

A table no record kind fits whose headers identify members of staff (技师姓名, 安装员手机) in
two headers or more, and name no customer anywhere nor count what each did, is a list of staff:
the staff list DOC_MISSING asks for, not a file of no known kind. A table whose record reading
content refuses (headers like a survey, no rating) is the look-alike its headers speak for.
Each case on a workbook and a Word table, with must-read and must-not-read cases; the cells are
written here, not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table

_NAMES = ["韩雨桐", "蒋志远", "沈丽娟", "魏国栋", "姚晓红", "陆文涛", "曹美华", "傅建平"]
_PHONES = [f"1391234{5600 + i}" for i in range(8)]
_PLACES = ["浦东新区", "徐汇区", "静安区", "黄浦区", "长宁区", "普陀区", "虹口区", "杨浦区"]


def _people(labels: list[str]) -> list[list[object]]:
    """A list of people: a number, a name, a phone, a district, in ``labels``' words."""
    return [labels] + [[f"T{700 + i}", _NAMES[i], _PHONES[i], _PLACES[i]] for i in range(8)]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("labels", [
    ["技师编号", "技师姓名", "技师手机", "所在区域"],      # a serving staff word
    ["安装员工号", "安装员姓名", "安装员手机号", "负责片区"],  # a post held (…员)
])
def test_a_list_identifying_staff_is_a_staff_list(tmp_path: Path, fmt: str,
                                                  labels: list[str]) -> None:
    """Decision 392: staff named by who they are (before: nothing recognised, so the package
    drew DOC_UNRECOGNISED)."""
    read = read_table(fmt, tmp_path / "staff", _people(labels))
    assert read.kinds == ["staff_training"]
    assert not any(read.records.values())


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("labels", [
    ["技师编号", "技师姓名", "技师手机", "用户地址"],    # a customer (用户) named beside them
    ["会员编号", "会员姓名", "会员手机", "所在区域"],    # members are customers
    ["队员编号", "队员姓名", "队员手机", "所在区域"],    # a team's members hold no post
])
def test_a_list_of_other_people_is_no_staff_list(tmp_path: Path, fmt: str,
                                                 labels: list[str]) -> None:
    """Must not: a list naming a customer, or members of a body, is no list of staff."""
    read = read_table(fmt, tmp_path / "others", _people(labels))
    assert "staff_training" not in read.kinds


@pytest.mark.parametrize("fmt", FORMATS)
def test_counts_per_member_of_staff_are_no_staff_list(tmp_path: Path, fmt: str) -> None:
    """Must not: how many orders each dispatched and closed is a report on their work."""
    rows = [["员工ID", "员工姓名", "派单条数", "已完结条数"]] + [
        [f"E{10 + i}", _NAMES[i], 30 + i, 20 + i] for i in range(8)]
    read = read_table(fmt, tmp_path / "counts", rows)
    assert "staff_training" not in read.kinds


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_survey_rating_a_courier_stays_a_survey(tmp_path: Path, fmt: str) -> None:
    """Must not: responses that identify the courier they rate stay survey responses."""
    rows = [["主键", "快递员id", "快递员名字", "评价内容", "得分", "评价时间"]] + [
        [f"R{i}", f"K{40 + i}", _NAMES[i], "送货及时", 5 - i % 2, f"2026-09-{10 + i} 10:00"]
        for i in range(8)]
    read = read_table(fmt, tmp_path / "rated", rows)
    assert len(read.records["survey_responses"]) == 8
    assert "staff_training" not in read.kinds


_REMARKS = ["表现稳定", "技术扎实", "需加强沟通", "可独立带班", "细致认真", "表现稳定", "技术扎实",
            "可独立带班"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_roster_refused_as_a_survey_is_a_staff_list(tmp_path: Path, fmt: str) -> None:
    """Decision 392: a roster whose names read like respondents under an appraisal (评价),
    content refusing a survey (no column holds a rating), is the staff list its headers speak
    for (岗位, 专业), as a work-order reading content refuses already was; before, nothing
    was recognised."""
    labels = ["姓名", "编码", "性别", "岗位", "专业", "评价"]
    rows = [labels] + [[_NAMES[i], f"W{300 + i}", "男女"[i % 2], "检修工", "电气", _REMARKS[i]]
                       for i in range(8)]
    read = read_table(fmt, tmp_path / "roster", rows)
    assert read.kinds == ["staff_training"]
    assert not any(read.records.values())


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_survey_without_rating_nor_look_alike_stays_unread(tmp_path: Path, fmt: str) -> None:
    """Must not: the same refusal with no look-alike's headers (岗位, 专业 gone) is no
    material: nothing is recognised, and the note says why."""
    labels = ["姓名", "编码", "联系电话", "评价"]
    rows = [labels] + [[_NAMES[i], f"W{300 + i}", _PHONES[i], _REMARKS[i]] for i in range(8)]
    read = read_table(fmt, tmp_path / "unrated", rows)
    assert read.kinds == []
    assert any("no column holds a rating" in note for note in read.notes)
