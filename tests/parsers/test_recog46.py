"""Issue 11, round 46: an after-sales remedy of goods sold (退款, 退货, 换货; decision 310).

A refund, a return or an exchange is what the seller did about goods sold (the 三包 rules'
remedies beside repair): its time (退款时间) dates the remedy, its amount, count or order
(退款金额, 申请退款数量, 退款订单号) are the after-sales order's, no sale's. 售后 itself stays a
qualifier: an outlet list's 售后网点 and 售后电话, a staff list's 售后人员 and a sales ledger
with a 退款金额 column beside its orders are still no records. Each case is tested on a
workbook and a Word table, with must-read and must-not-read cases. The cell contents are
written here, not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table

_NAMES = ["韩雨桐", "蒋志远", "沈丽娟", "魏国栋", "姚晓红", "陆文涛", "曹美华", "傅建平"]
_PHONES = [f"1395710{4420 + i}" for i in range(8)]
_PLACES = ["杭州市西湖区文三路12号", "宁波市海曙区中山西路8号", "温州市鹿城区车站大道3号",
           "嘉兴市南湖区中环南路77号", "湖州市吴兴区人民路5号", "绍兴市越城区解放北路19号",
           "金华市婺城区八一南街2号", "台州市椒江区市府大道66号"]
_GOODS = ["电饭煲", "空气炸锅", "吸尘器", "电水壶", "榨汁机", "微波炉", "电风扇", "加湿器"]
_DAYS = [f"2026-09-{10 + i} 14:{20 + i}:00" for i in range(8)]
_SUMS = ["199.00", "329.00", "899.00", "89.00", "259.00", "499.00", "159.00", "139.00"]


def _refunds() -> list[list[object]]:
    """An online shop's after-sales export: the refund's number, the sale's, the goods, the
    refund's amount and count, the after-sales type and when the refund was made."""
    labels = ["退款单号", "原订单号", "收货人", "手机号码", "收货地址", "商品名称", "退款金额",
              "申请退款数量", "售后类型", "退款时间"]
    kinds = ["仅退款", "退货退款", "仅退款", "退货退款", "仅退款", "退货退款", "仅退款", "仅退款"]
    return [labels] + [[f"TK2026{900 + i}", f"DD8812{300 + i}", _NAMES[i], _PHONES[i],
                        _PLACES[i], _GOODS[i], _SUMS[i], 1, kinds[i], _DAYS[i]]
                       for i in range(8)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_refund_orders_are_work_orders(tmp_path: Path, fmt: str) -> None:
    """Decision 310: the refund's own number and time are the after-sales order's, and its
    amount and count no sales ledger's (before: no header row, read as a sales ledger)."""
    read = read_table(fmt, tmp_path / "refunds", _refunds())
    orders = read.records["work_orders"]
    assert [o["record_id"] for o in orders] == [f"TK2026{900 + i}" for i in range(8)]
    assert [o["customer_name"] for o in orders] == _NAMES
    assert [str(o["completed_at"])[:10] for o in orders] == [d[:10] for d in _DAYS]
    assert "sales_ledger" not in read.kinds


def _sales(refund_columns: list[str]) -> list[list[object]]:
    """A shop's sales ledger: orders, buyers, goods, quantity, price and amount, with the
    ``refund_columns`` (退款金额, 退款时间) beside them."""
    labels = ["订单编号", "客户姓名", "联系电话", "商品名称", "数量", "单价", "销售金额",
              "下单时间", *refund_columns]
    refunds = {"退款金额": "0.00", "退款时间": ""}
    return [labels] + [[f"DD8812{300 + i}", _NAMES[i], _PHONES[i], _GOODS[i], 1, _SUMS[i],
                        _SUMS[i], _DAYS[i], *[refunds[c] for c in refund_columns]]
                       for i in range(8)]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("refund_columns", [["退款金额"], ["退款金额", "退款时间"]])
def test_a_sales_ledger_with_refunds_stays_sales(tmp_path: Path, fmt: str,
                                                 refund_columns: list[str]) -> None:
    """Must not: a sales ledger's 退款金额 (and 退款时间) beside its orders, prices and amounts
    makes it no after-sales record."""
    read = read_table(fmt, tmp_path / "sales", _sales(refund_columns))
    assert not read.records.get("work_orders")
    assert "sales_ledger" in read.kinds


@pytest.mark.parametrize("fmt", FORMATS)
def test_after_sales_outlets_and_staff_are_no_records(tmp_path: Path, fmt: str) -> None:
    """Must not: 售后网点 and 售后电话 list the outlets and their hotlines; 售后人员 names
    the seller's staff: 售后 alone is evidence of no record."""
    outlets = [["售后网点名称", "售后电话", "网点地址", "营业时间"]] + [
        [f"{_PLACES[i][:3]}售后服务中心", f"0571-8866{1200 + i}", _PLACES[i], "09:00-18:00"]
        for i in range(8)]
    read = read_table(fmt, tmp_path / "outlets", outlets)
    assert not any(read.records.get(kind) for kind in read.records)
    assert "service_outlets" in read.kinds
    staff = [["售后人员姓名", "工号", "岗位", "联系电话", "入职日期"]] + [
        [_NAMES[i], f"S{310 + i}", "售后专员", _PHONES[i], _DAYS[i][:10]] for i in range(8)]
    read = read_table(fmt, tmp_path / "staff", staff)
    assert not any(read.records.get(kind) for kind in read.records)
    assert "staff_training" in read.kinds


@pytest.mark.parametrize("fmt", FORMATS)
def test_asking_for_a_refund_is_the_report(tmp_path: Path, fmt: str) -> None:
    """Decision 311: 申请退款时间 dates the customer's request, the report; 退款时间 the
    refund made, the completion (before: the request was read as the completion)."""
    asked = [f"2026-09-0{1 + i} 09:{10 + i}:00" for i in range(8)]
    why = ["质量问题", "尺寸不合适", "发错货", "少件", "质量问题", "不想要了", "破损", "发错货"]
    rows = [["售后单号", "买家姓名", "联系电话", "商品名称", "申请退款时间", "退款时间",
             "退款原因"]] + [[f"SH{7100 + i}", _NAMES[i], _PHONES[i], _GOODS[i], asked[i],
                             _DAYS[i], why[i]] for i in range(8)]
    read = read_table(fmt, tmp_path / "asked", rows)
    orders = read.records["work_orders"]
    assert [str(o["reported_at"])[:10] for o in orders] == [d[:10] for d in asked]
    assert [str(o["completed_at"])[:10] for o in orders] == [d[:10] for d in _DAYS]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_finance_officer_confirming_a_refund_signs_nothing(tmp_path: Path,
                                                              fmt: str) -> None:
    """Must not: 财务确认退款人 is the seller's finance officer who confirmed the refund paid
    (the finance office, 财务, is the seller's): no customer's sign-off (decision 310)."""
    rows = _refunds()
    rows[0].append("财务确认退款人")
    for row, clerk in zip(rows[1:], ["钱会计", "孙出纳"] * 4, strict=True):
        row.append(clerk)
    read = read_table(fmt, tmp_path / "confirmed", rows)
    orders = read.records["work_orders"]
    assert [o["record_id"] for o in orders] == [f"TK2026{900 + i}" for i in range(8)]
    assert all(o["signature"] is None for o in orders)
