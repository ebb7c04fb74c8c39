"""Issue 11, seventh round: timestamps by the order of the process (decisions 165-167).

A work order is reported ≤ responded ≤ completed, a complaint received ≤ closed. Date columns
whose labels name no event (时间1, 日期A, 立项时间) take the missing steps by the order of their
dates in the rows; label-mapped steps that run against the process on nearly every row are read
in the order of their dates. Tested on a workbook and a Word table (a PDF ledger where cheap),
with must-read and must-not-read cases, on labels that are no synonym (a test keeps it so).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from preaudit.checks.rules import run_checks
from preaudit.model.records import RecordKind
from preaudit.parsers.date_order import eventless_date_label
from tests.checks.conftest import flagged, make_ctx
from tests.parsers.tables import FORMATS, WITH_PDF, assert_unlisted, read_table

WO = RecordKind.WORK_ORDER

INVENTED = ["时间1", "时间2", "时间3", "日期A", "日期B", "立项时间", "核销时间", "购买日期",
            "保修到期日"]
_BASE = datetime(2026, 9, 1, 9, 0)


def test_the_labels_used_here_are_not_synonyms() -> None:
    assert_unlisted(INVENTED)


def test_which_labels_name_no_event() -> None:
    for label in ("时间1", "日期A", "立项时间", "核销时间", "日期"):
        assert eventless_date_label(label), label
    # an event, a creation or an edit, a plan or a default, a purchase, a warranty, a birth
    for label in ("报修时间", "创建时间", "更新时间", "计划时间", "上门时间(预约)", "购买日期",
                  "保修到期日", "出生日期", "导出时间", "联系电话"):
        assert not eventless_date_label(label), label


def _stamp(day: int, hours: float) -> str:
    return (_BASE + timedelta(days=day, hours=hours)).strftime("%Y-%m-%d %H:%M")


def _orders(times: list[str], steps: list[list[float]], count: int = 5) -> list[list[object]]:
    """A work-order ledger whose date columns hold, per row, the hours after its report."""
    head = ["工单编号", "客户姓名", "联系电话", "故障描述", "处理结果", *times]
    return [head] + [
        [f"GD{i}", f"祁{i}", f"1390000{i:04d}", "空调不制冷", "更换电容",
         *(_stamp(i, hours) for hours in steps[i % len(steps)])] for i in range(count)]


# ------------------------------------------------------------ must read

@pytest.mark.parametrize("fmt", WITH_PDF)
def test_three_unnamed_date_columns_take_the_steps_in_process_order(
        tmp_path: Path, fmt: str) -> None:
    """Written out of process order (the completion first): the dates, not the column
    positions, say which step each is."""
    rows = _orders(["时间1", "时间2", "时间3"], [[30, 0, 2], [48, 1, 3.5]])
    extracted = read_table(fmt, tmp_path / "three", rows)
    records = extracted.records["work_orders"]
    assert len(records) == 5
    assert records[1]["reported_at"] == _BASE + timedelta(days=1, hours=1)
    assert records[1]["responded_at"] == _BASE + timedelta(days=1, hours=3.5)
    assert records[1]["completed_at"] == _BASE + timedelta(days=1, hours=48)
    said = " ".join(extracted.notes)
    assert "column 时间2 names no event; read as reported_at by the order of its dates" in said
    assert "时间1 names no event; read as completed_at" in said
    assert all("_no_column" not in r or "date" not in r["_no_column"]["fields"] for r in records)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_complaints_unknown_receipt_and_closing_words_are_placed_by_order(
        tmp_path: Path, fmt: str) -> None:
    rows = [["投诉编号", "投诉人", "联系电话", "投诉内容", "处理情况", "回访结果", "核销时间",
             "立项时间"]] + [
        [f"TS{i}", f"季{i}", f"1390000{i:04d}", "维修师傅迟到", "已致歉并补偿", "满意",
         _stamp(i, 50), _stamp(i, 0)] for i in range(4)]
    extracted = read_table(fmt, tmp_path / "complaints", rows)
    records = extracted.records["complaints"]
    assert records[2]["received_at"] == _BASE + timedelta(days=2)
    assert records[2]["closed_at"] == _BASE + timedelta(days=2, hours=50)
    assert any("立项时间 names no event; read as received_at" in note for note in extracted.notes)


@pytest.mark.parametrize("fmt", FORMATS)
def test_two_unnamed_columns_beside_a_named_report_fill_the_steps_after_it(
        tmp_path: Path, fmt: str) -> None:
    rows = _orders(["报修时间", "日期A", "日期B"], [[0, 2, 20]])
    records = read_table(fmt, tmp_path / "named", rows).records["work_orders"]
    assert records[3]["reported_at"] == _BASE + timedelta(days=3)
    assert records[3]["responded_at"] == _BASE + timedelta(days=3, hours=2)
    assert records[3]["completed_at"] == _BASE + timedelta(days=3, hours=20)


@pytest.mark.parametrize("fmt", FORMATS)
def test_label_mapped_steps_reversed_on_every_row_are_read_in_date_order(
        tmp_path: Path, fmt: str) -> None:
    """完成时间 always before 报修时间: the labels were misread, not every order late."""
    rows = _orders(["报修时间", "完成时间"], [[24, 0], [30, 2]])
    extracted = read_table(fmt, tmp_path / "reversed", rows)
    records = extracted.records["work_orders"]
    assert records[0]["reported_at"] == _BASE
    assert records[0]["completed_at"] == _BASE + timedelta(hours=24)
    assert any("run against the process" in note for note in extracted.notes)
    findings = run_checks(make_ctx(records))
    assert flagged(findings, "WO_DATE_ORDER") == []


# ------------------------------------------------------------ must not read

@pytest.mark.parametrize("fmt", FORMATS)
def test_a_purchase_date_and_a_warranty_end_take_no_step(tmp_path: Path, fmt: str) -> None:
    head = ["工单编号", "客户姓名", "联系电话", "故障描述", "处理结果", "购买日期", "报修时间",
            "保修到期日"]
    rows = [head] + [
        [f"GD{i}", f"祁{i}", f"1390000{i:04d}", "空调不制冷", "更换电容", f"2025-0{i + 1}-15",
         _stamp(i, 0), f"2028-0{i + 1}-15"] for i in range(5)]
    extracted = read_table(fmt, tmp_path / "purchase", rows)
    records = extracted.records["work_orders"]
    assert records[1]["reported_at"] == _BASE + timedelta(days=1)
    assert [r["responded_at"] for r in records] == [None] * 5
    assert [r["completed_at"] for r in records] == [None] * 5
    assert not any("by the order of its dates" in note for note in extracted.notes)


@pytest.mark.parametrize("fmt", FORMATS)
def test_unnamed_columns_whose_order_changes_from_row_to_row_take_no_step(
        tmp_path: Path, fmt: str) -> None:
    rows = _orders(["时间1", "时间2"], [[0, 5], [5, 0]], count=6)
    extracted = read_table(fmt, tmp_path / "mixed", rows)
    records = extracted.records.get("work_orders", [])
    assert all(r[name] is None for r in records
               for name in ("reported_at", "responded_at", "completed_at"))
    assert any("时间1 holds dates but names no event" in note for note in extracted.notes)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_real_late_completion_is_still_out_of_order(tmp_path: Path, fmt: str) -> None:
    """One row of six completed before it was reported is that row's defect, not a misread."""
    rows = _orders(["报修时间", "完成时间"], [[0, 4]], count=6)
    rows[4][-1] = _stamp(3, -5)  # GD3 "completed" five hours before its report
    extracted = read_table(fmt, tmp_path / "late", rows)
    records = extracted.records["work_orders"]
    assert records[3]["completed_at"] == _BASE + timedelta(days=3, hours=-5)
    assert not any("run against the process" in note for note in extracted.notes)
    assert flagged(run_checks(make_ctx(records)), "WO_DATE_ORDER") == ["GD3"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_excel_serials_under_time_labels_are_ordered_too(tmp_path: Path, fmt: str) -> None:
    """Systems write dates as serial numbers into General cells (46266.61 as text): under a
    label that says time (时间1) they are dates, and their order places them."""
    def serial(day: int, hours: float) -> str:
        return f"{46265 + day + hours / 24:.6f}"  # 46265 = 2026-08-31
    rows = [["投诉编号", "投诉人", "联系电话", "投诉内容", "处理情况", "回访结果", "时间1",
             "时间2"]] + [
        [f"TS{i}", f"季{i}", f"1390000{i:04d}", "维修师傅迟到", "已致歉并补偿", "满意",
         serial(i, 10), serial(i + 2, 15)] for i in range(4)]
    records = read_table(fmt, tmp_path / "serials", rows).records["complaints"]
    assert records[1]["received_at"] == datetime(2026, 9, 1, 10, 0)
    assert records[1]["closed_at"] == datetime(2026, 9, 3, 15, 0)
