"""summary.csv and summary.html of a batch: one row per package, read from the batch's rows.

Package names come from uploads (folder and zip names), so they are untrusted text: the HTML
is autoescaped under the same Content-Security-Policy as report.html, and every CSV cell that
a spreadsheet would run as a formula is prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from preaudit.reports._files import write_private
from preaudit.reports.view import cap

TEMPLATES = Path(__file__).parent / "templates"
COLUMNS = (
    "package",
    "verdict",
    "major",
    "minor",
    "observation",
    "not_verified",
    "qualifying_work_orders",
    "survey_responses",
    "files",
    "seconds",
    "report",
    "error",
)
# What a spreadsheet may read as the start of a formula (OWASP CSV injection); findings.xlsx
# gives text cells starting so the quote-prefix style.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CELL_LIMIT = 500  # characters per HTML cell; a reason quoting a huge name stays readable
VERDICT_KEYS = ("ready", "needs_rework", "not_ready", "error")


def neutralise(value: object) -> str:
    """The cell as text that no spreadsheet evaluates (OWASP CSV injection)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def summary_csv(rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([neutralise(_cell(row, column)) for column in COLUMNS])
    return buffer.getvalue()


def write_summary_csv(rows: list[dict[str, Any]], path: Path) -> None:
    """UTF-8 with BOM, so Excel shows Chinese package names; mode 0600, atomic."""
    write_private(Path(path), summary_csv(rows).encode("utf-8-sig", "backslashreplace"))


def _cell(row: dict[str, Any], column: str) -> object:
    value = row.get(column)
    if column == "seconds" and isinstance(value, int | float):
        return f"{value:.1f}"
    return value


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_summary_html(
    rows: list[dict[str, Any]],
    *,
    title: str = "preaudit batch",
    seconds: float | None = None,
    per_minute: float | None = None,
) -> str:
    """The summary page; ``seconds``/``per_minute`` (the whole batch) shown when given."""
    view = [_html_row(row) for row in rows]
    totals = {key: sum(1 for row in view if row["verdict_key"] == key) for key in VERDICT_KEYS}
    speed = f"{seconds:.1f} s, {per_minute:.1f} packages/min" if seconds and per_minute else ""
    return (
        _environment()
        .get_template("batch.html.j2")
        .render(
            title=cap(title, CELL_LIMIT), rows=view, totals=totals, columns=COLUMNS, speed=speed
        )
    )


def write_summary_html(
    rows: list[dict[str, Any]],
    path: Path,
    *,
    title: str,
    seconds: float | None = None,
    per_minute: float | None = None,
) -> None:
    html = render_summary_html(rows, title=title, seconds=seconds, per_minute=per_minute)
    write_private(Path(path), html.encode("utf-8"))


def _html_row(row: dict[str, Any]) -> dict[str, Any]:
    verdict = str(row.get("verdict") or "")
    report = row.get("report")
    # A relative link into the package's own folder; quote() leaves no way out of it.
    link = f"{quote(str(report), safe='')}/report.html" if report else ""
    return {
        "verdict_key": verdict if verdict in VERDICT_KEYS else "error",
        "cells": {column: cap(_cell(row, column), CELL_LIMIT) for column in COLUMNS},
        "link": link,
    }
