"""Chart geometry: bars scale to the data, the window and the commitment are marked."""

from __future__ import annotations

from typing import Any

import lxml.html

from preaudit.reports.charts import charts, rating_chart, response_chart, weekly_chart
from preaudit.reports.html import render_html
from tests.reports.conftest import make_report

WINDOW = {"start": "2026-08-20", "end": "2026-11-20"}


def summary_with(**work_orders: Any) -> dict[str, Any]:
    return {"work_orders": work_orders}


def test_weekly_bars_scale_to_the_largest_week() -> None:
    weeks = [{"week_start": "2026-08-17", "count": 2}, {"week_start": "2026-08-24", "count": 4}]
    chart = weekly_chart(summary_with(per_week=weeks), WINDOW, "zh")
    small, tall = chart["bars"]
    assert tall["h"] == 2 * small["h"] and tall["y"] < small["y"]
    assert [b["value"] for b in chart["bars"]] == ["2", "4"]
    assert [label["text"] for label in chart["xlabels"]] == ["08-17", "08-24"]


def test_window_band_starts_on_the_window_day_not_the_week() -> None:
    weeks = [{"week_start": "2026-08-17", "count": 1}, {"week_start": "2026-08-24", "count": 1}]
    chart = weekly_chart(summary_with(per_week=weeks), WINDOW, "zh")
    (band,) = chart["bands"]
    first_bar = chart["bars"][0]
    # 2026-08-20 is the 4th day of the first week: the band starts inside the first slot.
    assert first_bar["x"] < band["x"] < first_bar["x"] + first_bar["w"]


def test_outside_weeks_note_only_when_some() -> None:
    weeks = [{"week_start": "2026-08-17", "count": 1}]
    with_outside = weekly_chart(summary_with(per_week=weeks, outside_weeks=3), WINDOW, "en")
    without = weekly_chart(summary_with(per_week=weeks, outside_weeks=0), WINDOW, "en")
    assert "3 more work orders" in with_outside["note"]
    assert without["note"] == ""


def test_response_bins_over_commitment_are_late_with_a_rule() -> None:
    bins = [{"upto": 4, "count": 3}, {"upto": 24, "count": 2}, {"upto": None, "count": 1}]
    chart = response_chart(
        summary_with(response_hours_histogram=bins, committed_response_hours=24), "zh"
    )
    assert [b["cls"] for b in chart["bars"]] == ["bar", "bar", "bar-late"]
    assert [x["text"] for x in chart["xlabels"]] == ["≤4", "≤24", ">24"]
    (rule,) = chart["rules"]
    assert chart["bars"][1]["x"] < rule["x"] < chart["bars"][2]["x"]


def test_response_without_commitment_marks_nothing_late() -> None:
    bins = [{"upto": 4, "count": 3}, {"upto": None, "count": 1}]
    chart = response_chart(summary_with(response_hours_histogram=bins), "en")
    assert {b["cls"] for b in chart["bars"]} == {"bar"} and chart["rules"] == []
    assert "not evaluated" in chart["note"]


def test_ratings_translated_and_coloured_by_the_rules_judgement() -> None:
    ratings = [
        {"rating": "满意", "count": 5, "satisfied": True},
        {"rating": "一般", "count": 1, "satisfied": False},
        {"rating": 3, "count": 2, "satisfied": False},
    ]
    chart = rating_chart({"survey": {"rating_distribution": ratings}}, "en")
    assert [r["label"] for r in chart["rows"]] == ["Satisfied", "Neutral", "3 pts"]
    assert [r["cls"] for r in chart["rows"]] == ["bar", "bar-low", "bar-low"]
    assert chart["rows"][0]["w"] == 5 * chart["rows"][1]["w"]


def test_hostile_or_missing_chart_data_draws_nothing() -> None:
    hostile = {
        "work_orders": {"per_week": [{"week_start": "<script>", "count": "9"}, "x"]},
        "survey": {"rating_distribution": "nope"},
    }
    built = charts({"summary": hostile, "window": {}}, "zh")
    assert all(chart["empty"] for chart in built)
    assert all(chart["bars"] == [] and chart["rows"] == [] for chart in built)


def test_charts_are_inline_svg_without_scripts_or_links() -> None:
    tree = lxml.html.document_fromstring(render_html(make_report()))
    svgs = tree.xpath("//svg")
    assert len(svgs) == 3
    for svg in svgs:
        assert not svg.xpath(".//script | .//a | .//image | .//foreignObject")
        assert svg.get("role") == "img" and svg.get("aria-label")
    texts = tree.xpath("//svg//text/text()")
    assert "非常满意" in texts and "≤24" in texts and "08-31" in texts
