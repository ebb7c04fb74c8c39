"""Decision 441: an English number abbreviated after what it numbers, and a warranty's term.

Job sheets and complaint registers write Contact No., Tel. No., Mobile No., Model No. and
Job Card No.; the abbreviation is the word number, so the glossary's phrases read them (a
contact's number is the phone). A complaint filed is lodged (Date Filed); a warranty's end
(Warranty End Date, 质保结束日期) is a term set when the goods were sold, no step of the
service. Must-read and must-not cases on a workbook and a Word table; the cells are written here.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from preaudit.parsers.headers import field_candidates
from tests.parsers.tables import FORMATS, read_table, rows_of

_N = 6
_PEOPLE = ["Wei Zhang", "Fang Wang", "Na Li", "Yang Liu", "Jing Chen", "Fan Yang"]
_PHONES = [f"1361234{5600 + i}" for i in range(_N)]
_FAULTS = ["Not cooling", "Water leaking from the drum", "Compressor noise", "No power",
           "Error code E1 shown", "Remote control not working"]
_FIXES = ["Refilled refrigerant", "Replaced drain hose", "Fitted compressor pads",
          "Replaced power board", "Cleaned the sensor", "Replaced the remote"]
_MODELS = ["KFR-35GW", "XQG80-B", "BCD-520", "LED-55", "JSQ24-A", "KFR-26GW"]


def _day(i: int, hour: int) -> str:
    return f"2026-09-{3 + 4 * i:02d} {hour}:{10 + i}"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_job_sheet_numbered_by_abbreviations_is_read(tmp_path: Path, fmt: str) -> None:
    head = ["Job Card No.", "Customer Name", "Contact No.", "Model No.", "Fault Reported",
            "Work Done", "Date Logged", "Date Completed"]
    rows = rows_of(head, [f"JC-{100 + i}" for i in range(_N)], _PEOPLE, _PHONES, _MODELS,
                   _FAULTS, _FIXES, [_day(i, 9) for i in range(_N)],
                   [_day(i, 16) for i in range(_N)])
    read = read_table(fmt, tmp_path / "jobs", rows)
    assert read.kinds == ["work_orders"]
    records = read.records["work_orders"]
    assert [r["record_id"] for r in records] == [f"JC-{100 + i}" for i in range(_N)]
    assert [r["customer_phone"] for r in records] == _PHONES
    assert [r["product"] for r in records] == _MODELS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_warranty_end_is_no_completion(tmp_path: Path, fmt: str) -> None:
    """Must not: the warranty's end beside the job's dates dates no step; the real ones stay."""
    head = ["Ticket No", "Customer Name", "Tel. No.", "Fault Reported", "Work Done",
            "Date Logged", "Warranty End Date", "Date Completed"]
    rows = rows_of(head, [f"T{100 + i}" for i in range(_N)], _PEOPLE, _PHONES, _FAULTS, _FIXES,
                   [_day(i, 9) for i in range(_N)], [f"2028-0{1 + i}-15" for i in range(_N)],
                   [_day(i, 16) for i in range(_N)])
    records = read_table(fmt, tmp_path / "jobs", rows).records["work_orders"]
    assert [r["completed_at"] for r in records] == [
        datetime(2026, 9, 3 + 4 * i, 16, 10 + i) for i in range(_N)]
    assert all(r.get("responded_at") is None for r in records)


@pytest.mark.parametrize(("label", "kind", "field"), [
    ("Mobile No.", "work_orders", "customer_phone"),
    ("Complainant Contact No.", "complaints", "customer_phone"),
    ("Date Filed", "complaints", "received_at"),
    ("Reference No.", "complaints", "record_id"),
])
def test_english_labels_read_as_their_field(label: str, kind: str, field: str) -> None:
    candidates = field_candidates(label, kind)
    assert max(candidates, key=lambda name: candidates[name][0]) == field


@pytest.mark.parametrize("label", ["Warranty End Date", "质保结束日期", "Warranty Status",
                                   "Enquiry Type", "Mode of Complaint"])
def test_warranty_terms_and_sorts_are_no_field(label: str) -> None:
    """Must not: a warranty's term, an enquiry's type and a complaint's way in name no field
    of a work order or a complaint."""
    assert field_candidates(label, "work_orders") == {}
    assert field_candidates(label, "complaints") == {}
