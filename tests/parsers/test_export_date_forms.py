"""Decision 440: date forms that help-desk, ERP and .NET exports write, read in a table.

Jira's CSV writes its default ``dd/MMM/yy h:mm a`` (06/Sep/26 11:20 AM); osTicket and US-locale
Excel text write ``m/d/yy`` (9/6/26 11:20 AM), whose month/day order is settled per column as
for four-digit years (decision 146); an ERP writes its date and time fields side by side
(20260906 11:20:00, 20260906 112000); ASP.NET's JSON writes /Date(1788664800000)/; mail and
spreadsheet locales put "at" between the day and the clock. A register dated so is read with
its dates. Must-nots: a building-unit-room number (5-2-01) and a version (1.2.10) are no dates,
and a column whose every m/d/yy value could be either order stays unread (raw), never guessed.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from preaudit.parsers.normalise import parse_timestamp
from tests.parsers.tables import (
    FORMATS,
    SAMPLE_FAULTS,
    SAMPLE_FIXES,
    SAMPLE_PEOPLE,
    SAMPLE_PHONES,
    read_table,
    rows_of,
)

_N = 6
_DAYS = [3, 8, 13, 17, 22, 28]  # past the 12th, so a column's month/day order is settled
_PEOPLE = SAMPLE_PEOPLE
_PHONES = SAMPLE_PHONES
_FAULTS = SAMPLE_FAULTS
_FIXES = SAMPLE_FIXES
_HEAD = ["工单号", "客户姓名", "联系电话", "故障描述", "处理结果", "报修时间", "完工时间"]


def _stamps(hour: int) -> list[datetime]:
    return [datetime(2026, 9, day, hour, 20 + i) for i, day in enumerate(_DAYS)]


def _dotnet(stamp: datetime) -> str:
    utc = stamp - timedelta(hours=8)  # the records' clock is China time
    return f"/Date({int(utc.replace(tzinfo=UTC).timestamp() * 1000)}+0800)/"


_FORMS = {
    "jira": lambda s: s.strftime("%d/%b/%y %I:%M %p"),
    "us_short_year": lambda s: f"{s.month}/{s.day}/{s:%y} {s.hour % 12 or 12}:{s:%M} {s:%p}",
    "erp_side_by_side": lambda s: s.strftime("%Y%m%d %H:%M:%S"),
    "erp_compact_clock": lambda s: s.strftime("%Y%m%d %H%M%S"),
    "dotnet_json": _dotnet,
    "at_clock": lambda s: f"{s.day} {s:%B %Y} at {s:%H:%M}",
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("form", list(_FORMS))
def test_a_register_dated_as_a_system_exports_is_read_with_its_dates(
        tmp_path: Path, fmt: str, form: str) -> None:
    write = _FORMS[form]
    reported, completed = _stamps(9), _stamps(16)
    rows = rows_of(_HEAD, [f"WO{100 + i}" for i in range(_N)], _PEOPLE, _PHONES, _FAULTS,
                   _FIXES, [write(s) for s in reported], [write(s) for s in completed])
    read = read_table(fmt, tmp_path / "orders", rows)
    assert read.kinds == ["work_orders"]
    records = read.records["work_orders"]
    assert [r["reported_at"] for r in records] == reported
    assert [r["completed_at"] for r in records] == completed


@pytest.mark.parametrize("fmt", FORMATS)
def test_short_years_that_could_be_either_order_stay_unread(tmp_path: Path, fmt: str) -> None:
    """Must not: 9/6/26 … 12/11/26, every value a date both ways, is never guessed."""
    both_ways = [f"{1 + i}/{6 + i}/26 10:20" for i in range(_N)]
    rows = rows_of(_HEAD, [f"WO{100 + i}" for i in range(_N)], _PEOPLE, _PHONES, _FAULTS,
                   _FIXES, both_ways, both_ways)
    records = read_table(fmt, tmp_path / "orders", rows).records["work_orders"]
    assert [r["reported_at"] for r in records] == [None] * _N
    assert [r["_reported_at_raw"] for r in records] == both_ways


@pytest.mark.parametrize("text", ["5-2-01", "12-3-02", "1.2.10", "3.5.26", "20260906 abc",
                                  "Date(12)", "/Date(abc)/", "meet at 10:20"])
def test_rooms_versions_and_words_are_no_dates(text: str) -> None:
    """Must not: a room, a version or a sentence with a clock in it dates nothing."""
    assert parse_timestamp(text) == (None, False)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_room_number_column_is_no_date_column(tmp_path: Path, fmt: str) -> None:
    """Must not: 房号 5-2-01 beside the real dates takes no timestamp; the dates stay."""
    head = ["工单号", "客户姓名", "房号", "故障描述", "处理结果", "报修时间"]
    rooms = [f"{1 + i}-2-{i + 1:02d}" for i in range(_N)]
    rows = rows_of(head, [f"WO{100 + i}" for i in range(_N)], _PEOPLE, rooms, _FAULTS, _FIXES,
                   [f"2026-09-{d:02d} 09:10" for d in _DAYS])
    records = read_table(fmt, tmp_path / "orders", rows).records["work_orders"]
    assert [r["reported_at"].day for r in records] == _DAYS
    assert all(r.get("completed_at") is None and r.get("responded_at") is None for r in records)
