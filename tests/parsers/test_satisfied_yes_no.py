"""Issue 11, decisions 455 and 458: 满意 alone names a survey's answer.

A call-back register that asks 满意 (or Satisfied (Y/N), Satisfied?) and writes 是/否 or
Yes/No is a set of survey responses whose overall answers that question, as 是否满意 does;
before, the lone 满意 was taken for one band of a scale (满意 | 一般 | 不满意) and the register
read as work orders. English Yes/No are the answers 是/否 are (model/vocabulary.py). On a
workbook and a Word table, with must-not cases: a work order with the same column stays a work
order, and a band table stays bands.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import (
    FORMATS,
    SAMPLE_FAULTS,
    SAMPLE_FIXES,
    SAMPLE_PEOPLE,
    SAMPLE_PHONES,
    read_table,
    rows_of,
)

_IDS = [f"HF2026{i:03d}" for i in range(1, 7)]
_ORDERS = [f"SO-{5100 + i}" for i in range(6)]
_DAYS = [f"2026-09-{d:02d} 10:30" for d in (2, 4, 6, 8, 10, 12)]
_CALLERS = ["周敏", "吴涛", "周敏", "吴涛", "周敏", "吴涛"]
_NOTES = ["师傅很准时", "", "希望再快一点", "", "收费偏高", ""]
_ANSWERS = {"zh": ["是", "否", "是", "是", "否", "是"], "en": ["Yes", "No", "Yes", "Yes", "No", "Yes"]}


def _callbacks(asked: str, answers: str) -> list[list[object]]:
    return rows_of(["回访编号", "客户姓名", "联系电话", "回访日期", "服务单号", asked, "备注", "回访人"],
                   _IDS, SAMPLE_PEOPLE, SAMPLE_PHONES, _DAYS, _ORDERS, _ANSWERS[answers], _NOTES,
                   _CALLERS)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("asked", "answers"), [("满意", "zh"), ("满意(是/否)", "zh"),
                                                ("Satisfied (Y/N)", "en"), ("Satisfied?", "en")])
def test_a_call_back_asking_whether_satisfied_is_a_survey(tmp_path: Path, fmt: str, asked: str,
                                                         answers: str) -> None:
    read = read_table(fmt, tmp_path / "callbacks", _callbacks(asked, answers))
    responses = read.records["survey_responses"]
    assert [r["respondent"] for r in responses] == SAMPLE_PEOPLE
    assert [r["overall"] for r in responses] == _ANSWERS[answers]
    assert not read.records.get("work_orders")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_work_order_asking_whether_satisfied_stays_a_work_order(tmp_path: Path,
                                                                 fmt: str) -> None:
    """Must not: the same column beside a fault, a remedy and a completion is the work
    order's own."""
    rows = rows_of(["工单号", "客户", "电话", "故障", "处理", "完工时间", "满意"], _IDS, SAMPLE_PEOPLE,
                   SAMPLE_PHONES, SAMPLE_FAULTS, SAMPLE_FIXES, _DAYS, _ANSWERS["zh"])
    read = read_table(fmt, tmp_path / "orders", rows)
    assert read.kinds == ["work_orders"]
    assert [r["issue"] for r in read.records["work_orders"]] == SAMPLE_FAULTS


@pytest.mark.parametrize("fmt", FORMATS)
def test_steps_of_a_scale_side_by_side_stay_bands(tmp_path: Path, fmt: str) -> None:
    """Must not: 满意 beside 一般 and 不满意 is one step of the scale, whatever its marks."""
    marks = [["√", "", ""], ["", "√", ""], ["√", "", ""], ["√", "", ""], ["", "", "√"], ["√", "", ""]]
    rows = rows_of(["回访编号", "客户姓名", "联系电话", "回访日期", "满意", "一般", "不满意"],
                   _IDS, SAMPLE_PEOPLE, SAMPLE_PHONES, _DAYS, *[list(c) for c in zip(*marks,
                                                                                       strict=True)])
    responses = read_table(fmt, tmp_path / "bands", rows).records["survey_responses"]
    assert [r["overall"] for r in responses] == ["满意", "一般", "满意", "满意", "不满意", "满意"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_form_asking_how_satisfied_is_a_survey(tmp_path: Path, fmt: str) -> None:
    """458: a form tool's export (Timestamp | Name | … | Overall, how satisfied are you with the
    repair?) names its answer by 满意 alone; with a rating on every row it is survey responses
    (before: work orders, the repair in its question and a technician in two aspects)."""
    rows = rows_of(["Timestamp", "Name", "Phone number",
                    "Overall, how satisfied are you with the repair?", "Technician punctuality",
                    "Technician professionalism", "Comments"],
                   _DAYS, SAMPLE_PEOPLE, SAMPLE_PHONES, ["5", "4", "3", "5", "4", "5"],
                   ["5", "4", "4", "5", "3", "5"], ["4", "5", "4", "5", "4", "5"], _NOTES)
    read = read_table(fmt, tmp_path / "form", rows)
    assert read.kinds == ["satisfaction_survey"]
    assert [r["overall"] for r in read.records["survey_responses"]] == ["5", "4", "3", "5", "4",
                                                                        "5"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_work_order_with_a_score_stays_a_work_order(tmp_path: Path, fmt: str) -> None:
    """Must not: a repair list's 评分 beside its fault, worker and reply is the work order's."""
    rows = rows_of(["编号", "地点", "报修人", "维修工", "问题", "处理时间", "维修回复", "评分"],
                   _IDS, ["一号楼", "二号楼", "食堂", "仓库", "宿舍", "车间"], SAMPLE_PEOPLE,
                   _CALLERS, SAMPLE_FAULTS, _DAYS, SAMPLE_FIXES, ["5", "4", "5", "3", "5", "4"])
    read = read_table(fmt, tmp_path / "repairs", rows)
    assert read.kinds == ["work_orders"]
    assert [r["resolution"] for r in read.records["work_orders"]] == SAMPLE_FIXES
