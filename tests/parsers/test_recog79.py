"""Issue 11, decisions 401-402: what a thin or foreign export says its rows are.

- Rows rated in words under a rating's own label, with nothing told and no kind named, are
  survey responses, though a comment or follow-up column outscores them as complaints or
  work orders (decision 402); a repair list with a satisfaction column stays work orders.
- A register numbering each row as a complaint and dating it is a complaint ledger whose
  cause the export dropped (decision 401); the same register numbered by nothing is not.
- A step's date and its clock in two columns are one instant, whichever the reading took
  first and even where the date cell reads as midnight (decision 402).
Must-read and must-not cases on a workbook and a Word table; the cells are written here.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table, rows_of

_N = 8
_PEOPLE = ["Olivia Brown", "Liam Smith", "Emma Jones", "Noah Wilson", "Ava Taylor", "Lucas Clark",
           "Mia Lewis", "Ethan Hall"]
_PHONES = [f"1391234{5600 + i}" for i in range(_N)]
_VERDICTS = ["Very Satisfied", "Satisfied", "Neutral", "Satisfied", "Very Satisfied", "Dissatisfied",
             "Satisfied", "Very Satisfied"]
_DAYS = [f"2025-05-{10 + i}" for i in range(_N)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_ratings_beside_an_untold_comment_are_survey_responses(tmp_path: Path, fmt: str) -> None:
    """A CSAT export: Rating in words on every row, a comment picked from a few words, who
    answered and when (before: read as complaints by the Feedback Comment)."""
    head = ["Agent Name", "Rating", "Feedback Comment", "Contact Name", "Contact Phone Number",
            "Recorded date"]
    rows = rows_of(head, ["Grace", "Henry"] * (_N // 2), _VERDICTS,
                   ["none", "ok", "none", "fine", "none", "ok", "none", "fine"], _PEOPLE, _PHONES,
                   _DAYS)
    read = read_table(fmt, tmp_path / "csat", rows)
    assert read.records.get("survey_responses") and not read.records.get("complaints")
    assert len(read.records["survey_responses"]) == _N


_FAULTS = ["卫生间天花板渗水", "入户门锁芯卡死", "客厅插座跳闸", "厨房下水道堵塞", "阳台推拉门脱轨",
           "热水器点不着火", "走廊声控灯不亮", "空调外机噪音大"]
_FIXES = ["更换防水层并重新吊顶", "更换锁芯并调试", "更换漏电开关", "疏通管道并清理存水弯", "更换滑轮并校正轨道",
          "清理点火针并更换电池", "更换声控开关", "加装减震垫并紧固支架"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_repair_list_with_a_satisfaction_column_stays_work_orders(tmp_path: Path,
                                                                    fmt: str) -> None:
    """Must not: faults and fixes told row by row beside the customer's verdict: repairs."""
    head = ["客户", "联系电话", "故障描述", "处理结果", "满意度", "报修日期"]
    rows = rows_of(head, ["韩雨桐", "蒋志远", "沈丽娟", "魏国栋", "姚晓红", "陆文涛", "曹美华", "傅建平"],
                   _PHONES, _FAULTS, _FIXES, ["满意", "非常满意"] * (_N // 2), _DAYS)
    read = read_table(fmt, tmp_path / "repairs", rows)
    assert read.kinds == ["work_orders"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_register_numbered_as_complaints_is_a_complaint_ledger(tmp_path: Path,
                                                                 fmt: str) -> None:
    """Complaint No and Created At, with the customer, the product and the completion, and
    no cause exported: complaints whose cause is missing (before: refused, so the ledger was
    called missing)."""
    head = ["Complaint No", "Created At", "Name", "Mobile", "Location", "Product", "Status",
            "Completed At"]
    rows = rows_of(head, [f"CMP-{2300 + i}" for i in range(_N)], _DAYS, _PEOPLE, _PHONES,
                   ["Pune", "Nashik"] * (_N // 2), ["Water purifier RO-7"] * _N, ["Closed"] * _N,
                   [f"2025-05-{20 + i}" for i in range(_N)])
    read = read_table(fmt, tmp_path / "register", rows)
    assert read.kinds == ["complaint_ledger"]
    assert len(read.records["complaints"]) == _N
    assert any("reason" in note for note in read.notes)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_register_numbered_by_nothing_of_complaints_is_none(tmp_path: Path, fmt: str) -> None:
    """Must not: the same columns numbered by a bare No.: customers and their products."""
    head = ["No.", "Created At", "Name", "Mobile", "Location", "Product", "Status"]
    rows = rows_of(head, [str(2300 + i) for i in range(_N)], _DAYS, _PEOPLE, _PHONES,
                   ["Pune", "Nashik"] * (_N // 2), ["Water purifier RO-7"] * _N, ["Active"] * _N)
    read = read_table(fmt, tmp_path / "customers", rows)
    assert "complaint_ledger" not in read.kinds


def _opening_rows(fmt: str, clock_label: str) -> list[list[object]]:
    # a workbook's date cell is a date (read back as midnight); a Word cell is its text
    dates: list[object] = ([datetime(2025, 5, 10 + i) for i in range(_N)] if fmt == "xlsx"
                           else [f"2025-05-{10 + i} 00:00:00" for i in range(_N)])
    head = ["Ticket ID", "Fault Description", "Opening Date", clock_label, "Contact",
            "Resolution Details", "Technician"]
    return rows_of(head, [f"HD-{400 + i}" for i in range(_N)], _FAULTS, dates,
                   [f"{9 + i}:{15 + i}" for i in range(_N)], _PEOPLE, _FIXES,
                   ["Arjun", "Meera"] * (_N // 2))


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_date_and_its_clock_are_one_instant(tmp_path: Path, fmt: str) -> None:
    """Opening Date and Opening Time: the report at 09:15, not at midnight."""
    read = read_table(fmt, tmp_path / "opened", _opening_rows(fmt, "Opening Time"))
    first = read.records["work_orders"][0]
    assert str(first["reported_at"]).startswith("2025-05-10 09:15")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_clock_of_another_step_joins_no_date(tmp_path: Path, fmt: str) -> None:
    """Must not: Opening Date beside the clock of another step (Hold Time) keeps its day."""
    read = read_table(fmt, tmp_path / "held", _opening_rows(fmt, "Hold Time"))
    first = read.records["work_orders"][0]
    assert not str(first["reported_at"]).startswith("2025-05-10 09:15")
