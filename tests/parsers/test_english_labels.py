"""Issue 11: English column labels are read by the same parts as Chinese ones (decision 397).

Exports that keep a system's English column names (Ticket ID, Date Created, created_at) are
put word by word into the lexicon's Chinese parts, head last, so every rule and word list
reads them. Must-read: work orders, surveys and complaints labelled in English, display names
and database names alike. Must-not: an English list of staff or of service centres with
phones is no record ledger; a Chinese or mixed label is read as before. Each table on a
workbook and a Word table; the labels and cells are written here, not drawn from the corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.parsers.english import is_english, to_chinese
from preaudit.parsers.headers import normalise_header
from tests.parsers.tables import FORMATS, WITH_PDF, read_table, rows_of

_NAMES = ["韩雨桐", "蒋志远", "沈丽娟", "魏国栋", "姚晓红", "陆文涛", "曹美华", "傅建平"]
_PHONES = [f"1391234{5600 + i}" for i in range(8)]
_PLACES = [f"上海市浦东新区张杨路{100 + i}号" for i in range(8)]
_REPORTED = [f"2026-03-{i + 2:02d} 09:{10 + i}" for i in range(8)]
_DONE = [f"2026-03-{i + 2:02d} 15:{20 + i}" for i in range(8)]


@pytest.mark.parametrize(("label", "chinese"), [
    ("Customer Name", "客户名称"),
    ("Ticket No.", "工单编号"),  # No. after a noun is number (decision 441)
    ("Date Created", "创建日期"),          # the head written first
    ("created_at", "创建时间"),            # a participle and the time it happened
    ("Closed On", "关闭时间"),
    ("handleResult", "处理结果"),          # camelCase
    ("Resolved By", "解决人"),             # who did it
    ("Date of Visit", "到访日期"),         # X of Y → Y X (a visit, anyone's: 408)
    ("Number of Complaints", "投诉数量"),  # a count
    ("Complaints", "投诉"),                # a plural by its stem
    ("Cust omer Na me", "客户名称"),       # words a narrow cell wrapped, capitals kept
    ("Addr ess", "地址"),
])
def test_english_words_are_put_into_chinese_parts_head_last(label: str, chinese: str) -> None:
    assert to_chinese(label) == chinese


def test_a_bracketed_remark_is_dropped_before_the_words_are_read() -> None:
    assert normalise_header("Phone (mobile)") == "电话"


@pytest.mark.parametrize("label", ["报修时间", "工单号 Order No.", "userId用户", "联系电话"])
def test_a_label_with_chinese_in_it_is_left_as_it_is(label: str) -> None:
    assert not is_english(label)
    assert to_chinese(label) == label


def test_an_unknown_word_stays_in_its_place() -> None:
    """VIN, IMEI: no word of the glossary, read (or not) as before, never guessed."""
    assert to_chinese("VIN") == "vin"
    assert normalise_header("Vehicle VIN") == "车辆vin"


@pytest.mark.parametrize("fmt", WITH_PDF)
@pytest.mark.parametrize("head", [
    ["Ticket ID", "Customer Name", "Contact Phone", "Service Address", "Fault Description",
     "Action Taken", "Assigned Technician", "Date Reported", "Date Completed"],
    ["ticketNo", "customerName", "customerPhone", "address", "faultDesc", "handleResult",
     "engineerName", "createTime", "finishTime"],
])
def test_an_english_work_order_export_is_read(tmp_path: Path, fmt: str, head: list[str]) -> None:
    rows = rows_of(head, [f"T{900 + i}" for i in range(8)], _NAMES, _PHONES, _PLACES,
                   ["空调不制冷"] * 8, ["更换电容后试机正常"] * 8, ["王建国"] * 8, _REPORTED, _DONE)
    read = read_table(fmt, tmp_path / "tickets", rows)
    orders = read.records["work_orders"]
    assert len(orders) == 8 and read.kinds == ["work_orders"]
    first = orders[0]
    assert first["customer_name"] == "韩雨桐" and first["customer_phone"] == _PHONES[0]
    assert first["issue"] == "空调不制冷" and first["resolution"] == "更换电容后试机正常"
    assert str(first["reported_at"]).startswith("2026-03-02")
    assert str(first["completed_at"]).startswith("2026-03-02")


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_english_survey_export_is_read(tmp_path: Path, fmt: str) -> None:
    head = ["Response ID", "Respondent", "Phone", "Survey Date", "Service Attitude",
            "Repair Quality", "Overall Rating"]
    rows = rows_of(head, [f"R{i}" for i in range(8)], _NAMES, _PHONES,
                   [f"2026-04-{i + 1:02d}" for i in range(8)], [5, 4, 5, 5, 3, 4, 5, 5],
                   [4, 4, 5, 5, 4, 4, 5, 3], [5, 4, 5, 5, 4, 4, 5, 4])
    read = read_table(fmt, tmp_path / "survey", rows)
    responses = read.records["survey_responses"]
    assert len(responses) == 8
    assert responses[0]["respondent"] == "韩雨桐"
    assert str(responses[0]["overall"]) in ("5", "5.0")


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_english_complaint_register_is_read(tmp_path: Path, fmt: str) -> None:
    head = ["Complaint No", "Complainant", "Contact Number", "Date Received",
            "Complaint Details", "Handling Measures", "Customer Feedback", "Date Closed"]
    rows = rows_of(head, [f"C{i}" for i in range(8)], _NAMES, _PHONES, _REPORTED,
                   ["上门迟到两小时"] * 8, ["致歉并对工程师批评教育"] * 8, ["满意"] * 8, _DONE)
    read = read_table(fmt, tmp_path / "complaints", rows)
    complaints = read.records["complaints"]
    assert len(complaints) == 8 and not read.records.get("work_orders")
    assert complaints[0]["reason"] == "上门迟到两小时"


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_english_staff_list_is_no_record_ledger(tmp_path: Path, fmt: str) -> None:
    """Must not: employees with phones are the staff list, not work orders."""
    head = ["Employee ID", "Full Name", "Gender", "Position", "Mobile", "Hire Date"]
    rows = rows_of(head, [f"E{i}" for i in range(8)], _NAMES, ["男", "女"] * 4,
                   ["维修工程师"] * 8, _PHONES, [f"2020-0{i + 1}-01" for i in range(8)])
    read = read_table(fmt, tmp_path / "staff", rows)
    assert not any(read.records.values())
    assert read.kinds == ["staff_training"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_english_list_of_service_centres_is_no_record_ledger(tmp_path: Path, fmt: str) -> None:
    """Must not: outlets with addresses and phones are service outlets."""
    head = ["Service Center", "Address", "Hotline", "Opening Hours", "Contact Person", "Phone"]
    rows = rows_of(head, [f"{p[3:7]}服务中心" for p in _PLACES], _PLACES, ["400-800-1234"] * 8,
                   ["09:00-18:00"] * 8, _NAMES, _PHONES)
    read = read_table(fmt, tmp_path / "outlets", rows)
    assert not any(read.records.values())
    assert read.kinds == ["service_outlets"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_english_rating_steps_are_read_as_the_overall(tmp_path: Path, fmt: str) -> None:
    """Decision 399: a survey tool's Very Satisfied … Dissatisfied are steps of a scale."""
    head = ["Response ID", "Respondent", "Phone", "Survey Date", "Overall Satisfaction"]
    steps = ["Very Satisfied", "Satisfied", "Neutral", "Dissatisfied"] * 2
    rows = rows_of(head, [f"R{i}" for i in range(8)], _NAMES, _PHONES,
                   [f"2026-04-{i + 1:02d}" for i in range(8)], steps)
    responses = read_table(fmt, tmp_path / "survey", rows).records["survey_responses"]
    assert [r["overall"] for r in responses] == steps
