# ruff: noqa: E501  -- Markdown table rows of the seen/unseen section
"""Extraction accuracy: recovered canonical records against ground truth (issue 3).

Inputs: the three committed sample packages (ground truth in
sample_data/expected/*.records.json) and every layout variant of
sample_data/gen/variants.py (built into a temp dir). For each file the records a parser
recovers are paired with the true ones (by record number, in order), then counted:
- records found: true records with a recovered partner;
- fields exact: true non-empty fields whose recovered value is equal (timestamps as ISO
  text to the minute or day, phones as digits, text with white space collapsed).
Per format (pdf/docx/xlsx) and per kind. Prints a table and writes bench/accuracy.md.

Run: .venv/bin/python bench/accuracy.py
"""

from __future__ import annotations

import json
import platform
import sys
import tempfile
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from preaudit.parsers import parse_file  # noqa: E402
from preaudit.parsers.errors import ReadError  # noqa: E402
from preaudit.parsers.limits import ReadLimits  # noqa: E402
from sample_data.gen import variants as v  # noqa: E402

PACKAGES = ROOT / "sample_data" / "packages"
EXPECTED = ROOT / "sample_data" / "expected"
KINDS = (v.WO, v.SV, v.CP)
# The digital packages; scanned ones (OCR) are measured apart, not mixed into this figure.
DIGITAL_PACKAGES = ("clean", "defects", "rework.zip")


class Tally:
    def __init__(self) -> None:
        self.records = 0
        self.found = 0
        self.fields = 0
        self.exact = 0
        self.misses: list[str] = []

    def add(self, other: Tally) -> None:
        self.records += other.records
        self.found += other.found
        self.fields += other.fields
        self.exact += other.exact


def compare(source: str, kind: str, truth: list[dict], got: list[dict]) -> Tally:
    """Pair true and recovered records by number (in order) and count exact fields."""
    tally = Tally()
    pool: dict[object, list[dict]] = defaultdict(list)
    for record in got:
        pool[record["record_id"]].append(record)
    for true in truth:
        wanted = {name: v.comparable_value(name, true.get(name)) for name in v.FIELDS[kind]}
        tally.records += 1
        filled = [name for name, value in wanted.items() if value is not None]
        tally.fields += len(filled)
        partners = pool.get(wanted["record_id"])
        if not partners:
            tally.misses.append(f"{source}: {kind} {wanted['record_id']} not found")
            continue
        tally.found += 1
        recovered = partners.pop(0)
        for name in filled:
            if recovered[name] == wanted[name]:
                tally.exact += 1
            else:
                tally.misses.append(
                    f"{source}: {wanted['record_id']}.{name} = {recovered[name]!r}, "
                    f"expected {wanted[name]!r}"
                )
    return tally


def recovered(path: Path, name: str) -> dict[str, list[dict]]:
    try:
        _, extracted = parse_file(path, name, ReadLimits())
    except ReadError:
        return {}
    return {kind: [v.comparable(kind, r) for r in extracted.records.get(kind, [])]
            for kind in KINDS}


def package_cases(work: Path) -> list[tuple[str, str, Path, dict[str, list[dict]]]]:
    """(source, format, path, true records by kind) for every package file with records."""
    cases = []
    for name in DIGITAL_PACKAGES:
        truth = json.loads((EXPECTED / f"{name}.records.json").read_text("utf-8"))
        package = PACKAGES / truth["package"]
        if package.suffix == ".zip":
            target = work / package.stem
            with zipfile.ZipFile(package) as archive:
                archive.extractall(target)  # our own sample zip: paths are known safe
            package = target
        for item in truth["files"]:
            if item["records"]:
                cases.append((f"{truth['package']}/{item['file']}", item["format"],
                              package / item["file"], item["records"]))
    return cases


def variant_cases(work: Path) -> list[tuple[str, str, Path, dict[str, list[dict]]]]:
    root = work / "variants"
    return [(f"variants/{variant.file}", variant.format, root / variant.file, variant.records)
            for variant in v.build_variants(root) if variant.records]


def measure() -> tuple[dict[tuple[str, str, str], Tally], list[str]]:
    """Tallies keyed by (source group, format, kind), and every miss."""
    tallies: dict[tuple[str, str, str], Tally] = defaultdict(Tally)
    misses: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        groups = [("packages", package_cases(work)), ("variants", variant_cases(work))]
        for group, cases in groups:
            for source, fmt, path, truth in cases:
                got = recovered(path, path.name)
                for kind, records in truth.items():
                    tally = compare(source, kind, records, got.get(kind, []))
                    tallies[(group, fmt, kind)].add(tally)
                    misses += tally.misses
    return tallies, misses


def _rows(tallies: dict[tuple[str, str, str], Tally], key) -> list[tuple[str, Tally]]:
    merged: dict[str, Tally] = defaultdict(Tally)
    for parts, tally in tallies.items():
        merged[key(parts)].add(tally)
    return sorted(merged.items())


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.2f} %" if whole else "—"


def table(title: str, rows: list[tuple[str, Tally]]) -> list[str]:
    lines = [f"### {title}", "", "| | records | found | fields | exact | field accuracy |",
             "|---|---:|---:|---:|---:|---:|"]
    for label, t in rows:
        lines.append(f"| {label} | {t.records} | {_pct(t.found, t.records)} | {t.fields} | "
                     f"{t.exact} | {_pct(t.exact, t.fields)} |")
    return [*lines, ""]


# These figures measure the vocabulary and layouts the project was built from; the layouts it
# was not tuned on are measured by bench/layouts/score.py, and this file points there.
LAYOUTS_SECTION = [
    "## Seen and unseen layouts",
    "",
    "The figures above are on layouts the team wrote, so they measure memory more than",
    "generalisation. Layouts nobody on the team wrote are measured apart by",
    "`bench/layouts/score.py` on real export layouts from public after-sales,",
    "property-management, CRM, hotline and ticketing systems (48 layouts, 10 of them look-alike",
    "tables, plus 5 generated variant wordings). The first 26 were split before any tuning into",
    "seen (seen.toml, SOURCES.md: used to tune the lexicon) and unseen (unseen.toml,",
    "SOURCES-unseen.md: never read while tuning); the 12 collected in the second round and the",
    "10 of the third (7 complaint/诉求/意见 handling ledgers, 2 call-back logs with and without",
    "ratings, 1 installation list) are all seen (decision 54), so the held-out half is",
    "unchanged. Per layout and format, and the false findings on complete packages:",
    "[bench/layouts/RESULTS.md](layouts/RESULTS.md).",
    "",
    "| | files | kind right | records found | fields exact | dates read | packages without false finding | false findings |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    "| seen, first round (12 layouts) | 36 | 36/36 | 100.0 % | 93.7 % | 93.3 % | 11/12 | 1 |",
    "| seen, 24 layouts, before second-round tuning | 72 | 69/72 | 94.7 % | 87.7 % | 92.6 % | 20/24 | 5 |",
    "| **seen, 24 layouts, after** | 72 | 72/72 | 100.0 % | 100.0 % | 100.0 % | 24/24 | 0 |",
    "| unseen, before | 57 | 54/57 | 93.3 % | 85.6 % | 80.8 % | 16/19 | 6 |",
    "| unseen, early (aggregate run 1 of 3) | 57 | 54/57 | 93.3 % | 88.3 % | 80.8 % | 16/19 | 6 |",
    "| unseen, mid-round (aggregate run 2 of 3) | 57 | 57/57 | 100.0 % | 93.1 % | 87.9 % | 17/19 | 2 |",
    "| unseen, after the second round (run 3 of 3 then) | 57 | 54/57 | 93.3 % | 91.3 % | 87.9 % | 17/19 | 5 |",
    "| seen, 34 layouts, before third-round tuning | 102 | 93/102 | 92.9 % | 89.3 % | 86.7 % | 31/34 | 10 |",
    "| **seen, 34 layouts, after** | 102 | 102/102 | 100.0 % | 100.0 % | 100.0 % | 34/34 | 0 |",
    "| unseen, third round (aggregate run 1 of 2) | 57 | 57/57 | 100.0 % | 97.1 % | 96.4 % | 18/19 | 1 |",
    "| **unseen, after** (run 2 of 2, RESULTS.md) | 57 | 57/57 | 100.0 % | 97.1 % | 96.4 % | 18/19 | 1 |",
    "",
    "Unseen after the third round, by group: work orders 97.2 % of fields (dates 100 %),",
    "surveys 100 %, complaints 94.7 % (dates 80.0 %); every table's kind right and every record",
    "found. Of the target (unseen ≥ 97 % of fields, every record, every kind, 0 false findings)",
    "all is met but the false findings: one complete package still draws one.",
    "",
]


def _layouts_section(report: Path) -> str:
    """The seen/unseen section as accuracy.md has it: score.py's rounds add rows to it by
    hand, so regenerating the figures above must not put back this file's first copy."""
    heading = LAYOUTS_SECTION[0]
    kept = report.read_text(encoding="utf-8") if report.exists() else ""
    if heading in kept:
        return kept[kept.index(heading):]
    return "\n".join(LAYOUTS_SECTION)


def main() -> int:
    tallies, misses = measure()
    total = Tally()
    for tally in tallies.values():
        total.add(tally)
    lines = ["# Extraction accuracy (bench/accuracy.py)", "",
             f"Digital files only (generated; no scans). Machine: {platform.machine()}, "
             f"Python {platform.python_version()}. "
             "Regenerate: `.venv/bin/python bench/accuracy.py`.",
             "", f"**All: {total.records} records, found {_pct(total.found, total.records)}, "
             f"{total.fields} fields, exact {_pct(total.exact, total.fields)}.**", ""]
    lines += table("Per format", _rows(tallies, lambda p: p[1]))
    lines += table("Per kind", _rows(tallies, lambda p: p[2]))
    lines += table("Per source, format and kind", _rows(tallies, lambda p: " / ".join(p)))
    lines += ["### Misses", ""] + ([f"- {miss}" for miss in misses[:50]] or ["none"]) + [""]
    report = ROOT / "bench" / "accuracy.md"
    text = "\n".join(lines) + "\n" + _layouts_section(report)
    print(text)
    report.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
