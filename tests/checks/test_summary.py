"""The chart data in report.json's summary: weeks, response-time bins, ratings, materials."""

from __future__ import annotations

from datetime import datetime

from preaudit.checks.config import Config
from preaudit.checks.summary import build_summary
from preaudit.model.package import DocStatus, DocumentEntry, Manifest
from preaudit.model.records import DocKind
from tests.checks.conftest import all_kinds_documents, make_ctx, survey, work_order


def weeks(summary: dict) -> dict[str, int]:
    return {w["week_start"]: w["count"] for w in summary["work_orders"]["per_week"]}


def test_weeks_cover_the_window_monday_to_monday() -> None:
    per_week = build_summary(make_ctx([]))["work_orders"]["per_week"]
    # Window 2026-08-20 (Thu) … 2026-11-20 (Fri): from the Monday before the start to the
    # Monday of the end's week, every week listed even when empty.
    assert per_week[0] == {"week_start": "2026-08-17", "count": 0}
    assert per_week[-1] == {"week_start": "2026-11-16", "count": 0}
    assert len(per_week) == 14


def test_orders_counted_in_their_week_and_outside_ones_apart() -> None:
    orders = [
        work_order(1, reported_at=datetime(2026, 9, 14, 9)),  # Monday
        work_order(2, reported_at=datetime(2026, 9, 20, 23)),  # Sunday, same week
        work_order(3, reported_at=datetime(2026, 8, 18, 9)),  # before the window, charted week
        work_order(4, reported_at=datetime(2026, 7, 1, 9)),  # before the charted weeks
        work_order(5, reported_at=None, completed_at=None),  # undated: not charted at all
    ]
    wo = build_summary(make_ctx(orders))["work_orders"]
    counts = weeks({"work_orders": wo})
    assert counts["2026-09-14"] == 2
    assert counts["2026-08-17"] == 1
    assert counts["2026-09-21"] == 0
    assert wo["outside_weeks"] == 1
    assert sum(counts.values()) + wo["outside_weeks"] == 4  # the undated order is in neither


def at(hour: int, day: int = 1) -> datetime:
    return datetime(2026, 10, day, hour)


def test_response_histogram_bins_and_committed_edge() -> None:
    orders = [
        work_order(1, reported_at=at(9), responded_at=at(9)),  # 0 h -> first bin
        work_order(2, reported_at=at(9), responded_at=at(11)),  # 2 h -> "≤ 2"
        work_order(3, reported_at=at(9), responded_at=at(12)),  # 3 h -> "≤ 4"
        work_order(4, reported_at=at(0), responded_at=at(20)),  # 20 h -> "≤ 20" (committed)
        work_order(5, reported_at=at(0), responded_at=at(21)),  # 21 h -> "≤ 24", late
        work_order(6, reported_at=at(9), responded_at=at(9, day=9)),  # 192 h -> overflow
        work_order(7, reported_at=at(12), responded_at=at(9)),  # negative: not measured
    ]
    ctx = make_ctx(orders, manifest=Manifest(response_hours=20))
    bins = build_summary(ctx)["work_orders"]["response_hours_histogram"]
    by_edge = {b["upto"]: b["count"] for b in bins}
    assert [b["upto"] for b in bins] == [1, 2, 4, 8, 12, 20, 24, 48, 72, None]
    assert by_edge[1] == 1 and by_edge[2] == 1 and by_edge[4] == 1
    assert by_edge[20] == 1 and by_edge[24] == 1 and by_edge[None] == 1
    assert sum(by_edge.values()) == 6


def test_histogram_without_commitment_has_the_fixed_edges_only() -> None:
    bins = build_summary(make_ctx([]))["work_orders"]["response_hours_histogram"]
    assert [b["upto"] for b in bins] == [1, 2, 4, 8, 12, 24, 48, 72, None]
    assert all(b["count"] == 0 for b in bins)


def test_rating_distribution_words_in_scale_order_counted_once() -> None:
    answers = [
        survey(1, overall="满意"),
        survey(2, overall="非常满意"),
        survey(3, overall="一般"),
        survey(4, overall="满意"),
        survey(5, overall="满意", respondent_phone="13900000001"),  # answered again: once
        survey(6, overall="还行"),  # not on the scale: invalid, not charted
    ]
    summary = build_summary(make_ctx(surveys=answers))["survey"]
    assert summary["rating_distribution"] == [
        {"rating": "非常满意", "count": 1, "satisfied": True},
        {"rating": "满意", "count": 2, "satisfied": True},
        {"rating": "一般", "count": 1, "satisfied": False},
    ]
    assert sum(r["count"] for r in summary["rating_distribution"]) == summary["responses"]


def test_rating_distribution_scores_highest_first() -> None:
    answers = [survey(n, overall=str(score)) for n, score in enumerate([5, 3, 5, 4, 1], start=1)]
    dist = build_summary(make_ctx(surveys=answers))["survey"]["rating_distribution"]
    assert [(r["rating"], r["count"], r["satisfied"]) for r in dist] == [
        (5, 2, True),
        (4, 1, True),
        (3, 1, False),
        (1, 1, False),
    ]


def test_no_survey_no_distribution() -> None:
    assert build_summary(make_ctx())["survey"]["rating_distribution"] == []


def test_materials_missing_as_doc_missing_judges() -> None:
    documents = [d for d in all_kinds_documents() if d.kinds != [DocKind.ORG_CHART.value]]
    documents.append(
        DocumentEntry("broken.pdf", "pdf", "", kinds=["org_chart"], status=DocStatus.UNREADABLE)
    )
    materials = build_summary(make_ctx(documents=documents))["materials"]
    assert materials == {"required": 12, "present": 11, "missing": ["org_chart"]}
    assert build_summary(make_ctx())["materials"]["missing"] == []


def test_window_months_from_config() -> None:
    ctx = make_ctx(config=Config(window_months=6))
    assert build_summary(ctx)["work_orders"]["window_months"] == 6
