"""Write SOURCES.md (seen), SOURCES-retired*.md (retired held-out sets) and SOURCES-unseen.md from the TOML.

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
# split -> its SOURCES file: SOURCES.md for the seen layouts, SOURCES-<split>.md for the others
MD = {name: HERE / ("SOURCES.md" if name == "seen" else f"SOURCES-{name}.md")
      for name in corpus.SPLITS}
SEEN_MD, UNSEEN_MD = MD["seen"], MD[corpus.HELD_OUT]
RETIRED_LIST = ", ".join(f"**{MD[name].name}**" for name in corpus.TUNABLE if name != "seen")

SEEN_HEAD = f"""# Layout corpus: SEEN layouts (sources and exact labels)

These are the **seen** layouts (bench/layouts/seen.toml): recognition may be tuned on them.
The retired held-out sets, tunable since (decisions 143, 171, 186, 216, 231, 250, 257, 270, 300, 312, 329, 344, 357, 361, 372, 382, 394, 405, 409, 417, 431, 447 and 461), are in
{RETIRED_LIST}; the current held-out set is listed apart in
**SOURCES-unseen.md** (bench/layouts/unseen.toml) and must not be read while tuning. Split rule (fixed before any tuning, bench/layouts/corpus.py):
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
replaced them and they are tunable since (decision 143). Labels are exact,
in source order; → names the canonical field (— none, *item* a survey item score).
"""

RETIRED2_HEAD = """# Layout corpus: RETIRED held-out layouts (the second held-out set)

These layouts (bench/layouts/retired2.toml plus the generated variant wordings of
bench/layouts/retired2_wordings.py) were drawn on 2026-12-05, from sources none of the seen or
first retired layouts uses, by someone who did not tune recognition and never ran preaudit on
them (decision 143). They were held out, scored five times and never read while tuning; their
last held-out rows are RESULTS-retired2.md. A third held-out set replaced them the same day and
they are tunable since (decision 171). Labels are exact, in source order; → names the canonical
field (— none, *item* a survey item score).
"""

RETIRED3_HEAD = """# Layout corpus: RETIRED held-out layouts (the third held-out set)

These layouts (bench/layouts/retired3.toml plus the generated variant wordings of
bench/layouts/retired3_wordings.py) were drawn on 2026-12-05, from sources none of the other
splits uses, by someone who did not tune recognition and never ran preaudit on them, and merged
blind. They were held out for three aggregate runs that judged that day's rounds 9 and 10; their
last held-out rows are RESULTS-retired3.md. They are tunable since (decision 186). Labels are
exact, in source order; → names the canonical field (— none, *item* a survey item score).
"""

RETIRED4_HEAD = """# Layout corpus: RETIRED held-out layouts (the fourth held-out set)

These layouts (bench/layouts/retired4.toml plus the generated variant wordings of
bench/layouts/retired4_wordings.py) were drawn on 2026-12-05, from sources none of the other
splits uses, by someone who did not tune recognition and never ran preaudit on them, and merged
blind. They were held out for four aggregate runs that judged rounds 11 and 12 (tuned with
words), the wrapped-date reading of decision 212 and rounds 13 and 14 (no new words); their last
held-out rows are RESULTS-retired4.md. They are tunable since (decision 216). Labels are exact,
in source order; → names the canonical field (— none, *item* a survey item score).
"""

RETIRED5_HEAD = """# Layout corpus: RETIRED held-out layouts (the fifth held-out set)

These layouts (bench/layouts/retired5.toml plus the generated variant wordings of
bench/layouts/retired5_wordings.py) were drawn on 2026-12-05, from sources none of the other
splits uses, by someone who did not tune recognition and never ran preaudit on them, and merged
blind. They were held out for four aggregate runs that judged decisions 212 to 219 (the way out
and a qualifier before a middle dot) and rounds 15 and 16 (no new words); their last held-out
rows are RESULTS-retired5.md. They are tunable since (decision 231). Labels are exact, in
source order; → names the canonical field (— none, *item* a survey item score).
"""

RETIRED6_HEAD = """# Layout corpus: RETIRED held-out layouts (the sixth held-out set)

These layouts (bench/layouts/retired6.toml plus the generated variant wordings of
bench/layouts/retired6_wordings.py) were drawn on 2026-12-05, from sources none of the other
splits uses, by someone who did not tune recognition and never ran preaudit on them, and merged
blind. They were held out for four aggregate runs that judged rounds 15 to 20 (no new words in
rounds 15-17 and 19-20; round 18 a label model, not hooked in); their last held-out rows are
RESULTS-retired6.md. They are tunable since (decision 250). Labels are exact, in source order;
→ names the canonical field (— none, *item* a survey item score).
"""


def _blind_retired_head(split: str, ordinal: str, before: str, drawn: str, merged_by: str,
                        held_for: str, retired_by: str) -> str:
    """The head of a set gathered blind while the one before it was held out, and retired
    later (decisions 257, 270, 300): which set, when, and what its held-out runs judged differ."""
    return f"""# Layout corpus: RETIRED held-out layouts (the {ordinal} held-out set)

These layouts (bench/layouts/{split}.toml plus the generated variant wordings of
bench/layouts/{split}_wordings.py) were drawn on {drawn}, while the {before} set was held out,
from sources none of the other splits uses, by someone who did not tune recognition and never
ran preaudit on them, and merged blind (decision {merged_by}). They were held out for {held_for}; their last
held-out rows are RESULTS-{split}.md. They are tunable since (decision {retired_by}). Labels are exact,
in source order; → names the canonical field (— none, *item* a survey item score).
"""


_THREE_EQUAL = ("three aggregate\nruns that judged rounds {}, and the three were equal in every "
                "aggregate")
RETIRED7_HEAD = _blind_retired_head("retired7", "seventh", "sixth", "2026-12-05", "243",
                                    _THREE_EQUAL.format("18 to 24"), "257")
RETIRED8_HEAD = _blind_retired_head("retired8", "eighth", "seventh", "2026-12-05", "257",
                                    _THREE_EQUAL.format("25 to 30"), "270")
RETIRED9_HEAD = _blind_retired_head(
    "retired9", "ninth", "eighth", "2026-12-06", "270",
    "six aggregate runs\nthat judged rounds 31 to 42, and retired when the lead saw part of their "
    "file by mistake", "300")
RETIRED10_HEAD = _blind_retired_head(
    "retired10", "tenth", "ninth", "2026-12-06", "300",
    "four aggregate runs\nthat judged rounds 43 to 46, and the four were equal in every aggregate",
    "312")
RETIRED11_HEAD = _blind_retired_head(
    "retired11", "eleventh", "tenth", "2026-12-06", "319",
    "three aggregate runs\nthat judged rounds 47 to 53, and the three were equal in every aggregate",
    "329")
RETIRED12_HEAD = _blind_retired_head(
    "retired12", "twelfth", "eleventh", "2026-12-06", "336",
    "three aggregate runs\nthat judged rounds 54 to 59 and decision 343, and the three were "
    "equal in every aggregate",
    "344")
RETIRED13_HEAD = _blind_retired_head(
    "retired13", "thirteenth", "twelfth", "2026-12-06", "345",
    "three aggregate runs\nthat judged rounds 57 to 61 and 63 and decisions 343, 347 and 356, and "
    "the three were equal in every aggregate",
    "357")
RETIRED14_HEAD = _blind_retired_head(
    "retired14", "fourteenth", "thirteenth", "2026-12-06", "358",
    "three aggregate runs\nthat judged rounds 62 to 65 and decisions 347 and 356, and the three "
    "were equal in every aggregate",
    "361")
RETIRED15_HEAD = _blind_retired_head(
    "retired15", "fifteenth", "fourteenth", "2026-12-06", "369",
    "three aggregate runs\nthat judged rounds 66 to 69 and decision 368, and the three were "
    "equal in every aggregate",
    "372")
RETIRED16_HEAD = _blind_retired_head(
    "retired16", "sixteenth", "fifteenth", "2026-12-06", "381",
    "six aggregate runs\nthat judged decision 380 and rounds 70 to 72, and the last five were "
    "equal in every aggregate",
    "382")
RETIRED17_HEAD = _blind_retired_head(
    "retired17", "seventeenth", "sixteenth", "2026-12-06", "387",
    "three aggregate runs\nthat judged decisions 388 to 392, and the three were equal in every "
    "aggregate",
    "394")
RETIRED18_HEAD = _blind_retired_head(
    "retired18", "eighteenth", "seventeenth", "2026-12-06", "393",
    "six aggregate runs\nthat judged decisions 396 to 404, and the last two were equal in every "
    "aggregate",
    "405")
RETIRED19_HEAD = _blind_retired_head(
    "retired19", "nineteenth", "eighteenth", "2026-12-07", "406",
    "three aggregate runs\nthat judged decisions 407 and 408, and the last two were equal in every "
    "aggregate",
    "409")
RETIRED20_HEAD = _blind_retired_head(
    "retired20", "twentieth", "nineteenth", "2026-12-07", "410",
    "five aggregate runs\nthat judged decisions 411 to 416, and the last two were equal in every "
    "aggregate",
    "417")
RETIRED21_HEAD = _blind_retired_head(
    "retired21", "twenty-first", "twentieth", "2026-12-07", "418",
    "five aggregate runs\nthat judged decisions 419 to 430, and the last four were equal in every "
    "aggregate",
    "431")
RETIRED22_HEAD = _blind_retired_head(
    "retired22", "twenty-second", "twenty-first", "2026-12-07", "432",
    "five aggregate runs\nthat judged decisions 433 to 446, all equal in every aggregate",
    "447")
RETIRED23_HEAD = _blind_retired_head(
    "retired23", "twenty-third", "twenty-second", "2026-12-07", "448",
    "four aggregate runs\nthat judged decisions 449 to 460, the last three equal in every aggregate",
    "461")

UNSEEN_HEAD = f"""# Layout corpus: UNSEEN (held-out) layouts — do not read while tuning recognition

These are the **unseen** layouts (bench/layouts/unseen.toml plus the generated variant
wordings of bench/layouts/variant_wordings.py): the current held-out set, from sources none of
the seen or retired layouts uses, by someone who did not tune recognition and never ran
preaudit on it (decisions 143 and 171). The seen ones are in **SOURCES.md**, the retired ones
in {RETIRED_LIST}. Labels are exact, in source order; → names the canonical field
(— none, *item* a survey item score).
"""

# split -> the head that says what the split is
HEADS = {"seen": SEEN_HEAD, "retired": RETIRED_HEAD, "retired2": RETIRED2_HEAD,
         "retired3": RETIRED3_HEAD, "retired4": RETIRED4_HEAD,
         "retired5": RETIRED5_HEAD, "retired6": RETIRED6_HEAD,
         "retired7": RETIRED7_HEAD, "retired8": RETIRED8_HEAD, "retired9": RETIRED9_HEAD,
         "retired10": RETIRED10_HEAD, "retired11": RETIRED11_HEAD,
         "retired12": RETIRED12_HEAD, "retired13": RETIRED13_HEAD,
         "retired14": RETIRED14_HEAD, "retired15": RETIRED15_HEAD,
         "retired16": RETIRED16_HEAD, "retired17": RETIRED17_HEAD,
         "retired18": RETIRED18_HEAD,
         "retired19": RETIRED19_HEAD, "retired20": RETIRED20_HEAD,
         "retired21": RETIRED21_HEAD,
         "retired22": RETIRED22_HEAD,
         "retired23": RETIRED23_HEAD, corpus.HELD_OUT: UNSEEN_HEAD}
# split -> (its SOURCES file, its head)
BY_SPLIT = {name: (MD[name], HEADS[name]) for name in corpus.SPLITS}


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
        lines.append(f"| {number} | {_cell(label)} | {shown} |{rule}")
    return [*lines, ""]


def _cell(label: str) -> str:
    """A label in a Markdown table cell: a line break inside a header cell shown as ⏎, a bar
    escaped, so that the row stays one row."""
    return label.replace("\r\n", "\n").replace("\n", "⏎").replace("|", "\\|")


def render(head: str, layouts: list[Layout]) -> str:
    lines = [head, "| id | group | kind | columns | date form |", "|---|---|---|---:|---|"]
    lines += [f"| {x.id} | {x.group} | {x.kind} | {len(x.columns)} | {x.date_form} |" for x in layouts]
    lines.append("")
    for layout in layouts:
        lines += section(layout)
    return "\n".join(lines)


def main() -> int:
    written = []
    for name, (target, head) in BY_SPLIT.items():
        if layouts := corpus.of_split(name):  # held-out files are absent from a tuning copy
            target.write_text(render(head, layouts), encoding="utf-8")
            written.append(target.name)
    print("wrote " + ", ".join(written))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
