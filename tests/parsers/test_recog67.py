"""Issue 11, round 67: an after-sales order is no sale, and a repair's subject line is its fault.

Decision 364: rows numbered as the service's own orders (售后订单号, 工单编号) that name a
customer, the customer's product and when the service was asked for are requests for
service, whatever money they carry; a sales ledger numbered by its sales orders stays one.
Decision 365: in a repair list whose headers name work orders and which writes no fault, a
bare subject line (标题) that tells a case on each row is the fault; a title of anything else
stays unread. Tested on a workbook and a Word table, must-read and must-not-read each. The
cell contents are written here, not drawn from the generator's pools.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table, rows_of

_BUYERS = ["甘雨桐", "闫志军", "滕可欣", "屈文涛", "冉思远", "费晓琳"]
_PHONES = ["13911110001", "13811110002", "15011110003", "18611110004", "17711110005",
           "13511110006"]
_GOODS = ["九阳豆浆机DJ13B", "苏泊尔电饭煲SF40", "飞利浦剃须刀S5000", "小米扫地机器人T12",
          "戴森吹风机HD08", "格力电风扇FD-40"]
_ASKED = ["2026-05-02 09:12:00", "2026-05-04 15:40:00", "2026-05-07 11:05:00",
          "2026-05-09 20:18:00", "2026-05-12 08:55:00", "2026-05-15 13:30:00"]
_PRICES = ["399.00", "289.00", "659.00", "1999.00", "2999.00", "199.00"]
_COUNTS = ["1", "1", "2", "1", "1", "3"]
_REFUNDS = ["399.00", "0.00", "659.00", "150.00", "0.00", "199.00"]
_STATES = ["退款成功", "维修中", "退款成功", "待寄回", "已驳回", "退款成功"]


def _aftersales(number: str, numbers: list[str]) -> list[list[object]]:
    head = [number, "商品名称", "单价", "数量", "买家", "申请时间", "售后状态", "退款金额"]
    return rows_of(head, numbers, _GOODS, _PRICES, _COUNTS, _BUYERS, _ASKED, _STATES, _REFUNDS)


_AFTERSALE_NUMBERS = [f"SH2605{i:04d}" for i in range(1, 7)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_aftersales_order_list_is_requests_not_sales(tmp_path: Path, fmt: str) -> None:
    """Must read: a shop's after-sales orders (售后订单号) for goods its buyers hold, with
    prices, counts and refunds beside them (before: a sales ledger)."""
    read = read_table(fmt, tmp_path / "aftersales", _aftersales("售后订单号", _AFTERSALE_NUMBERS))
    orders = read.records["work_orders"]
    assert [o["record_id"] for o in orders] == _AFTERSALE_NUMBERS
    assert [o["customer_name"] for o in orders] == _BUYERS
    assert "sales_ledger" not in read.kinds


_SHOP_HEAD = ["工单编号", "下单日期", "车型", "车主", "车主电话", "服务费用", "配件费用",
              "应收金额", "已收金额", "出库成本", "服务项目"]
_CARS = ["大众朗逸2019款", "丰田卡罗拉2021款", "本田思域2020款", "日产轩逸2022款", "别克英朗2018款",
         "吉利帝豪2023款"]
_DONE = ["更换机油机滤，检查刹车片", "四轮定位，更换前轮胎两条", "更换雨刮片及空调滤芯",
         "蓄电池检测后更换", "更换前刹车片，清洗节气门", "发动机舱清洗，补充防冻液"]


def _shop_orders(number: str, numbers: list[str]) -> list[list[object]]:
    dates = [day[:10] for day in _ASKED]
    fees = ["120.00", "260.00", "80.00", "60.00", "180.00", "90.00"]
    parts = ["210.00", "980.00", "150.00", "560.00", "420.00", "70.00"]
    due = ["330.00", "1240.00", "230.00", "620.00", "600.00", "160.00"]
    cost = ["150.00", "700.00", "90.00", "410.00", "300.00", "50.00"]
    return rows_of(_SHOP_HEAD if number == "工单编号" else [number, *_SHOP_HEAD[1:]],
                   numbers, dates, _CARS, _BUYERS, _PHONES, fees, parts, due, due, cost, _DONE)


_SHOP_NUMBERS = [f"GD{880 + i}" for i in range(6)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_garage_work_order_list_with_charges_is_work_orders(tmp_path: Path, fmt: str) -> None:
    """Must read: a garage's work orders (工单编号) on its customers' cars, with the fees,
    receivables and costs of each job (before: a close call with a sales ledger, unread)."""
    read = read_table(fmt, tmp_path / "garage", _shop_orders("工单编号", _SHOP_NUMBERS),
                      title="汽修门店——工单信息")
    orders = read.records["work_orders"]
    assert [o["record_id"] for o in orders] == _SHOP_NUMBERS
    assert [o["product"] for o in orders] == _CARS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_sales_ledger_of_goods_stays_sales(tmp_path: Path, fmt: str) -> None:
    """Must not: the same goods, buyers, prices and dates numbered by the sales orders
    (订单编号), with an after-sales state beside them: a sales ledger, no request."""
    read = read_table(fmt, tmp_path / "sales", _aftersales("订单编号", _AFTERSALE_NUMBERS))
    assert not read.records.get("work_orders")
    assert "sales_ledger" in read.kinds


@pytest.mark.parametrize("fmt", FORMATS)
def test_charges_numbered_by_sales_orders_stay_sales(tmp_path: Path, fmt: str) -> None:
    """Must not: the garage's columns numbered by sales orders (销售单号): cars, fees and
    costs with no order of the service are no requests for it."""
    read = read_table(fmt, tmp_path / "carsales", _shop_orders("销售单号", _SHOP_NUMBERS))
    assert not read.records.get("work_orders")


# --------------------------------------------------------------------- decision 365

_FAULTS = ["卫生间地漏反水", "客厅吊灯不亮", "入户门锁卡住打不开", "厨房水龙头滴水不停",
           "阳台推拉门脱轨", "暖气片冰凉不热"]
_SPOTS = ["3栋2单元501", "5栋1单元302", "7栋3单元1102", "2栋1单元201", "9栋2单元703", "1栋4单元404"]
_WORKERS = ["邬师傅", "邬师傅", "仇师傅", "仇师傅", "邬师傅", "仇师傅"]
_TAKEN = [day[:10] for day in _ASKED]


def _intake(head: list[str], titles: list[str]) -> list[list[object]]:
    return rows_of(head, titles, _SPOTS, _PHONES, _TAKEN, _WORKERS, _STATES)


_INTAKE_HEAD = ["标题", "位置", "报修电话", "接报时间", "维修员", "状态"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_repair_intake_title_is_its_fault(tmp_path: Path, fmt: str) -> None:
    """Must read: a property desk's repair intake (报修电话, 维修员) whose only text is each
    report's 标题: the fault (before: no issue)."""
    read = read_table(fmt, tmp_path / "intake", _intake(_INTAKE_HEAD, _FAULTS))
    orders = read.records["work_orders"]
    assert [o["issue"] for o in orders] == _FAULTS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_numbered_repair_list_title_is_its_fault(tmp_path: Path, fmt: str) -> None:
    """Must read: work orders named by 工单号 alone, with no date and no other text: the
    标题 tells each fault, and the orders are read (before: refused as empty)."""
    head = ["工单号", "标题", "类型", "联系人", "电话", "处理人"]
    kinds = ["水电", "电器", "门窗", "水电", "门窗", "暖通"]
    rows = rows_of(head, [f"WY{300 + i}" for i in range(6)], _FAULTS, kinds, _BUYERS,
                   _PHONES, _WORKERS)
    orders = read_table(fmt, tmp_path / "numbered", rows).records["work_orders"]
    assert [o["issue"] for o in orders] == _FAULTS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_title_beside_the_fault_stays_unread(tmp_path: Path, fmt: str) -> None:
    """Must not: where a column holds the fault (报修内容), the 标题 beside it is not read."""
    head = ["标题", "报修内容", "位置", "报修电话", "接报时间", "维修员", "状态"]
    titles = ["地漏", "吊灯", "门锁", "水龙头", "推拉门", "暖气"]
    rows = rows_of(head, titles, _FAULTS, _SPOTS, _PHONES, _TAKEN, _WORKERS, _STATES)
    orders = read_table(fmt, tmp_path / "both", rows).records["work_orders"]
    assert [o["issue"] for o in orders] == _FAULTS


@pytest.mark.parametrize("fmt", FORMATS)
def test_titles_under_headers_naming_no_work_stay_unread(tmp_path: Path, fmt: str) -> None:
    """Must not: a notice board's posts (标题, 发布人, 联系电话, 发布时间, 状态) name no kind:
    their titles are nobody's fault, and no work orders are read."""
    head = ["标题", "发布人", "联系电话", "发布时间", "状态"]
    posts = ["五一假期物业值班安排", "地下车库线路检修通知", "关于缴纳二季度物业费的提醒",
             "小区绿化修剪施工公告", "电梯年检停运时间安排", "端午节社区活动报名"]
    rows = rows_of(head, posts, _BUYERS, _PHONES, _TAKEN, ["已发布"] * 6)
    read = read_table(fmt, tmp_path / "posts", rows)
    assert not read.records.get("work_orders")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_picked_title_is_no_fault(tmp_path: Path, fmt: str) -> None:
    """Must not: a 标题 picked from a few categories (水电维修, 门窗维修) tells no case: the
    repair intake reads no issue from it."""
    picked = ["水电维修", "门窗维修", "水电维修", "门窗维修", "水电维修", "门窗维修"]
    orders = read_table(fmt, tmp_path / "picked", _intake(_INTAKE_HEAD, picked)).records.get(
        "work_orders", [])
    assert all(o.get("issue") is None for o in orders)


# A shop's after-care: the customer comes back to the shop (到店) and has the thing handed back
# (交还) on the day of the report, dates without a clock, so their order says nothing.
_AFTERCARE_HEAD = ["售后登记号", "顾客", "顾客电话", "机型", "听感问题", "调机处理", "登记时间",
                   "复查到店时间", "交还顾客时间", "验配人员"]
_DAYS = [day[:10] for day in _ASKED]


def _day(stamp: object) -> str | None:
    return stamp.date().isoformat() if isinstance(stamp, datetime) else None


def _aftercare(head: list[str]) -> list[list[object]]:
    problems = ["左耳啸叫明显", "右耳声音发闷", "电池仓接触不良", "音量键失灵", "耳模松动易掉",
                "充电后无声"]
    fixes = ["重新调试反馈抑制", "清理受话器耵聍", "更换电池仓弹片", "更换音量键", "重新取模制作",
             "更换充电触点"]
    models = ["峰力B90-R", "西门子Pure7", "奥迪康OPN1", "瑞声达LS9", "唯听EVOKE", "斯达克Livio"]
    return rows_of(head, [f"SH{500 + i}" for i in range(6)], _BUYERS, _PHONES, models, problems,
                   fixes, _ASKED, _DAYS, _DAYS, _WORKERS)


@pytest.mark.parametrize("fmt", FORMATS)
def test_arriving_at_the_shop_and_handing_back_date_the_steps(tmp_path: Path, fmt: str) -> None:
    """Must read: 到店 (the customer arriving at the shop) is the response and 交还 (the thing
    handed back) the completion, as 到场 and 返还 are (before: neither read, dates tied)."""
    orders = read_table(fmt, tmp_path / "aftercare", _aftercare(_AFTERCARE_HEAD)).records[
        "work_orders"]
    assert [_day(o["responded_at"]) for o in orders] == _DAYS
    assert [_day(o["completed_at"]) for o in orders] == _DAYS


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_engineer_arriving_at_the_department_responds(tmp_path: Path, fmt: str) -> None:
    """Must read: 到科 (the engineer arriving at the hospital department) is the response."""
    head = ["检修单号", "报修科室", "科室电话", "故障表现", "检修记录", "科室报修时间",
            "工程师到科时间", "检修工程师"]
    faults = ["监护仪黑屏", "输液泵报警不止", "心电图机打印空白", "呼吸机漏气", "血压计读数偏高",
              "除颤仪无法充电"]
    fixes = ["更换电源板", "校准压力传感器", "更换热敏打印头", "更换管路密封圈", "校准袖带气压",
             "更换充电模块"]
    rooms = ["心内科", "急诊科", "儿科", "呼吸科", "老年科", "ICU"]
    rows = rows_of(head, [f"JX{700 + i}" for i in range(6)], rooms, _PHONES, faults, fixes,
                   _ASKED, _DAYS, _WORKERS)
    orders = read_table(fmt, tmp_path / "hospital", rows).records["work_orders"]
    assert [_day(o["responded_at"]) for o in orders] == _DAYS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_customer_list_last_visit_reads_no_orders(tmp_path: Path, fmt: str) -> None:
    """Must not: a car-care shop's members with their last visit (最近到店时间): customers and
    their cars, no order numbered, served or told: no work orders."""
    head = ["姓名", "手机号码", "车牌号码", "品牌", "是否会员", "消费次数", "最近到店时间", "卡内余额"]
    rows = rows_of(head, _BUYERS, _PHONES, ["沪A1234", "沪B5678", "苏E2468", "浙A1357",
                                            "沪C8642", "皖A9753"],
                   ["大众", "丰田", "本田", "日产", "别克", "吉利"], ["是", "否"] * 3,
                   ["3", "8", "1", "5", "2", "6"], _DAYS, ["200.00", "0.00", "150.00", "80.00",
                                                         "0.00", "500.00"])
    read = read_table(fmt, tmp_path / "members", rows)
    assert not read.records.get("work_orders")
