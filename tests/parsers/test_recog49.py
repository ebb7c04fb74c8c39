"""Issue 11, round 49: which text is a complaint's, which the office's, and who answered a
survey (decisions 317, 318).

Decision 317: a step of the complaint's course the labels gave a pick-list (案件标题 over 常规,
A类) yields to the column the labels gave the other step whose label reads as this one better
(案件内容) and whose cells tell a case; an opinion the labels read as the feedback, naming
nobody whose it is (转办意见), over measures written out right of the reason is the handling.
Decision 318: where a survey names no respondent, or one whose names repeat as staff's do,
the one column of a role (创建人, 项目负责人ID) over names that never repeat is who answered.
Each case is tested on a workbook and a Word table (the complaint's on a PDF too), with
must-read and must-not-read cases. The cell contents are written here, not drawn from the
generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, WITH_PDF, read_table

_NAMES = ["罗雅琴", "汪德胜", "贺丽萍", "谭家明", "龚晓燕", "邹建伟", "石慧敏", "熊志刚"]
_STAFF = ["柯师傅", "柯师傅", "尹工", "尹工", "柯师傅", "尹工", "柯师傅", "尹工"]
_PHONES = [f"1396613{i:04d}" for i in range(8)]
_PICKED = ["常规", "A类", "无", "常规", "A类", "无", "常规", "A类"]
_CASES = ["热水器安装后漏水三天无人处理", "上门师傅收取额外材料费", "空调维修后仍不制冷",
          "客服承诺回电却没有回电", "预约两次都没有上门", "更换的配件不是原厂件",
          "维修时弄脏地板未清理", "保修期内被要求付费"]
_MEASURES = ["安排师傅当日上门更换密封圈并致歉", "退还材料费并对师傅进行通报批评",
             "派高级技师复修并补充冷媒", "客服主管致电道歉并跟进到底", "优先排单次日上午上门",
             "更换原厂配件并延长保修三个月", "上门清洁并赠送清洗服务一次", "退还维修费用"]
_VERDICTS = ["满意", "非常满意", "基本满意", "满意", "不满意", "满意", "非常满意", "满意"]


def _petitions(title_cells: list[str], last: str = "案件内容") -> list[list[object]]:
    """A register of petitions as received: a title, the petitioner and phone, a type, then
    ``last`` over the cases written out."""
    head = ["案件标题", "信访人", "联系电话", "案件类型", last]
    rows = [[title_cells[i], _NAMES[i], _PHONES[i], _PICKED[(i + 1) % 8], _CASES[i]]
            for i in range(8)]
    return [head] + rows


@pytest.mark.parametrize("fmt", WITH_PDF)
def test_the_cases_content_beside_a_picked_title_is_the_reason(tmp_path: Path, fmt: str) -> None:
    """Decision 317: 案件标题 holds a pick-list (常规, A类, 无) and 案件内容 the cases: the
    case's content is the reason and no handling is read (before: the reason was the
    pick-list and the cases the handling)."""
    complaints = read_table(fmt, tmp_path / "petitions", _petitions(_PICKED)
                            ).records["complaints"]
    assert [r["reason"] for r in complaints] == _CASES
    assert all(r["handling"] is None for r in complaints)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_handlings_own_label_keeps_the_handling(tmp_path: Path, fmt: str) -> None:
    """Must not: a column whose label reads as the handling (处理结果) keeps it beside a
    picked title: it says what was done, not what was raised."""
    rows = _petitions(_PICKED, "处理结果")
    for i, row in enumerate(rows[1:]):
        row[-1] = _MEASURES[i]
    complaints = read_table(fmt, tmp_path / "handled", rows).records["complaints"]
    assert [r["handling"] for r in complaints] == _MEASURES
    assert all(r["reason"] != _MEASURES[i] for i, r in enumerate(complaints))


def _hotline(opinion: str, texts: list[str], problem: str = "问题描述") -> list[list[object]]:
    """A hotline's orders: number, when taken, ``problem`` over the cases, then ``opinion``
    over ``texts`` and a status."""
    head = ["工单编号", "接收时间", problem, opinion, "工单状态"]
    rows = [[f"RX2026081{i}", f"2026-08-{11 + i} 09:30:00", _CASES[i], texts[i],
             "已办结"] for i in range(8)]
    return [head] + rows


@pytest.mark.parametrize("fmt", WITH_PDF)
def test_an_opinion_of_measures_written_out_is_the_handling(tmp_path: Path, fmt: str) -> None:
    """Decision 317: 转办意见 (an opinion, whose the label does not say) over measures
    written out right of the problem is the office's answer, the handling, and no feedback
    (before: the feedback, and no handling)."""
    complaints = read_table(fmt, tmp_path / "hotline", _hotline("转办意见", _MEASURES)
                            ).records["complaints"]
    assert [r["handling"] for r in complaints] == _MEASURES
    assert all(r["feedback"] is None for r in complaints)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("opinion", ["转办意见", "客户意见"])
def test_verdicts_or_the_customers_opinion_are_no_handling(tmp_path: Path, fmt: str,
                                                            opinion: str) -> None:
    """Must not: verdicts (满意) under an opinion are the customer's word back, and an opinion
    the label gives the customer (客户意见) is theirs whatever it says: neither is the handling."""
    texts = _VERDICTS if opinion == "转办意见" else _MEASURES
    complaints = read_table(fmt, tmp_path / "opinion", _hotline(opinion, texts, "投诉内容")
                            ).records["complaints"]
    assert [r["reason"] for r in complaints] == _CASES
    assert all(r["handling"] is None for r in complaints)


def _reviews(author: str, authors: list[str]) -> list[list[object]]:
    """Clients' reviews of the student who served them: the review's key, the student (named
    row after row), the stars, the words, when, and ``author`` over ``authors``."""
    head = ["评价主键", "服务学生姓名", "评价星级", "评价内容", "创建时间", author]
    said = ["很耐心", "准时到达", "讲解清楚", "一般般", "有点慢", "推荐", "很专业", "还行"]
    rows = [[f"{4100 + i}", _STAFF[i], _VERDICTS[i], said[i], f"2026-08-{11 + i} 10:00:00",
             authors[i]] for i in range(8)]
    return [head] + rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_who_created_each_review_is_the_respondent(tmp_path: Path, fmt: str) -> None:
    """Decision 318: 创建人 over names that never repeat wrote each review; the student named
    row after row was rated (before: the student was read as the respondent)."""
    responses = read_table(fmt, tmp_path / "reviews", _reviews("创建人", _NAMES)
                           ).records["survey_responses"]
    assert [r["respondent"] for r in responses] == _NAMES


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("author", ["创建人", "客服"])
def test_repeated_names_or_a_desk_answer_nothing(tmp_path: Path, fmt: str, author: str) -> None:
    """Must not: 创建人 over names that repeat row after row is the staff who keyed them, and
    客服 (the desk) over any names took the answers in: neither is who answered."""
    authors = _STAFF if author == "创建人" else _NAMES
    responses = read_table(fmt, tmp_path / "keyed", _reviews(author, authors)
                           ).records["survey_responses"]
    assert all(r["respondent"] not in _NAMES for r in responses)


def _inspection_reviews(lead: list[str]) -> list[list[object]]:
    """An inspection platform's reviews: the system users' numbers, the job's number, the
    client's project lead (``lead``), the rating and the comment."""
    head = ["创建人ID", "对应的巡检任务ID", "项目负责人ID", "服务评级", "服务评论"]
    rows = [[f"{83310457 + 7 * i}", f"{52120930 + 13 * i}", lead[i], _VERDICTS[i],
             "巡检到位"] for i in range(8)]
    return [head] + rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_project_lead_over_names_is_the_respondent(tmp_path: Path, fmt: str) -> None:
    """Decision 318: no column names the respondent by its label; 项目负责人ID holds names
    that never repeat: the client's lead who rated each job (before: no respondent, so no
    response was valid)."""
    responses = read_table(fmt, tmp_path / "inspections", _inspection_reviews(_NAMES)
                           ).records["survey_responses"]
    assert [r["respondent"] for r in responses] == _NAMES


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_project_lead_over_numbers_names_no_one(tmp_path: Path, fmt: str) -> None:
    """Must not: 项目负责人ID over numbers is no name: no respondent is read."""
    numbers = [f"{61120400 + 3 * i}" for i in range(8)]
    responses = read_table(fmt, tmp_path / "numbered", _inspection_reviews(numbers)
                           ).records["survey_responses"]
    assert all(r["respondent"] is None for r in responses)


_DEVICES = ["燃气热水器", "壁挂空调", "滚筒洗衣机", "双门冰箱", "吸油烟机", "燃气灶", "电热水器",
            "柜式空调"]
_MODELS = ["JSQ25-13WH", "KFR-35GW/B1", "XQG100-B14", "BCD-215TX", "CXW-260-A3", "JZT-Q6",
           "EC6002-MT1", "KFR-72LW/E1"]


def _repair_orders(labels: list[str]) -> list[list[object]]:
    """A supplier's repair orders: number, customer, phone, ``labels`` (设备名称 over the
    device's name, 设备型号 over its model), the fault and the report's date."""
    held = {"设备名称": _DEVICES, "设备型号": _MODELS}
    head = ["报修单号", "客户名称", "联系电话", *labels, "故障现象", "上报日期"]
    rows = [[f"BX2026080{i}", _NAMES[i], _PHONES[i], *(held[label][i] for label in labels),
             _CASES[i], f"2026-08-{11 + i}"] for i in range(8)]
    return [head] + rows


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("order", [["设备名称", "设备型号"], ["设备型号", "设备名称"]])
def test_the_devices_name_is_the_product_before_its_model(tmp_path: Path, fmt: str,
                                                          order: list[str]) -> None:
    """A device's name says what is served, its model which variant of it: beside 设备型号,
    设备名称 is the product, wherever it stands, as 产品名称 is beside 产品型号 (before: the
    model, both exact synonyms and 设备型号 listed first)."""
    orders = read_table(fmt, tmp_path / "orders", _repair_orders(order)).records["work_orders"]
    assert [r["product"] for r in orders] == _DEVICES


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_lone_model_is_the_product(tmp_path: Path, fmt: str) -> None:
    """Must not: with no name of the device beside it, 设备型号 is still the product."""
    orders = read_table(fmt, tmp_path / "models", _repair_orders(["设备型号"])
                        ).records["work_orders"]
    assert [r["product"] for r in orders] == _MODELS
