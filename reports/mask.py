"""De-identification of what humans see (PIPL Art. 51/73, GB/T 35273-2020 §7.2).

The rule is fail-closed: a value that does not look like what the function expects is starred
out entirely rather than shown, since a phone column may hold anything an applicant typed.
"""

from __future__ import annotations

import re

from preaudit.model.vocabulary import PHONE_LIST_SEPARATORS, phone_digits, split_extension

STARS = "****"

_MOBILE = re.compile(r"^1\d{10}$")
_LANDLINE = re.compile(r"^0\d{9,11}$")
# Municipalities and a few large cities use 3-digit area codes (010, 02x); the rest use 4.
_SHORT_AREA = re.compile(r"^0(?:10|2\d)")

# A district/county ends the part of an address that identifies no one. 小区/社区/园区 etc. are
# residential or business compounds, not districts, so they must not end the cut.
_DISTRICT = re.compile(r"^.{2,20}?(?<![小社园校营厂])(?:区|县|旗)")
_CITY = re.compile(r"^.{2,20}市")


def mask_phone(value: str | None) -> str | None:
    """``13800138000`` -> ``138****8000``; ``021-12345678`` -> ``021****5678``.

    Values that are already masked stay as they are; anything that is not a recognisable
    phone number is starred out completely.
    """
    if value is None:
        return None
    text = str(value).strip()
    if not text or "*" in text:
        return text
    # Several numbers in one cell are masked one by one; split() with a capturing group keeps
    # the separators at odd indices.
    parts = PHONE_LIST_SEPARATORS.split(text)
    return "".join(part if index % 2 else _mask_one_phone(part) for index, part in enumerate(parts))


def _mask_one_phone(part: str) -> str:
    if not part:
        return part
    digits = phone_digits(split_extension(part)[0])
    if _MOBILE.match(digits):
        return digits[:3] + STARS + digits[-4:]
    if _LANDLINE.match(digits):
        area = digits[:3] if _SHORT_AREA.match(digits) else digits[:4]
        return area + STARS + digits[-4:]
    return STARS


def mask_name(value: str | None) -> str | None:
    """``王建国`` -> ``王**``, ``李明`` -> ``李*``; one character -> ``*``."""
    if value is None:
        return None
    text = str(value).strip()
    if not text or "*" in text:
        return text
    if len(text) == 1:
        return "*"
    return text[0] + "*" * min(len(text) - 1, 8)


def mask_address(value: str | None) -> str | None:
    """``上海市浦东新区张江路88号3栋`` -> ``上海市浦东新区****``: keep only down to the district."""
    if value is None:
        return None
    text = str(value).strip()
    if not text or text.endswith(STARS):
        return text
    match = _DISTRICT.match(text) or _CITY.match(text)
    if match is None:
        return STARS
    kept = match.group(0)
    return kept if kept == text else kept + STARS
