"""bench/layouts/content_alt.py: other trades' record contents for the corpus (decision 356).

What its figures rest on: under alternative_content() every record maker draws from the other
pools (complaints, faults, names, addresses, the filler columns' staff), and the bench's own
pools are back afterwards, so a standard run after an alternative one is the standard run.
"""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from bench.layouts import content_alt, corpus
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
