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
