"""Issue 11, third round: complaints without a complaint word, call-backs, installations.

Every mechanism is tested in a workbook and in a Word table with a must-read and a
must-not-read case. The labels are invented variations of the kinds the third-round corpus
showed (bench/layouts/SOURCES.md), not the corpus labels themselves, and none is a synonym (a
test below keeps it that way): a pass means the mechanism generalises.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from preaudit.model.records import RecordKind
from preaudit.parsers import headers
from preaudit.parsers.columns import map_columns
from preaudit.parsers.normalise import parse_timestamp
from tests.parsers.tables import FORMATS, assert_unlisted, read_table

CP, WO, SV = RecordKind.COMPLAINT, RecordKind.WORK_ORDER, RecordKind.SURVEY_RESPONSE


INVENTED = [
    "留言内容", "客服答复意见", "留言日期", "主管核实情况说明", "来访姓名", "报修物件名称",
    "保养日期", "下次保养日期", "回访结论", "登记类别编码", "意见编号", "回访评价", "安装人员",
    "维修人员意见", "安装情况", "计划保养内容", "保养周期", "记录时间", "收到时间", "填报日期",
]
# create_time and createTime are read as 创建时间 since decision 397, a listed synonym; the
# tests below still read them.


def test_the_labels_used_here_are_not_synonyms() -> None:
    assert_unlisted(INVENTED)


# ------------------------------------------- a 意见/留言 ledger is read as complaints

_MESSAGES = ["意见编号", "来访姓名", "联系电话", "留言内容", "客服答复意见", "留言日期"]


def _messages(count: int = 3) -> list[list[object]]:
    return [[f"Y{i}", f"许{i}", f"1390000{i:04d}", "小区夜间噪音扰民", "已联系物业加强巡查",
             f"2026-09-0{i}"] for i in range(1, count + 1)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_message_ledger_with_answers_is_a_complaint_ledger(tmp_path: Path, fmt: str) -> None:
    extracted = read_table(fmt, tmp_path / "msg", [_MESSAGES, *_messages()])
    assert not extracted.records.get("work_orders")
    records = extracted.records["complaints"]
    assert len(records) == 3
    first = records[0]
    assert first["customer_name"] == "许1"  # 来访姓名: a person's name, no staff in it
    assert first["reason"] == "小区夜间噪音扰民"
    assert first["handling"] == "已联系物业加强巡查"  # the desk's answer, qualified by staff
    assert first["received_at"] == datetime(2026, 9, 1)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_repair_ledger_with_customer_feedback_stays_work_orders(
    tmp_path: Path, fmt: str
) -> None:
    """The raised word must name the reason column: a fault ledger whose customers also gave
    feedback is no complaint ledger."""
    rows: list[list[object]] = [["维修单号", "报修人", "电话", "故障现象", "维修人员意见",
                                 "客户意见", "报修日期"]]
    rows += [[f"W{i}", f"邵{i}", f"1370000{i:04d}", "空调不制冷", "补充冷媒后试机正常", "满意",
              f"2026-09-0{i}"] for i in range(1, 4)]
    extracted = read_table(fmt, tmp_path / "wo", rows)
    assert not extracted.records.get("complaints")
    record = extracted.records["work_orders"][0]
    assert record["resolution"] == "补充冷媒后试机正常"  # the technician's opinion is the remedy
    assert record["technician"] is None  # … and no person


def test_staff_qualified_answers_are_handling_not_people() -> None:
    assert set(headers.field_candidates("主管核实情况说明", CP)) == {"handling"}
    assert not headers.field_candidates("回执联", CP)  # a receipt slip is no answer
    assert set(headers.field_candidates("维修人员意见", WO)) == {"resolution"}
    assert "technician" in headers.field_candidates("安装人员", WO)  # a person still is one


def test_a_persons_name_is_the_customers_a_things_name_is_not() -> None:
    assert set(headers.field_candidates("来访姓名", CP)) == {"customer_name"}
    assert "customer_name" not in headers.field_candidates("报修物件名称", WO)
    assert "customer_name" not in headers.field_candidates("处理人姓名", WO)


# ------------------------------------------- a call-back with no rating is no response

def _callbacks(result: str) -> list[list[object]]:
    rows: list[list[object]] = [["客户姓名", "客户电话", "回访人", "回访结论", "回访日期"]]
    rows += [[f"岳{i}", f"1360000{i:04d}", "客服小王", result, f"2026-10-0{i}"]
             for i in range(1, 4)]
    return rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_callback_log_in_words_is_no_survey(tmp_path: Path, fmt: str) -> None:
    extracted = read_table(fmt, tmp_path / "cb", _callbacks("客户已收到配件，电话沟通完毕"))
    assert not any(extracted.records.get(kind) for kind in ("survey_responses", "work_orders",
                                                             "complaints"))
    assert "callback_report" in extracted.kinds


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_callback_log_with_ratings_is_a_survey(tmp_path: Path, fmt: str) -> None:
    extracted = read_table(fmt, tmp_path / "cb", _callbacks("非常满意"))
    responses = extracted.records["survey_responses"]
    assert len(responses) == 3
    assert responses[0]["overall"] == "非常满意"


def test_a_rating_is_a_word_of_the_scale_or_a_grade_not_any_word() -> None:
    header = ["客户姓名", "回访评价", "回访日期"]
    graded = [["岳一", grade, "2026-10-01"] for grade in ("优", "良", "好")]
    assert map_columns(header, SV, graded).fields.get("overall") == [1]
    worded = [["岳一", text, "2026-10-01"] for text in ("已修好", "电话未接通", "下周再访")]
    assert "overall" not in map_columns(header, SV, worded).fields
    yes_no = [["岳一", answer, "2026-10-01"] for answer in ("是", "是", "否")]
    assert map_columns(["客户姓名", "是否满意", "回访日期"], SV, yes_no).fields["overall"] == [1]


# ------------------------------------------- installation and maintenance dates

@pytest.mark.parametrize("fmt", FORMATS)
def test_the_day_a_service_act_was_done_completes_the_order(tmp_path: Path, fmt: str) -> None:
    rows: list[list[object]] = [["保养单号", "客户名称", "联系电话", "保养内容", "保养日期",
                                 "下次保养日期"]]
    rows += [[f"B{i}", f"柏{i}", f"1380000{i:04d}", "更换滤芯，清洗风道", f"2026-09-0{i}",
              f"2026-12-0{i}"] for i in range(1, 4)]
    record = read_table(fmt, tmp_path / "by", rows).records["work_orders"][0]
    assert record["completed_at"] == datetime(2026, 9, 1)  # 保养日期: the day it was done
    assert record["completed_at"] != datetime(2026, 12, 1)  # 下次…: a plan, never an event
    assert record["resolution"] == "更换滤芯，清洗风道"  # what the service act did


def test_a_plan_or_a_cycle_is_no_work_done() -> None:
    assert set(headers.field_candidates("安装情况", WO)) == {"resolution"}
    assert not headers.field_candidates("计划保养内容", WO)
    assert not headers.field_candidates("保养周期", WO)


# ------------------------------------------- a repeated code numbers no record

def test_a_column_of_repeated_codes_is_no_record_number() -> None:
    header = ["登记类别编码", "留言内容", "客服答复意见", "留言日期", "来访姓名"]
    repeated = [[code, "噪音", "已处理", "2026-09-01", "许一"] for code in ("A1", "A1", "B2", "A1", "B2")]
    assert "record_id" not in map_columns(header, CP, repeated).fields
    unique = [[f"A{i}", "噪音", "已处理", "2026-09-01", "许一"] for i in range(5)]
    assert map_columns(header, CP, unique).fields.get("record_id") == [0]


# ------------------------------------------- 投诉单 names the complaint

def test_the_complaint_forms_details_are_its_reason() -> None:
    assert set(headers.field_candidates("客户投诉单具体内容", CP)) == {"reason"}
    assert "reason" not in headers.field_candidates("客户投诉单编号", CP)


# ------------------------------------------- Java dates broken across PDF lines

def test_a_wrapped_java_date_with_its_zone_fused_to_the_year_is_read() -> None:
    assert parse_timestamp("Sun Sep\n06 11:10:0\n0 CST\n2026") == (datetime(2026, 9, 6, 11, 10),
                                                                  True)
    assert parse_timestamp("Tue Jan 06 10:20:00 CST 2026")[0] == datetime(2026, 1, 6, 10, 20)
    assert parse_timestamp("Sun Sep 06 CST 2026")[0] is None  # no clock: not Date.toString()


# ------------------------------------------- when a complaint came in, more wordings

@pytest.mark.parametrize("label", ["记录时间", "收到时间", "填报日期", "create_time", "createTime"])
def test_the_moment_a_complaint_was_taken_in(label: str) -> None:
    assert set(headers.field_candidates(label, CP)) == {"received_at"}


@pytest.mark.parametrize("label", ["update_time", "修改时间", "下次回访时间"])
def test_a_later_edit_or_a_plan_is_not_when_it_came_in(label: str) -> None:
    assert "received_at" not in headers.field_candidates(label, CP)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_ledger_keeping_its_column_names_is_dated(tmp_path: Path, fmt: str) -> None:
    rows: list[list[object]] = [["id", "留言内容", "客服答复意见", "create_time", "update_time"]]
    rows += [[i, "快递柜门打不开", "已远程开柜", f"2026-09-0{i} 10:00", f"2026-10-0{i} 10:00"]
             for i in range(1, 4)]
    record = read_table(fmt, tmp_path / "en", rows).records["complaints"][0]
    assert record["received_at"] == datetime(2026, 9, 1, 10, 0)
    assert record["closed_at"] is None  # an edit is no closing


# ------------------------------------------- web exports' dates

@pytest.mark.parametrize("written", [
    "Thu Sep 03 2026 10:20:00 GMT+0800 (中国标准时间)",  # JavaScript Date.toString()
    "Thu Sep 03 2026 02:20:00 GMT+0000 (Coordinated Universal Time)",
    "Thu, 03 Sep 2026 10:20:00 +0800",  # RFC 2822
    "03 Sep 2026 02:20:00 GMT",
])
def test_web_export_dates_are_read_as_china_time(written: str) -> None:
    assert parse_timestamp(written) == (datetime(2026, 9, 3, 10, 20), True)


# A day with its month's name and no time of day is a date since decision 413 (Thu, 03 Sep
# 2026 reads 2026-09-03); a weekday that is not the date's, or words after it, still are not.
@pytest.mark.parametrize("written", ["Foo 03 Bar 2026 10:20:00", "Fri, 03 Sep 2026",
                                     "Thu, 03 Sep 2026 we called back"])
def test_what_only_looks_like_a_web_date_is_not_read(written: str) -> None:
    assert parse_timestamp(written)[0] is None


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_ledger_of_javascript_dates_is_dated(tmp_path: Path, fmt: str) -> None:
    rows: list[list[object]] = [["编号", "留言内容", "客服答复意见", "留言时间"]]
    rows += [[f"L{i}", "快递柜门打不开", "已远程开柜", f"Thu Sep 0{i} 2026 10:20:00 GMT+0800 (中国标准时间)"]
             for i in range(1, 4)]
    record = read_table(fmt, tmp_path / "js", rows).records["complaints"][0]
    assert record["received_at"] == datetime(2026, 9, 1, 10, 20)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_repair_ledger_whose_fault_the_customer_reported_stays_work_orders(
    tmp_path: Path, fmt: str
) -> None:
    """反馈 in a fault column (客户反馈问题) is how the fault came in, not a complaint ledger."""
    rows: list[list[object]] = [["服务单号", "客户姓名", "电话", "客户反馈问题", "处理结果",
                                 "维修师傅", "完工时间"]]
    rows += [[f"S{i}", f"戚{i}", f"1330000{i:04d}", "洗衣机不脱水", "更换排水泵", "郑浩",
              f"2026-09-0{i} 16:00"] for i in range(1, 4)]
    extracted = read_table(fmt, tmp_path / "fb", rows)
    assert not extracted.records.get("complaints")
    assert extracted.records["work_orders"][0]["issue"] == "洗衣机不脱水"


# ------------------------------------------- a maintenance plan is no work order

@pytest.mark.parametrize("fmt", FORMATS)
def test_a_maintenance_plan_is_known_and_yields_no_orders(tmp_path: Path, fmt: str) -> None:
    rows: list[list[object]] = [["计划编号", "客户名称", "联系电话", "设备型号", "保养项目",
                                 "计划保养日期", "保养周期", "负责人"]]
    rows += [[f"P{i}", f"华东物业{i}", f"1370000{i:04d}", "KFR-35GW", "清洗滤网",
              f"2026-1{i % 3}-01", "季度", "郑浩"] for i in range(1, 4)]
    extracted = read_table(fmt, tmp_path / "plan", rows)
    assert not any(extracted.records.values())
    assert extracted.kinds == ["maintenance_plan"]
