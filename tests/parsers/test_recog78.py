"""Issue 11, decision 401: thin exports that still say what their rows are.

- Requests whose every row tells its own fault and say where it is or name themselves orders
  (位置, 工单编号) are work orders, though nobody is named on either side; a device register
  whose fault column is empty while its units are good stays refused (decision 196).
- A complaint ledger named by its labels whose handling is written case by case is read,
  though no raiser or date was exported; a complaint list whose handling is picked from a
  few words is not.
- A complaint numbered as one (客诉单号) and dated is a complaint, whatever order, product and
  price columns say what it was about; a sales ledger numbers orders.
- 申报 (declaring a fault to the desk) dates the customer's report.
Must-read and must-not cases on a workbook and a Word table; the cells are written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table, rows_of

_N = 8
_FAULTS = ["卫生间天花板渗水", "入户门锁芯卡死", "客厅插座跳闸", "厨房下水道堵塞", "阳台推拉门脱轨",
           "热水器点不着火", "走廊声控灯不亮", "空调外机噪音大"]
_PLACES = [f"{3 + i}号楼{i + 1}单元{1001 + i * 100}室" for i in range(_N)]
_CREATED = [f"2025-03-{10 + i} 09:{15 + i}:00" for i in range(_N)]
_STATES = ["待处理", "处理中", "已完成", "已完成", "待处理", "已完成", "处理中", "已完成"]
_CASES = ["物业维修人员上门时态度恶劣", "小区电梯连续三天停运无人处理", "保洁未按约定每日清运垃圾",
          "夜间施工噪音影响休息", "停车费收费标准未公示", "快递柜占用消防通道", "绿化带长期无人修剪",
          "门禁卡补办拖延两周"]
_HANDLED = ["约谈维修人员并向业主书面致歉", "协调电梯维保单位当日抢修并延长保修", "更换保洁外包单位，增加巡查频次",
            "责令施工方调整作业时间并张贴公告", "在公告栏和业主群公示收费标准", "联系快递公司将快递柜移至指定位置",
            "安排园林班组本周完成修剪", "当日补办门禁卡并减免工本费"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_located_requests_telling_faults_are_work_orders(tmp_path: Path, fmt: str) -> None:
    """Where each fault is and what it is, row by row, with the record's creation: repair
    requests of a property desk (before: refused, "nobody reported it, nobody served it")."""
    head = ["ID", "类别", "位置", "问题描述", "状态", "创建时间"]
    rows = rows_of(head, [str(501 + i) for i in range(_N)], ["公共区域"] * _N, _PLACES, _FAULTS,
                   _STATES, _CREATED)
    read = read_table(fmt, tmp_path / "requests", rows)
    assert read.kinds == ["work_orders"]
    orders = read.records["work_orders"]
    assert len(orders) == _N and orders[0]["issue"] == _FAULTS[0]


@pytest.mark.parametrize("fmt", FORMATS)
def test_orders_named_by_their_number_telling_faults_are_work_orders(tmp_path: Path,
                                                                     fmt: str) -> None:
    """工单编号, a fault told on each row and the creation: an IT desk's tickets."""
    head = ["#", "工单编号", "标题", "描述", "创建时间"]
    rows = rows_of(head, [str(i + 1) for i in range(_N)], [f"GD2025{310 + i:04d}" for i in range(_N)],
                   ["报障"] * _N, _FAULTS, _CREATED)
    read = read_table(fmt, tmp_path / "tickets", rows)
    assert read.kinds == ["work_orders"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_device_register_with_few_faults_is_still_no_work_orders(tmp_path: Path,
                                                                   fmt: str) -> None:
    """Must not: units at their places, a fault written for two of eight, the row's creation
    (decision 196's register): no requests, whatever their places."""
    faults = [_FAULTS[0], "", "", "", _FAULTS[4], "", "", ""]
    head = ["设备编号", "安装位置", "设备状态", "故障描述", "数据创建时间"]
    rows = rows_of(head, [f"AC-{700 + i}" for i in range(_N)], _PLACES,
                   ["正常", "正常", "正常", "正常", "故障", "正常", "正常", "正常"], faults, _CREATED)
    read = read_table(fmt, tmp_path / "register", rows)
    assert "work_orders" not in read.kinds


@pytest.mark.parametrize("fmt", FORMATS)
def test_complaints_with_handling_written_are_a_complaint_ledger(tmp_path: Path,
                                                                 fmt: str) -> None:
    """投诉 and 处理方式 told case by case, no raiser or date exported: a thin complaint ledger
    (before: no header row, nothing recognised)."""
    head = ["#", "投诉", "处理状态", "处理方式", "备注"]
    rows = rows_of(head, [str(i + 1) for i in range(_N)], _CASES, ["已办结"] * _N, _HANDLED,
                   [""] * _N)
    read = read_table(fmt, tmp_path / "complaints", rows)
    assert read.kinds == ["complaint_ledger"]
    assert read.records["complaints"][0]["handling"] == _HANDLED[0]


@pytest.mark.parametrize("fmt", FORMATS)
def test_complaints_with_handling_picked_from_a_list_are_no_ledger(tmp_path: Path,
                                                                   fmt: str) -> None:
    """Must not: the handling picked from two words tells no case; nothing says who raised
    each or when: no complaint ledger."""
    head = ["#", "投诉", "处理状态", "处理方式", "备注"]
    rows = rows_of(head, [str(i + 1) for i in range(_N)], _CASES, ["已办结"] * _N,
                   ["电话", "上门"] * (_N // 2), [""] * _N)
    read = read_table(fmt, tmp_path / "picked", rows)
    assert "complaint_ledger" not in read.kinds


_PRODUCTS = ["BOPET薄膜12μm", "BOPET薄膜16μm", "CPP镀铝膜", "PE保护膜"] * (_N // 4)


@pytest.mark.parametrize("fmt", FORMATS)
def test_numbered_complaints_about_orders_are_complaints(tmp_path: Path, fmt: str) -> None:
    """客诉单号 and 客诉日期 beside the order, product, price and quantity complained of: the
    rows are complaints (before: read as a sales ledger)."""
    head = ["客诉单号", "订单号", "产品名称", "单价", "数量", "金额", "客诉类型", "客诉日期", "客诉人",
            "客诉电话"]
    rows = rows_of(head, [f"KS2025{i:04d}" for i in range(_N)], [f"SO{8800 + i}" for i in range(_N)],
                   _PRODUCTS, ["12.5"] * _N, [str(100 + i) for i in range(_N)],
                   [str(1250 + 12 * i) for i in range(_N)], ["质量问题", "交期延误"] * (_N // 2),
                   [f"2025-04-0{i + 1}" for i in range(_N)],
                   ["韩雨桐", "蒋志远", "沈丽娟", "魏国栋", "姚晓红", "陆文涛", "曹美华", "傅建平"],
                   [f"1391234{5600 + i}" for i in range(_N)])
    read = read_table(fmt, tmp_path / "claims", rows)
    assert read.kinds == ["complaint_ledger"]
    assert len(read.records["complaints"]) == _N


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_sales_ledger_numbered_by_orders_is_no_complaints(tmp_path: Path, fmt: str) -> None:
    """Must not: the same goods numbered and dated by their orders: a sales ledger."""
    head = ["订单号", "产品名称", "单价", "数量", "金额", "下单日期", "客户名称", "联系电话"]
    rows = rows_of(head, [f"SO{8800 + i}" for i in range(_N)], _PRODUCTS, ["12.5"] * _N,
                   [str(100 + i) for i in range(_N)], [str(1250 + 12 * i) for i in range(_N)],
                   [f"2025-04-0{i + 1}" for i in range(_N)],
                   ["华东包装有限公司", "恒信印务有限公司"] * (_N // 2),
                   [f"1391234{5600 + i}" for i in range(_N)])
    read = read_table(fmt, tmp_path / "sales", rows)
    assert "complaint_ledger" not in read.kinds and not read.records.get("complaints")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_declared_fault_dates_the_report(tmp_path: Path, fmt: str) -> None:
    """申报时间 is when the customer declared the fault: the report, over the row's creation."""
    head = ["报修单号", "申报人", "联系电话", "故障描述", "创建日期", "申报时间"]
    declared = [f"2025-03-0{i + 1} 08:30" for i in range(_N)]
    rows = rows_of(head, [f"BX{300 + i}" for i in range(_N)],
                   ["韩雨桐", "蒋志远", "沈丽娟", "魏国栋", "姚晓红", "陆文涛", "曹美华", "傅建平"],
                   [f"1391234{5600 + i}" for i in range(_N)], _FAULTS,
                   [f"2025-03-1{i} 10:00" for i in range(_N)], declared)
    read = read_table(fmt, tmp_path / "declared", rows)
    first = read.records["work_orders"][0]
    assert str(first["reported_at"]).startswith("2025-03-01 08:30")
