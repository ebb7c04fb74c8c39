# ruff: noqa: E501  -- Markdown table rows
"""The consultant's way out, measured: each layout read again with the [columns] a consultant writes.

    .venv/bin/python bench/layouts/way_out.py [--out DIR] [--no-generate] [--neutral]
                                             [--seen-only | --held-out-only]

Recognition reads 65–73 % of the fields of layouts nobody showed it (RESULTS.md). Where it
fails, the README's remedy is the consultant's: ``preaudit explain --draft-columns``, then a
``[columns]`` table in application.toml. This measures that remedy, not recognition: every
generated file and complete package of the corpus (bench/layouts/generate.py) is read again
with ``[columns]`` naming, for each header the layout's source gives a canonical field, that
field (``item`` for a survey's item score), and each header recognition reads as a field it
is not ``""`` (no field): what a consultant writes from the draft. A look-alike that is a material the checks
ask only by presence is named in ``[documents]``, and any other look-alike the report shows
read as records or not placed is named ``"other"`` there.

What it should show is 100 % of fields and no false finding: anything less is a reading that
``[columns]`` cannot mend (a kind refused, a date form not read, a column taken twice …), and
the tunable layouts that fall short are listed with their first misses. The held-out layouts
are shown in aggregate only (decision 136). Writes WAY-OUT.md beside this file, or
OUT/WAY-OUT-seen.md with ``--seen-only``.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.layouts import corpus  # noqa: E402
from bench.layouts import generate as gen  # noqa: E402
from bench.layouts import score as sc  # noqa: E402
from bench.layouts.corpus import Layout  # noqa: E402
from preaudit.model.records import (  # noqa: E402
    CANONICAL_FIELDS,
    ITEM,
    NO_FIELD,
    OTHER_DOCUMENT,
    PRESENCE_MATERIALS,
    column_key,
)
from preaudit.parsers import read_document  # noqa: E402
from preaudit.parsers.explain import FileExplanation, explain_document  # noqa: E402
from preaudit.parsers.limits import ReadLimits  # noqa: E402

REPORT = Path(__file__).resolve().parent / "WAY-OUT.md"
_FIELDS = {name for names in CANONICAL_FIELDS.values() for name in names} | {ITEM}


def columns_of(layout: Layout, read_now: dict[str, str] | None = None) -> dict[str, str]:
    """The [columns] a consultant writes for a record table from the draft: every header its
    source gives a field is pinned to it (a date split over two columns names the field on
    both: 报修日期 and 报修时间), and a header recognition reads as a field it is not is given
    ``""`` (no field, decision 213). A header read as nothing stays commented out. ``read_now``: header -> field as recognition reads it (the
    draft's lines). A look-alike gets none: the consultant maps the record tables. The
    package gets them as the file's own [columns."file"] (decision 218)."""
    if not layout.is_record:
        return {}
    given: dict[str, str] = {}
    for label, meaning in layout.columns:
        name = meaning.split("@")[0]
        header = column_key(label)
        if name in _FIELDS and header:
            given[header] = name
        elif header and (read_now or {}).get(header):
            given[header] = NO_FIELD
    return given


def explain(path: Path) -> FileExplanation:
    """What ``preaudit explain`` says of ``path`` now."""
    _, document = read_document(path, path.name, ReadLimits())
    return explain_document(document)


def mending_lines(layout: Layout, read_now: dict[str, str]) -> int:
    """The [columns] lines that mend a field: each header the source gives a canonical field
    that the draft reads otherwise or not at all. A lower bound on the consultant's work: a
    ``""`` line is needed only where a column read as a field it is not is the one the checks
    use (a second column read as a fallback is not), and an item score only where items count."""
    if not layout.is_record:
        return 0
    wanted = {column_key(label): meaning.split("@")[0] for label, meaning in layout.columns}
    return sum(1 for header, name in wanted.items()
               if header and name in _FIELDS - {ITEM} and read_now.get(header) != name)


def read_now(explanation: FileExplanation) -> dict[str, str]:
    """What the draft says of each header: header -> field recognition reads."""
    return {column_key(choice.header): choice.field or "" for table in explanation.tables
            if table.rows_read for choice in table.columns if choice.field}


def documents_of(layout: Layout, explanation: FileExplanation) -> dict[str, str]:
    """The [documents] a consultant writes for a look-alike: a material the checks ask for
    only by presence is named that material (a staff list, an equipment list …; decision 217);
    any other is named "other" where the report shows it read as records or not placed
    (decision 230)."""
    if layout.is_record:
        return {}
    if layout.kind in PRESENCE_MATERIALS:
        return {f"{layout.id}.xlsx": layout.kind}
    if any(explanation.records.values()) or not explanation.kinds:
        return {f"{layout.id}.xlsx": OTHER_DOCUMENT}
    return {}


def neutral(layout: Layout) -> Layout:
    """``layout`` with every header it maps to a field renamed 字段1, 字段2 … (the columns that
    are no field keep their labels): its reading then rests on [columns] alone."""
    if not layout.is_record:
        return layout
    columns, number = [], 0
    for label, meaning in layout.columns:
        if meaning.split("@")[0] in _FIELDS:
            number += 1
            label = f"字段{number}"
        columns.append((label, meaning))
    return replace(layout, columns=tuple(columns))


def _packaged(out: Path, layout: Layout) -> FileExplanation | None:
    """The explanation of a look-alike's file in its complete package (its rows differ from the
    generated file's, and what a refused table is depends on its rows, decision 202)."""
    path = out / "packages" / layout.split / layout.id / f"{layout.id}.xlsx"
    return explain(path) if not layout.is_record and path.is_file() else None


@dataclass
class Effort:
    """What a consultant writes for one layout: [columns] lines that mend, [documents] lines."""

    split: str
    is_record: bool
    mending: int
    naming: int


def run(out: Path, splits: tuple[str, ...], layouts: dict[str, Layout]
        ) -> tuple[list[sc.FileScore], list[sc.PackageScore], list[Effort]]:
    # one [columns] and [documents] per layout, drafted from its workbook as recognition reads it
    explained = {x.id: explain(out / "files" / x.split / f"{x.id}.xlsx")
                 for x in layouts.values() if x.split in splits}
    drafted = {name: read_now(e) for name, e in explained.items()}
    given = {name: columns_of(layouts[name], drafted[name]) for name in explained}
    # [documents] from the package's own copy of a look-alike, as the consultant sees it there
    named = {name: documents_of(layouts[name], _packaged(out, layouts[name]) or e)
             for name, e in explained.items()}
    effort = [Effort(layouts[name].split, layouts[name].is_record,
                     mending_lines(layouts[name], drafted[name]), len(named[name]))
              for name in explained]
    files = []
    for split in splits:
        for truth in sorted((out / "files" / split).glob("*.json")):
            layout = layouts[truth.name.rsplit(".", 2)[0]]
            files.append(sc.score_file(truth, given[layout.id]))
    packages = []
    with tempfile.TemporaryDirectory() as tmp:
        for split in splits:
            for meta in sorted((out / "packages" / split).glob("*.expected.json")):
                layout = layouts[meta.name.removesuffix(".expected.json")]
                packages.append(sc.score_package(meta, Path(tmp), given[layout.id],
                                                 named[layout.id]))
    return files, packages, effort


def effort_table(effort: list[Effort], splits: tuple[str, ...]) -> list[str]:
    """Per split: how many record layouts read right as drafted, and the lines the others need."""
    lines = ["| | record layouts | read right as drafted | [columns] lines to mend (median / most) "
             "| look-alikes named in [documents] |", "|---|---:|---:|---:|---:|"]
    for split in splits:
        records = sorted(e.mending for e in effort if e.split == split and e.is_record)
        named = sum(e.naming for e in effort if e.split == split and not e.is_record)
        lookalikes = sum(1 for e in effort if e.split == split and not e.is_record)
        if not records:
            continue
        median = statistics.median(records)
        lines.append(f"| **{split}** | {len(records)} | {records.count(0)} | "
                     f"{median:g} / {records[-1]} | {named}/{lookalikes} |")
    return [*lines, ""]


def short_of_whole(files: list[sc.FileScore], packages: list[sc.PackageScore],
                   split: str) -> list[str]:
    """The layouts of ``split`` that [columns] does not read whole, or whose package still
    gives a false finding."""
    lines = ["| layout | format | kind right | fields exact | first misses |", "|---|---|---:|---:|---|"]
    for s in sorted(files, key=lambda s: (s.layout, s.format)):
        if s.split == split and (not s.kind_right or s.exact < s.fields or s.found < s.expected):
            misses = "; ".join(s.misses[:3]) or s.error or "—"
            lines.append(f"| {s.layout} | {s.format} | {'yes' if s.kind_right else 'NO'} | "
                         f"{sc._pct(s.exact, s.fields)} | {misses.replace('|', '/')} |")
    false = [p for p in packages if p.split == split and (p.false_findings or p.error)]
    lines += ["", "| package | false findings (code × n) |", "|---|---|"]
    lines += [f"| {p.layout} | {', '.join(f'{k} ×{v}' for k, v in sorted(p.false_findings.items())) or p.error} |"
              for p in sorted(false, key=lambda p: p.layout)]
    return [*lines, ""]


def report(files: list[sc.FileScore], packages: list[sc.PackageScore], effort: list[Effort],
           splits: tuple[str, ...], seconds: float) -> str:
    load = os.getloadavg()
    lines = ["# The way out: every layout read with the [columns] a consultant writes (bench/layouts/way_out.py)", "",
             __doc__.split("\n\n", 2)[2].strip(), "",
             f"Machine: {platform.machine()}, {os.cpu_count()} cores; load average at the end "
             f"{load[0]:.2f}; {seconds:.0f} s. Recognition alone: RESULTS.md.", "",
             "## Headline, with [columns]", "", *sc.headline(files, packages, splits),
             "## What the consultant writes", "",
             "The lines that mend a field: a header the source gives a canonical field that "
             "the draft reads otherwise or not at all (a lower bound: a `\"\"` line for a column "
             "read as a field it is not is counted out). Pinning what is read already is "
             "optional.", "",
             *effort_table(effort, splits)]
    for split in splits:
        if split != corpus.HELD_OUT:
            lines += [f"## {split}: what [columns] does not mend", "",
                      *short_of_whole(files, packages, split)]
        else:  # by group and format only, never which layout (decision 136)
            lines += [f"## {split}, with [columns], in aggregate", "",
                      *sc.file_tables(files, split, per_layout=False),
                      *sc.package_tables(packages, split, per_layout=False)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=gen.DEFAULT_OUT)
    parser.add_argument("--no-generate", action="store_true",
                        help="reuse the files score.py generated into OUT")
    parser.add_argument("--seen-only", action="store_true",
                        help="the tunable layouts only, to OUT/WAY-OUT-seen.md")
    parser.add_argument("--held-out-only", action="store_true",
                        help="the held-out layouts only, in aggregate, to OUT/WAY-OUT-held-out.md")
    parser.add_argument("--neutral", action="store_true",
                        help="every header a field is written 字段N: [columns] alone must read "
                             "them (report to OUT/WAY-OUT-neutral.md; generates afresh)")
    args = parser.parse_args(argv)
    clock = time.perf_counter()
    splits = corpus.TUNABLE if args.seen_only else corpus.SPLITS
    if args.held_out_only:
        splits = (corpus.HELD_OUT,)
    layouts = gen.all_layouts(splits)
    if args.neutral:
        layouts = [neutral(x) for x in layouts]
    if not args.no_generate or args.neutral:
        gen.generate(args.out, layouts)
    files, packages, effort = run(args.out, splits, {x.id: x for x in layouts})
    text = report(files, packages, effort, splits, time.perf_counter() - clock)
    target = REPORT
    if args.seen_only or args.held_out_only or args.neutral:
        name = "neutral" if args.neutral else "seen" if args.seen_only else "held-out"
        target = args.out / f"WAY-OUT-{name}.md"
    target.write_text(text, "utf-8")
    print("\n".join(text.split("## Headline", 1)[1].split("\n")[:len(splits) + 5]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
