# ruff: noqa: E501  -- Markdown table rows
"""A label model learned from the layout corpus, and its measurement (issue 11, round 18).

    .venv/bin/python bench/layouts/label_model.py [--test retired5] [--out FILE.md]

The model: multinomial naive Bayes over the character 1-3-grams of a label normalised by the
project's one normaliser (``parsers.headers.normalise_header``), the label's start and end
marked (^报, 期$), one model per record kind. Its classes are the kind's canonical fields,
``item`` (a survey item score) and "no field". "No field" is no one class: labels that name
nothing have nothing in common, and as one bag of n-grams they lose to any field that shares a
character (被举报号码 would be the customer's phone). Each distinct no-field label is a
component of its own and "no field" is the sum of their probabilities (decision 235).

Training pairs: every label of every layout of the training splits under its layout's record
kind, with its true field (a date's ``@date``/``@time`` part is the field itself). A
look-alike table's labels are "no field" examples under every record kind.

Evaluation, label by label, on the test split (never trained on):
(a) the rules' header reading alone (``field_candidates``, the survey item test, as
    ``columns.map_columns`` scores a header): its best field at the header bar, or none;
(b) the model alone (its most probable class);
(c) the rules, and the model only for labels the rules leave unmapped, at a few thresholds;
(d) as (c), only for a field no rule-read label of the same table names, after the gates a
    parser hook would need (decision 237): no phone, no overall rating, no customer's field
    for a label the parts grammar reads as staff, a desk or an organisation.
Then step 4: a layout's group from the bag of its headers' n-grams.

The split held out from tuning (corpus.HELD_OUT, "unseen") is refused for training and for
testing (decision 236). The model is not used by preaudit: the parser hook that was measured
was taken out (decision 237, ROUND18.md).
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.layouts import corpus  # noqa: E402
from preaudit.model.records import ITEM, NO_FIELD, RecordKind  # noqa: E402
from preaudit.parsers.headers import field_candidates, is_survey_item, normalise_header  # noqa: E402
from preaudit.parsers.meaning import read_label  # noqa: E402

KIND_OF_GROUP = {kind.value: kind for kind in RecordKind}
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
_MIN_HEADER = 0.5  # columns._MIN_HEADER: below it a header is not read as a field


# ------------------------------------------------------------------------ the model

_SIZES = (1, 2, 3)  # character n-gram lengths
_SMOOTHING = 0.1  # additive (Lidstone) smoothing of each class's n-gram counts
# Posterior probability from which the model's field would count as header evidence: 0.5 to
# 0.8 give the same readings on retired5 (ROUND18.md).
THRESHOLD = 0.7
_MAX_KEY = 40  # longer labels are sentences or data, not headers: the model says nothing


def grams(key: str) -> list[str]:
    """The character 1-3-grams of a normalised label, with its start and end marked (^报, 期$):
    where a part stands says as much as the part (日期 ends a date's label)."""
    marked = f"^{key}$"
    return [marked[at:at + size] for size in _SIZES for at in range(len(marked) - size + 1)
            if marked[at:at + size] not in ("^", "$")]


@dataclass(frozen=True)
class _Class:
    labels: int  # training labels of this class (its prior)
    total: int  # n-grams counted over them
    counts: dict[str, int]

    @classmethod
    def of(cls, data: dict[str, object]) -> _Class:
        counts = {str(g): int(n) for g, n in dict(data["counts"]).items()}  # type: ignore[call-overload]
        return cls(int(data["labels"]), int(data["total"]), counts)  # type: ignore[call-overload]

    def to_json(self) -> dict[str, object]:
        return {"labels": self.labels, "total": self.total,
                "counts": dict(sorted(self.counts.items()))}


@dataclass
class _Index:
    names: list[str]  # each component's class ("" for every no-field component)
    base: list[float]  # log prior
    unseen: list[float]  # log probability of an n-gram the component never saw
    postings: dict[str, list[tuple[int, float]]]  # n-gram -> (component, log gain over unseen)


# kind -> {"fields": field -> class, "none": normalised no-field label -> its component}
_Data = dict[str, dict[str, dict[str, dict[str, object]]]]


class LabelModel:
    """Per kind: each class's label count and n-gram counts; probabilities by Bayes' rule."""

    def __init__(self, data: _Data) -> None:
        self._kinds: dict[str, dict[str, dict[str, _Class]]] = {
            kind: {part: {name: _Class.of(c) for name, c in classes.items()}
                   for part, classes in parts.items()}
            for kind, parts in data.items()}
        self._vocabulary = {
            kind: len({g for classes in parts.values() for c in classes.values() for g in c.counts})
            for kind, parts in self._kinds.items()}
        self._indexes: dict[str, _Index] = {}

    def probabilities(self, key: str, kind: RecordKind) -> dict[str, float]:
        """class -> posterior probability of a normalised label under ``kind``, "" the sum of
        the no-field components (empty where the model knows nothing of the kind or label)."""
        index = self._index(kind.value)
        if not key or not index.names:
            return {}
        features = grams(key)
        logs = [base + len(features) * unseen for base, unseen in zip(index.base, index.unseen,
                                                                      strict=True)]
        for gram in features:
            for component, gain in index.postings.get(gram, ()):
                logs[component] += gain
        top = max(logs)
        weights: Counter[str] = Counter()
        for name, value in zip(index.names, logs, strict=True):
            weights[name] += math.exp(value - top)
        whole = sum(weights.values())
        return {name: weight / whole for name, weight in weights.items()}

    def _index(self, kind: str) -> _Index:
        """The kind's components as an inverted index (computed once): a label's score is
        each component's score for n-grams it never saw, plus the gain of those it saw."""
        if kind not in self._indexes:
            parts = self._kinds.get(kind, {})
            components = [(name, c) for name, c in parts.get("fields", {}).items()]
            components += [(NO_FIELD, c) for c in parts.get("none", {}).values()]
            labels = sum(c.labels for _, c in components)
            size = self._vocabulary.get(kind, 0) + 1  # one slot for every unseen n-gram
            index = _Index([name for name, _ in components], [], [], {})
            for number, (_, c) in enumerate(components):
                unseen = math.log(_SMOOTHING / (c.total + _SMOOTHING * size))
                index.base.append(math.log(c.labels / labels))
                index.unseen.append(unseen)
                for gram, count in c.counts.items():
                    gain = math.log((count + _SMOOTHING) / (c.total + _SMOOTHING * size)) - unseen
                    index.postings.setdefault(gram, []).append((number, gain))
            self._indexes[kind] = index
        return self._indexes[kind]

    def best(self, key: str, kind: RecordKind) -> tuple[str, float]:
        """The most probable class and its probability ("" with 0 where nothing is known)."""
        probabilities = self.probabilities(key, kind)
        if not probabilities:
            return NO_FIELD, 0.0
        name = max(probabilities, key=lambda n: (probabilities[n], n))
        return name, probabilities[name]

    def to_json(self) -> _Data:
        return {kind: {part: {name: c.to_json() for name, c in sorted(classes.items())}
                       for part, classes in sorted(parts.items())}
                for kind, parts in sorted(self._kinds.items())}


def train(examples: Iterable[tuple[RecordKind, str, str]]) -> LabelModel:
    """A model from (kind, exact label, true field) examples; labels are normalised here."""
    labels: dict[tuple[str, str, str], int] = Counter()
    counts: dict[tuple[str, str, str], Counter[str]] = {}
    for kind, label, name in examples:
        key = normalise_header(label)
        if not key or len(key) > _MAX_KEY:
            continue
        # a field's labels pool into its class; each no-field label is a component of its own
        slot = (kind.value, "none", key) if name == NO_FIELD else (kind.value, "fields", name)
        labels[slot] += 1
        counts.setdefault(slot, Counter()).update(grams(key))
    data: _Data = {}
    for (kind, part, name), by_gram in counts.items():
        data.setdefault(kind, {}).setdefault(part, {})[name] = {
            "labels": labels[(kind, part, name)], "total": sum(by_gram.values()),
            "counts": dict(by_gram)}
    return LabelModel(data)


# A phone's owner is said only by words, which the rules read: where they are silent the label
# names someone else's phone (技师电话, 坐席电话) or nobody's, and the model's 电话 n-grams carry
# no owner at all, so it never proposes a phone. A person's or a place's field of the customer
# is refused to a label the parts grammar reads as a member of staff, a desk or an organisation
# (网点名称, 坐席工号): the model fills gaps, it does not name a party the label contradicts.
# A survey's overall rating is told by its cells, together with the item columns beside it
# (columns._ratings_by_content): taken first from its label, it would leave the items unread.
_NEVER_LEARNED = frozenset({"customer_phone", "respondent_phone", "overall"})
_CUSTOMERS = frozenset({"customer_name", "customer_address", "respondent", "signature"})
_NOT_THE_CUSTOMER = frozenset({"staff", "desk", "org"})


def learned_candidates(header: object, kind: RecordKind, model: LabelModel,
                       threshold: float = THRESHOLD) -> dict[str, float]:
    """field -> the model's probability for a header, where its most probable class is a
    field (not "" nor a survey item) at ``threshold`` or more and no party in the label
    contradicts it; else nothing."""
    if not isinstance(header, str):
        return {}
    key = normalise_header(header)
    if not key or len(key) > _MAX_KEY or not any(c.isalpha() for c in key):
        return {}  # a label has a word: digits, dates and marks are data, not headers
    return dict(_reading(key, kind, model, threshold))


def _reading(key: str, kind: RecordKind, model: LabelModel,
             threshold: float) -> tuple[tuple[str, float], ...]:
    name, probability = model.best(key, kind)
    if name in (NO_FIELD, ITEM) or probability < threshold or name in _NEVER_LEARNED:
        return ()
    if name in _CUSTOMERS and read_label(key).classes & _NOT_THE_CUSTOMER:
        return ()
    return ((name, round(probability, 3)),)


# ------------------------------------------------------------ training and evaluation

def refuse_held_out(splits: tuple[str, ...]) -> None:
    """The held-out split is never read here, for training or for testing (decision 236)."""
    if corpus.HELD_OUT in splits:
        raise ValueError(f"split {corpus.HELD_OUT!r} is held out: it is never read to train or test")
    unknown = set(splits) - set(corpus.TUNABLE)
    if unknown:
        raise ValueError(f"not a tunable split: {sorted(unknown)}")


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
                learned.append({t: learned_candidates(label, kind, model, t) for t in THRESHOLDS})
        else:
            for label in layout.labels:
                for kind in RecordKind:
                    offered = learned_candidates(label, kind, model)
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


def _layout_grams(layout: corpus.Layout) -> Counter[str]:
    bag: Counter[str] = Counter()
    for label in layout.labels:
        bag.update(grams(normalise_header(label)))
    return bag


def evaluate_kinds(test: str) -> str:
    """Step 4, bench only: a layout's group (work orders, surveys, complaints, look-alike)
    from the bag of its headers' n-grams, multinomial naive Bayes with the same smoothing,
    trained on the other tunable splits' layouts and tested on ``test``'s."""
    training = tuple(s for s in corpus.TUNABLE if s != test)
    refuse_held_out((*training, test))
    counts: dict[str, Counter[str]] = {}
    layouts: Counter[str] = Counter()
    for layout in corpus.of_splits(training):
        counts.setdefault(layout.group, Counter()).update(_layout_grams(layout))
        layouts[layout.group] += 1
    size = len({g for bag in counts.values() for g in bag}) + 1
    whole = sum(layouts.values())

    def guess(layout: corpus.Layout) -> str:
        bag = _layout_grams(layout)
        def log_p(group: str) -> float:
            total = sum(counts[group].values())
            return math.log(layouts[group] / whole) + sum(
                n * math.log((counts[group].get(g, 0) + 0.1) / (total + 0.1 * size)) for g, n in bag.items())
        return max(counts, key=log_p)

    tested = corpus.of_split(test)
    confusion: Counter[tuple[str, str]] = Counter((layout.group, guess(layout)) for layout in tested)
    right = sum(n for (true, got), n in confusion.items() if true == got)
    out = [f"## Kind from header n-grams (bench only): trained on {', '.join(training)}, tested on {test}", "",
           f"{_ratio(right, len(tested))} layouts of the right group.", "",
           "| true group | " + " | ".join(corpus.GROUPS) + " |", "|---|" + "---|" * len(corpus.GROUPS)]
    for true in corpus.GROUPS:
        out.append(f"| {true} | " + " | ".join(str(confusion[(true, got)]) for got in corpus.GROUPS) + " |")
    out += ["", "Wrong: " + "; ".join(f"{layout.id} ({layout.group} → {guess(layout)})"
                                       for layout in tested if guess(layout) != layout.group)]
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--test", default="retired5", help="the split to hold out and test on")
    parser.add_argument("--out", type=Path, help="write the tables to this Markdown file too")
    args = parser.parse_args()
    training = tuple(s for s in corpus.TUNABLE if s != args.test)
    model = train_on(training)
    report = evaluate(model, args.test) + "\n\n" + evaluate_kinds(args.test)
    print(report)
    if args.out:
        args.out.write_text(report + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
