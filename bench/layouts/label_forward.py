# ruff: noqa: E501  -- Markdown table rows
"""The label model measured forward in time: where does its reading carry to the next set?

    .venv/bin/python bench/layouts/label_forward.py [--pipeline] [--out DIR] [--write FILE.md]
                                                    [--from SPLIT] [--detail]

As bench/layouts/vote_forward.py does for the kind vote (decision 380): for every tunable split
from the second held-out set on, in the order the sets were drawn, the label model
(parsers/label_model.py) is trained only on the splits before it, and measured on the split.

1. Labels (cheap, no pipeline): every (label, true field) of the split's record layouts, and
   every look-alike label under each record kind (true field: none). The forward model's
   reading as the parser would hear it (``learned_candidates``: top class a field at the
   threshold or more, no phone, no overall, no customer's field for a staff label) against the
   truth, by what the rules make of the label alone (the columns step's header reading,
   ``bench/layouts/label_model.rules_field``): mapped to the true field, by a strong rule (a
   synonym) or a weak one (by parts, by likeness); mapped to another field, strong or weak;
   mapped by no rule, where ``parsers/unread.py`` decides no field on purpose or knows nothing.
   Per threshold: labels the model speaks for, right and wrong.
2. With ``--pipeline``: the pipeline on the split's generated files (``DIR/files/<split>``, as
   score.py writes them), from ``--from`` on, today's rules with that split's forward label
   model heard at each of PIPELINE_THRESHOLDS and not heard at all: fields exact, files better
   and worse than silent. A file the model offers nothing for at the lowest threshold reads the
   same at all of them and is read once. Today's rules were tuned on the split: a floor, not
   the gain on an unseen set.
3. With ``--pipeline`` too, candidate (d): every column a pass by content filled whose label
   no rule reads, where the forward model at OVER_CONTENT or more names another field, against
   the truth (the model is not heard there; this counts who would be right).

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
from bench.layouts.vote_forward import HELD_OUT_FROM  # noqa: E402
from preaudit.model.records import ITEM, NO_FIELD, RecordKind  # noqa: E402
from preaudit.parsers import columns, label_model  # noqa: E402
from preaudit.parsers.headers import field_candidates, normalise_header  # noqa: E402
from preaudit.parsers.label_model import LabelModel, learned_candidates  # noqa: E402
from preaudit.parsers.unread import no_field_decided  # noqa: E402

THRESHOLDS = (0.5, 0.7, 0.9, 0.99)
_BY_PARTS = 200  # parsers/headers.py: a reading by parts or by likeness ranks from here
# What the rules make of a label alone
SAME_STRONG, SAME_WEAK = "rules: the true field (synonym)", "rules: the true field (by parts / likeness)"
OTHER_STRONG, OTHER_WEAK = "rules: another field (synonym)", "rules: another field (by parts / likeness)"
DECIDED, UNKNOWN = "no rule; unread.py decides no field", "no rule; no rule knows it"
CLASSES = (SAME_STRONG, SAME_WEAK, OTHER_STRONG, OTHER_WEAK, DECIDED, UNKNOWN)


def rules_class(label: str, kind: RecordKind, truth: str) -> str:
    """What the rules make of a label alone, against its true field."""
    name = lm.rules_field(label, kind)
    if name is None:
        return DECIDED if no_field_decided(label) is not None else UNKNOWN
    weak = name != ITEM and field_candidates(label, kind)[name][1] >= _BY_PARTS
    if name == truth:
        return SAME_WEAK if weak else SAME_STRONG
    return OTHER_WEAK if weak else OTHER_STRONG


def forward_models(first: str) -> Iterator[tuple[str, LabelModel]]:
    """(split, the label model trained on the splits drawn before it), from ``first`` on."""
    for split, earlier in lm.forward(first):
        yield split, lm.train_on(earlier)


def labels_of(split: str) -> Iterator[tuple[RecordKind, str, str, bool, frozenset[str]]]:
    """(kind, label, true field, is a look-alike's, the fields the rules read for the layout's
    labels under the kind) of a split's layouts, a look-alike's labels under every record kind."""
    for layout in corpus.of_split(split):
        kinds = [lm.KIND_OF_GROUP[layout.group]] if layout.is_record else list(RecordKind)
        for kind in kinds:
            ruled = frozenset(name for label in layout.labels if (name := lm.rules_field(label, kind)))
            for label, meaning in layout.columns:
                truth = lm.field_of(meaning) if layout.is_record else NO_FIELD
                yield kind, label, truth, not layout.is_record, ruled


def heard(model: LabelModel, label: str, kind: RecordKind, threshold: float) -> str:
    """The field the parser would be offered for the label (NO_FIELD where none)."""
    return next(iter(learned_candidates(label, kind, model, threshold)), NO_FIELD)


def count_labels(first: str) -> dict[tuple[str, str, bool, float], Counter[str]]:
    """(split, rules class, look-alike, threshold) -> labels, with a true field, spoken for,
    right, wrong."""
    out: dict[tuple[str, str, bool, float], Counter[str]] = {}
    for split, model in forward_models(first):
        for kind, label, truth, lookalike, ruled in labels_of(split):
            group = rules_class(label, kind, truth)
            for threshold in THRESHOLDS:
                count = out.setdefault((split, group, lookalike, threshold), Counter())
                said = heard(model, label, kind, threshold)
                count["labels"] += 1
                count["with a field"] += truth not in (NO_FIELD, ITEM)
                count["spoken"] += said != NO_FIELD
                count["right"] += said != NO_FIELD and said == truth
                count["wrong"] += said not in (NO_FIELD, truth)
                # the hook hears no field a rule-read label of the table names (decision 283)
                count["gap right"] += said != NO_FIELD and said == truth and said not in ruled
                count["gap wrong"] += said not in (NO_FIELD, truth) and said not in ruled
    return out


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.0f} %)" if whole else "—"


def label_rows(counts: dict[tuple[str, str, bool, float], Counter[str]]) -> list[str]:
    """Part 1's tables: over every forward split, per rules class and threshold."""
    lines = []
    for lookalike in (False, True):
        lines += ["", f"### {'Look-alike labels (true field: none), under each record kind' if lookalike else 'Record layouts labels'}", "",
                  "| rules | p ≥ | labels | with a field | model speaks | right (precision) | wrong | coverage (right / with a field) | for a field no rule-read label names: right / wrong |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for group in CLASSES:
            for threshold in THRESHOLDS:
                total: Counter[str] = Counter()
                for (_, g, look, t), count in counts.items():
                    if (g, look, t) == (group, lookalike, threshold):
                        total.update(count)
                if not total["labels"]:
                    continue
                lines.append(f"| {group} | {threshold} | {total['labels']} | {total['with a field']} | {total['spoken']} | "
                             f"{_share(total['right'], total['spoken'])} | {total['wrong']} | {_share(total['right'], total['with a field'])} | {total['gap right']} / {total['gap wrong']} |")
    return lines


def per_split_rows(counts: dict[tuple[str, str, bool, float], Counter[str]], group: str) -> list[str]:
    """One rules class, split by split (record labels | look-alike labels), right / wrong per threshold."""
    lines = ["", f"### Per split: {group} (for a field no rule-read label names: right / wrong \\| look-alike labels given a field)", "",
             "| split | labels | with a field | " + " | ".join(f"p ≥ {t}" for t in THRESHOLDS) + " |",
             "|---|---:|---:|" + "---:|" * len(THRESHOLDS)]
    for split in dict.fromkeys(s for s, *_ in counts):
        first = counts.get((split, group, False, THRESHOLDS[0]), Counter())
        cells = []
        for t in THRESHOLDS:
            mine = counts.get((split, group, False, t), Counter())
            look = counts.get((split, group, True, t), Counter())
            cells.append(f"{mine['gap right']} / {mine['gap wrong']} \\| {look['gap wrong']}")
        lines.append(f"| {split} | {first['labels']} | {first['with a field']} | " + " | ".join(cells) + " |")
    return lines


def examples(first: str, group: str, threshold: float) -> list[str]:
    """The labels of one rules class the forward model speaks for at ``threshold``."""
    lines = ["", f"### {group}, p ≥ {threshold}: every label the forward model speaks for", "",
             "| split | kind | label | true field | rules | model | p |", "|---|---|---|---|---|---|---:|"]
    for split, model in forward_models(first):
        seen = set()
        for kind, label, truth, _, ruled in labels_of(split):
            if rules_class(label, kind, truth) != group or (kind, label) in seen:
                continue
            seen.add((kind, label))
            said = learned_candidates(label, kind, model, threshold)
            if said and not said.keys() & ruled:
                name, p = next(iter(said.items()))
                lines.append(f"| {split} | {kind.value} | {label} | {truth or '(none)'} | {lm.rules_field(label, kind) or '—'} | {name} | {p:.3f} |")
    return lines


# ------------------------------------------------------------------ part 2: the pipeline

SILENT = 2.0  # a threshold no posterior reaches: the model never heard
PIPELINE_THRESHOLDS = (SILENT, 0.5, 0.6, label_model.THRESHOLD, 0.9, 0.99)


@contextmanager
def _heard_as(model: LabelModel, threshold: float, spoke: list[bool]) -> Iterator[None]:
    """The pipeline run with ``model`` as the shipped label model, heard at ``threshold``;
    ``spoke`` gets True once the model offers any field."""
    shipped = label_model._shipped_reading

    def reading(key: str, kind: RecordKind) -> tuple[tuple[str, float], ...]:
        said = label_model._reading(key, kind, model, threshold)
        spoke.append(bool(said))
        return said

    label_model._shipped_reading = reading  # type: ignore[assignment]
    try:
        yield
    finally:
        label_model._shipped_reading = shipped


# Candidate (d): the model heard over a pass by content. Offered at this posterior or more.
OVER_CONTENT = 0.9


@contextmanager
def _over_content(model: LabelModel, layout: corpus.Layout, split: str, found: list[str]) -> Iterator[None]:
    """While the pipeline reads one file: every column a pass by content (or a rule asked
    after the header step) gave a field, whose label no rule reads and none decides, where the
    model at OVER_CONTENT or more names another field; as a table row with the truth."""
    learned_last = columns._learned_last
    truth = {normalise_header(label): lm.field_of(meaning) for label, meaning in layout.columns}

    def asked(table: columns._Table, ruled: set[str], result: columns.ColumnMap) -> None:
        for choice in result.choices:
            header = table.headers[choice.column]
            if (choice.field is None or choice.given or choice.learned or not isinstance(header, str)
                    or no_field_decided(header) or lm.rules_field(header, table.kind) is not None):
                continue
            key = normalise_header(header)  # a PDF's wrapped label reads as the workbook's
            for name, p in label_model._reading(key, table.kind, model, OVER_CONTENT):
                if name != choice.field:
                    true = truth.get(key, "?")
                    verdict = "model" if name == true else "content" if choice.field == true else "neither"
                    found.append(f"| {split} | {layout.id} | {key} | {true or '(none)'} | {choice.field} | {name} | {p:.3f} | {verdict} |")
        learned_last(table, ruled, result)

    columns._learned_last = asked  # type: ignore[assignment]
    try:
        yield
    finally:
        columns._learned_last = learned_last


def _scores(path: Path, layout: corpus.Layout, model: LabelModel,
            found: list[str]) -> dict[float, FileScore]:
    """threshold -> the score of ``path``, a file of ``layout``; a file for which the model
    offers nothing at the lowest threshold reads the same at every threshold, and is read once.
    ``found`` gets the file's columns for candidate (d) (``_over_content``)."""
    spoke: list[bool] = []
    split = layout.split
    with _heard_as(model, PIPELINE_THRESHOLDS[1], spoke), _over_content(model, layout, split, found):
        lowest = score_file(path)
    if not any(spoke):
        return dict.fromkeys(PIPELINE_THRESHOLDS, lowest)
    out = {PIPELINE_THRESHOLDS[1]: lowest}
    for threshold in (t for t in PIPELINE_THRESHOLDS if t != PIPELINE_THRESHOLDS[1]):
        with _heard_as(model, threshold, []):
            out[threshold] = score_file(path)
    return out


def _worse(a: FileScore, b: FileScore) -> bool:
    return b.exact < a.exact or (a.kind_right and not b.kind_right)


def pipeline_rows(out: Path, first: str) -> tuple[list[str], list[str], list[str]]:
    """Part 2: each split read with its forward label model at each threshold, and silent;
    the files that moved; candidate (d)'s columns (each once per layout)."""
    rows, moved, found = [], [], []
    for split, model in forward_models(first):
        of_id = {layout.id: layout for layout in corpus.of_split(split)}
        scores = [_scores(p, of_id[p.name.split(".")[0]], model, found)
                  for p in sorted((out / "files" / split).glob("*.json"))]
        fields = sum(s[SILENT].fields for s in scores)
        cells = []
        for t in PIPELINE_THRESHOLDS:
            worse = sum(_worse(s[SILENT], s[t]) for s in scores)
            better = sum(s[t].exact > s[SILENT].exact for s in scores)
            cells.append(f"{sum(s[t].exact for s in scores)} (+{better} / −{worse})")
        rows.append(f"| {split} | {len(scores)} | {fields} | " + " | ".join(cells) + " |")
        print(rows[-1], flush=True)
        for s in scores:
            exact = [s[t].exact for t in PIPELINE_THRESHOLDS]
            if len(set(exact)) > 1 or len({s[t].kind_right for t in PIPELINE_THRESHOLDS}) > 1:
                base = s[SILENT]
                moved.append(f"| {split} | {base.layout} | {base.format} | {base.fields} | " + " | ".join(str(e) for e in exact) + " |")
    return rows, moved, list(dict.fromkeys(found))


def report(out: Path, first: str, pipeline: bool, detail: bool) -> str:
    counts = count_labels(HELD_OUT_FROM)
    lines = ["# The label model, forward in time (bench/layouts/label_forward.py)", "",
             "The label model trained only on the splits drawn before each set (retired2 on), read as the parser hears it "
             "(`learned_candidates`: its gates, the threshold), against each label's true field.",
             *label_rows(counts)]
    for group in (UNKNOWN, DECIDED, OTHER_WEAK, SAME_WEAK):
        lines += per_split_rows(counts, group)
    if detail:
        lines += examples(HELD_OUT_FROM, UNKNOWN, THRESHOLDS[0])
    if pipeline:
        rows, moved, found = pipeline_rows(out, first)
        heads = " | ".join("silent" if t == SILENT else f"p ≥ {t}" for t in PIPELINE_THRESHOLDS)
        lines += ["", "## 2. Today's rules with each set's forward label model, by threshold", "",
                  "Fields exact (files better / worse than with the model silent).", "",
                  f"| split | files | fields | {heads} |", "|---|---:|---:|" + "---:|" * len(PIPELINE_THRESHOLDS),
                  *rows, "", "Files whose fields moved (fields exact by threshold):", "",
                  f"| split | layout | format | fields | {heads} |", "|---|---|---|---:|" + "---:|" * len(PIPELINE_THRESHOLDS), *moved,
                  "", f"## 3. Candidate (d): the model at {OVER_CONTENT} or more over a column another pass filled", "",
                  "Columns whose label no rule reads and none decides, which a pass by content gave a field, where the forward model names another (any format; right = the true field).", "",
                  "| split | layout | label | true field | the pass read | the model | p | right |", "|---|---|---|---|---|---|---:|---|", *found]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=gen.DEFAULT_OUT)
    parser.add_argument("--write", type=Path)
    parser.add_argument("--pipeline", action="store_true")
    parser.add_argument("--detail", action="store_true", help="list the labels the model speaks for")
    parser.add_argument("--from", dest="first", default="retired13", choices=corpus.TUNABLE[1:])
    args = parser.parse_args(argv)
    text = report(args.out, args.first, args.pipeline, args.detail)
    if args.write:
        args.write.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
