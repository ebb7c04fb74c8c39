"""Issue 11, round 23: survey tables read as other kinds, or read unreadable (decisions
253-254), from content and the form of a label, no new word.

Each mechanism is tested on a workbook and a Word table, with a must-read and a must-not-read
case. The cell contents are written here, not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.model.records import RecordKind
from preaudit.parsers.headers import field_candidates
from tests.parsers.tables import FORMATS, read_table

# ------------- decision 253 (a): a call-back written down differs from one case to the next

_REQUEST_NOS = ["RQ0701", "RQ0702", "RQ0703", "RQ0704", "RQ0705", "RQ0706"]
_FAULTS = ["燃气表不走字", "灶具点火后熄灭", "管道接口有气味", "热水器打不着火", "表具显示欠压",
           "阀门拧不动"]
_ASKED = ["请尽快上门检查", "希望今天处理", "担心漏气请速来", "周末上门", "上午来人", "尽快更换"]
_CALLED_AT = ["2026-07-01 09:12:00", "2026-07-02 14:30:00", "2026-07-04 10:05:00",
              "2026-07-06 16:45:00", "2026-07-08 11:20:00", "2026-07-09 15:10:00"]
_CALLERS = ["13611102345", "15988803412", "18122245670", "13733390871", "17600012389",
            "15211167654"]
_REQUEST_HEAD = ["工单编号", "故障描述", "诉求内容", "申请时间", "主叫号码", "是否评价"]


def _requests(flags: list[str]) -> list[list[object]]:
    return [_REQUEST_HEAD] + [
        [_REQUEST_NOS[i], _FAULTS[i], _ASKED[i], _CALLED_AT[i], _CALLERS[i], flags[i]]
        for i in range(len(_REQUEST_NOS))
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_one_flag_on_every_row_is_no_call_back(tmp_path: Path, fmt: str) -> None:
    """Decision 253: 是否评价 holds 否 on every row, no call-back of anyone; the requests
    with their faults are work orders (before: complaints, by decision 161's preference)."""
    read = read_table(fmt, tmp_path / "requests", _requests(["否"] * 6))
    assert read.kinds == ["work_orders"]
    assert [r["issue"] for r in read.records["work_orders"]] == _FAULTS
    assert "complaints" not in read.records


@pytest.mark.parametrize("fmt", FORMATS)
def test_call_backs_written_down_still_make_complaints(tmp_path: Path, fmt: str) -> None:
    """The same tickets with each caller's verdict written down are decision 161's called-back
    tickets: complaints, as before."""
    verdicts = ["满意", "基本满意", "不满意", "满意", "非常满意", "基本满意"]
    read = read_table(fmt, tmp_path / "called", _requests(verdicts))
    assert read.kinds == ["complaint_ledger"]
    assert "work_orders" not in read.records


# ------------- decision 253 (b): verdicts with nothing handled before them are responses

_OPINION_NOS = ["YJ101", "YJ102", "YJ103", "YJ104", "YJ105", "YJ106"]
_MARKS = ["满意", "非常满意", "一般", "满意", "非常满意", "满意"]
_REMARKS = ["师傅来得很准时", "修得干净利落", "等了两天才来", "态度不错", "很专业", "还可以"]
_ADDED = ["2026-08-01 10:00:00", "2026-08-03 11:30:00", "2026-08-05 09:40:00",
          "2026-08-07 15:20:00", "2026-08-09 16:05:00", "2026-08-11 14:15:00"]
_DONE = ["更换点火针", "紧固接口并检漏", "上门复查无异常", "更换减压阀", "清理喷嘴", "调整表具"]


def _opinions(handled: bool) -> list[list[object]]:
    head = ["意见编号", "满意程度", "意见内容", "增加时间"] + (["处理情况"] if handled else [])
    return [head] + [
        [_OPINION_NOS[i], _MARKS[i], _REMARKS[i], _ADDED[i]] + ([_DONE[i]] if handled else [])
        for i in range(len(_OPINION_NOS))
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_verdicts_with_nothing_handled_are_survey_responses(tmp_path: Path, fmt: str) -> None:
    """Decision 253: 满意程度 on a scale on every row, 意见内容 beside it and no handling: each
    row is a customer's mark on a service (before: complaints, by the raised 意见)."""
    read = read_table(fmt, tmp_path / "opinions", _opinions(handled=False))
    assert read.kinds == ["satisfaction_survey"]
    assert [r["overall"] for r in read.records["survey_responses"]] == _MARKS
    assert "complaints" not in read.records


@pytest.mark.parametrize("fmt", FORMATS)
def test_verdicts_on_a_handling_stay_complaints(tmp_path: Path, fmt: str) -> None:
    """With what was done written beside them, the verdicts are on a handling: a complaint
    ledger's chain, read as before."""
    read = read_table(fmt, tmp_path / "handled", _opinions(handled=True))
    assert read.kinds == ["complaint_ledger"]
    assert "survey_responses" not in read.records


@pytest.mark.parametrize("fmt", FORMATS)
def test_verdicts_under_a_complaint_title_stay_complaints(tmp_path: Path, fmt: str) -> None:
    """A title that names complaints says what the rows are, handling column or not."""
    read = read_table(fmt, tmp_path / "titled", _opinions(handled=False), title="客户投诉登记表")
    assert "survey_responses" not in read.records


# ------------------ decision 254: a label with the legend of its codes after a space

@pytest.mark.parametrize("label", ["评价类型 0 好评 1 差评", "评价类型 1.好评 2.中评 3.差评",
                                   "评价类型 0-好评 1-差评"])
def test_a_code_legend_leaves_the_label_to_speak(label: str) -> None:
    assert "overall" in field_candidates(label, RecordKind.SURVEY_RESPONSE)


@pytest.mark.parametrize("label", ["评价类型 第1版", "评价类型 1好评", "评价类型0好评1差评"])
def test_no_legend_no_reading(label: str) -> None:
    """One code is no legend, and a legend written against the label with no space may be
    part of it: the label reads as nothing, as before."""
    assert field_candidates(label, RecordKind.SURVEY_RESPONSE) == {}


def test_a_legend_names_no_field_written_case_by_case() -> None:
    """A column with a legend holds values picked from it: 满意情况 with its five codes reads
    as no complaint's reason (its head alone would), and as nothing, as before."""
    label = "满意情况 1非常不满意 2不满意 3一般 4比较满意 5非常满意"
    assert field_candidates(label, RecordKind.COMPLAINT) == {}


_ORDER_NOS = ["WX20260801", "WX20260802", "WX20260803", "WX20260804", "WX20260805",
              "WX20260806"]
_REVIEWS = ["好评", "好评", "差评", "好评", "差评", "好评"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_rating_with_its_legend_is_read(tmp_path: Path, fmt: str) -> None:
    """Decision 254: 评价类型 0 好评 1 差评 over good and bad reviews beside the order's number:
    survey responses (before: nothing read, the label with its legend read as nothing)."""
    rows = [["订单编号", "评价类型 0 好评 1 差评", "下单时间"]] + [
        [_ORDER_NOS[i], _REVIEWS[i], _ADDED[i]] for i in range(len(_ORDER_NOS))]
    read = read_table(fmt, tmp_path / "reviews", rows)
    assert read.kinds == ["satisfaction_survey"]
    assert [r["overall"] for r in read.records["survey_responses"]] == _REVIEWS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_legend_over_no_ratings_reads_no_survey(tmp_path: Path, fmt: str) -> None:
    """The same label over written remarks rates nothing: no survey is read from it."""
    rows = [["订单编号", "评价类型 0 好评 1 差评", "下单时间"]] + [
        [_ORDER_NOS[i], _REMARKS[i], _ADDED[i]] for i in range(len(_ORDER_NOS))]
    read = read_table(fmt, tmp_path / "remarks", rows)
    assert "survey_responses" not in read.records


# ---------- decision 253 (c): customers with nothing told, numbered or served are no orders

_SUBSCRIBERS = ["宁波恒达物流有限公司", "奚建国", "华东冷链运输公司", "蒲晓燕", "明远租赁公司", "岑立伟"]
_MODELS = ["解放J6P", "大众帕萨特", "东风天龙", "丰田凯美瑞", "福田欧曼", "本田雅阁"]
_FITTED = ["2026-06-02 10:00:00", "2026-06-05 14:30:00", "2026-06-09 09:15:00",
           "2026-06-12 16:40:00", "2026-06-18 11:05:00", "2026-06-23 15:50:00"]


def _subscribers(extra: tuple[str, list[str]] | None = None) -> list[list[object]]:
    head = ["客户名称", "用户电话", "车辆型号", "安装时间"] + ([extra[0]] if extra else [])
    return [head] + [
        [_SUBSCRIBERS[i], _CALLERS[i], _MODELS[i], _FITTED[i]] + ([extra[1][i]] if extra else [])
        for i in range(len(_SUBSCRIBERS))
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_customers_and_their_things_are_no_work_orders(tmp_path: Path, fmt: str) -> None:
    """Decision 253: a customer, a phone, a model and the date it was fitted, with no number of
    an order, nobody who served and nothing written of a fault or a remedy: a list of
    customers (before: 6 work orders, by 安装 in 安装时间)."""
    read = read_table(fmt, tmp_path / "subscribers", _subscribers())
    assert "work_orders" not in read.records


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("extra", [("工单编号", [f"AZ2606{i:02d}" for i in range(1, 7)]),
                                   ("安装人员", ["甘志强", "卞海", "甘志强", "郜明", "卞海", "郜明"])])
def test_numbered_or_served_installs_are_work_orders(
    tmp_path: Path, fmt: str, extra: tuple[str, list[str]]
) -> None:
    """The same installs with the order's number, or with who fitted each: work orders, as
    before."""
    read = read_table(fmt, tmp_path / "installs", _subscribers(extra))
    assert read.kinds == ["work_orders"]
    assert len(read.records["work_orders"]) == 6
