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

Parts 3 and 4 (``--errors``): the rules' held-out kind errors beside the forward vote, and
what each threshold would turn right and wrong per direction. Part 5 (``--shape POOL_DIR…``,
decision 391): over silence, the vote under HEARD_OVER_NONE heard only where the rows have the
voted kind's shape; the pipeline's over-silence reading run on the generated files (of each
content pool given, ``POOL_DIR/files/<split>``) of the files that matter only: the rules read
no record kind while the set was held out and the forward vote names a record kind in
[lowest cut, HEARD_OVER_NONE).

The held-out split (corpus.HELD_OUT) is never read, for training or testing (decision 236).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.layouts import corpus  # noqa: E402
from bench.layouts import generate as gen  # noqa: E402
from bench.layouts import label_model as lm  # noqa: E402
from bench.layouts.score import FileScore, score_file  # noqa: E402
from preaudit.parsers import (  # noqa: E402
    kind_model,
    read_document,
    recognise,
)
from preaudit.parsers.kind_model import LOOKALIKE, KindModel, header_keys  # noqa: E402
from preaudit.parsers.label_model import grams  # noqa: E402
from preaudit.parsers.limits import ReadLimits  # noqa: E402

RECORD = "record"
# The vote's "group" for a header none of whose n-grams it knows (posterior 0: never heard).
SILENT = "silent"
# Part 1 starts at the second held-out set: the first's vote would be trained on seen alone.
HELD_OUT_FROM = "retired2"


@dataclass(frozen=True)
class Heard:
    """Where the vote is heard (decisions 380, 383): over another record kind, over silence,
    and refusing a record reading as a look-alike's."""

    other: float
    none: float
    refusing: float
    shape: float = 2.0  # over silence where the rows have the voted kind's shape (decision 391)

    def __str__(self) -> str:
        return (f"{self.other} over another record kind, {self.none} where the rules read none "
                f"({self.shape} where the rows have the voted kind's shape), "
                f"{self.refusing} for a look-alike over a record reading")


SHIPPED = Heard(kind_model.HEARD, kind_model.HEARD_OVER_NONE, kind_model.HEARD_REFUSING,
                kind_model.HEARD_OVER_SHAPE)
NEVER = Heard(2.0, 2.0, 2.0, 2.0)
_NAMES = ("HEARD", "HEARD_OVER_NONE", "HEARD_REFUSING", "HEARD_OVER_SHAPE")


@contextmanager
def _vote_of(model: KindModel, heard: Heard) -> Iterator[None]:
    """The pipeline run with ``model`` as the shipped vote, heard at ``heard``."""
    shipped, before = kind_model.shipped, [getattr(kind_model, name) for name in _NAMES]
    kind_model.shipped = lambda: model  # type: ignore[assignment]
    for name, value in zip(_NAMES, (heard.other, heard.none, heard.refusing, heard.shape), strict=True):
        setattr(kind_model, name, value)
    try:
        yield
    finally:
        kind_model.shipped = shipped
        for name, value in zip(_NAMES, before, strict=True):
            setattr(kind_model, name, value)


def forward_votes(first: str) -> dict[str, dict[str, tuple[str, float]]]:
    """split -> layout -> (group, posterior) of the vote trained on the splits before it."""
    out: dict[str, dict[str, tuple[str, float]]] = {}
    for split, earlier in lm.forward(first):
        vote = lm.train_kinds(earlier)
        out[split] = {}
        for layout in corpus.of_split(split):
            posterior = lm.kind_posterior(vote, layout)
            if not posterior:  # no n-gram in the header (a Spanish survey): the vote is silent
                out[split][layout.id] = (SILENT, 0.0)
                continue
            group = max(posterior, key=posterior.__getitem__)
            out[split][layout.id] = (group, posterior[group])
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


def _direction(reading: tuple[str, frozenset[str]], vote: str) -> str | None:
    """Which threshold of :class:`Heard` decides the vote over this reading (None: none does)."""
    if vote == LOOKALIKE:
        return "refusing" if reading[0] == RECORD else None
    if reading[0] == "material" or reading[1] == {vote}:
        return None
    return "other" if reading[0] == RECORD else "none"


def _heard(reading: tuple[str, frozenset[str]], vote: str, posterior: float,
           heard: Heard) -> tuple[str, frozenset[str]]:
    """Decisions 380 and 383 on a reading: over silence or another record kind, a record vote;
    over a record reading, a look-alike vote leaves it unread; a material kind stands."""
    direction = _direction(reading, vote)
    if direction is None or posterior < getattr(heard, direction):
        return reading
    return ("unread", frozenset()) if direction == "refusing" else (RECORD, frozenset({vote}))


@dataclass(frozen=True)
class HeldOutRow:
    """One file as the rules read it while its set was held out (RESULTS-<split>.md), with the
    forward vote on its layout."""

    split: str
    layout: corpus.Layout
    recognised: str
    vote: str
    posterior: float
    format: str = ""

    @property
    def reading(self) -> tuple[str, frozenset[str]]:
        return _reading(self.recognised)


def held_out_rows(votes: dict[str, dict[str, tuple[str, float]]]) -> Iterator[HeldOutRow]:
    """Every held-out file row of the splits voted on, in split order (splits without their
    held-out rows are skipped)."""
    for split, by_layout in votes.items():
        path = ROOT / "bench" / "layouts" / f"RESULTS-{split}.md"
        if not path.exists():
            continue
        of_id = {layout.id: layout for layout in corpus.of_split(split)}
        for line in path.read_text(encoding="utf-8").splitlines():
            if (match := lm._ROW.match(line)) is not None:
                layout, fmt, _, recognised = match.groups()
                yield HeldOutRow(split, of_id[layout], recognised, *by_layout[layout], format=fmt)


def held_out_kinds(votes: dict[str, dict[str, tuple[str, float]]], heard: Heard) -> list[str]:
    """Part 1's table rows."""
    rows, totals = [], Counter()
    for split, of_split in groupby(held_out_rows(votes), key=lambda row: row.split):
        count = Counter()
        for row in of_split:
            group, before = row.layout.group, row.reading
            after = _heard(before, row.vote, row.posterior, heard)
            count["files"] += 1
            count["before"] += _right(group, before)
            count["after"] += _right(group, after)
            count["turned wrong"] += _right(group, before) and not _right(group, after)
            count["look-alikes into records"] += group == LOOKALIKE and _right(group, before) and not _right(group, after)
        totals.update(count)
        rows.append(f"| {split} | {count['files']} | {count['before']} | {count['after']} | {count['turned wrong']} | {count['look-alikes into records']} |")
    rows.append(f"| **all** | {totals['files']} | {totals['before']} | {totals['after']} | {totals['turned wrong']} | {totals['look-alikes into records']} |")
    return rows


_BINS = ((0.9998, "≥ 0.9998"), (0.999, "0.999-0.9998"), (0.99, "0.99-0.999"), (0.9, "0.9-0.99"))


def _bin(posterior: float) -> str:
    return next((name for low, name in _BINS if posterior >= low), "< 0.9")


def _category(group: str, reading: tuple[str, frozenset[str]]) -> str:
    if group == LOOKALIKE:
        return "look-alike read as records"
    if reading[0] == RECORD:
        return "record read as another record kind"
    return "record read as a material" if reading[0] == "material" else "record read as nothing"


def kind_errors(votes: dict[str, dict[str, tuple[str, float]]]) -> list[str]:
    """Part 3's tables: every file whose kind the rules read wrong while its set was held out,
    by category and by the forward vote's top group and posterior; then layout by layout, with
    the share of the layout's header n-grams the vote never saw in training (no overlap: the
    vote cannot know it) and whether a title row stands above the header."""
    cells: Counter[tuple[str, bool, str]] = Counter()
    layouts = []
    for split, of_split in groupby(held_out_rows(votes), key=lambda row: row.split):
        seen = {g for by_gram in lm.train_kinds(lm.drawn_before(split)).counts.values() for g in by_gram}
        wrong: dict[str, list[HeldOutRow]] = {}
        for row in of_split:
            if not _right(row.layout.group, row.reading):
                cells[(_category(row.layout.group, row.reading), row.vote == row.layout.group, _bin(row.posterior))] += 1
                wrong.setdefault(row.layout.id, []).append(row)
        for rows_of_layout in wrong.values():
            first = rows_of_layout[0]
            layout = first.layout
            bag = Counter(g for key in header_keys(layout.labels) for g in grams(key))
            unseen = sum(n for g, n in bag.items() if g not in seen) / max(1, sum(bag.values()))
            layouts.append(f"| {split} | {layout.id} | {layout.group} | {_category(layout.group, first.reading)} | "
                           f"{len(rows_of_layout)} | {first.recognised} | {first.vote} | {first.posterior:.4f} | {unseen:.2f} | {'yes' if layout.title else ''} |")
    bins = ("< 0.9", *(name for _, name in reversed(_BINS)))
    categories = ("record read as nothing", "record read as another record kind", "record read as a material",
                  "look-alike read as records")
    rows = ["| category | vote's top | files | " + " | ".join(bins) + " |", "|---|---|---:|" + "---:|" * len(bins)]
    for category in categories:
        for top in (True, False):
            counts = [cells[(category, top, b)] for b in bins]
            rows.append(f"| {category} | {'the true group' if top else 'another group'} | {sum(counts)} | "
                        + " | ".join(str(n) for n in counts) + " |")
    total = [sum(cells[(c, t, b)] for c in categories for t in (True, False)) for b in bins]
    rows.append(f"| **all** | | {sum(total)} | " + " | ".join(str(n) for n in total) + " |")
    return [*rows, "", "| split | layout | true group | category | wrong files | rules read | vote | p | n-grams unseen in training | title |",
            "|---|---|---|---|---:|---|---|---:|---:|---|", *layouts]


SWEEP = (0.95, 0.98, 0.99, 0.995, 0.998, 0.999, 0.9995, 0.9998)
DIRECTIONS = ("none", "other", "refusing")


def by_direction(votes: dict[str, dict[str, tuple[str, float]]]) -> list[str]:
    """Part 4's rows: per threshold and direction, the held-out files the vote heard there
    would turn right and turn wrong (decision 383 sets each direction's threshold from these
    and the suite's must-nots)."""
    heard: list[tuple[str, float, bool, bool]] = []  # direction, posterior, right before, after
    for row in held_out_rows(votes):
        before, group = row.reading, row.layout.group
        if (direction := _direction(before, row.vote)) is not None:
            after = _heard(before, row.vote, row.posterior, Heard(0.0, 0.0, 0.0))
            heard.append((direction, row.posterior, _right(group, before), _right(group, after)))
    rows = []
    for threshold in SWEEP:
        cells = []
        for direction in DIRECTIONS:
            mine = [h for h in heard if h[0] == direction and h[1] >= threshold]
            cells.append(f"+{sum(a and not b for _, _, b, a in mine)} / −{sum(b and not a for _, _, b, a in mine)}")
        rows.append(f"| {threshold} | " + " | ".join(cells) + " |")
    return rows


SHAPE_SWEEP = (0.95, 0.98, 0.99, 0.995)


@contextmanager
def _fixed_vote(vote: tuple[str, float], heard: Heard) -> Iterator[None]:
    """Every table's vote ``vote`` (the forward vote on the layout's labels, as parts 1 and 4
    take it), heard at ``heard``."""
    before = kind_model.vote
    kind_model.vote = lambda texts, model=None: vote  # type: ignore[assignment]
    try:
        with _vote_of(kind_model.shipped(), heard):
            yield
    finally:
        kind_model.vote = before


def _read_over_silence(path: Path, vote: tuple[str, float], heard: Heard) -> bool:
    """Some table of the file is read as the voted kind where the rules read none: the
    pipeline's over-silence reading (recognise._refused_by_vote under the best header, or
    _unlabelled_by_vote where no row heads any kind and no look-alike is named), whatever
    today's rules make of the table (the rules held out read no record kind here)."""
    _, doc = read_document(path, path.name, ReadLimits())
    with _fixed_vote(vote, heard):
        for table in doc.tables:
            if not table.rows or table.whole_page or recognise.looks_like_form(table.rows):
                continue
            candidates = recognise.ranked_headers(table, {})
            if candidates:
                header, _ = recognise.first_fitting(doc, table, candidates, {})
                if recognise._refused_by_vote(doc, table, header, {}) is not None:
                    return True
            elif not recognise._lookalike_material(table)[0] and recognise._unlabelled_by_vote(doc, table, {}) is not None:
                return True
    return False


# Over silence, with the reading standing (the content checks of _vote_reading) but no shape
# asked, and with the shape asked: the threshold itself is swept over the posterior below.
_STANDS = Heard(2.0, 0.0, 2.0, 0.0)
_SHAPED = Heard(2.0, 2.0, 2.0, 0.0)


def shape_rows(votes: dict[str, dict[str, tuple[str, float]]], pools: list[Path]) -> list[str]:
    """Part 5's tables (decision 391)."""
    low = min(SHAPE_SWEEP)
    rows = [row for row in held_out_rows(votes) if _direction(row.reading, row.vote) == "none"
            and low <= row.posterior < kind_model.HEARD_OVER_NONE]
    # decision 337's vote at THRESHOLD decides a table left unproven, never the vote over silence
    heard_rows = [row for row in rows if row.recognised != recognise.UNPROVEN_RECORDS]
    stands: dict[tuple[Path, str, str, str], bool] = {}
    shaped: dict[tuple[Path, str, str, str], bool] = {}
    for pool in pools:
        for row in heard_rows:
            path = pool / "files" / row.split / f"{row.layout.id}.{row.format}"
            key = (pool, row.split, row.layout.id, row.format)
            stands[key] = _read_over_silence(path, (row.vote, row.posterior), _STANDS)
            shaped[key] = stands[key] and _read_over_silence(path, (row.vote, row.posterior), _SHAPED)

    def moved(cut: float, heard: dict[tuple[Path, str, str, str], bool] | None, pool: Path | None) -> str:
        plus = minus = 0
        splits = set()
        for row in rows:
            if row.posterior < cut:
                continue
            if heard is not None and pool is not None and not heard.get((pool, row.split, row.layout.id, row.format), False):
                continue
            before, group = row.reading, row.layout.group
            after = (RECORD, frozenset({row.vote}))
            plus += not _right(group, before) and _right(group, after)
            minus += _right(group, before) and not _right(group, after)
            if not _right(group, before) and _right(group, after):
                splits.add(row.split)
        return f"+{plus} / −{minus} ({len(splits)} splits)"

    out = ["| p ≥ | threshold alone (part 4's files) | " + " | ".join(f"reading stands, no shape: {p.name} | with the shape: {p.name}" for p in pools) + " |",
           "|---|---|" + "---|---|" * len(pools)]
    for cut in SHAPE_SWEEP:
        out.append(f"| {cut} | {moved(cut, None, None)} | " + " | ".join(f"{moved(cut, stands, p)} | {moved(cut, shaped, p)}" for p in pools) + " |")
    out += ["", "| split | layout | format | true group | rules read | vote | p | " + " | ".join(f"{p.name}: stands / shaped" for p in pools) + " |",
            "|---|---|---|---|---|---|---:|" + "---|" * len(pools)]
    for row in rows:
        cells = []
        for pool in pools:
            key = (pool, row.split, row.layout.id, row.format)
            cells.append("decision 337" if key not in stands else f"{'yes' if stands[key] else 'no'} / {'yes' if shaped[key] else 'no'}")
        out.append(f"| {row.split} | {row.layout.id} | {row.format} | {row.layout.group} | {row.recognised} | {row.vote} | {row.posterior:.4f} | " + " | ".join(cells) + " |")
    return out


def _score(out: Path, split: str) -> list[FileScore]:
    return [score_file(p) for p in sorted((out / "files" / split).glob("*.json"))]


def _fields(scores: list[FileScore]) -> str:
    fields, exact = sum(s.fields for s in scores), sum(s.exact for s in scores)
    return f"{100 * exact / fields:.1f} %" if fields else "—"


def pipeline_rows(out: Path, first: str) -> tuple[list[str], list[str]]:
    """Part 2's table rows, and the files whose kind the vote turned (split, layout, format, before → after)."""
    rows, moved = [], []
    for split, earlier in lm.forward(first):
        vote = lm.train_kinds(earlier)
        with _vote_of(vote, NEVER):
            off = _score(out, split)
        with _vote_of(vote, SHIPPED):
            on = _score(out, split)
        for a, b in zip(off, on, strict=True):
            if a.kind_right != b.kind_right:
                moved.append(f"| {split} | {a.layout} | {a.format} | {'right' if a.kind_right else 'wrong'} → {'right' if b.kind_right else 'wrong'} | {', '.join(a.recognised_as) or '—'} → {', '.join(b.recognised_as) or '—'} |")
        rows.append(f"| {split} | {len(on)} | {sum(s.kind_right for s in off)} | {sum(s.kind_right for s in on)} | {_fields(off)} | {_fields(on)} |")
        print(rows[-1], flush=True)
    return rows, moved


def report(out: Path, first: str, pipeline: bool, errors: bool = False,
           shape: list[Path] | None = None) -> str:
    votes = forward_votes(HELD_OUT_FROM)
    lines = ["# The kind vote heard, forward in time (bench/layouts/vote_forward.py, decisions 380, 383)", "",
             f"The vote trained only on the splits drawn before each set; heard at or above {SHIPPED}.", "",
             "## 1. Kinds against the rules' readings while each set was held out", "",
             "Files whose kind the rules read right while the set was held out (RESULTS-<split>.md), and with the vote heard over them.", "",
             "| split | files | rules held out | with the vote heard | right turned wrong | of which look-alikes read as records |",
             "|---|---:|---:|---:|---:|---:|", *held_out_kinds(votes, SHIPPED), ""]
    if pipeline:
        rows, moved = pipeline_rows(out, first)
        lines += ["## 2. Today's rules with the forward vote, heard and not heard", "",
                  "Today's rules were tuned on every split here: this is the vote's worth beyond rules that already know the layouts (a floor).", "",
                  "| split | files | kinds right, not heard | heard | fields exact, not heard | heard |",
                  "|---|---:|---:|---:|---:|---:|", *rows, "",
                  "Files whose kind changed:", "",
                  "| split | layout | format | kind | recognised as |", "|---|---|---|---|---|", *moved, ""]
    if errors:
        lines += ["## 3. The rules' held-out kind errors and the forward vote", "",
                  "Every file whose kind the rules read wrong while its set was held out, by what they read, the forward vote's top group and its posterior.", "",
                  *kind_errors(votes), "",
                  "## 4. The vote heard by direction (decision 383)", "",
                  "Held-out files (as part 1) the vote at the threshold or more would turn right (+) and wrong (−), by what the rules read: no record kind (a record vote over silence), another record kind, or a record reading a look-alike vote would leave unread.", "",
                  "| p ≥ | over no record kind | over another record kind | a look-alike over a record reading |",
                  "|---|---|---|---|", *by_direction(votes), ""]
    if shape:
        lines += ["## 5. Over silence where the rows have the voted kind's shape (decision 391)", "",
                  f"Held-out files the rules read as no record kind whose forward vote names a record kind in [{min(SHAPE_SWEEP)}, {kind_model.HEARD_OVER_NONE}): "
                  "turned right (+) and wrong (−) at each cut by the threshold alone (as part 4), by the pipeline's over-silence reading with its content checks (a column filled, content not refusing the kind) but no shape, "
                  "and with the shape (recognise._shaped), per content pool (generated files of those layouts only). Files the rules left unproven are decision 337's (its 0.999 vote decides them): counted in the first column only.", "",
                  *shape_rows(votes, shape), ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=gen.DEFAULT_OUT)
    parser.add_argument("--write", type=Path)
    parser.add_argument("--pipeline", action="store_true")
    parser.add_argument("--errors", action="store_true", help="part 3: the rules' held-out kind errors beside the vote")
    parser.add_argument("--shape", nargs="+", type=Path, metavar="POOL_DIR",
                        help="part 5: over silence with the rows' shape (decision 391), on each content pool's generated files")
    parser.add_argument("--from", dest="first", default="retired7", choices=corpus.TUNABLE[1:])
    args = parser.parse_args(argv)
    text = report(args.out, args.first, args.pipeline, args.errors, args.shape)
    if args.write:
        args.write.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
