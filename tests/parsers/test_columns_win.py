"""A table [columns] mapped is read, whatever it also looks like (decision 215).

bench/layouts/way_out.py --neutral writes every header that is a field as 字段1, 字段2 …, so
that [columns] alone must read the table. Seven record layouts stayed unread: their other
columns (prices, coordinates, a list of service stations) made a look-alike outvote the
consultant's mapping.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table

# A film-fitting shop's orders: the fields under neutral headers, and beside them the columns
# that make it look like a sales ledger with a map (a price, a paid flag, coordinates).
HEADER = ["字段1", "字段2", "订单金额", "是否付款", "字段3", "字段4", "经度", "纬度"]
ROWS = [
    ["DD202609020017", "2026-09-02 10:12", "4800", "是", "宁静怡", "13524418063",
     "121.4737", "31.2304"],
    ["DD202609050031", "2026-09-05 15:40", "2600", "否", "蔡泽宇", "18917265530",
     "121.5012", "31.2455"],
    ["DD202609090044", "2026-09-09 09:05", "5200", "是", "蒲晓岚", "13761930284",
     "121.4420", "31.1987"],
]
GIVEN = {"字段1": "record_id", "字段2": "reported_at", "字段3": "customer_name",
         "字段4": "customer_phone"}


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_table_the_consultant_mapped_is_read_over_a_look_alike(tmp_path: Path, fmt: str):
    extracted = read_table(fmt, tmp_path / "orders", [HEADER, *ROWS], columns=GIVEN)
    orders = extracted.records["work_orders"]
    assert [o["record_id"] for o in orders] == ["DD202609020017", "DD202609050031",
                                                "DD202609090044"]
    assert orders[1]["customer_phone"] == "18917265530"


@pytest.mark.parametrize("fmt", FORMATS)
def test_one_mapped_header_recurring_in_a_look_alike_reads_nothing(tmp_path: Path, fmt: str):
    """Must not: [columns] maps headers for the whole package. An outlet list that happens to
    carry one of them (处理结果, the outlet's last inspection) is still an outlet list."""
    outlets = [["网点名称", "地址", "联系电话", "经度", "纬度", "处理结果"],
               ["静安服务站", "上海市静安区共和新路1288号", "021-56631020", "121.4560",
                "31.2760", "合格"],
               ["闵行服务站", "上海市闵行区沪闵路6088号", "021-64120877", "121.3810",
                "31.1120", "合格"]]
    extracted = read_table(fmt, tmp_path / "outlets", outlets,
                           columns={"处理结果": "resolution"})
    assert not extracted.records.get("work_orders")
