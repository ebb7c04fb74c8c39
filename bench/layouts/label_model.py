# ruff: noqa: E501  -- Markdown table rows
"""Train the label model (parsers/label_model.py) on the tunable layouts and measure it.

    .venv/bin/python bench/layouts/label_model.py [--test retired8] [--out FILE.md]
                                                 [--write | --ship]
    .venv/bin/python bench/layouts/label_model.py --kind-folds [--plain] [--out FILE.md]

The model itself (naive Bayes over a label's character 1-3-grams, one model per record kind,
each no-field label a component of its own; decision 235) lives in parsers/label_model.py;
this script makes its training pairs, measures it, and writes its shipped data.

Training pairs: every label of every layout of the training splits under its layout's record
kind, with its true field (a date's ``@date``/``@time`` part is the field itself). A
look-alike table's labels are "no field" examples under every record kind.

Evaluation, label by label, on the test split (never trained on):
(a) the rules' header reading alone (``field_candidates``, the survey item test, as
    ``columns.map_columns`` scores a header): its best field at the header bar, or none;
(b) the model alone (its most probable class);
(c) the rules, and the model only for labels the rules leave unmapped, at a few thresholds;
(d) what the parser hook is offered: as (c), only for a label no rule reads as no field on
    purpose (parsers/unread.py, decision 279), only for a field no rule-read label of the
    same table names, after the gates of decision 237 (no phone, no overall rating, no
    customer's field for a label the parts grammar reads as staff, a desk or an organisation).
Then step 4: a layout's group from the bag of its headers' n-grams.

``--kind-folds`` measures the kind vote (parsers/kind_model.py, decisions 337-338) leave one
split out over every tunable split, beside the rules' readings of the same layouts (RESULTS.md
now; RESULTS-<split>.md, the rules while the split was held out): bench/layouts/ROUND57.md.

``--ship`` writes parsers/label_model.json and parsers/kind_model.json from every tunable split
(what the package ships; tests/parsers/test_label_model.py and test_kind_model.py hold the files
equal to it); ``--write`` writes the models trained WITHOUT the test split there, for an honest
end-to-end run only (decision 280). The
split held out from tuning (corpus.HELD_OUT, "unseen") is refused for training and for testing
(decision 236).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.layouts import corpus  # noqa: E402
from preaudit.model.records import ITEM, NO_FIELD, RecordKind  # noqa: E402
from preaudit.parsers.headers import field_candidates, is_survey_item, normalise_header  # noqa: E402
from preaudit.parsers.kind_model import MODEL_FILE as KIND_MODEL_FILE  # noqa: E402
from preaudit.parsers.kind_model import KindModel, header_keys  # noqa: E402
from preaudit.parsers.kind_model import dumps as dump_kinds  # noqa: E402
from preaudit.parsers.kind_model import train as train_kind_model  # noqa: E402
from preaudit.parsers.label_model import (  # noqa: E402
    MODEL_FILE,
    THRESHOLD,
    LabelModel,
    dumps,
    learned_candidates,
    train,
)
from preaudit.parsers.unread import no_field_decided  # noqa: E402

MODEL_PATH = ROOT / "parsers" / MODEL_FILE
KIND_MODEL_PATH = ROOT / "parsers" / KIND_MODEL_FILE
KIND_OF_GROUP = {kind.value: kind for kind in RecordKind}
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
_MIN_HEADER = 0.5  # columns._MIN_HEADER: below it a header is not read as a field


# ------------------------------------------------------------ training and evaluation

def refuse_held_out(splits: tuple[str, ...]) -> None:
    """The held-out split is never read here, for training or for testing (decision 236)."""
    if corpus.HELD_OUT in splits:
        raise ValueError(f"split {corpus.HELD_OUT!r} is held out: it is never read to train or test")
    unknown = set(splits) - set(corpus.TUNABLE)
    if unknown:
        raise ValueError(f"not a tunable split: {sorted(unknown)}")


def drawn_before(split: str) -> tuple[str, ...]:
    """The tunable splits drawn before ``split``: what a model measured forward in time on it
    may be trained on (decisions 380, 385)."""
    refuse_held_out((split,))
    return corpus.TUNABLE[:corpus.TUNABLE.index(split)]


def forward(first: str) -> Iterator[tuple[str, tuple[str, ...]]]:
    """(split, the splits drawn before it) for every tunable split from ``first`` on, in the
    order the sets were drawn; never the held-out split."""
    order = corpus.TUNABLE
    for split in order[order.index(first):]:
        yield split, drawn_before(split)


def field_of(meaning: str) -> str:
    return meaning.removesuffix(corpus.DATE_PART).removesuffix(corpus.TIME_PART)


def examples(splits: tuple[str, ...]) -> list[tuple[RecordKind, str, str]]:
    """(kind, exact label, true field) of every label of the splits' layouts."""
    refuse_held_out(splits)
    pairs: list[tuple[RecordKind, str, str]] = []
    for layout in corpus.of_splits(splits):
        if layout.is_record:
            kind = KIND_OF_GROUP[layout.group]
            pairs += [(kind, label, field_of(meaning)) for label, meaning in layout.columns]
        else:  # a look-alike's labels name no record field, whatever kind reads them
            pairs += [(kind, label, NO_FIELD) for kind in RecordKind for label in layout.labels]
    return pairs


def train_on(splits: tuple[str, ...]) -> LabelModel:
    return train(examples(splits))


def shipped_text() -> str:
    """The shipped model file's text: trained on every tunable split (decision 280)."""
    return dumps(train_on(corpus.TUNABLE))


def rules_field(label: str, kind: RecordKind) -> str | None:
    """The rules' header-only reading: a field, ITEM, or None where no rule reads the label."""
    if is_survey_item(label):
        return ITEM
    found = {name: score for name, score in field_candidates(label, kind).items()
             if score[0] >= _MIN_HEADER}
    if not found:
        return None
    return min(found, key=lambda name: (-found[name][0], found[name][1], name))


def model_field(model: LabelModel, label: str, kind: RecordKind) -> tuple[str, float]:
    return model.best(normalise_header(label), kind)


def _ratio(right: int, whole: int) -> str:
    return f"{right}/{whole} ({100 * right / whole:.1f} %)" if whole else "0/0"


def evaluate(model: LabelModel, test: str) -> str:
    """The label-level tables of ROUND18.md, in Markdown."""
    refuse_held_out((test,))
    rows = []  # (kind, label, truth, rules, model, probability)
    gaps = []  # per row: fields no rule-read label of the row's layout takes
    learned = []  # per row: threshold -> what the hook would be offered (learned_candidates)
    lookalike = []
    for layout in corpus.of_split(test):
        if layout.is_record:
            kind = KIND_OF_GROUP[layout.group]
            ruled = [rules_field(label, kind) for label in layout.labels]
            for (label, meaning), rules in zip(layout.columns, ruled, strict=True):
                name, probability = model_field(model, label, kind)
                rows.append((kind, label, field_of(meaning), rules, name, probability))
                gaps.append(name not in ruled)
                gap_label = no_field_decided(label) is None  # the hook asks no decided label
                learned.append({t: learned_candidates(label, kind, model, t) if gap_label else {}
                                for t in THRESHOLDS})
        else:
            for label in layout.labels:
                for kind in RecordKind:
                    offered = learned_candidates(label, kind, model) if no_field_decided(label) is None else {}
                    lookalike.append((kind, label, rules_field(label, kind), *(next(iter(offered.items()), (NO_FIELD, 0.0)))))
    out = [f"## Label level: trained on {', '.join(s for s in corpus.TUNABLE if s != test)}, tested on {test}", "",
           f"{len(rows)} labels of {test}'s record layouts ({sum(1 for r in rows if r[2] != NO_FIELD)} with a true field; "
           f"the rest name none). 'Right' = the reading equals the true field (\"\" right where the label names none).", "",
           "| reading | labels right | fields right (of labels with one) | wrong fields given | labels the rules leave unmapped, now right |",
           "|---|---|---|---|---|"]

    def line(title: str, readings: list[str]) -> str:
        right = sum(1 for r, got in zip(rows, readings, strict=True) if got == r[2])
        fields = sum(1 for r, got in zip(rows, readings, strict=True) if r[2] != NO_FIELD and got == r[2])
        wrong = sum(1 for r, got in zip(rows, readings, strict=True) if got not in (NO_FIELD, r[2]))
        rescued = sum(1 for r, got in zip(rows, readings, strict=True) if r[3] is None and got == r[2] != NO_FIELD)
        with_field = sum(1 for r in rows if r[2] != NO_FIELD)
        return f"| {title} | {_ratio(right, len(rows))} | {_ratio(fields, with_field)} | {wrong} | {rescued} |"

    rules = [r[3] if r[3] is not None else NO_FIELD for r in rows]
    out.append(line("(a) rules, header only", rules))
    out.append(line("(b) model alone", [r[4] for r in rows]))
    for threshold in THRESHOLDS:
        combined = [r[3] if r[3] is not None else (r[4] if r[5] >= threshold and r[4] != ITEM else NO_FIELD)
                    for r in rows]
        out.append(line(f"(c) rules + model where unmapped, p ≥ {threshold}", combined))
    for threshold in THRESHOLDS:  # what the hook in columns.map_columns is offered
        combined = [r[3] if r[3] is not None else (r[4] if r[4] in offered[threshold] and gap else NO_FIELD)
                    for r, gap, offered in zip(rows, gaps, learned, strict=True)]
        out.append(line(f"(d) as (c), only for a field no rule-read label of the table names; no phone, "
                        f"no overall, no customer's field for a staff label; p ≥ {threshold}", combined))
    hook = [r[3] if r[3] is not None else (r[4] if r[4] in offered[THRESHOLD] and gap else NO_FIELD)
            for r, gap, offered in zip(rows, gaps, learned, strict=True)]
    out += ["", _per_field(rows, hook), "", _unmapped(rows), "", _lookalikes(lookalike)]
    return "\n".join(out)


def _per_field(rows: list[tuple], hook: list[str]) -> str:
    """Per true field: how many labels, how many the rules read, how many (d) at the shipped
    threshold reads, and what (d) gave wrongly that field."""
    truth, by_rules, by_both, wrongly = Counter(), Counter(), Counter(), Counter()
    for (_, _, true, rules, _, _), combined in zip(rows, hook, strict=True):
        truth[true] += 1
        by_rules[true] += (rules or NO_FIELD) == true
        by_both[true] += combined == true
        if combined not in (NO_FIELD, true):
            wrongly[combined] += 1
    out = [f"### Per field ((d) at p ≥ {THRESHOLD}, what the hook is offered)", "",
           "| true field | labels | rules right | rules + model right | labels given this field wrongly |",
           "|---|---|---|---|---|"]
    for name in sorted(set(truth) | set(wrongly), key=lambda n: (n == NO_FIELD, n)):
        out.append(f"| {name or '(none)'} | {truth[name]} | {by_rules[name]} | {by_both[name]} | {wrongly[name]} |")
    return "\n".join(out)


def _unmapped(rows: list[tuple]) -> str:
    """Every label the rules leave unmapped that has a true field, or that the model would map."""
    out = ["### Labels the rules leave unmapped: what the model says", "",
           "| kind | label | true field | model | p |", "|---|---|---|---|---|"]
    seen = set()
    for kind, label, true, rules, name, probability in rows:
        if rules is not None or (kind, label) in seen:
            continue
        if true == NO_FIELD and (name in (NO_FIELD, ITEM) or probability < THRESHOLDS[0]):
            continue
        seen.add((kind, label))
        out.append(f"| {kind.value} | {label} | {true or '(none)'} | {name or '(none)'} | {probability:.2f} |")
    return "\n".join(out)


def _lookalikes(rows: list[tuple]) -> str:
    """Look-alike tables' labels (no field under any kind) the hook would be offered a field
    for where the rules read nothing (before content fit and the assignment)."""
    threshold = THRESHOLD
    given = [(kind, label, name, p) for kind, label, rules, name, p in rows
             if rules is None and name != NO_FIELD]
    out = [f"### Look-alike labels ({len(rows) // len(RecordKind)} labels × 3 kinds): "
           f"{len(given)} unmapped by the rules would get a field from the model at p ≥ {threshold}", ""]
    out += [f"- {kind.value}: {label} → {name} ({p:.2f})" for kind, label, name, p in given]
    return "\n".join(out)


def train_kinds(training: tuple[str, ...]) -> KindModel:
    """The kind vote (parsers/kind_model.py) trained on the splits' layouts: their labels
    under their group, a look-alike's under "lookalike"."""
    refuse_held_out(training)
    return train_kind_model((layout.group, layout.labels) for layout in corpus.of_splits(training))


def kind_posterior(vote: KindModel, layout: corpus.Layout, temper: bool = True) -> dict[str, float]:
    return vote.posterior(header_keys(layout.labels), temper)


def kind_guess(vote: KindModel, layout: corpus.Layout) -> str:
    posterior = kind_posterior(vote, layout, temper=False)
    return max(posterior, key=posterior.__getitem__)


def shipped_kind_text() -> str:
    """The shipped kind vote's text: trained on every tunable split."""
    return dump_kinds(train_kinds(corpus.TUNABLE))


def evaluate_kinds(test: str) -> str:
    """Step 4, bench only: a layout's group (work orders, surveys, complaints, look-alike)
    from the bag of its headers' n-grams, multinomial naive Bayes with the same smoothing,
    trained on the other tunable splits' layouts and tested on ``test``'s."""
    training = tuple(s for s in corpus.TUNABLE if s != test)
    refuse_held_out((*training, test))
    vote = train_kinds(training)
    tested = corpus.of_split(test)
    confusion: Counter[tuple[str, str]] = Counter((layout.group, kind_guess(vote, layout)) for layout in tested)
    right = sum(n for (true, got), n in confusion.items() if true == got)
    out = [f"## Kind from header n-grams (bench only): trained on {', '.join(training)}, tested on {test}", "",
           f"{_ratio(right, len(tested))} layouts of the right group.", "",
           "| true group | " + " | ".join(corpus.GROUPS) + " |", "|---|" + "---|" * len(corpus.GROUPS)]
    for true in corpus.GROUPS:
        out.append(f"| {true} | " + " | ".join(str(confusion[(true, got)]) for got in corpus.GROUPS) + " |")
    out += ["", "Wrong: " + "; ".join(f"{layout.id} ({layout.group} → {kind_guess(vote, layout)})"
                                       for layout in tested if kind_guess(vote, layout) != layout.group)]
    return "\n".join(out)


RECORD_KINDS_READ = ("work_orders", "satisfaction_survey", "complaint_ledger")  # as score.py names them
GROUP_OF_KIND = dict(zip(RECORD_KINDS_READ, corpus.RECORD_GROUPS, strict=True))
UNREAD = ("—", "unproven_records")  # 'recognised as' where the rules read no kind at all
KIND_THRESHOLDS = (0.5, 0.7, 0.9, 0.95, 0.98, 0.99, 0.995, 0.999)
UNREAD_READINGS = ("unread", "unproven")
_ROW = re.compile(r"^\| ((?:la|wo|sv|cp|variant)[^|]*?) \| (xlsx|docx|pdf) \| (yes|NO) \|(?:[^|]*\|){3} ([^|]*?) \|")


def rules_readings(path: Path) -> dict[str, str]:
    """layout -> the rules' reading of it in a RESULTS file: "right" (kind right in all three
    formats), "unread" (wrong somewhere, and no format read a kind: — or unproven records),
    "material" (no record kind, some format a look-alike's material kind), or the record
    group some format read wrongly ("→ complaints")."""
    formats: dict[str, list[tuple[bool, str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if match := _ROW.match(line):
            layout, _, right, recognised = match.groups()
            formats.setdefault(layout, []).append((right == "yes", recognised))
    out = {}
    for layout, readings in formats.items():
        read = [GROUP_OF_KIND[k] for _, r in readings for k in r.split(", ") if k in GROUP_OF_KIND]
        if all(right for right, _ in readings):
            out[layout] = "right"
        elif read:
            out[layout] = "→ " + min(read)
        elif all(r in UNREAD for _, r in readings):
            out[layout] = "unproven" if any(r == "unproven_records" for _, r in readings) else "unread"
        else:
            out[layout] = "material"
    return out


@dataclass(frozen=True)
class KindFold:
    split: str
    layout: str
    group: str
    vote: str
    posterior: float
    rules: str  # rules_readings() of RESULTS.md (the current rules, tuned on every split)
    rules_held: str  # of RESULTS-<split>.md, the rules while the split was held out ("" for seen)


def kind_folds(temper: bool = True) -> list[KindFold]:
    """Leave one split out: for every tunable split, the kind vote trained on the other eleven,
    tested on its layouts, beside the rules' readings of the same layouts."""
    refuse_held_out(corpus.TUNABLE)
    now = rules_readings(ROOT / "bench" / "layouts" / "RESULTS.md")
    rows = []
    for test in corpus.TUNABLE:
        vote = train_kinds(tuple(s for s in corpus.TUNABLE if s != test))
        held_path = ROOT / "bench" / "layouts" / f"RESULTS-{test}.md"
        held = rules_readings(held_path) if held_path.exists() else {}
        for layout in corpus.of_split(test):
            posterior = kind_posterior(vote, layout, temper)
            if not posterior:
                continue  # no header n-gram the vote knows: it casts no vote
            group = max(posterior, key=posterior.__getitem__)
            rows.append(KindFold(test, layout.id, layout.group, group, posterior[group],
                                 now.get(layout.id, "?"), held.get(layout.id, "")))
    return rows


def _votes(rows: list[KindFold], threshold: float) -> tuple[int, int, list[KindFold]]:
    """Among the rows, the model's record-kind votes at ``threshold``: (right, wrong, the wrong)."""
    cast = [r for r in rows if r.vote in corpus.RECORD_GROUPS and r.posterior >= threshold]
    wrong = [r for r in cast if r.vote != r.group]
    return len(cast) - len(wrong), len(wrong), wrong


def evaluate_kind_folds(temper: bool = True) -> str:
    rows = kind_folds(temper)
    name = "header n-grams, " + ("tempered posterior (as shipped)" if temper else "plain naive Bayes posterior")
    out = [f"## Kind vote leave-one-split-out ({name})", "",
           "Per fold: the vote trained on the other eleven splits. Rules now = RESULTS.md (rules tuned "
           "on every split, this one included); rules held out = RESULTS-<split>.md (the rules' last "
           "reading while the split was held out; seen has none). A layout is right when its kind is "
           "right on all three formats.", "",
           "| test split | layouts | vote right | rules now right | rules held out right |",
           "|---|---:|---:|---:|---:|"]
    for test in corpus.TUNABLE:
        mine = [r for r in rows if r.split == test]
        held = [r for r in mine if r.rules_held]
        out.append(f"| {test} | {len(mine)} | {sum(r.vote == r.group for r in mine)} | "
                   f"{sum(r.rules == 'right' for r in mine)} | "
                   + (f"{sum(r.rules_held == 'right' for r in held)}/{len(held)}" if held else "—") + " |")
    out.append(f"| **all** | {len(rows)} | {sum(r.vote == r.group for r in rows)} | "
               f"{sum(r.rules == 'right' for r in rows)} | "
               f"{sum(r.rules_held == 'right' for r in rows if r.rules_held)}/{sum(1 for r in rows if r.rules_held)} |")
    for label, reading in (("rules now", lambda r: r.rules), ("rules held out", lambda r: r.rules_held)):
        mine = [r for r in rows if reading(r)]
        both = sum(r.vote == r.group and reading(r) == "right" for r in mine)
        model_only = [r for r in mine if r.vote == r.group and reading(r) != "right"]
        rules_only = [r for r in mine if r.vote != r.group and reading(r) == "right"]
        neither = sum(r.vote != r.group and reading(r) != "right" for r in mine)
        out += ["", f"### Vote against {label} ({len(mine)} layouts)", "",
                "| both right | vote only | rules only | both wrong |", "|---:|---:|---:|---:|",
                f"| {both} | {len(model_only)} | {len(rules_only)} | {neither} |"]
    out += ["", "### Where the rules now leave a table unread or read another kind: the vote's record kind "
            "by posterior threshold", "",
            "A vote = the most probable group is a record group at the threshold or more. Wrong = any "
            "other group, a look-alike's included (a record kind on a look-alike floods findings). "
            "Unproven = decision 220's work orders or complaints alike on some format (where the vote is "
            "heard, if hooked); unread = — or unproven on every format. Look-alikes: left unread on some "
            "format (— or unproven), or read as their material kind on some format (the rules' reading "
            "keeps them from the vote).", "",
            "| p ≥ | record layouts unread: right / wrong (of n) | of which unproven: right / wrong (of n) "
            "| look-alikes unread: wrong (of n) | of which unproven: wrong (of n) "
            "| look-alikes read as a material kind: wrong (of n) | read another record kind: right / wrong (of n) |",
            "|---|---|---|---|---|---|---|"]
    domains = _lookalike_domains()
    unread_records = [r for r in rows if r.rules in UNREAD_READINGS and r.group in corpus.RECORD_GROUPS]
    unproven_records = [r for r in unread_records if r.rules == "unproven"]
    unread_lookalikes = [r for r in rows if r.group == "lookalike" and r.layout in domains["unread"]]
    unproven_lookalikes = [r for r in rows if r.group == "lookalike" and r.layout in domains["unproven"]]
    material = [r for r in rows if r.group == "lookalike" and r.layout in domains["material"]]
    other = [r for r in rows if r.rules.startswith("→") and r.group in corpus.RECORD_GROUPS]
    for threshold in KIND_THRESHOLDS:
        cells = []
        for mine, with_right in ((unread_records, True), (unproven_records, True), (unread_lookalikes, False),
                                 (unproven_lookalikes, False), (material, False), (other, True)):
            right, wrong, _ = _votes(mine, threshold)
            cells.append((f"{right} / {wrong}" if with_right else f"{wrong}") + f" (of {len(mine)})")
        out.append(f"| {threshold} | " + " | ".join(cells) + " |")
    out += ["", "### Every layout the rules now get wrong, and the look-alikes the vote reads as records", "",
            "| split | layout | true group | rules now | rules held out | vote | p |", "|---|---|---|---|---|---|---:|"]
    for r in rows:
        if r.rules != "right" or (r.group == "lookalike" and r.vote != "lookalike") or r.layout in domains["unproven"]:
            out.append(f"| {r.split} | {r.layout} | {r.group} | {r.rules} | {r.rules_held or '—'} | {r.vote} | {r.posterior:.4f} |")
    return "\n".join(out)


@lru_cache(maxsize=1)
def _lookalike_domains() -> dict[str, frozenset[str]]:
    """Look-alikes by what the rules now read on some format: "unread" (— or unproven
    records), "unproven" (unproven records), "material" (a kind that is no record kind)."""
    domains: dict[str, set[str]] = {"unread": set(), "unproven": set(), "material": set()}
    for line in (ROOT / "bench" / "layouts" / "RESULTS.md").read_text(encoding="utf-8").splitlines():
        if (match := _ROW.match(line)) and match.group(1).startswith("la_"):
            layout, recognised = match.group(1), match.group(4)
            if recognised in UNREAD:
                domains["unread"].add(layout)
            if recognised == "unproven_records":
                domains["unproven"].add(layout)
            if recognised not in UNREAD and not set(recognised.split(", ")) & set(GROUP_OF_KIND):
                domains["material"].add(layout)
    return {name: frozenset(layouts) for name, layouts in domains.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--test", default="retired5", help="the split to hold out and test on")
    parser.add_argument("--out", type=Path, help="write the tables to this Markdown file too")
    parser.add_argument("--write", action="store_true",
                        help="save the model trained WITHOUT the test split to parsers/label_model.json "
                             "(an end-to-end measurement only; never commit it)")
    parser.add_argument("--ship", action="store_true",
                        help="save the model trained on every tunable split to parsers/label_model.json")
    parser.add_argument("--kind-folds", action="store_true",
                        help="measure the kind vote leave-one-split-out over every tunable split")
    parser.add_argument("--plain", action="store_true",
                        help="with --kind-folds: the plain naive Bayes posterior, not the tempered one")
    args = parser.parse_args()
    if args.kind_folds:
        report = evaluate_kind_folds(not args.plain)
        print(report)
        if args.out:
            args.out.write_text(report + "\n", encoding="utf-8")
        return
    training = tuple(s for s in corpus.TUNABLE if s != args.test)
    model = train_on(training)
    report = evaluate(model, args.test) + "\n\n" + evaluate_kinds(args.test)
    print(report)
    if args.out:
        args.out.write_text(report + "\n", encoding="utf-8")
    if args.write:
        MODEL_PATH.write_text(dumps(model), encoding="utf-8")
        KIND_MODEL_PATH.write_text(dump_kinds(train_kinds(training)), encoding="utf-8")
    if args.ship:
        MODEL_PATH.write_text(shipped_text(), encoding="utf-8")
        KIND_MODEL_PATH.write_text(shipped_kind_text(), encoding="utf-8")


if __name__ == "__main__":
    main()
