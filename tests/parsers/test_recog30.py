"""Issue 11, round 30: a fault or remedy picked from a short list tells no service
(decisions 268-269).

Each mechanism is tested on a workbook and a Word table, with a must-read and a must-not-read
case. The cell contents are written here, not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table

_NAMES = ["林晓峰", "许佳怡", "邵志刚", "程美玲", "蔡文杰", "杜海燕", "钱立新", "孔维娜"]
_PHONES = ["13611102345", "15988803412", "18122245670", "13733390871", "17600012389",
           "15211167654", "13956781234", "18800456712"]
_STAMPS = ["2026-08-01 09:10", "2026-08-03 14:35", "2026-08-05 10:05", "2026-08-07 16:50",
           "2026-08-09 11:20", "2026-08-11 15:45", "2026-08-13 08:30", "2026-08-15 17:05"]
_NOS = ["DD7001", "DD7002", "DD7003", "DD7004", "DD7005", "DD7006", "DD7007", "DD7008"]
# Picked from a list: three values over eight rows, the same few down the column.
_PICKED = ["已回访", "转人工", "已回访", "无应答", "已回访", "转人工", "无应答", "已回访"]
# A fault type picked from a list, as a repair desk's drop-down gives it.
_TYPES = ["不制冷", "漏水", "不制冷", "异响", "不制冷", "漏水", "异响", "不制冷"]
_REASONS = ["占线", "无", "关机", "无", "占线", "无", "关机", "无"]
_ANSWERS = ["满意", "非常满意", "一般", "满意", "不满意", "非常满意", "满意", "一般"]
# Written case by case: what was wrong with each machine.
_FAULTS = ["洗衣机脱水时异响", "冰箱冷藏室结霜", "热水器点火失败", "空调外机漏水", "油烟机吸力弱",
           "燃气灶打不着火", "净水器滤芯报警", "电视开机黑屏"]


# ------------- decision 268: a question picked from a list beside an answer on a scale


def _questionnaire(questions: list[str]) -> list[list[object]]:
    return [["问题内容", "问题选项", "客户姓名", "电话号码", "外呼时间"]] + [
        [questions[i], _ANSWERS[i], _NAMES[i], _PHONES[i], _STAMPS[i]] for i in range(8)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_picked_question_beside_answers_is_a_survey(tmp_path: Path, fmt: str) -> None:
    """Decision 268: 问题内容 read as the fault holds a few values picked from a list, and
    问题选项 beside it the customer's answer on the satisfaction scale: survey responses
    (before: records of unproven kind, work orders or complaints)."""
    read = read_table(fmt, tmp_path / "asked", _questionnaire(_PICKED))
    assert read.kinds == ["satisfaction_survey"]
    responses = read.records["survey_responses"]
    assert [r["respondent"] for r in responses] == _NAMES


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_written_fault_or_a_served_one_is_no_survey(tmp_path: Path, fmt: str) -> None:
    """A fault written case by case beside a rating is no questionnaire; nor is a fault type
    picked from a list where a technician served the order and its completion is dated: the
    rating beside it is the call-back's, and the rows stay work orders."""
    read = read_table(fmt, tmp_path / "faults", _questionnaire(_FAULTS))
    assert "survey_responses" not in read.records
    served = [["维修单号", "故障现象", "维修人员", "客户姓名", "报修时间", "完工时间", "回访"]] + [
        [_NOS[i], _TYPES[i], "王师傅" if i % 2 else "李师傅", _NAMES[i], _STAMPS[i], _STAMPS[i],
         _ANSWERS[i]] for i in range(8)]
    read = read_table(fmt, tmp_path / "served", served)
    assert len(read.records["work_orders"]) == 8


# ------------- decision 269: picked, served by nobody, dated by no step of a service


def _calls(results: list[str], date_label: str, extra: tuple[str, str] | None = None,
           number: str = "订单编号", result: str = "外呼结果") -> list[list[object]]:
    labels = [number, "客户姓名", "产品名称", date_label, result, "失败原因"]
    rows = [[_NOS[i], _NAMES[i], "滚筒洗衣机", _STAMPS[i], results[i], _REASONS[i]]
            for i in range(8)]
    if extra is not None:
        labels.append(extra[0])
        rows = [row + [extra[1]] for row in rows]
    return [labels] + rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_picked_call_results_of_orders_are_no_work_orders(tmp_path: Path, fmt: str) -> None:
    """Decision 269: sales orders with the result of a confirmation call (外呼结果, 失败原因,
    each a few values picked from a list) dated by the row's 创建时间: no work orders (before:
    eight work orders, the call's result read as the remedy)."""
    read = read_table(fmt, tmp_path / "calls", _calls(_PICKED, "创建时间"))
    assert "work_orders" not in read.records


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_told_served_or_dated_service_stays_work_orders(tmp_path: Path, fmt: str) -> None:
    """The same list stays work orders where a remedy is written case by case, where a
    technician is named, where a date is a step of the service (完工时间), or where each row
    is numbered as a work order (工单号). Since decision 472 外呼 is the call-back's outbound
    call, so 外呼结果 is no remedy however it is written: the told remedy is labelled as one."""
    cases = {"told": _calls(_FAULTS, "创建时间", result="处理结果"),
             "served": _calls(_PICKED, "创建时间", ("维修人员", "王师傅")),
             "dated": _calls(_PICKED, "完工时间"),
             "numbered": _calls(_PICKED, "创建时间", number="工单号")}
    for name, rows in cases.items():
        read = read_table(fmt, tmp_path / name, rows)
        assert len(read.records.get("work_orders", [])) == 8, name
