"""report.json: the machine contract, written exactly as the pipeline assembled it."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from preaudit.reports._files import write_private


def dumps_report(report: dict[str, Any]) -> str:
    """The report as indented JSON text, keys in the order the pipeline put them."""
    return json.dumps(_finite(report), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def write_json(report: dict[str, Any], path: Path) -> None:
    """Write report.json as UTF-8, mode 0600 (it holds customers' personal data)."""
    # A lone surrogate from a broken file name or cell cannot be encoded as UTF-8;
    # backslashreplace turns it into a \udXXX escape, which inside a JSON string is valid
    # JSON that reads back as the same code point, so nothing is lost or altered.
    data = dumps_report(report).encode("utf-8", "backslashreplace")
    write_private(Path(path), data)


def _finite(value: Any) -> Any:
    # NaN/Infinity are not JSON; a median over no rows must not make the file unreadable.
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(item) for item in value]
    return value
