"""The numbers report.json's ``summary`` and ``callback_sample`` carry (rules, so here)."""

from __future__ import annotations

import hashlib
import random
from typing import Any

import pandas as pd

from checks import complaints as cp
from checks import surveys as sv
from checks import work_orders as wo
from checks.context import CheckContext
from checks.evidence import evidence_of
from checks.values import clean_text
from checks.window import month_periods


def build_summary(ctx: CheckContext) -> dict[str, Any]:
    return {
        "work_orders": _work_order_summary(ctx),
        "survey": _survey_summary(ctx),
        "complaints": _complaint_summary(ctx),
    }


def _work_order_summary(ctx: CheckContext) -> dict[str, Any]:
    frame = wo.work_orders(ctx)
    hours = wo.response_hours(frame).dropna() if not frame.empty else pd.Series(dtype=float)
    hours = hours[hours >= 0]
    return {
        "total": len(frame),
        "in_window": int(wo.in_window_mask(ctx, frame).sum()) if not frame.empty else 0,
        "qualifying": int(wo.qualifying_mask(ctx, frame).sum()) if not frame.empty else 0,
        "required": ctx.config.min_work_orders,
        "signed": int(wo.signed_mask(frame).sum()) if not frame.empty else 0,
        "response_hours_median": round(float(hours.median()), 2) if len(hours) else None,
        "committed_response_hours": wo.committed_hours(ctx),
    }


def _survey_summary(ctx: CheckContext) -> dict[str, Any]:
    frame = sv.responses(ctx)
    report = ctx.first_fact("survey_report") or {}
    stated_rate = report.get("rate")
    rate = sv.computed_rate(frame) if not frame.empty else None
    return {
        "responses": int(sv.valid_distinct(frame).sum()) if not frame.empty else None,
        "stated_sample_size": sv.stated_sample_size(report),
        "satisfaction_rate": round(rate, 4) if rate is not None else None,
        "stated_satisfaction_rate": float(stated_rate)
        if isinstance(stated_rate, int | float)
        else None,
        "required": ctx.config.min_survey_responses,
    }


def _complaint_summary(ctx: CheckContext) -> dict[str, Any]:
    frame = cp.complaints(ctx)
    return {"total": len(frame), "complete": int(cp.complete_mask(frame).sum())}


def callback_sample(ctx: CheckContext, package_key: str) -> list[dict[str, Any]]:
    """A seeded draw of qualifying work orders, stratified by month, for the auditor to phone.

    The seed mixes the configured seed with ``package_key`` (the package's content hash), so
    the same package and seed always give the same sample.
    """
    frame = wo.work_orders(ctx)
    if frame.empty or ctx.config.callback_sample_size <= 0:
        return []
    pool = frame[wo.qualifying_mask(ctx, frame)]
    days = wo.dated(pool)
    seed = hashlib.sha256(f"{ctx.config.callback_seed}:{package_key}".encode()).hexdigest()
    rng = random.Random(seed)
    strata = [
        pool[(days >= pd.Timestamp(p.start)) & (days <= pd.Timestamp(p.end))]
        for p in month_periods(ctx.as_of, ctx.config.window_months)
    ]
    quotas = _quotas([len(s) for s in strata], ctx.config.callback_sample_size)
    chosen: list[dict[str, Any]] = []
    for stratum, quota in zip(strata, quotas, strict=True):
        ordered = stratum.sort_values(["_file", "_row", "_page"], na_position="first")
        for index in sorted(rng.sample(range(len(ordered)), quota)):
            chosen.append(_callback_entry(ordered.iloc[[index]]))
    return chosen


def _quotas(sizes: list[int], wanted: int) -> list[int]:
    """Spread ``wanted`` over strata as evenly as their sizes allow (largest remainder)."""
    wanted = min(wanted, sum(sizes))
    quotas = [0] * len(sizes)
    while sum(quotas) < wanted:
        open_strata = [i for i, size in enumerate(sizes) if quotas[i] < size]
        smallest = min(open_strata, key=lambda i: (quotas[i], -sizes[i]))
        quotas[smallest] += 1
    return quotas


def _callback_entry(row: pd.DataFrame) -> dict[str, Any]:
    where = evidence_of(row)[0].to_dict()
    record = row.iloc[0]
    reported = wo.dated(row).iloc[0]
    return {
        **where,
        "record_id": where["record_id"] or "",
        "customer_name": clean_text(record["customer_name"]) or None,
        "customer_phone": clean_text(record["customer_phone"]) or None,
        "reported_at": reported.date().isoformat() if pd.notna(reported) else None,
    }
