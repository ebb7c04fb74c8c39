"""Decision 443: maintenance names the upkeep and repair of the customer's kit (维保).

A CMMS exports its maintenance requests as Subjects | Requested By | Equipment | Technician |
Request Date | Maintenance Team (Odoo's columns): work orders, though no header says repair.
Must-not: an equipment register with its maintenance dates stays an equipment list, and a
maintenance schedule (what is due when) yields no records. Cells are written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table, rows_of

_N = 6
_PEOPLE = ["Wei Zhang", "Fang Wang", "Na Li", "Yang Liu", "Jing Chen", "Fan Yang"]
_TECHS = ["Hao Zheng", "Ming Qian", "Hao Zheng", "Jun Feng", "Ming Qian", "Jun Feng"]
_ISSUES = ["Air conditioner not cooling", "Washing machine leaking water",
           "Fridge makes a loud noise", "TV does not power on", "Water heater shows E1",
           "Remote control not working"]
_KIT = ["KFR-35GW air conditioner", "XQG80 washer", "BCD-520 fridge", "LED-55 TV",
        "JSQ24 water heater", "KFR-26GW air conditioner"]
_DAYS = [f"2026-09-{3 + 4 * i:02d} 10:{10 + i}" for i in range(_N)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_maintenance_requests_are_work_orders(tmp_path: Path, fmt: str) -> None:
    head = ["Subjects", "Requested By", "Equipment", "Technician", "Request Date",
            "Stage", "Maintenance Team"]
    rows = rows_of(head, _ISSUES, _PEOPLE, _KIT, _TECHS, _DAYS, ["New"] * _N,
                   ["Field Service"] * _N)
    read = read_table(fmt, tmp_path / "requests", rows)
    assert read.kinds == ["work_orders"]
    records = read.records["work_orders"]
    assert [r["issue"] for r in records] == _ISSUES
    assert [r["customer_name"] for r in records] == _PEOPLE
    assert [r["technician"] for r in records] == _TECHS


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_equipment_register_with_maintenance_dates_stays_one(tmp_path: Path, fmt: str) -> None:
    """Must not: the kit's own maintenance dates make no work orders of its list."""
    head = ["Equipment ID", "Equipment Name", "Model", "Quantity", "Purchase Date",
            "Last Maintenance Date", "Next Maintenance Due", "Responsible Person"]
    rows = rows_of(head, [f"EQ-{10 + i}" for i in range(_N)],
                   ["Vacuum pump", "Multimeter", "Leak detector", "Crimping tool",
                    "Refrigerant scale", "Torque wrench"],
                   ["VP-2", "MM-17", "LD-5", "CT-3", "RS-9", "TW-40"], ["2"] * _N,
                   [f"2024-0{1 + i}-15" for i in range(_N)], _DAYS,
                   [f"2027-0{1 + i}-15" for i in range(_N)], _TECHS)
    read = read_table(fmt, tmp_path / "kit", rows)
    assert read.kinds == ["equipment_list"]
    assert read.record_count == 0


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_maintenance_schedule_holds_no_records(tmp_path: Path, fmt: str) -> None:
    """Must not: what is due when, per asset, is a plan, no work order."""
    head = ["Asset", "Maintenance Task", "Frequency", "Last Done", "Next Due", "Assigned To"]
    rows = rows_of(head, _KIT, ["Clean filters"] * _N, ["Monthly"] * _N,
                   [f"2026-08-{3 + i:02d}" for i in range(_N)],
                   [f"2026-10-{3 + i:02d}" for i in range(_N)], _TECHS)
    assert read_table(fmt, tmp_path / "plan", rows).record_count == 0
