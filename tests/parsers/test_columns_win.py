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


# An on-site repair list that records little: the order, the school served, its contact and
# phone, the project and the latest state — no fault, remedy or date column (decision 343).
REPAIR_LIST = [["单号", "学校名称", "学校区域", "联系人", "联系电话", "项目", "最新状态", "备注"],
               ["BX20260901001", "城南实验小学", "城南片区", "宋老师", "13816624093", "多媒体教室",
                "2026-09-03 已派工", "三楼"],
               ["BX20260906002", "北岭中学", "北岭片区", "严老师", "13917730218", "录播教室",
                "2026-09-07 已完成", ""],
               ["BX20260912003", "西湖路小学", "西湖片区", "钱老师", "18621045537", "电子白板",
                "2026-09-13 已受理", "二楼东"]]
LISTED = {"单号": "record_id", "学校名称": "customer_name", "联系电话": "customer_phone",
          "学校区域": "", "备注": ""}


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_repair_list_the_consultant_mapped_is_read_however_little_it_records(
        tmp_path: Path, fmt: str):
    """Its title names repairs and [columns] names three of its fields: it is read as work
    orders, and the fields it has no column for are notes (then findings), not a refusal
    that loses the list (decision 343)."""
    extracted = read_table(fmt, tmp_path / "repairs", REPAIR_LIST, title="现场维修列表",
                           columns=LISTED)
    orders = extracted.records["work_orders"]
    assert [o["record_id"] for o in orders] == ["BX20260901001", "BX20260906002",
                                                "BX20260912003"]
    assert orders[2]["customer_phone"] == "18621045537"
    # the school [columns] gives as the customer stays it: its contact's names, which read
    # as a customer's by their shape, stay behind it
    assert [o["customer_name"] for o in orders] == ["城南实验小学", "北岭中学", "西湖路小学"]
    assert any("no column for issue" in note for note in extracted.notes)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_mapped_list_named_as_no_kind_stays_unread(tmp_path: Path, fmt: str):
    """Must not: the same three fields every kind has, mapped package-wide, in a list whose
    title and headers name no record kind (a school contact list) read no work orders."""
    contacts = [[("学校编号" if h == "单号" else h) for h in REPAIR_LIST[0]], *REPAIR_LIST[1:]]
    extracted = read_table(fmt, tmp_path / "contacts", contacts, title="学校联系名单",
                           columns={**LISTED, "学校编号": "record_id"})
    assert not extracted.records.get("work_orders")


@pytest.mark.parametrize("fmt", FORMATS)
def test_two_mapped_fields_do_not_make_a_repair_list_records(tmp_path: Path, fmt: str):
    """Must not: two fields every kind has are not the consultant's reading of the table
    (decision 215's two stand only with a field the kind alone has)."""
    extracted = read_table(fmt, tmp_path / "repairs", REPAIR_LIST, title="现场维修列表",
                           columns={"单号": "record_id", "联系电话": "customer_phone",
                                    "学校区域": "", "备注": ""})
    assert not extracted.records.get("work_orders")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_numbered_request_list_the_consultant_mapped_is_read_without_a_title(
        tmp_path: Path, fmt: str):
    """No title, no fault, remedy or date column: its labels name repairs (维修种类) and
    [columns] names its number and three more fields — the consultant's list of work
    orders, read (decision 343)."""
    requests = [["ID", "申请人", "联系电话", "商店名称及具体地点", "预约时间", "维修种类", "状态"],
                ["1000", "郑雅琴", "13601837742", "B1层 18号 茶饮店", "周三上午", "水电", "已完成"],
                ["1007", "许志刚", "13788265109", "2层 07号 鞋店", "周五下午", "空调", "处理中"],
                ["1014", "曹丽萍", "15921770486", "3层 22号 书店", "周一上午", "门窗", "待处理"]]
    extracted = read_table(fmt, tmp_path / "requests", requests, columns={
        "ID": "record_id", "申请人": "customer_name", "联系电话": "customer_phone",
        "商店名称及具体地点": "customer_address"})
    orders = extracted.records["work_orders"]
    assert [o["customer_name"] for o in orders] == ["郑雅琴", "许志刚", "曹丽萍"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_repairmen_roster_whose_headers_recur_in_the_mapping_stays_unread(
        tmp_path: Path, fmt: str):
    """Must not: [columns] maps 姓名, 电话 and 地址 package-wide for the work orders; a roster
    of repairmen (维修人员名单) carrying the same three headers numbers no records, so the
    consultant's mapping does not make it work orders."""
    roster = [["姓名", "电话", "地址", "岗位"],
              ["陈建平", "13501672248", "上海市徐汇区漕溪北路88号", "维修工"],
              ["王立军", "13817720315", "上海市长宁区延安西路1118号", "维修工"],
              ["刘志远", "18918825430", "上海市普陀区真北路2000号", "班组长"]]
    extracted = read_table(fmt, tmp_path / "roster", roster, title="维修人员名单", columns={
        "姓名": "customer_name", "电话": "customer_phone", "地址": "customer_address"})
    assert not extracted.records.get("work_orders")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_complaint_list_the_consultant_numbered_and_mapped_is_read_without_a_reason(
        tmp_path: Path, fmt: str):
    """Decision 346 refuses a complaint reading that fills no reason, handling or feedback;
    the consultant's numbered list under a complaint title, three fields mapped, is read as
    decision 343 reads a work-order list, its missing columns then findings."""
    complaints = [["登记号", "来访人", "联系电话", "登记日期"],
                  ["TS2026090101", "韩淑芬", "13611902274", "2026-09-01"],
                  ["TS2026090502", "包志强", "13962218830", "2026-09-05"],
                  ["TS2026091103", "卢雅婷", "18817306642", "2026-09-11"]]
    extracted = read_table(fmt, tmp_path / "complaints", complaints, title="投诉登记表",
                           columns={"登记号": "record_id", "来访人": "customer_name",
                                    "联系电话": "customer_phone"})
    ledger = extracted.records["complaints"]
    assert [c["record_id"] for c in ledger] == ["TS2026090101", "TS2026090502", "TS2026091103"]
