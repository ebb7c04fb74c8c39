"""Value semantics shared by the rules: what counts as empty, signed, a valid phone."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from typing import Any

import pandas as pd

from preaudit.model.vocabulary import NOT_SIGNED, PLACEHOLDERS, is_plausible_phone_number
from preaudit.model.vocabulary import phone_digits as shared_phone_digits

_MASK_CHARS = "*＊xX×"


def clean_text(value: object) -> str:
    """Trimmed NFKC text; None/NaN become ''."""
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    if value is pd.NaT:
        return ""
    return unicodedata.normalize("NFKC", str(value)).strip()


def is_blank(value: object) -> bool:
    return clean_text(value).lower() in PLACEHOLDERS


def blank_mask(series: pd.Series) -> pd.Series:
    return map_distinct(series, is_blank).astype(bool)


def map_distinct(series: pd.Series, fn: Callable[[Any], object]) -> pd.Series:
    """``series.map(fn)``, with ``fn`` called once per distinct value of a text column.

    NFKC and a regex per cell were most of the checks' time, and columns repeat their values
    (ratings, names, placeholders). Only for text (and missing) values: there no two
    different values are equal keys, as 1, 1.0 and True would be.
    """
    if pd.api.types.infer_dtype(series, skipna=True) != "string":
        return series.map(fn)
    seen: dict[object, object] = {}

    def once(value: object) -> object:
        try:
            return seen[value]
        except KeyError:
            result = seen[value] = fn(value)
            return result

    return series.map(once)


def is_signed(text: object, image: object) -> bool:
    if not is_blank(image):
        return True
    cleaned = clean_text(text)
    return not is_blank(cleaned) and cleaned not in NOT_SIGNED


def phone_digits(value: object) -> str:
    """Phone as bare digits (mask characters kept), without +86/0086 and separators."""
    return shared_phone_digits(clean_text(value))


def is_masked_phone(value: object) -> bool:
    text = phone_digits(value)
    return any(ch in text for ch in _MASK_CHARS) and sum(ch.isdigit() for ch in text) >= 4


def is_plausible_phone(value: object) -> bool:
    return is_plausible_phone_number(clean_text(value))


def substance_text(value: object) -> str:
    """Text compared for 'identical in substance': trimmed, inner white space removed."""
    return _SPACE.sub("", clean_text(value))


_SPACE = re.compile(r"\s+")
