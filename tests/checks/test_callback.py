"""The auditor's callback sample: seeded, reproducible, stratified by month, qualifying only."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

from preaudit.checks.config import Config
from preaudit.checks.summary import callback_sample
from tests.checks.conftest import make_ctx, work_order


def period_of(entry: dict) -> int:
    """Which of the window's one-month periods (as_of 2026-11-20) the order falls in."""
    day = entry["reported_at"]
    return 1 if day < "2026-09-20" else 2 if day < "2026-10-20" else 3


def orders_per_period(counts: tuple[int, int, int]) -> list[dict]:
    starts = [datetime(2026, 8, 21, 9), datetime(2026, 9, 21, 9), datetime(2026, 10, 21, 9)]
    records, n = [], 0
    for start, count in zip(starts, counts, strict=True):
        for day in range(count):
            n += 1
            records.append(work_order(n, reported_at=start + timedelta(days=day % 20)))
    return records


def test_same_package_and_seed_same_sample() -> None:
    ctx = make_ctx(orders_per_period((30, 30, 30)))
    first = callback_sample(ctx, "pkg-hash")
    assert first == callback_sample(ctx, "pkg-hash")
    assert len(first) == 10
    assert first != callback_sample(ctx, "other-package")
    reseeded = make_ctx(orders_per_period((30, 30, 30)), config=Config(callback_seed=7))
    assert callback_sample(reseeded, "pkg-hash") != first


def test_stratified_by_month() -> None:
    sample = callback_sample(make_ctx(orders_per_period((30, 30, 30))), "k")
    assert sorted(Counter(period_of(e) for e in sample).values()) == [3, 3, 4]
    # a thin month gives what it has, the others make up the rest
    sample = callback_sample(make_ctx(orders_per_period((1, 30, 30))), "k")
    per_period = Counter(period_of(e) for e in sample)
    assert len(sample) == 10 and per_period[1] == 1


def test_only_qualifying_orders_and_all_when_few() -> None:
    records = orders_per_period((3, 2, 2))
    records[0]["customer_phone"] = ""  # not qualifying: never drawn
    sample = callback_sample(make_ctx(records), "k")
    assert len(sample) == 6
    assert records[0]["record_id"] not in {e["record_id"] for e in sample}
    entry = sample[0]
    assert {"record_id", "file", "customer_name", "customer_phone", "reported_at"} <= set(entry)


def test_sample_size_configurable_and_zero() -> None:
    records = orders_per_period((10, 10, 10))
    assert len(callback_sample(make_ctx(records, config=Config(callback_sample_size=4)), "k")) == 4
    assert callback_sample(make_ctx(records, config=Config(callback_sample_size=0)), "k") == []
