"""Issue 11, decision 415: more English words of service registers.

- WO is a work order's abbreviation: WO Number numbers the orders; a visit attended on is the
  arrival, so Attended On dates the response.
- Who reviewed or took part in a survey answered it (Reviewer, Participant).
- A job signed off is the customer's sign-off (decision 416): Signoff as one word, and Signed
  Off By names who signed (a participle before By names the doer, Closed By's rule); Response
  By stays a deadline.
Must-read cases on a workbook and a Word table; the cells are written here. The must-not of
decision 412's file (a property desk's Owner) and the row-counter cases of decision 414's hold
beside them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table, rows_of

_N = 6
_PEOPLE = ["Olivia Brown", "Liam Smith", "Emma Jones", "Noah Taylor", "Ava Wilson", "Mia Davies"]
_FAULTS = ["Washer leaks at the door", "Fridge not cooling", "Oven trips the breaker",
           "Dryer drum will not turn", "Dishwasher does not drain", "TV has no picture"]
_FIXES = ["Replaced door seal", "Recharged refrigerant", "Replaced thermostat",
          "Replaced drive belt", "Cleared drain pump", "Replaced power board"]


def _at(day: int, hour: int) -> list[str]:
    return [f"2025-08-{day + i:02d} {hour:02d}:{10 + i}" for i in range(_N)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_wo_number_and_the_visit_attended(tmp_path: Path, fmt: str) -> None:
    head = ["WO Number", "Customer", "Complaint Details", "Action Taken", "Logged On",
            "Attended On", "Closed On", "Technician"]
    numbers = [f"WO-{7700 + i}" for i in range(_N)]
    rows = rows_of(head, numbers, _PEOPLE, _FAULTS, _FIXES, _at(2, 9), _at(2, 11), _at(2, 15),
                   ["Wang Lei", "Li Na"] * (_N // 2))
    read = read_table(fmt, tmp_path / "orders", rows)
    assert read.kinds == ["work_orders"]
    records = read.records["work_orders"]
    assert [r["record_id"] for r in records] == numbers
    assert [r["responded_at"].hour for r in records] == [11] * _N


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_reviewer_answered(tmp_path: Path, fmt: str) -> None:
    head = ["Review ID", "Reviewer", "Review Date", "Overall Rating", "Comments"]
    rows = rows_of(head, [f"R{300 + i}" for i in range(_N)], _PEOPLE, _at(3, 9),
                   ["5", "4", "5", "3", "4", "5"], ["Good"] * _N)
    read = read_table(fmt, tmp_path / "reviews", rows)
    assert read.kinds == ["satisfaction_survey"]
    assert [r["respondent"] for r in read.records["survey_responses"]] == _PEOPLE


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("label", ["Signoff", "Signed Off By"])
def test_a_job_signed_off(tmp_path: Path, fmt: str, label: str) -> None:
    head = ["Job No", "Customer Name", "Fault Reported", "Work Done", "Reported On",
            "Completed On", label]
    rows = rows_of(head, [f"J{500 + i}" for i in range(_N)], _PEOPLE, _FAULTS, _FIXES,
                   _at(4, 9), _at(4, 15), ["Yes"] * _N)
    read = read_table(fmt, tmp_path / "jobs", rows)
    assert read.kinds == ["work_orders"]
    assert [r["signature"] for r in read.records["work_orders"]] == ["Yes"] * _N
