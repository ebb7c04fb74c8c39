"""Issue 11, second round: the mechanisms added while tuning on the widened seen corpus.

Every mechanism is tested in a workbook and in a Word table with a must-read and a
must-not-read case. The labels are invented variations of the kind the corpus showed, not
the corpus labels themselves (and none is a synonym: a test below keeps it that way), so a
pass means the mechanism generalises rather than that a label was learnt.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from preaudit.model.records import RecordKind
from preaudit.parsers.columns import map_columns
from preaudit.parsers.meaning import read_label
from tests.parsers.tables import FORMATS, assert_unlisted, read_table

CP, WO = RecordKind.COMPLAINT, RecordKind.WORK_ORDER


INVENTED = [
    "求助联系人", "用户诉求", "反映时间", "来电号码", "服务对象", "被投诉人", "完工人", "签到人",
    "记录主键", "投诉详情", "响应速度占比20%", "诉求人", "办理结果",
]


def test_the_labels_used_here_are_not_synonyms() -> None:
    assert_unlisted(INVENTED)


# ---------------------------------------------------------------- head nouns decide

def test_the_last_part_heads_the_label() -> None:
    assert read_label("求助联系人").head == {"customer"}
    assert read_label("用户诉求").head == {"issue"}


def _wo_rows(header: list[str], n: int = 3) -> list[list[object]]:
    rows: list[list[object]] = [header]
    for i in range(1, n + 1):
        rows.append([f"GD{i:03d}", f"李{i}", f"1380000{i:04d}", "热水器不点火，显示E1",
                     "更换点火针后试机正常", f"2026-10-{i:02d} 09:00"])
    return rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_person_headed_label_is_the_customer_a_request_headed_one_is_not(
    tmp_path: Path, fmt: str
) -> None:
    header = ["工单号", "求助联系人", "联系手机", "用户诉求", "处理措施", "报修日期"]
    record = read_table(fmt, tmp_path / "wo", _wo_rows(header)).records["work_orders"][0]
    assert record["customer_name"] == "李1"  # must read: 联系人 heads 求助联系人
    assert record["issue"] == "热水器不点火，显示E1"  # must not read 用户诉求 as the name


# ---------------------------------------------------------------- customer's act first

def _cp_rows(header: list[str], n: int = 3) -> list[list[object]]:
    rows: list[list[object]] = [header]
    for i in range(1, n + 1):
        rows.append([f"TS{i:03d}", f"王{i}", f"1390000{i:04d}", f"1370000{i:04d}",
                     "安装师傅迟到三小时", "致歉并减免安装费", "客户表示满意",
                     f"2026-09-{i:02d} 08:15", f"2026-09-{i:02d} 14:40"])
    return rows


CP_HEADER = ["编号", "诉求人", "联系电话", "来电号码", "投诉详情", "办理结果", "回访评价",
             "反映时间", "受理日期"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_customers_own_act_dates_a_complaint_before_the_desks(tmp_path: Path, fmt: str) -> None:
    extracted = read_table(fmt, tmp_path / "cp", _cp_rows(CP_HEADER), title="客户投诉登记")
    record = extracted.records["complaints"][0]
    assert record["received_at"] == datetime(2026, 9, 1, 8, 15)  # 反映时间, not 受理日期


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_desks_date_still_serves_when_it_is_the_only_one(tmp_path: Path, fmt: str) -> None:
    rows = [row[:7] + row[8:] for row in _cp_rows(CP_HEADER)]  # drop 反映时间
    extracted = read_table(fmt, tmp_path / "cp", rows, title="客户投诉登记")
    assert extracted.records["complaints"][0]["received_at"] == datetime(2026, 9, 1, 14, 40)


# ---------------------------------------------------------------- whose phone

@pytest.mark.parametrize("fmt", FORMATS)
def test_the_phone_named_by_the_call_beats_a_bare_contact_number(tmp_path: Path, fmt: str) -> None:
    extracted = read_table(fmt, tmp_path / "cp", _cp_rows(CP_HEADER), title="客户投诉登记")
    record = extracted.records["complaints"][0]
    assert record["customer_phone"] == "13700000001"  # 来电号码
    assert record["customer_name"] == "王1"  # 诉求人: a person headed label
    assert record["reason"] == "安装师傅迟到三小时"  # 投诉详情: the complaint itself


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_bare_contact_number_alone_is_still_the_phone(tmp_path: Path, fmt: str) -> None:
    rows = [row[:3] + row[4:] for row in _cp_rows(CP_HEADER)]  # drop 来电号码
    extracted = read_table(fmt, tmp_path / "cp", rows, title="客户投诉登记")
    assert extracted.records["complaints"][0]["customer_phone"] == "13900000001"


# ---------------------------------------------------------------- 被投诉人 is staff

@pytest.mark.parametrize("fmt", FORMATS)
def test_the_person_complained_about_is_not_the_complainant(tmp_path: Path, fmt: str) -> None:
    rows: list[list[object]] = [["投诉编号", "被投诉人", "投诉详情", "办理结果", "投诉时间"]]
    rows += [[f"T{i}", f"张师傅{i}", "服务态度差", "已批评教育", f"2026-09-0{i} 10:00"]
             for i in range(1, 4)]
    extracted = read_table(fmt, tmp_path / "cp", rows)
    record = extracted.records["complaints"][0]
    assert record["customer_name"] is None  # must not read 被投诉人 as the customer
    assert record["reason"] == "服务态度差"  # the ledger is still read


# ---------------------------------------------------------------- who completed it

@pytest.mark.parametrize("fmt", FORMATS)
def test_who_completed_the_order_is_the_technician_not_who_checked_in(
    tmp_path: Path, fmt: str
) -> None:
    rows: list[list[object]] = [["工单号", "故障描述", "处理结果", "报修时间", "签到人", "完工人"]]
    rows += [[f"G{i}", "不制冷", "补充冷媒", f"2026-10-0{i} 09:00", "赵签到", "钱完工"]
             for i in range(1, 4)]
    record = read_table(fmt, tmp_path / "wo", rows).records["work_orders"][0]
    assert record["technician"] == "钱完工"


# ---------------------------------------------------------------- addresses by content

ADDRESSES = ["上海市浦东新区张杨路88弄3号201室", "上海市徐汇区漕溪路12弄5号402室",
             "上海市静安区共和路7弄1号101室"]


def _address_rows(label: str) -> list[list[object]]:
    rows: list[list[object]] = [["工单号", label, "故障描述", "处理结果", "报修时间"]]
    rows += [[f"G{i}", ADDRESSES[i], "漏水", "更换阀门", f"2026-10-0{i + 1} 09:00"]
             for i in range(3)]
    return rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_column_full_of_addresses_is_the_address(tmp_path: Path, fmt: str) -> None:
    record = read_table(fmt, tmp_path / "wo", _address_rows("服务对象")).records["work_orders"][0]
    assert record["customer_address"] == ADDRESSES[0]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_organisations_address_is_not_the_customers(tmp_path: Path, fmt: str) -> None:
    record = read_table(fmt, tmp_path / "wo", _address_rows("维保单位")).records["work_orders"][0]
    assert record["customer_address"] is None


# ---------------------------------------------------------------- ids and weights

def test_a_primary_key_is_the_record_number_but_a_customer_key_is_not() -> None:
    data = [["1001", "K88", "漏水", "更换阀门", "2026-10-01 09:00"]]
    mapped = map_columns(["记录主键", "客户主键", "故障描述", "处理结果", "报修时间"], WO, data)
    assert mapped.fields["record_id"] == [0]
    assert 1 not in {c for cols in mapped.fields.values() for c in cols}


def _weighted_survey(items: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["回访编号", "客户名称", *items, "总体满意度", "回访日期"]]
    rows += [[f"HF{i}", f"客户{i}", *["满意"] * len(items), "很满意", f"2026-10-0{i}"]
             for i in range(1, 4)]
    return rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_weighted_item_labels_keep_a_survey_a_survey(tmp_path: Path, fmt: str) -> None:
    items = ["响应速度占比20%", "维修质量占比40%", "服务态度占比40%"]
    extracted = read_table(fmt, tmp_path / "sv", _weighted_survey(items))
    assert len(extracted.records["survey_responses"]) == 3
    assert "callback_report" not in extracted.kinds


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_statistics_table_with_shares_is_still_no_survey(tmp_path: Path, fmt: str) -> None:
    rows: list[list[object]] = [["月份", "回访数", "满意数", "满意率", "占比"]]
    rows += [[f"2026-0{i}", 100, 95, "95%", "30%"] for i in range(1, 4)]
    extracted = read_table(fmt, tmp_path / "stat", rows)
    assert not any(extracted.records.get(kind) for kind in extracted.records)
    assert "callback_report" in extracted.kinds


# ---------------------------------------------------------------- 诉求 says complaint

def _appeal_rows(first: str) -> list[list[object]]:
    rows: list[list[object]] = [[first, "诉求人", "联系电话", "诉求内容", "办理结果", "回访评价",
                                 "办结时间"]]
    rows += [[f"A{i}", f"刘{i}", f"1360000{i:04d}", "小区路灯不亮", "已更换灯具", "满意",
              f"2026-09-0{i} 17:00"] for i in range(1, 4)]
    return rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_ledger_of_appeals_is_a_complaint_ledger(tmp_path: Path, fmt: str) -> None:
    extracted = read_table(fmt, tmp_path / "cp", _appeal_rows("案件编号"))
    assert len(extracted.records["complaints"]) == 3
    assert not extracted.records.get("work_orders")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_work_order_export_with_an_appeal_category_stays_work_orders(
    tmp_path: Path, fmt: str
) -> None:
    rows: list[list[object]] = [["工单编号", "诉求分类", "故障描述", "维修结果", "报修时间",
                                 "客户姓名", "客户电话", "完成时间"]]
    rows += [[f"G{i}", "家电维修", "洗衣机漏水", "更换进水管", f"2026-10-0{i} 09:00", f"周{i}",
              f"1350000{i:04d}", f"2026-10-0{i} 15:00"] for i in range(1, 4)]
    extracted = read_table(fmt, tmp_path / "wo", rows)
    assert len(extracted.records["work_orders"]) == 3
    assert not extracted.records.get("complaints")


# ---------------------------------------------------------------- header rows

@pytest.mark.parametrize("fmt", FORMATS)
def test_a_remark_in_the_first_row_never_joins_the_header(tmp_path: Path, fmt: str) -> None:
    rows: list[list[object]] = [["投诉编号", "投诉人", "投诉内容", "处理结果", "回访情况",
                                 "投诉日期"]]
    rows += [[f"T{i}", f"孙{i}", "配件缺货", "调货后上门更换", "电话回访，客户基本满意",
              f"2026-09-0{i}"] for i in range(1, 4)]
    extracted = read_table(fmt, tmp_path / "cp", rows)
    records = extracted.records["complaints"]
    assert [r["record_id"] for r in records] == ["T1", "T2", "T3"]
    assert records[0]["feedback"] == "电话回访，客户基本满意"


# ---------------------------------------------------------------- known look-alikes

@pytest.mark.parametrize("fmt", FORMATS)
def test_a_praise_register_is_known_and_no_complaint_ledger(tmp_path: Path, fmt: str) -> None:
    rows: list[list[object]] = [["表扬编号", "表扬人", "被表扬人", "表扬内容", "登记日期"]]
    rows += [[f"B{i}", f"吴{i}", "陈师傅", "上门准时，态度好", f"2026-09-0{i}"]
             for i in range(1, 4)]
    extracted = read_table(fmt, tmp_path / "praise", rows)
    assert not any(extracted.records.get(kind) for kind in extracted.records)
    assert "praise_ledger" in extracted.kinds


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_call_back_log_without_ratings_is_known_and_no_survey(tmp_path: Path, fmt: str) -> None:
    rows: list[list[object]] = [["序号", "回访方式", "回访内容", "下次回访日期", "客服工号"]]
    rows += [[i, "电话", "提醒保养", f"2026-12-0{i}", f"KF{i}"] for i in range(1, 4)]
    extracted = read_table(fmt, tmp_path / "callback", rows)
    assert not any(extracted.records.get(kind) for kind in extracted.records)
    assert "callback_report" in extracted.kinds


# ---------------------------------------------------------------- reports and sales around records

@pytest.mark.parametrize("fmt", FORMATS)
def test_a_table_of_rates_and_counts_is_a_report_not_a_complaint_ledger(
    tmp_path: Path, fmt: str
) -> None:
    rows: list[list[object]] = [["月份", "回访总数", "不满意数", "及时率", "不满意原因", "改进措施"]]
    rows += [[f"2026-0{i}", 120, 3, "98%", "上门超时", "增派人手"] for i in range(1, 4)]
    extracted = read_table(fmt, tmp_path / "report", rows)
    assert not extracted.records.get("complaints")
    assert "callback_report" in extracted.kinds


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_complaint_ledger_with_a_cause_and_a_remedy_is_still_read(
    tmp_path: Path, fmt: str
) -> None:
    rows: list[list[object]] = [["登记编号", "投诉人", "不满意原因", "改进措施", "受理日期"]]
    rows += [[f"D{i}", f"韩{i}", "上门超时", "增派人手", f"2026-09-0{i}"] for i in range(1, 4)]
    assert len(read_table(fmt, tmp_path / "cp", rows).records["complaints"]) == 3


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_sales_visit_log_is_no_work_order_ledger(tmp_path: Path, fmt: str) -> None:
    rows: list[list[object]] = [["拜访日期", "客户名称", "联系人", "电话", "拜访内容", "拜访结果",
                                 "业务员"]]
    rows += [[f"2026-09-0{i}", f"华东公司{i}", f"严{i}", f"1330000{i:04d}", "介绍新品",
              "有采购意向", "小马"] for i in range(1, 4)]
    extracted = read_table(fmt, tmp_path / "visits", rows)
    assert not extracted.records.get("work_orders")
    assert "sales_ledger" in extracted.kinds


# ---------------------------------------------------------------- content and event words

@pytest.mark.parametrize("fmt", FORMATS)
def test_a_model_code_column_is_the_product(tmp_path: Path, fmt: str) -> None:
    rows: list[list[object]] = [["工单号", "机器型号", "故障描述", "处理结果", "报修时间"]]
    rows += [[f"G{i}", f"KFR-3{i}GW", "不制冷", "补氟", f"2026-10-0{i} 09:00"] for i in range(1, 4)]
    record = read_table(fmt, tmp_path / "wo", rows).records["work_orders"][0]
    assert record["product"] == "KFR-31GW"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_column_of_status_codes_under_a_product_label_is_no_product(
    tmp_path: Path, fmt: str
) -> None:
    rows: list[list[object]] = [["工单号", "机器型号", "故障描述", "处理结果", "报修时间"]]
    rows += [[f"G{i}", f"2026-10-0{i}", "不制冷", "补氟", f"2026-10-0{i} 09:00"] for i in range(1, 4)]
    record = read_table(fmt, tmp_path / "wo", rows).records["work_orders"][0]
    assert record["product"] is None  # dates are no model codes


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_complaint_is_raised_when_put_forward_and_closed_when_answered(
    tmp_path: Path, fmt: str
) -> None:
    rows: list[list[object]] = [["登记编号", "提出人", "意见内容", "处理情况", "提出时间", "答复时间",
                                 "回访人"]]
    rows += [[f"Y{i}", f"邹{i}", "送货太慢", "已协调物流", f"2026-09-0{i} 09:10",
              f"2026-09-0{i} 17:20", "客服小林"] for i in range(1, 4)]
    record = read_table(fmt, tmp_path / "cp", rows, title="客户投诉处理登记").records["complaints"][0]
    assert record["received_at"] == datetime(2026, 9, 1, 9, 10)
    assert record["closed_at"] == datetime(2026, 9, 1, 17, 20)
    assert record["customer_name"] == "邹1"  # 回访人 is staff, never the customer


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_start_of_repair_is_the_response_not_the_completion(tmp_path: Path, fmt: str) -> None:
    rows: list[list[object]] = [["服务单编号", "客户反映问题", "维修措施", "维修开始时间",
                                 "维修结束时间"]]
    rows += [[f"F{i}", "洗衣机不排水", "疏通排水管", f"2026-10-0{i} 10:00", f"2026-10-0{i} 11:30"]
             for i in range(1, 4)]
    record = read_table(fmt, tmp_path / "wo", rows).records["work_orders"][0]
    assert record["responded_at"] == datetime(2026, 10, 1, 10, 0)
    assert record["completed_at"] == datetime(2026, 10, 1, 11, 30)


def test_a_word_is_not_split_across_a_longer_neighbour() -> None:
    """受访客户 is 受访 + 客户, not 受 + 访客 + 户."""
    assert read_label("受访客户").head == {"customer"}
    assert read_label("受访客户").coverage == 1.0


# ---------------------------------------------------------------- the ledger's own number

@pytest.mark.parametrize("fmt", FORMATS)
def test_a_work_order_ledger_with_a_complaint_flag_stays_work_orders(
    tmp_path: Path, fmt: str
) -> None:
    rows: list[list[object]] = [["工单编号", "客户姓名", "联系电话", "故障描述", "处理结果", "报修时间",
                                 "完成时间", "回访结果", "客户评价", "是否投诉"]]
    rows += [[f"G{i}", f"林{i}", f"1350000{i:04d}", "不出热水", "更换温控器", f"2026-10-0{i} 09:00",
              f"2026-10-0{i} 15:00", "已回访", "满意", "否"] for i in range(1, 4)]
    extracted = read_table(fmt, tmp_path / "wo", rows)
    assert len(extracted.records["work_orders"]) == 3
    assert not extracted.records.get("complaints")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_complaint_ledger_that_cites_work_orders_stays_complaints(
    tmp_path: Path, fmt: str
) -> None:
    rows: list[list[object]] = [["投诉编号", "工单编号", "客户姓名", "联系电话", "故障描述", "投诉内容",
                                 "处理措施", "维修人员", "投诉日期", "完成日期", "回访结果"]]
    rows += [[f"T{i}", f"G{i}", f"林{i}", f"1350000{i:04d}", "不出热水", "二次上门仍未修好",
              "更换整机", "陈工", f"2026-10-0{i}", f"2026-10-1{i}", "满意"] for i in range(1, 4)]
    extracted = read_table(fmt, tmp_path / "cp", rows)
    assert [r["record_id"] for r in extracted.records["complaints"]] == ["T1", "T2", "T3"]
    assert not extracted.records.get("work_orders")


# ---------------------------------------------------------------- plans, leaving, actors

@pytest.mark.parametrize("fmt", FORMATS)
def test_an_appointment_is_a_plan_and_leaving_the_site_ends_the_work(
    tmp_path: Path, fmt: str
) -> None:
    rows: list[list[object]] = [["工单号", "故障描述", "处理结果", "预约时间", "进场时间", "离场时间",
                                 "巡检人"]]
    rows += [[f"G{i}", "电梯异响", "调整导轨", f"2026-10-0{i} 08:00", f"2026-10-0{i} 09:10",
              f"2026-10-0{i} 11:40", "何工"] for i in range(1, 4)]
    record = read_table(fmt, tmp_path / "wo", rows).records["work_orders"][0]
    assert record["responded_at"] == datetime(2026, 10, 1, 9, 10)  # 进场, not the 预约
    assert record["completed_at"] == datetime(2026, 10, 1, 11, 40)  # 离场
    assert record["technician"] == "何工"  # whoever inspects is staff
    assert record["customer_name"] is None


def test_an_actor_word_is_staff_unless_a_person_word_says_otherwise() -> None:
    assert read_label("巡检人").head == {"actor"}
    assert read_label("报修人").head == {"customer"}  # listed: the customer who reported
    assert read_label("维修人").head == {"staff"}


# ---------------------------------------------------------------- complaint text, parts

@pytest.mark.parametrize("fmt", FORMATS)
def test_what_the_customer_brought_is_the_reason_and_a_bare_content_too(
    tmp_path: Path, fmt: str
) -> None:
    rows: list[list[object]] = [["投诉编号", "投诉人", "反映内容", "处理措施", "投诉日期"]]
    rows += [[f"T{i}", f"伍{i}", "客服电话打不通", "增设坐席", f"2026-09-0{i}"] for i in range(1, 4)]
    record = read_table(fmt, tmp_path / "cp", rows).records["complaints"][0]
    assert record["reason"] == "客服电话打不通"
    assert record["handling"] == "增设坐席"  # the remedy is never taken for the reason
    bare = [["投诉编号", "投诉人", "内容", "处理结果", "投诉日期"], *rows[1:]]
    record = read_table(fmt, tmp_path / "cp2", bare).records["complaints"][0]
    assert record["reason"] == "客服电话打不通"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_replaced_part_is_not_the_product_serviced(tmp_path: Path, fmt: str) -> None:
    rows: list[list[object]] = [["工单号", "产品型号", "更换配件", "故障描述", "处理结果", "报修时间",
                                 "施工人"]]
    rows += [[f"G{i}", "BCD-215", "温控器", "冷藏室不冷", "更换温控器", f"2026-10-0{i} 09:00", "蒋工"]
             for i in range(1, 4)]
    record = read_table(fmt, tmp_path / "wo", rows).records["work_orders"][0]
    assert record["product"] == "BCD-215"
    assert record["technician"] == "蒋工"
    parts_only = [[row[0], *row[2:]] for row in rows]  # no product column at all
    record = read_table(fmt, tmp_path / "wo2", parts_only).records["work_orders"][0]
    assert record["product"] is None


@pytest.mark.parametrize("fmt", FORMATS)
def test_acceptance_beside_the_report_is_the_response_alone_it_is_the_report(
    tmp_path: Path, fmt: str
) -> None:
    rows: list[list[object]] = [["工单号", "故障描述", "处理结果", "报修时间", "受理时间", "创建时间"]]
    rows += [[f"G{i}", "门禁失灵", "更换读卡器", f"2026-10-0{i} 08:00", f"2026-10-0{i} 08:20",
              f"2026-10-0{i} 08:05"] for i in range(1, 4)]
    record = read_table(fmt, tmp_path / "wo", rows).records["work_orders"][0]
    assert record["reported_at"] == datetime(2026, 10, 1, 8, 0)
    assert record["responded_at"] == datetime(2026, 10, 1, 8, 20)  # 受理, never 创建
    alone = [[row[0], row[1], row[2], row[4]] for row in rows]
    record = read_table(fmt, tmp_path / "wo2", alone).records["work_orders"][0]
    assert record["reported_at"] == datetime(2026, 10, 1, 8, 20)
    assert record["responded_at"] is None


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_complaints_text_is_its_reason_before_its_category(tmp_path: Path, fmt: str) -> None:
    rows: list[list[object]] = [["投诉编号", "投诉类别", "建议内容", "处理结果", "投诉日期"]]
    rows += [[f"T{i}", "服务类", "希望周末也能上门", "已增加周末班次", f"2026-09-0{i}"]
             for i in range(1, 4)]
    record = read_table(fmt, tmp_path / "cp", rows).records["complaints"][0]
    assert record["reason"] == "希望周末也能上门"
    category_only = [[row[0], row[1], *row[3:]] for row in rows]
    record = read_table(fmt, tmp_path / "cp2", category_only).records["complaints"][0]
    assert record["reason"] == "服务类"  # failing any text, the category


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_complaint_ledger_without_a_complaint_word_but_with_its_chain(
    tmp_path: Path, fmt: str
) -> None:
    rows: list[list[object]] = [["编号", "客户", "电话", "问题描述", "跟进情况", "客户反馈内容", "日期"]]
    rows += [[f"B{i}", f"冯{i}", f"1310000{i:04d}", "安装后漏水", "上门重装", "满意",
              f"2026-09-0{i}"] for i in range(1, 4)]
    extracted = read_table(fmt, tmp_path / "cp", rows)
    assert len(extracted.records["complaints"]) == 3
    assert not extracted.records.get("work_orders")
    record = extracted.records["complaints"][0]
    # 跟进 (following the matter up) is its handling; 客户反馈内容 beside a reason of its own
    # (问题描述) is the customer's feedback
    assert (record["reason"], record["handling"], record["feedback"]) == (
        "安装后漏水", "上门重装", "满意")
