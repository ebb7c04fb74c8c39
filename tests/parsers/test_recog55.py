"""Issue 11, round 55: a warranty repair order and a list of shops (decisions 332, 333).

A warranty repair order (保修单) is a service record's own document, as a 维修单 or a 报修单:
numbered by it and telling a fault case by case, its amounts and counts (保修金额, 保修数量)
and the shipping order it refers to are the repair's, no sale's. A list of certified shops
(认定店编号, 认定店名称, 联系地址) names a shop and where it is, both left unread by the
record reading: an outlet list, no work orders; repair orders naming the shop that served
stay work orders. Tested on a workbook and a Word table; the cells are written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table

_FAULTS = ["电机异响", "不制冷", "漏水", "开机无反应", "屏幕花屏", "噪音大", "不加热", "按键失灵"]
_NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强"]
_PHONES = [f"1380571{5520 + i}" for i in range(8)]
_CREATED = [f"2026-09-{3 + i:02d} 10:{10 + i}:00" for i in range(8)]
_DONE = [f"2026-09-{6 + i:02d} 16:{20 + i}:00" for i in range(8)]
_SHOPS = ["华美电器专卖店", "东城数码认定店", "南山办公设备店", "西湖打印服务店",
          "北辰电脑店", "江滨复印机店", "金桥科技店", "新区办公店"]
_DISTRICTS = ["西湖区", "上城区", "拱墅区", "滨江区", "余杭区", "萧山区", "临平区", "富阳区"]
_ADDRESSES = [f"杭州市{d}文三路{10 + i}号" for i, d in enumerate(_DISTRICTS)]
_REMARKS = ["详见附件", "按计划完成"]


# the shop's sales orders the machines were shipped under: minted elsewhere, in no order here
_SHIPPED = ["DD881274", "DD880315", "DD882960", "DD880047", "DD881833", "DD880592", "DD882218",
            "DD880761"]


def _warranty_orders() -> list[list[object]]:
    head = ["保修单号", "创建时间", "故障描述", "发货订单编号", "保修金额", "保修数量",
            "收费金额", "寄件客户姓名", "寄件客户手机", "保修完成时间"]
    rows = [[f"BX202609{11 + i}00{i + 1}", _CREATED[i], _FAULTS[i], _SHIPPED[i], 0, 1,
             30 * (i % 2), _NAMES[i], _PHONES[i], _DONE[i]] for i in range(8)]
    return [head] + rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_warranty_repair_orders_are_work_orders(tmp_path: Path, fmt: str) -> None:
    """Decision 332, must read: numbered as 保修单 and telling a fault case by case, the rows
    are repairs; the amounts, counts and shipping order beside them are the repair's (before:
    kind unclear against a sales ledger, nothing read)."""
    read = read_table(fmt, tmp_path / "warranty", _warranty_orders())
    orders = read.records["work_orders"]
    assert [o["record_id"] for o in orders] == [f"BX202609{11 + i}00{i + 1}" for i in range(8)]
    assert [o["issue"] for o in orders] == _FAULTS


def _sales(number: str) -> list[list[object]]:
    head = [number, "销售日期", "商品名称", "销售金额", "数量", "客户姓名", "手机", "保修期"]
    rows = [[f"XS2026{700 + i}", _CREATED[i][:10], "打印机", 1999, 1, _NAMES[i], _PHONES[i],
             "一年"] for i in range(8)]
    return [head] + rows


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("number", ["订单编号", "销售单号"])
def test_a_sales_ledger_naming_the_warranty_stays_no_work_orders(tmp_path: Path, fmt: str,
                                                                 number: str) -> None:
    """Must not: a sales ledger that says how long the warranty runs (保修期) is no repair."""
    read = read_table(fmt, tmp_path / "sales", _sales(number))
    assert not read.records.get("work_orders")


def _shops(name: str, number: str) -> list[list[object]]:
    head = ["状态", "区域", number, name, "业务接口人姓名", "联系电话", "联系地址", "联系邮箱",
            "付款代码", "公司名称", "开户行", "备注"]
    rows = [["有效", _DISTRICTS[i], f"{40573098 + 7 * i}", _SHOPS[i], _NAMES[i], _PHONES[i],
             _ADDRESSES[i], f"shop{i}@example.com", f"{14264895 + 3 * i}",
             f"{_SHOPS[i][:2]}贸易有限公司", "工商银行", _REMARKS[i % 2]] for i in range(8)]
    return [head] + rows


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("name", "number"), [("认定店名称", "认定店编号"),
                                               ("专卖店名称", "专卖店编码")])
def test_a_list_of_shops_is_no_work_orders(tmp_path: Path, fmt: str, name: str,
                                           number: str) -> None:
    """Decision 333, must not: shops named with their address, phone and bank, no job and no
    fault, list outlets (before: read as 8 work orders by the phone and the region)."""
    read = read_table(fmt, tmp_path / "shops", _shops(name, number))
    assert not read.records.get("work_orders")


@pytest.mark.parametrize("fmt", FORMATS)
def test_repair_orders_naming_the_shop_stay_work_orders(tmp_path: Path, fmt: str) -> None:
    """Must read: repair orders naming the shop that took the job (维修店名称) beside the
    customer's address are orders still."""
    head = ["工单编号", "报修时间", "故障描述", "客户姓名", "联系电话", "客户地址", "维修店名称"]
    rows = [[f"GD2026{5100 + i}", _CREATED[i], _FAULTS[i], _NAMES[i], _PHONES[i],
             _ADDRESSES[i], _SHOPS[i]] for i in range(8)]
    orders = read_table(fmt, tmp_path / "repairs", [head] + rows).records["work_orders"]
    assert [o["record_id"] for o in orders] == [f"GD2026{5100 + i}" for i in range(8)]


_PARTS = ["电机", "温控器", "水泵", "电源板", "显示屏", "风扇", "加热管", "按键板"]


def _parts_orders(part: str, fault: str) -> list[list[object]]:
    """A desk's parts shipped to customers whose machines broke: the shop, the sales order the
    machine came from, the recipient, the part and its count, the fault; no money."""
    head = ["店铺", "订单编号", "收件人", "地址", "手机", "货品名称", "数量", part, fault]
    rows = [["官方旗舰店", _SHIPPED[i], _NAMES[i], _ADDRESSES[i], _PHONES[i], _PARTS[i], 1,
             _PARTS[i], _FAULTS[i]] for i in range(8)]
    return [head] + rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_unpriced_orders_telling_faults_are_work_orders(tmp_path: Path, fmt: str) -> None:
    """Decision 332, must read: orders telling each machine's fault with no price are after-
    sales orders, their order number and quantity no sale (before: kind unclear, nothing)."""
    orders = read_table(fmt, tmp_path / "parts", _parts_orders("故障部位", "故障描述")).records["work_orders"]
    assert [o["issue"] for o in orders] == _FAULTS


@pytest.mark.parametrize("fmt", FORMATS)
def test_unpriced_orders_without_faults_stay_no_work_orders(tmp_path: Path, fmt: str) -> None:
    """Must not: the same orders with a model and a remark instead of the faults (发货备注:
    the same few words down the sheet) are shipments, no work orders."""
    rows = _parts_orders("规格型号", "发货备注")
    for i, row in enumerate(rows[1:]):
        row[-1] = ["尽快发货", "周末勿送"][i % 2]
    read = read_table(fmt, tmp_path / "parts", rows)
    assert not read.records.get("work_orders")
