"""Issue 11, decision 407: what the eighteenth set's unread tables said their rows were.

- A register whose every row carries the customer's sign-off under a label that says so is
  jobs signed for, though its number and its worker are read by no rule; a customer list
  signed as a contract (签约人, 签约时间) is not.
- An after-sales case numbered by itself (售后编号) is the service's own record, so a thin
  refund list is after-sales work orders, not a record of unproven kind; complaints citing
  the after-sales case they are about stay complaints.
- An anonymous survey sorts its respondents by type (Respondent Type, 客户类型): their sex
  and age are theirs, and a department with its code is one header, no staff list.
- The number sign alone (#) is a column whose label says nothing: codes under it number the
  records, a row counter under it numbers none. A row of data (a code and dates) is never
  taken for the header.
- A driver's licence and years at the wheel name staff; a unit's key and serial (设备ID,
  设备SN) name the company's kit; the same words in repairs stay work orders.
Must-read and must-not cases on a workbook and a Word table; the cells are written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table, rows_of

_N = 8
_PEOPLE = ["韩雨桐", "蒋志远", "沈丽娟", "魏国栋", "姚晓红", "陆文涛", "曹美华", "傅建平"]
_PHONES = [f"1391234{5600 + i}" for i in range(_N)]


def _at(day: int, hour: int) -> list[str]:
    return [f"2025-04-{day + i:02d} {hour:02d}:{10 + i}" for i in range(_N)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_register_signed_for_on_each_row_is_work_orders(tmp_path: Path, fmt: str) -> None:
    """A boiler-room call-out register: its number and its fitter read by no rule, its fault
    and fix only by the label model; the owner signs each row (before: refused, no column
    numbering the orders)."""
    head = ["锅炉巡修登记码", "锅炉房业户", "业户手机", "锅炉房位置", "锅炉型号", "炉管堵漏情况", "疏通补水措施",
            "业户报障时刻", "到场时刻", "复炉时刻", "驻站司炉工", "业户确认画押"]
    rows = rows_of(head, [f"GL2025{i:04d}" for i in range(_N)], _PEOPLE, _PHONES,
                   [f"东区{i + 1}号锅炉房" for i in range(_N)], ["WNS2-1.25", "LHS0.5"] * (_N // 2),
                   ["水位计看不清水位", "炉膛负压过高", "给水泵不上水", "安全阀泄漏", "排烟温度偏高",
                    "燃烧器熄火", "压力表指针卡滞", "软化水硬度超标"],
                   ["冲洗水位计玻璃管", "调整引风机挡板", "更换给水泵机封", "研磨安全阀阀芯", "清理烟管积灰",
                    "清洗点火电极", "更换压力表", "再生树脂并复测"],
                   _at(1, 8), _at(1, 10), _at(1, 15), ["赵师傅", "钱师傅"] * (_N // 2), _PEOPLE)
    read = read_table(fmt, tmp_path / "boiler", rows)
    assert read.kinds == ["work_orders"]
    assert len(read.records["work_orders"]) == _N


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_customer_list_signed_as_contracts_is_no_work_orders(tmp_path: Path, fmt: str) -> None:
    """Must not: customers, their machine, when it was installed and who signed the contract."""
    head = ["客户名称", "联系电话", "安装地址", "设备型号", "安装时间", "签约人"]
    rows = rows_of(head, _PEOPLE, _PHONES, [f"东区{i + 1}栋" for i in range(_N)],
                   ["WNS2-1.25", "LHS0.5"] * (_N // 2), [f"2024-0{i + 1}-15" for i in range(_N)],
                   ["王经理", "李经理"] * (_N // 2))
    read = read_table(fmt, tmp_path / "contracts", rows)
    assert "work_orders" not in read.kinds
    assert not read.records.get("work_orders")


_REASONS = ["尺码偏小想换大一码", "收到商品有划痕", "颜色与图片不符", "少发了一个配件", "七天无理由退货",
            "质量问题开线", "物流破损", "发错型号"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_after_sales_case_numbered_by_itself_is_a_work_order(tmp_path: Path, fmt: str) -> None:
    """A shop's refund list: 售后编号 numbers the after-sales case (before: records of unproven
    kind, work orders or complaints)."""
    head = ["售后编号", "订单ID", "用户ID", "售后类型", "退款原因", "退款价格", "申请时间"]
    orders = ["883104", "880297", "886650", "881022", "889913", "884478", "882035", "887761"]
    rows = rows_of(head, [f"SH2025{i:05d}" for i in range(_N)], orders,
                   _PEOPLE, ["退货退款", "仅退款"] * (_N // 2), _REASONS,
                   ["59.00", "128.00"] * (_N // 2), _at(3, 11))
    read = read_table(fmt, tmp_path / "aftersales", rows)
    assert read.kinds == ["work_orders"]
    assert len(read.records["work_orders"]) == _N


@pytest.mark.parametrize("fmt", FORMATS)
def test_complaints_about_an_after_sales_case_stay_complaints(tmp_path: Path, fmt: str) -> None:
    """Must not: a complaint ledger citing the after-sales case each complaint is about."""
    head = ["售后编号", "投诉人", "联系电话", "投诉内容", "投诉时间", "处理结果"]
    rows = rows_of(head, [f"SH2025{i:05d}" for i in range(_N)], _PEOPLE, _PHONES,
                   [f"退款{i + 2}天未到账，客服不回复" for i in range(_N)], _at(3, 11),
                   ["已致电道歉并加急退款"] * _N)
    read = read_table(fmt, tmp_path / "complaints", rows)
    assert read.kinds == ["complaint_ledger"]


_FAULTS = ["刹车异响", "发动机故障灯亮", "空调不制冷", "变速箱顿挫", "轮胎鼓包", "电瓶亏电无法启动",
           "方向盘抖动", "水温过高"]
_SCALE = ["非常满意", "满意", "一般", "满意", "非常满意", "不满意", "满意", "非常满意"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_anonymous_survey_sorted_by_respondent_type_is_read(tmp_path: Path, fmt: str) -> None:
    """A city office's client feedback: respondents by type, sex and age group, the office and
    its code, an overall rating and item codes (before: a staff list, by sex, age and
    department)."""
    head = ["#", "Department", "Dept Code", "Respondent Type", "Sex", "Age Group", "Overall Rating",
            "SQD1", "SQD2", "Comment", "Submitted At"]
    rows = rows_of(head, [f"HF2025{i:05d}" for i in range(_N)], ["Treasury", "Assessor"] * (_N // 2),
                   ["TRS", "ASR"] * (_N // 2), ["Citizen", "Business"] * (_N // 2),
                   ["Male", "Female"] * (_N // 2), ["20-34", "35-49"] * (_N // 2), _SCALE, _SCALE,
                   _SCALE, ["none"] * _N, _at(5, 9))
    read = read_table(fmt, tmp_path / "feedback", rows)
    assert read.kinds == ["satisfaction_survey"]
    assert len(read.records["survey_responses"]) == _N


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_roster_by_department_code_sex_and_age_stays_staff(tmp_path: Path, fmt: str) -> None:
    """Must not: named staff with their department, its code, sex and age: a staff list."""
    head = ["姓名", "部门", "部门编码", "性别", "年龄", "职务"]
    rows = rows_of(head, _PEOPLE, ["售后部", "客服部"] * (_N // 2), ["SH01", "KF02"] * (_N // 2),
                   ["男", "女"] * (_N // 2), [str(25 + i) for i in range(_N)], ["工程师", "专员"] * (_N // 2))
    read = read_table(fmt, tmp_path / "roster", rows)
    assert read.kinds == ["staff_training"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_number_sign_heads_the_ticket_number(tmp_path: Path, fmt: str) -> None:
    """A help desk's ticket list: # holds each ticket's number, an owner serves it (before: no
    column numbering the orders)."""
    head = ["#", "Customer", "Created At", "First Response At", "Closed At"]
    rows = rows_of(head, [f"7{1000 + i}" for i in range(_N)],
                   ["Olivia Brown", "Liam Smith", "Emma Jones", "Noah Wilson", "Ava Taylor",
                    "Lucas Clark", "Mia Lewis", "Ethan Hall"], _at(6, 9), _at(6, 10), _at(6, 16))
    read = read_table(fmt, tmp_path / "tickets", rows)
    assert read.kinds == ["work_orders"]
    assert read.records["work_orders"][0]["record_id"] == "71000"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_row_counter_under_the_number_sign_numbers_no_order(tmp_path: Path, fmt: str) -> None:
    """Must not: # counting rows beside the orders' own 工单编号: the id is the order's."""
    head = ["#", "工单编号", "客户姓名", "联系电话", "故障描述", "报修时间"]
    rows = rows_of(head, [str(i + 1) for i in range(_N)], [f"GD2025{i:05d}" for i in range(_N)],
                   _PEOPLE, _PHONES, _REASONS, _at(7, 9))
    read = read_table(fmt, tmp_path / "counted", rows)
    assert read.kinds == ["work_orders"]
    assert read.records["work_orders"][0]["record_id"] == "GD202500000"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_driver_roster_is_a_staff_list(tmp_path: Path, fmt: str) -> None:
    """A warehouse's drivers with their licence class and years at the wheel: staff (before:
    nothing recognised, a false DOC_UNRECOGNISED)."""
    head = ["司机姓名", "联系方式", "联系地址", "驾龄", "驾照类型", "工作状态", "司机编号"]
    rows = rows_of(head, _PEOPLE, _PHONES, [f"东区{i + 1}栋" for i in range(_N)],
                   [str(3 + i) for i in range(_N)], ["A2", "B2"] * (_N // 2), ["在岗", "休假"] * (_N // 2),
                   [f"SJ{100 + i}" for i in range(_N)])
    read = read_table(fmt, tmp_path / "drivers", rows)
    assert read.kinds == ["staff_training"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_truck_repairs_for_drivers_stay_work_orders(tmp_path: Path, fmt: str) -> None:
    """Must not: the driver who brought the truck in is the customer of each repair."""
    head = ["维修单号", "司机姓名", "司机电话", "车牌号", "故障描述", "报修时间", "维修技师", "处理结果"]
    rows = rows_of(head, [f"WX2025{i:04d}" for i in range(_N)], _PEOPLE, _PHONES,
                   [f"沪A{5000 + i}" for i in range(_N)], _FAULTS, _at(8, 9), ["赵师傅", "钱师傅"] * (_N // 2),
                   ["更换部件后试车正常"] * _N)
    read = read_table(fmt, tmp_path / "trucks", rows)
    assert read.kinds == ["work_orders"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_fixture_register_by_unit_key_and_serial_is_the_equipment_list(tmp_path: Path,
                                                                          fmt: str) -> None:
    """A factory's fixtures by line, class, unit key and serial, maker and supplier: the
    company's kit (before: nothing recognised)."""
    head = ["使用工厂", "管理部门", "线体代码", "治具大类代码", "设备ID（内部编号）", "设备SN（外部）", "制造商",
            "供应商", "进厂日期", "状态"]
    rows = rows_of(head, ["一厂", "二厂"] * (_N // 2), ["工程部", "生产部"] * (_N // 2),
                   [f"L{i + 1:02d}" for i in range(_N)], ["ZJ", "GZ"] * (_N // 2),
                   [f"EQ{7000 + i}" for i in range(_N)], [f"SN2024{i:05d}" for i in range(_N)],
                   ["松下", "富士"] * (_N // 2), ["华东机电", "苏南设备"] * (_N // 2),
                   [f"2023-0{i + 1}-10" for i in range(_N)], ["在用", "闲置"] * (_N // 2))
    read = read_table(fmt, tmp_path / "fixtures", rows)
    assert read.kinds == ["equipment_list"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_repairs_naming_the_unit_by_its_key_stay_work_orders(tmp_path: Path, fmt: str) -> None:
    """Must not: which unit (设备ID, 设备SN) broke, how, when and who fixed it: repairs."""
    head = ["报修单号", "设备ID", "设备SN", "故障描述", "报修人", "报修时间", "维修人员", "处理结果"]
    rows = rows_of(head, [f"BX2025{i:04d}" for i in range(_N)], [f"EQ{7000 + i}" for i in range(_N)],
                   [f"SN2024{i:05d}" for i in range(_N)], _FAULTS, _PEOPLE, _at(9, 9),
                   ["赵师傅", "钱师傅"] * (_N // 2), ["更换部件后试机正常"] * _N)
    read = read_table(fmt, tmp_path / "unit_repairs", rows)
    assert read.kinds == ["work_orders"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_row_of_data_is_never_the_header(tmp_path: Path, fmt: str) -> None:
    """A help desk's export under English labels few rules know; its rows carry words that
    read as labels (已处理, 陈师傅) beside a ticket code and dates: the header is the labels'
    row (before: the first ticket taken for the header, one ticket lost)."""
    head = ["#", "Title", "State", "Owner", "Customer", "Created At", "Closed At", "First Response At"]
    rows = rows_of(head, [f"BX2025{i:05d}" for i in range(_N)], _FAULTS, ["已处理", "正常"] * (_N // 2),
                   ["陈师傅", "周海涛"] * (_N // 2), _PEOPLE, _at(10, 9), _at(10, 16), _at(10, 10))
    read = read_table(fmt, tmp_path / "desk", rows)
    assert read.kinds == ["work_orders"]
    assert len(read.records["work_orders"]) == _N
    assert read.records["work_orders"][0]["record_id"] == "BX202500000"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_label_naming_a_hotline_number_stays_a_label(tmp_path: Path, fmt: str) -> None:
    """Must not: one label with five digits (95598工单号) does not make the header a data row."""
    head = ["95598工单号", "客户姓名", "联系电话", "故障描述", "受理时间", "处理结果"]
    rows = rows_of(head, [f"2025{i:08d}" for i in range(_N)], _PEOPLE, _PHONES, _FAULTS, _at(11, 9),
                   ["已恢复供电"] * _N)
    read = read_table(fmt, tmp_path / "hotline", rows)
    assert read.kinds == ["work_orders"]
    assert len(read.records["work_orders"]) == _N
