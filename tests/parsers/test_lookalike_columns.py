"""A column speaks once: a header that speaks for a look-alike table is not also a record's field.

A sales-visit log (日期, 客户名称, 联系人, 电话, 拜访事由, 拜访结果, 业务员) has what a work order has —
a name, a phone, a date, a reason and an outcome — and 拜访事由 / 拜访结果 were read as the issue and
the resolution, which then outvoted the two sales headers they are. Tested in a workbook and a
Word table, with the work-order ledger that must still be read although it has sales columns
(订单号, 销售日期: the purchase the repair is about).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from preaudit.parsers import parse_file
from preaudit.parsers.limits import ReadLimits
from sample_data.gen.builders import word_with_table

FORMATS = ("xlsx", "docx")
NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊"]


def _read(fmt: str, path: Path, rows: list[list[str]]):
    written = path / f"table.{fmt}"
    if fmt == "xlsx":
        book = openpyxl.Workbook()
        for row in rows:
            book.active.append(row)
        book.save(written)
    else:
        word_with_table(written, "", rows)
    return parse_file(written, written.name, ReadLimits())[1]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_sales_visit_log_is_not_work_orders(fmt: str, tmp_path: Path) -> None:
    rows = [["日期", "客户名称", "联系人", "电话", "拜访事由", "拜访结果", "业务员"]]
    rows += [[f"2026-10-{i + 1:02d}", f"{NAMES[i]}物业公司", NAMES[i], f"1360013{i:04d}",
              "续签维保合同", "已签约", "赵六"] for i in range(6)]
    extracted = _read(fmt, tmp_path, rows)
    assert not extracted.records
    assert any("sales_ledger" in note for note in extracted.notes)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_work_order_ledger_with_sales_columns_is_read(fmt: str, tmp_path: Path) -> None:
    rows = [["订单号", "销售日期", "客户姓名", "联系电话", "故障描述", "处理结果", "报修时间"]]
    rows += [[f"DD2026{i:04d}", "2026-05-01", NAMES[i], f"1380013{i:04d}", "不制冷",
              "更换电容", f"2026-10-{i + 1:02d} 09:30"] for i in range(6)]
    records = _read(fmt, tmp_path, rows).records["work_orders"]
    assert [r["customer_name"] for r in records] == NAMES
    assert all(r["issue"] == "不制冷" and r["resolution"] == "更换电容" for r in records)
