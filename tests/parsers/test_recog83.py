"""Issue 11, decision 408: what the English seen and retired layouts left unread.

- A bare Name (名称) says only "a name": distinct people's names under it, beside the
  complainant's phone, are the complainant's; a product's name repeated row after row is not.
- A help desk's ticket report that dates every step (created, first response, closed) stands
  as work orders without a kind word, so its bare Title tells what was wrong; a list with a
  title and a creation date only does not.
- A user the order was assigned to (Assigned User, 指派用户) is the company's staff; a user
  who reported it (报修用户) is the customer.
- An English "visit" is anyone's: a clinic's patients rating their visit are survey responses;
  a field service's visits stay work orders and date the arrival.
- A code of a thing another column names (Dept Code beside Department) numbers no record;
  codes under # then do. A complaint's own number beside its 投诉 column still does.
Must-read and must-not cases on a workbook and a Word table; the cells are written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table, rows_of

_N = 8
_PEOPLE = ["韩雨桐", "蒋志远", "沈丽娟", "魏国栋", "姚晓红", "陆文涛", "曹美华", "傅建平"]
_STAFF = ["赵师傅", "钱师傅"] * (_N // 2)
_PHONES = [f"1391234{5600 + i}" for i in range(_N)]
_SCALE = ["满意", "非常满意", "一般", "满意", "非常满意", "满意", "一般", "满意"]
_FAULTS = ["空调开机不制冷", "洗衣机排水口漏水", "冰箱压缩机噪音大", "电视通电不开机",
           "热水器显示E1故障", "空调遥控器失灵", "冰箱冷藏室有异味", "烤箱一开就跳闸"]
_COMPLAINTS = ["上门迟到两小时", "收费与报价不一致", "维修后一周再坏", "客服电话无人接听",
               "安装时损坏墙砖", "配件等了十天", "技师态度生硬", "预约多次改期"]


def _at(day: int, hour: int) -> list[str]:
    return [f"2025-05-{day + i:02d} {hour:02d}:{10 + i}" for i in range(_N)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_bare_name_of_distinct_people_is_the_complainant(tmp_path: Path, fmt: str) -> None:
    """A public complaint form's export: Name, Email, Contact, Message, Registered Date
    (before: the complainant's name unread)."""
    head = ["Name", "Email", "Contact", "Complaint Type", "Message", "Registered Date", "Staus"]
    rows = rows_of(head, _PEOPLE, [f"u{i}@mail.cn" for i in range(_N)], _PHONES,
                   ["Service", "Billing"] * (_N // 2), _COMPLAINTS, _at(2, 9),
                   ["Open", "Closed"] * (_N // 2))
    read = read_table(fmt, tmp_path / "complaints", rows)
    assert read.kinds == ["complaint_ledger"]
    assert [r["customer_name"] for r in read.records["complaints"]] == _PEOPLE


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_bare_name_of_a_product_is_nobody(tmp_path: Path, fmt: str) -> None:
    """Must not: Name holds the appliance, repeated; the customer is the labelled one."""
    head = ["Ticket ID", "Customer", "Phone", "Name", "Fault", "Reported At"]
    rows = rows_of(head, [f"T{700 + i}" for i in range(_N)], _PEOPLE, _PHONES,
                   ["空调", "冰箱"] * (_N // 2), _FAULTS, _at(3, 9))
    read = read_table(fmt, tmp_path / "orders", rows)
    assert read.kinds == ["work_orders"]
    assert [r["customer_name"] for r in read.records["work_orders"]] == _PEOPLE


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_ticket_report_dated_through_reads_its_title(tmp_path: Path, fmt: str) -> None:
    """A help desk's monthly ticket report: no kind word, every step dated (before: the Title
    holding the fault unread)."""
    head = ["#", "Title", "State", "Customer", "Created At", "First Response At", "Closed At"]
    rows = rows_of(head, [f"8{1000 + i}" for i in range(_N)], _FAULTS, ["closed"] * _N, _PEOPLE,
                   _at(4, 9), _at(4, 10), _at(4, 16))
    read = read_table(fmt, tmp_path / "tickets", rows)
    assert read.kinds == ["work_orders"]
    assert [r["issue"] for r in read.records["work_orders"]] == _FAULTS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_title_in_a_list_dated_once_stays_unread(tmp_path: Path, fmt: str) -> None:
    """Must not: jobs signed for (a work order's own column), no header naming the kind, the
    response not dated: the rule of dates through does not speak, and a bare title says
    nothing of whose title it is (decision 193)."""
    head = ["#", "Title", "Customer", "Phone", "Technician", "Customer Signature", "Created At",
            "Closed At"]
    rows = rows_of(head, [f"8{2000 + i}" for i in range(_N)], _FAULTS, _PEOPLE, _PHONES, _STAFF,
                   ["已签"] * _N, _at(5, 9), _at(5, 15))
    read = read_table(fmt, tmp_path / "list", rows)
    records = [record for kind in read.records.values() for record in kind]
    assert len(records) == _N
    assert all(record.get("issue") is None and record.get("reason") is None for record in records)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_assigned_user_is_staff(tmp_path: Path, fmt: str) -> None:
    """A CRM's cases: the user a case was assigned to served it (before: read as a customer)."""
    head = ["Case Number", "Fault", "Customer", "Phone", "Assigned User", "Date Created",
            "Date Closed"]
    rows = rows_of(head, [f"C{900 + i}" for i in range(_N)], _FAULTS, _PEOPLE, _PHONES,
                   ["Wang Lei", "Li Na"] * (_N // 2), _at(6, 9), _at(6, 15))
    read = read_table(fmt, tmp_path / "cases", rows)
    assert read.kinds == ["work_orders"]
    orders = read.records["work_orders"]
    assert [r["customer_name"] for r in orders] == _PEOPLE
    assert [r["technician"] for r in orders] == ["Wang Lei", "Li Na"] * (_N // 2)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_user_who_reported_is_the_customer(tmp_path: Path, fmt: str) -> None:
    """Must not: 报修用户 asked for the repair, whoever was sent (指派用户 beside it)."""
    head = ["报修单号", "报修用户", "用户电话", "故障现象", "指派用户", "报修时间"]
    rows = rows_of(head, [f"BX{300 + i}" for i in range(_N)], _PEOPLE, _PHONES, _FAULTS, _STAFF,
                   _at(7, 9))
    read = read_table(fmt, tmp_path / "repairs", rows)
    assert read.kinds == ["work_orders"]
    assert [r["customer_name"] for r in read.records["work_orders"]] == _PEOPLE


@pytest.mark.parametrize("fmt", FORMATS)
def test_patients_rating_their_visit_are_survey_responses(tmp_path: Path, fmt: str) -> None:
    """A clinic's survey details: the visit is the patient's (before: work orders, Visit Date
    read as a home call)."""
    head = ["Patient Name", "Email", "Visit Date", "Clinic", "Satisfaction", "Follow-up",
            "Submitted"]
    rows = rows_of(head, _PEOPLE, [f"p{i}@mail.cn" for i in range(_N)],
                   [f"2025-05-{i + 1:02d}" for i in range(_N)], ["North", "South"] * (_N // 2),
                   _SCALE, ["Yes", "No"] * (_N // 2), [f"2025-05-{i + 2:02d}" for i in range(_N)])
    read = read_table(fmt, tmp_path / "clinic", rows)
    assert read.kinds == ["satisfaction_survey"]
    assert [r["overall"] for r in read.records["survey_responses"]] == _SCALE


@pytest.mark.parametrize("fmt", FORMATS)
def test_field_service_visits_stay_work_orders(tmp_path: Path, fmt: str) -> None:
    """Must not: a technician's visits to fix faults are work orders, the visit their arrival."""
    head = ["Job No", "Customer", "Phone", "Fault", "Technician", "Reported Date", "Visit Date"]
    rows = rows_of(head, [f"J{500 + i}" for i in range(_N)], _PEOPLE, _PHONES, _FAULTS, _STAFF,
                   _at(8, 9), _at(8, 14))
    read = read_table(fmt, tmp_path / "visits", rows)
    assert read.kinds == ["work_orders"]
    assert all(r["responded_at"] for r in read.records["work_orders"])


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_department_code_numbers_no_response(tmp_path: Path, fmt: str) -> None:
    """A city office's feedback: Dept Code beside Department is the office's code; the codes
    under # number the responses (before: the department code read as the record number)."""
    head = ["#", "Department", "Dept Code", "Overall Rating", "Comment", "Submitted At"]
    rows = rows_of(head, [f"HF2025{i:05d}" for i in range(_N)], ["Treasury", "Assessor"] * (_N // 2),
                   ["TRS", "ASR", "TRS", "BPL"] * (_N // 4), _SCALE, ["none"] * _N, _at(9, 9))
    read = read_table(fmt, tmp_path / "feedback", rows)
    assert read.kinds == ["satisfaction_survey"]
    assert [r["record_id"] for r in read.records["survey_responses"]] == [
        f"HF2025{i:05d}" for i in range(_N)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_complaints_own_number_beside_its_text_numbers_it(tmp_path: Path, fmt: str) -> None:
    """Must not: 投诉编号 beside a 投诉 column numbers the complaints themselves."""
    head = ["投诉编号", "投诉", "投诉人", "联系电话", "处理结果", "投诉时间"]
    rows = rows_of(head, [f"TS2025{i:04d}" for i in range(_N)], _COMPLAINTS, _PEOPLE, _PHONES,
                   ["已致歉并补偿", "已退差价"] * (_N // 2), _at(10, 9))
    read = read_table(fmt, tmp_path / "numbered", rows)
    assert read.kinds == ["complaint_ledger"]
    assert [r["record_id"] for r in read.records["complaints"]] == [
        f"TS2025{i:04d}" for i in range(_N)]


# -- the second part of decision 408: verdicts and questions ---------------------------------

_EN_PEOPLE = ["Olivia Brown", "Liam Smith", "Emma Jones", "Noah Wilson", "Ava Taylor",
              "Lucas Clark", "Mia Lewis", "Ethan Hall"]
_REMARKS = ["Quick and friendly", "Could be faster", "Great job", "Fine",
            "Arrived on time", "Polite engineer", "Took too long", "All good"]
_VERDICTS = ["客户表示满意", "对处理结果满意", "满意，无其他意见", "基本满意",
             "客户认可处理结果", "非常满意", "满意", "客户表示满意"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_last_verdict_is_the_feedback(tmp_path: Path, fmt: str) -> None:
    """A hotline's tickets called back twice: the last verdict stands, the first yields."""
    head = ["工单编号", "客户姓名", "电话号码", "投诉内容", "受理时间", "首次评价", "最后评价", "归档时间"]
    rows = rows_of(head, [f"RX{400 + i}" for i in range(_N)], _PEOPLE, _PHONES, _COMPLAINTS,
                   _at(12, 9), ["不满意"] * _N, _VERDICTS, _at(12, 17))
    read = read_table(fmt, tmp_path / "hotline", rows)
    assert read.kinds == ["complaint_ledger"]
    assert [r["feedback"] for r in read.records["complaints"]] == _VERDICTS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_lone_verdict_column_is_the_feedback_whatever_its_place(tmp_path: Path,
                                                                 fmt: str) -> None:
    """Must not: one verdict column (评价) is the feedback, first or not."""
    head = ["工单编号", "客户姓名", "电话号码", "投诉内容", "受理时间", "评价", "归档时间"]
    rows = rows_of(head, [f"RX{500 + i}" for i in range(_N)], _PEOPLE, _PHONES, _COMPLAINTS,
                   _at(13, 9), _VERDICTS, _at(13, 17))
    read = read_table(fmt, tmp_path / "single", rows)
    assert read.kinds == ["complaint_ledger"]
    assert [r["feedback"] for r in read.records["complaints"]] == _VERDICTS


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_online_form_of_questions_is_survey_responses(tmp_path: Path, fmt: str) -> None:
    """A form's responses, each column a question (before: nothing recognised)."""
    head = ["Timestamp", "Name", "Phone number", "How satisfied were you with our service?",
            "How likely are you to recommend us?", "Any other comments?"]
    rows = rows_of(head, _at(14, 9), _EN_PEOPLE, _PHONES, _SCALE,
                   ["9", "10", "7", "8", "10", "6", "9", "8"], _REMARKS)
    read = read_table(fmt, tmp_path / "form", rows)
    assert read.kinds == ["satisfaction_survey"]
    assert [r["overall"] for r in read.records["survey_responses"]] == _SCALE


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_rated_repair_with_comments_is_a_survey(tmp_path: Path, fmt: str) -> None:
    """A survey tool's export: a question about the repair and free comments (before: work
    orders, the comments read as the fault, Start/End Date as the visit)."""
    head = ["Respondent ID", "Start Date", "End Date", "Customer Name",
            "Overall, how satisfied are you with the repair?", "Comments"]
    rows = rows_of(head, [f"R{700 + i}" for i in range(_N)], _at(15, 9), _at(15, 10), _EN_PEOPLE,
                   _SCALE, _REMARKS)
    read = read_table(fmt, tmp_path / "survey", rows)
    assert read.kinds == ["satisfaction_survey"]
    assert [r["overall"] for r in read.records["survey_responses"]] == _SCALE


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_repair_list_rated_by_its_customers_stays_work_orders(tmp_path: Path,
                                                               fmt: str) -> None:
    """Must not: repairs whose fault is told under its own label, rated afterwards."""
    head = ["Job No", "Customer", "Phone", "Fault", "Technician", "Completed",
            "How satisfied were you with the repair?", "Comments"]
    rows = rows_of(head, [f"J{600 + i}" for i in range(_N)], _EN_PEOPLE, _PHONES, _FAULTS,
                   _STAFF, _at(16, 15), _SCALE, _REMARKS)
    read = read_table(fmt, tmp_path / "repairs", rows)
    assert read.kinds == ["work_orders"]
    assert [r["issue"] for r in read.records["work_orders"]] == _FAULTS
