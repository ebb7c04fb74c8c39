"""The layout corpus: real export layouts from public sources, as data (TOML files).

Each layout is one record layout (work orders, survey responses, complaints) or one
look-alike table that must NOT be read as records. ``columns`` pairs every exact label, in
source order, with the canonical field it means ("" for none, "item" for a survey item
score). See the SOURCES*.md files for where each came from.

Split rule (fixed before any tuning): within each group (work_orders, survey_responses,
complaints, lookalike) the layouts are ordered by sha256(id) (hex); the first ceil(n/2)
were held out (retired.toml since decision 143), the rest went to seen.toml. :func:`split`
computes it; a test checks that the two files follow it. The generated "variant wordings"
layouts of a held-out set (its *_wordings.py) are held out with it. Layouts collected after
the split was fixed carry ``late = true`` and are all seen (issue 11, second round): the
held-out half stays exactly as it was, never re-drawn.

Splits (decisions 143, 171, 186, 216, 231 and 250): a held-out set is scored until it wears out,
then retired (tunable, scored apart) and replaced by a fresh one gathered by someone who does
not tune.
- ``seen`` (seen.toml): tunable;
- ``retired`` (retired.toml + retired_wordings.py): the first split's held-out half, held out
  until 2026-12-05 (morning);
- ``retired2`` (retired2.toml + retired2_wordings.py): the second held-out set, gathered and
  held out on 2026-12-05, scored five times, retired on 2026-12-05 (evening);
- ``retired3`` (retired3.toml + retired3_wordings.py): the third held-out set, gathered and held
  out on 2026-12-05 to judge that day's rounds 9 and 10, retired after three runs (decision 186);
- ``retired4`` (retired4.toml + retired4_wordings.py): the fourth held-out set, gathered and held
  out on 2026-12-05 to judge rounds 11 to 14, retired after four runs (decision 216);
- ``retired5`` (retired5.toml + retired5_wordings.py): the fifth held-out set, gathered and held
  out on 2026-12-05 to judge decisions 212 to 219 and rounds 15 and 16, retired after four runs
  (decision 231);
- ``retired6`` (retired6.toml + retired6_wordings.py): the sixth held-out set, gathered and held
  out on 2026-12-05 to judge rounds 15 to 20, retired after four runs (decision 250);
- ``retired7`` (retired7.toml + retired7_wordings.py): the seventh held-out set, gathered on
  2026-12-05 while the sixth was held out, held out to judge rounds 18 to 24, retired after three
  runs (decision 257);
- ``retired8`` (retired8.toml + retired8_wordings.py): the eighth held-out set, gathered on
  2026-12-05 while the seventh was held out, held out to judge rounds 25 to 30, retired after
  three runs (decision 270);
- ``retired9`` (retired9.toml + retired9_wordings.py): the ninth held-out set, gathered on
  2026-12-06 while the eighth was held out, held out to judge rounds 31 to 42 (six aggregate
  runs), retired by decision 300;
- ``retired10`` to ``retired23``: the tenth to twenty-third held-out sets, each gathered
  blind while the one before it was held out and retired by decisions 312, 329, 344, 357, 361,
  372, 382, 394, 405, 409, 417, 431, 447 and 461 (their heads in SOURCES-retired10.md …
  SOURCES-retired23.md say what each judged);
- ``unseen`` (unseen.toml + variant_wordings.py): the current held-out set, gathered from
  sources none of the other layouts uses, by someone who did not tune recognition and never
  ran preaudit on it. Never read while tuning (decision 136).

The current ``unseen`` set is the twenty-fourth, gathered on 2026-12-08 by three helpers who
never ran preaudit, while the twenty-third was held out, and joined unread (decision 462).
"""

from __future__ import annotations

import hashlib
import importlib
import math
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
# split -> (its TOML file, its module of generated variant wordings or ""), in scoring order
SPLIT_FILES = {
    "seen": ("seen.toml", ""),
    "retired": ("retired.toml", "retired_wordings"),
    "retired2": ("retired2.toml", "retired2_wordings"),
    "retired3": ("retired3.toml", "retired3_wordings"),
    "retired4": ("retired4.toml", "retired4_wordings"),
    "retired5": ("retired5.toml", "retired5_wordings"),
    "retired6": ("retired6.toml", "retired6_wordings"),
    "retired7": ("retired7.toml", "retired7_wordings"),
    "retired8": ("retired8.toml", "retired8_wordings"),
    "retired9": ("retired9.toml", "retired9_wordings"),
    "retired10": ("retired10.toml", "retired10_wordings"),
    "retired11": ("retired11.toml", "retired11_wordings"),
    "retired12": ("retired12.toml", "retired12_wordings"),
    "retired13": ("retired13.toml", "retired13_wordings"),
    "retired14": ("retired14.toml", "retired14_wordings"),
    "retired15": ("retired15.toml", "retired15_wordings"),
    "retired16": ("retired16.toml", "retired16_wordings"),
    "retired17": ("retired17.toml", "retired17_wordings"),
    "retired18": ("retired18.toml", "retired18_wordings"),
    "retired19": ("retired19.toml", "retired19_wordings"),
    "retired20": ("retired20.toml", "retired20_wordings"),
    "retired21": ("retired21.toml", "retired21_wordings"),
    "retired22": ("retired22.toml", "retired22_wordings"),
    "retired23": ("retired23.toml", "retired23_wordings"),
    "unseen": ("unseen.toml", "variant_wordings"),
}
SPLITS = tuple(SPLIT_FILES)
HELD_OUT = "unseen"
UNSEEN_FILE = HERE / SPLIT_FILES[HELD_OUT][0]
TUNABLE = tuple(name for name in SPLITS if name != HELD_OUT)
RECORD_GROUPS = ("work_orders", "survey_responses", "complaints")
GROUPS = (*RECORD_GROUPS, "lookalike")
DATE_FORMS = ("excel_serial_number", "excel_serial_text", "java_tostring", "epoch_ms",
              "epoch_s", "yyyymmdd", "iso_date", "iso_seconds", "mixed")
# Further forms real exports write, used by the perturbation harness (perturb.py): ISO with a
# T (local) or in UTC with Z, JavaScript's Date.toString(), 年月日 with and without a time,
# 上午/下午 clocks, and the slashed form Excel shows for a date cell.
PERTURBED_DATE_FORMS = ("iso_t", "iso_utc_z", "js_tostring", "cn_datetime", "cn_date",
                        "cn_ampm", "slash_minutes",
                        # a weekday between the date and its time (round 5), and US-locale
                        # Excel text, month first (9/23/2026 2:05 PM)
                        "weekday_iso", "weekday_cn", "weekday_en", "us_slash")
# Forms of help-desk, ERP and .NET exports (round 16, decision 440), a variant of their own:
# Jira's default dd/MMM/yy h:mm a, osTicket's and US Excel's m/d/yy, an ERP's date and time
# fields side by side (20260923 14:05:00), ASP.NET's JSON /Date(ms)/.
EXPORT_DATE_FORMS = ("jira_short", "us_short_year", "erp_day_clock", "dotnet_json")
# A Chinese character (CJK ideographs and extension A). The same range as parsers/english.py
# has_chinese, written again on purpose: the corpus is the yardstick and imports nothing of the
# reader it measures (its gatherers never read parsers/).
_HANZI = re.compile(r"[\u3400-\u9fff]")
# A date split into two columns (报修日期 + 报修时间): the field's meaning carries the part.
DATE_PART, TIME_PART = "@date", "@time"


@dataclass(frozen=True)
class Layout:
    id: str
    group: str  # one of GROUPS
    kind: str  # the record kind, or the look-alike's material kind
    repo: str  # GitHub owner/name ("" for generated layouts)
    path: str
    columns: tuple[tuple[str, str], ...]  # (exact label, canonical field | "" | "item")
    date_form: str
    commit: str = ""
    provenance: str = ""
    date_note: str = ""
    title: tuple[str, ...] = ()  # title rows above the header
    notes: str = ""
    split: str = "seen"  # one of SPLITS
    late: bool = False  # added after the split was fixed: seen by construction
    origin: dict[str, str] = field(default_factory=dict)  # variant layouts: label -> rule
    placeholders: bool = False  # perturbed layouts: unmapped cells sometimes 无/—/待定/blank
    note: str = ""  # perturbed layouts: a note row under the data (制表人…, 注：…)

    @property
    def is_record(self) -> bool:
        return self.group in RECORD_GROUPS

    @property
    def labels(self) -> list[str]:
        return [label for label, _ in self.columns]

    @property
    def labels_in_chinese(self) -> bool:
        """False for an export that keeps a system's English column names: no label holds a
        Chinese character. Scored apart as well as with the rest (decision 396)."""
        return any(_HANZI.search(label) for label in self.labels)

    @property
    def fields(self) -> dict[str, str]:
        """canonical field -> its label (items and unmapped columns left out; a date split
        into a date and a time column is named by its date column)."""
        fields: dict[str, str] = {}
        for label, meaning in self.columns:
            if meaning not in ("", "item") and not meaning.endswith(TIME_PART):
                fields[meaning.removesuffix(DATE_PART)] = label
        return fields

    @property
    def source(self) -> str:
        if not self.repo:
            return "generated (bench/layouts/*_wordings.py, see how read)"
        at = f"@{self.commit}" if self.commit else ""
        return f"github.com/{self.repo}{at} {self.path}"


def _from_table(entry: dict[str, object], split_name: str) -> Layout:
    columns = tuple((str(a), str(b)) for a, b in entry["columns"])  # type: ignore[union-attr]
    return Layout(
        id=str(entry["id"]), group=str(entry["group"]), kind=str(entry["kind"]),
        repo=str(entry["repo"]), path=str(entry["path"]), columns=columns,
        date_form=str(entry["date_form"]), commit=str(entry.get("commit", "")),
        provenance=str(entry.get("provenance", "")), date_note=str(entry.get("date_note", "")),
        title=tuple(entry.get("title", ())),  # type: ignore[arg-type]
        notes=str(entry.get("notes", "")), split=split_name, late=bool(entry.get("late", False)),
    )


def load(path: Path, split_name: str) -> list[Layout]:
    with path.open("rb") as handle:
        return [_from_table(entry, split_name) for entry in tomllib.load(handle)["layout"]]


def of_split(name: str) -> list[Layout]:
    """One split's layouts: its TOML file and its generated variant wordings.

    Either may be absent from a working copy made for tuning (the held-out files); then there
    is nothing to hold out there, and the scores say so by counting no such layout.
    """
    toml_name, wordings = SPLIT_FILES[name]
    layouts = load(HERE / toml_name, name) if (HERE / toml_name).exists() else []
    if wordings and (HERE / f"{wordings}.py").exists():
        module = importlib.import_module(f"bench.layouts.{wordings}")
        layouts += [replace(layout, split=name) for layout in module.variant_layouts()]
    return layouts


def seen() -> list[Layout]:
    return of_split("seen")


def retired() -> list[Layout]:
    """The first held-out set, tunable since it was retired: unseen then, scored apart now."""
    return of_split("retired")


def unseen() -> list[Layout]:
    """The current held-out layouts: real ones from unseen.toml plus the variant wordings."""
    return of_split(HELD_OUT)


def of_splits(splits: tuple[str, ...]) -> list[Layout]:
    """The layouts of the splits asked for, in SPLITS order; held-out ones only when asked."""
    return [layout for name in SPLITS if name in splits for layout in of_split(name)]


def variant_layouts(sets: list[tuple[str, str, list[tuple[str, str, str]], str]],
                    rules: str, module: str) -> list[Layout]:
    """Layouts generated from written wording rules: (id, group, [(label, field, rule)], date form).

    The split is set by :func:`of_split` from the module the layouts come from.
    """
    return [
        Layout(id=name, group=group, kind=group, repo="", path="", date_form=form,
               columns=tuple((label, meaning) for label, meaning, _ in rows),
               provenance=f"variant wordings, rules {rules} (bench/layouts/{module})",
               origin={label: rule for label, _, rule in rows})
        for name, group, rows, form in sets
    ]


def split(ids_by_group: dict[str, list[str]]) -> set[str]:
    """The ids the fixed rule held out in the first split (retired.toml since decision 143)."""
    held_out: set[str] = set()
    for ids in ids_by_group.values():
        ordered = sorted(ids, key=lambda i: hashlib.sha256(i.encode("utf-8")).hexdigest())
        held_out.update(ordered[: math.ceil(len(ordered) / 2)])
    return held_out
