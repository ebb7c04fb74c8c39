# ruff: noqa: E501  -- Markdown table rows
"""How much of the learned models' reading is memory: every tunable split read end to end with
the label model and the kind vote trained WITHOUT it, beside the shipped models.

    .venv/bin/python bench/layouts/folds.py [--out DIR] [--no-generate] [--write FILE.md]

The shipped models (parsers/label_model.json, parsers/kind_model.json) are trained on every
tunable split, so the tunable rows of RESULTS.md read each split with models that saw its
labels. Here each split is read again with both models trained on the other splits only
(``bench/layouts/label_model.py``'s trainers), the rules as they are: what a system nobody
showed the models gets from them. The rules were tuned on every split, so this measures the
models held out, not the whole reader (the held-out set does that, decision 136); it is the
measure a change to a learned part is judged by (decision 347). The held-out split is never
read (decision 236).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.layouts import corpus  # noqa: E402
from bench.layouts import generate as gen  # noqa: E402
from bench.layouts.label_model import refuse_held_out, train_kinds, train_on  # noqa: E402
from bench.layouts.score import FileScore, score_file  # noqa: E402
from preaudit.parsers import kind_model, label_model  # noqa: E402
from preaudit.parsers.kind_model import KindModel  # noqa: E402
from preaudit.parsers.label_model import LabelModel  # noqa: E402


@contextmanager
def models(labels: LabelModel, kinds: KindModel) -> Iterator[None]:
    """Read with these models in place of the shipped ones. Every cache of a shipped reading
    is cleared on the way in and out: a label read under one fold must not answer for
    another."""
    saved = label_model.shipped, kind_model.shipped
    label_model.shipped = lambda: labels  # type: ignore[assignment]
    kind_model.shipped = lambda: kinds  # type: ignore[assignment]
    label_model._shipped_reading.cache_clear()
    try:
        yield
    finally:
        label_model.shipped, kind_model.shipped = saved
        label_model._shipped_reading.cache_clear()


@dataclass
class Fold:
    split: str
    shipped: list[FileScore]
    held_out: list[FileScore]


def _files(out: Path, split: str) -> list[Path]:
    return sorted((out / "files" / split).glob("*.json"))


def run_folds(out: Path, splits: tuple[str, ...] = corpus.TUNABLE) -> list[Fold]:
    """Per split: its files read with the shipped models, then with both trained without it."""
    refuse_held_out(splits)
    folds = []
    for split in splits:
        shipped = [score_file(path) for path in _files(out, split)]
        others = tuple(s for s in corpus.TUNABLE if s != split)
        with models(train_on(others), train_kinds(others)):
            held_out = [score_file(path) for path in _files(out, split)]
        folds.append(Fold(split, shipped, held_out))
    return folds


def _fields(scores: list[FileScore]) -> str:
    whole = sum(s.fields for s in scores)
    return f"{100 * sum(s.exact for s in scores) / whole:.1f} %" if whole else "—"


def _kinds(scores: list[FileScore]) -> str:
    return f"{sum(s.kind_right for s in scores)}/{len(scores)}"


def report(folds: list[Fold]) -> str:
    lines = ["# The learned models held out, split by split (bench/layouts/folds.py)", "",
             "Each tunable split read with the shipped models (trained on every tunable split) and with "
             "the label model and the kind vote trained on the other splits only; the rules as they are.", "",
             "| split | files | kinds right, shipped | kinds right, models held out | fields exact, shipped | fields exact, models held out |",
             "|---|---:|---:|---:|---:|---:|"]
    for fold in folds:
        lines.append(f"| {fold.split} | {len(fold.shipped)} | {_kinds(fold.shipped)} | {_kinds(fold.held_out)} "
                     f"| {_fields(fold.shipped)} | {_fields(fold.held_out)} |")
    shipped = [s for fold in folds for s in fold.shipped]
    held = [s for fold in folds for s in fold.held_out]
    lines.append(f"| **all** | {len(shipped)} | {_kinds(shipped)} | {_kinds(held)} | {_fields(shipped)} | {_fields(held)} |")
    moved = [(fold.split, a, b) for fold in folds for a, b in zip(fold.shipped, fold.held_out, strict=True)
             if (a.kind_right, a.exact) != (b.kind_right, b.exact)]
    lines += ["", f"Files read differently with the models held out: {len(moved)}.", "",
              "| split | layout | format | kind right | fields exact |", "|---|---|---|---|---|"]
    lines += [f"| {split} | {a.layout} | {a.format} | {a.kind_right} → {b.kind_right} | {a.exact} → {b.exact} of {a.fields} |"
              for split, a, b in moved]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=gen.DEFAULT_OUT)
    parser.add_argument("--no-generate", action="store_true")
    parser.add_argument("--write", type=Path, help="also write the tables to this Markdown file")
    args = parser.parse_args(argv)
    clock = time.perf_counter()
    if not args.no_generate:
        gen.generate(args.out, gen.all_layouts(corpus.TUNABLE))
    text = report(run_folds(args.out))
    text += f"\n{time.perf_counter() - clock:.0f} s.\n"
    if args.write:
        args.write.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
