"""Chart geometry for the HTML report: bars, bands and labels as plain numbers and strings.

The template draws the SVG from these dicts (autoescaped, no markup built here), so a chart
can never inject anything. Every label printed is a number or date from report.json's summary;
the bars are scaled to the largest count and carry their count as a label, so there is no
value axis whose tick numbers would be invented here.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from preaudit.reports.i18n import label, t
from preaudit.reports.view import as_number, number

WIDTH, HEIGHT = 560, 220
WIDE = 1100  # the weekly chart spans the page: one slot per week needs the room
LEFT, RIGHT, TOP, BOTTOM = 10, 10, 22, 40  # plot margins inside the viewBox
BAR_GAP = 0.18  # share of a slot left empty between bars
LABEL_EVERY_MAX = 20  # more weeks than this (a long window) label every other week
Chart = dict[str, Any]


def _dicts(items: object) -> list[dict[str, Any]]:
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []


def _count(item: dict[str, Any]) -> int:
    value = item.get("count")
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def _frame(title: str, note: str = "", width: int = WIDTH) -> Chart:
    return {
        "width": width,
        "wide": width > WIDTH,
        "height": HEIGHT,
        "title": title,
        "note": note,
        "bars": [],
        "rows": [],
        "xlabels": [],
        "bands": [],
        "rules": [],
        "legend": [],
        "empty": True,
    }


def _column_bars(counts: list[int], classes: list[str], width: int = WIDTH) -> list[dict[str, Any]]:
    """Vertical bars in equal slots across the plot, tallest at full height."""
    plot_w, plot_h = width - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / max(len(counts), 1)
    tallest = max(counts, default=0) or 1
    bars = []
    for index, (count, css) in enumerate(zip(counts, classes, strict=True)):
        height = plot_h * count / tallest
        x = LEFT + index * slot + slot * BAR_GAP / 2
        bars.append(
            {
                "x": round(x, 1),
                "y": round(TOP + plot_h - height, 1),
                "w": round(slot * (1 - BAR_GAP), 1),
                "h": round(height, 1),
                "cls": css,
                "value": str(count) if count else "",
                "vx": round(x + slot * (1 - BAR_GAP) / 2, 1),
                "vy": round(TOP + plot_h - height - 4, 1),
            }
        )
    return bars


def _xlabels(texts: list[str], every: int = 1, width: int = WIDTH) -> list[dict[str, Any]]:
    slot = (width - LEFT - RIGHT) / max(len(texts), 1)
    return [
        {"x": round(LEFT + (i + 0.5) * slot, 1), "y": HEIGHT - BOTTOM + 16, "text": text}
        for i, text in enumerate(texts)
        if i % every == 0
    ]


def _day(text: object) -> date | None:
    try:
        return date.fromisoformat(str(text))
    except ValueError:
        return None


# Work orders per week -------------------------------------------------------------------


def weekly_chart(summary: dict[str, Any], window: dict[str, Any], lang: str) -> Chart:
    """Bars per week with the audit window shaded; weeks come from summary.work_orders."""
    work_orders = summary.get("work_orders") or {}
    weeks = [w for w in _dicts(work_orders.get("per_week")) if _day(w.get("week_start"))]
    outside = as_number(work_orders.get("outside_weeks"))
    note = t(lang, "chart.weekly.outside", count=number(outside)) if outside else ""
    chart = _frame(t(lang, "chart.weekly.title"), note, WIDE)
    if not weeks:
        return chart
    counts = [_count(w) for w in weeks]
    chart["bars"] = _column_bars(counts, ["bar"] * len(counts), WIDE)
    every = 1 if len(weeks) <= LABEL_EVERY_MAX else 2
    chart["xlabels"] = _xlabels([str(w["week_start"])[5:] for w in weeks], every, WIDE)
    chart["bands"] = _window_band(weeks, window)
    chart["legend"] = [{"cls": "band", "text": t(lang, "chart.weekly.window")}]
    chart["empty"] = not any(counts)
    return chart


def _window_band(weeks: list[dict[str, Any]], window: dict[str, Any]) -> list[dict[str, Any]]:
    """The window as a shaded band on a day scale across the charted weeks."""
    first = _day(weeks[0]["week_start"])
    start, end = _day(window.get("start")), _day(window.get("end"))
    if first is None or start is None or end is None:
        return []
    days_shown = len(weeks) * 7
    plot_w = WIDE - LEFT - RIGHT

    def x_of(day: date) -> float:
        offset = min(max((day - first).days, 0), days_shown)
        return LEFT + plot_w * offset / days_shown

    left, right = x_of(start), x_of(end + timedelta(days=1))
    top, bottom = TOP - 6, HEIGHT - BOTTOM
    return [{"x": round(left, 1), "w": round(right - left, 1), "y": top, "h": bottom - top}]


# Response time ----------------------------------------------------------------------------


def response_chart(summary: dict[str, Any], lang: str) -> Chart:
    """Response-time bins, those above the committed hours marked late."""
    work_orders = summary.get("work_orders") or {}
    bins = _dicts(work_orders.get("response_hours_histogram"))
    committed = as_number(work_orders.get("committed_response_hours"))
    note = (
        t(lang, "chart.response.committed", hours=number(committed))
        if committed is not None
        else t(lang, "chart.response.no_commitment")
    )
    chart = _frame(t(lang, "chart.response.title"), note)
    if not bins:
        return chart
    counts = [_count(b) for b in bins]
    classes = [_response_class(b.get("upto"), committed) for b in bins]
    chart["bars"] = _column_bars(counts, classes)
    chart["xlabels"] = _xlabels([_bin_label(bins, i) for i in range(len(bins))])
    chart["rules"] = _committed_rule(bins, committed)
    chart["legend"] = [{"cls": "bar", "text": t(lang, "chart.response.on_time")}]
    if committed is not None:
        chart["legend"].append({"cls": "bar-late", "text": t(lang, "chart.response.late")})
    chart["empty"] = not any(counts)
    return chart


def _response_class(upto: object, committed: float | None) -> str:
    if committed is None:
        return "bar"
    edge = as_number(upto)
    return "bar-late" if edge is None or edge > committed else "bar"


def _bin_label(bins: list[dict[str, Any]], index: int) -> str:
    edge = as_number(bins[index].get("upto"))
    if edge is not None:
        return f"≤{number(edge)}"
    previous = as_number(bins[index - 1].get("upto")) if index else None
    return f">{number(previous)}" if previous is not None else ">"


def _committed_rule(bins: list[dict[str, Any]], committed: float | None) -> list[dict[str, Any]]:
    """A dashed line after the bin whose upper edge is the committed hours."""
    if committed is None:
        return []
    edges = [as_number(b.get("upto")) for b in bins]
    if committed not in edges:
        return []
    slot = (WIDTH - LEFT - RIGHT) / len(bins)
    x = round(LEFT + (edges.index(committed) + 1) * slot, 1)
    return [{"x": x, "y1": TOP - 8, "y2": HEIGHT - BOTTOM}]


# Satisfaction ----------------------------------------------------------------------------

ROW_H = 22


def rating_chart(summary: dict[str, Any], lang: str) -> Chart:
    """Horizontal bars per overall rating, satisfied and not satisfied in two colours."""
    survey = summary.get("survey") or {}
    ratings = _dicts(survey.get("rating_distribution"))
    chart = _frame(t(lang, "chart.rating.title"))
    if not ratings:
        return chart
    tallest = max((_count(r) for r in ratings), default=0) or 1
    label_w, value_w = 130, 40
    plot_w = WIDTH - LEFT - RIGHT - label_w - value_w
    rows = []
    for index, rating in enumerate(ratings):
        y = TOP + index * ROW_H
        width = plot_w * _count(rating) / tallest
        rows.append(
            {
                "label": _rating_label(rating.get("rating"), lang),
                "lx": LEFT + label_w - 8,
                "y": y,
                "ty": y + ROW_H * 0.68,
                "x": LEFT + label_w,
                "w": round(width, 1),
                "h": ROW_H - 6,
                "cls": "bar" if rating.get("satisfied") is True else "bar-low",
                "value": str(_count(rating)),
                "vx": round(LEFT + label_w + width + 6, 1),
            }
        )
    chart["rows"] = rows
    chart["height"] = max(TOP + len(rows) * ROW_H + 34, 90)
    chart["legend"] = [
        {"cls": "bar", "text": t(lang, "chart.rating.satisfied")},
        {"cls": "bar-low", "text": t(lang, "chart.rating.not_satisfied")},
    ]
    chart["legend_y"] = chart["height"] - 12
    chart["empty"] = not any(_count(r) for r in ratings)
    return chart


def _rating_label(rating: object, lang: str) -> str:
    # Scores read "5 分" / "5 pts"; words are translated (an unknown word is shown as is).
    if as_number(rating) is not None:
        return t(lang, "chart.rating.score", value=number(rating))
    return label(lang, "rating", rating)


def _place_legend(chart: Chart) -> Chart:
    y = chart.get("legend_y", chart["height"] - 8)
    for index, item in enumerate(chart["legend"]):
        item.update({"x": LEFT + index * 170, "y": y})
    return chart


def charts(report: dict[str, Any], lang: str) -> list[Chart]:
    """The three charts in reading order."""
    summary = report.get("summary") if isinstance(report.get("summary"), dict) else {}
    window = report.get("window") if isinstance(report.get("window"), dict) else {}
    built = [
        weekly_chart(summary, window, lang),
        response_chart(summary, lang),
        rating_chart(summary, lang),
    ]
    return [_place_legend(chart) for chart in built]
