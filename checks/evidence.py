"""Turn flagged rows into Evidence and Findings (pandera's failure cases as a table)."""

from __future__ import annotations

import pandas as pd

from preaudit.checks.codes import CODES, render_message, title
from preaudit.checks.context import CheckContext
from preaudit.checks.values import is_blank, phone_digits, substance_text
from preaudit.model.evidence import Evidence
from preaudit.model.findings import Finding


def _opt_int(value: object) -> int | None:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    return int(value)  # type: ignore[call-overload]


def _opt_str(value: object) -> str | None:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    text = str(value).strip()
    return text or None


def evidence_of(frame: pd.DataFrame) -> list[Evidence]:
    """One Evidence per row, in reading order (file, then position)."""
    items = [
        Evidence(
            file=str(row["_file"]),
            page=_opt_int(row["_page"]),
            sheet=_opt_str(row["_sheet"]),
            table=_opt_int(row["_table"]),
            row=_opt_int(row["_row"]),
            record_id=_opt_str(row["record_id"]),
        )
        for _, row in frame.iterrows()
    ]
    return sorted(items, key=_evidence_key)


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
    spec = CODES[code]
    severity = ctx.config.severity_overrides.get(code, spec.severity)
    return Finding(
        code=code,
        severity=severity,
        field=field,
        message=render_message(code, ctx.lang, params),
        evidence=evidence or [],
        params={"title": title(code, ctx.lang), **params},
    )


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
    all, the message names that cause once instead of leaving a wall of rows unexplained.
    """
    flagged = frame[mask.astype(bool)]
    if flagged.empty:
        return []
    finding = make_finding(
        ctx, code, field=field, evidence=evidence_of(flagged), count=len(flagged), **params
    )
    causes = missing_column_causes(flagged, column) if column else []
    if causes:
        finding.message += _cause_text(ctx.lang, column or "", causes)
        finding.params["missing_column"] = causes
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


def _cause_text(lang: str, column: str, causes: list[dict[str, object]]) -> str:
    zh, en = FIELD_NAMES.get(column, (column, column))
    places = "; ".join(f"{cause['where']} ({cause['headers']})" for cause in causes)
    if lang == "zh":
        return f"——原因：表格中没有「{zh}」列：{places}"
    return f" — cause: no column for the {en} among the headers of {places}"


# Canonical fields as the messages name them (zh, en).
FIELD_NAMES = {
    "customer_name": ("客户姓名", "customer name"),
    "customer_phone": ("客户电话", "customer phone"),
    "issue": ("问题描述", "issue description"),
    "resolution": ("处理结果", "resolution"),
    "reason": ("投诉原因", "complaint reason"),
    "handling": ("处理过程", "handling"),
    "feedback": ("客户反馈", "customer feedback"),
    "signature": ("客户签字", "customer signature"),
    "date": ("报修或完成日期", "report or completion date"),  # reported_at, else completed_at
}


def missing_field_findings(
    ctx: CheckContext, code: str, frame: pd.DataFrame, fields: tuple[str, ...]
) -> list[Finding]:
    """One finding per required field that some rows leave empty (placeholders count)."""
    findings: list[Finding] = []
    for name in fields:
        zh, en = FIELD_NAMES[name]
        mask = frame[name].map(is_blank).astype(bool)
        findings += rows_finding(
            ctx, code, frame, mask, field=name, column=name, field_zh=zh, field_en=en
        )
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
    parts = [frame[name].map(substance_text) for name in text]
    if phone:
        parts.append(frame[phone].map(phone_digits))
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
