"""Complaint-ledger rules: every entry shows reason → handling → customer feedback."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from checks.context import CheckContext
from checks.evidence import evidence_of, make_finding, missing_field_findings
from checks.registry import check
from checks.values import blank_mask, clean_text, phone_digits, substance_text
from model.findings import Finding
from model.records import RecordKind

CHAIN = ("reason", "handling", "feedback")


def complaints(ctx: CheckContext) -> pd.DataFrame:
    return ctx.frame(RecordKind.COMPLAINT)


def complete_mask(frame: pd.DataFrame) -> pd.Series:
    mask = pd.Series(True, index=frame.index)
    for name in CHAIN:
        mask &= ~blank_mask(frame[name])
    return mask


@check("CP_MISSING_FIELD")
def missing_link(ctx: CheckContext) -> Iterable[Finding]:
    return missing_field_findings(ctx, "CP_MISSING_FIELD", complaints(ctx), CHAIN)


@check("CP_DUPLICATE_ID")
def duplicate_id(ctx: CheckContext) -> Iterable[Finding]:
    frame = complaints(ctx)
    ids = frame["record_id"].map(clean_text)
    numbered = ids != ""
    # The same entry copied into two files is one complaint, not a clash of numbers.
    content = (
        frame["customer_name"].map(substance_text)
        + "\x1f"
        + frame["customer_phone"].map(phone_digits)
        + "\x1f"
        + frame["reason"].map(substance_text)
        + "\x1f"
        + frame["received_at"].dt.strftime("%Y-%m-%d").fillna("")
    )
    variants = content[numbered].groupby(ids[numbered]).nunique()
    clashing = ids.isin(set(variants[variants > 1].index)) & numbered
    flagged = frame[clashing]
    if flagged.empty:
        return []
    return [
        make_finding(
            ctx,
            "CP_DUPLICATE_ID",
            evidence=evidence_of(flagged),
            count=len(flagged),
            groups=int(ids[clashing].nunique()),
        )
    ]
