"""Issue 11, decision 400: once content refuses a record reading, its columns claim nothing.

While a work-order reading stands, 设备名称 is the order's product and speaks for no look-alike
(decision 144). A ledger of devices with no fault, fix, number or server is refused as work
orders; its headers, read whole, are the equipment list DOC_MISSING asks for. Must-read and
must-not cases on a workbook and a Word table; the cells are written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table, rows_of

_DEVICES = [f"中央空调主机{i}号" for i in range(8)]
_DATES = [f"2024-0{i + 1}-15" for i in range(8)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_ledger_of_devices_refused_as_orders_is_the_equipment_list(tmp_path: Path,
                                                                      fmt: str) -> None:
    """Devices with their model, warranty and owning client: a work-order reading takes 设备名称
    as its product and is refused (no fault, fix, number or server); read whole, 设备名称 and
    型号 name the kit (before: nothing recognised, so DOC_UNRECOGNISED)."""
    head = ["设备名称", "型号", "保修开始日期", "归属客户"]
    rows = rows_of(head, _DEVICES, [f"GMV-H{180 + i}WL" for i in range(8)], _DATES,
                   ["上海申城物业管理有限公司"] * 8)
    read = read_table(fmt, tmp_path / "devices", rows)
    assert not any(read.records.values())
    assert read.kinds == ["equipment_list"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_one_device_column_beside_customers_is_no_equipment_list(tmp_path: Path,
                                                                 fmt: str) -> None:
    """Must not: customers' devices with their dates name the kit once; no list of it."""
    head = ["客户姓名", "联系电话", "设备名称", "登记日期"]
    rows = rows_of(head, ["韩雨桐", "蒋志远", "沈丽娟", "魏国栋", "姚晓红", "陆文涛", "曹美华", "傅建平"],
                   [f"1391234{5600 + i}" for i in range(8)], _DEVICES, _DATES)
    read = read_table(fmt, tmp_path / "owners", rows)
    assert "equipment_list" not in read.kinds


_COMPANIES = ["上海申城物业有限公司", "嘉定智慧社区服务中心", "宝山华联超市", "杨浦区第一幼儿园", "徐汇康泰药房",
              "闵行顺达物流", "普陀恒信印务", "长宁家家乐餐饮"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_customer_master_refused_as_orders_is_no_outlet_list(tmp_path: Path, fmt: str) -> None:
    """Must not: a gas company's customer master (customers' companies, their addresses,
    phones, keepers and appliances) is refused as work orders; read whole its headers look
    like service outlets, which only the kit's bound keeps it from being called (decision
    400: unbounded, this very table was counted an outlet list in both formats)."""
    head = ["单位名称", "地址", "电话", "负责人", "用气设备", "建档日期"]
    rows = rows_of(head, _COMPANIES, [f"上海市浦东新区锦绣路{100 + i}弄{i + 3}号" for i in range(8)],
                   [f"1391234{5600 + i}" for i in range(8)],
                   ["韩雨桐", "蒋志远", "沈丽娟", "魏国栋", "姚晓红", "陆文涛", "曹美华", "傅建平"],
                   ["燃气壁挂炉", "商用灶具", "燃气热水器", "燃气壁挂炉"] * 2, _DATES)
    read = read_table(fmt, tmp_path / "customers", rows)
    assert "service_outlets" not in read.kinds and not any(read.records.values())
