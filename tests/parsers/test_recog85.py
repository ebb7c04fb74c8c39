"""Issue 11, decision 412: English words real service registers use that the glossary lacked.

- A complaint register lodged and redressed: Lodged On dates the complaint, Nature of
  Complaint is its kind (not its reason), Redressal tells how it was handled.
- A CAPA register's Corrective Action is the remedy; a field visit's Departure Time ends it
  and Work Done is the remedy.
- The owner of a case is the agent it belongs to; an Owner beside a property is the customer.
Must-read and must-not cases on a workbook and a Word table; the cells are written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table, rows_of

_N = 8
_PEOPLE = ["Olivia Brown", "Liam Smith", "Emma Jones", "Noah Taylor", "Ava Wilson",
           "Mia Davies", "Lucas Evans", "Ella Thomas"]
_AGENTS = ["Wang Lei", "Li Na"] * (_N // 2)
_PHONES = [f"1381234{5600 + i}" for i in range(_N)]
_FAULTS = ["Washer leaks at the door", "Fridge not cooling", "Oven trips the breaker",
           "Dryer drum will not turn", "Dishwasher does not drain", "TV has no picture",
           "Heater shows error E1", "Air con remote dead"]
_FIXES = ["Replaced door seal", "Recharged refrigerant", "Replaced thermostat",
          "Replaced drive belt", "Cleared drain pump", "Replaced power board",
          "Cleaned sensor", "Replaced remote"]
_COMPLAINTS = ["Engineer arrived two hours late", "Charged more than quoted",
               "Fault returned a week later", "Nobody answered the hotline",
               "Wall tiles damaged", "Waited ten days for a part", "Rude technician",
               "Appointment moved three times"]
_ANSWERS = ["Apologised and refunded the call-out fee", "Refunded the difference",
            "Repaired again free of charge", "Hotline rota changed", "Tiles paid for",
            "Part sent by express", "Technician retrained", "One named scheduler"]


def _at(day: int, hour: int) -> list[str]:
    return [f"2025-07-{day + i:02d} {hour:02d}:{10 + i}" for i in range(_N)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_complaint_lodged_and_redressed(tmp_path: Path, fmt: str) -> None:
    """(before: Lodged On and Redressal unread, Nature of Complaint read as the reason)"""
    head = ["Complaint No", "Complainant Name", "Mobile No", "Nature of Complaint",
            "Complaint Details", "Updated On", "Lodged On", "Redressal", "Status"]
    lodged = _at(2, 9)
    rows = rows_of(head, [f"C{100 + i}" for i in range(_N)], _PEOPLE, _PHONES,
                   ["Service", "Billing"] * (_N // 2), _COMPLAINTS, _at(12, 18), lodged, _ANSWERS,
                   ["Closed"] * _N)
    read = read_table(fmt, tmp_path / "complaints", rows)
    assert read.kinds == ["complaint_ledger"]
    records = read.records["complaints"]
    assert [r["reason"] for r in records] == _COMPLAINTS
    assert [r["handling"] for r in records] == _ANSWERS
    assert [r["received_at"].day for r in records] == [int(d[8:10]) for d in lodged]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_field_visit_departed_with_the_work_done(tmp_path: Path, fmt: str) -> None:
    """(before: the visit's end and its remedy unread)"""
    head = ["Job No", "Customer Name", "Phone", "Fault Reported", "Work Done", "Arrival Time",
            "Departure Time", "Engineer"]
    rows = rows_of(head, [f"J{500 + i}" for i in range(_N)], _PEOPLE, _PHONES, _FAULTS, _FIXES,
                   _at(3, 9), _at(3, 11), _AGENTS)
    read = read_table(fmt, tmp_path / "jobs", rows)
    assert read.kinds == ["work_orders"]
    records = read.records["work_orders"]
    assert [r["resolution"] for r in records] == _FIXES
    assert all(r["completed_at"] is not None for r in records)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_case_owner_is_the_agent(tmp_path: Path, fmt: str) -> None:
    """A CRM's cases: the Case Owner is staff, the Contact Name the customer."""
    head = ["Case Number", "Contact Name", "Case Owner", "Subject", "Corrective Action",
            "Date/Time Opened", "Date/Time Closed"]
    rows = rows_of(head, [f"0000{1000 + i}" for i in range(_N)], _PEOPLE, _AGENTS, _COMPLAINTS,
                   _ANSWERS, _at(4, 9), _at(4, 17))
    read = read_table(fmt, tmp_path / "cases", rows)
    assert read.records
    records = next(iter(read.records.values()))
    assert [r.get("customer_name") for r in records] == _PEOPLE


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_homes_owner_stays_the_customer(tmp_path: Path, fmt: str) -> None:
    """Must not: a property desk's repairs, Owner beside the unit is whose home it is."""
    head = ["Order No", "Unit", "Owner", "Phone", "Fault", "Fix", "Reported At", "Completed At"]
    rows = rows_of(head, [f"R{300 + i}" for i in range(_N)], [f"B{i + 1}-{101 + i}" for i in range(_N)],
                   _PEOPLE, _PHONES, _FAULTS, _FIXES, _at(5, 9), _at(5, 15))
    read = read_table(fmt, tmp_path / "repairs", rows)
    assert read.kinds == ["work_orders"]
    assert [r["customer_name"] for r in read.records["work_orders"]] == _PEOPLE
