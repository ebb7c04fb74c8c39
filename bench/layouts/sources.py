"""Write SOURCES.md (seen), SOURCES-retired.md (first held-out set) and SOURCES-unseen.md from the TOML.

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
SEEN_MD, RETIRED_MD, UNSEEN_MD = (HERE / "SOURCES.md", HERE / "SOURCES-retired.md",
                                  HERE / "SOURCES-unseen.md")

SEEN_HEAD = """# Layout corpus: SEEN layouts (sources and exact labels)

These are the **seen** layouts (bench/layouts/seen.toml): recognition may be tuned on them.
The first held-out half, retired on 2026-12-05 and tunable since (decision 143), is in
**SOURCES-retired.md**; the fresh held-out set is listed apart in **SOURCES-unseen.md**
(bench/layouts/unseen.toml) and must not be read while tuning. Split rule (fixed before any tuning, bench/layouts/corpus.py):
within each group the layouts are ordered by sha256(id) and the first half (rounded up) is
held out. Labels are exact, in source order; → names the canonical field a careful reader
would map the column to (— none, *item* a survey item score). Where a source stores dates in
a form that is not fixed by the code, the date form was assigned so that the corpus covers
the system-export forms of issue 11; the note says which.
"""

RETIRED_HEAD = """# Layout corpus: RETIRED held-out layouts (the first split's held-out half)

These layouts (bench/layouts/retired.toml plus the generated variant wordings of
bench/layouts/retired_wordings.py) were held out from the first split until 2026-12-05 and
never read while tuning; their last held-out score is RESULTS-retired.md. A fresh held-out set
(SOURCES-unseen.md) replaced them and they are tunable since (decision 143). Labels are exact,
in source order; → names the canonical field (— none, *item* a survey item score).
"""

UNSEEN_HEAD = """# Layout corpus: UNSEEN (held-out) layouts — do not read while tuning recognition

These are the **unseen** layouts (bench/layouts/unseen.toml plus the generated variant
wordings of bench/layouts/variant_wordings.py): a fresh held-out set drawn on 2026-12-05, from
sources none of the seen or retired layouts uses, by someone who did not tune recognition and
never ran preaudit on it (decision 143). The seen ones are in **SOURCES.md**, the retired ones
in **SOURCES-retired.md**. Labels are exact, in source order; → names the canonical field
(— none, *item* a survey item score).
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
    RETIRED_MD.write_text(render(RETIRED_HEAD, corpus.retired()), encoding="utf-8")
    written = [SEEN_MD.name, RETIRED_MD.name]
    if held_out := corpus.unseen():  # absent from a working copy made for tuning
        UNSEEN_MD.write_text(render(UNSEEN_HEAD, held_out), encoding="utf-8")
        written.append(UNSEEN_MD.name)
    print("wrote " + ", ".join(written))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
