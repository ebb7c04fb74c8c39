"""Issue 11, fifth round: the retired set's last misses and the known left-outs.

Every mechanism is tested in a workbook and a Word table (a PDF ledger where cheap), with a
must-read and a must-not-read case, on labels that are no synonym (a test keeps it so):
- a complaint's start (开始日期) is its receipt; its end (结束日期) its closing; a work order's
  start stays the on-site start, and the start of another step (开始受理) is that step's;
- an equipment list is told by meaning (器材/仪器 + 编号/名称, a bare 规格 beside them), not a
  course timetable, a priced list or a work order's device columns;
- a weekday between the date and the time is read, and must be the date's own;
- 9/23/2026 is read in the order its column settles, and a column that never settles (or
  contradicts itself) stays unread, with a note saying why;
- aspect ratings (质量满意度, 时效满意度) are item scores, never the overall rating.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from preaudit.model.records import RecordKind
from preaudit.parsers import headers, parse_file, read_document
from preaudit.parsers.explain import explain_document
from preaudit.parsers.meaning import rated_aspect
from preaudit.parsers.normalise import (
    CONFLICTING,
    DAY_FIRST,
    MONTH_FIRST,
    UNSETTLED,
    date_order_of,
    in_date_order,
    parse_timestamp,
)
from tests.parsers.tables import FORMATS, LIMITS, WITH_PDF, assert_unlisted, read_table, write_table

CP, WO, SV = RecordKind.COMPLAINT, RecordKind.WORK_ORDER, RecordKind.SURVEY_RESPONSE

INVENTED = ["开始日期", "结束日期", "起始时间", "器材编号", "器材名", "仪器名称", "仪器编号",
            "质量满意度", "服务态度满意度", "时效满意度", "维修质量评分", "每人所需",
            "指派维修人员", "指派维修人员名称", "报修者姓名"]


def test_the_labels_used_here_are_not_synonyms() -> None:
    assert_unlisted(INVENTED)


# ------------------------------------------- a complaint's start is its receipt

_COMPLAINT_LIST = ["编码", "投诉主题", "客户", "电话", "投诉类型", "开始日期"]


def _complaint_list(count: int = 3, end: bool = False) -> list[list[object]]:
    header = _COMPLAINT_LIST + (["结束日期"] if end else [])
    return [header] + [
        [f"K{i}", "安装师傅迟到两小时", f"蔡{i}", f"1390000{i:04d}", "服务类", f"2026-09-0{i}"]
        + ([f"2026-09-1{i}"] if end else [])
        for i in range(1, count + 1)
    ]


@pytest.mark.parametrize("fmt", WITH_PDF)
def test_a_complaints_only_date_its_start_is_when_it_was_received(
        tmp_path: Path, fmt: str) -> None:
    records = read_table(fmt, tmp_path / "list", _complaint_list()).records["complaints"]
    assert len(records) == 3
    assert records[1]["received_at"] == datetime(2026, 9, 2)
    assert records[1]["closed_at"] is None


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_complaints_end_is_its_closing_never_its_receipt(tmp_path: Path, fmt: str) -> None:
    records = read_table(fmt, tmp_path / "both", _complaint_list(end=True)).records["complaints"]
    assert records[0]["received_at"] == datetime(2026, 9, 1)
    assert records[0]["closed_at"] == datetime(2026, 9, 11)


def test_a_start_is_a_complaints_receipt_but_a_work_orders_on_site_start() -> None:
    complaint = headers.field_candidates("开始日期", CP)
    order = headers.field_candidates("开始日期", WO)
    assert "received_at" in complaint
    assert "responded_at" in order and "reported_at" not in order
    # the start of another step is that step's; an edit is no event of the service
    assert "received_at" not in headers.field_candidates("开始受理时间", CP)
    assert "received_at" not in headers.field_candidates("处理开始时间", CP)
    assert headers.field_candidates("更新时间", CP) == {}
    assert "reported_at" not in headers.field_candidates("更新时间", WO)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_start_of_handling_beside_the_complaint_date_takes_nothing(
        tmp_path: Path, fmt: str) -> None:
    rows = [["编码", "投诉人", "投诉电话", "投诉主题", "投诉日期", "开始受理时间"]] + [
        [f"K{i}", f"侯{i}", f"1390000{i:04d}", "退款迟迟未到", f"2026-09-0{i}", f"2026-09-2{i}"]
        for i in range(1, 4)]
    records = read_table(fmt, tmp_path / "accept", rows).records["complaints"]
    assert [r["received_at"].day for r in records] == [1, 2, 3]


# ------------------------------------------- an equipment list by meaning

_COURSE_KIT = [["课程名", "器材编号", "器材名", "每人所需", "规格"],
               ["电工基础", "QC-001", "万用表", "1", "UT33D"],
               ["电工基础", "QC-002", "剥线钳", "1", "7寸"],
               ["制冷维修", "QC-003", "压力表组", "1", "R32/R410A"]]
_INSTRUMENTS = [["序号", "仪器名称", "仪器编号", "型号", "存放地点"],
                ["1", "卤素检漏仪", "YQ-01", "HLD-100", "一号库房"],
                ["2", "真空泵", "YQ-02", "VP-2", "一号库房"],
                ["3", "钳形电流表", "YQ-03", "F317", "二号库房"]]


@pytest.mark.parametrize("fmt", WITH_PDF)
@pytest.mark.parametrize("rows", [_COURSE_KIT, _INSTRUMENTS], ids=["course_kit", "instruments"])
def test_a_kit_list_is_an_equipment_list(tmp_path: Path, fmt: str, rows) -> None:
    extracted = read_table(fmt, tmp_path / "kit", rows)
    assert extracted.kinds == ["equipment_list"]
    assert not any(extracted.records.values())


_TIMETABLE = [["课程名称", "授课老师", "上课时间", "上课地点", "学时"],
              ["电工基础", "周老师", "2026-09-01", "培训室A", "4"],
              ["制冷维修", "吴老师", "2026-09-02", "培训室B", "6"]]
_PRICE_LIST = [["设备名称", "规格型号", "单价", "数量", "金额"],
               ["空调室内机", "KFR-35GW", "2999", "2", "5998"],
               ["空调室外机", "KFR-35W", "1999", "1", "1999"]]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("rows", [_TIMETABLE, _PRICE_LIST], ids=["timetable", "price_list"])
def test_a_timetable_or_a_price_list_is_no_equipment_list(tmp_path: Path, fmt: str, rows) -> None:
    extracted = read_table(fmt, tmp_path / "not_kit", rows)
    assert "equipment_list" not in extracted.kinds
    assert not any(extracted.records.values())


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_work_orders_device_columns_do_not_make_it_an_equipment_list(
        tmp_path: Path, fmt: str) -> None:
    rows = [["设备名称", "设备编号", "设备型号", "规格", "故障描述", "报修时间"]] + [
        [f"空调{i}", f"SB-0{i}", "KFR-35GW", "1.5匹", "不制冷", f"2026-09-0{i} 10:00"]
        for i in range(1, 4)]
    extracted = read_table(fmt, tmp_path / "device_orders", rows)
    assert len(extracted.records["work_orders"]) == 3
    assert "equipment_list" not in extracted.kinds


# ------------------------------------------- a weekday between the date and the time

@pytest.mark.parametrize("text, expected", [
    ("2026-09-03 星期四 10:20", datetime(2026, 9, 3, 10, 20)),
    ("2026年9月3日 周四 上午10:20", datetime(2026, 9, 3, 10, 20)),
    ("2026/09/03 (Thu) 10:20", datetime(2026, 9, 3, 10, 20)),
    ("2026/09/03（星期四）下午2:05", datetime(2026, 9, 3, 14, 5)),
    ("2026-09-06 周日 09:00", datetime(2026, 9, 6, 9, 0)),
    ("9/3/2026 12:05 AM", None),  # month/day/year: only in a column that settles the order
])
def test_a_weekday_between_date_and_time_is_read(text: str, expected: datetime | None) -> None:
    assert parse_timestamp(text)[0] == expected


def test_a_weekday_that_is_not_the_dates_leaves_it_unread() -> None:
    assert parse_timestamp("2026-09-03 星期五 10:20") == (None, False)
    assert parse_timestamp("2026/09/03 (Fri) 10:20") == (None, False)


_WEEKDAY_ORDERS = ["工单号", "客户姓名", "联系电话", "故障描述", "处理结果", "来电时刻"]


@pytest.mark.parametrize("fmt", WITH_PDF)
def test_a_ledger_of_weekday_dates_keeps_the_time(tmp_path: Path, fmt: str) -> None:
    days = ["2026-09-03 星期四 10:20", "2026年9月4日 周五 下午3:05", "2026/09/05 (Sat) 08:40"]
    rows = [_WEEKDAY_ORDERS] + [[f"W{i}", f"祁{i}", f"1360000{i:04d}", "不制冷", "补充冷媒",
                                 day] for i, day in enumerate(days, 1)]
    extracted = read_table(fmt, tmp_path / "weekday", rows)
    stamps = [r["reported_at"] for r in extracted.records["work_orders"]]
    assert stamps == [datetime(2026, 9, 3, 10, 20), datetime(2026, 9, 4, 15, 5),
                      datetime(2026, 9, 5, 8, 40)]
    wrong = [*rows, ["W4", "祁4", "13600000004", "不制冷", "补充冷媒", "2026-09-03 星期一 10:20"]]
    unread = read_table(fmt, tmp_path / "wrong_weekday", wrong)
    assert unread.records["work_orders"][3]["reported_at"] is None
    assert any("could not be read" in note and "星期一" in note for note in unread.notes)


# ------------------------------------------- month/day/year, decided per column

def test_the_order_is_the_one_some_value_allows() -> None:
    assert date_order_of(["9/3/2026", "9/23/2026"]) == MONTH_FIRST
    assert date_order_of(["3/9/2026", "23/9/2026"]) == DAY_FIRST
    assert date_order_of(["9/3/2026", "3/9/2026"]) == UNSETTLED
    assert date_order_of(["9/23/2026", "23/9/2026"]) == CONFLICTING
    assert date_order_of(["2026-09-03", None]) is None
    assert in_date_order("9/3/2026 2:05 PM", MONTH_FIRST) == "2026-09-03 2:05 PM"
    assert in_date_order("9/3/2026", DAY_FIRST) == "2026-03-09"


_US = ["工单号", "客户姓名", "联系电话", "故障描述", "处理结果", "来电时刻", "完工时刻"]


def _us_rows(days: list[str]) -> list[list[object]]:
    return [_US] + [[f"U{i}", f"詹{i}", f"1350000{i:04d}", "不制冷", "补充冷媒", day, day]
                    for i, day in enumerate(days, 1)]


@pytest.mark.parametrize("fmt", WITH_PDF)
def test_a_column_with_a_day_above_twelve_settles_month_first(tmp_path: Path, fmt: str) -> None:
    rows = _us_rows(["9/3/2026 10:20 AM", "9/23/2026 2:05 PM", "10/1/2026 12:05 AM"])
    extracted = read_table(fmt, tmp_path / "us", rows)
    stamps = [r["reported_at"] for r in extracted.records["work_orders"]]
    assert stamps == [datetime(2026, 9, 3, 10, 20), datetime(2026, 9, 23, 14, 5),
                      datetime(2026, 10, 1, 0, 5)]
    assert any("read as month/day/year" in note for note in extracted.notes)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_column_with_a_day_first_settles_day_first(tmp_path: Path, fmt: str) -> None:
    extracted = read_table(fmt, tmp_path / "eu", _us_rows(["3/9/2026", "23/9/2026", "1/10/2026"]))
    stamps = [r["reported_at"] for r in extracted.records["work_orders"]]
    assert stamps == [datetime(2026, 9, 3), datetime(2026, 9, 23), datetime(2026, 10, 1)]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("days, why", [
    (["9/3/2026", "3/9/2026", "10/1/2026"], "none that settles which"),
    (["9/23/2026", "23/9/2026", "1/1/2026"], "others that can only be day/month"),
], ids=["unsettled", "conflicting"])
def test_a_column_that_never_settles_stays_unread_and_says_so(
        tmp_path: Path, fmt: str, days: list[str], why: str) -> None:
    path = write_table(fmt, tmp_path / "open", _us_rows(days))
    extracted = parse_file(path, path.name, LIMITS)[1]
    assert all(r["reported_at"] is None for r in extracted.records["work_orders"])
    assert any(why in note and "来电时刻" in note for note in extracted.notes)
    explained = explain_document(read_document(path, path.name, LIMITS)[1])  # preaudit explain
    assert any(why in note for note in explained.notes)


# ------------------------------------------- aspect ratings are item scores

def test_an_aspect_is_what_stands_before_the_rating_word() -> None:
    assert rated_aspect("质量满意度") == "质量"
    assert rated_aspect("时效满意度") == "时效"
    assert rated_aspect("维修质量评分") == "维修质量"
    for overall in ("满意度", "总体评价", "综合满意度", "客户满意度", "整体服务满意度", "是否满意",
                    "总评分", "服务评价", "不满意", "非常满意", "基本满意"):
        assert rated_aspect(overall) is None, overall


_CALLBACK = ["回访编号", "客户姓名", "联系电话", "回访日期"]


def _callback(ratings: list[str], values: list[str]) -> list[list[object]]:
    return [_CALLBACK + ratings] + [
        [f"H{i}", f"柏{i}", f"1370000{i:04d}", f"2026-09-0{i}", *values] for i in range(1, 4)]


@pytest.mark.parametrize("fmt", WITH_PDF)
def test_aspect_ratings_beside_the_overall_are_items(tmp_path: Path, fmt: str) -> None:
    ratings = ["质量满意度", "服务态度满意度", "时效满意度", "满意度"]
    rows = _callback(ratings, ["一般", "不满意", "一般", "非常满意"])
    extracted = read_table(fmt, tmp_path / "aspects", rows)
    records = extracted.records["survey_responses"]
    assert not any("no column rates the response overall" in note for note in extracted.notes)
    assert [r["overall"] for r in records] == ["非常满意"] * 3
    assert records[0]["items"] == {"质量满意度": "一般", "服务态度满意度": "不满意",
                                   "时效满意度": "一般"}


@pytest.mark.parametrize("fmt", FORMATS)
def test_aspects_alone_are_items_and_no_overall(tmp_path: Path, fmt: str) -> None:
    """Two aspects and nothing rated overall: item scores, whose mean is the rating
    (findings.md); no aspect is taken for the overall."""
    rows = _callback(["质量满意度", "时效满意度"], ["4", "5"])
    extracted = read_table(fmt, tmp_path / "only_aspects", rows)
    records = extracted.records["survey_responses"]
    assert any("no column rates the response overall" in note for note in extracted.notes)
    assert len(records) == 3
    assert all(r["overall"] is None for r in records)
    assert set(records[0]["items"]) == {"质量满意度", "时效满意度"}


@pytest.mark.parametrize("fmt", FORMATS)
def test_one_aspect_rated_alone_is_the_responses_rating(tmp_path: Path, fmt: str) -> None:
    rows = _callback(["维修质量评分"], ["5"])
    records = read_table(fmt, tmp_path / "one_aspect", rows).records["survey_responses"]
    assert [str(r["overall"]) for r in records] == ["5"] * 3


# ------------------------------------------- a person's column beside its name's column

_ASSIGNED = ["工单号", "报修者", "报修者姓名", "联系电话", "故障描述", "处理结果", "指派维修人员",
             "指派维修人员名称"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_column_that_says_it_holds_the_name_is_the_name(tmp_path: Path, fmt: str) -> None:
    """Systems export a person twice, as an account and as a name: the name column is the
    person, whichever way round the two stand; the other one is only a fallback."""
    rows = [_ASSIGNED] + [[f"Z{i}", f"yh00{i}", f"戚{i}", f"1380000{i:04d}", "不制冷", "补充冷媒",
                           f"吕{i}", f"窦{i}"] for i in range(1, 4)]
    records = read_table(fmt, tmp_path / "assigned", rows).records["work_orders"]
    assert [(r["customer_name"], r["technician"]) for r in records] == [
        ("戚1", "窦1"), ("戚2", "窦2"), ("戚3", "窦3")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_person_column_without_a_name_twin_is_read_as_before(tmp_path: Path, fmt: str) -> None:
    rows = [["工单号", "报修者", "联系电话", "故障描述", "处理结果", "指派维修人员"]] + [
        [f"Z{i}", f"戚{i}", f"1380000{i:04d}", "不制冷", "补充冷媒", f"吕{i}"] for i in range(1, 4)]
    records = read_table(fmt, tmp_path / "single", rows).records["work_orders"]
    assert [(r["customer_name"], r["technician"]) for r in records] == [
        ("戚1", "吕1"), ("戚2", "吕2"), ("戚3", "吕3")]
