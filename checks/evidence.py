"""Turn flagged rows into Evidence and Findings (pandera's failure cases as a table)."""

from __future__ import annotations

import math

import pandas as pd

from preaudit.checks.codes import CODES
from preaudit.checks.context import CheckContext
from preaudit.checks.values import blank_mask, map_distinct, phone_digits, substance_text
from preaudit.model.evidence import Evidence
from preaudit.model.findings import Finding


def _opt_int(value: object) -> int | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return int(value)  # type: ignore[call-overload]


def _opt_str(value: object) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value).strip()
    return text or None


def evidence_of(frame: pd.DataFrame) -> list[Evidence]:
    """One Evidence per row, in reading order (file, then position)."""
    return sorted(evidence_rows(frame), key=_evidence_key)


def evidence_rows(frame: pd.DataFrame) -> list[Evidence]:
    """One Evidence per row, in the frame's order."""
    # Column lists zipped, not iterrows(): a Series per row cost 0.3 s on 5,000 survey rows.
    files = [str(value) for value in frame["_file"].tolist()]
    pages, tables, rows = (_opt_ints(frame[name].tolist()) for name in ("_page", "_table", "_row"))
    sheets, ids = (_opt_strs(frame[name].tolist()) for name in ("_sheet", "record_id"))
    return [
        Evidence(file, page, sheet, table, row, record_id)
        for file, page, sheet, table, row, record_id in zip(
            files, pages, sheets, tables, rows, ids, strict=True
        )
    ]


def _opt_ints(values: list[object]) -> list[int | None]:
    # A plain int is the common case: kept without the call (5,000 rows a survey sheet).
    return [value if type(value) is int else _opt_int(value) for value in values]


def _opt_strs(values: list[object]) -> list[str | None]:
    return [(value.strip() or None) if type(value) is str else _opt_str(value) for value in values]


def _evidence_key(e: Evidence) -> tuple[object, ...]:
    return (e.file, e.sheet or "", e.table or 0, e.page or 0, e.row or 0, e.record_id or "")


def make_finding(
    ctx: CheckContext,
    code: str,
    *,
    field: str | None = None,
    evidence: list[Evidence] | None = None,
    **params: object,
) -> Finding:
    """A finding of ``code``; ``params`` are the language-neutral values its message needs."""
    severity = ctx.config.severity_overrides.get(code, CODES[code].severity)
    return Finding(code, severity, field, evidence or [], params)


def rows_finding(
    ctx: CheckContext,
    code: str,
    frame: pd.DataFrame,
    mask: pd.Series,
    *,
    field: str | None = None,
    column: str | None = None,
    **params: object,
) -> list[Finding]:
    """A finding listing every row where ``mask`` holds, or nothing when none does.

    ``column``: the canonical field the rows lack; where their table has no column for it at
    all, the finding names that cause once (``missing_column``) instead of leaving a wall of
    rows unexplained.
    """
    flagged = frame[mask.astype(bool)]
    if flagged.empty:
        return []
    finding = make_finding(
        ctx, code, field=field, evidence=evidence_of(flagged), count=len(flagged), **params
    )
    causes = missing_column_causes(flagged, column) if column else []
    if causes:
        finding.params["missing_column"] = {"field": column, "tables": causes}
    return [finding]


def missing_column_causes(flagged: pd.DataFrame, column: str) -> list[dict[str, object]]:
    """The tables (headers, where) among the flagged rows' sources that have no ``column``."""
    if "_no_column" not in flagged:
        return []
    causes: dict[str, dict[str, object]] = {}
    for cause in flagged["_no_column"]:
        if isinstance(cause, dict) and column in cause.get("fields", ()):
            causes.setdefault(str(cause["where"]), cause)
    return [{"where": where, "headers": cause["headers"]} for where, cause in causes.items()]


def missing_field_findings(
    ctx: CheckContext, code: str, frame: pd.DataFrame, fields: tuple[str, ...]
) -> list[Finding]:
    """One finding per required field that some rows leave empty (placeholders count)."""
    findings: list[Finding] = []
    for name in fields:
        mask = blank_mask(frame[name])
        findings += rows_finding(ctx, code, frame, mask, field=name, column=name, name=name)
    return findings


def record_key(
    frame: pd.DataFrame,
    text: tuple[str, ...] = (),
    phone: str | None = None,
    day: str | None = None,
) -> pd.Series:
    """One comparable key per row: text fields trimmed, the phone as digits, a day as ISO.

    The "same content" of findings.md (substance of a work order, a complaint entry, a
    customer) is always such a key, so every comparison trims and normalises alike.
    """
    parts = [map_distinct(frame[name], substance_text) for name in text]
    if phone:
        parts.append(map_distinct(frame[phone], phone_digits))
    if day:
        parts.append(frame[day].dt.strftime("%Y-%m-%d").fillna(""))
    key = parts[0]
    for part in parts[1:]:
        key = key + "\x1f" + part
    return key


def clashing_numbers(ids: pd.Series, content: pd.Series) -> pd.Series:
    """Rows whose non-empty number is shared with a row of different content.

    The same entry copied into two files (same number, same content) is not a clash.
    """
    numbered = ids != ""
    variants = content[numbered].groupby(ids[numbered]).nunique()
    return numbered & ids.isin(set(variants[variants > 1].index))


def groups_finding(
    ctx: CheckContext, code: str, frame: pd.DataFrame, groups: pd.Series, involved: pd.Series
) -> list[Finding]:
    """A comparison finding: every record involved, and how many groups they form."""
    flagged = frame[involved]
    if flagged.empty:
        return []
    return [
        make_finding(
            ctx,
            code,
            evidence=evidence_of(flagged),
            count=len(flagged),
            groups=int(groups[involved].nunique()),
        )
    ]
