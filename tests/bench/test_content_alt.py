"""bench/layouts/content_alt.py: other trades' record contents for the corpus (decision 356).

And the third pool, bench/layouts/content_third.py, swapped by the same function (decision 368).

What its figures rest on: under alternative_content() every record maker draws from the other
pools (complaints, faults, names, addresses, the filler columns' staff), and the bench's own
pools are back afterwards, so a standard run after an alternative one is the standard run.
"""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from bench.layouts import content_alt, content_third, corpus
from bench.layouts import generate as gen
from sample_data.gen import content

_START, _END = date(2026, 9, 1), date(2026, 9, 30)


def _layout(group: str) -> corpus.Layout:
    return next(layout for layout in corpus.of_split("seen") if layout.group == group)


def _complaints() -> list[dict[str, object]]:
    rows = gen.complaint_rows(_layout("complaints"), random.Random(7), 6, _START, _END)
    return [row.values for row in rows]


def _orders() -> list[dict[str, object]]:
    rows = gen.work_order_rows(_layout("work_orders"), random.Random(7), 6, _START, _END)
    return [row.values for row in rows]


def test_records_come_from_other_trades_inside_and_the_bench_pools_after() -> None:
    standard = _complaints(), _orders()
    with content_alt.alternative_content():
        complaints, orders = _complaints(), _orders()
        assert gen._STAFF is content_alt.TECHNICIANS
    alt_reasons = {reason for reason, _, _ in content_alt.COMPLAINTS}
    assert {row["reason"] for row in complaints} <= alt_reasons
    assert {row["feedback"] for row in complaints} <= set(content_alt.FEEDBACK)
    assert {row["issue"] for row in orders} <= {issue for issue, _ in content_alt.FAULTS}
    assert {row["technician"] for row in orders} <= set(content_alt.TECHNICIANS)
    assert not any(str(row["customer_address"]).startswith("上海市") for row in orders)
    # afterwards, the bench's own pools again, value for value
    assert (_complaints(), _orders()) == standard
    assert {row["reason"] for row in standard[0]} <= {reason for reason, _, _ in content.COMPLAINTS}
    assert content.address is not content_alt.address and gen._STAFF is not content_alt.TECHNICIANS


def _results(tmp: Path, name: str, kind: str, fields: str) -> Path:
    lines = ["| **all** | 3 | 3/3 | 36/36 (100.0 %) | 100.0 % | 100.0 % |" for _ in corpus.TUNABLE]
    lines += [f"| cp_desk | xlsx | {kind} | 12/12 | {fields} | 100.0 % | complaint_ledger | — | — |",
              "| wo_shop | xlsx | yes | 12/12 | 100.0 % | 100.0 % | work_orders | — | — |"]
    path = tmp / name
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_the_comparison_lists_every_file_read_differently_and_only_those(tmp_path: Path) -> None:
    text = content_alt.compare(_results(tmp_path, "a.md", "yes", "100.0 %"),
                               _results(tmp_path, "b.md", "NO", "0.0 %"))
    assert "Tunable files read differently: 1 " in text
    assert "| cp_desk | xlsx | yes → NO | 100.0 % → 0.0 % |" in text
    assert "wo_shop" not in text
    assert text.count("| 3 | 3/3 | 3/3 |") == len(corpus.TUNABLE)


def test_records_come_from_the_third_pool_inside_and_the_bench_pools_after() -> None:
    standard = _complaints(), _orders()
    third = content_alt.pools_named("third")
    assert third is content_third
    with content_alt.swapped_content(third):
        complaints, orders = _complaints(), _orders()
        assert gen._STAFF is content_third.TECHNICIANS
        assert gen._TEXTS is content_third.TEXTS and gen._COMPANIES is content_third.COMPANIES
        assert content.GIVEN is content_third.GIVEN and content.PRODUCTS is content_third.PRODUCTS
        staff = gen.filler("受理人", gen.Row({}, _START), 0, random.Random(3), "iso")
        place = gen.filler("服务地点", gen.Row({}, _START), 0, random.Random(3), "iso")
    assert {row["reason"] for row in complaints} <= {reason for reason, _, _ in content_third.COMPLAINTS}
    assert {row["handling"] for row in complaints} <= {handling for _, _, handling in content_third.COMPLAINTS}
    assert {row["feedback"] for row in complaints} <= set(content_third.FEEDBACK)
    assert {row["issue"] for row in orders} <= {issue for issue, _ in content_third.FAULTS}
    assert {row["resolution"] for row in orders} <= {fix for _, fix in content_third.FAULTS}
    assert {row["technician"] for row in orders} <= set(content_third.TECHNICIANS)
    assert {row["product"] for row in orders} <= set(content_third.PRODUCTS)
    given = {str(row["customer_name"])[1:] for row in orders + complaints}
    assert given <= set(content_third.GIVEN)
    assert not any(str(row["customer_address"]).startswith("上海市") for row in orders)
    assert staff in content_third.TECHNICIANS and not str(place).startswith("上海市")
    # afterwards, the bench's own pools again, value for value
    assert (_complaints(), _orders()) == standard
    assert content.address is not content_third.address and gen._STAFF is not content_third.TECHNICIANS
    assert content.GIVEN is not content_third.GIVEN


def test_the_third_pool_is_at_least_as_large_as_the_alternative_and_of_its_shapes() -> None:
    for name in (*content_alt.CONTENT_NAMES, *content_alt.GENERATOR_NAMES.values()):
        if name == "address":
            continue
        ours, theirs = getattr(content_third, name), getattr(content_alt, name)
        assert len(ours) >= len(theirs), name
        assert {type(item) for item in ours} == {type(item) for item in theirs}, name
        assert {len(item) for item in ours if isinstance(item, tuple)} == \
            {len(item) for item in theirs if isinstance(item, tuple)}, name
    rng = random.Random(11)
    assert all(isinstance(content_third.address(rng), str) for _ in range(50))
