"""map_distinct: series.map with the function called once per distinct text."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from preaudit.checks.values import blank_mask, clean_text, map_distinct, substance_text

COLUMNS = {
    "text": ["满意", " 满意 ", "满意", None, "无", "—", "满意", float("nan")],
    "mixed": [1, 1.0, True, "1", None, float("nan"), 1, "1.0"],
    "numbers": [5.0, 4.0, 5.0, math.nan],
    "empty": [],
}


@pytest.mark.parametrize("name", list(COLUMNS))
@pytest.mark.parametrize("fn", [clean_text, substance_text, lambda v: clean_text(v) == "1"])
def test_same_as_series_map(name: str, fn) -> None:  # type: ignore[no-untyped-def]
    series = pd.Series(COLUMNS[name], dtype=object)
    pd.testing.assert_series_equal(map_distinct(series, fn), series.map(fn))


def test_text_is_worked_on_once_per_distinct_value() -> None:
    calls: list[object] = []

    def record(value: object) -> str:
        calls.append(value)
        return clean_text(value)

    series = pd.Series(["满意", "满意", " 满意", "满意", None, None], dtype=object)
    assert map_distinct(series, record).tolist() == ["满意"] * 4 + ["", ""]
    assert calls == ["满意", " 满意", None]


def test_numbers_equal_as_keys_are_not_taken_for_each_other() -> None:
    # 1, 1.0 and True are one dict key; their texts differ, so no shortcut is taken for them.
    series = pd.Series([1, 1.0, True], dtype=object)
    assert map_distinct(series, clean_text).tolist() == ["1", "1.0", "True"]


def test_blank_mask_counts_placeholders_and_missing_values() -> None:
    series = pd.Series(["王建国", "无", None, " ", "王建国", float("nan")], dtype=object)
    assert blank_mask(series).tolist() == [False, True, True, True, False, True]
