"""Issue 11, twelfth round: work orders, look-alikes and variant wordings of the retired sets
(decisions 193-198).

Each mechanism is tested on a workbook and a Word table, with a must-read and a must-not-read
case, on labels that are no synonym (a test keeps it so) and on cell contents written here,
not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.parsers import headers
from tests.parsers.tables import FORMATS, assert_unlisted, read_table

LABELS = ["报修主题", "新增日期", "住户姓名", "视频标题", "上传者"]


def test_the_labels_used_here_are_not_synonyms() -> None:
    assert_unlisted(LABELS)


# What residents wrote as their request's subject: not the generator's phrases.
_SUBJECTS = ["卫生间地漏返臭味", "阳台推拉门卡住拉不动", "楼道声控灯不亮", "厨房水龙头滴水不止"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_repair_requests_subject_line_is_its_issue_and_adding_it_dates_the_report(
        tmp_path: Path, fmt: str) -> None:
    """Decision 193: 报修主题 (the request's subject) says what is wrong; 新增日期 (when the
    entry was added) is when the request was made."""
    rows = [["住户姓名", "报修主题", "新增日期"]] + [
        [name, subject, f"2026-08-1{i} 09:1{i}:00"]
        for i, (name, subject) in enumerate(zip(["周敏", "钱立", "孙悦", "李航"], _SUBJECTS, strict=True))]
    records = read_table(fmt, tmp_path / "requests", rows).records["work_orders"]
    assert [r["issue"] for r in records] == _SUBJECTS
    assert records[2]["customer_name"] == "孙悦"
    assert str(records[3]["reported_at"]).startswith("2026-08-13")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_bare_title_and_the_time_an_entry_was_added_are_no_work_order(
        tmp_path: Path, fmt: str) -> None:
    """Must not: a video list's 视频标题 is whose title is not the request's; its uploader and
    added time make no work order."""
    rows = [["视频标题", "上传者", "新增日期"]] + [
        [title, name, f"2026-08-1{i} 09:10:00"]
        for i, (title, name) in enumerate(zip(
            ["调解技巧入门第一讲", "沟通话术案例分析", "情绪安抚实务", "回访规范讲解"],
            ["周敏", "钱立", "孙悦", "李航"], strict=True))]
    extracted = read_table(fmt, tmp_path / "videos", rows)
    assert not extracted.records.get("work_orders")
    assert not extracted.records.get("complaints")


LABELS_194 = ["受理网点名称", "网点距离", "网点经度", "网点纬度", "网点编码", "开始检测时间"]


def test_the_outlet_labels_used_here_are_not_synonyms() -> None:
    assert_unlisted(LABELS_194)


def _station_orders(head: list[str], count: int = 4) -> list[list[object]]:
    """Truck repairs booked at a service outlet: the outlet's name, code, distance and place
    beside each order's own number, its customer and two dated steps."""
    return [head] + [
        [f"GD2026{i:04d}", f"第{i + 1}服务网点", f"WD{31 + i}", f"{3 + i}.5公里", "117.2", "31.8",
         ["吴强", "郑凯", "冯雪", "陈涛"][i], f"1371234{i:04d}",
         f"2026-07-0{i + 1} 08:30:00", f"2026-07-0{i + 1} 10:05:00"]
        for i in range(count)]


_OUTLET_COLUMNS = ["受理网点名称", "网点编码", "网点距离", "网点经度", "网点纬度"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_orders_numbered_as_orders_and_dated_twice_are_orders_whatever_outlet_they_name(
        tmp_path: Path, fmt: str) -> None:
    """Decision 194: 工单编号 numbers each row as an order, reported and then inspected; the
    outlet's five columns say where it was served."""
    rows = _station_orders(["工单编号", *_OUTLET_COLUMNS, "用户姓名", "用户电话", "建单时间",
                            "开始检测时间"])
    records = read_table(fmt, tmp_path / "orders", rows).records["work_orders"]
    assert [r["record_id"] for r in records] == ["GD20260000", "GD20260001", "GD20260002",
                                                 "GD20260003"]
    assert records[1]["customer_name"] == "郑凯"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_list_numbered_by_its_outlets_is_no_work_orders(tmp_path: Path, fmt: str) -> None:
    """Must not: the same columns numbered by an outlet's own number (网点序号, not an order's)
    stay an outlet list: a rota of who is on duty with when they signed in and out."""
    rows = _station_orders(["网点序号", *_OUTLET_COLUMNS, "值守人姓名", "值守人电话", "登记时间",
                            "开始检测时间"])
    extracted = read_table(fmt, tmp_path / "outlets", rows)
    assert not extracted.records.get("work_orders")


LABELS_195 = ["報修人", "聯繫電話", "故障說明", "處理措施", "報修日期", "維修師傅", "員工姓名",
              "職務", "入職日期"]


def test_the_traditional_labels_are_not_written_in_the_synonyms() -> None:
    """Read in simplified form they are known words (that is the point); as written, in
    traditional characters, none is listed."""
    written = {s for fields in headers.SYNONYMS.values() for synonyms in fields.values()
               for s in synonyms}
    assert not written & set(LABELS_195)
    assert headers.normalise_header("聯繫電話") == "联系电话"


@pytest.mark.parametrize("fmt", FORMATS)
def test_labels_in_traditional_characters_read_as_their_simplified_forms(
        tmp_path: Path, fmt: str) -> None:
    """Decision 195: a Hong Kong branch's export writes 報修人, 聯繫電話, 處理措施."""
    rows = [["報修人", "聯繫電話", "故障說明", "處理措施", "報修日期", "維修師傅"]] + [
        [name, f"1390876{i:04d}", fault, fix, f"2026-06-1{i} 14:00:00", "黃志明"]
        for i, (name, fault, fix) in enumerate([
            ("陳家樂", "冷氣機滴水", "清理排水喉"), ("李美玲", "熱水爐無法點火", "更換點火針"),
            ("張偉強", "洗碗機漏水", "更換門封膠條"), ("何詠詩", "抽油煙機噪音大", "緊固風輪螺絲")])]
    records = read_table(fmt, tmp_path / "hk", rows).records["work_orders"]
    assert [r["customer_name"] for r in records] == ["陳家樂", "李美玲", "張偉強", "何詠詩"]
    assert records[1]["customer_phone"] == "13908760001"
    assert records[2]["resolution"] == "更換門封膠條"
    assert records[3]["technician"] == "黃志明"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_staff_list_in_traditional_characters_is_no_work_orders(
        tmp_path: Path, fmt: str) -> None:
    """Must not: read in simplified form, 員工姓名, 職務 and 入職日期 are a staff list's."""
    rows = [["員工姓名", "職務", "聯繫電話", "入職日期"]] + [
        [name, post, f"1390876{i:04d}", f"2024-0{i + 1}-01"]
        for i, (name, post) in enumerate([("陳家樂", "維修技師"), ("李美玲", "客服專員"),
                                          ("張偉強", "維修技師"), ("何詠詩", "倉管")])]
    extracted = read_table(fmt, tmp_path / "staff", rows)
    assert not extracted.records.get("work_orders")
    assert not extracted.records.get("complaints")


def _units(head: list[str], owner: bool) -> list[list[object]]:
    """Monitored boiler units: a number, a model, where it stands, its state, a fault noted
    while it is faulty, and when the row was written; with ``owner``, who reported it."""
    faults = ["", "循环泵异响", "", "燃烧器熄火"]
    return [head] + [
        [f"GL-{700 + i}", f"WNS{2 + i}-1.25", f"锅炉房{i + 1}号位", "故障" if faults[i] else "良好",
         faults[i], f"2026-05-0{i + 1} 06:00:00", *(["邹建国"] if owner else [])]
        for i in range(4)]


_UNIT_HEAD = ["机组编号", "型号", "安装位置", "运行状态", "故障描述", "记录生成时间"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_register_of_units_with_a_fault_column_is_no_work_orders(
        tmp_path: Path, fmt: str) -> None:
    """Decision 196: nobody reported the fault, nobody served it, no step of a service dates
    it: a register of things and their state, not orders."""
    extracted = read_table(fmt, tmp_path / "units", _units(_UNIT_HEAD, owner=False))
    assert not extracted.records.get("work_orders")


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_same_faults_with_whoever_reported_them_are_work_orders(
        tmp_path: Path, fmt: str) -> None:
    """Must read: a reporter beside the fault makes each row a request for service."""
    rows = _units([*_UNIT_HEAD, "报修人"], owner=True)
    records = read_table(fmt, tmp_path / "reports", rows).records["work_orders"]
    assert len(records) == 4
    assert records[1]["issue"] == "循环泵异响"
    assert records[0]["customer_name"] == "邹建国"


def _ward_repairs(head: list[str]) -> list[list[object]]:
    """Repairs asked for by hospital wards, each ward written by its number (1-5), dated when
    reported and when repaired; no fault or remedy column."""
    return [head] + [
        [f"WX-{5100 + i}", f"{1 + i % 5}", ["欧阳丽", "祝成", "骆佳", "蓝天宇", "麦嘉"][i],
         f"2026-04-0{i + 1} 08:15:00", "邵伟", f"2026-04-0{i + 1} 11:40:00"]
        for i in range(5)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_department_column_holds_departments_not_ratings(tmp_path: Path, fmt: str) -> None:
    """Decision 197: 病区科室 (科室: a department) says who asked; its numbers 1-5 are no
    rating, so the repairs are read."""
    rows = _ward_repairs(["维修编号", "病区科室", "报修人", "报修时间", "维修员", "修好时间"])
    records = read_table(fmt, tmp_path / "wards", rows).records["work_orders"]
    assert len(records) == 5
    assert records[4]["customer_name"] == "麦嘉"


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_same_numbers_under_a_rating_label_are_rated_calls(tmp_path: Path, fmt: str) -> None:
    """Must not: headed as the customer's verdict (服务打分), 1-5 with no fault and no remedy
    are rated calls (decision 155), not repairs."""
    rows = _ward_repairs(["维修编号", "服务打分", "报修人", "报修时间", "维修员", "修好时间"])
    assert not read_table(fmt, tmp_path / "rated", rows).records.get("work_orders")


@pytest.mark.parametrize("fmt", FORMATS)
def test_whoever_administers_is_the_technician_only_where_nobody_else_is(
        tmp_path: Path, fmt: str) -> None:
    """Decision 198: 管理员 (the asset's administrator) before 维修员 in column order; the
    repairer did the job. Must not lose the administrator where he is the only staff named."""
    rows = [["维修编号", "管理员", "报修人", "报修时间", "维修员", "修好时间"]] + [
        [f"WX-{5100 + i}", "黎志远", "麦嘉", f"2026-04-0{i + 1} 08:15:00",
         ["邵伟", "柯明"][i % 2], f"2026-04-0{i + 1} 11:40:00"] for i in range(4)]
    records = read_table(fmt, tmp_path / "both", rows).records["work_orders"]
    assert [r["technician"] for r in records] == ["邵伟", "柯明", "邵伟", "柯明"]
    alone = [[cell for j, cell in enumerate(row) if j != 4] for row in rows]
    records = read_table(fmt, tmp_path / "alone", alone).records["work_orders"]
    assert records[0]["technician"] == "黎志远"
