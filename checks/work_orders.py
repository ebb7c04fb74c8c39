"""Work-order rules (findings.md "Work orders")."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from preaudit.checks.context import CheckContext
from preaudit.checks.evidence import (
    clashing_numbers,
    groups_finding,
    make_finding,
    missing_field_findings,
    record_key,
    rows_finding,
)
from preaudit.checks.registry import check
from preaudit.checks.signatures import picture_groups
from preaudit.checks.values import (
    blank_mask,
    clean_text,
    is_blank,
    is_masked_phone,
    is_plausible_phone,
    is_signed,
)
from preaudit.checks.window import month_periods
from preaudit.model.findings import Finding
from preaudit.model.records import RecordKind

REQUIRED_FIELDS = ("customer_name", "customer_phone", "issue", "resolution")


def work_orders(ctx: CheckContext) -> pd.DataFrame:
    return ctx.frame(RecordKind.WORK_ORDER)


def dated(frame: pd.DataFrame) -> pd.Series:
    """A work order's date: reported_at, else completed_at (as a day)."""
    return frame["reported_at"].fillna(frame["completed_at"]).dt.normalize()


def in_window_mask(ctx: CheckContext, frame: pd.DataFrame) -> pd.Series:
    days = dated(frame)
    start, end = pd.Timestamp(ctx.window.start), pd.Timestamp(ctx.window.end)
    return days.notna() & (days >= start) & (days <= end)


def substance_key(frame: pd.DataFrame) -> pd.Series:
    """Customer, phone, issue, resolution and reported day, trimmed (findings.md)."""
    return record_key(
        frame, ("customer_name", "issue", "resolution"), "customer_phone", "reported_at"
    )


def record_id_key(frame: pd.DataFrame) -> pd.Series:
    return frame["record_id"].map(clean_text)


def order_keys(ctx: CheckContext) -> tuple[pd.Series, pd.Series]:
    """(record_id_key, substance_key) of every work order, computed once per run: the
    qualifying count and both duplicate rules compare them."""
    return ctx.derived(
        "work_order_keys",
        lambda: (record_id_key(work_orders(ctx)), substance_key(work_orders(ctx))),
    )


def qualifying_mask(ctx: CheckContext) -> pd.Series:
    """In the window, with the four required fields, counted once per number and substance.

    Computed once per run: the count check, the summary and the callback sample share it.
    """
    return ctx.derived("qualifying_work_orders", lambda: _qualifying(ctx, work_orders(ctx)))


def _qualifying(ctx: CheckContext, frame: pd.DataFrame) -> pd.Series:
    mask = in_window_mask(ctx, frame)
    for name in REQUIRED_FIELDS:
        mask &= ~blank_mask(frame[name])
    candidates = frame[mask]
    all_ids, all_substance = order_keys(ctx)
    ids = all_ids.loc[candidates.index]
    # A record without a number cannot repeat a number: give it a unique stand-in.
    ids = ids.where(ids != "", "\x00row" + candidates.index.astype(str))
    once_per_number = candidates[~ids.duplicated()]
    once_per_substance = once_per_number[~all_substance.loc[once_per_number.index].duplicated()]
    result = pd.Series(False, index=frame.index)
    result[once_per_substance.index] = True
    return result


def signed_mask(frame: pd.DataFrame) -> pd.Series:
    return pd.Series(
        [
            is_signed(t, i)
            for t, i in zip(frame["signature"], frame["signature_image"], strict=True)
        ],
        index=frame.index,
        dtype=bool,
    )


@check("WO_COUNT_BELOW_MIN")
def count_below_min(ctx: CheckContext) -> Iterable[Finding]:
    frame = work_orders(ctx)
    if frame.empty:
        return []  # DOC_MISSING work_orders says it; the count finding is optional (findings.md)
    qualifying = int(qualifying_mask(ctx).sum())
    required = ctx.config.min_work_orders
    if qualifying >= required:
        return []
    return [make_finding(ctx, "WO_COUNT_BELOW_MIN", qualifying=qualifying, required=required)]


@check("WO_OUT_OF_WINDOW")
def out_of_window(ctx: CheckContext) -> Iterable[Finding]:
    frame = work_orders(ctx)
    mask = dated(frame).notna() & ~in_window_mask(ctx, frame)
    return rows_finding(
        ctx,
        "WO_OUT_OF_WINDOW",
        frame,
        mask,
        start=ctx.window.start.isoformat(),
        end=ctx.window.end.isoformat(),
    )


@check("WO_DATE_MISSING")
def date_missing(ctx: CheckContext) -> Iterable[Finding]:
    frame = work_orders(ctx)
    return rows_finding(ctx, "WO_DATE_MISSING", frame, dated(frame).isna(), column="date")


@check("WO_MISSING_FIELD")
def missing_field(ctx: CheckContext) -> Iterable[Finding]:
    return missing_field_findings(ctx, "WO_MISSING_FIELD", work_orders(ctx), REQUIRED_FIELDS)


@check("WO_MISSING_SIGNATURE")
def missing_signature(ctx: CheckContext) -> Iterable[Finding]:
    frame = work_orders(ctx)
    return rows_finding(
        ctx, "WO_MISSING_SIGNATURE", frame, ~signed_mask(frame), column="signature"
    )


@check("WO_INVALID_PHONE")
def invalid_phone(ctx: CheckContext) -> Iterable[Finding]:
    frame = work_orders(ctx)
    phones = frame["customer_phone"]
    mask = phones.map(
        lambda v: not is_blank(v) and not is_masked_phone(v) and not is_plausible_phone(v)
    )
    return rows_finding(ctx, "WO_INVALID_PHONE", frame, mask.astype(bool))


def _earlier(
    later: pd.Series, later_time: pd.Series, earlier: pd.Series, earlier_time: pd.Series
) -> pd.Series:
    """later < earlier, comparing days where either side has no time of day."""
    both_timed = later_time & earlier_time
    by_time = later < earlier
    by_day = later.dt.normalize() < earlier.dt.normalize()
    return (both_timed & by_time) | (~both_timed & by_day)


@check("WO_DATE_ORDER")
def date_order(ctx: CheckContext) -> Iterable[Finding]:
    frame = work_orders(ctx)
    reported, r_time = frame["reported_at"], frame["_reported_at_has_time"]
    mask = pd.Series(False, index=frame.index)
    for name in ("responded_at", "completed_at"):
        mask |= _earlier(frame[name], frame[f"_{name}_has_time"], reported, r_time).fillna(False)
    limit = pd.Timestamp(ctx.as_of)
    for name in ("reported_at", "responded_at", "completed_at"):
        mask |= (frame[name].dt.normalize() > limit).fillna(False)
    return rows_finding(ctx, "WO_DATE_ORDER", frame, mask, as_of=ctx.as_of.isoformat())


def committed_hours(ctx: CheckContext) -> float | None:
    """The manifest's response_hours wins over the commitment document (findings.md)."""
    if ctx.manifest.response_hours is not None:
        return float(ctx.manifest.response_hours)
    for fact in ctx.facts.get("service_commitment", []):
        hours = fact.get("response_hours")
        if isinstance(hours, int | float):
            return float(hours)
    return None


def response_hours(frame: pd.DataFrame) -> pd.Series:
    """Hours from report to response; on days (×24) where either side has no time."""
    both_timed = frame["_reported_at_has_time"] & frame["_responded_at_has_time"]
    exact = (frame["responded_at"] - frame["reported_at"]).dt.total_seconds() / 3600
    days = (frame["responded_at"].dt.normalize() - frame["reported_at"].dt.normalize()).dt.days
    return exact.where(both_timed, days * 24)


@check("WO_RESPONSE_LATE")
def response_late(ctx: CheckContext) -> Iterable[Finding]:
    hours = committed_hours(ctx)
    if hours is None:
        return []  # neither manifest nor commitment document: not evaluated (findings.md)
    frame = work_orders(ctx)
    taken = response_hours(frame)
    mask = (taken > hours).fillna(False)
    shown = int(hours) if float(hours).is_integer() else hours
    return rows_finding(ctx, "WO_RESPONSE_LATE", frame, mask, hours=shown)


@check("WO_MONTH_GAP")
def month_gap(ctx: CheckContext) -> Iterable[Finding]:
    frame = work_orders(ctx)
    if frame.empty:
        return []
    days = dated(frame).dropna()
    empty = [
        p
        for p in month_periods(ctx.as_of, ctx.config.window_months)
        if not ((days >= pd.Timestamp(p.start)) & (days <= pd.Timestamp(p.end))).any()
    ]
    if not empty:
        return []
    periods = ", ".join(f"{p.start.isoformat()} – {p.end.isoformat()}" for p in empty)
    return [make_finding(ctx, "WO_MONTH_GAP", periods=periods)]


@check("WO_DUPLICATE_ID")
def duplicate_id(ctx: CheckContext) -> Iterable[Finding]:
    frame = work_orders(ctx)
    ids, substance = order_keys(ctx)
    clashing = clashing_numbers(ids, substance)
    return groups_finding(ctx, "WO_DUPLICATE_ID", frame, ids, clashing)


@check("WO_DUPLICATE_RECORD")
def duplicate_record(ctx: CheckContext) -> Iterable[Finding]:
    frame = work_orders(ctx)
    # Two empty shells are not "identical in substance": need a customer who can be told
    # apart (a name and a phone: one firm's name alone orders many times a day, decision 199)
    # and an issue.
    meaningful = (~blank_mask(frame["customer_name"]) & ~blank_mask(frame["customer_phone"])
                  & ~blank_mask(frame["issue"]))
    ids, keys = order_keys(ctx)
    ids = ids.where(ids != "", "\x00row" + frame.index.astype(str))
    numbers = ids[meaningful].groupby(keys[meaningful]).nunique()
    padded = set(numbers[numbers > 1].index)
    return groups_finding(ctx, "WO_DUPLICATE_RECORD", frame, keys, meaningful & keys.isin(padded))


@check("WO_SIGNATURE_REUSED")
def signature_reused(ctx: CheckContext) -> Iterable[Finding]:
    frame = work_orders(ctx)
    images = frame["signature_image"].map(clean_text)
    with_image = images != ""
    customers = record_key(frame, ("customer_name",), "customer_phone")
    # the same picture re-encoded or rescaled counts as the same signature (checks/signatures.py)
    same_picture = picture_groups(list(images[with_image]), ctx.config.signature_max_bits)
    pictures = images.map(lambda fp: same_picture.get(fp, ""))
    people = customers[with_image].groupby(pictures[with_image]).nunique()
    reused = set(people[people > 1].index)
    return groups_finding(
        ctx, "WO_SIGNATURE_REUSED", frame, pictures, with_image & pictures.isin(reused)
    )
