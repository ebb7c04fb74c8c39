"""Issue 11, round 34: look-alikes read as records (decision 278).

An asset's number numbers a thing, not an order; a statement of jobs as money (成本, 利润) is a sales ledger. Each is tested on a workbook and a
Word table, with a must-read and a must-not-read case. The cell contents are written here,
not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table

_NAMES = ["林晓峰", "许佳怡", "邵志刚", "程美玲", "蔡文杰", "杜海燕", "钱立新", "孔维娜"]
_PHONES = ["13611102345", "15988803412", "18122245670", "13733390871", "17600012389",
           "15211167654", "13956781234", "18800456712"]
_DAYS = ["2026-08-01", "2026-08-03", "2026-08-05", "2026-08-07", "2026-08-09", "2026-08-11",
         "2026-08-13", "2026-08-15"]
_LATER = ["2027-08-01", "2027-08-03", "2027-08-05", "2027-08-07", "2027-08-09", "2027-08-11",
          "2027-08-13", "2027-08-15"]
_FAULTS = ["打印机卡纸", "显示器无信号", "主机无法开机", "网络时断时续", "键盘按键失灵",
           "投影仪画面偏色", "交换机端口不亮", "笔记本电池鼓包"]
_FIXES = ["清理搓纸轮", "更换视频线", "更换电源", "更换网线水晶头", "更换键盘", "校正色彩",
          "重启并更换端口", "更换电池"]


# ------------- decision 278: an asset's number numbers a thing, not an order


def _assets(extra: list[tuple[str, list[str]]]) -> list[list[object]]:
    labels = ["资产编号", "设备名称", "品牌", "型号", "服务开始日期", "服务终止日期",
              "供应商联系电话", "归属客户"]
    rows = [[f"ZC-{2026000 + i}", "激光打印机", "惠普", "M1136", _DAYS[i], _LATER[i], _PHONES[i],
             _NAMES[i]] for i in range(8)]
    for label, values in extra:
        labels.append(label)
        rows = [row + [values[i]] for i, row in enumerate(rows)]
    return [labels] + rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_asset_ledger_is_no_work_orders(tmp_path: Path, fmt: str) -> None:
    """Decision 278: devices numbered by 资产编号 with their service term and the supplier's
    phone, nothing told and nobody serving: no work orders (before: eight work orders
    numbered by the asset)."""
    read = read_table(fmt, tmp_path / "assets", _assets([]))
    assert "work_orders" not in read.records


@pytest.mark.parametrize("fmt", FORMATS)
def test_repairs_of_assets_stay_work_orders(tmp_path: Path, fmt: str) -> None:
    """The same rows with a fault and a remedy written case by case stay work orders, and
    where an order number stands beside the asset's, the asset's name is the product."""
    told = read_table(fmt, tmp_path / "told",
                      _assets([("故障描述", _FAULTS), ("处理结果", _FIXES)]))
    assert len(told.records["work_orders"]) == 8
    rows = [["维修单号", "资产名称", "资产编号", "报修人", "报修时间", "故障描述", "处理结果"]] + [
        [f"WX{i + 1:04d}", f"台式电脑{i + 1}号", f"ZC-{2026000 + i}", _NAMES[i], _DAYS[i],
         _FAULTS[i], _FIXES[i]] for i in range(8)]
    orders = read_table(fmt, tmp_path / "orders", rows).records["work_orders"]
    assert [r["record_id"] for r in orders] == [f"WX{i + 1:04d}" for i in range(8)]
    assert [r["product"] for r in orders] == [f"台式电脑{i + 1}号" for i in range(8)]


# ------------- decision 278: a statement of jobs as money is a sales ledger


def _statement(extra: list[tuple[str, list[str]]]) -> list[list[object]]:
    labels = ["日期", "客户名", "电话", "地址", "金额", "材料成本", "利润"]
    rows = [[_DAYS[i], _NAMES[i], _PHONES[i], f"杭州市西湖区文三路{100 + i}号", str(2000 + 50 * i),
             str(800 + 20 * i), str(1200 + 30 * i)] for i in range(8)]
    for label, values in extra:
        labels.append(label)
        rows = [row + [values[i]] for i, row in enumerate(rows)]
    return [labels] + rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_statement_of_cost_and_profit_is_a_sales_ledger(tmp_path: Path, fmt: str) -> None:
    """Decision 278: customers with an amount, a cost and a profit per job are a sales ledger
    (before: nothing recognised, so DOC_UNRECOGNISED)."""
    read = read_table(fmt, tmp_path / "statement", _statement([]))
    assert "work_orders" not in read.records
    assert "sales_ledger" in read.kinds


@pytest.mark.parametrize("fmt", FORMATS)
def test_repairs_with_their_cost_stay_work_orders(tmp_path: Path, fmt: str) -> None:
    """The same columns beside a fault and a remedy written case by case and a technician:
    work orders, their cost a column of the order."""
    rows = _statement([("故障描述", _FAULTS), ("处理结果", _FIXES),
                       ("维修人员", ["王师傅", "李师傅"] * 4)])
    read = read_table(fmt, tmp_path / "repairs", rows, title="维修工单")
    assert len(read.records["work_orders"]) == 8
