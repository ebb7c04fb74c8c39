"""Issue 11, round 70: record tables with thin evidence, read as what their labels and cells say.

Decision 374: a complaint export with fewer than three fields is a complaint ledger where one
column tells a case on each row, a label or the title names the complaint (投诉时间, 投诉人id:
not only the reason's own label) and another column says who raised it or dates each row.
Decision 375: a work-order reading with no fault, remedy or step of its own is work orders where
a label sorts each row by the service's work (维修类型, 报修类型), a customer is named and a
column dates each row. Tested on a workbook and a Word table, must-read and must-not-read each;
the cell contents are written here, not drawn from the generator's pools.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table, rows_of

_ROWS = 12
_IDS = [f"{88120 + n}" for n in range(_ROWS)]
_NAMES = ["亓宏伟", "厍晓霞", "逯家明", "仉春燕", "闾丘宁", "笪建国", "沃梦洁", "乜志强", "桓雅琴",
          "宓俊杰", "东方晴", "佴海燕"]
_PHONES = [f"137{61180001 + n}" for n in range(_ROWS)]
_DAYS = [f"2026-08-{n + 3:02d}" for n in range(_ROWS)]
_STATES = ["待处理", "处理中", "已办结"] * 4
_USERS = [f"{30417 + n * 7}" for n in range(_ROWS)]
# What tourists and residents wrote in, case by case
_CASES = ["导游在购物点停留超过两小时，强迫购买玉器", "景区门票与网上标价不一致，多收了三十元",
          "酒店房间有霉味，前台拒绝换房", "旅游大巴空调坏了，车上闷热无人处理",
          "行程中擅自取消了古镇游览项目", "餐厅饭菜不卫生，同行多人腹泻",
          "索道排队两小时，工作人员态度恶劣", "退团后定金一直没有退还", "导游辱骂不参加自费项目的游客",
          "温泉票含早餐，实际没有提供", "停车场乱收费，没有开具票据", "客服电话一直打不通，投诉无门"]


def _records(read: object, kind: str) -> int:
    return len(read.records.get(kind, []))  # type: ignore[attr-defined]


# ------------------------------------------------ decision 374: a thin complaint export
@pytest.mark.parametrize("fmt", FORMATS)
def test_cases_with_a_complaint_time_and_the_complainant_id_are_complaints(
        tmp_path: Path, fmt: str) -> None:
    """Must read: 内容 (cases told row by row), 投诉时间, 状态, 投诉人id — the complaint named by
    its time and its complainant's label, not by the text's own label (before: nothing read)."""
    rows = rows_of(["内容", "投诉时间", "状态", "投诉人id"], _CASES, _DAYS, _STATES, _USERS)
    read = read_table(fmt, tmp_path / "module", rows)
    assert _records(read, "complaints") == _ROWS
    first = read.records["complaints"][0]
    assert first["reason"] == _CASES[0]
    assert str(first["received_at"]).startswith("2026-08-03")


@pytest.mark.parametrize("fmt", FORMATS)
def test_complaints_dated_with_nobody_named_are_complaints(tmp_path: Path, fmt: str) -> None:
    """Must read: 投诉名, 投诉内容, 投诉类型, 投诉时间, 投诉状态 — no complainant column, but each
    complaint told and dated when it came in (before: nothing read)."""
    rows = rows_of(["投诉名", "投诉内容", "投诉类型", "投诉时间", "投诉状态"],
                   [f"投诉{n + 1}" for n in range(_ROWS)], _CASES, ["服务", "价格", "安全"] * 4,
                   _DAYS, ["未解决", "已解决"] * 6)
    read = read_table(fmt, tmp_path / "dated", rows)
    assert _records(read, "complaints") == _ROWS
    assert read.records["complaints"][0]["reason"] == _CASES[0]


@pytest.mark.parametrize("fmt", FORMATS)
def test_cases_dated_with_no_complaint_word_stay_unread(tmp_path: Path, fmt: str) -> None:
    """Must not: the same cases under 内容 and 创建时间 with nothing naming a complaint (a
    notice board, a diary) are no complaint ledger: absence of a word is no reading."""
    rows = rows_of(["内容", "创建时间", "状态"], _CASES, _DAYS, _STATES)
    read = read_table(fmt, tmp_path / "unnamed", rows)
    assert read.records == {}


@pytest.mark.parametrize("fmt", FORMATS)
def test_complaint_kinds_picked_from_a_list_tell_no_case(tmp_path: Path, fmt: str) -> None:
    """Must not: 投诉类型 (a pick-list), 投诉时间 and 状态 tell no complaint: no column writes
    what was raised, however the labels name complaints."""
    rows = rows_of(["投诉类型", "投诉时间", "状态"], ["服务", "价格", "安全"] * 4, _DAYS, _STATES)
    read = read_table(fmt, tmp_path / "picked", rows)
    assert "complaints" not in read.records


@pytest.mark.parametrize("fmt", FORMATS)
def test_complaining_numbers_with_entry_dates_are_no_complaints(tmp_path: Path, fmt: str) -> None:
    """Must not: a blacklist of complaining numbers (投诉号码, 录入时间, 黑名单级别, 屏蔽时限)
    writes no complaint: no records (decision 346's guard, held before as well)."""
    rows = rows_of(["投诉号码", "录入时间", "黑名单级别", "屏蔽时限"], _PHONES, _DAYS,
                   ["一级", "二级", "三级"] * 4, ["30天", "90天", "永久"] * 4)
    read = read_table(fmt, tmp_path / "blacklist", rows)
    assert read.records == {}


# ---------------------------------------- decision 375: jobs sorted by the work, dated
_ITEMS = ["卫生间水龙头", "客厅吊灯", "厨房下水管", "防盗门锁", "阳台晾衣架", "卧室空调",
          "入户门禁", "燃气热水器", "楼道声控灯", "马桶水箱", "窗户合页", "地暖分水器"]
_WORK = ["水电维修", "门窗维修", "家电维修"] * 4
_ADDRESSES = [f"合肥市蜀山区翡翠路{n + 21}号{n + 1}栋{n + 3}0{n % 4 + 1}室" for n in range(_ROWS)]
_CARS = ["大众朗逸", "丰田卡罗拉", "本田雅阁", "别克英朗", "日产轩逸", "吉利帝豪"] * 2


@pytest.mark.parametrize("fmt", FORMATS)
def test_residents_orders_sorted_by_repair_and_dated_are_work_orders(
        tmp_path: Path, fmt: str) -> None:
    """Must read: 物品名称, 维修类型, 发布日期, 住户姓名, 手机, 地址 — no fault, number or
    step of its own, but each row sorted as a repair, dated and asked for by a resident
    (before: nothing read)."""
    rows = rows_of(["物品名称", "维修类型", "发布日期", "住户姓名", "手机", "地址"],
                   _ITEMS, _WORK, _DAYS, _NAMES, _PHONES, _ADDRESSES)
    read = read_table(fmt, tmp_path / "resident", rows)
    assert _records(read, "work_orders") == _ROWS
    first = read.records["work_orders"][0]
    assert first["customer_name"] == _NAMES[0]
    assert first["product"] == _ITEMS[0]


@pytest.mark.parametrize("fmt", FORMATS)
def test_tenants_requests_by_report_type_are_work_orders(tmp_path: Path, fmt: str) -> None:
    """Must read: ID, 申请人, 联系电话, 地点, 预约时间, 报修类型, 状态 (before: nothing read)."""
    rows = rows_of(["ID", "申请人", "联系电话", "店铺位置", "预约时间", "报修类型", "状态"],
                   _IDS, _NAMES, _PHONES, _ADDRESSES, _DAYS, _WORK, _STATES)
    read = read_table(fmt, tmp_path / "tenant", rows)
    assert _records(read, "work_orders") == _ROWS


@pytest.mark.parametrize("fmt", FORMATS)
def test_car_owners_with_no_date_and_no_job_stay_unread(tmp_path: Path, fmt: str) -> None:
    """Must not: 车牌号, 车主名称, 车型, 客户电话, 居住地址, 状态 — customers and their cars,
    no row sorted by a job and none dated: nothing says these are jobs."""
    rows = rows_of(["车牌号", "车主名称", "车型", "客户电话", "居住地址", "状态"],
                   [f"皖A{52310 + n}" for n in range(_ROWS)], _NAMES, _CARS, _PHONES,
                   _ADDRESSES, ["预约", "在修", "完工", "结算"] * 3)
    read = read_table(fmt, tmp_path / "owners", rows)
    assert read.records == {}


@pytest.mark.parametrize("fmt", FORMATS)
def test_customers_sorted_by_repair_but_undated_stay_unread(tmp_path: Path, fmt: str) -> None:
    """Must not: the car owners with 维修类型 and no date on any row: a register of customers
    by what they had done, no dated job."""
    rows = rows_of(["车主名称", "车型", "客户电话", "居住地址", "维修类型"],
                   _NAMES, _CARS, _PHONES, _ADDRESSES, _WORK)
    read = read_table(fmt, tmp_path / "undated", rows)
    assert "work_orders" not in read.records


@pytest.mark.parametrize("fmt", FORMATS)
def test_customers_with_install_dates_are_no_work_orders(tmp_path: Path, fmt: str) -> None:
    """Must not: 客户名称, 用户电话, 车辆型号, 安装时间 — a date of an act beside customers,
    but no label sorts a row by a job (decision 253's guard, held before as well)."""
    rows = rows_of(["序号", "客户名称", "用户电话", "车辆型号", "安装时间"],
                   [str(n + 1) for n in range(_ROWS)], _NAMES, _PHONES, _CARS, _DAYS)
    read = read_table(fmt, tmp_path / "installs", rows)
    assert "work_orders" not in read.records


@pytest.mark.parametrize("fmt", FORMATS)
def test_repairmen_by_speciality_with_hire_dates_are_no_work_orders(
        tmp_path: Path, fmt: str) -> None:
    """Must not: 维修人员姓名, 联系电话, 维修类型, 入职日期 — the service's own staff by their
    speciality, dated when hired: no customer asked for anything."""
    rows = rows_of(["维修人员姓名", "联系电话", "维修类型", "入职日期"],
                   _NAMES, _PHONES, _WORK, _DAYS)
    read = read_table(fmt, tmp_path / "staff", rows)
    assert "work_orders" not in read.records


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_owners_register_with_a_repair_status_is_no_work_orders(
        tmp_path: Path, fmt: str) -> None:
    """Must not: an owners' register (ID号, 房号, 业主名称, 业主电话, 收楼日期, 报修状态) dates
    each row and flags where the owner's repair stands: a status, no sort of job, so no work
    orders (the rule's first form, any category of a service act, read such a register)."""
    rows = rows_of(["ID号", "房号", "业主名称", "业主电话", "收楼日期", "报修状态"],
                   _IDS, [f"{n + 1}栋{n + 2}01" for n in range(_ROWS)], _NAMES, _PHONES, _DAYS,
                   ["已完成", "无", "处理中"] * 4)
    read = read_table(fmt, tmp_path / "owners_register", rows)
    assert "work_orders" not in read.records
