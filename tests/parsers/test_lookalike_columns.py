"""A column speaks once: a header that speaks for a look-alike table is not also a record's field.

A sales-visit log (日期, 客户名称, 联系人, 电话, 拜访事由, 拜访结果, 业务员) has what a work order has —
a name, a phone, a date, a reason and an outcome — and 拜访事由 / 拜访结果 were read as the issue and
the resolution, which then outvoted the two sales headers they are. Tested in a workbook and a
Word table, with the work-order ledger that must still be read although it has sales columns
(订单号, 销售日期: the purchase the repair is about).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import read_table

FORMATS = ("xlsx", "docx")
NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_sales_visit_log_is_not_work_orders(fmt: str, tmp_path: Path) -> None:
    rows = [["日期", "客户名称", "联系人", "电话", "拜访事由", "拜访结果", "业务员"]]
    rows += [[f"2026-10-{i + 1:02d}", f"{NAMES[i]}物业公司", NAMES[i], f"1360013{i:04d}",
              "续签维保合同", "已签约", "赵六"] for i in range(6)]
    extracted = read_table(fmt, tmp_path / "table", rows)
    assert not extracted.records
    assert any("sales_ledger" in note for note in extracted.notes)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_work_order_ledger_with_sales_columns_is_read(fmt: str, tmp_path: Path) -> None:
    rows = [["订单号", "销售日期", "客户姓名", "联系电话", "故障描述", "处理结果", "报修时间"]]
    rows += [[f"DD2026{i:04d}", "2026-05-01", NAMES[i], f"1380013{i:04d}", "不制冷",
              "更换电容", f"2026-10-{i + 1:02d} 09:30"] for i in range(6)]
    records = read_table(fmt, tmp_path / "table", rows).records["work_orders"]
    assert [r["customer_name"] for r in records] == NAMES
    assert all(r["issue"] == "不制冷" and r["resolution"] == "更换电容" for r in records)
