"""Issue 11, round 38: a date named by the reason's own act dates its raising (decision 286).

反馈时间 beside 反馈内容 read as the reason is when the customer raised it, and wins over the
row's creation (录入时间, 创建时间) that the labels alone preferred; beside a reason named by
another act it does not. Tested on a workbook and a Word table, with contents written here.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from preaudit.checks.surveys import valid_distinct
from preaudit.model.records import RecordKind
from preaudit.parsers.columns import map_columns
from tests.parsers.tables import FORMATS, read_table

_USERS = ["林晓峰", "许佳怡", "邵志刚", "程美玲", "蔡文杰", "杜海燕", "钱立新", "孔维娜"]
_PHONES = [f"1390571{i:04d}" for i in range(8)]
_RAISED = ["2026-08-01 09:10", "2026-08-03 10:20", "2026-08-05 08:30", "2026-08-07 14:00",
           "2026-08-09 11:15", "2026-08-11 16:40", "2026-08-13 13:05", "2026-08-15 09:50"]
_KEYED = ["2026-08-02 15:30", "2026-08-04 08:05", "2026-08-06 17:45", "2026-08-08 10:10",
          "2026-08-10 09:00", "2026-08-12 14:25", "2026-08-14 18:40", "2026-08-16 11:35"]
_RAISES = ["展位搭建延误两天无人通知", "门票二维码无法核验入场", "展会现场空调不制冷",
           "报名后未收到确认短信", "展商资料下载链接失效", "停车场指引牌缺失找不到入口",
           "直播回放画面卡顿无声", "餐饮区排队过长无人疏导"]


def _sheet(reason: str, raised: str, keyed: str) -> list[list[object]]:
    return [["用户", reason, "联系方式", raised, keyed]] + [
        [_USERS[i], _RAISES[i], _PHONES[i], _RAISED[i], _KEYED[i]] for i in range(8)]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("keyed", ["创建时间", "录入时间"])
def test_the_reasons_own_act_dates_its_receipt(tmp_path: Path, fmt: str, keyed: str) -> None:
    """反馈时间 beside 反馈内容 (the reason) is the receipt; the row's creation is not (before:
    the creation, 0.9 by its label, over 反馈时间's 0.6)."""
    read = read_table(fmt, tmp_path / "feedback", _sheet("反馈内容", "反馈时间", keyed))
    complaints = read.records["complaints"]
    assert [r["reason"] for r in complaints] == _RAISES
    assert [str(r["received_at"])[:16].replace("T", " ") for r in complaints] == _RAISED


@pytest.mark.parametrize("fmt", FORMATS)
def test_another_acts_date_leaves_the_receipt_alone(tmp_path: Path, fmt: str) -> None:
    """Must not: beside a reason named by the complaint (投诉内容), 反馈时间 may be the
    customer's word back after the handling (decision 71): the receipt stays the creation."""
    read = read_table(fmt, tmp_path / "complaint", _sheet("投诉内容", "反馈时间", "创建时间"))
    complaints = read.records["complaints"]
    assert [str(r["received_at"])[:16].replace("T", " ") for r in complaints] == _KEYED


def test_a_bookings_time_is_no_receipt() -> None:
    """Must not: 预约时间 beside 预约备注 read as the reason names a booking, no act by which a
    customer raises something (retired4 la_housekeeping_booking turned complaints on the first
    run without that): the receipt stays the creation."""
    rows = _sheet("预约备注", "预约时间", "创建时间")
    read = map_columns(rows[0], RecordKind.COMPLAINT, rows[1:])
    assert read.fields.get("reason") == [1]
    assert read.fields.get("received_at") == [4]


# ------------- decision 287: of two rating labels, the one whose cells rate is the rating

_SAVED_BY = ["admin", "admin", "jeecg", "admin", "jeecg", "admin", "admin", "jeecg"]
_SCORES = ["非常满意", "满意", "满意", "非常满意", "一般", "满意", "非常满意", "满意"]
_STATUSES = ["已处理", "已处理", "一般", "正常", "一般", "已处理", "正常", "已处理"]


def _evaluations(scores: list[str]) -> list[list[object]]:
    return [["创建人", "创建日期", "更新人", "评分", "评价"]] + [
        [_SAVED_BY[i], _KEYED[i], _SAVED_BY[i], scores[i], _STATUSES[i]] for i in range(8)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_column_that_rates_is_the_rating(tmp_path: Path, fmt: str) -> None:
    """评价 names the rating more strongly than 评分, but holds statuses; 评分 holds the scale:
    the table is survey responses rated under 评分 (before: nothing read). Nobody is named as
    the respondent (创建人 is the system's account), so none is read: the checks count no
    valid response (spec: a response names its respondent)."""
    responses = read_table(fmt, tmp_path / "evaluations", _evaluations(_SCORES)
                           ).records["survey_responses"]
    assert [r["overall"] for r in responses] == _SCORES
    assert all(not r.get("respondent") and not r.get("respondent_phone") for r in responses)
    assert not valid_distinct(pd.DataFrame(responses)).any()


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_column_that_rates_is_no_survey(tmp_path: Path, fmt: str) -> None:
    """Must not: with statuses under both labels, no column rates and nothing is read."""
    read = read_table(fmt, tmp_path / "statuses", _evaluations(["已处理"] * 8))
    assert not read.records.get("survey_responses")


def test_a_date_the_package_names_no_field_stays_unread() -> None:
    """Must not: [columns] says 反馈时间 is no field ("" in application.toml); the rule takes
    only a column the reading left free, never one the package has spoken for (decision 213):
    the receipt stays the creation."""
    rows = _sheet("反馈内容", "反馈时间", "创建时间")
    mapped = map_columns(rows[0], RecordKind.COMPLAINT, rows[1:], {"反馈时间": ""})
    assert mapped.fields["received_at"] == [4]
