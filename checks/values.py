"""Value semantics shared by the rules: what counts as empty, signed, a valid phone."""

from __future__ import annotations

import math
import re
import unicodedata

import pandas as pd

from preaudit.model.vocabulary import NOT_SIGNED, PLACEHOLDERS

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}[2-9]\d{6,7}$")
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
    return series.map(is_blank).astype(bool)


def is_signed(text: object, image: object) -> bool:
    if not is_blank(image):
        return True
    cleaned = clean_text(text)
    return not is_blank(cleaned) and cleaned not in NOT_SIGNED


def phone_digits(value: object) -> str:
    """Phone as bare digits (mask characters kept), without +86/0086 and separators."""
    text = clean_text(value)
    text = re.sub(r"[\s\-()（）.]", "", text)
    for prefix in ("+86", "0086"):
        if text.startswith(prefix):
            text = text[len(prefix) :]
    if len(text) == 13 and text.startswith("86"):
        text = text[2:]
    return text


def is_masked_phone(value: object) -> bool:
    text = phone_digits(value)
    return any(ch in text for ch in _MASK_CHARS) and sum(ch.isdigit() for ch in text) >= 4


def is_plausible_phone(value: object) -> bool:
    text = phone_digits(value)
    return bool(_MOBILE.match(text) or _LANDLINE.match(text))


def substance_text(value: object) -> str:
    """Text compared for 'identical in substance': trimmed, inner white space removed."""
    return re.sub(r"\s+", "", clean_text(value))
