"""The numbers report.json's ``summary`` and ``callback_sample`` carry (rules, so here)."""

from __future__ import annotations

import hashlib
import random
import re
from datetime import timedelta
from typing import Any

import pandas as pd

from preaudit.checks import complaints as cp
from preaudit.checks import surveys as sv
from preaudit.checks import work_orders as wo
from preaudit.checks.context import CheckContext
from preaudit.checks.evidence import evidence_rows
from preaudit.checks.values import clean_text
from preaudit.checks.window import month_periods
from preaudit.model.package import DocStatus
from preaudit.model.records import DocKind
from preaudit.model.report import (
    ComplaintSummary,
    MaterialSummary,
    RatingCount,
    ResponseBin,
    Summary,
    SurveySummary,
    WeekCount,
    WorkOrderSummary,
)

# Response-time chart bins, in hours: (previous edge, edge]. The committed hours are added as
# an edge, so "late" is exactly the bins above it, as WO_RESPONSE_LATE judges.
RESPONSE_BIN_EDGES = (1.0, 2.0, 4.0, 8.0, 12.0, 24.0, 48.0, 72.0)
# Rating words from most to least satisfied (decision 8's scale), for the distribution chart.
RATING_ORDER = (
    "非常满意", "很满意", "十分满意", "满意", "比较满意", "较满意",
    "基本满意", "一般", "不太满意", "较不满意", "比较不满意", "不满意", "非常不满意", "很不满意",
)  # fmt: skip


def build_summary(ctx: CheckContext) -> Summary:
    return {
        "work_orders": _work_order_summary(ctx),
        "survey": _survey_summary(ctx),
        "complaints": _complaint_summary(ctx),
        "materials": _material_summary(ctx),
    }


def _work_order_summary(ctx: CheckContext) -> WorkOrderSummary:
    frame = wo.work_orders(ctx)
    hours = wo.response_hours(frame).dropna() if not frame.empty else pd.Series(dtype=float)
    hours = hours[hours >= 0]
    weeks = _weekly_counts(ctx, frame)
    return {
        "total": len(frame),
        "in_window": int(wo.in_window_mask(ctx, frame).sum()) if not frame.empty else 0,
        "qualifying": int(wo.qualifying_mask(ctx).sum()) if not frame.empty else 0,
        "required": ctx.config.min_work_orders,
        "signed": int(wo.signed_mask(frame).sum()) if not frame.empty else 0,
        "response_hours_median": round(float(hours.median()), 2) if len(hours) else None,
        "committed_response_hours": wo.committed_hours(ctx),
        "window_months": ctx.config.window_months,
        "per_week": weeks,
        "outside_weeks": len(_mondays(frame)) - sum(week["count"] for week in weeks),
        "response_hours_histogram": _response_histogram(hours, wo.committed_hours(ctx)),
    }


def _weekly_counts(ctx: CheckContext, frame: pd.DataFrame) -> list[WeekCount]:
    """Work orders per Monday-based week over the weeks the window touches.

    Every dated order read is counted in its week, in the window or not, so an edge week shows
    what the applicant submitted; orders dated outside the charted weeks are counted apart.
    """
    first = ctx.window.start - timedelta(days=ctx.window.start.weekday())
    last = ctx.window.end - timedelta(days=ctx.window.end.weekday())
    starts = [first + timedelta(weeks=n) for n in range((last - first).days // 7 + 1)]
    counts = _mondays(frame).value_counts()
    return [{"week_start": s.isoformat(), "count": int(counts.get(s, 0))} for s in starts]


def _mondays(frame: pd.DataFrame) -> pd.Series:
    """The Monday of each dated work order's week."""
    days = wo.dated(frame).dropna() if not frame.empty else pd.Series(dtype="datetime64[ns]")
    return (days - pd.to_timedelta(days.dt.day_of_week, unit="D")).dt.date


def _response_histogram(hours: pd.Series, committed: float | None) -> list[ResponseBin]:
    """Counts of response times per bin (lower edge exclusive), then an overflow bin (upto None)."""
    edges = sorted({*RESPONSE_BIN_EDGES, *([committed] if committed else [])})
    bins: list[ResponseBin] = []
    lower = -1.0  # 0 h (answered at once, or the same day on dates) falls in the first bin
    for edge in edges:
        count = int(((hours > lower) & (hours <= edge)).sum())
        bins.append({"upto": int(edge) if float(edge).is_integer() else edge, "count": count})
        lower = edge
    bins.append({"upto": None, "count": int((hours > lower).sum())})
    return bins


def _survey_summary(ctx: CheckContext) -> SurveySummary:
    frame = sv.responses(ctx)
    report = ctx.first_fact("survey_report") or {}
    stated_rate = report.get("rate")
    ratings = sv.ratings(ctx)
    rate = ratings.rate() if not frame.empty else None
    return {
        "responses": int(ratings.counted.sum()) if not frame.empty else None,
        "stated_sample_size": sv.stated_sample_size(report),
        "satisfaction_rate": round(rate, 4) if rate is not None else None,
        "stated_satisfaction_rate": float(stated_rate)
        if isinstance(stated_rate, int | float)
        else None,
        "required": ctx.config.min_survey_responses,
        "rating_distribution": _rating_distribution(frame, ratings),
    }


def _rating_distribution(frame: pd.DataFrame, ratings: sv.Ratings) -> list[RatingCount]:
    """Overall ratings of the counted (valid, distinct) responses, most satisfied first.

    Words keep the applicant's wording; scores are numbers. ``satisfied`` is the rule's own
    judgement, so a chart never re-decides what counts as satisfied.
    """
    if frame.empty:
        return []
    counted, satisfied, overall = ratings.counted, ratings.satisfied, ratings.overall
    tally: dict[str | float, list[int]] = {}
    for value, good in zip(overall[counted], satisfied[counted], strict=True):
        rating = _rating_value(value)
        entry = tally.setdefault(rating, [0, int(good)])
        entry[0] += 1
    ordered = sorted(tally, key=_rating_rank)
    return [
        {"rating": _plain(r), "count": tally[r][0], "satisfied": bool(tally[r][1])} for r in ordered
    ]


def _rating_value(value: object) -> str | float:
    text = re.sub(r"\s+", "", clean_text(value))
    number = text.rstrip("分")
    try:
        return float(number)
    except ValueError:
        return text


def _rating_rank(rating: str | float) -> tuple[int, float]:
    if isinstance(rating, float):
        return (1, -rating)  # scores after words, highest first
    return (0, RATING_ORDER.index(rating) if rating in RATING_ORDER else len(RATING_ORDER))


def _plain(rating: str | float) -> str | float:
    return int(rating) if isinstance(rating, float) and rating.is_integer() else rating


def _complaint_summary(ctx: CheckContext) -> ComplaintSummary:
    frame = cp.complaints(ctx)
    return {"total": len(frame), "complete": int(cp.complete_mask(frame).sum())}


def _material_summary(ctx: CheckContext) -> MaterialSummary:
    """The required kinds of material and which are missing (as DOC_MISSING judges them)."""
    readable = [doc for doc in ctx.documents if doc.status == DocStatus.PARSED]
    present = {kind for doc in readable for kind in doc.kinds} & {kind.value for kind in DocKind}
    missing = [kind.value for kind in ctx.missing_kinds()]
    return {"required": len(DocKind), "present": len(present), "missing": missing}


def callback_sample(ctx: CheckContext, package_key: str) -> list[dict[str, Any]]:
    """A seeded draw of qualifying work orders, stratified by month, for the auditor to phone.

    The seed mixes the configured seed with ``package_key`` (the package's content hash), so
    the same package and seed always give the same sample.
    """
    frame = wo.work_orders(ctx)
    if frame.empty or ctx.config.callback_sample_size <= 0:
        return []
    pool = frame[wo.qualifying_mask(ctx)]
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
        positions = sorted(rng.sample(range(len(ordered)), quota))
        chosen += _callback_entries(ordered.iloc[positions], days)
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


def _callback_entries(rows: pd.DataFrame, days: pd.Series) -> list[dict[str, Any]]:
    """The drawn rows as callback entries; ``days``: wo.dated of the pool (indexed alike)."""
    entries = []
    places = evidence_rows(rows)
    for place, name, phone, label in zip(
        places, rows["customer_name"], rows["customer_phone"], rows.index, strict=True
    ):
        where = place.to_dict()
        reported = days.loc[label]
        entries.append(
            {
                **where,
                "record_id": where["record_id"] or "",
                "customer_name": clean_text(name) or None,
                "customer_phone": clean_text(phone) or None,
                "reported_at": reported.date().isoformat() if pd.notna(reported) else None,
            }
        )
    return entries
