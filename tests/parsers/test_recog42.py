"""Issue 11, round 42: which time is the event's by the act its label names, and what tells
after-sales work orders from a sale (decisions 297-299).

Each mechanism is tested on a workbook and a Word table, with must-read and must-not-read
cases. The cell contents are written here, not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.parsers.normalise import parse_timestamp
from tests.parsers.tables import FORMATS, read_table

_NAMES = ["袁静怡", "高家豪", "邓文斌", "郭美玲", "蒋凤英", "宋明辉", "郭红霞", "刘卫东"]
_PHONES = [f"1383814{i:04d}" for i in range(8)]
_FAULTS = ["门封不严", "屏幕无图像", "制冷效果差", "运行时异响", "遥控器失灵", "不开机",
           "室内机漏水", "不制冷"]
_REMEDIES = ["更换门封条，密封良好", "更换背光灯条，图像正常", "补充制冷剂，出风正常",
             "紧固底脚螺丝，噪音消除", "更换接收板，遥控正常", "更换电源板，开机正常",
             "疏通排水管，试机无滴漏", "更换启动电容，试机正常"]
# Most repairs are begun and ended the day the thing is sent in; two a day later. No order
# of dates tells the repair's time (here the day sent in, as a hospital's list fills it)
# from its end: each equals some other step on every row.
_SENT = [f"2026-09-{day:02d}" for day in (3, 5, 8, 10, 14, 17, 21, 24)]
_STARTED = [f"2026-09-{day:02d}" for day in (3, 5, 9, 10, 15, 17, 21, 24)]
_ENDED = _STARTED


def _days(records: list[dict[str, object]], name: str) -> list[str]:
    return [f"{r[name]:%Y-%m-%d}" if r[name] is not None else "" for r in records]


def _repairs(labels: list[str], *dates: list[str]) -> list[list[object]]:
    """A repair desk's orders: number, applicant, phone, fault, remedy, then the date columns."""
    head = ["维修编号", "申请人员", "联系电话", "故障描述", "工作内容"]
    rows = [[f"WX{202609 + i}", _NAMES[i], _PHONES[i], _FAULTS[i], _REMEDIES[i]]
            + [column[i] for column in dates] for i in range(8)]
    return [head + labels] + rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_repairs_end_is_its_completion_over_the_bare_repair_time(
        tmp_path: Path, fmt: str) -> None:
    """Decision 297: 维修结束日期 (the repair's end) is the completion; 维修时间 (the repair's
    time, here the day it was sent in) names no end, and the parts read it lower. Before, an
    exact synonym made 维修时间 the completion at 1.0 and won the tie by its priority."""
    rows = _repairs(["送修时间", "维修开始日期", "维修结束日期", "维修时间"],
                    _SENT, _STARTED, _ENDED, _SENT)
    orders = read_table(fmt, tmp_path / "repairs", rows).records["work_orders"]
    assert _days(orders, "completed_at") == _ENDED
    assert _days(orders, "responded_at") == _STARTED
    assert _days(orders, "reported_at") == _SENT


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_bare_repair_time_alone_is_still_the_completion(tmp_path: Path, fmt: str) -> None:
    """Must still read: where nothing names the repair's end, 维修时间 is when it was done
    (the parts' reading, resolution + time, 0.8)."""
    rows = _repairs(["送修时间", "维修时间"], _SENT, _ENDED)
    orders = read_table(fmt, tmp_path / "repairs", rows).records["work_orders"]
    assert _days(orders, "completed_at") == _ENDED


@pytest.mark.parametrize("cell", ["2026-09-25", "2026/9/25", "20260925", "2026年9月25日"])
def test_a_date_only_cell_is_read_as_its_own_day(cell: str) -> None:
    """The day-early completions were a column choice, not the normaliser: a date-only cell
    is midnight of the day written, in every form (no time zone applied to it)."""
    stamp, has_time = parse_timestamp(cell)
    assert stamp is not None and (stamp.year, stamp.month, stamp.day) == (2026, 9, 25)
    assert not has_time


_OCCURRED = [f"2026-09-{day:02d} 07:{minute:02d}:00" for day, minute in
             ((3, 5), (5, 10), (8, 15), (10, 20), (14, 25), (17, 30), (21, 35), (24, 40))]
_REPORTED = [f"2026-09-{day:02d} 09:{minute:02d}:00" for day, minute in
             ((3, 5), (5, 10), (8, 15), (10, 20), (14, 25), (17, 30), (21, 35), (24, 40))]
_DONE = [f"2026-09-{day:02d} 16:{minute:02d}:00" for day, minute in
         ((3, 5), (5, 10), (8, 15), (10, 20), (14, 25), (17, 30), (21, 35), (24, 40))]


def _faults(labels: list[str], *columns: list[str]) -> list[list[object]]:
    """A maintenance desk's fault reports: number, fault, remedy, then the given columns."""
    head = ["故障单编码", "故障现象", "处理信息"]
    rows = [[f"GZ{202609 + i}", _FAULTS[i], _REMEDIES[i]] + [column[i] for column in columns]
            for i in range(8)]
    return [head + labels] + rows


def _minutes(records: list[dict[str, object]], name: str) -> list[str]:
    return [f"{r[name]:%Y-%m-%d %H:%M:%S}" if r[name] is not None else "" for r in records]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("report", ["接报时间", "报警时间"])
def test_when_a_fault_occurred_is_no_report_beside_one(
        tmp_path: Path, fmt: str, report: str) -> None:
    """Decision 298: 故障发生时间 is when the fault happened, before anyone reported it; the
    desk's 接报时间 or the caller's 报警时间 (raising the alarm) is the report. Before, 发生
    was read as the customer's act of reporting (1.0), over the desk's taking in (0.9), and
    报警 was no known word."""
    rows = _faults(["报修人", "联系电话", "故障发生时间", report, "维修完成时间"],
                   _NAMES, _PHONES, _OCCURRED, _REPORTED, _DONE)
    orders = read_table(fmt, tmp_path / "faults", rows).records["work_orders"]
    assert _minutes(orders, "reported_at") == _REPORTED
    assert _minutes(orders, "completed_at") == _DONE


@pytest.mark.parametrize("fmt", FORMATS)
def test_who_raised_the_alarm_is_the_customer(tmp_path: Path, fmt: str) -> None:
    """Must still read (decision 298): once 报警 is a known act, 报警人 (who raised the alarm)
    is read as the customer by its label, as 报修人 is (before, an unread label beside the
    phone, by the content pass); 报警人 alone would be an actor of a report, no field."""
    rows = _faults(["报警人", "报警人电话", "报警时间", "维修完成时间"],
                   _NAMES, _PHONES, _REPORTED, _DONE)
    orders = read_table(fmt, tmp_path / "alarms", rows).records["work_orders"]
    assert [r["customer_name"] for r in orders] == _NAMES
    assert [r["customer_phone"] for r in orders] == _PHONES
    assert _minutes(orders, "reported_at") == _REPORTED


@pytest.mark.parametrize("fmt", FORMATS)
def test_when_a_fault_occurred_still_dates_a_report_named_by_nothing_else(
        tmp_path: Path, fmt: str) -> None:
    """Must still read: with no column naming the report, the fault's time (故障发生时间, as
    故障时间) is the best witness of when it was reported (issue + time, 0.7)."""
    rows = _faults(["报修人", "联系电话", "故障发生时间", "维修完成时间"],
                   _NAMES, _PHONES, _REPORTED, _DONE)
    orders = read_table(fmt, tmp_path / "faults", rows).records["work_orders"]
    assert _minutes(orders, "reported_at") == _REPORTED


@pytest.mark.parametrize("fmt", FORMATS)
def test_when_a_dispute_occurred_is_no_receipt(tmp_path: Path, fmt: str) -> None:
    """Must still read (decision 298, complaints): 纠纷发生日期 dates the matter and 受理日期
    the complaint's receipt; with 发生 no act of reporting, the labels alone say so."""
    head = ["投诉编号", "投诉人", "联系电话", "纠纷发生日期", "受理日期", "投诉内容", "处理结果"]
    reasons = ["维修后仍漏水", "上门超时三小时", "收费与报价不符", "配件非原厂", "客服态度差",
               "维修后异响", "预约无人上门", "退款迟迟未到"]
    answers = ["已安排复修并致歉", "已核实并补偿", "已退还差价", "已更换原厂配件",
               "已约谈客服人员", "已重新检修", "已改约并补偿", "已督促财务退款"]
    rows = [head] + [[f"TS{202609 + i}", _NAMES[i], _PHONES[i], _OCCURRED[i][:10],
                      _REPORTED[i][:10], reasons[i], answers[i]] for i in range(8)]
    complaints = read_table(fmt, tmp_path / "disputes", rows).records["complaints"]
    assert _days(complaints, "received_at") == [day[:10] for day in _REPORTED]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_start_of_work_is_the_response(tmp_path: Path, fmt: str) -> None:
    """Decision 298: 开工时间 (work started) is the response, as 维修开始时间 is, and no
    completion (before, its characters were like 完工时间's and it was read as the completion)."""
    rows = _faults(["报修人", "联系电话", "报修时间", "开工时间"], _NAMES, _PHONES, _REPORTED, _DONE)
    orders = read_table(fmt, tmp_path / "workshop", rows).records["work_orders"]
    assert _minutes(orders, "responded_at") == _DONE
    assert all(r["completed_at"] is None for r in orders)


_NUMBERS = [f"1391234{i:04d}" for i in range(8)]
_CALLERS = [f"1705555{i:04d}" for i in range(8)]
_NUISANCES = ["冒充客服推销贷款", "催收电话骚扰家人", "自动语音推销保险", "反复来电不说话",
              "冒充公检法诈骗", "深夜推销理财", "催收辱骂威胁", "响一声就挂"]


def _reports(labels: list[str], *dates: list[str]) -> list[list[object]]:
    """A telecom desk's nuisance-call reports: the reporter's number, the number reported
    against, what was reported, then the date columns."""
    head = ["投诉ID", "举报号码", "被举报号码", "举报内容"]
    rows = [[f"JB{202609 + i}", _NUMBERS[i], _CALLERS[i], _NUISANCES[i]]
            + [column[i] for column in dates] for i in range(8)]
    return [head + labels] + rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_report_of_a_wrong_is_raised_when_reported_not_when_entered(
        tmp_path: Path, fmt: str) -> None:
    """Decision 298: 举报 (reporting a wrong to a desk) is the complaint's act: 举报时间 is
    the receipt, over 投诉添加时间 (the desk entering the complaint, a later step); the
    reporter's number is the customer's phone and 被举报号码 (the number reported against)
    no phone of the customer's."""
    rows = _reports(["举报时间", "投诉添加时间"], _REPORTED, _DONE)
    complaints = read_table(fmt, tmp_path / "reports", rows).records["complaints"]
    assert _minutes(complaints, "received_at") == _REPORTED
    assert [r["customer_phone"] for r in complaints] == _NUMBERS
    assert [r["reason"] for r in complaints] == _NUISANCES


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_desks_entry_of_a_complaint_still_dates_it_alone(tmp_path: Path, fmt: str) -> None:
    """Must still read: with no time of the raising, 投诉添加时间 is the receipt (0.95, the
    complaint taken in by the desk)."""
    rows = _reports(["投诉添加时间"], _DONE)
    complaints = read_table(fmt, tmp_path / "reports", rows).records["complaints"]
    assert _minutes(complaints, "received_at") == _DONE


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_number_reported_against_is_no_customers_phone(tmp_path: Path, fmt: str) -> None:
    """Must not read: 被举报号码 alone (beside no number of the reporter's) is the phone of the
    one reported against, as 被投诉人 is no complainant: no customer phone is read."""
    rows = [row[:1] + row[2:] for row in _reports(["举报时间"], _REPORTED)]
    read = read_table(fmt, tmp_path / "reports", rows)
    assert all(r["customer_phone"] is None for r in read.records.get("complaints", []))


_PLATES = ["苏A12345", "苏B23456", "苏C34567", "苏D45678", "苏E56789", "苏F67890", "苏G78901",
           "苏H89012"]
_AMOUNTS = [f"{(i + 2) * 85}.00" for i in range(8)]
_TAKEN = [f"2026-09-{day:02d} 10:{minute:02d}:00" for day, minute in
          ((3, 5), (5, 10), (8, 15), (10, 20), (14, 25), (17, 30), (21, 35), (24, 40))]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_car_taken_over_and_the_work_finished_is_a_service_order(
        tmp_path: Path, fmt: str) -> None:
    """Decision 299: a car-care shop's orders, written (单据时间), the car taken over (接车时间)
    and the work finished (完工时间), are work orders, whatever their amounts paid: a sale has
    no job taken up and finished. Before, 接车 was no known word and the report was dated by
    the record itself, so decision 180 did not hold and three sales words (智能柜订单, 订单金额,
    支付金额) made it a sales ledger."""
    head = ["单据编号", "单据时间", "车牌号码", "智能柜订单", "订单金额", "支付金额", "结算状态",
            "手机号码", "接车时间", "完工时间"]
    rows = [head] + [[f"DJ{202609 + i}", _REPORTED[i], _PLATES[i], "否", _AMOUNTS[i],
                      _AMOUNTS[i], "已结算", _PHONES[i], _TAKEN[i], _DONE[i]] for i in range(8)]
    read = read_table(fmt, tmp_path / "carcare", rows)
    orders = read.records["work_orders"]
    assert [r["record_id"] for r in orders] == [f"DJ{202609 + i}" for i in range(8)]
    assert _minutes(orders, "responded_at") == _TAKEN
    assert _minutes(orders, "completed_at") == _DONE


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_order_paid_shipped_and_completed_stays_a_sale(tmp_path: Path, fmt: str) -> None:
    """Must not read: a shop's sales orders, placed, paid, shipped and completed (完成时间), have
    no job taken up: no response is named by an act of service, so they stay a sales ledger."""
    head = ["订单编号", "下单时间", "商品名称", "数量", "订单金额", "付款时间", "发货时间",
            "完成时间", "手机号码"]
    goods = ["空气净化器", "电热水壶", "吸尘器", "电饭煲", "加湿器", "电风扇", "微波炉", "榨汁机"]
    rows = [head] + [[f"DD{202609 + i}", _OCCURRED[i], goods[i], i + 1, _AMOUNTS[i],
                      _REPORTED[i], _TAKEN[i], _DONE[i], _PHONES[i]] for i in range(8)]
    read = read_table(fmt, tmp_path / "sales", rows)
    assert not read.records.get("work_orders")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_sales_visit_begun_and_ended_stays_a_sales_log(tmp_path: Path, fmt: str) -> None:
    """Must not read (decision 299): a CRM's sales visits, created (创建时间), begun and ended
    (开始时间, 结束时间), are no job taken up: a bare start begins a visit as well as a job, so
    the visits stay the sales look-alike they are (a first run of the rule, with any start as
    the response, read such a log as eight work orders)."""
    head = ["客户ID", "编号", "拜访类别", "拜访标题", "拜访内容", "备注", "附件组别ID", "开始时间",
            "结束时间", "联系人", "联系人电话", "联系人手机", "拜访地址", "经办人", "创建人",
            "创建时间", "编辑人", "编辑时间", "所属部门", "所属公司"]
    # a CRM's canned notes, picked from its lists
    said = ["客户无异议", "详见附件", "已电话沟通", "按计划完成"]
    rows = [head] + [[f"{3127 + i}", f"BF{202609 + i}", "常规", "无", said[i % 2],
                      said[(i + 1) % 4], f"{77859 + i}", _REPORTED[i], _DONE[i], _NAMES[i], _PHONES[i],
                      _NUMBERS[i], f"南京市鼓楼区中山路{i + 10}号", "王志强", "李娜",
                      _OCCURRED[i], "李娜", _DONE[i], "华东销售部", "金陵商贸有限公司"]
                     for i in range(8)]
    read = read_table(fmt, tmp_path / "visits", rows)
    assert not read.records.get("work_orders")
