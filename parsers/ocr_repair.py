"""Repairs of what OCR does to typed values in table cells — only where the result is certain.

Applied to the text of one OCR'd cell (parsers/scan_layout.py), never to digital text. Every
repair must turn the cell into something that *parses*; when it would not, the text stays as
read (and a date that stays unreadable is reported as such, with the text a person can check).

- A date fused with its time (``2026-07-3108:41``): the digits between the month and the
  colon are split into a day and an hour, and the split is kept only when exactly one split
  gives a real day and hour. A minute must have two digits: ``2026-08-010:3`` has a certain
  date but a garbled time, and a date without its time would silently move the order to
  midnight, so it is left as read (decision 112).
- Look-alike characters inside a timestamp (O/o → 0, l/I/| → 1, full-width colon): only when
  the whole cell then is a valid timestamp or time of day — ``IO:3O`` → ``10:30`` — so a name,
  a model number (``KFR-35GW``) or an address is never touched, and a phone number or an amount
  never becomes a date (their digits have no date separators).
- A record id with a stray trailing full stop or comma (``GD20261001001。``): the punctuation
  is dropped from an id-like token (letters, digits, ``-``/``_``, at least four digits).
"""

from __future__ import annotations

import re
from datetime import datetime

from preaudit.parsers.normalise import parse_time_only, parse_timestamp

_SEPARATOR = r"[-/.年]"
# A date whose day and hour digits ran together: year, month, then 3-4 digits up to a colon.
_FUSED = re.compile(
    rf"^(?P<date>\d{{4}}\s*{_SEPARATOR}\s*\d{{1,2}}\s*[-/.月]\s*)(?P<digits>\d{{3,4}})"
    r"(?P<rest>[:：]\d{1,2}(?:[:：]\d{1,2})?)$"
)
_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "：": ":"})
# Characters a timestamp may hold once look-alikes are mapped: digits, separators, a space.
_TIMESTAMP_CHARS = re.compile(r"^[\d\s\-/.:年月日时分秒]+$")
_HAS_DATE_OR_TIME = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}|^\s*\d{1,2}\s*:\s*\d{2}")
_SHORT_MINUTE = re.compile(r":\d(?!\d)")  # 9:3 — a digit of the minute is lost
_ID_WITH_STOP = re.compile(r"^(?P<id>[A-Za-z0-9][A-Za-z0-9_-]{3,})[.。，,、;；]+$")
_EARLIEST_YEAR, _LATEST_YEAR = 2000, 2099  # a service record's plausible years


def repair_cell(text: str) -> str:
    """The cell's text with certain OCR slips repaired; unchanged when nothing is certain."""
    stripped = text.strip()
    if not stripped:
        return text
    for repair in (_fix_lookalikes, _split_fused, _trim_id):
        fixed = repair(stripped)
        if fixed is not None:
            return fixed
    return text


def _valid_stamp(text: str) -> bool:
    """True for a full timestamp with a plausible year, or for a time of day alone."""
    if _SHORT_MINUTE.search(text):
        return False
    stamp, _ = parse_timestamp(text)
    if stamp is not None:
        return _EARLIEST_YEAR <= stamp.year <= _LATEST_YEAR
    return parse_time_only(text) is not None


def _fix_lookalikes(text: str) -> str | None:
    """``2O26-1O-O1 O9:3O`` → ``2026-10-01 09:30`` (the fused split applied too if needed)."""
    mapped = text.translate(_LOOKALIKES)
    if mapped == text or not _TIMESTAMP_CHARS.match(mapped) or not _HAS_DATE_OR_TIME.search(mapped):
        return None
    if _FUSED.match(mapped):
        return _split_fused(mapped)
    return mapped if _valid_stamp(mapped) else None


def _split_fused(text: str) -> str | None:
    """``2026-07-3108:41`` → ``2026-07-31 08:41`` when exactly one split is a real time."""
    match = _FUSED.match(text)
    if match is None:
        return None
    digits, rest = match["digits"], match["rest"].replace("：", ":")
    if _SHORT_MINUTE.search(rest):  # a minute needs both digits: 0:3 is not a time
        return None
    candidates = []
    for cut in (1, 2):
        day, hour = digits[:cut], digits[cut:]
        if len(hour) > 2 or not day or not hour:
            continue
        joined = f"{match['date']}{day} {hour}{rest}"
        stamp, has_time = parse_timestamp(joined)
        if stamp is not None and has_time and _plausible(stamp, day, hour):
            candidates.append(joined)
    return candidates[0] if len(candidates) == 1 else None


def _plausible(stamp: datetime, day: str, hour: str) -> bool:
    return (stamp.day == int(day) and stamp.hour == int(hour)
            and _EARLIEST_YEAR <= stamp.year <= _LATEST_YEAR)


def _trim_id(text: str) -> str | None:
    """``GD20261001001。`` → ``GD20261001001``: a full stop never ends an id."""
    match = _ID_WITH_STOP.match(text)
    if match is None or sum(ch.isdigit() for ch in match["id"]) < 4:
        return None
    return match["id"]
