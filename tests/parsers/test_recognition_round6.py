"""Issue 11, sixth round: rated calls, call-back logs and complaint words by content.

Every mechanism is tested in a workbook and a Word table (a PDF ledger where cheap), with a
must-read and a must-not-read case, on labels that are no synonym (a test keeps it so):
- content weighs in the kind: a column named as a rating whose cells are steps of a rating
  scale (满意, 4分) is a survey's own evidence, so a two-column 评分 | 评论 export is read, and
  rated calls with no fault and no remedy are no work orders; counts and codes rate nothing;
- a kind refused by its content (no fault, remedy or date; no rating) gives way to the next
  candidate instead of dropping the table: a call-back log whose 工单号 outscored it as work
  orders is read as survey responses (the lead's probe), a real work order ledger with a
  rating column stays work orders;
- a lone item rating (服务质量) is the response's rating; 满意度评分 rates no aspect;
- 抱怨 names a complaint as 投诉 does.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from preaudit.model.records import RecordKind
from preaudit.parsers import headers
from preaudit.parsers.columns import map_columns, scale_rating_share
from preaudit.parsers.meaning import rated_aspect
from tests.parsers.tables import FORMATS, WITH_PDF, assert_unlisted, read_table

SV = RecordKind.SURVEY_RESPONSE

INVENTED = ["评分", "评论", "主叫号码", "服务质量", "完成义务评分", "抱怨内容",
            "抱怨时间", "抱怨单编号"]


def test_the_labels_used_here_are_not_synonyms() -> None:
    assert_unlisted(INVENTED)


# ------------------------------------------- content: a column of ratings rates

def test_steps_of_a_rating_scale_are_told_from_counts_and_codes() -> None:
    assert scale_rating_share(["满意", "非常满意", "一般", "不满意"]) == 1.0
    assert scale_rating_share(["5", "4分", "★★★", 3, "好"]) == 1.0
    assert scale_rating_share([37, 120, 58, 11]) == 0.0  # 通话次数: counts, not points
    assert scale_rating_share(["已电话沟通", "客户已收到配件", "A类"]) == 0.0
    assert scale_rating_share([None, "—", ""]) == 0.0


_BARE = [["评分", "评论"], ["非常满意", "客服回答很耐心"], ["满意", "问题解决了"],
         ["一般", "等了很久"], ["不满意", "没有解决我的问题"]]


@pytest.mark.parametrize("fmt", WITH_PDF)
def test_a_bare_rating_export_is_read_as_survey_responses(tmp_path: Path, fmt: str) -> None:
    records = read_table(fmt, tmp_path / "bare", _BARE).records["survey_responses"]
    assert [r["overall"] for r in records] == ["非常满意", "满意", "一般", "不满意"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_bare_score_column_of_counts_is_no_survey(tmp_path: Path, fmt: str) -> None:
    """The same two headers over numbers that no 1-10 scale holds, or over words that are no
    rating: nothing is read as responses."""
    counts = [["评分", "评论"]] + [[str(n), "本月汇总"] for n in (37, 120, 58, 41)]
    assert "survey_responses" not in read_table(fmt, tmp_path / "counts", counts).records
    words = [["评分", "评论"]] + [[w, "已处理"] for w in ("已回电", "已发短信", "未接通", "已回电")]
    assert "survey_responses" not in read_table(fmt, tmp_path / "words", words).records


_CALLS = ["主叫号码", "开始时间", "结束时间", "通话时长", "座席", "评分"]


def _calls(ratings: list[object]) -> list[list[object]]:
    return [_CALLS] + [
        [f"1390000{i:04d}", f"2026-09-0{i} 10:00:00", f"2026-09-0{i} 10:05:00", "300", "8001",
         rating] for i, rating in enumerate(ratings, start=1)]


@pytest.mark.parametrize("fmt", WITH_PDF)
def test_rated_calls_are_survey_responses_not_work_orders(tmp_path: Path, fmt: str) -> None:
    """A call record with the caller's rating and neither fault nor remedy: work orders by
    header score (a phone, two times, an agent), survey responses by what its cells hold."""
    extracted = read_table(fmt, tmp_path / "calls", _calls(["满意", "非常满意", "一般", "满意"]))
    assert "work_orders" not in extracted.records
    records = extracted.records["survey_responses"]
    assert [r["overall"] for r in records] == ["满意", "非常满意", "一般", "满意"]
    assert records[0]["respondent_phone"] == "13900000001"


@pytest.mark.parametrize("fmt", FORMATS)
def test_calls_without_a_rating_are_not_survey_responses(tmp_path: Path, fmt: str) -> None:
    """The same call record whose 评分 column holds call-centre codes rates nothing: never
    survey responses."""
    extracted = read_table(fmt, tmp_path / "codes", _calls(["A1", "B2", "A1", "C3"]))
    assert "survey_responses" not in extracted.records


# ------------------------------------------- the next candidate kind before giving up

_CALLBACK_LOG = ["回访日期", "客户姓名", "联系电话", "工单号", "回访内容", "客户评价", "回访人"]
_VERDICTS = ["满意", "一般", "不满意", "满意"]


def _callback_log() -> list[list[object]]:
    return [_CALLBACK_LOG] + [
        [f"2026-09-0{i}", f"邬{i}", f"1380000{i:04d}", f"GD2026090{i}", "询问维修后使用情况",
         verdict, "李客服"] for i, verdict in enumerate(_VERDICTS, start=1)]


@pytest.mark.parametrize("fmt", WITH_PDF)
def test_a_callback_log_with_a_work_order_number_is_read_as_responses(
        tmp_path: Path, fmt: str) -> None:
    """The lead's probe: 工单号 is the order called back about, and a table refused as work
    orders (no fault, no remedy) is read as the survey it is rather than dropped."""
    extracted = read_table(fmt, tmp_path / "callback", _callback_log())
    assert "work_orders" not in extracted.records
    records = extracted.records["survey_responses"]
    assert [r["overall"] for r in records] == _VERDICTS
    assert records[1]["surveyed_at"] == datetime(2026, 9, 2)
    assert records[1]["respondent"] == "邬2"


_REPAIRS = ["工单号", "客户姓名", "联系电话", "故障描述", "处理结果", "回访日期", "客户评价"]


@pytest.mark.parametrize("fmt", WITH_PDF)
def test_a_work_order_ledger_with_a_callback_rating_stays_work_orders(
        tmp_path: Path, fmt: str) -> None:
    rows = [_REPAIRS] + [
        [f"GD2026090{i}", f"郜{i}", f"1380000{i:04d}", "空调不制冷", "补充冷媒后恢复",
         f"2026-09-1{i}", verdict] for i, verdict in enumerate(_VERDICTS, start=1)]
    extracted = read_table(fmt, tmp_path / "repairs", rows)
    assert "survey_responses" not in extracted.records
    records = extracted.records["work_orders"]
    assert [r["record_id"] for r in records] == [f"GD2026090{i}" for i in range(1, 5)]
    assert records[0]["issue"] == "空调不制冷"


# ------------------------------------------- lone item ratings, the satisfaction score

@pytest.mark.parametrize("fmt", FORMATS)
def test_a_lone_item_rating_is_the_responses_rating(tmp_path: Path, fmt: str) -> None:
    rows = [["主叫号码", "开始时间", "通话时长", "服务质量"]] + [
        [f"1390000{i:04d}", f"2026-09-0{i} 10:00:00", "120", word]
        for i, word in enumerate(["满意", "一般", "很满意"], start=1)]
    records = read_table(fmt, tmp_path / "quality", rows).records["survey_responses"]
    assert [r["overall"] for r in records] == ["满意", "一般", "很满意"]


def test_two_item_ratings_stay_items() -> None:
    mapped = map_columns(["回访编号", "客户姓名", "服务态度", "响应速度"], SV)
    assert "overall" not in mapped.fields
    assert mapped.survey_items == 2


def test_the_satisfaction_score_rates_no_aspect() -> None:
    assert rated_aspect("满意度评分") is None
    assert rated_aspect("满意评分") is None
    assert rated_aspect("完成义务评分") == "完成义务"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_satisfaction_score_beside_an_aspect_is_the_overall(tmp_path: Path, fmt: str) -> None:
    rows = [["业主ID", "满意度评分", "完成义务评分"]] + [
        [f"YZ{i:03d}", score, aspect] for i, (score, aspect)
        in enumerate([("5", "4"), ("4", "4"), ("3", "2")], start=1)]
    records = read_table(fmt, tmp_path / "owners", rows).records["survey_responses"]
    assert [str(r["overall"]) for r in records] == ["5", "4", "3"]
    assert {k: str(v) for k, v in records[2]["items"].items()} == {"完成义务评分": "2"}


# ------------------------------------------- 抱怨 says complaint

_GRIEVANCES = ["抱怨单编号", "客户姓名", "联系电话", "抱怨内容", "抱怨时间", "处理过程",
               "回访结果", "回访日期", "关闭时间"]


@pytest.mark.parametrize("fmt", WITH_PDF)
def test_a_grievance_ledger_is_a_complaint_ledger(tmp_path: Path, fmt: str) -> None:
    """抱怨 names a complaint as 投诉 does: the ledger is complaints, not the call-back survey
    its 回访结果 and 回访日期 columns would make of it."""
    rows = [_GRIEVANCES] + [
        [f"BY{i:03d}", f"车{i}", f"1370000{i:04d}", "保养后发动机异响未解决", f"2026-09-0{i}",
         "安排技师复检并更换皮带", "满意", f"2026-09-1{i}", f"2026-09-1{i}"]
        for i in range(1, 4)]
    extracted = read_table(fmt, tmp_path / "grievances", rows)
    assert "survey_responses" not in extracted.records
    records = extracted.records["complaints"]
    assert [r["record_id"] for r in records] == ["BY001", "BY002", "BY003"]
    assert records[0]["reason"] == "保养后发动机异响未解决"
    assert records[0]["received_at"] == datetime(2026, 9, 1)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_callback_survey_without_a_complaint_word_stays_a_survey(
        tmp_path: Path, fmt: str) -> None:
    rows = [["回访编号", "客户姓名", "联系电话", "回访日期", "回访结果"]] + [
        [f"H{i}", f"车{i}", f"1370000{i:04d}", f"2026-09-1{i}", "满意"] for i in range(1, 4)]
    extracted = read_table(fmt, tmp_path / "survey", rows)
    assert "complaints" not in extracted.records
    assert len(extracted.records["survey_responses"]) == 3


# ------------------------------------------- staff rosters, evaluation reports, customer lists

_ROSTER = [["序号", "值班日期", "员工号", "员工姓名", "班次类型", "排班人", "排班日期"]] + [
    [str(i), f"2026-09-0{i}", f"E10{i}", f"韦{i}", "早班", "组长", "2026-08-25"]
    for i in range(1, 4)]
_AGENT_STATS = [["工号", "姓名", "总通话次数", "总通话时长", "均通话时长", "呼出次数"]] + [
    [f"800{i}", f"邝{i}", str(30 + i), "3600", "120", str(10 + i)] for i in range(1, 4)]


@pytest.mark.parametrize("fmt", WITH_PDF)
def test_a_duty_roster_is_the_staff_list(tmp_path: Path, fmt: str) -> None:
    extracted = read_table(fmt, tmp_path / "roster", _ROSTER)
    assert extracted.records == {}
    assert extracted.kinds == ["staff_training"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_agents_call_statistics_are_an_evaluation_report(tmp_path: Path, fmt: str) -> None:
    extracted = read_table(fmt, tmp_path / "stats", _AGENT_STATS)
    assert extracted.records == {}
    assert extracted.kinds == ["evaluation_report"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_callback_statistics_stay_a_callback_report(tmp_path: Path, fmt: str) -> None:
    rows = [["月份", "回访总数", "满意数", "满意率"], ["9月", "120", "110", "91.7%"],
            ["10月", "98", "90", "91.8%"]]
    extracted = read_table(fmt, tmp_path / "cb", rows)
    assert extracted.records == {}
    assert extracted.kinds == ["callback_report"]


_CUSTOMERS = [["客户名称", "手机号", "车型", "省份", "客户级别", "经销商名称"]] + [
    [name, f"1390000{i:04d}", "SUV", "上海", "A", outlet] for i, (name, outlet) in enumerate(
        [("宝山合作网点", "杨浦服务站"), ("闵行服务中心", "浦东网点"), ("周先生", "宝山网点")])]
_DEALERS = [["序号", "大区", "经销商代码", "经销商名称", "经销商等级", "站长电话"]] + [
    [str(i), "华东", f"D{i:04d}", f"申城汽车{i}店", "A类", f"1390000{i:04d}"] for i in range(1, 4)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_customer_list_is_no_outlet_list_whatever_its_cells_say(
        tmp_path: Path, fmt: str) -> None:
    """Data cells naming outlets (宝山合作网点 as a customer) are no header saying 网点: a
    customer master list proves no outlet list present (it would hide DOC_MISSING)."""
    extracted = read_table(fmt, tmp_path / "customers", _CUSTOMERS)
    assert extracted.records == {}
    assert "service_outlets" not in extracted.kinds


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_dealer_list_is_the_outlet_list(tmp_path: Path, fmt: str) -> None:
    extracted = read_table(fmt, tmp_path / "dealers", _DEALERS)
    assert extracted.records == {}
    assert extracted.kinds == ["service_outlets"]


# ------------------------------------------- a default time is no event

def test_a_time_remarked_as_default_or_planned_is_no_event() -> None:
    wo = RecordKind.WORK_ORDER
    assert headers.field_candidates("方案反馈时间（默认）", wo) == {}
    assert headers.field_candidates("上门时间(预约)", wo) == {}
    assert "completed_at" in headers.field_candidates("方案反馈时间", wo)
    assert "completed_at" in headers.field_candidates("完成时间(北京时间)", wo)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_default_answer_time_does_not_close_the_order(tmp_path: Path, fmt: str) -> None:
    rows = [["工单编号", "客户姓名", "联系电话", "故障描述", "处理结果", "创建时间",
             "方案反馈时间（默认）"]] + [
        [f"GD{i}", f"祁{i}", f"1390000{i:04d}", "逆变器告警", "更换风扇", f"2026-09-1{i} 09:00",
         "2026-09-01 00:00"] for i in range(1, 4)]
    records = read_table(fmt, tmp_path / "default", rows).records["work_orders"]
    assert [r["completed_at"] for r in records] == [None] * 3
    assert records[0]["reported_at"] == datetime(2026, 9, 11, 9, 0)


_DIRECTORY = [["企业名称", "统一社会信用代码", "联系人", "联系人电话", "详细地址"]] + [
    [f"申城电器维修{i}部", f"91310000MA1K{i:06d}", f"晏{i}", f"1390000{i:04d}",
     f"上海市浦东新区张江路{i}号"] for i in range(1, 4)]
_NAMES_AND_POSTS = [["姓名", "手机号", "职务", "机构名称"]] + [
    [f"晏{i}", f"1390000{i:04d}", "维修工程师", "浦东服务部"] for i in range(1, 4)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_directory_of_organisations_with_addresses_is_the_outlet_list(
        tmp_path: Path, fmt: str) -> None:
    extracted = read_table(fmt, tmp_path / "directory", _DIRECTORY)
    assert extracted.records == {}
    assert extracted.kinds == ["service_outlets"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_names_beside_posts_are_the_staff_list(tmp_path: Path, fmt: str) -> None:
    extracted = read_table(fmt, tmp_path / "posts", _NAMES_AND_POSTS)
    assert extracted.records == {}
    assert extracted.kinds == ["staff_training"]


_AGENTS = [["id", "name", "电话号码", "地址", "创建时间"]] + [
    [str(100 + i), f"申城绣品{i}号代理", f"1390000{i:04d}", f"上海市浦东新区张江路{i}号",
     f"2026-03-0{i} 10:00:00"] for i in range(1, 4)]


@pytest.mark.parametrize("fmt", WITH_PDF)
def test_a_list_with_only_a_creation_date_named_nowhere_as_orders_is_no_work_orders(
        tmp_path: Path, fmt: str) -> None:
    extracted = read_table(fmt, tmp_path / "agents", _AGENTS)
    assert "work_orders" not in extracted.records
    # refused as work orders (nothing names them), its rows are places to reach, each with
    # its own address and phone: the outlet list (decision 202)
    assert extracted.kinds == ["service_outlets"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_order_export_with_only_its_creation_date_is_still_work_orders(
        tmp_path: Path, fmt: str) -> None:
    """The same shape where the table says 工单: a repair export's orders, read."""
    rows = [["工单代码", "车主", "车型", "工单创建时间", "工单状态"]] + [
        [f"RO{i}", f"晏{i}", "SUV", f"2026-09-0{i} 10:00:00", "已结算"] for i in range(1, 4)]
    records = read_table(fmt, tmp_path / "orders", rows).records["work_orders"]
    assert [r["record_id"] for r in records] == ["RO1", "RO2", "RO3"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_orders_dated_by_the_customers_application_are_read_unnamed(
        tmp_path: Path, fmt: str) -> None:
    """No word says 工单, but the date is the customer's own act (申请时间): exchange orders."""
    rows = [["换货单号", "商品名称", "用户名", "申请时间", "换货状态"]] + [
        [f"HH{i}", "电热水壶", f"晏{i}", f"2026-09-0{i} 10:00:00", "已完成"] for i in range(1, 4)]
    records = read_table(fmt, tmp_path / "exchange", rows).records["work_orders"]
    assert [r["record_id"] for r in records] == ["HH1", "HH2", "HH3"]
    assert records[0]["reported_at"] == datetime(2026, 9, 1, 10, 0)


# ------------------------------------------- a code list after the label

def test_a_code_list_after_the_label_is_no_part_of_it() -> None:
    cp = RecordKind.COMPLAINT
    assert headers.normalise_header("投诉类型1:服务相关,2:物流相关,3:售后相关") == "投诉类型"
    assert headers.normalise_header("投诉状态 10：待处理 20：已处理") == "投诉状态"
    assert "reason" in headers.field_candidates("投诉类型1:服务相关,2:物流相关", cp)
    # a clock is no code list
    assert headers.normalise_header("营业时间9:00-18:00") == "营业时间9:00-18:00"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_complaint_ledger_with_coded_columns_is_read(tmp_path: Path, fmt: str) -> None:
    rows = [["投诉编号", "手机号", "投诉类型1:服务相关,2:物流相关", "投诉时间", "处理时间",
             "满意度"]] + [
        [f"TS{i}", f"1390000{i:04d}", "物流相关", f"2026-09-0{i}", f"2026-09-1{i}", "满意"]
        for i in range(1, 4)]
    records = read_table(fmt, tmp_path / "coded", rows).records["complaints"]
    assert [r["reason"] for r in records] == ["物流相关"] * 3
    assert records[0]["received_at"] == datetime(2026, 9, 1)


# ------------------------------------------- a called-back ticket with no remedy

_APPEAL = ["工单编号", "诉求内容", "诉求人", "诉求号码", "诉求来电时间", "回访结果"]


@pytest.mark.parametrize("fmt", WITH_PDF)
def test_a_called_back_appeal_ticket_without_a_remedy_is_a_complaint(
        tmp_path: Path, fmt: str) -> None:
    rows = [_APPEAL] + [
        [f"GD{i}", "小区门口路灯长期不亮", f"晏{i}", f"1390000{i:04d}", f"2026-09-0{i} 10:00",
         "满意"] for i in range(1, 4)]
    extracted = read_table(fmt, tmp_path / "appeal", rows)
    assert "work_orders" not in extracted.records
    records = extracted.records["complaints"]
    assert [r["record_id"] for r in records] == ["GD1", "GD2", "GD3"]
    assert records[0]["reason"] == "小区门口路灯长期不亮"
    assert records[0]["feedback"] == "满意"


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_appeal_ticket_with_its_remedy_stays_a_work_order(tmp_path: Path, fmt: str) -> None:
    """The same ticket with 处理结果: a 12345-style repair export, work orders (decision 140)."""
    rows = [[*_APPEAL[:5], "处理结果", "回访结果"]] + [
        [f"GD{i}", "小区门口路灯长期不亮", f"晏{i}", f"1390000{i:04d}", f"2026-09-0{i} 10:00",
         "已更换灯泡", "满意"] for i in range(1, 4)]
    extracted = read_table(fmt, tmp_path / "repair", rows)
    assert "complaints" not in extracted.records
    assert [r["resolution"] for r in extracted.records["work_orders"]] == ["已更换灯泡"] * 3


def test_the_number_a_request_came_from_is_the_customers_phone() -> None:
    cp = RecordKind.COMPLAINT
    assert headers.field_candidates("诉求号码", cp)["customer_phone"][0] > \
        headers.field_candidates("联系电话1", cp)["customer_phone"][0]
    assert "customer_phone" not in headers.field_candidates("维修人员电话", cp)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_request_number_wins_over_further_contacts(tmp_path: Path, fmt: str) -> None:
    rows = [[*_APPEAL, "联系电话1"]] + [
        [f"GD{i}", "小区门口路灯长期不亮", f"晏{i}", f"1390000{i:04d}", f"2026-09-0{i} 10:00",
         "满意", f"1370000{i:04d}"] for i in range(1, 4)]
    records = read_table(fmt, tmp_path / "phones", rows).records["complaints"]
    assert [r["customer_phone"] for r in records] == [f"1390000{i:04d}" for i in range(1, 4)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_customers_own_score_is_the_rating(tmp_path: Path, fmt: str) -> None:
    rows = [["id", "客户给的评分", "客户意见"]] + [
        [str(100 + i), word, "师傅很专业"] for i, word in enumerate(["满意", "一般", "满意"])]
    records = read_table(fmt, tmp_path / "given", rows).records["survey_responses"]
    assert [r["overall"] for r in records] == ["满意", "一般", "满意"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_customer_tier_is_no_rating(tmp_path: Path, fmt: str) -> None:
    rows = [["客户姓名", "联系电话", "客户等级"]] + [
        [f"晏{i}", f"1390000{i:04d}", tier] for i, tier in enumerate(["VIP", "普通", "VIP"])]
    assert "survey_responses" not in read_table(fmt, tmp_path / "tier", rows).records
