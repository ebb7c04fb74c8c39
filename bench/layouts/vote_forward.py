# ruff: noqa: E501  -- Markdown table rows
"""Decision 380 measured forward in time: is the kind vote worth hearing on layouts it never saw?

    .venv/bin/python bench/layouts/vote_forward.py [--pipeline] [--out DIR] [--write FILE.md]
                                                   [--from SPLIT]

For every tunable split from the second held-out set on, in the order the sets were drawn, the
kind vote (parsers/kind_model.py) is trained only on the splits before it, as it stood when that
set was held out, and two things are measured on the split (the second from ``--from`` on,
default retired7):

1. Kinds against the rules' readings while the split was held out (RESULTS-<split>.md): the
   readings decision 380 gives where the vote, at HEARD or more, names another group than the
   rules did (a record kind over silence or another record kind; a look-alike over a record
   reading; a table the rules left unproven counts as silence here, where in the pipeline
   decision 337's 0.999 still decides it). Files right before and after; a file the rules read right and the vote turns
   wrong is counted apart (a look-alike turned into records floods a report: the worst case).
2. With ``--pipeline``, the pipeline on the split's generated files (``DIR/files/<split>``,
   as score.py writes them; ~2 s a file on 2 cores): today's rules with that split's forward vote, decision 380 heard and not heard.
   Today's rules were tuned on the split, so this is the vote's worth beyond rules that
   already know the layouts: a floor, not the gain on an unseen set.

The held-out split (corpus.HELD_OUT) is never read, for training or testing (decision 236).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.layouts import corpus  # noqa: E402
from bench.layouts import generate as gen  # noqa: E402
from bench.layouts import label_model as lm  # noqa: E402
from bench.layouts.score import FileScore, score_file  # noqa: E402
from preaudit.parsers import kind_model  # noqa: E402
from preaudit.parsers.kind_model import LOOKALIKE, KindModel  # noqa: E402

RECORD = "record"
# Part 1 starts at the second held-out set: the first's vote would be trained on seen alone.
HELD_OUT_FROM = "retired2"


@contextmanager
def _vote_of(model: KindModel, heard: float) -> Iterator[None]:
    """The pipeline run with ``model`` as the shipped vote and ``heard`` as its threshold."""
    shipped, threshold = kind_model.shipped, kind_model.HEARD
    kind_model.shipped = lambda: model  # type: ignore[assignment]
    kind_model.HEARD = heard
    try:
        yield
    finally:
        kind_model.shipped, kind_model.HEARD = shipped, threshold


def forward_votes(first: str) -> dict[str, dict[str, tuple[str, float]]]:
    """split -> layout -> (group, posterior) of the vote trained on the splits before it."""
    lm.refuse_held_out(corpus.TUNABLE)
    order = corpus.TUNABLE
    out: dict[str, dict[str, tuple[str, float]]] = {}
    for index in range(order.index(first), len(order)):
        vote = lm.train_kinds(order[:index])
        out[order[index]] = {}
        for layout in corpus.of_split(order[index]):
            posterior = lm.kind_posterior(vote, layout)
            group = max(posterior, key=posterior.__getitem__)
            out[order[index]][layout.id] = (group, posterior[group])
    return out


def _reading(recognised: str) -> tuple[str, frozenset[str]]:
    groups = frozenset(lm.GROUP_OF_KIND[k] for k in recognised.split(", ") if k in lm.GROUP_OF_KIND)
    if groups:
        return RECORD, groups
    return ("unread" if recognised in lm.UNREAD else "material"), frozenset()


def _right(group: str, reading: tuple[str, frozenset[str]]) -> bool:
    if group == LOOKALIKE:
        return reading[0] != RECORD
    return reading == (RECORD, frozenset({group}))


def _heard(reading: tuple[str, frozenset[str]], vote: str, posterior: float,
           threshold: float) -> tuple[str, frozenset[str]]:
    """Decision 380 on a reading: over silence or another record kind, a record vote; over a
    record reading, a look-alike vote leaves it unread; a material kind stands."""
    if posterior < threshold:
        return reading
    if vote != LOOKALIKE and reading[0] != "material" and reading[1] != {vote}:
        return RECORD, frozenset({vote})
    if vote == LOOKALIKE and reading[0] == RECORD:
        return "unread", frozenset()
    return reading


def held_out_kinds(votes: dict[str, dict[str, tuple[str, float]]], threshold: float) -> list[str]:
    """Part 1's table rows."""
    rows, totals = [], Counter()
    for split, by_layout in votes.items():
        path = ROOT / "bench" / "layouts" / f"RESULTS-{split}.md"
        if not path.exists():
            continue
        groups = {layout.id: layout.group for layout in corpus.of_split(split)}
        count = Counter()
        for line in path.read_text(encoding="utf-8").splitlines():
            if (match := lm._ROW.match(line)) is None:
                continue
            layout, _, _, recognised = match.groups()
            group, before = groups[layout], _reading(recognised)
            after = _heard(before, *by_layout[layout], threshold)
            count["files"] += 1
            count["before"] += _right(group, before)
            count["after"] += _right(group, after)
            count["turned wrong"] += _right(group, before) and not _right(group, after)
            count["look-alikes into records"] += group == LOOKALIKE and _right(group, before) and not _right(group, after)
        totals.update(count)
        rows.append(f"| {split} | {count['files']} | {count['before']} | {count['after']} | {count['turned wrong']} | {count['look-alikes into records']} |")
    rows.append(f"| **all** | {totals['files']} | {totals['before']} | {totals['after']} | {totals['turned wrong']} | {totals['look-alikes into records']} |")
    return rows


def _score(out: Path, split: str) -> list[FileScore]:
    return [score_file(p) for p in sorted((out / "files" / split).glob("*.json"))]


def _fields(scores: list[FileScore]) -> str:
    fields, exact = sum(s.fields for s in scores), sum(s.exact for s in scores)
    return f"{100 * exact / fields:.1f} %" if fields else "—"


def pipeline_rows(out: Path, first: str) -> tuple[list[str], list[str]]:
    """Part 2's table rows, and the files whose kind the vote turned (split, layout, format, before → after)."""
    rows, moved = [], []
    order = corpus.TUNABLE
    for index in range(order.index(first), len(order)):
        split = order[index]
        vote = lm.train_kinds(order[:index])
        with _vote_of(vote, 2.0):
            off = _score(out, split)
        with _vote_of(vote, kind_model.HEARD):
            on = _score(out, split)
        for a, b in zip(off, on, strict=True):
            if a.kind_right != b.kind_right:
                moved.append(f"| {split} | {a.layout} | {a.format} | {'right' if a.kind_right else 'wrong'} → {'right' if b.kind_right else 'wrong'} | {', '.join(a.recognised_as) or '—'} → {', '.join(b.recognised_as) or '—'} |")
        rows.append(f"| {split} | {len(on)} | {sum(s.kind_right for s in off)} | {sum(s.kind_right for s in on)} | {_fields(off)} | {_fields(on)} |")
        print(rows[-1], flush=True)
    return rows, moved


def report(out: Path, first: str, pipeline: bool) -> str:
    votes = forward_votes(HELD_OUT_FROM)
    threshold = kind_model.HEARD
    lines = ["# The kind vote heard, forward in time (bench/layouts/vote_forward.py, decision 380)", "",
             f"The vote trained only on the splits drawn before each set; heard at {threshold} or more.", "",
             "## 1. Kinds against the rules' readings while each set was held out", "",
             "Files whose kind the rules read right while the set was held out (RESULTS-<split>.md), and with the vote heard over them.", "",
             "| split | files | rules held out | with the vote heard | right turned wrong | of which look-alikes read as records |",
             "|---|---:|---:|---:|---:|---:|", *held_out_kinds(votes, threshold), ""]
    if pipeline:
        rows, moved = pipeline_rows(out, first)
        lines += ["## 2. Today's rules with the forward vote, heard and not heard", "",
                  "Today's rules were tuned on every split here: this is the vote's worth beyond rules that already know the layouts (a floor).", "",
                  "| split | files | kinds right, not heard | heard | fields exact, not heard | heard |",
                  "|---|---:|---:|---:|---:|---:|", *rows, "",
                  "Files whose kind changed:", "",
                  "| split | layout | format | kind | recognised as |", "|---|---|---|---|---|", *moved, ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=gen.DEFAULT_OUT)
    parser.add_argument("--write", type=Path)
    parser.add_argument("--pipeline", action="store_true")
    parser.add_argument("--from", dest="first", default="retired7", choices=corpus.TUNABLE[1:])
    args = parser.parse_args(argv)
    text = report(args.out, args.first, args.pipeline)
    if args.write:
        args.write.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
