# ruff: noqa: E501  -- Markdown table rows
"""Score preaudit on the layout corpus: seen and unseen layouts, files and complete packages.

    .venv/bin/python bench/layouts/score.py [--out DIR] [--no-generate] [--files-only]
                                           [--seen-only | --held-out-only]

``--seen-only`` generates and scores the tunable layouts alone (seen and retired, decision
143) and writes the tables to DIR/RESULTS-seen.md, leaving RESULTS.md alone: the run to tune
on, since the held-out layouts must not be looked at one by one while tuning (only the final,
full run writes them). ``--held-out-only`` scores the held-out layouts alone, for a
before/after probe of a change (decision 171): their aggregate goes to DIR/RESULTS-held-out.md
and is printed, their rows to DIR/RESULTS-unseen.md, and the committed RESULTS.md stays as is.

1. Generates the corpus into DIR (bench/layouts/generate.py; default bench/layouts/out/).
2. Every file: ``parsers.parse_file`` with default ReadLimits, compared with its ground truth:
   - records found / expected (paired by record number, else by order when the layout
     has no number column), counted under the layout's kind only;
   - fields exact over the canonical fields the layout has a column for (comparable form of
     sample_data/gen/variants.py: ISO dates, digit phones, collapsed white space);
   - dates read: the timestamp fields among those;
   - kind right: a record layout yields records of its kind and of no other; a look-alike
     yields no records at all (and, ideally, is recognised as its material kind).
3. Every complete package: ``pipeline.run.audit``; a finding whose code is not among the
   package's expected codes (expected.json, decision 70) is a false finding. Verdict reported.
Writes bench/layouts/RESULTS.md (the seen and retired layouts per layout and per format, the
held-out ones in aggregate) and, on a full run, RESULTS-unseen.md with the held-out rows one by one.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.layouts import corpus  # noqa: E402
from bench.layouts import generate as gen  # noqa: E402
from preaudit.parsers import parse_file  # noqa: E402
from preaudit.parsers.errors import ReadError  # noqa: E402
from preaudit.parsers.limits import ReadLimits  # noqa: E402
from preaudit.pipeline.run import RunOptions, audit  # noqa: E402
from sample_data.gen.variants import FIELDS, TIMESTAMPS, comparable  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
RECORD_KINDS = tuple(FIELDS)
SPLITS = corpus.SPLITS


@dataclass
class FileScore:
    layout: str
    split: str
    group: str
    kind: str
    format: str
    expected: int = 0
    found: int = 0
    fields: int = 0
    exact: int = 0
    dates: int = 0
    dates_exact: int = 0
    kind_right: bool = False
    recognised_as: list[str] = field(default_factory=list)
    stray: dict[str, int] = field(default_factory=dict)  # records read under other kinds
    error: str = ""
    misses: list[str] = field(default_factory=list)


def _pairs(truth: list[dict], got: list[dict]) -> list[tuple[dict, dict | None]]:
    """Pair by record number where it was read, the rest in order: a missed number column
    should not hide every other field."""
    by_number: dict[object, list[int]] = defaultdict(list)
    for index, record in enumerate(got):
        by_number[record["record_id"]].append(index)
    chosen: list[int | None] = []
    for true in truth:
        hits = by_number.get(true["record_id"]) if true["record_id"] else None
        chosen.append(hits.pop(0) if hits else None)
    spare = iter([i for i in range(len(got)) if i not in set(chosen)])
    pairs = []
    for true, index in zip(truth, chosen, strict=True):
        index = index if index is not None else next(spare, None)
        pairs.append((true, got[index] if index is not None else None))
    return pairs


def score_file(truth_path: Path, columns: dict[str, str] | None = None) -> FileScore:
    """One generated file against its truth; ``columns``: a [columns] table to read it with."""
    truth = json.loads(truth_path.read_text("utf-8"))
    path = truth_path.with_name(truth["file"])
    score = FileScore(truth["layout"], truth["split"], truth["group"], truth["kind"], truth["format"])
    try:
        _, extracted = parse_file(path, path.name, ReadLimits(), columns=columns)
    except ReadError as error:
        score.error = str(error)
        return score
    score.recognised_as = sorted(extracted.kinds)
    got = {kind: [comparable(kind, r) for r in extracted.records.get(kind, [])]
           for kind in RECORD_KINDS}
    score.stray = {kind: len(rows) for kind, rows in got.items() if rows and kind != truth["group"]}
    if truth["group"] == "lookalike":
        score.kind_right = not any(got.values())
        return score
    records = truth["records"]
    score.kind_right = bool(got[truth["group"]]) and not score.stray
    for true, recovered in _pairs(records, got[truth["group"]]):
        score.expected += 1
        filled = [name for name, value in true.items() if value is not None]
        score.fields += len(filled)
        dated = [name for name in filled if name in TIMESTAMPS[truth["group"]]]
        score.dates += len(dated)
        if recovered is None:
            score.misses.append(f"{true['record_id'] or '#'} not found")
            continue
        score.found += 1
        for name in filled:
            if recovered[name] == true[name]:
                score.exact += 1
                score.dates_exact += name in dated
            elif len(score.misses) < 6:
                score.misses.append(f"{name}: {recovered[name]!r} ≠ {true[name]!r}")
    return score


@dataclass
class PackageScore:
    layout: str
    split: str
    group: str
    expected_codes: list[str]
    verdict: str = ""
    findings: int = 0
    false_findings: dict[str, int] = field(default_factory=dict)  # code -> findings
    seconds: float = 0.0
    error: str = ""


def score_package(meta_path: Path, work: Path, columns: dict[str, str] | None = None,
                  documents: dict[str, str] | None = None) -> PackageScore:
    """One complete package's audit; ``columns``: the [columns] of the layout's own file and
    ``documents`` a [documents] table, added to its application.toml (in a copy under
    ``work``: the package stays as written)."""
    meta = json.loads(meta_path.read_text("utf-8"))
    root = meta_path.with_name(meta["layout"])
    score = PackageScore(meta["layout"], meta["split"], meta["group"], meta["expected_codes"])
    if columns or documents:
        own_file = json.dumps(f"{meta['layout']}.xlsx", ensure_ascii=False)
        tables = {f"columns.{own_file}": columns or {}, "documents": documents or {}}
        root = _with_tables(root, work / "given" / meta["layout"], tables)
    clock = time.perf_counter()
    try:
        result = audit(root, work / meta["layout"], RunOptions())
    except Exception as error:  # a crash is a result to report, not to hide
        score.error = f"{type(error).__name__}: {error}"
        return score
    score.seconds = time.perf_counter() - clock
    score.verdict = result.report["verdict"]
    score.findings = len(result.report["findings"])
    for finding in result.report["findings"]:
        if finding["code"] not in score.expected_codes:
            score.false_findings[finding["code"]] = score.false_findings.get(finding["code"], 0) + 1
    return score


def _with_tables(root: Path, copy: Path, tables: dict[str, dict[str, str]]) -> Path:
    shutil.copytree(root, copy)
    manifest = copy / "application.toml"
    lines = [manifest.read_text("utf-8")]
    for name, table in tables.items():
        lines += ["", f"[{name}]", *(f"{json.dumps(k, ensure_ascii=False)} = {json.dumps(v)}"
                                     for k, v in table.items())]
    manifest.write_text("\n".join(lines) + "\n", "utf-8")
    return copy


# ---------------------------------------------------------------------------- report


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f} %" if whole else "—"


def _sum(scores: list[FileScore]) -> tuple[int, int, int, int, int, int, int, int]:
    return (sum(s.expected for s in scores), sum(s.found for s in scores),
            sum(s.fields for s in scores), sum(s.exact for s in scores),
            sum(s.dates for s in scores), sum(s.dates_exact for s in scores),
            sum(s.kind_right for s in scores), len(scores))


def _summary_row(label: str, scores: list[FileScore]) -> str:
    exp, found, fields, exact, dates, dexact, right, n = _sum(scores)
    return (f"| {label} | {n} | {right}/{n} | {found}/{exp} ({_pct(found, exp)}) | "
            f"{_pct(exact, fields)} | {_pct(dexact, dates)} |")


def _without_chinese(split: str) -> set[str]:
    """The split's layouts whose labels hold no Chinese character (decision 396)."""
    if split not in corpus.SPLIT_FILES:
        return set()
    return {layout.id for layout in corpus.of_split(split) if not layout.labels_in_chinese}


FILE_HEAD = ["| | files | kind right | records found | fields exact | dates read |",
             "|---|---:|---:|---:|---:|---:|"]


def file_tables(scores: list[FileScore], split: str, per_layout: bool = True) -> list[str]:
    mine = [s for s in scores if s.split == split]
    lines = [f"### Files, {split} layouts", "", *FILE_HEAD, _summary_row("**all**", mine)]
    for group in ("work_orders", "survey_responses", "complaints", "lookalike"):
        lines.append(_summary_row(group, [s for s in mine if s.group == group]))
    if latin := _without_chinese(split):
        lines.append(_summary_row("labels in Chinese", [s for s in mine if s.layout not in latin]))
        lines.append(_summary_row("labels without Chinese", [s for s in mine if s.layout in latin]))
    for fmt in gen.FORMATS:
        lines.append(_summary_row(fmt, [s for s in mine if s.format == fmt]))
    if not per_layout:
        return [*lines, ""]
    lines += ["", "Per layout and format (look-alikes: kind right = no records read; "
              "'recognised as' = the kinds preaudit gave the file):", "",
              "| layout | format | kind right | found | fields exact | dates read | recognised as | records under other kinds | first misses |",
              "|---|---|---:|---:|---:|---:|---|---|---|"]
    for s in sorted(mine, key=lambda s: (s.group, s.layout, s.format)):
        stray = ", ".join(f"{k} {v}" for k, v in s.stray.items()) or "—"
        misses = "; ".join(s.misses[:3]) or s.error or "—"
        lines.append(f"| {s.layout} | {s.format} | {'yes' if s.kind_right else 'NO'} | "
                     f"{s.found}/{s.expected} | {_pct(s.exact, s.fields)} | "
                     f"{_pct(s.dates_exact, s.dates)} | {', '.join(s.recognised_as) or '—'} | "
                     f"{stray} | {misses.replace('|', '/')} |")
    return [*lines, ""]


def package_tables(scores: list[PackageScore], split: str, per_layout: bool = True) -> list[str]:
    mine = [s for s in scores if s.split == split]
    false_total = sum(sum(s.false_findings.values()) for s in mine)
    clean = sum(not s.false_findings and not s.error for s in mine)
    lines = [f"### Complete packages, {split} layouts", "",
             f"{len(mine)} packages; {clean} without any false finding; "
             f"{false_total} false findings in all.", ""]
    if latin := _without_chinese(split):
        theirs = [s for s in mine if s.layout in latin]
        lines[-1:] = [f"Of these, {len(theirs)} in layouts whose labels hold no Chinese: "
                      f"{sum(not s.false_findings and not s.error for s in theirs)} without any "
                      f"false finding; {sum(sum(s.false_findings.values()) for s in theirs)} "
                      "false findings.", ""]
    if not per_layout:  # held out: which codes come falsely, never which layout gives them
        by_code: dict[str, int] = defaultdict(int)
        for s in mine:
            for code, count in s.false_findings.items():
                by_code[code] += count
        shown = ", ".join(f"{code} ×{n}" for code, n in sorted(by_code.items())) or "none"
        return [*lines, f"False findings by code: {shown}.", ""]
    lines += ["| layout | group | verdict | findings | false findings (code × n) | expected codes (missing columns) | s |",
              "|---|---|---|---:|---|---|---:|"]
    for s in sorted(mine, key=lambda s: (s.group, s.layout)):
        false = ", ".join(f"{k} ×{v}" for k, v in sorted(s.false_findings.items())) or "none"
        lines.append(f"| {s.layout} | {s.group} | {s.verdict or s.error} | {s.findings} | {false} | "
                     f"{', '.join(s.expected_codes) or '—'} | {s.seconds:.1f} |")
    return [*lines, ""]


def headline(files: list[FileScore], packages: list[PackageScore],
             splits: tuple[str, ...] = SPLITS) -> list[str]:
    lines = ["| | files | kind right | records found | fields exact | dates read | packages without false finding | false findings |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for split in splits:
        exp, found, fields, exact, dates, dexact, right, n = _sum([s for s in files if s.split == split])
        mine = [p for p in packages if p.split == split]
        clean = sum(not p.false_findings and not p.error for p in mine)
        false = sum(sum(p.false_findings.values()) for p in mine)
        lines.append(f"| **{split}** | {n} | {right}/{n} | {found}/{exp} ({_pct(found, exp)}) | "
                     f"{_pct(exact, fields)} | {_pct(dexact, dates)} | {clean}/{len(mine)} | {false} |")
    return [*lines, ""]


def write_results(files: list[FileScore], packages: list[PackageScore], seconds: float,
                  splits: tuple[str, ...] = SPLITS, target: Path = RESULTS) -> str:
    """RESULTS.md: the headline, the seen layouts in full and the held-out ones in aggregate.

    The held-out layouts' rows, one per layout, go to RESULTS-unseen.md beside it, which is
    read like SOURCES-unseen.md: not while tuning (decision 136). A file anyone reads to see
    the state of things must not show which held-out layout fails and how.
    """
    load = os.getloadavg()
    lines = ["# Layout corpus: seen, retired and unseen layouts (bench/layouts/score.py)", "",
             "Real export layouts from public sources (bench/layouts/SOURCES.md for the seen ones, "
             "SOURCES-retired*.md for the held-out sets retired before, tunable since "
             "(decisions 143, 171, 186, 216); the unseen ones, the current held-out "
             "set, are listed apart in SOURCES-unseen.md and must not be read when tuning), "
             "each generated as xlsx, docx and PDF with its system's date form, and as a complete "
             "package that should give no finding but those its missing columns force (decision 70). "
             "Held-out layouts are shown here in aggregate only; their rows one by one are in "
             "RESULTS-unseen.md, not to be read when tuning (decision 136).",
             "", f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
             f"{platform.python_version()}; load average at the end {load[0]:.2f}/{load[1]:.2f}; "
             f"{seconds:.0f} s in all. Regenerate: `.venv/bin/python bench/layouts/score.py`.", "",
             "## Headline", "", *headline(files, packages, splits), "## Files", ""]
    for split in splits:
        lines += file_tables(files, split, per_layout=split != corpus.HELD_OUT)
    lines += ["## Complete packages", ""]
    for split in splits:
        lines += package_tables(packages, split, per_layout=split != corpus.HELD_OUT)
    text = "\n".join(lines)
    target.write_text(text, encoding="utf-8")
    if corpus.HELD_OUT in splits:
        held_out = ["# Held-out layouts one by one (bench/layouts/score.py)", "",
                    "**Do not read this file while tuning recognition** (decision 136): it says "
                    "which held-out layout fails and how. RESULTS.md has the aggregates.", "",
                    *file_tables(files, corpus.HELD_OUT),
                    *package_tables(packages, corpus.HELD_OUT)]
        (target.parent / "RESULTS-unseen.md").write_text("\n".join(held_out), encoding="utf-8")
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=gen.DEFAULT_OUT)
    parser.add_argument("--no-generate", action="store_true")
    parser.add_argument("--files-only", action="store_true")
    parser.add_argument("--seen-only", action="store_true",
                        help="the tunable layouts only (seen and retired), tables to "
                             "OUT/RESULTS-seen.md (for tuning)")
    parser.add_argument("--held-out-only", action="store_true",
                        help="the held-out layouts only, in aggregate, to OUT/RESULTS-held-out.md "
                             "(their rows to OUT/RESULTS-unseen.md, not to be read when tuning)")
    args = parser.parse_args(argv)
    clock = time.perf_counter()
    splits = corpus.TUNABLE if args.seen_only else SPLITS
    if args.held_out_only:
        splits = (corpus.HELD_OUT,)
    if not args.no_generate:
        gen.generate(args.out, gen.all_layouts(splits))
    files = [score_file(p) for split in splits
             for p in sorted((args.out / "files" / split).glob("*.json"))]
    packages: list[PackageScore] = []
    if not args.files_only:
        with tempfile.TemporaryDirectory() as tmp:
            packages = [score_package(p, Path(tmp)) for split in splits
                        for p in sorted((args.out / "packages" / split).glob("*.expected.json"))]
    target = args.out / "RESULTS-seen.md" if args.seen_only else RESULTS
    if args.held_out_only:  # a before/after probe: the committed RESULTS.md stays whole
        target = args.out / "RESULTS-held-out.md"
    print(write_results(files, packages, time.perf_counter() - clock, splits, target))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
