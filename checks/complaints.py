"""Complaint-ledger rules: every entry shows reason → handling → customer feedback."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from preaudit.checks.context import CheckContext
from preaudit.checks.evidence import (
    clashing_numbers,
    groups_finding,
    missing_field_findings,
    record_key,
)
from preaudit.checks.registry import check
from preaudit.checks.values import blank_mask, clean_text
from preaudit.model.findings import Finding
from preaudit.model.records import RecordKind

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
    content = record_key(frame, ("customer_name", "reason"), "customer_phone", "received_at")
    return groups_finding(ctx, "CP_DUPLICATE_ID", frame, ids, clashing_numbers(ids, content))
