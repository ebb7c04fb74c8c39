"""Decision 446: a list of organisations with their phones is no set of work orders.

ID | 机构名字 | 描述 | 地址 | 联系电话 (启明学校, 阳光培训中心 …): each row has a phone, an address
and a description that varies, which read as a customer's request; and 启明学校, four
characters, passed for a person's name. A body's name (its ending: 学校, 中心, 馆, 所 …) is no
person's, and a table whose rows name bodies, with no person who asked or served and no step
done or dated, lists them. Must-not: an order list whose customers are companies, dated and
handled, stays work orders; people's names stay names. Cells are written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.parsers.columns import names_a_body
from tests.parsers.tables import (
    FORMATS,
    SAMPLE_PHONES,
    read_table,
    rows_of,
)

_N = 6
_BODIES = ["阳光培训中心", "启明学校", "蓝天教育中心", "成才书院", "博学馆", "城东派出所"]
_PHONES = SAMPLE_PHONES
_ADDRESSES = [f"北京市海淀区学院路{10 + i}号" for i in range(_N)]


_LISTS = {
    "partners": (["ID", "机构名字", "描述", "地址", "联系电话"], _BODIES,
                 ["专注少儿编程教育十年", "提供职业技能培训", "本地老牌英语机构", "书法与国画课程",
                  "中小学课后辅导", "辖区户籍与治安服务"]),
    # a second shape: a street's shops (商户 | 描述), each read as six work orders before
    "shops": (["编号", "商户", "描述", "地址", "联系电话"],
              ["老王五金店", "惠民超市", "李记维修部", "阳光洗衣店", "新华书店", "好再来饭店"],
              ["五金工具批发零售", "日用百货", "家电手机维修", "干洗湿洗熨烫", "图书文具", "家常菜与外卖"]),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", list(_LISTS))
def test_a_list_of_bodies_with_phones_holds_no_records(
        tmp_path: Path, fmt: str, name: str) -> None:
    head, bodies, told = _LISTS[name]
    rows = rows_of(head, [str(1 + i) for i in range(_N)], bodies, told, _ADDRESSES, _PHONES)
    read = read_table(fmt, tmp_path / name, rows)
    assert read.record_count == 0
    assert "work_orders" not in read.kinds


@pytest.mark.parametrize("fmt", FORMATS)
def test_orders_of_company_customers_stay_work_orders(tmp_path: Path, fmt: str) -> None:
    """Must not: companies as the customers, with their faults, remedies and dates."""
    head = ["工单号", "客户单位", "联系电话", "故障描述", "处理结果", "报修时间"]
    rows = rows_of(head, [f"BX{100 + i}" for i in range(_N)], _BODIES, _PHONES,
                   ["空调不制冷", "投影仪不亮", "打印机卡纸", "门禁失灵", "电脑蓝屏", "网络中断"],
                   ["补充冷媒", "更换灯泡", "清理进纸器", "更换读卡器", "重装系统", "更换交换机"],
                   [f"2026-09-{3 + 4 * i:02d} 10:{10 + i}" for i in range(_N)])
    read = read_table(fmt, tmp_path / "orders", rows)
    assert read.kinds == ["work_orders"]
    assert read.record_count == _N


@pytest.mark.parametrize("name", ["张伟", "王芳", "欧阳明", "李建国", "赵院", "司马相如"])
def test_people_s_names_name_no_body(name: str) -> None:
    """Must not: a person's name, even one ending as a body's may (赵院: two characters)."""
    assert not names_a_body(name)


@pytest.mark.parametrize("name", _BODIES)
def test_bodies_names_name_a_body(name: str) -> None:
    assert names_a_body(name)
