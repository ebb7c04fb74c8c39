"""Issue 11, thirteenth round: a table's kind from its structure and content, no new words
(decisions 200-205).

Each mechanism is tested on a workbook and a Word table, with a must-read and a must-not-read
case. No label, synonym or word list was added this round: the tables below use labels the
lexicon already reads, and cell contents written here, not drawn from the generator's pool, so
what decides is the shape of the content (varied or repeated text, dated or not), never a word.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table

# A building's plant: what each row lists is a thing, with its model and maker.
_PLANT = ["冷却塔", "水泵机组", "配电柜", "消防喷淋泵", "新风机组", "排烟风机", "生活水箱", "变压器"]
_MODELS = ["LBCM-100", "KQL80/160", "GGD-2", "XBD5/30", "ZK-20", "HTF-8", "SMC-12", "SCB10-800"]
_MAKERS = ["远大", "凯泉", "正泰", "连成"]
_KEEPERS = ["韩磊", "罗静"]
# What was found and done on each unit: a different story on every row.
_REPAIRS = ["冷却水泵轴承异响，更换轴承", "喷淋管接头渗水，重新紧固", "风机皮带断裂，已更换",
            "配电柜空开跳闸，查明过载后复位", "水箱浮球阀卡死，已更换", "变压器温控器误报警，已校准",
            "控制面板进水，烘干后恢复", "电机绝缘下降，返厂维修"]


def _asset_register(remarks: list[str]) -> list[list[object]]:
    """An asset register with an install date and the unit's keeper: a close call between an
    equipment list and work orders (an install, a technician) by its labels alone."""
    head = ["资产编号", "设备名称", "规格型号", "生产厂家", "购置日期", "安装日期", "维保人员",
            "使用状态", "备注"]
    return [head] + [
        [f"ZC-{301 + i}", _PLANT[i], _MODELS[i], _MAKERS[i % 4], f"2021-0{i + 1}-0{i + 1}",
         f"2021-0{i + 1}-1{i}", _KEEPERS[i % 2], "在用", remarks[i % len(remarks)]]
        for i in range(8)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_close_call_whose_rows_tell_nothing_is_the_lookalike_it_resembles(
        tmp_path: Path, fmt: str) -> None:
    """Decision 200: the register's remark column repeats two routine words; nothing written
    tells one row's event from another's, so the close call goes to the equipment list (a
    material of the spec), not to an unrecognised file."""
    extracted = read_table(fmt, tmp_path / "assets", _asset_register(["季度巡检", "年度检测"]))
    assert not extracted.records.get("work_orders")
    assert "equipment_list" in extracted.kinds


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_close_call_whose_rows_tell_what_was_done_stays_a_close_call(
        tmp_path: Path, fmt: str) -> None:
    """Must not: the same register with a repair written on every row may be a repair log; the
    close call is said (a note naming both kinds), never settled as the equipment list."""
    extracted = read_table(fmt, tmp_path / "assets", _asset_register(_REPAIRS))
    assert not extracted.records.get("work_orders")
    assert "equipment_list" not in extracted.kinds
    assert any("equipment_list" in str(note) and "work_orders" in str(note)
               for note in extracted.notes)


def _plant_register(remarks: list[str]) -> list[list[object]]:
    """A plant register with no date of any step: each unit, its model, place and keeper."""
    head = ["设备编号", "设备名称", "规格型号", "生产厂家", "安装位置", "维保人员", "备注"]
    places = ["A栋屋顶", "B1泵房", "B1配电室", "B2消防泵房", "3层机房", "5层机房", "屋面水箱间",
              "1层变电所"]
    return [head] + [
        [f"SB-{301 + i}", _PLANT[i], _MODELS[i], _MAKERS[i % 4], places[i], _KEEPERS[i % 2],
         remarks[i % len(remarks)]]
        for i in range(8)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_register_with_no_dated_step_and_no_story_is_no_work_order(
        tmp_path: Path, fmt: str) -> None:
    """Decision 201: a unit's keeper (维保人员) and a remark column of two states read as a
    technician and an issue, but no column dates any step and no row tells what went wrong:
    the rows are things, not events, and the register is the equipment list it names."""
    extracted = read_table(fmt, tmp_path / "plant", _plant_register(["在用", "备用"]))
    assert not extracted.records.get("work_orders")
    assert "equipment_list" in extracted.kinds


# Short faults, each row its own: a description however short.
_FAULTS = ["漏水", "不出风", "跳闸", "异响", "不启动", "渗油", "缺相报警", "震动大"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_undated_repair_list_that_tells_each_fault_is_read(tmp_path: Path, fmt: str) -> None:
    """Must read: a repair list with no dates at all, whose faults differ from row to row
    (two or three characters each), is work orders as before; missing dates are findings
    about the orders, not a reason to drop them."""
    rows = [["报修人", "联系电话", "故障现象", "维修人员"]] + [
        [["严冬", "柏青", "池杉", "戈壁"][i % 4], f"1390021{i:04d}", fault, _KEEPERS[i % 2]]
        for i, fault in enumerate(_FAULTS)]
    records = read_table(fmt, tmp_path / "repairs", rows).records["work_orders"]
    assert [record["issue"] for record in records] == _FAULTS
    assert records[0]["reported_at"] is None


# People and places written for these tests.
_PEOPLE = ["严冬", "柏青", "池杉", "戈壁", "韦岚", "闻笛"]
_STREETS = ["杭州市上城区解放路8号", "杭州市西湖区文三路12号", "杭州市滨江区江南大道99号",
            "杭州市拱墅区湖墅南路3号"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_list_of_the_people_who_serve_is_the_staff_list(tmp_path: Path, fmt: str) -> None:
    """Decision 202: refused as work orders (no issue, remedy or date), a table whose rows each name
    a different one of those who serve, with a phone and a card number, is the staff list,
    though no header says roster."""
    rows = [["检修员", "手机号码", "卡号"]] + [
        [person, f"1390021{i:04d}", f"K-22{i:02d}"]
        for i, person in enumerate(_PEOPLE)]
    extracted = read_table(fmt, tmp_path / "people", rows)
    assert not extracted.records.get("work_orders")
    assert "staff_training" in extracted.kinds


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_list_of_places_to_reach_is_the_outlet_list(tmp_path: Path, fmt: str) -> None:
    """Decision 202: a different address and a phone on every row, nobody named as a
    customer: places the customer can reach, the outlet list."""
    rows = [["名称", "联系电话", "地址", "登记时间"]] + [
        [f"第{i + 1}服务部", f"0571-8600{i:04d}", street, f"2025-03-0{i + 1} 10:00:00"]
        for i, street in enumerate(_STREETS)]
    extracted = read_table(fmt, tmp_path / "places", rows)
    assert not extracted.records.get("work_orders")
    assert "service_outlets" in extracted.kinds


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_list_that_names_its_customers_is_no_material(tmp_path: Path, fmt: str) -> None:
    """Must not: the same list naming each row's customer is a customer list, no material of
    the spec; it stays unread and unrecognised (decision 154), never the outlet list."""
    rows = [["客户姓名", "联系电话", "地址", "登记时间"]] + [
        [person, f"1390021{i:04d}", street, f"2025-03-0{i + 1} 10:00:00"]
        for i, (person, street) in enumerate(zip(_PEOPLE, _STREETS, strict=False))]
    extracted = read_table(fmt, tmp_path / "customers", rows)
    assert not extracted.records.get("work_orders")
    assert not extracted.kinds
    assert any("nothing names work orders" in note for note in extracted.notes)


@pytest.mark.parametrize("fmt", FORMATS)
def test_rated_calls_by_named_agents_are_survey_responses_not_a_staff_list(
        tmp_path: Path, fmt: str) -> None:
    """Must not: refused as work orders (rated calls, decision 155), a call list whose agents
    differ from row to row is read as the survey it is; the staff list is only what is left
    when no kind fits (decision 202)."""
    verdicts = ["满意", "一般", "满意", "不满意", "满意", "满意"]
    rows = [["主叫号码", "开始时间", "结束时间", "座席", "评分"]] + [
        [f"1390021{i:04d}", f"2026-05-0{i + 1} 09:00:00", f"2026-05-0{i + 1} 09:05:00", person,
         verdict]
        for i, (person, verdict) in enumerate(zip(_PEOPLE, verdicts, strict=True))]
    extracted = read_table(fmt, tmp_path / "calls", rows)
    assert len(extracted.records["survey_responses"]) == 6
    assert "staff_training" not in extracted.kinds


def _visits(extra: list[str], values: list[list[object]]) -> list[list[object]]:
    """Visits to customers, each with its own number, customer, phone and day, then ``extra``
    columns holding ``values`` row by row."""
    head = ["单号", "客户", "联系电话", "日期", *extra]
    return [head] + [
        [f"D{101 + i}", person, f"1390021{i:04d}", f"2026-05-0{i + 1}", *row]
        for i, (person, row) in enumerate(zip(_PEOPLE, values, strict=False))]


# Four customers' marks, one to five, on being on time, polite and tidy, and overall.
_MARKS = [[5, 4, 5, 5], [4, 4, 3, 4], [5, 5, 5, 5], [3, 2, 4, 3], [5, 4, 4, 4], [2, 3, 3, 2]]


@pytest.mark.parametrize("fmt", FORMATS)
def test_rows_that_carry_marks_on_one_scale_are_survey_responses_whatever_the_labels(
        tmp_path: Path, fmt: str) -> None:
    """Decision 203: no header says rating, survey or call-back (准时, 礼貌, 整洁, 总体), so
    the table was refused as rated calls and read as nothing; its columns of marks on one
    small scale make each row a customer's answers: survey responses, the column labelled
    overall their overall rating and the others items."""
    rows = _visits(["准时", "礼貌", "整洁", "总体"], _MARKS)
    records = read_table(fmt, tmp_path / "marks", rows).records["survey_responses"]
    assert [str(record["overall"]) for record in records] == ["5", "4", "5", "3", "4", "2"]
    assert records[3]["respondent"] == "戈壁"
    assert {str(value) for value in records[3]["items"].values()} == {"3", "2", "4"}


@pytest.mark.parametrize("fmt", FORMATS)
def test_one_column_of_small_counts_makes_no_survey(tmp_path: Path, fmt: str) -> None:
    """Must not: one column of small numbers (件数: how many parcels) may be a count as well
    as a mark; it is not enough to call the rows anyone's ratings."""
    rows = _visits(["件数", "备注"], [[1, ""], [2, ""], [1, ""], [3, ""], [1, ""], [1, ""]])
    extracted = read_table(fmt, tmp_path / "counts", rows)
    assert not extracted.records.get("survey_responses")
    assert not extracted.records.get("work_orders")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_long_undated_repair_list_that_repeats_its_faults_is_read(
        tmp_path: Path, fmt: str) -> None:
    """Must read (decisions 200, 201): forty orders share eight faults, so fewer than half of
    the cells differ; a ledger that long repeats its faults, but eight different ones are more
    than a register's states, and the list is still work orders."""
    rows = [["报修人", "联系电话", "故障现象", "维修人员"]] + [
        [_PEOPLE[i % 6], f"1390021{i:04d}", _FAULTS[i % 8], _KEEPERS[i % 2]] for i in range(40)]
    records = read_table(fmt, tmp_path / "long", rows).records["work_orders"]
    assert len(records) == 40
    assert records[9]["issue"] == _FAULTS[1]


@pytest.mark.parametrize("fmt", FORMATS)
def test_undated_requests_of_named_customers_are_read_however_their_faults_repeat(
        tmp_path: Path, fmt: str) -> None:
    """Must read (decision 201): twelve customers' requests with no date share three faults;
    whoever asked is named on every row, so the rows are requests, not a register."""
    faults = ["漏水", "跳闸", "异响"]
    rows = [["报修人", "故障现象", "维修人员"]] + [
        [f"{_PEOPLE[i % 6]}{i}", faults[i % 3], _KEEPERS[i % 2]] for i in range(12)]
    records = read_table(fmt, tmp_path / "requests", rows).records["work_orders"]
    assert [record["issue"] for record in records] == faults * 4
