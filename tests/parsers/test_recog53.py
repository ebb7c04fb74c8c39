"""Issue 11, round 53: the service side's organisation is never the customer (decisions 327,
328).

The unit that serves, repairs, installs or builds (服务单位, 维修单位, 安装公司, 施工单位, 承修单位:
an act of the service before an organisation word) is the company's own side or its
contractor; its name, phone and address are no customer's, where the customer's columns are
absent as where they stand beside them. The unit that reported (报修单位) and a firm as such
(单位名称, 客户单位) stay the customer. A bare record word qualified by acts (维修工单, 投诉单)
names the record, no field of it. Tested on a workbook and a Word table; the cells are
written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.model.records import RecordKind
from preaudit.parsers.headers import normalise_header
from preaudit.parsers.meaning import field_scores
from tests.parsers.tables import FORMATS, assert_unlisted, read_table

_FIRMS = ["宏达机械有限公司", "华南物流中心", "市第三中学", "锦江酒店", "新城物业公司",
          "东方纺织厂", "市人民医院", "蓝天电子科技"]
_SERVICE = ["恒通机电维修部", "恒通机电维修部", "安达设备服务公司", "恒通机电维修部",
            "安达设备服务公司", "恒通机电维修部", "安达设备服务公司", "恒通机电维修部"]
_SERVICE_PHONES = {"恒通机电维修部": "02088886666", "安达设备服务公司": "02077775555"}
_SERVICE_ADDRESSES = {"恒通机电维修部": "广州市天河区中山大道88号",
                      "安达设备服务公司": "广州市白云区机场路12号"}
_FAULTS = ["电机异响", "空调不制冷", "水泵漏水", "电梯门不关", "配电柜跳闸", "锅炉不点火",
           "冷库温度高", "发电机无法启动"]
_REPORTED = [f"2026-10-{3 + i:02d} 09:{10 + i}:00" for i in range(8)]
_PHONES = [f"1380571{5520 + i}" for i in range(8)]


def _orders(name: str, phone: str, address: str,
            customer: list[str] | None = None) -> list[list[object]]:
    """Repair orders naming the service side's unit, its phone and address; with ``customer``
    the reporting unit and its phone stand before them."""
    head = ["工单编号", "报修时间", "故障描述", name, phone, address]
    rows = [[f"GD2026{5100 + i}", _REPORTED[i], _FAULTS[i], _SERVICE[i],
             _SERVICE_PHONES[_SERVICE[i]], _SERVICE_ADDRESSES[_SERVICE[i]]] for i in range(8)]
    if customer is None:
        return [head] + rows
    return ([customer + head] + [[_FIRMS[i], _PHONES[i], *rows[i]] for i in range(8)])


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("labels", [("服务单位名称", "维修单位电话", "维修单位地址"),
                                    ("承修单位名称", "安装单位电话", "施工单位地址"),
                                    ("维修公司名称", "服务单位联系电话", "售后服务单位地址")])
def test_the_service_sides_unit_is_no_customer(tmp_path: Path, fmt: str,
                                               labels: tuple[str, str, str]) -> None:
    """Decision 327, must not: where a repair ledger names only the unit that served, its
    name, phone and address are left unread (the customer's are absent), though the orders
    are read (before: 服务单位名称 was the customer's name, 维修单位电话 their phone)."""
    assert_unlisted(labels)
    read = read_table(fmt, tmp_path / "orders", _orders(*labels))
    orders = read.records["work_orders"]
    assert [o["record_id"] for o in orders] == [f"GD2026{5100 + i}" for i in range(8)]
    for field in ("customer_name", "customer_phone", "customer_address"):
        assert not any(o.get(field) for o in orders), field


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("customer", [["报修单位", "联系电话"], ["单位名称", "联系电话"],
                                      ["客户单位", "报修单位电话"]])
def test_the_unit_that_reported_stays_the_customer(tmp_path: Path, fmt: str,
                                                   customer: list[str]) -> None:
    """Must read: beside the repairing unit, the unit that reported (报修单位) and a firm as
    such (单位名称, 客户单位; decision 182) are the customer, their phone the customer's."""
    rows = _orders("维修单位名称", "维修单位电话", "维修单位地址", customer)
    orders = read_table(fmt, tmp_path / "orders", rows).records["work_orders"]
    assert [o["customer_name"] for o in orders] == _FIRMS
    assert [o["customer_phone"] for o in orders] == _PHONES
    assert not any(o.get("customer_address") for o in orders)


def test_an_act_of_the_service_before_an_organisation_rules_out_the_customer() -> None:
    """Decision 327 by the reading: the act before the organisation word decides; the
    customer's own act (报修单位, 投诉单位) and a firm as such stay the customer's."""
    wo, cp = RecordKind.WORK_ORDER, RecordKind.COMPLAINT
    for label in ("服务单位名称", "承修单位名称", "售后服务单位名称"):
        assert "customer_name" not in field_scores(normalise_header(label), wo), label
    for label in ("维修单位电话", "安装单位电话", "受理单位电话", "处理单位电话", "维修公司电话"):
        assert "customer_phone" not in field_scores(normalise_header(label), wo), label
        assert "customer_phone" not in field_scores(normalise_header(label), cp), label
    for label in ("维修单位地址", "安装单位地址", "服务单位地址"):
        assert "customer_address" not in field_scores(normalise_header(label), wo), label
    assert field_scores(normalise_header("单位名称"), wo)["customer_name"] == 0.6
    assert "customer_name" in field_scores(normalise_header("报修单位名称"), wo)
    assert "customer_phone" in field_scores(normalise_header("投诉单位电话"), cp)
    assert "customer_phone" in field_scores(normalise_header("单位电话"), wo)
    assert "customer_address" in field_scores(normalise_header("单位地址"), wo)


def test_a_bare_record_word_names_the_record_no_field() -> None:
    """Decision 328: 维修工单 and 投诉单 name the record (no remedy, no complaint's reason);
    维修记录 is a text of what was done and 维修工单号 the order's number, as before."""
    wo, cp = RecordKind.WORK_ORDER, RecordKind.COMPLAINT
    for label in ("维修工单", "投诉单", "回访单"):
        assert field_scores(normalise_header(label), wo) == {}, label
        assert field_scores(normalise_header(label), cp) == {}, label
    assert field_scores(normalise_header("维修记录"), wo)["resolution"] == 1.0
    assert field_scores(normalise_header("维修工单号"), wo)["record_id"] == 1.0
