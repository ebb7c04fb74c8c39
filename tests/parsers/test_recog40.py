"""Issue 11, round 40: which of a survey's ratings is the overall verdict (decisions 291-292).

A review rated on several aspects and their mean (平均评分) is rated overall by the mean; a
statistics table of mean scores stays a report. Each case is tested on a workbook and a Word
table, with must-read and must-not-read cases. The cell contents are written here, not drawn
from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table

_USERS = ["wang_li", "zhao_min", "sun_hao", "qian_yu", "zhou_jie", "wu_fang", "zheng_lei",
          "feng_xia"]
_ASPECT_A = [5, 4, 3, 5, 4, 2, 5, 3]
_ASPECT_B = [4, 4, 2, 5, 3, 3, 4, 3]
_ASPECT_C = [3, 5, 2, 4, 4, 1, 5, 3]
_MEANS = ["4.0", "4.3", "2.3", "4.7", "3.7", "2.0", "4.7", "3.0"]
_SAID = ["环境很好", "护理员耐心", "饭菜一般", "非常满意", "价格略高", "房间有异味", "推荐",
         "还可以"]


def _reviews() -> list[list[object]]:
    """An elderly-care platform's reviews: three aspect scores, their mean, the reviewer."""
    labels = ["评价编号", "环境评分", "服务评分", "价格评分", "平均评分", "评价内容", "用户名"]
    rows = [[f"PJ{7100 + i}", _ASPECT_A[i], _ASPECT_B[i], _ASPECT_C[i], _MEANS[i], _SAID[i],
             _USERS[i]] for i in range(8)]
    return [labels] + rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_mean_of_the_aspect_scores_is_the_overall(tmp_path: Path, fmt: str) -> None:
    """Decision 291: 平均评分 (the mean score) is the response's overall rating, the aspect
    scores its items (before: 服务评分 was the overall and the mean an item)."""
    responses = read_table(fmt, tmp_path / "reviews", _reviews()).records["survey_responses"]
    assert [float(r["overall"]) for r in responses] == [float(mean) for mean in _MEANS]
    assert [r["respondent"] for r in responses] == _USERS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_table_of_mean_scores_by_month_stays_a_report(tmp_path: Path, fmt: str) -> None:
    """Must not: mean scores per month beside counts and rates are statistics, no responses."""
    rows: list[list[object]] = [["月份", "回访数", "平均评分", "平均满意度", "满意率"]]
    rows += [[f"2026-0{i}", 100 + i, f"4.{i}", f"9{i}%", f"9{i}%"] for i in range(1, 7)]
    read = read_table(fmt, tmp_path / "monthly", rows)
    assert "survey_responses" not in read.records
    assert "callback_report" in read.kinds


_CASES = [f"SL2026{310 + i}" for i in range(8)]
_AT_ACCEPTANCE = ["满意", "一般", "非常满意", "满意", "不满意", "满意", "一般", "非常满意"]
_AT_COMPLETION = ["非常满意", "满意", "满意", "一般", "满意", "非常满意", "不满意", "满意"]
_ACCEPTED_RATED = [f"2026-07-{10 + i} 09:{10 + i}:00" for i in range(8)]
_COMPLETED_RATED = [f"2026-07-{12 + i} 16:{20 + i}:00" for i in range(8)]
_HOW = ["评价器", "网上大厅", "短信", "评价器", "短信", "网上大厅", "评价器", "短信"]


def _hall(overall: tuple[str, list[object]] | None = None) -> list[list[object]]:
    """A service hall's evaluation export: each case rated at acceptance and at completion,
    each rating's time, and how it was given (a rating device, the web hall, a text message);
    ``overall`` adds a column of that label and cells after the case number."""
    labels = ["受理号", "受理评价情况", "办结评价情况", "受理评价时间", "办结评价时间", "受理评价方式"]
    rows = [[_CASES[i], _AT_ACCEPTANCE[i], _AT_COMPLETION[i], _ACCEPTED_RATED[i],
             _COMPLETED_RATED[i], _HOW[i]] for i in range(8)]
    if overall is not None:
        labels.insert(1, overall[0])
        for row, cell in zip(rows, overall[1], strict=True):
            row.insert(1, cell)
    return [labels] + rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_rating_given_at_completion_is_the_overall(tmp_path: Path, fmt: str) -> None:
    """Decision 292: the labels read 评价方式 (how it was rated: 评价器, 短信) as the rating;
    its cells rate nothing, so the columns labelled as ratings whose cells rate decide: the
    one given when the case was completed (办结评价情况) is the overall, the acceptance's an
    item, and the time named by the same act (办结评价时间) is the response's."""
    responses = read_table(fmt, tmp_path / "hall", _hall()).records["survey_responses"]
    assert [r["record_id"] for r in responses] == _CASES
    assert [r["overall"] for r in responses] == _AT_COMPLETION
    assert [list(r["items"].values()) for r in responses] == [[a] for a in _AT_ACCEPTANCE]
    assert [r["surveyed_at"].strftime("%Y-%m-%d %H:%M:%S") for r in responses] == _COMPLETED_RATED


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_overall_that_holds_scores_keeps_its_column(tmp_path: Path, fmt: str) -> None:
    """Must not: where the column the labels read as the rating holds scores (综合得分 92),
    the step ratings beside it stay what they were; the overall is not moved."""
    scores = [92, 85, 78, 88, 60, 95, 70, 81]
    read = read_table(fmt, tmp_path / "scored", _hall(("综合得分", list(scores))))
    responses = read.records["survey_responses"]
    assert [float(r["overall"]) for r in responses] == [float(s) for s in scores]


_NAMES = ["梁静怡", "杜明", "冯志强", "程婷婷", "董俊杰", "韩雪", "潘磊", "蒋琳"]
_PHONES = [f"1380013{4000 + i}" for i in range(8)]
_VERDICTS = ["不满意", "满意", "一般", "满意", "非常满意", "满意", "一般", "非常满意"]
_RATED_AT = [f"2026-09-0{1 + i} 10:{15 + i}:00" for i in range(8)]
_CALLED_AT = [f"2026-09-0{1 + i} 17:{30 + i}:00" for i in range(8)]
_CALL_OUTCOMES = ["已电话沟通", "客户无异议", "详见附件", "已电话沟通", "客户无异议", "未接通",
                  "已电话沟通", "详见附件"]
_CALLERS = ["赵国平", "钱志明", "孙立伟", "赵国平", "钱志明", "孙立伟", "赵国平", "钱志明"]


def _interviews(rating: str, calls: str) -> list[list[object]]:
    """A checkup centre's first interview: the customer's evaluation and its time, then the
    call-back's own outcome, time and caller; ``rating`` and ``calls`` label the two
    outcome columns, whichever holds the customer's verdicts."""
    labels = ["ID", "姓名", "电话", rating, "评价时间", calls, "回访时间", "回访人"]
    rows = [[f"{1000 + 7 * i}", _NAMES[i], _PHONES[i], _VERDICTS[i], _RATED_AT[i],
             _CALL_OUTCOMES[i], _CALLED_AT[i], _CALLERS[i]] for i in range(8)]
    return [labels] + rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_english_appraisal_is_rated_and_dated_by_its_act(tmp_path: Path, fmt: str) -> None:
    """Decision 293: appraiseResult is the appraisal's result (评价结果), so the response is
    dated by 评价时间, the time of that act, not by 回访时间, the call-back's (before: the
    labels read both as the survey's time and 回访时间 went first)."""
    responses = read_table(fmt, tmp_path / "appraised",
                           _interviews("appraiseResult", "回访结果")).records["survey_responses"]
    assert [r["overall"] for r in responses] == _VERDICTS
    assert [r["surveyed_at"].strftime("%Y-%m-%d %H:%M:%S") for r in responses] == _RATED_AT


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_call_backs_verdict_is_dated_by_the_call_back(tmp_path: Path, fmt: str) -> None:
    """Must not: where the call-back's outcome (回访结果) is the rating, the call-back's time
    stays the response's (the same act); 评价时间 beside a column of notes is not taken."""
    rows = _interviews("评价备注", "回访结果")
    for row in rows[1:]:  # the verdicts go under 回访结果, the call outcomes under 评价备注
        row[3], row[5] = row[5], row[3]
    responses = read_table(fmt, tmp_path / "called", rows).records["survey_responses"]
    assert [r["overall"] for r in responses] == _VERDICTS
    assert [r["surveyed_at"].strftime("%Y-%m-%d %H:%M:%S") for r in responses] == _CALLED_AT
