"""Display helpers shared by the HTML and workbook renderers: text hygiene and regrouping.

Nothing here computes a new fact; it only cleans, formats and regroups what report.json holds.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Any

from preaudit.reports.i18n import t

SEVERITIES = ("major", "minor", "observation")
LOCATION_KEYS = ("page", "sheet", "table", "row", "record_id")
EVIDENCE_KEYS = ("file", *LOCATION_KEYS)

# Characters XML 1.0 forbids (what openpyxl's ILLEGAL_CHARACTERS_RE matches), U+FFFE/U+FFFF
# which break the xlsx writer at save time, and DEL. They come from broken PDFs and carry no text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
# Lone surrogates (from undecodable file names) cannot be written as UTF-8 at all.
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def clean(value: object) -> str:
    """Any value as text that every output format can carry; None becomes ""."""
    if value is None:
        return ""
    if isinstance(value, float):
        return number(value)
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", str(value)))


def cap(value: object, limit: int) -> str:
    """Clean text, cut to ``limit`` characters with a visible ellipsis when cut."""
    text = clean(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def number(value: object) -> str:
    """24 -> "24", 5.5 -> "5.5", 5.25 -> "5.3"; None or NaN -> ""."""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        return str(int(value)) if value.is_integer() else f"{value:.1f}"
    return clean(value)


def percent(value: object) -> str:
    """A 0..1 rate as "95.0%"; anything else as ""."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return ""
    return "" if not math.isfinite(value) else f"{value * 100:.1f}%"


def as_number(value: object) -> float | None:
    """The value if it is a finite number, else None (bool is not a number here)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def severity_key(value: object) -> str:
    """A severity as one of the known three, for CSS classes and ordering."""
    return value if isinstance(value, str) and value in SEVERITIES else "observation"


def highest_severity(values: Iterable[str]) -> str:
    ranks = [SEVERITIES.index(severity_key(v)) for v in values]
    return SEVERITIES[min(ranks)] if ranks else "observation"


def evidence_list(finding: dict[str, Any]) -> list[dict[str, Any]]:
    """A finding's evidence entries, skipping anything that is not an entry."""
    items = finding.get("evidence") or []
    return [item for item in items if isinstance(item, dict)]


def is_whole_file(evidence: dict[str, Any]) -> bool:
    """Evidence naming a file but no position or record in it (package-level findings)."""
    return all(evidence.get(key) in (None, "") for key in LOCATION_KEYS)


def evidence_key(evidence: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(evidence.get(key) for key in EVIDENCE_KEYS)


def sort_key(key: tuple[Any, ...]) -> tuple[tuple[int, Any], ...]:
    # None sorts first; numbers before text, so mixed columns never compare int with str.
    return tuple(
        (0, 0) if item is None else (1, item) if isinstance(item, int) else (2, str(item))
        for item in key
    )


def location_text(lang: str, evidence: dict[str, Any]) -> str:
    """ "工作表「工单」，第 12 行" / "sheet “工单”, row 12": where in a file, in words."""
    parts = [
        t(lang, f"loc.{key}", value=clean(evidence[key]))
        for key in ("page", "sheet", "table", "row")
        if evidence.get(key) not in (None, "")
    ]
    return t(lang, "loc.sep").join(parts)


def unique(values: Iterable[str]) -> list[str]:
    """Distinct non-empty values in first-seen order."""
    return list(dict.fromkeys(v for v in values if v))
