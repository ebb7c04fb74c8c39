"""Issue 11, tenth round: kinds told by what the table rates, dates and lists (decisions 178-182).

A review export rates the whole and its aspects (a survey, whatever the merchant's reply makes of
it); a work order's own columns (派发工单员工号, 工单服务单价) speak for the order, not for a staff
list or a sales ledger; an order dated through report, response and completion is a service; a
directory of contacts (邮箱, QQ, 微信) is no ledger of events; a voided record's time is no step.
Each tested on a workbook and a Word table, with must-read and must-not-read cases, on labels
that are no synonym (a test keeps it so).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from preaudit.model.records import RecordKind
from preaudit.parsers import headers
from preaudit.parsers.kinds import lookalike_scores
from preaudit.parsers.meaning import field_scores
from tests.parsers.tables import FORMATS, assert_unlisted, read_table

# create_at is read as 创建时间 since decision 397, a listed synonym; the tests still read it.
LABELS = ["评分星级 1-5 分", "星数", "描述星级", "新建工单员工号", "派发工单员工号",
          "施工完成时间", "下单人名称", "申请作废工单时间", "是否关键决策人", "直属上级"]


def test_the_labels_used_here_are_not_synonyms() -> None:
    assert_unlisted(LABELS)


# ------------------------------------------------ decision 178: reviews and star ratings

_STEPS = ("非常满意", "满意", "一般", "满意")


def _reviews(count: int = 5) -> list[list[object]]:
    head = ["订单项编号", "评价人名称", "交易订单编号", "评价订单项", "评分星级 1-5 分",
            "描述星级 1-5 分", "服务星级 1-5 分", "评论内容", "商家回复内容", "商家回复时间",
            "创建时间"]
    return [head] + [
        [f"HF2026090{i}", f"郑{i}兰", f"{42453511 + 7 * i}", "正常", _STEPS[i % 4],
         _STEPS[(i + 1) % 4], _STEPS[(i + 2) % 4], "安装师傅很专业", "感谢您的认可",
         f"2026-09-0{i + 1} 17:15", f"2026-09-0{i + 1} 16:45"]
        for i in range(count)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_review_export_that_rates_the_whole_and_its_aspects_is_a_survey(
        tmp_path: Path, fmt: str) -> None:
    extracted = read_table(fmt, tmp_path / "reviews", _reviews())
    assert set(extracted.records) == {"survey_responses"}
    records = extracted.records["survey_responses"]
    assert len(records) == 5
    assert records[0]["overall"] == "非常满意"  # 评分星级 past its 1-5 分 scale
    assert records[2]["respondent"] == "郑2兰"
    assert records[1]["surveyed_at"] == datetime(2026, 9, 2, 16, 45)  # created = submitted


def _rated_repairs(count: int = 5) -> list[list[object]]:
    head = ["工单编号", "客户姓名", "联系电话", "故障描述", "处理结果", "报修时间",
            "满意度", "服务态度评分", "维修质量评分"]
    return [head] + [
        [f"WX{i}", f"王{i}明", f"1390000{i:04d}", "空调不制冷", "更换电容",
         f"2026-09-0{i + 1} 09:00", _STEPS[i % 4], _STEPS[(i + 1) % 4], _STEPS[(i + 2) % 4]]
        for i in range(count)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_repair_ledger_with_ratings_stays_work_orders(tmp_path: Path, fmt: str) -> None:
    """Must not: a work order says what was wrong; its customer's ratings are no survey."""
    extracted = read_table(fmt, tmp_path / "repairs", _rated_repairs())
    assert set(extracted.records) == {"work_orders"}
    assert len(extracted.records["work_orders"]) == 5


def _stars(first: str, time_label: str, count: int = 5) -> list[list[object]]:
    head = ["id", first, "技术专业", "着装整洁", time_label]
    return [head] + [
        [f"{1000 + 7 * i}", _STEPS[i % 4], "A类", "无", f"2026-09-0{i + 1} 16:20:00"]
        for i in range(count)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_count_of_stars_is_the_rating_and_created_at_dates_it(
        tmp_path: Path, fmt: str) -> None:
    records = read_table(fmt, tmp_path / "stars", _stars("星数(1,2,3,4,5)", "create_at")
                    ).records["survey_responses"]
    assert len(records) == 5
    assert records[3]["overall"] == "满意"
    assert records[3]["surveyed_at"] == datetime(2026, 9, 4, 16, 20)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_column_that_names_no_rating_makes_no_survey(tmp_path: Path, fmt: str) -> None:
    """Must not: the same steps under a label that rates nothing (星期) are no rating."""
    extracted = read_table(fmt, tmp_path / "week", _stars("星期", "create_at"))
    assert "survey_responses" not in extracted.records


def test_a_scale_after_the_label_is_cut_but_a_number_in_it_stays() -> None:
    assert headers.normalise_header("评分星级 1-5 分") == "评分星级"
    assert headers.normalise_header("满意度0~10分") == "满意度"
    assert headers.normalise_header("第2次回访时间") == "第2次回访时间"
    assert headers.normalise_header("工单号123") == "工单号123"


def test_a_desks_receipt_is_no_responses_date() -> None:
    survey = RecordKind.SURVEY_RESPONSE
    assert field_scores(headers.normalise_header("创建时间"), survey).get("surveyed_at")
    assert field_scores(headers.normalise_header("created_at"), survey).get("surveyed_at")
    assert not field_scores(headers.normalise_header("受理时间"), survey).get("surveyed_at")


def test_numbers_of_one_other_document_count_once_for_it() -> None:
    referenced = lookalike_scores("", ["订单项编号", "交易订单编号", "评价订单项", "评分"])
    assert referenced.get("sales_ledger") == 2
    sold = lookalike_scores("", ["订单编号", "合同编号", "销售日期", "金额", "数量"])
    assert sold["sales_ledger"] == 4  # the two numbers once, the rest each


# ---------------------------------- decision 179: what the work order holds is the order's

def _eldercare(count: int = 5) -> list[list[object]]:
    head = ["工单号", "发票类型", "新建工单员工号", "新建工单时间", "派发工单员工号",
            "派发工单时间", "处理工单员工号", "处理工单时间", "回访工单员工号",
            "家庭服务工单中服务单价", "生活服务工单故障现象"]
    return [head] + [
        [f"BX2026090{i}", "无发票", f"E{100 + i}", f"2026-09-0{i + 1} 10:40",
         f"E{200 + i}", f"2026-09-0{i + 1} 11:00", f"E{300 + i}", f"2026-09-0{i + 1} 14:43",
         f"E{400 + i}", "298", "制冷效果差"]
        for i in range(count)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_who_handled_each_step_of_the_order_is_no_staff_list(tmp_path: Path, fmt: str) -> None:
    records = read_table(fmt, tmp_path / "elder", _eldercare()).records["work_orders"]
    assert len(records) == 5
    assert records[1]["reported_at"] == datetime(2026, 9, 2, 10, 40)
    assert records[1]["completed_at"] == datetime(2026, 9, 2, 14, 43)
    assert records[1]["issue"] == "制冷效果差"


def _roster(count: int = 5) -> list[list[object]]:
    head = ["员工号", "员工姓名", "岗位", "部门", "联系电话", "入职日期"]
    return [head] + [[f"E{100 + i}", f"陈{i}华", "维修工程师", "售后部", f"1390000{i:04d}",
                      f"2024-03-0{i + 1}"] for i in range(count)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_roster_of_staff_numbers_stays_a_staff_list(tmp_path: Path, fmt: str) -> None:
    """Must not: staff numbers that qualify no work order are a roster's."""
    extracted = read_table(fmt, tmp_path / "roster", _roster())
    assert not extracted.records
    assert "staff_training" in extracted.kinds


# ------------------------------------ decision 180: an order dated through its service

def _film_orders(count: int = 5) -> list[list[object]]:
    head = ["订单编号", "订单类型", "订单照片", "订单状态", "下单时间", "接单时间",
            "施工完成时间", "下单人名称", "订单联系电话", "订单备注"]
    return [head] + [
        [f"BX2026090{i}", "隐形车衣", "无", "已完成", f"2026-09-0{i + 1} 15:15",
         f"2026-09-0{i + 2} 09:20", f"2026-09-0{i + 2} 11:03", f"唐{i}英", f"1352375{i:04d}",
         "客户无异议"] for i in range(count)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_order_taken_and_completed_on_site_is_a_work_order(tmp_path: Path, fmt: str) -> None:
    records = read_table(fmt, tmp_path / "film", _film_orders()).records["work_orders"]
    assert len(records) == 5
    assert records[2]["responded_at"] == datetime(2026, 9, 4, 9, 20)
    assert records[2]["completed_at"] == datetime(2026, 9, 4, 11, 3)
    assert records[2]["customer_name"] == "唐2英"  # 下单人名称: who placed the order


def test_who_placed_the_order_is_the_customer_but_not_their_type_or_number() -> None:
    order = RecordKind.WORK_ORDER
    assert headers.field_candidates("下单人名称", order).get("customer_name")
    assert not headers.field_candidates("下单人类型", order)
    assert "customer_name" not in headers.field_candidates("下单人编号", order)


def _shop_orders(count: int = 5) -> list[list[object]]:
    head = ["订单编号", "订单状态", "下单时间", "付款时间", "发货时间", "收货人", "收货电话",
            "订单金额", "订单备注"]
    return [head] + [
        [f"SO2026090{i}", "已发货", f"2026-09-0{i + 1} 15:15", f"2026-09-0{i + 1} 15:20",
         f"2026-09-0{i + 2} 09:00", f"唐{i}英", f"1352375{i:04d}", "3999", "尽快发货"]
        for i in range(count)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_order_ordered_paid_and_shipped_stays_a_sale(tmp_path: Path, fmt: str) -> None:
    """Must not: a sale has no response and no completion of a job."""
    extracted = read_table(fmt, tmp_path / "shop", _shop_orders())
    assert "work_orders" not in extracted.records


# ---------------------------------------------- decision 181: a directory of contacts

def _contacts(count: int = 5) -> list[list[object]]:
    head = ["联系人姓名", "客户名称", "是否关键决策人", "职位", "手机号", "邮箱", "QQ", "微信",
            "直属上级", "地址", "最后跟进时间", "最后跟进内容", "备注", "负责人名字",
            "创建时间"]
    return [head] + [
        [f"吴{i}华", f"申达{i}物业有限公司", "否", "经理", f"1762613{i:04d}",
         f"user{i}@example.com", f"1234{i}", f"wx{i}", "张总", f"上海市闵行区沪闵路{i}号",
         f"2026-09-0{i + 1} 08:00", "按计划完成", "详见附件", "钱志明",
         f"2026-08-0{i + 1} 14:45"] for i in range(count)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_crm_contact_list_is_no_work_orders(tmp_path: Path, fmt: str) -> None:
    extracted = read_table(fmt, tmp_path / "contacts", _contacts())
    assert not extracted.records


def _orders_with_mail(count: int = 5) -> list[list[object]]:
    head = ["工单编号", "客户姓名", "联系电话", "客户邮箱", "微信", "故障描述", "处理结果",
            "报修时间", "完工时间", "维修人员"]
    return [head] + [
        [f"WX{i}", f"王{i}明", f"1390000{i:04d}", f"u{i}@example.com", f"wx{i}", "空调不制冷",
         "更换电容", f"2026-09-0{i + 1} 09:00", f"2026-09-0{i + 1} 15:00", "李师傅"]
        for i in range(count)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_work_orders_with_a_customers_mail_stay_work_orders(tmp_path: Path, fmt: str) -> None:
    """Must not: a mail address and a WeChat beside a fault and its repair are the customer's."""
    records = read_table(fmt, tmp_path / "mail", _orders_with_mail()).records["work_orders"]
    assert len(records) == 5


# ------------------------------------------------- decision 182: a voided record's time

def test_a_voiding_time_is_no_step_of_the_service() -> None:
    order = RecordKind.WORK_ORDER
    for label in ("申请作废工单时间", "作废时间", "撤销日期", "取消时间"):
        assert field_scores(headers.normalise_header(label), order) == {}, label
    assert field_scores(headers.normalise_header("处理工单时间"), order).get("completed_at")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_voiding_application_never_dates_the_report(tmp_path: Path, fmt: str) -> None:
    rows = _eldercare()
    rows[0] = [*rows[0], "申请作废工单时间"]
    for i, row in enumerate(rows[1:]):
        row.append(f"2026-09-0{i + 1} 18:30")
    records = read_table(fmt, tmp_path / "void", rows).records["work_orders"]
    assert records[0]["reported_at"] == datetime(2026, 9, 1, 10, 40)


# ---------------------------------------- decision 182: a firm's name is a business customer

def _park_repairs(name_label: str, count: int = 4) -> list[list[object]]:
    head = ["ID", name_label, "报修人手机号", "内容", "报修时间", "维修工id"]
    return [head] + [
        [f"{1000 + 7 * i}", f"华{i}科技有限公司", f"1716668{i:04d}", "室内机漏水",
         f"2026-09-0{i + 1} 08:30", f"{61404209 + i}"] for i in range(count)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_firms_name_is_the_customer_where_no_person_is_named(
        tmp_path: Path, fmt: str) -> None:
    records = read_table(fmt, tmp_path / "park", _park_repairs("企业名称")).records["work_orders"]
    assert len(records) == 4
    assert records[1]["customer_name"] == "华1科技有限公司"


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_repairing_firm_is_no_customer(tmp_path: Path, fmt: str) -> None:
    """Must not: the firm that did the repair (维修公司名称) is the service side."""
    records = read_table(fmt, tmp_path / "park", _park_repairs("维修公司名称")).records["work_orders"]
    assert len(records) == 4
    assert not records[1].get("customer_name")


def test_a_persons_name_outranks_a_firms() -> None:
    order = RecordKind.WORK_ORDER
    firm = field_scores(headers.normalise_header("企业名称"), order)["customer_name"]
    person = field_scores(headers.normalise_header("报修人姓名"), order)["customer_name"]
    assert firm < person


# ------------------------------- decision 183: a list of completed questionnaires is responses

def _questionnaires(first: str, time_label: str, count: int = 4) -> list[list[object]]:
    head = ["id", first, "评价人姓名", "评价人手机号", time_label]
    return [head] + [
        [f"{1000 + 7 * i}", "上海申达物业管理有限公司", f"彭{i}豪", f"1546778{i:04d}",
         f"2026-09-0{i + 1} 17:55:00"] for i in range(count)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_completed_questionnaires_are_responses_without_a_rating(
        tmp_path: Path, fmt: str) -> None:
    extracted = read_table(fmt, tmp_path / "q", _questionnaires("问卷名称", "问卷完成时间"))
    records = extracted.records["survey_responses"]
    assert len(records) == 4
    assert records[2]["respondent"] == "彭2豪"
    assert records[2].get("overall") is None  # no rating: no valid response (findings.md)
    assert any("no column for overall" in note for note in extracted.notes)


@pytest.mark.parametrize("fmt", FORMATS)
def test_call_backs_without_a_rating_stay_no_responses(tmp_path: Path, fmt: str) -> None:
    """Must not: a call-back with no rating is a call-back log (decision 125)."""
    extracted = read_table(fmt, tmp_path / "cb", _questionnaires("回访项目", "回访时间"))
    assert "survey_responses" not in extracted.records


# ------------------- decision 182: of two columns for one step, the one in the process order

_SCATTERED = ("10:20", "14:10", "18:20", "08:55", "16:30")  # before or after the report


def _visits(first: str, in_order_first: bool, count: int = 5) -> list[list[object]]:
    head = ["工单号", "老人姓名", first, "开始工作时间", "结束工作时间", "新建工单时间"]
    rows: list[list[object]] = [head]
    for i in range(count):
        day = f"2026-09-1{i}"
        planned = f"{day} 12:30" if in_order_first else f"{day} {_SCATTERED[i]}"
        rows.append([f"BX{i}", f"王{i}东", planned, f"{day} 13:00", f"{day} 15:00",
                     f"{day} 12:00"])
    return rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_steps_column_out_of_the_process_order_gives_way_to_one_in_it(
        tmp_path: Path, fmt: str) -> None:
    extracted = read_table(fmt, tmp_path / "visits", _visits("服务时间", in_order_first=False))
    records = extracted.records["work_orders"]
    assert [r["responded_at"] for r in records][:2] == [
        datetime(2026, 9, 10, 13, 0), datetime(2026, 9, 11, 13, 0)]
    assert any("only 开始工作时间 keeps the order" in note for note in extracted.notes)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_steps_column_in_the_process_order_stays(tmp_path: Path, fmt: str) -> None:
    """Must not: where the label's first choice keeps the order, it is read."""
    extracted = read_table(fmt, tmp_path / "visits", _visits("服务时间", in_order_first=True))
    records = extracted.records["work_orders"]
    assert records[0]["responded_at"] == datetime(2026, 9, 10, 12, 30)
    assert not any("keeps the order" in note for note in extracted.notes)


# ------------------------------ decision 182: a customer's account names them, never a record

def _shop_complaints(account_label: str, count: int = 4) -> list[list[object]]:
    head = ["主键ID", account_label, "手机号", "投诉内容", "处理结果", "投诉时间"]
    return [head] + [
        [f"{2000 + i}", f"王{i}芳", f"1390000{i:04d}", "快递破损", "已补发",
         f"2026-09-1{i} 09:30"] for i in range(count)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_members_account_is_the_customer_where_no_name_is_written(
        tmp_path: Path, fmt: str) -> None:
    records = read_table(fmt, tmp_path / "acct", _shop_complaints("会员账号")).records["complaints"]
    assert len(records) == 4
    assert records[1]["customer_name"] == "王1芳"
    assert records[1]["record_id"] == "2001"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_shops_account_is_neither_customer_nor_record(tmp_path: Path, fmt: str) -> None:
    """Must not: an account no customer word qualifies names nobody and numbers nothing."""
    records = read_table(fmt, tmp_path / "acct", _shop_complaints("店铺账号")).records["complaints"]
    assert len(records) == 4
    assert not records[1].get("customer_name")
    assert records[1]["record_id"] == "2001"


def test_a_name_outranks_an_account() -> None:
    complaint = RecordKind.COMPLAINT
    account = field_scores(headers.normalise_header("会员账号"), complaint)["customer_name"]
    name = field_scores(headers.normalise_header("会员姓名"), complaint)["customer_name"]
    assert account < name
    assert "record_id" not in field_scores(headers.normalise_header("账号"), complaint)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_questionnaire_of_call_backs_answered_in_words_is_no_responses(
        tmp_path: Path, fmt: str) -> None:
    """Must not: 问卷 beside a call-back whose result is words stays a call-back log."""
    rows = _questionnaires("问卷名称", "回访时间")
    rows[0].append("回访结果")
    for row in rows[1:]:
        row.append("已电话沟通")
    extracted = read_table(fmt, tmp_path / "cbq", rows)
    assert "survey_responses" not in extracted.records
