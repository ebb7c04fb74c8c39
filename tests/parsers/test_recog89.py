"""Issue 11, decisions 433 and 435-439: what the twenty-first set, retired (decision 431), showed.

- A dispatch list numbered by its orders (工单号) that names each order's customer, phone and
  address is work orders, though the outlet it went to stands beside them with its phone and
  address (433); an outlet list names no customer and stays an outlet list.
- How often or how long each person worked (工作次数, 工作时间总和) is a report's statistic, no
  field of a survey response (435): a table of workers with rating bands counted per worker is
  no survey.
- 报修完成时间 is the request's end, the job done; 申请办结时间 is asking for the end (436).
- Labels (437): a complaint's number qualified by its channel (渠道投诉号) is no reason; what the
  customer asks for (客户要求) is no customer's name, and in a complaint ledger the complaint's
  matter; 打分原因 is why a score was given, no overall; 住处 is an address; 诉单 a complaint's
  form; 服务者 whoever serves; 修毕 and 提车 end a repair.
- Help-desk exports' own English words (438): Jira's Issue key, Requested by, Mobile phone and
  Work phone, Work performed, Field engineer.
- When a respondent submitted (提交日期) or scored (评分时间) dates the response (439).
Must-read and must-not cases on a workbook and a Word table; the cells are written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.model.records import RecordKind
from preaudit.parsers.headers import field_candidates
from tests.parsers.tables import FORMATS, read_table, rows_of

_N = 6
_NAMES = ["韩雨桐", "蒋志远", "沈丽娟", "魏国栋", "姚晓红", "陆文涛"]
_PHONES = [f"1391234560{i}" for i in range(_N)]
_OTHER_PHONES = [f"0215566780{i}" for i in range(_N)]
_ADDRESSES = [f"上海市浦东新区川沙路{100 + i}弄{i + 1}号" for i in range(_N)]
_OUTLETS = ["浦东服务网点", "闵行服务网点", "宝山服务网点", "徐汇服务网点", "嘉定服务网点", "松江服务网点"]
_OUTLET_ADDRESSES = [f"上海市闵行区沪闵路{200 + i}号" for i in range(_N)]


def _at(day: int, hour: int) -> list[str]:
    return [f"2026-10-{day + i:02d} {hour:02d}:{10 + i}" for i in range(_N)]


def _dispatch_rows() -> list[list[object]]:
    head = ["序号", "工单号", "报单日期", "产品类型", "客户姓名", "联系电话", "客户地址", "服务网点",
            "网点电话", "网点地址", "工单状态"]
    return rows_of(head, [str(i + 1) for i in range(_N)], [f"PD2026100{i}" for i in range(_N)],
                   _at(1, 9), ["空调", "冰箱", "洗衣机", "热水器", "电视", "油烟机"], _NAMES, _PHONES,
                   _ADDRESSES, _OUTLETS, _OTHER_PHONES, _OUTLET_ADDRESSES,
                   ["已派单", "已完成", "已派单", "已完成", "已派单", "已完成"])


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_dispatch_list_naming_its_customers_is_work_orders(tmp_path: Path, fmt: str) -> None:
    read = read_table(fmt, tmp_path / "dispatch", _dispatch_rows())
    assert read.kinds == ["work_orders"]
    records = read.records["work_orders"]
    assert [r["customer_name"] for r in records] == _NAMES
    assert [r["record_id"] for r in records] == [f"PD2026100{i}" for i in range(_N)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_outlet_list_stays_an_outlet_list(tmp_path: Path, fmt: str) -> None:
    head = ["网点编号", "服务网点", "网点电话", "网点地址", "负责人", "开业日期"]
    rows = rows_of(head, [f"WD00{i}" for i in range(_N)], _OUTLETS, _OTHER_PHONES,
                   _OUTLET_ADDRESSES, _NAMES, _at(1, 9))
    read = read_table(fmt, tmp_path / "outlets", rows)
    assert not read.records.get("work_orders")
    assert read.kinds == ["service_outlets"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_workers_with_counted_verdicts_are_no_survey(tmp_path: Path, fmt: str) -> None:
    head = ["序号", "姓名", "编号", "性别", "电话", "用工状态", "是否在岗", "工作时间总和", "非常满意",
            "满意", "不满意", "工作次数"]
    rows = rows_of(head, [str(i + 1) for i in range(_N)], _NAMES, [f"G{i:03d}" for i in range(_N)],
                   ["男", "男", "女", "男", "女", "男"], _PHONES, ["在职"] * _N, ["是"] * _N,
                   [str(120 + 7 * i) for i in range(_N)], [str(30 + i) for i in range(_N)],
                   [str(12 + i) for i in range(_N)], [str(i) for i in range(_N)],
                   [str(45 + 3 * i) for i in range(_N)])
    read = read_table(fmt, tmp_path / "workers", rows, title="工人工作情况列表")
    assert not read.records.get("survey_responses")


@pytest.mark.parametrize("fmt", FORMATS)
def test_cleaners_with_counted_verdicts_are_no_survey(tmp_path: Path, fmt: str) -> None:
    """Decision 435 on a table no layout of the corpus has (the retired twenty-first's workers
    are learned by the kind vote as well): without the rule, six survey responses."""
    head = ["序号", "姓名", "手机号", "非常满意", "满意", "不满意", "工作次数", "工时总和"]
    rows = rows_of(head, [str(i + 1) for i in range(_N)], _NAMES, _PHONES,
                   [str(30 + i) for i in range(_N)], [str(12 + i) for i in range(_N)],
                   [str(i) for i in range(_N)], [str(45 + 3 * i) for i in range(_N)],
                   [str(160 + 5 * i) for i in range(_N)])
    read = read_table(fmt, tmp_path / "cleaners", rows, title="保洁员月度情况")
    assert not read.records.get("survey_responses")
    assert read.kinds == ["callback_report"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_requests_end_is_the_completion(tmp_path: Path, fmt: str) -> None:
    head = ["报修单号", "学生姓名", "联系电话", "损坏说明", "维修内容", "报修创建时间", "维修人员",
            "报修完成时间"]
    rows = rows_of(head, [f"BX2026100{i}" for i in range(_N)], _NAMES, _PHONES,
                   ["水龙头漏水", "灯管不亮", "门锁损坏", "空调不制冷", "下水道堵塞", "插座没电"],
                   ["更换阀芯", "更换灯管", "更换锁芯", "补充冷媒", "疏通管道", "更换插座"],
                   _at(1, 9), ["王师傅"] * _N, _at(1, 16))
    read = read_table(fmt, tmp_path / "dorm", rows)
    records = read.records["work_orders"]
    assert [str(r["completed_at"])[:10] for r in records] == [d[:10] for d in _at(1, 16)]
    assert [str(r["reported_at"])[11:16] for r in records] == [d[11:] for d in _at(1, 9)]


def test_asking_for_the_end_stays_the_customers_act() -> None:
    assert "completed_at" not in field_candidates("申请办结时间", RecordKind.WORK_ORDER)
    assert "closed_at" not in field_candidates("申请办结时间", RecordKind.COMPLAINT)
    assert "completed_at" in field_candidates("报修实际完成时间", RecordKind.WORK_ORDER)


def test_labels_the_twenty_first_set_showed() -> None:
    assert "reason" not in field_candidates("渠道投诉号", RecordKind.COMPLAINT)
    assert "reason" in field_candidates("投诉类型", RecordKind.COMPLAINT)
    assert "customer_name" not in field_candidates("客户要求", RecordKind.WORK_ORDER)
    assert "reason" in field_candidates("客户要求", RecordKind.COMPLAINT)
    assert field_candidates("客户要求时间", RecordKind.COMPLAINT) == {}
    assert "overall" not in field_candidates("打分原因", RecordKind.SURVEY_RESPONSE)
    assert "overall" in field_candidates("总体评分", RecordKind.SURVEY_RESPONSE)
    assert "customer_address" in field_candidates("车主住处", RecordKind.WORK_ORDER)
    assert "record_id" in field_candidates("车主诉单号", RecordKind.COMPLAINT)
    assert "technician" in field_candidates("服务者", RecordKind.WORK_ORDER)
    assert "completed_at" in field_candidates("修毕提车时间", RecordKind.WORK_ORDER)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_complaints_channel_number_is_no_reason(tmp_path: Path, fmt: str) -> None:
    head = ["投诉单号", "渠道投诉号", "投诉人", "状态", "完结时间", "创建时间"]
    rows = rows_of(head, [f"TS2026100{i}" for i in range(_N)], [f"QD88{i:04d}" for i in range(_N)],
                   _NAMES, ["已完结"] * _N, _at(1, 16), _at(1, 9))
    read = read_table(fmt, tmp_path / "disputes", rows)
    records = read.records["complaints"]
    assert {r["reason"] for r in records} == {None}
    assert [r["record_id"] for r in records] == [f"TS2026100{i}" for i in range(_N)]


_FAULTS = ["Washing machine leaks", "Fridge not cooling", "Oven will not heat", "Dryer is noisy",
           "TV has no picture", "Dishwasher error E4"]
_FIXES = ["Replaced door seal", "Recharged refrigerant", "Replaced element", "Replaced drum belt",
          "Replaced power board", "Cleared drain pump"]
_PEOPLE = ["Olivia Brown", "Liam Smith", "Emma Jones", "Noah Taylor", "Ava Wilson", "Mason Clark"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_help_desks_issue_export_is_read(tmp_path: Path, fmt: str) -> None:
    """Decision 438: Jira's Issue key numbers the ticket; a contact's Mobile phone is theirs."""
    head = ["Issue key", "Summary", "Reporter", "Mobile phone", "Assignee", "Status", "Created",
            "Resolved", "Resolution"]
    rows = rows_of(head, [f"SD-{101 + i}" for i in range(_N)], _FAULTS, _PEOPLE, _PHONES,
                   ["Wang Lei"] * _N, ["Done"] * _N, _at(1, 9), _at(1, 16), _FIXES)
    read = read_table(fmt, tmp_path / "jira", rows)
    records = read.records["work_orders"]
    assert [r["record_id"] for r in records] == [f"SD-{101 + i}" for i in range(_N)]
    assert [r["customer_phone"] for r in records] == _PHONES


def test_a_help_desks_words() -> None:
    assert "record_id" in field_candidates("Issue key", RecordKind.WORK_ORDER)
    assert "customer_name" in field_candidates("Requested by", RecordKind.WORK_ORDER)
    assert "customer_phone" in field_candidates("Work phone", RecordKind.WORK_ORDER)
    assert "resolution" in field_candidates("Work performed", RecordKind.WORK_ORDER)
    assert "technician" in field_candidates("Field engineer", RecordKind.WORK_ORDER)
    assert "handling" in field_candidates("Actions Taken", RecordKind.COMPLAINT)
    assert "handling" in field_candidates("Remedial action", RecordKind.COMPLAINT)
    # a Street beside an address line is a part of it: unread
    assert field_candidates("Street", RecordKind.WORK_ORDER) == {}


def test_when_a_respondent_submitted_or_scored() -> None:
    """Decision 439: the day an answer was submitted, and the time a score was given."""
    for label in ("提交日期", "Date submitted", "Submission Date", "评分时间", "Rated at"):
        assert "surveyed_at" in field_candidates(label, RecordKind.SURVEY_RESPONSE), label
    # a score of punctuality is a score, no time
    for label in ("时间满意度", "装维守时打分"):
        read = field_candidates(label, RecordKind.SURVEY_RESPONSE)
        assert read.get("surveyed_at", (0.0, 0))[0] < 0.7, label
