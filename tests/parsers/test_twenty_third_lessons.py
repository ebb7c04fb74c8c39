"""Issue 11: what the retired twenty-third held-out set taught (decisions 463-468), and a
help desk's rating export read from a probe (decision 469).

463: whoever does a service act or a remedy (施工人, 安装人) is staff, and their phone is never
the customer's. 464: 了结 closes and 回单 completes; a length of time (处理时长, 答题耗时) dates
no step and rates no whole. 465: a label headed by an address (设备地址) is no product. 466:
the number sign after what it numbers (WO#, Ticket #) is its number. 467: a work order's own
number, whom it served, what about and the technician make a job, whatever it cost. 468: an
ERP's Posting Date is when a document was recorded; Feedback Taken By is the desk. 469: a
rating export whose only text is a comment and whose only date the rating's is survey responses.
Each on a workbook and a Word table, with must-read and must-not-read cases; the cells are
written here (tests/parsers/tables.py SAMPLE_*), not drawn from the corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.model.records import RecordKind
from preaudit.parsers import headers
from tests.parsers.tables import (
    FORMATS,
    SAMPLE_FAULTS,
    SAMPLE_FIXES,
    SAMPLE_PEOPLE,
    SAMPLE_PHONES,
    read_table,
    rows_of,
)


def _best(label: str, kind: RecordKind) -> str | None:
    """The field a ledger's header row reads the label as, by its parts alone."""
    found = headers.match_header(label, kind, strict=False)
    return found[0] if found else None


_IDS = [f"TT2026{i:04d}" for i in range(1, 7)]
_DAYS = [f"2026-09-{d:02d} 09:{10 + d:02d}" for d in (1, 3, 5, 7, 9, 11)]
_LATER = [f"2026-09-{d:02d} 15:{20 + d:02d}" for d in (1, 3, 5, 7, 9, 11)]
_NEXT = [f"2026-09-{d:02d} 11:{30 + d:02d}" for d in (2, 4, 6, 8, 10, 12)]
_WORKERS = ["郑师傅", "王建军", "郑师傅", "刘振华", "王建军", "刘振华"]
_WORKER_PHONES = [f"1590000{7700 + i}" for i in range(6)]
_ADDRESSES = ["长阳路269弄2号302室", "世纪大道992弄33号", "川沙路974弄22号", "张杨路917弄20号",
              "龙华中路778弄39号", "长阳路197弄33号"]
_HOURS = ["1.5", "2", "0.5", "3", "1", "2.5"]


def _installs(phone_label: str) -> list[list[object]]:
    phones = _WORKER_PHONES if "施工" in phone_label else SAMPLE_PHONES
    return rows_of(["工单编码", "用户姓名", "用户安装地址", "故障描述", "受理时间", "施工人员",
                    phone_label],
                   _IDS, SAMPLE_PEOPLE, _ADDRESSES, SAMPLE_FAULTS, _DAYS, _WORKERS, phones)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_installers_phone_is_not_the_customers(tmp_path: Path, fmt: str) -> None:
    """463: 施工人联系电话 is the installer's phone; before, it was read as the customer's."""
    orders = read_table(fmt, tmp_path / "crew", _installs("施工人联系电话")).records["work_orders"]
    assert [r["technician"] for r in orders] == _WORKERS
    assert all(r["customer_phone"] is None for r in orders)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_installation_phone_stays_the_customers(tmp_path: Path, fmt: str) -> None:
    """Must read: 安装电话 (no person named) is the phone given for the installation, the
    customer's; only a doer of the act (施工人, 安装人) makes a phone staff's."""
    orders = read_table(fmt, tmp_path / "given", _installs("安装电话")).records["work_orders"]
    assert [r["customer_phone"] for r in orders] == SAMPLE_PHONES


@pytest.mark.parametrize("label", ["施工人电话", "安装人电话", "解决人手机号", "配送员手机号"])
def test_a_doers_phone_names_no_customer(label: str) -> None:
    assert "customer_phone" not in headers.field_candidates(label, RecordKind.WORK_ORDER)


@pytest.mark.parametrize("label", ["报警人电话", "收件人电话", "报修人电话"])
def test_an_askers_or_receivers_phone_stays_the_customers(label: str) -> None:
    """Must not: the one who raised the alarm or received the goods is no doer of a service."""
    assert "customer_phone" in headers.field_candidates(label, RecordKind.WORK_ORDER)


def _complaints(closing: str) -> list[list[object]]:
    return rows_of(["投诉单号", "投诉会员", "会员电话", "来店投诉日期", "投诉原因", "处理办法",
                    closing],
                   _IDS, SAMPLE_PEOPLE, SAMPLE_PHONES, _DAYS, SAMPLE_FAULTS, SAMPLE_FIXES, _NEXT)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_settled_complaint_is_closed(tmp_path: Path, fmt: str) -> None:
    """464: 投诉了结日期 is the day the complaint was settled; before, it was read as a second
    receipt date and closed_at stayed empty."""
    complaints = read_table(fmt, tmp_path / "settled", _complaints("投诉了结日期")).records["complaints"]
    assert all(str(r["closed_at"]).startswith(d[:10]) for r, d in zip(complaints, _NEXT, strict=True))
    assert all(str(r["received_at"]).startswith(d[:10]) for r, d in zip(complaints, _DAYS, strict=True))


def _crew_orders(done_label: str, cells: list[object]) -> list[list[object]]:
    return rows_of(["工单编码", "用户姓名", "联系电话", "故障描述", "处理措施", "受理时间",
                    "外线接单时间", done_label, "施工人员"],
                   _IDS, SAMPLE_PEOPLE, SAMPLE_PHONES, SAMPLE_FAULTS, SAMPLE_FIXES, _DAYS,
                   [d.replace("09:", "10:") for d in _DAYS], cells, _WORKERS)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_crews_return_of_the_order_is_its_completion(tmp_path: Path, fmt: str) -> None:
    """464: 外线回单时间 (the field crew handing the finished order back) completes it."""
    orders = read_table(fmt, tmp_path / "back", _crew_orders("外线回单时间", _LATER)).records["work_orders"]
    assert all(str(r["completed_at"]).startswith(d[:10]) for r, d in zip(orders, _LATER, strict=True))


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_length_of_time_completes_nothing(tmp_path: Path, fmt: str) -> None:
    """Must not: 处理时长 (hours) is how long the job took, no completion; the records are read
    and nobody's completion is taken from it."""
    orders = read_table(fmt, tmp_path / "hours", _crew_orders("处理时长", _HOURS)).records["work_orders"]
    assert len(orders) == 6
    assert all(r["completed_at"] is None for r in orders)


@pytest.mark.parametrize("label", ["处理时长", "答题耗时（秒）", "故障修复时长(分钟)", "通话时长"])
def test_a_duration_names_no_field(label: str) -> None:
    for kind in (RecordKind.WORK_ORDER, RecordKind.COMPLAINT, RecordKind.SURVEY_RESPONSE):
        assert headers.field_candidates(label, kind) == {}


@pytest.mark.parametrize("label", ["等候时长打分", "候诊时长评价"])
def test_a_rated_duration_is_no_overall(label: str) -> None:
    assert "overall" not in headers.field_candidates(label, RecordKind.SURVEY_RESPONSE)


@pytest.mark.parametrize("label", ["使用时间", "收工时间", "完工时间"])
def test_a_time_word_after_a_verb_stays_a_time(label: str) -> None:
    """Must not: 用时 and 工时 are no duration words, so 使用时间 keeps its time word."""
    from preaudit.parsers.meaning import read_label
    assert "time" in read_label(headers.normalise_header(label)).classes


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_devices_address_is_no_product(tmp_path: Path, fmt: str) -> None:
    """465: 设备地址 is where the device stands; before, it was read as the product (0.9 over
    0.85 for the address), so the model column beside it lost."""
    rows = rows_of(["工单号", "客户姓名", "联系电话", "设备地址", "故障描述", "报修时间"],
                   _IDS, SAMPLE_PEOPLE, SAMPLE_PHONES, _ADDRESSES, SAMPLE_FAULTS, _DAYS)
    orders = read_table(fmt, tmp_path / "where", rows).records["work_orders"]
    assert all(r["product"] is None for r in orders)
    assert [r["customer_address"] for r in orders] == _ADDRESSES


@pytest.mark.parametrize("label", ["设备名称", "产品型号", "设备型号"])
def test_a_devices_name_stays_the_product(label: str) -> None:
    assert "product" in headers.field_candidates(label, RecordKind.WORK_ORDER)


@pytest.mark.parametrize("label", ["WO#", "Ticket #", "Work Order #"])
def test_the_number_sign_numbers_the_record(label: str) -> None:
    """466: before, the sign was dropped and WO# read as 工单, no number."""
    assert _best(label, RecordKind.WORK_ORDER) == "record_id"


def test_the_number_sign_alone_stays_a_bare_column() -> None:
    """Must not: # alone says nothing of what it numbers (decision 206)."""
    assert headers.field_candidates("#", RecordKind.WORK_ORDER) == {}


_COSTS = [["120", "35.5", "0", "480"], ["60", "0", "15", "210"], ["0", "12", "0", "95"],
          ["240", "80", "0", "760"], ["30", "0", "0", "130"], ["90", "20", "45", "385"]]


# A contractor's jobs in two wordings: an English export (WO#) and a Chinese one whose costs
# say 金额 and 合计, a sales ledger's words; each with its own number label, then a sale's.
_CONTRACTORS = {
    "en": (["Date Entered", "Building", "Priority", "Description", "Requestor", "Lead Tech",
            "Material Cost", "Equipment Cost", "Rental Cost", "Total Cost"], "WO#", "Sales Order No"),
    "zh": (["录入日期", "楼栋", "优先级", "描述", "申请人", "负责技师", "材料金额", "设备金额",
            "租赁金额", "合计金额"], "工单号", "订单编号"),
}


def _contractor(wording: str, sale: bool = False) -> list[list[object]]:
    labels, job_number, sale_number = _CONTRACTORS[wording]
    body = [[_IDS[i], _DAYS[i][:10], _ADDRESSES[i], "High", SAMPLE_FAULTS[i], SAMPLE_PEOPLE[i],
             _WORKERS[i], *_COSTS[i]] for i in range(6)]
    return [[sale_number if sale else job_number, *labels], *body]


@pytest.mark.parametrize("wording", _CONTRACTORS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_contractors_jobs_with_costs_are_work_orders(tmp_path: Path, fmt: str,
                                                       wording: str) -> None:
    """467: numbered by work order (WO#, 工单号), with a requester, a description and a
    technician, the costs beside them are the jobs'; before, "kind unclear … or sales_ledger"
    (English) or a sales ledger (Chinese), and nothing read."""
    read = read_table(fmt, tmp_path / "jobs", _contractor(wording))
    orders = read.records["work_orders"]
    assert [r["record_id"] for r in orders] == _IDS
    assert [r["technician"] for r in orders] == _WORKERS


@pytest.mark.parametrize("wording", _CONTRACTORS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_sale_numbered_by_its_order_stays_unread(tmp_path: Path, fmt: str, wording: str) -> None:
    """Must not: the same columns numbered by a sales order (Sales Order No, 订单编号) name no
    work order's number, so the costs keep their say and no work orders are read."""
    read = read_table(fmt, tmp_path / "sale", _contractor(wording, sale=True))
    assert not read.records.get("work_orders")


_RATINGS = ["5", "4", "5", "3", "4", "5"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_erp_feedbacks_posting_date_dates_the_response(tmp_path: Path, fmt: str) -> None:
    """468: Posting Date is when the feedback was recorded (before, 岗位日期, a roster's job
    post, which also gave the table a staff-training look); Feedback Taken By is the desk."""
    rows = rows_of(["ID", "Customer", "Overall Rating", "Customer Feedback Taken By",
                    "Posting Date"],
                   _IDS, SAMPLE_PEOPLE, _RATINGS, _WORKERS, [d[:10] for d in _DAYS])
    responses = read_table(fmt, tmp_path / "fb", rows).records["survey_responses"]
    assert [r["respondent"] for r in responses] == SAMPLE_PEOPLE
    assert all(str(r["surveyed_at"]).startswith(d[:10]) for r, d in zip(responses, _DAYS, strict=True))


def test_who_took_the_feedback_is_no_respondent() -> None:
    found = headers.field_candidates("Customer Feedback Taken By", RecordKind.SURVEY_RESPONSE)
    assert "respondent" not in found


_COMMENTS = ["very quick fix, thanks", "ok", "engineer was late", "fine", "great", "slow reply"]
_AGENTS = ["Amy", "Bob", "Cal", "Amy", "Bob", "Cal"]


def _ratings(head: list[str], dated: bool = True) -> list[list[object]]:
    when = [d if dated else "" for d in _DAYS]
    return rows_of(head, _IDS, _RATINGS, _COMMENTS, _AGENTS, SAMPLE_PEOPLE, when)


@pytest.mark.parametrize("head", [
    ["Ticket ID", "Rating", "Comment", "Agent", "Requester", "Rated at"],
    ["Case Number", "Score", "Remarks", "Assigned Agent", "Customer", "Rated On"],
])
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_help_desks_rating_export_is_survey_responses(tmp_path: Path, fmt: str,
                                                        head: list[str]) -> None:
    """469: Ticket ID | Rating | Comment | Agent | Requester | Rated at, from a probe of help
    desks' satisfaction exports: before, work orders whose fault was the comment. The second
    wording (Case Number | Score | Remarks …) read right before by other means, a guard."""
    read = read_table(fmt, tmp_path / "csat", _ratings(head))
    assert not read.records.get("work_orders")
    responses = read.records["survey_responses"]
    assert [r["respondent"] for r in responses] == SAMPLE_PEOPLE
    assert [str(r["overall"]) for r in responses] == _RATINGS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_fault_written_beside_a_rating_stays_a_work_order(tmp_path: Path, fmt: str) -> None:
    """Must not: a column that names the fault (Fault Description) is no remark on a rating;
    the undated rows stay work orders, whose missing dates the checks report."""
    head = ["Ticket ID", "Rating", "Fault Description", "Agent", "Requester", "Note"]
    rows = rows_of(head, _IDS, _RATINGS, SAMPLE_FAULTS, _AGENTS, SAMPLE_PEOPLE, _COMMENTS)
    orders = read_table(fmt, tmp_path / "fault", rows).records["work_orders"]
    assert [r["issue"] for r in orders] == SAMPLE_FAULTS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_boards_published_request_is_dated_by_its_posting(tmp_path: Path, fmt: str) -> None:
    """470: a community app's repair list dates each request by 发布日期 (retired15
    wo_community_repair_order_list: the report was unread)."""
    rows = rows_of(["名称", "物品名称", "维修类型", "发布日期", "用户名", "住户姓名", "手机", "地址"],
                   SAMPLE_FAULTS, ["空调", "洗衣机", "冰箱", "电视", "热水器", "空调"],
                   ["水电", "家电", "家电", "家电", "水电", "家电"], [d[:10] for d in _DAYS],
                   [f"user{i}" for i in range(6)], SAMPLE_PEOPLE, SAMPLE_PHONES, _ADDRESSES)
    orders = read_table(fmt, tmp_path / "board", rows).records["work_orders"]
    assert all(str(r["reported_at"]).startswith(d[:10]) for r, d in zip(orders, _DAYS, strict=True))


@pytest.mark.parametrize(("label", "field"), [("提问时间", "received_at"), ("发帖时间", "received_at"),
                                              ("收信日期", "received_at")])
def test_asking_posting_and_a_letter_received_date_the_complaint(label: str, field: str) -> None:
    assert field in headers.field_candidates(label, RecordKind.COMPLAINT)


def test_who_published_names_no_customer() -> None:
    """Must not: 发布人 may be the board's editor as well as who posted; no customer by it."""
    assert "customer_name" not in headers.field_candidates("发布人", RecordKind.COMPLAINT)


# 471 and 472: the words trades use (whom they serve, the numbers those leave, petitions,
# comment cards; how a fault shows and is declared, a house call, a crew's head, a rescue, an
# outbound call-back, a mediation), from the retired sets' registers, variant and real, and
# the list of unread tunable labels: must read, then must not.
_READ_471 = [
    ("信访日期", RecordKind.COMPLAINT, "received_at"), ("信访人", RecordKind.COMPLAINT, "customer_name"),
    ("热线受诉时间", RecordKind.COMPLAINT, "received_at"), ("投诉办毕时间", RecordKind.COMPLAINT, "closed_at"),
    ("乘客留号", RecordKind.COMPLAINT, "customer_phone"), ("家长回拨号码", RecordKind.COMPLAINT, "customer_phone"),
    ("用水户名称", RecordKind.COMPLAINT, "customer_name"), ("乘客对答复意见", RecordKind.COMPLAINT, "feedback"),
    ("乘客意见单号", RecordKind.COMPLAINT, "record_id"), ("机主联电", RecordKind.WORK_ORDER, "customer_phone"),
    ("种植户姓名", RecordKind.WORK_ORDER, "customer_name"), ("联络手机", RecordKind.WORK_ORDER, "customer_phone"),
    ("观众意见卡号", RecordKind.SURVEY_RESPONSE, "record_id"),
    ("读者综合评定", RecordKind.SURVEY_RESPONSE, "overall"),
    ("读者联络号", RecordKind.SURVEY_RESPONSE, "respondent_phone"),
]
_READ_472 = [
    ("故障表现", RecordKind.WORK_ORDER, "issue"), ("申告内容", RecordKind.WORK_ORDER, "issue"),
    ("销障时间", RecordKind.WORK_ORDER, "completed_at"), ("入户时间", RecordKind.WORK_ORDER, "responded_at"),
    ("到府时间", RecordKind.WORK_ORDER, "responded_at"), ("机主称谓", RecordKind.WORK_ORDER, "customer_name"),
    ("修障人员", RecordKind.WORK_ORDER, "technician"), ("抢修组长", RecordKind.WORK_ORDER, "technician"),
    ("救援人员", RecordKind.WORK_ORDER, "technician"), ("外呼时间", RecordKind.SURVEY_RESPONSE, "surveyed_at"),
    ("电访时刻", RecordKind.SURVEY_RESPONSE, "surveyed_at"), ("调解经过", RecordKind.COMPLAINT, "handling"),
    ("解决举措", RecordKind.COMPLAINT, "handling"),
]
_APART_471 = [
    ("退货人邮编", RecordKind.WORK_ORDER, "customer_name"),  # a postcode is no person
    ("邮编", RecordKind.WORK_ORDER, "record_id"),  # nor a record's number
    ("主联系手机号", RecordKind.WORK_ORDER, "record_id"),  # a phone, however split
    ("客户编号", RecordKind.COMPLAINT, "record_id"),  # a person's number numbers no record
    ("信访室意见", RecordKind.COMPLAINT, "feedback"),  # the petitions office's answer
    ("处理意见", RecordKind.COMPLAINT, "feedback"),  # the desk's, with no customer named
]
_APART_472 = [
    ("救援人员电话", RecordKind.WORK_ORDER, "customer_phone"),  # a rescuer's phone (decision 463)
    ("抢修组长电话", RecordKind.WORK_ORDER, "customer_phone"),  # the crew head's
    ("外呼时间", RecordKind.WORK_ORDER, "reported_at"),  # a call-back is no report
    ("承办人", RecordKind.COMPLAINT, "customer_name"),  # who undertook it is staff
]


@pytest.mark.parametrize(("label", "kind", "field"), _READ_471 + _READ_472)
def test_a_trades_own_words_read(label: str, kind: RecordKind, field: str) -> None:
    assert _best(label, kind) == field


@pytest.mark.parametrize(("label", "kind", "field"), _APART_471 + _APART_472)
def test_words_near_them_stay_apart(label: str, kind: RecordKind, field: str) -> None:
    assert field not in headers.field_candidates(label, kind)


def test_a_contact_mobile_is_a_phone_not_a_product() -> None:
    assert _best("主联系手机号", RecordKind.WORK_ORDER) == "customer_phone"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_bus_companys_passenger_complaints_read(tmp_path: Path, fmt: str) -> None:
    """A passenger complaint register in its trade's words: before decision 471 the passenger
    (投诉乘客), the number left (乘客留号) and the passenger's view of the answer were unread."""
    rows = rows_of(["乘客意见单号", "投诉乘客", "乘客留号", "投诉时间", "投诉事由", "处理经过",
                    "乘客对答复意见"],
                   _IDS, SAMPLE_PEOPLE, SAMPLE_PHONES, _DAYS, SAMPLE_FAULTS, SAMPLE_FIXES,
                   ["满意", "基本满意", "满意", "满意", "不满意", "满意"])
    complaints = read_table(fmt, tmp_path / "bus", rows).records["complaints"]
    assert [r["customer_name"] for r in complaints] == SAMPLE_PEOPLE
    assert [r["customer_phone"] for r in complaints] == SAMPLE_PHONES
    assert [r["record_id"] for r in complaints] == _IDS
    assert [r["feedback"] for r in complaints] == ["满意", "基本满意", "满意", "满意", "不满意", "满意"]
