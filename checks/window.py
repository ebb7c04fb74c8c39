"""The audit window and its one-month periods (findings.md, spec README "Window")."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date


def minus_months(day: date, months: int) -> date:
    """Same day of month ``months`` earlier, clamped to that month's end (05-31 − 3 m = 02-28)."""
    total = day.year * 12 + (day.month - 1) - months
    year, month = divmod(total, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


@dataclass(frozen=True)
class Window:
    start: date
    end: date

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def window_for(as_of: date, months: int = 3) -> Window:
    return Window(minus_months(as_of, months), as_of)


def month_periods(as_of: date, months: int = 3) -> list[Window]:
    """[as_of−3m, as_of−2m), [as_of−2m, as_of−1m), [as_of−1m, as_of]; ends stored inclusive."""
    periods = []
    for back in range(months, 0, -1):
        start = minus_months(as_of, back)
        end = minus_months(as_of, back - 1)
        inclusive_end = end if back == 1 else date.fromordinal(end.toordinal() - 1)
        periods.append(Window(start, inclusive_end))
    return periods
