"""How the rule checks scale with the number of records (issue 4: linear, hashing not pairs).

Builds N synthetic work orders with 1 % padded copies, 1 % reused signature images and 1 %
clashing numbers, then times every registered check and the whole run at several sizes.
Run: .venv/bin/python bench/checks_scale.py [--sizes 25000 50000 100000]
"""

from __future__ import annotations

import argparse
import platform
import random
import time
from datetime import date, datetime, timedelta

from preaudit.checks.context import CheckContext, make_frame
from preaudit.checks.registry import CHECKS, _load_rule_modules
from preaudit.model.package import DocumentEntry, Manifest
from preaudit.model.records import DocKind, RecordKind

AS_OF = date(2026, 11, 20)


def synthetic_orders(count: int, seed: int = 1) -> list[dict[str, object]]:
    rng = random.Random(seed)
    rows: list[dict[str, object]] = []
    for n in range(count):
        reported = datetime(2026, 8, 21, 8) + timedelta(minutes=rng.randrange(0, 88 * 24 * 60))
        rows.append(
            {
                "record_id": f"GD{n:08d}",
                "customer_name": f"客户{n}",
                "customer_phone": f"13{rng.randrange(10**9):09d}",
                "issue": rng.choice(["不制冷", "漏水", "异响"]),
                "resolution": "已修复",
                "reported_at": reported,
                "responded_at": reported + timedelta(hours=rng.randrange(1, 30)),
                "completed_at": reported + timedelta(hours=30),
                "signature": f"客户{n}",
                "signature_image": f"dh:{rng.getrandbits(64):016x}",  # as parsers/images.py gives
                "_reported_at_has_time": True,
                "_responded_at_has_time": True,
                "_completed_at_has_time": True,
                "_file": f"附件{n // 5000}.xlsx",
                "_sheet": "工单",
                "_row": n % 5000 + 2,
            }
        )
    for n in rng.sample(range(count), count // 100):  # padding, reuse, clashing numbers
        twin = dict(rows[n])
        kind = n % 3
        if kind == 0:
            twin["record_id"] = f"PAD{n}"
        elif kind == 1:
            twin.update(record_id=f"SIG{n}", customer_name=f"他人{n}")
        else:
            twin["customer_name"] = f"冒名{n}"
        rows.append(twin)
    return rows


def context(rows: list[dict[str, object]]) -> CheckContext:
    frames = {
        kind: make_frame(kind, rows if kind is RecordKind.WORK_ORDER else []) for kind in RecordKind
    }
    docs = [DocumentEntry(f"{k.value}.pdf", "pdf", "", kinds=[k.value]) for k in DocKind]
    return CheckContext(frames, docs, {}, Manifest(response_hours=24), AS_OF)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[25_000, 50_000, 100_000])
    args = parser.parse_args()
    _load_rule_modules()
    print(f"# {platform.processor() or platform.machine()}, Python {platform.python_version()}")
    names = [c.name.split(".", 1)[1] for c in CHECKS if c.name.startswith("preaudit.checks.work_orders")]
    print(f"{'records':>8} {'frame s':>8} {'all checks s':>12}  " + "  ".join(names))
    for size in args.sizes:
        rows = synthetic_orders(size)
        started = time.perf_counter()
        ctx = context(rows)
        frame_s = time.perf_counter() - started
        per_check: list[str] = []
        total = 0.0
        for item in CHECKS:
            started = time.perf_counter()
            list(item.run(ctx))
            took = time.perf_counter() - started
            total += took
            if item.name.startswith("preaudit.checks.work_orders"):
                per_check.append(f"{took:.2f}")
        print(f"{len(rows):>8} {frame_s:>8.2f} {total:>12.2f}  " + "  ".join(per_check))


if __name__ == "__main__":
    main()
