"""Issue 11, round 17: survey responses told from a look-alike by their content (decision
233). No word is added anywhere: the mechanism reads whether the cells of a survey's item
columns are steps of one rating scale, with the scale test as it is.

Tested on a workbook and a Word table, with a must-read and must-not-read cases. The cell
contents are written here, not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table

_NAMES = ["宁海波", "仇晓燕", "甘立群", "鲍文静", "阮志刚", "桑雨桐"]
_STAFF = ["邝德明", "甄国栋", "邝德明", "卜建新", "甄国栋", "卜建新"]
_STAFF_IDS = ["E031", "E047", "E031", "E052", "E047", "E052"]
_REMARKS = ["还行", "挺好", "下次还约", "", "准时", ""]
_QUALITY = ["满意", "非常满意", "一般", "满意", "非常满意", "满意"]
_MANNER = ["非常满意", "满意", "满意", "不满意", "满意", "非常满意"]
# the same two columns holding no steps of a scale: what each visit was like, in words
_QUALITY_TOLD = ["很快到了", "准时到", "一般吧", "收拾得干净", "稍晚", "很细致"]
_MANNER_TOLD = ["热情", "有礼貌", "话少", "专业", "耐心", "周到"]

# Two item headers and a remark speak for a survey; 员工工号 and 员工姓名 for a staff list.
_HEAD = ["下单时间", "单据号", "服务名目", "服务质量", "服务态度", "评价留言", "员工工号",
         "员工姓名", "顾客姓名"]


def _rated_orders(quality: list[str], manner: list[str]) -> list[list[object]]:
    return [_HEAD] + [
        [f"2026-07-{11 + i} 10:2{i}:00", f"JD7{i}0{i}", ("保洁", "疏通")[i % 2], quality[i],
         manner[i], _REMARKS[i], _STAFF_IDS[i], _STAFF[i], _NAMES[i]]
        for i in range(len(_NAMES))
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_two_columns_on_one_scale_outweigh_two_staff_headers(tmp_path: Path, fmt: str) -> None:
    """Decision 233: each customer's verdicts on one scale in two columns are responses,
    though two headers name the staff who served (before: read as a staff list)."""
    read = read_table(fmt, tmp_path / "rated", _rated_orders(_QUALITY, _MANNER))
    responses = read.records.get("survey_responses", [])
    assert [r["respondent"] for r in responses] == _NAMES
    assert "staff_training" not in read.kinds


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_same_headers_over_written_remarks_stay_a_staff_list(tmp_path: Path, fmt: str) -> None:
    """The headers alone prove nothing: the same two columns holding remarks in words are no
    ratings, and the table stays what its staff headers say."""
    read = read_table(fmt, tmp_path / "told", _rated_orders(_QUALITY_TOLD, _MANNER_TOLD))
    assert "survey_responses" not in read.records
    assert "staff_training" in read.kinds


@pytest.mark.parametrize("fmt", FORMATS)
def test_one_column_of_verdicts_is_not_enough(tmp_path: Path, fmt: str) -> None:
    """One column of verdicts may be any list's grade: two columns at least must rate."""
    read = read_table(fmt, tmp_path / "one", _rated_orders(_QUALITY, _MANNER_TOLD))
    assert "survey_responses" not in read.records


# ------------------------------------------ decision 234: a rate over verdicts is no statistic

_GUESTS = ["俞清扬", "车子默", "籍雅琴", "蒲振东", "满冬梅", "扈嘉树"]
_DESKS = ["前台甲", "前台乙", "前台甲", "前台丙", "前台乙", "前台丙"]
_HOSTING = ["满意", "很满意", "满意", "不满意", "很满意", "满意"]
_SPEED = ["很满意", "满意", "一般", "满意", "满意", "很满意"]
# a report's rates: shares over many visits, one row per desk
_HOSTING_SHARES = ["96.0%", "91.3%", "97.8%", "84.2%", "93.5%", "89.9%"]
_SPEED_SHARES = ["92.5%", "88.0%", "95.1%", "79.4%", "90.2%", "86.7%"]


def _rated_visits(hosting: list[str], speed: list[str]) -> list[list[object]]:
    # 接待满意率 and 接待效率 end as rates do (率): each counts twice for a report
    head = ["编码", "员工", "接待满意率", "接待效率", "附言", "提交时间", "来访人"]
    return [head] + [
        [f"BK{3100 + 7 * i}", _DESKS[i], hosting[i], speed[i], ("", "房间干净", "")[i % 3],
         f"2026-08-{12 + i} 19:4{i}:00", _GUESTS[i]]
        for i in range(len(_GUESTS))
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_rate_headers_over_verdicts_are_each_rows_rating(tmp_path: Path, fmt: str) -> None:
    """Decision 234: 接待满意率 and 接待效率 over 满意/一般 on every row are that guest's
    verdicts, not a report's statistics; the rows are survey responses (before: a
    call-back report, its two rate headers outweighing the survey's own fields)."""
    read = read_table(fmt, tmp_path / "visits", _rated_visits(_HOSTING, _SPEED))
    assert len(read.records.get("survey_responses", [])) == len(_GUESTS)
    assert "callback_report" not in read.kinds


@pytest.mark.parametrize("fmt", FORMATS)
def test_rate_headers_over_shares_stay_a_report(tmp_path: Path, fmt: str) -> None:
    """The same headers over shares (92.5%) are statistics: a report, no responses read."""
    read = read_table(fmt, tmp_path / "shares", _rated_visits(_HOSTING_SHARES, _SPEED_SHARES))
    assert "survey_responses" not in read.records
    assert "callback_report" in read.kinds
