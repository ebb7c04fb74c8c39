"""Cell value normalisation: timestamps, phone numbers and text as Chinese records write them."""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

from preaudit.model.vocabulary import phone_digits, split_extension

# Unix timestamps in CRM exports are absolute; the records mean China time (UTC+8).
_CHINA = timedelta(hours=8)
_UNIX_SECONDS = (1_000_000_000, 9_999_999_999)  # 2001-09 .. 2286: 10 digits
_UNIX_MILLIS = (1_000_000_000_000, 9_999_999_999_999)  # 13 digits

_CN_DIGITS = {
    "〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
_CN_NUMBER = re.compile(r"[〇零○一二两三四五六七八九十]+")

_DATE = re.compile(
    r"(?P<y>\d{4})\s*[-/.年、]\s*(?P<m>\d{1,2})\s*[-/.月、]\s*(?P<d>\d{1,2})(?!\d)\s*[日号]?"
)
_COMPACT_DATE = re.compile(
    r"^(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})"
    r"(?:\s?(?P<h>\d{2})(?P<mi>\d{2})(?P<s>\d{2})?)?$"
)
# An eight-digit day with a clock after it (20260106 10:20:00: an ERP's date and time fields
# written side by side, decision 440), read as the dashed day it is.
_COMPACT_DAY_CLOCK = re.compile(r"^(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})\s+(?=\d{1,2}:)")
# .NET's JSON date, as ASP.NET services and their exports write it: /Date(1767666000000)/ or
# /Date(1767666000000+0800)/, milliseconds since 1970 UTC (the offset says only where it was
# written; the instant is the same), decision 440.
_DOTNET_DATE = re.compile(r"^/?Date\((?P<ms>\d{10,13})(?:[+-]\d{4})?\)/?$", re.IGNORECASE)
# A word between a date and its time of day (6 September 2026 at 11:20, Sep 6, 2026 at
# 11:20 AM: spreadsheet and mail-client locales), decision 440.
_AT_CLOCK = re.compile(r"(?<=\d),?\s+at\s+(?=\d{1,2}[:.]\d)", re.IGNORECASE)
# Java's Date.toString(): Tue Jan 06 10:20:00 CST 2026 (CST there is China Standard Time); a
# wrapped PDF cell read without its breaks may fuse the zone and the year (CST2026).
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
_MONTHS = {name[:3]: number for number, name in enumerate(_MONTH_NAMES, 1)}
_JAVA = re.compile(
    r"^(?:[A-Za-z]{3},?\s*)?(?P<mon>[A-Za-z]{3})[a-z]*\.?\s*(?P<d>\d{1,2}),?\s*"
    r"(?:(?P<y1>\d{4})\s+)?(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*"
    r"(?P<ap>AM|PM|am|pm)?\s*(?:[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?\s*)?(?P<y2>\d{4})?$"
)
# A date run into its time of day (2026-07-3108:41): a wrapped cell or an OCR'd one lost the
# space. Split only where the day has two digits and a valid clock follows.
_FUSED = re.compile(
    r"^(?P<day>\d{4}[-/.]\d{1,2}[-/.]\d{2})(?P<clock>[0-2]?\d:[0-5]\d(?::[0-5]\d)?)$"
)
# Web exports: JavaScript's Date.toString() (Thu Sep 03 2026 10:20:00 GMT+0800 (中国标准时间))
# and RFC 2822 mail/HTTP dates (Thu, 03 Sep 2026 10:20:00 +0800), converted to China time.
_JS_DATE = re.compile(
    r"^(?:[A-Za-z]{3},?\s+)?(?P<mon>[A-Za-z]{3})\s+(?P<d>\d{1,2})\s+(?P<y>\d{4})\s+"
    r"(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*(?P<utc>GMT|UTC)?(?P<zone>[+-]\d{2}:?\d{2})?"
    r"\s*(?:\([^()]*\))?$"
)
_RFC_DATE = re.compile(
    r"^(?:[A-Za-z]{3},?\s*)?(?P<d>\d{1,2})\s+(?P<mon>[A-Za-z]{3})\s+(?P<y>\d{4})\s+"
    r"(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*(?P<utc>GMT|UTC)?(?P<zone>[+-]\d{2}:?\d{2})?$"
)
# A month by its English name, as English-locale exports and Oracle's default NLS write dates
# (decision 413): Dec 7, 2026 and December 7, 2026, 3:45 PM (month first, US); 7 December
# 2026 and 07-Dec-2026 15:45 (day first); 07-DEC-26 (Oracle's DD-MON-RR: a two-digit year is
# this century's). A weekday before it must be the date's; a time of day may follow, after a
# comma. The whole cell must be the date: a sentence starting with one is text (decision 128).
_NAMED_MONTH = re.compile(
    r"^(?:(?P<en>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?:(?P<mon1>[a-z]{3,9})\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?:\s+|-|/)(?P<mon2>[a-z]{3,9})\.?(?:\s+|-|/)"
    r"(?P<y2>\d{4}|\d{2}(?!\d)))(?P<rest>.*)$",
    re.IGNORECASE,
)
# Oracle's DD-MON-RR in a Chinese session: 07-12月-26 (day, month, two-digit year).
_ORACLE_CN = re.compile(
    r"^(?P<d>\d{1,2})-(?P<m>\d{1,2})月\s*-(?P<y>\d{4}|\d{2}(?!\d))(?P<rest>.*)$")
# Oracle's TIMESTAMP clock after such a day: 03.45.00.000000 PM (下午 in a Chinese session)
_ORACLE_CLOCK = re.compile(
    r"^(?P<h>\d{1,2})\.(?P<mi>\d{2})\.(?P<s>\d{2})(?:\.\d+)?\s*(?P<ap>AM|PM|上午|下午)?$",
    re.IGNORECASE)
# ISO 8601 with an offset (2026-01-06T02:20:00Z, …+08:00): converted to China time.
_ISO_OFFSET = re.compile(r"(?P<zone>Z|[+-]\d{2}:?\d{2})$")
# Excel's 1900 date system as exported into General cells: 45930 or 45930.4375 (1982-2064).
_EXCEL_EPOCH = datetime(1899, 12, 30)
_EXCEL_SERIALS = (30_000, 60_000)
_TIME = re.compile(
    r"^\s*(?:T|[,，])?\s*(?P<ap1>上午|下午|中午|晚上|凌晨|早上|AM|PM|am|pm)?\s*"
    r"(?P<h>\d{1,2})\s*[:时点]\s*(?P<mi>\d{1,2})?\s*分?"
    r"(?:\s*[:]\s*(?P<s>\d{1,2})(?:\.\d+)?|\s*(?P<s2>\d{1,2})\s*秒)?"
    r"\s*(?P<ap2>AM|PM|am|pm)?"
)
# A weekday written between the date and its time (2026-09-03 星期四 10:20, 2026/09/03 (Thu)
# 10:20); Chinese numerals are digits by then (星期4). It must name the date's own weekday.
_WEEKDAY = re.compile(
    r"\s*\(?\s*(?:(?:星期|周|礼拜)(?P<cn>[1-7日天])|"
    r"(?P<en>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)\s*\)?",
    re.IGNORECASE,
)
_EN_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_TIME_ONLY = re.compile(
    r"^\s*(?P<h>\d{1,2})\s*[:时点]\s*(?P<mi>\d{1,2})?\s*分?(?::(?P<s>\d{1,2}))?\s*$"
)
_AFTERNOON = {"下午", "晚上", "PM", "pm"}

_PHONE_CHARS = re.compile(r"^[\d\s\-()*+]+$")
_SPACES = re.compile(r"\s+")
# A line break next to a CJK character or full-width punctuation is a wrapped cell (PDF and
# Word cells wrap long text): 在途工单\n，路线 is one phrase, so the break leaves no space.
_CJK = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
_WRAP = re.compile(rf"(?<=[{_CJK}])[ \t]*\n\s*|[ \t]*\n\s*(?=[{_CJK}])")
# Inside Chinese text a break between two digits or letters is a wrap too (都市路8\n80弄).
_WRAP_ALNUM = re.compile(r"(?<=[0-9A-Za-z\-_/.])\n(?=[0-9A-Za-z\-_/.])")
_HAS_CJK = re.compile(rf"[{_CJK}]")
# A code wrapped over lines (BX2026090100\n1): no line break belongs in an id.
_WRAPPED_CODE = re.compile(r"^(?=[^\n]*\d)[A-Za-z0-9\-_/.#]+(?:\n[A-Za-z0-9\-_/.#]+)+$")
# … or broken every few characters by a narrow column (TS\n20\n26\n09), prefix and all.
_SHREDDED_CODE = re.compile(r"^(?=[\s\S]*\d)[A-Za-z0-9\-_/.#]{1,3}(?:\n[A-Za-z0-9\-_/.#]{1,3})+$")


def to_halfwidth(text: str) -> str:
    """Full-width digits, letters, colons and slashes to ASCII (NFKC), e.g. ２０２６／９／３."""
    return unicodedata.normalize("NFKC", text)


def cn_numerals_to_digits(text: str) -> str:
    """二〇二六年九月三日 -> 2026年9月3日 (dates on seals and certificates)."""
    return _CN_NUMBER.sub(lambda match: str(_cn_number(match.group())), text)


def _cn_number(word: str) -> int:
    if "十" not in word:
        # Positional digits, as years are written: 二〇二六 -> 2026.
        return int("".join(str(_CN_DIGITS[ch]) for ch in word))
    tens, _, units = word.partition("十")
    tens_value = _CN_DIGITS.get(tens[-1], 1) if tens else 1
    units_value = _CN_DIGITS.get(units[0], 0) if units else 0
    return tens_value * 10 + units_value


def parse_timestamp(value: object, serial: bool = False) -> tuple[datetime | None, bool]:
    """(timestamp, has_time) from any cell value; (None, False) when it is not a date.

    ``serial``: read a number between 30000 and 60000 (or such a number as text) as an Excel
    serial date, as system exports write dates into General-format cells. Only say so for a
    column whose header names a date: elsewhere 45930 is an amount or an id.
    """
    if serial:
        stamp = _from_excel_serial(value)
        if stamp is not None:
            return stamp, stamp.time() != datetime.min.time()
    if value is None:
        return None, False
    if isinstance(value, datetime):
        return value.replace(tzinfo=None), value.time() != datetime.min.time()
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day), False
    if isinstance(value, bool):
        return None, False
    if isinstance(value, int | float):
        return _from_unix(value), _from_unix(value) is not None
    return _parse_text(str(value))


def _from_excel_serial(value: object) -> datetime | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(to_halfwidth(value).replace("\n", "").strip())
        except ValueError:
            return None
    if not isinstance(value, int | float) or math.isnan(value):
        return None
    if not _EXCEL_SERIALS[0] <= value <= _EXCEL_SERIALS[1]:
        return None
    seconds = round(float(value) * 86_400)
    return _EXCEL_EPOCH + timedelta(seconds=seconds)


def _from_unix(number: float) -> datetime | None:
    if isinstance(number, float) and (math.isnan(number) or not number.is_integer()):
        return None
    if _UNIX_SECONDS[0] <= number <= _UNIX_SECONDS[1]:
        seconds = float(number)
    elif _UNIX_MILLIS[0] <= number <= _UNIX_MILLIS[1]:
        seconds = number / 1000
    else:
        return None
    return (datetime.fromtimestamp(seconds, UTC) + _CHINA).replace(tzinfo=None)


# A wrapped date whose break, read as a space, leaves a number cut: a separator beside the
# space (2026- 09), a one-digit minute before more digits (13:4 5:00), or a lone number that
# is no clock (2026-09-1 3 13:55).
_CUT_NUMBER = re.compile(r"[-/.:]\s|\s[-/.:]|:\d\s+\d|\d\s+\d+(?![\d:])")


# A date column is read twice (its content profile, then each record) and system exports
# repeat dates: remembering the last few thousand texts saves the second parse.
@lru_cache(maxsize=8192)
def _parse_text(raw: str) -> tuple[datetime | None, bool]:
    if "\n" not in raw:
        return _parse_line(raw)
    # A narrow PDF cell wraps a date where the width runs out: at a space (2026-9-1⏎10:05),
    # or inside a number (13:4⏎5:00, 2026-⏎09-03), even mid-word ('Thu S⏎ep 03⏎10:25:').
    # Read the break as the space it replaced unless that cuts a number or a separator off
    # its digits; else as nothing (a day run into its clock is split again by _FUSED).
    spaced = raw.replace("\n", " ")
    if not _CUT_NUMBER.search(spaced):
        stamp, has_time = _parse_line(spaced)
        if stamp is not None:
            return stamp, has_time
    stamp, has_time = _parse_line(raw.replace("\n", ""))
    return (stamp, has_time) if stamp is not None else _parse_line(raw)


def _parse_line(raw: str) -> tuple[datetime | None, bool]:
    text = cn_numerals_to_digits(to_halfwidth(raw)).strip()
    text = _FUSED.sub(r"\g<day> \g<clock>", text)
    if not text:
        return None, False
    dotnet = _DOTNET_DATE.match(text)
    if dotnet is not None:
        text = dotnet["ms"]
    if text.isdigit() and len(text) in (10, 13):
        stamp = _from_unix(int(text))
        return stamp, stamp is not None
    text = _AT_CLOCK.sub(" ", _COMPACT_DAY_CLOCK.sub(r"\g<y>-\g<m>-\g<d> ", text))
    compact = _COMPACT_DATE.match(text)
    if compact:
        return _compact(compact)
    java = _JAVA.match(text)
    if java:
        return _java(java)
    web = _JS_DATE.match(text) or _RFC_DATE.match(text)
    if web:
        return _web(web)
    named = _NAMED_MONTH.match(text) or _ORACLE_CN.match(text)
    if named:
        return _named_month(named)
    zone = _ISO_OFFSET.search(text) if "T" in text or text.endswith("Z") else None
    if zone is not None:
        return _with_offset(text[: zone.start()], zone["zone"])
    match = _DATE.search(text)
    if not match:
        return None, False
    rest = text[match.end():]
    weekday = _WEEKDAY.match(rest)
    if weekday is not None:
        rest = rest[weekday.end():]
    time_match = _TIME.match(rest)
    stamp = _build(match, time_match)
    if stamp is None or (weekday is not None and _weekday_of(weekday) != stamp.weekday()):
        return None, False  # a weekday that is not the date's: one of the two is wrong
    return stamp, time_match is not None


def _named_month(match: re.Match[str]) -> tuple[datetime | None, bool]:
    """Dec 7, 2026 / 7 December 2026 / 07-DEC-26 / 07-12月-26, with a time of day or none."""
    parts = match.groupdict()
    if parts.get("m") is not None:
        day, month, year = parts["d"], int(parts["m"]), parts["y"]
    else:
        month = _month_named(parts["mon1"] or parts["mon2"])
        day, year = parts["d1"] or parts["d2"], parts["y1"] or parts["y2"]
    rest = _ORACLE_CLOCK.sub(r"\g<ap> \g<h>:\g<mi>:\g<s>", parts["rest"].strip()).strip()
    clock = _TIME.match(rest) if rest else None
    if month == 0 or (rest and (clock is None or rest[clock.end():].strip())):
        return None, False
    try:
        base = datetime(int(year) + (2000 if len(year) == 2 else 0), month, int(day))
    except ValueError:
        return None, False
    if parts.get("en") and _en_weekday(parts["en"]) != base.weekday():
        return None, False  # a weekday that is not the date's: one of the two is wrong
    stamp = _at_clock(base, clock)
    return stamp, stamp is not None and clock is not None


def _month_named(name: str) -> int:
    """1-12 for a month's English name or its start (Sep, Sept, September), else 0."""
    number = _MONTHS.get(name[:3].lower(), 0)
    return number if number and _MONTH_NAMES[number - 1].startswith(name.lower()) else 0


def _weekday_of(match: re.Match[str]) -> int:
    """Monday 0 … Sunday 6, from 星期4/周日 or Thu."""
    if match["cn"] is not None:
        return 6 if match["cn"] in "日天7" else int(match["cn"]) - 1
    return _en_weekday(match["en"])


def _en_weekday(name: str) -> int:
    """Monday 0 … Sunday 6, from Thu, Thursday or THU."""
    return _EN_WEEKDAYS.index(name[:3].lower())


def _compact(match: re.Match[str]) -> tuple[datetime | None, bool]:
    """20260106 or 20260106102000 (system exports without separators)."""
    parts = [int(part) for part in match.group("y", "m", "d", "h", "mi", "s") if part]
    try:
        return datetime(*parts), match["h"] is not None  # type: ignore[arg-type]
    except ValueError:
        return None, False


def _java(match: re.Match[str]) -> tuple[datetime | None, bool]:
    month = _MONTHS.get(match["mon"][:3].lower())
    year = match["y1"] or match["y2"]
    if month is None or year is None:
        return None, False
    hour = int(match["h"]) % 12 + 12 if (match["ap"] or "").lower() == "pm" else int(match["h"])
    if (match["ap"] or "").lower() == "am" and hour == 12:
        hour = 0
    try:
        stamp = datetime(
            int(year), month, int(match["d"]), hour, int(match["mi"]), int(match["s"] or 0)
        )
    except ValueError:
        return None, False
    return stamp, True


def _web(match: re.Match[str]) -> tuple[datetime | None, bool]:
    """A JavaScript or RFC 2822 date; with an offset, as China time (no offset: as written)."""
    month = _MONTHS.get(match["mon"].lower())
    if month is None:
        return None, False
    try:
        stamp = datetime(int(match["y"]), month, int(match["d"]), int(match["h"]),
                         int(match["mi"]), int(match["s"] or 0))
    except ValueError:
        return None, False
    zone = match["zone"] or ("Z" if match["utc"] else None)  # a bare GMT is UTC
    return (stamp if zone is None else stamp - _offset(zone) + _CHINA), True


def _offset(zone: str) -> timedelta:
    """+0800, -05:00 or Z as a time delta."""
    if zone == "Z":
        return timedelta(0)
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    return sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))


def _with_offset(text: str, zone: str) -> tuple[datetime | None, bool]:
    """An ISO timestamp with a UTC offset, as China time (the records' own clock)."""
    local, has_time = _parse_text(text.replace("T", " "))
    if local is None:
        return None, False
    return local - _offset(zone) + _CHINA, has_time


def _build(day: re.Match[str], clock: re.Match[str] | None) -> datetime | None:
    try:
        base = datetime(int(day["y"]), int(day["m"]), int(day["d"]))
    except ValueError:
        return None
    return _at_clock(base, clock)


def _at_clock(base: datetime, clock: re.Match[str] | None) -> datetime | None:
    """The day at the time of day ``clock`` reads (上午/下午, AM/PM), or None where it is no
    time of day."""
    if clock is None:
        return base
    hour = int(clock["h"])
    minute = int(clock["mi"] or 0)
    second = int(clock["s"] or clock["s2"] or 0)
    marker = clock["ap1"] or clock["ap2"] or ""
    if marker in _AFTERNOON and hour < 12:
        hour += 12
    elif marker.lower() == "am" and hour == 12:
        hour = 0  # 12:05 AM is five past midnight
    if hour > 23 or minute > 59 or second > 59:
        return None  # a date followed by a number that is not a time of day
    return base.replace(hour=hour, minute=minute, second=second)


# A date written day and month first with the year last (9/23/2026, 23.09.2026, US-locale
# Excel text): month/day or day/month cannot be told from one value where both parts are at
# most 12, so the order is decided per column (decision 146), never per cell.
_NUMERIC_DATE = re.compile(
    r"^(?P<a>\d{1,2})\s*(?P<s1>[-/.])\s*(?P<b>\d{1,2})\s*(?P<s2>[-/.])\s*(?P<y>\d{4}|\d{2})"
    r"(?P<rest>(?:\s+\S.*)?)$"
)
# A two-digit year written last is this century's (9/23/26 2:05 PM: US-locale Excel's short
# date, osTicket's m/d/y), decision 440; only between slashes, as those write it: 5-2-01 is a
# building, unit and room, 1.2.10 a version.
_CENTURY = 2000
MONTH_FIRST, DAY_FIRST = "month/day", "day/month"
# What a column of such dates says: one order, or no order (UNSETTLED: every value could be
# either; CONFLICTING: some can only be month/day and others only day/month).
UNSETTLED, CONFLICTING = "unsettled", "conflicting"


def numeric_date_orders(value: object) -> frozenset[str]:
    """The orders in which a 9/23/2026-shaped value is a real date (empty: not such a value)."""
    match = _numeric_date(value)
    if match is None:
        return frozenset()
    first, second, year = int(match["a"]), int(match["b"]), _full_year(match["y"])
    orders = set()
    for order, (month, day) in ((MONTH_FIRST, (first, second)), (DAY_FIRST, (second, first))):
        try:
            datetime(year, month, day)
        except ValueError:
            continue
        orders.add(order)
    return frozenset(orders)


def date_order_of(values: list[object]) -> str | None:
    """The order of a column's 9/23/2026-shaped dates: MONTH_FIRST where some value can only
    be month/day, DAY_FIRST where some can only be day/month, else UNSETTLED or CONFLICTING;
    None when the column holds no such value."""
    seen = [orders for orders in map(numeric_date_orders, values) if orders]
    if not seen:
        return None
    only = {next(iter(orders)) for orders in seen if len(orders) == 1}
    if len(only) == 2:
        return CONFLICTING
    return only.pop() if only else UNSETTLED


def in_date_order(value: object, order: str) -> object:
    """A 9/23/2026-shaped value rewritten year first in the column's order (2026-09-23 …),
    any other value as it is."""
    match = _numeric_date(value)
    if match is None or order not in numeric_date_orders(value):
        return value
    month, day = (match["a"], match["b"]) if order == MONTH_FIRST else (match["b"], match["a"])
    return f"{_full_year(match['y'])}-{int(month):02d}-{int(day):02d}{match['rest']}"


def _full_year(written: str) -> int:
    """A year as written last in a numeric date: four digits as they are, two this century's."""
    return int(written) + (_CENTURY if len(written) == 2 else 0)


_MAX_NUMERIC_DATE = 40  # characters: a date and a clock, not a sentence

# A month and a day without a year (10月1日, 十月一号 14:30): hand-kept monthly registers name
# the year once, in the title or the sheet name (2026年10月售后维修登记表), never per row.
_YEARLESS = re.compile(r"^(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号](?P<rest>.*)$")
# A year as a title names it: 2026年, 2026-10, 2026年度 (not a longer number such as an id).
_NAMED_YEAR = re.compile(r"(?<!\d)(20\d{2})(?!\d)")


def is_yearless_date(value: object) -> bool:
    """10月1日 (a real month and day, any clock after it) with no year of its own."""
    match = _yearless(value)
    return match is not None and _real_month_day(match)


def with_year(value: object, year: int) -> object:
    """A yearless date given the year its table names (2026年10月1日 14:30); any other value
    as it is, so a date with a year of its own keeps it."""
    match = _yearless(value)
    if match is None or not _real_month_day(match):
        return value
    return f"{year}年{int(match['m'])}月{int(match['d'])}日{match['rest']}"


def year_named(text: str) -> int | None:
    """The one year a title or sheet name gives (2026年10月 → 2026); None for none or several."""
    years = set(_NAMED_YEAR.findall(to_halfwidth(text)))
    return int(years.pop()) if len(years) == 1 else None


def _real_month_day(match: re.Match[str]) -> bool:
    return 1 <= int(match["m"]) <= 12 and 1 <= int(match["d"]) <= 31


def _yearless(value: object) -> re.Match[str] | None:
    if not isinstance(value, str) or len(value) > _MAX_NUMERIC_DATE:
        return None
    return _YEARLESS.match(cn_numerals_to_digits(to_halfwidth(value)).strip())


def _numeric_date(value: object) -> re.Match[str] | None:
    if not isinstance(value, str) or len(value) > _MAX_NUMERIC_DATE:
        return None
    match = _NUMERIC_DATE.match(to_halfwidth(value).strip())
    if match is not None and len(match["y"]) == 2 and match["s1"] + match["s2"] != "//":
        return None  # a short year only between slashes (_CENTURY)
    return match


def parse_time_only(value: object) -> tuple[int, int, int] | None:
    """'14:20' or '14时20分' in a column of its own (报修日期 + 报修时间 layouts)."""
    if value is None or isinstance(value, int | float | date):
        return None
    match = _TIME_ONLY.match(to_halfwidth(str(value)))
    if not match:
        return None
    hour, minute, second = int(match["h"]), int(match["mi"] or 0), int(match["s"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return hour, minute, second


def normalise_phone(value: object) -> str | None:
    """Digits only for anything that looks like a phone number; other text is kept as is.

    +86 / 0086 / 86 prefixes go so checks see the 11-digit mobile; masked digits ('*') stay,
    since a masked number is neither valid nor invalid to the checks.
    """
    text = normalise_text(value)
    if text is None:
        return None
    text = to_halfwidth(text).strip()
    number, extension = split_extension(text)
    if not _PHONE_CHARS.match(number):
        return text
    digits = phone_digits(number)
    # One spelling of an extension for every reader: 021-64851234-801 → 02164851234转801.
    return (f"{digits}转{extension}" if extension else digits) or None


def normalise_text(value: object) -> str | None:
    """Trimmed text with inner white space collapsed; integral numbers without '.0'."""
    if value is None:
        return None
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value.is_integer():
            return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    return _normalise_str(value if isinstance(value, str) else str(value))


# Cells repeat (ratings, names of staff, 已解决 …) and every cell is normalised more than once
# on its way to a record: remembering the last few thousand texts halved a 5,000-row survey.
@lru_cache(maxsize=8192)
def _normalise_str(value: str) -> str | None:
    text = value.strip()
    if _WRAPPED_CODE.match(text) or _SHREDDED_CODE.match(text):
        return text.replace("\n", "")
    if _HAS_CJK.search(text):
        text = _WRAP_ALNUM.sub("", text)
    text = _SPACES.sub(" ", _WRAP.sub("", text)).strip()
    return text or None
