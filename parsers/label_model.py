"""A label model learned from the layout corpus: header evidence where no rule knows a label.

Multinomial naive Bayes over the character 1-3-grams of a normalised header (the project's one
normaliser, :func:`preaudit.parsers.headers.normalise_header`), one model per record kind; its
classes are the kind's canonical fields, ``item`` (a survey item score) and ``""`` (the label
names no field: look-alike tables' labels, a staff phone, an outlet name …). "No field" is no
one class: labels that name nothing have nothing in common, and as one bag of n-grams they
lose to any field that shares a character (被举报号码 would be the customer's phone). Each
distinct no-field label is its own component, and "no field" is the sum of their
probabilities: a label close to a remembered no-field label stays unread (decision 235).

Its data, label_model.json beside this module, is written by ``bench/layouts/label_model.py
--ship`` from the tunable layouts' exact labels and their true fields (decision 280; a test
holds the file equal to what the script writes). It only adds evidence: parsers/columns.py
asks :func:`learned_candidates` last, after every rule and content pass, for a column still
free whose header no rule maps and none reads as no field on purpose (parsers/unread.py), for
fields still unfilled (decision 283); what it proposes must still fit the column's content;
it never overrides ``[columns]``, a synonym, a reading by parts or a content pass.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from preaudit.model.records import ITEM, NO_FIELD, RecordKind
from preaudit.parsers.headers import normalise_header
from preaudit.parsers.meaning import read_label

MODEL_FILE = "label_model.json"
_SIZES = (1, 2, 3)  # character n-gram lengths
_SMOOTHING = 0.1  # additive (Lidstone) smoothing of each class's n-gram counts
# Posterior probability from which the model's field counts as header evidence. Measured
# forward in time (decision 385, bench/layouts/LABEL-FORWARD.md): on sets the model never saw,
# 0.9 and 0.99 read fewer fields and 0.5 offers as many wrong fields as right ones more.
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


def dumps(model: LabelModel) -> str:
    """The model as the shipped file's text: sorted, compact, one line and a newline."""
    return json.dumps(model.to_json(), ensure_ascii=False, separators=(",", ":")) + "\n"


@lru_cache(maxsize=1)
def shipped() -> LabelModel:
    """The model shipped in the package (trained by bench/layouts/label_model.py)."""
    text = resources.files("preaudit.parsers").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return LabelModel(json.loads(text))


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


def learned_candidates(header: object, kind: RecordKind, model: LabelModel | None = None,
                       threshold: float = THRESHOLD) -> dict[str, float]:
    """field -> the model's probability for a header, where its most probable class is a
    field (not "" nor a survey item) at ``threshold`` or more and no party in the label
    contradicts it; else nothing."""
    if not isinstance(header, str):
        return {}
    key = normalise_header(header)
    if not key or len(key) > _MAX_KEY or not any(c.isalpha() for c in key):
        return {}  # a label has a word: digits, dates and marks are data, not headers
    if model is None and threshold == THRESHOLD:
        return dict(_shipped_reading(key, kind))
    return dict(_reading(key, kind, model or shipped(), threshold))


@lru_cache(maxsize=16384)
def _shipped_reading(key: str, kind: RecordKind) -> tuple[tuple[str, float], ...]:
    """The shipped model's reading of a label: header rows are tried many times per table."""
    return _reading(key, kind, shipped(), THRESHOLD)


def _reading(key: str, kind: RecordKind, model: LabelModel,
             threshold: float) -> tuple[tuple[str, float], ...]:
    name, probability = model.best(key, kind)
    if name in (NO_FIELD, ITEM) or probability < threshold or name in _NEVER_LEARNED:
        return ()
    if name in _CUSTOMERS and read_label(key).classes & _NOT_THE_CUSTOMER:
        return ()
    return ((name, round(probability, 3)),)
