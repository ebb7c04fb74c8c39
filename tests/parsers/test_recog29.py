"""Issue 11, round 29: general words that name a field where only a word could (decisions 266,
267): 群众 (the public) and 评议人 (who appraises) name who raised or rated, 评议 is the act of
appraising, a product's code (产品代码, 商品编码) names the product.

Tested on a workbook and a Word table, a must-read and a must-not-read each. The cell
contents are written here, not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.model.records import RecordKind
from preaudit.parsers.meaning import field_scores
from tests.parsers.tables import FORMATS, assert_unlisted, read_table

_PEOPLE = ["欧阳晓", "皇甫岚", "司马骏", "上官琪", "诸葛伟", "令狐敏"]
_PHONES = ["13900030001", "13800030002", "15000030003", "18600030004", "17700030005",
           "13500030006"]
_DATES = ["2026-07-01 09:00:00", "2026-07-02 10:30:00", "2026-07-03 14:10:00",
          "2026-07-05 08:45:00", "2026-07-06 16:20:00", "2026-07-08 11:05:00"]
_CASES = ["小区路灯连续一周不亮", "楼下餐馆油烟扰民", "自来水水压过低", "道路井盖缺失",
          "公交站台雨棚破损", "夜间施工噪音扰民"]
_ANSWERS = ["已通知供电所更换灯具", "已责令安装油烟净化器", "已调整加压泵运行",
            "已补装井盖并设置警示", "已安排维修雨棚", "已核查并要求停止夜间施工"]
_LEVELS = ["满意", "非常满意", "基本满意", "满意", "不满意", "非常满意"]
_DEPTS = ["市场监管窗口", "社保窗口", "公积金窗口", "不动产窗口", "税务窗口", "医保窗口"]
_CODES = ["RX-520A", "RX-520A", "WH-60B", "KF-35G", "WH-60B", "KF-35G"]
_UNITS = ["SN2026070001", "SN2026070002", "SN2026070003", "SN2026070004", "SN2026070005",
          "SN2026070006"]
_FAULTS = ["开机后不出水", "显示屏无显示", "加热缓慢", "运行噪音大", "漏水", "遥控失灵"]
_FIXES = ["更换进水阀", "更换显示板", "更换加热管", "紧固风扇支架", "更换密封圈", "更换遥控器"]


def test_the_labels_used_here_are_unlisted() -> None:
    assert_unlisted(["诉求群众", "诉求群众联系方式", "评议人", "评议时间", "评议单位",
                     "产品代码", "产品编号", "报修项目", "服务项目"])


# ------------------------------ decision 266: 群众, who brings a case to a public service


def _appeals(name_label: str) -> list[list[object]]:
    rows: list[list[object]] = [["诉求编号", name_label, "诉求群众联系方式", "诉求事项",
                                 "处理结果", "登记时间"]]
    for i in range(len(_PEOPLE)):
        rows.append([f"SQ-{i + 1:04d}", _PEOPLE[i], _PHONES[i], _CASES[i], _ANSWERS[i],
                     _DATES[i]])
    return rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_public_who_appeals_is_the_complainant(tmp_path: Path, fmt: str) -> None:
    """诉求群众: the member of the public who brought the appeal is the customer (before: no
    name read)."""
    read = read_table(fmt, tmp_path / "appeals", _appeals("诉求群众"), title="投诉台账")
    complaints = read.records["complaints"]
    assert [r["customer_name"] for r in complaints] == _PEOPLE
    assert [r["customer_phone"] for r in complaints] == _PHONES


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_public_named_in_a_phone_label_gives_no_name(tmp_path: Path, fmt: str) -> None:
    """Must not: with no name column, the phone column whose label names 群众 stays the phone
    and is never taken for the name."""
    rows = [[cell for n, cell in enumerate(row) if n != 1] for row in _appeals("诉求群众")]
    read = read_table(fmt, tmp_path / "unnamed", rows, title="投诉台账")
    complaints = read.records["complaints"]
    assert all(r.get("customer_name") is None for r in complaints)
    assert [r["customer_phone"] for r in complaints] == _PHONES


# ------------------------------ decision 266: 评议, appraising a service


def _appraisals(head: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [[*head, "服务质量", "办事效率", "评议时间"]]
    for i in range(len(_PEOPLE)):
        cells = {"评议单位": _DEPTS[i], "评议人": _PEOPLE[i]}
        rows.append([*(cells[h] for h in head), _LEVELS[i], _LEVELS[-1 - i], _DATES[i]])
    return rows


def test_appraising_is_a_survey_act_and_its_actor_the_respondent() -> None:
    assert field_scores("评议时间", RecordKind.SURVEY_RESPONSE)["surveyed_at"] == 1.0
    assert "respondent" in field_scores("评议人", RecordKind.SURVEY_RESPONSE)
    assert "respondent" not in field_scores("评议单位", RecordKind.SURVEY_RESPONSE)


@pytest.mark.parametrize("fmt", FORMATS)
def test_who_appraised_is_the_respondent(tmp_path: Path, fmt: str) -> None:
    """评议人 beside the department rated: the citizen who appraised it is the respondent
    (before: none), 评议时间 the survey's date."""
    read = read_table(fmt, tmp_path / "appraised", _appraisals(["评议单位", "评议人"]))
    responses = read.records["survey_responses"]
    assert [r["respondent"] for r in responses] == _PEOPLE
    assert [str(r["surveyed_at"])[:10] for r in responses] == [d[:10] for d in _DATES]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_department_appraised_is_no_respondent(tmp_path: Path, fmt: str) -> None:
    """Must not: with no one named, the department being appraised is never the respondent."""
    read = read_table(fmt, tmp_path / "unnamed", _appraisals(["评议单位"]))
    responses = read.records.get("survey_responses", [])
    assert all(r.get("respondent") is None for r in responses)


# ------------------------------ decision 266: a product's code names the product


def _orders(head: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["工单号", "客户姓名", "联系电话", *head, "故障描述", "处理结果",
                                 "报修时间"]]
    for i in range(len(_PEOPLE)):
        cells = {"产品代码": _CODES[i], "产品编号": _UNITS[i]}
        rows.append([f"WO-{i + 1:04d}", _PEOPLE[i], _PHONES[i], *(cells[h] for h in head),
                     _FAULTS[i], _FIXES[i], _DATES[i]])
    return rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_product_code_is_the_product(tmp_path: Path, fmt: str) -> None:
    """产品代码 (which product, a catalogue's code) is the product (before: unread), and the
    order's own number stays the record id."""
    orders = read_table(fmt, tmp_path / "coded", _orders(["产品代码"])).records["work_orders"]
    assert [r["product"] for r in orders] == _CODES
    assert [r["record_id"] for r in orders] == [f"WO-{i + 1:04d}" for i in range(6)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_product_number_is_no_product(tmp_path: Path, fmt: str) -> None:
    """Must not: 产品编号 (a number, which may count one unit) is never read as the product."""
    orders = read_table(fmt, tmp_path / "numbered", _orders(["产品编号"])).records["work_orders"]
    assert all(r.get("product") is None for r in orders)


# ------------------------------ decision 267: the item of the customer's report is the issue

_SHORT_FAULTS = ["不制冷", "漏水", "不加热", "门锁坏", "灯不亮", "堵塞"]


def _repairs(item_label: str) -> list[list[object]]:
    rows: list[list[object]] = [["业主", item_label, "报修时间", "处理人员", "房号"]]
    for i in range(len(_PEOPLE)):
        rows.append([_PEOPLE[i], _SHORT_FAULTS[i], _DATES[i], ["严立", "滕宇"][i % 2],
                     f"{i + 1}栋{i + 2}0{i + 1}"])
    return rows


def test_an_item_after_the_customers_act_is_the_issue() -> None:
    assert "issue" in field_scores("报修项目", RecordKind.WORK_ORDER)
    for label in ("服务项目", "保养项目", "项目名称", "所属项目"):
        assert "issue" not in field_scores(label, RecordKind.WORK_ORDER), label


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_item_reported_for_repair_is_the_issue(tmp_path: Path, fmt: str) -> None:
    """报修项目 over short faults: what the owner reported is the issue (before: unread)."""
    orders = read_table(fmt, tmp_path / "items", _repairs("报修项目")).records["work_orders"]
    assert [r["issue"] for r in orders] == _SHORT_FAULTS


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_item_of_the_service_is_no_issue(tmp_path: Path, fmt: str) -> None:
    """Must not: 服务项目 (the service's item, no act of the customer) is never the issue."""
    read = read_table(fmt, tmp_path / "service_items", _repairs("服务项目"))
    orders = read.records.get("work_orders", [])
    assert all(r.get("issue") is None for r in orders)


# ------------------------------ decision 267: a count holds a number, never a written field

_GRADES = ["A类", "正常", "无", "A类", "A类", "正常"]


def _visits(head: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["工单号", "客户姓名", "联系电话", "故障描述", *head, "报修时间"]]
    for i in range(len(_PEOPLE)):
        cells = {"解决问题数量": _GRADES[i], "处理结果": _FIXES[i]}
        rows.append([f"WO-{i + 1:04d}", _PEOPLE[i], _PHONES[i], _FAULTS[i],
                     *(cells[h] for h in head), _DATES[i]])
    return rows


def test_a_count_names_no_written_field() -> None:
    for label in ("解决问题数量", "处理次数", "维修件数"):
        scores = field_scores(label, RecordKind.WORK_ORDER)
        assert not {"issue", "resolution"} & scores.keys(), label


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_count_of_problems_solved_is_no_resolution(tmp_path: Path, fmt: str) -> None:
    """Must not: 解决问题数量 (how many problems were solved) is never what was done, whatever
    its cells hold (before: its pick-list was every order's resolution)."""
    orders = read_table(fmt, tmp_path / "counted", _visits(["解决问题数量"])).records["work_orders"]
    assert all(r.get("resolution") is None for r in orders)
    assert [r["issue"] for r in orders] == _FAULTS


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_remedy_beside_a_count_is_the_resolution(tmp_path: Path, fmt: str) -> None:
    """The written remedy beside the count is the resolution."""
    rows = _visits(["解决问题数量", "处理结果"])
    orders = read_table(fmt, tmp_path / "remedied", rows).records["work_orders"]
    assert [r["resolution"] for r in orders] == _FIXES
