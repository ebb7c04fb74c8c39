"""Issue 11, round 47: a workshop's job list and a repair shop's charged jobs (decisions 313, 314).

A workshop receives the customer (接待) and takes the car into the works (入厂, 进厂): that
opens the job, as 收机 takes a machine in; the car's going out of the same works (出厂 beside
入厂) closes it. Alone 出厂 dates a production, no job. A repair job numbered as a work order
and telling its fault case by case is a service whatever money it took; a sales ledger with
orders, receivables and payments and no fault stays a sales ledger, and a register of cars
and owners, or a gate log of cars coming in and out, holds no records. Each case is tested
on a workbook and a Word table, with must-read and must-not-read cases. The cell contents
are written here, not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table

_NAMES = ["钱志强", "孙雅琴", "周立伟", "吴海燕", "郑国庆", "冯晓梅", "陈子豪", "褚丽萍"]
_PHONES = [f"1386620{5530 + i}" for i in range(8)]
_PLATES = ["浙A3K27B", "浙B88Q15", "浙C5T901", "浙D7M662", "浙E2L430", "浙F91P08",
           "浙G6H355", "浙H0N719"]
_CARS = ["雅阁", "凯美瑞", "帕萨特", "思域", "卡罗拉", "迈腾", "天籁", "君威"]
_IN = [f"2026-08-{11 + i} 08:{15 + i}:00" for i in range(8)]
_PROMISED = [f"2026-08-{12 + i} 17:00:00" for i in range(8)]
_OUT = [f"2026-08-{12 + i} 16:{30 + i}:00" for i in range(8)]
_ADVISERS = ["刘顾问", "黄顾问"] * 4


def _dealer_jobs(labels: tuple[str, str]) -> list[list[object]]:
    """A car dealer's after-sales job list: the order's number, the adviser, the car, its
    owner, when it came into the works, the promised and the real time it went out."""
    came, left = labels
    head = ["工单号", "服务顾问", "车牌号码", "车型", "车主", "联系电话", came,
            "承诺出厂时间", left]
    return [head] + [[f"GD2026{5100 + i}", _ADVISERS[i], _PLATES[i], _CARS[i], _NAMES[i],
                      _PHONES[i], _IN[i], _PROMISED[i], _OUT[i]] for i in range(8)]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("labels", [("进厂时间", "出厂时间"), ("入厂日期", "出厂日期")])
def test_a_workshop_job_list_is_work_orders(tmp_path: Path, fmt: str,
                                            labels: tuple[str, str]) -> None:
    """Decision 313: the car taken into the works opens the job, and its going out of the
    same works closes it, the promise aside (before: both dates unread, no work orders)."""
    read = read_table(fmt, tmp_path / "dealer", _dealer_jobs(labels))
    orders = read.records["work_orders"]
    assert [o["record_id"] for o in orders] == [f"GD2026{5100 + i}" for i in range(8)]
    assert [o["customer_name"] for o in orders] == _NAMES
    assert [str(o["reported_at"])[:10] for o in orders] == [d[:10] for d in _IN]
    assert [str(o["completed_at"])[:10] for o in orders] == [d[:10] for d in _OUT]


@pytest.mark.parametrize("fmt", FORMATS)
def test_receiving_the_customer_opens_a_numbered_job(tmp_path: Path, fmt: str) -> None:
    """Decision 313: a repair shop's order list, numbered as work orders, dated when the
    customer and the car were received (接待时间): work orders, nothing of the work written
    (before: no date read, refused as holding none)."""
    kinds = ["维修", "保养", "钣喷", "维修", "保养", "美容", "维修", "保养"]
    rows = [["序号", "车牌号", "客户名称", "业务类型", "接待时间", "客户电话", "工单号"]] + [
        [i + 1, _PLATES[i], _NAMES[i], kinds[i], _IN[i], _PHONES[i], f"WX{880 + i}"]
        for i in range(8)]
    read = read_table(fmt, tmp_path / "shop", rows)
    orders = read.records["work_orders"]
    assert [o["record_id"] for o in orders] == [f"WX{880 + i}" for i in range(8)]
    assert [str(o["reported_at"])[:10] for o in orders] == [d[:10] for d in _IN]


@pytest.mark.parametrize("fmt", FORMATS)
def test_cars_and_their_owners_are_no_records(tmp_path: Path, fmt: str) -> None:
    """Must not: a register of cars and owners (登记时间), and a plant's gate log of cars
    coming in and going out (入厂时间, 出厂时间), name no job: no records."""
    register = [["车牌号", "车主", "电话", "品牌车型", "登记时间"]] + [
        [_PLATES[i], _NAMES[i], _PHONES[i], _CARS[i], _IN[i]] for i in range(8)]
    read = read_table(fmt, tmp_path / "register", register)
    assert not any(read.records.get(kind) for kind in read.records)
    trucks = ["厢式货车", "半挂车", "厢式货车", "自卸车", "厢式货车", "冷藏车", "半挂车", "自卸车"]
    gate = [["车牌号", "司机姓名", "联系电话", "车辆类型", "入厂时间", "出厂时间"]] + [
        [_PLATES[i], _NAMES[i], _PHONES[i], trucks[i], _IN[i], _OUT[i]] for i in range(8)]
    read = read_table(fmt, tmp_path / "gate", gate)
    assert not any(read.records.get(kind) for kind in read.records)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_production_date_completes_no_job(tmp_path: Path, fmt: str) -> None:
    """Must not: 出厂日期 beside a report, with no coming into the works, is when the
    appliance left its factory: no completion."""
    made = [f"2025-0{1 + i}-15" for i in range(8)]
    faults = ["不制冷", "漏水严重", "开机无反应", "噪音大", "显示E4故障码", "不出热水", "门封漏气",
              "遥控失灵"]
    rows = [["工单号", "客户姓名", "联系电话", "产品型号", "出厂日期", "报修时间", "故障描述"]] + [
        [f"GD{3300 + i}", _NAMES[i], _PHONES[i], f"KFR-{26 + i}GW", made[i], _IN[i], faults[i]]
        for i in range(8)]
    read = read_table(fmt, tmp_path / "made", rows)
    orders = read.records["work_orders"]
    assert [str(o["reported_at"])[:10] for o in orders] == [d[:10] for d in _IN]
    assert all(o["completed_at"] is None for o in orders)


_FAULTS = ["屏幕摔碎触摸失灵", "充电口接触不良", "电池鼓包续航短", "进水后无法开机", "听筒无声音",
           "后置摄像头模糊", "指纹识别失效", "扬声器破音"]
_ITEMS = ["更换屏幕 1项", "更换尾插 1项", "更换电池 1项", "主板清洗 1项", "更换听筒 1项",
          "更换摄像头 1项", "更换排线 1项", "更换扬声器 1项"]
_DUE = ["380.00", "80.00", "150.00", "200.00", "60.00", "260.00", "120.00", "90.00"]


def _phone_jobs() -> list[list[object]]:
    """A phone repair shop's jobs: the order, the customer, the device, the fault written
    out, what is owed and paid, when it was created, the items done, cost and profit."""
    head = ["工单编号", "客户", "手机号", "设备", "故障描述", "应收金额", "已收金额", "收款状态",
            "创建时间", "服务项目", "成本", "利润"]
    paid = ["已收清", "未收款"] * 4
    return [head] + [[f"WD{6600 + i}", _NAMES[i], _PHONES[i], f"华为 Mate{30 + i}",
                      _FAULTS[i], _DUE[i], _DUE[i] if i % 2 == 0 else "0.00", paid[i],
                      _IN[i], _ITEMS[i], "50.00", "30.00"] for i in range(8)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_charged_repair_job_is_no_sale(tmp_path: Path, fmt: str) -> None:
    """Decision 314: each row a work order by its number and its fault told case by case:
    the money beside it is the job's charge (before: read as a sales ledger)."""
    read = read_table(fmt, tmp_path / "jobs", _phone_jobs())
    orders = read.records["work_orders"]
    assert [o["record_id"] for o in orders] == [f"WD{6600 + i}" for i in range(8)]
    assert [o["issue"] for o in orders] == _FAULTS
    assert "sales_ledger" not in read.kinds


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_sales_ledger_with_payments_stays_sales(tmp_path: Path, fmt: str) -> None:
    """Must not: orders, goods, receivables and payments, with no fault: a sales ledger."""
    goods = ["蓝牙耳机", "手机壳", "充电宝", "数据线", "钢化膜", "智能手表", "平板电脑", "充电器"]
    rows = [["订单号", "客户姓名", "联系电话", "商品名称", "应收金额", "已收金额", "收款状态",
             "下单时间", "备注"]] + [
        [f"DD{7700 + i}", _NAMES[i], _PHONES[i], goods[i], _DUE[i], _DUE[i], "已收款", _IN[i],
         f"门店自提，客户{_NAMES[i]}当场付清"] for i in range(8)]
    read = read_table(fmt, tmp_path / "sales", rows)
    assert not any(read.records.get(kind) for kind in read.records)
    assert "sales_ledger" in read.kinds


@pytest.mark.parametrize("fmt", FORMATS)
def test_jobs_numbered_as_orders_with_no_fault_stay_sales(tmp_path: Path, fmt: str) -> None:
    """Must not: a work-order number beside money, with a remark that names no fault
    (备注), is no repair told: the charges outweigh it as before."""
    rows = [["工单编号", "客户", "手机号", "应收金额", "已收金额", "收款状态", "成本", "利润",
             "备注"]] + [
        [f"WD{6600 + i}", _NAMES[i], _PHONES[i], _DUE[i], _DUE[i], "已收清", "50.00", "30.00",
         f"客户{_NAMES[i]}微信转账"] for i in range(8)]
    read = read_table(fmt, tmp_path / "charges", rows)
    assert not read.records.get("work_orders")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_repair_quote_list_stays_sales(tmp_path: Path, fmt: str) -> None:
    """Must not: a shop's repair quotes (报价单号) tell the fault and its price, and no job
    done: numbered as no work order, the quotes and charges keep it a sales ledger (read as
    work orders by the rule without the number's condition)."""
    rows = [["报价单号", "客户", "手机号", "设备", "故障描述", "报价金额", "应收金额", "成本",
             "报价日期"]] + [
        [f"BJ{4400 + i}", _NAMES[i], _PHONES[i], f"华为 Mate{30 + i}", _FAULTS[i], _DUE[i],
         _DUE[i], "50.00", _IN[i][:10]] for i in range(8)]
    read = read_table(fmt, tmp_path / "quotes", rows)
    assert not read.records.get("work_orders")
    assert "sales_ledger" in read.kinds
