"""Write SOURCES.md (seen layouts) and SOURCES-unseen.md (held-out layouts) from the TOML files.

    .venv/bin/python bench/layouts/sources.py

One section per layout: source (repository, path, commit when known), how the labels were
read, the exact labels in order with the canonical field each means, the date form, notes.
"""
# ruff: noqa: E501

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.layouts import corpus  # noqa: E402
from bench.layouts.corpus import Layout  # noqa: E402
from bench.layouts.generate import expected_codes  # noqa: E402

HERE = Path(__file__).resolve().parent
SEEN_MD, UNSEEN_MD = HERE / "SOURCES.md", HERE / "SOURCES-unseen.md"

SEEN_HEAD = """# Layout corpus: SEEN layouts (sources and exact labels)

These are the **seen** layouts (bench/layouts/seen.toml): recognition may be tuned on them.
The held-out layouts are listed apart in **SOURCES-unseen.md** (bench/layouts/unseen.toml)
and must not be read while tuning. Split rule (fixed before any tuning, bench/layouts/corpus.py):
within each group the layouts are ordered by sha256(id) and the first half (rounded up) is
held out. Labels are exact, in source order; → names the canonical field a careful reader
would map the column to (— none, *item* a survey item score). Where a source stores dates in
a form that is not fixed by the code, the date form was assigned so that the corpus covers
the system-export forms of issue 11; the note says which.
"""

UNSEEN_HEAD = """# Layout corpus: UNSEEN (held-out) layouts — do not read while tuning recognition

These are the **unseen** layouts (bench/layouts/unseen.toml plus the generated variant
wordings of bench/layouts/variant_wordings.py). The seen ones are in **SOURCES.md**. Split
rule (fixed before any tuning, bench/layouts/corpus.py): within each group the layouts are
ordered by sha256(id) and the first half (rounded up) is held out. Labels are exact, in
source order; → names the canonical field (— none, *item* a survey item score).
"""


def section(layout: Layout) -> list[str]:
    lines = [f"## {layout.id}", "",
             f"- group / kind: {layout.group} / {layout.kind}",
             f"- source: {layout.source}",
             f"- how read: {layout.provenance}",
             f"- date form: `{layout.date_form}`" + (f" — {layout.date_note}" if layout.date_note else "")]
    if layout.title:
        lines.append(f"- title rows above the header: {' / '.join(layout.title)}")
    if layout.notes:
        lines.append(f"- notes: {layout.notes}")
    if layout.is_record:
        codes = expected_codes(layout)
        lines.append(f"- findings a complete package must still give (columns the layout lacks): {', '.join(codes) or 'none'}")
    lines += ["", "| # | label | canonical field |" + (" rule |" if layout.origin else ""),
              "|---:|---|---|" + ("---|" if layout.origin else "")]
    for number, (label, meaning) in enumerate(layout.columns, start=1):
        shown = {"": "—", "item": "*item*"}.get(meaning, meaning)
        rule = f" {layout.origin[label]} |" if layout.origin else ""
        lines.append(f"| {number} | {label} | {shown} |{rule}")
    return [*lines, ""]


def render(head: str, layouts: list[Layout]) -> str:
    lines = [head, "| id | group | kind | columns | date form |", "|---|---|---|---:|---|"]
    lines += [f"| {x.id} | {x.group} | {x.kind} | {len(x.columns)} | {x.date_form} |" for x in layouts]
    lines.append("")
    for layout in layouts:
        lines += section(layout)
    return "\n".join(lines)


def main() -> int:
    SEEN_MD.write_text(render(SEEN_HEAD, corpus.seen()), encoding="utf-8")
    UNSEEN_MD.write_text(render(UNSEEN_HEAD, corpus.unseen()), encoding="utf-8")
    print(f"wrote {SEEN_MD.name} and {UNSEEN_MD.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
