"""Issue 11, round 39: the outlet that handled a record is the record's column (decision 288).

A complaint list names the store that handled each complaint (处理门店名称); an outlet list
lists the outlets themselves (their address, phone, hours). Each is tested on a workbook and a
Word table, with a must-read and must-not-read cases. The cell contents are written here,
not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table

_STORES = ["杭州西湖店", "宁波鄞州店", "温州鹿城店", "绍兴越城店", "嘉兴南湖店", "湖州吴兴店",
           "金华婺城店", "台州椒江店"]
_STREETS = ["杭州市西湖区文三路100号", "宁波市鄞州区天童路21号", "温州市鹿城区车站大道8号",
            "绍兴市越城区解放路66号", "嘉兴市南湖区中山路9号", "湖州市吴兴区红旗路12号",
            "金华市婺城区八一街3号", "台州市椒江区市府大道50号"]
_PLATES = ["浙A12345", "浙B23456", "浙C34567", "浙D45678", "浙F56789", "浙E67890", "浙G78901",
           "浙J89012"]
_ISSUES = ["保养后发动机异响", "更换刹车片后仍有异响", "空调维修后不制冷", "等待配件超过两周",
           "服务顾问态度冷淡", "洗车划伤车漆", "维修费用与报价不符", "预约到店后无人接待"]
_DAYS = ["2026-08-01 09:10:00", "2026-08-03 10:20:00", "2026-08-05 11:30:00",
         "2026-08-07 14:40:00", "2026-08-09 15:50:00", "2026-08-11 16:00:00",
         "2026-08-13 09:15:00", "2026-08-15 10:25:00"]
_CLOSED = ["2026-08-04 17:00:00", "2026-08-06 17:00:00", "2026-08-08 17:00:00",
           "2026-08-10 17:00:00", "2026-08-12 17:00:00", "2026-08-14 17:00:00",
           "2026-08-16 17:00:00", "2026-08-18 17:00:00"]
_YES_NO = ["是", "否", "是", "是", "否", "是", "否", "是"]


def _complaints(act: str) -> list[list[object]]:
    """A car brand's complaint list naming the store that handled each complaint."""
    labels = ["投诉单ID", "车牌号", f"{act}门店ID", f"{act}门店名称", "门店是否跟进", "门店是否有责",
              "问题详情", "创建时间", "结案时间"]
    rows = [[f"TS{2026080 + i}", _PLATES[i], f"MD{300 + i}", _STORES[i], _YES_NO[i],
             _YES_NO[7 - i], _ISSUES[i], _DAYS[i], _CLOSED[i]] for i in range(8)]
    return [labels] + rows


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("act", ["处理", "受理"])
def test_the_store_that_handled_a_complaint_is_the_complaints(
        tmp_path: Path, fmt: str, act: str) -> None:
    """Decision 288: 处理门店ID and 处理门店名称 name the store that handled each complaint,
    columns of the complaint; they no longer count for an outlet list (before: a close call,
    complaints 0.56 against service outlets 0.44, nothing read)."""
    read = read_table(fmt, tmp_path / "complaints", _complaints(act))
    complaints = read.records["complaints"]
    assert [r["record_id"] for r in complaints] == [f"TS{2026080 + i}" for i in range(8)]
    assert [r["reason"] for r in complaints] == _ISSUES


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_store_list_stays_an_outlet_list(tmp_path: Path, fmt: str) -> None:
    """Must not: a list of the stores themselves (number, name, address, phone, hours, head)
    stays the outlet list, no records."""
    rows = [["门店编号", "门店名称", "门店地址", "联系电话", "营业时间", "门店负责人"]] + [
        [f"MD{300 + i}", _STORES[i], _STREETS[i], f"0571-8600{i:04d}", "08:30-18:00",
         name] for i, name in enumerate(["林晓峰", "许佳怡", "邵志刚", "程美玲", "蔡文杰",
                                         "杜海燕", "钱立新", "孔维娜"])]
    read = read_table(fmt, tmp_path / "stores", rows)
    assert not any(read.records.values())
    assert "service_outlets" in read.kinds


@pytest.mark.parametrize("fmt", FORMATS)
def test_outlets_named_by_their_trade_stay_an_outlet_list(tmp_path: Path, fmt: str) -> None:
    """Must not: 维修网点 and 服务网点 name the kind of outlet a list lists (a trade, no act of
    handling a record): the list of repair outlets stays the outlet list, no records."""
    rows = [["维修网点编号", "维修网点名称", "维修网点地址", "服务网点电话", "营业时间"]] + [
        [f"WD{500 + i}", f"{_STORES[i][:4]}维修网点", _STREETS[i], f"0571-8700{i:04d}",
         "09:00-17:30"] for i in range(8)]
    read = read_table(fmt, tmp_path / "repair_outlets", rows)
    assert not any(read.records.values())
    assert "service_outlets" in read.kinds
