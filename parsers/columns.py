"""Which column is which field: header meaning × column content, one assignment per table.

Every header gets a score against every canonical field of the kind (parsers/headers.py:
synonyms, then parts, then characters); every column's cells get a content profile (dates in
any export form, phones, ids, person names, free text, ratings, marks). One greedy assignment
over header score × content fit gives each field its best column and each column at most one
field, so an empty column never wins over a filled one with a weaker label and a column of
staff phones never fills the customer's phone. Further columns whose header names a field
already taken stay behind it as fallbacks (报修日期 + 报修时间; 电话 + 手机), in score order.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from preaudit.model.records import (
    CANONICAL_FIELDS,
    FREE_TEXT_FIELDS,
    ITEM,
    NO_FIELD,
    TIMESTAMP_FIELDS,
    CellValue,
    RecordKind,
    column_key,
)
from preaudit.model.vocabulary import RATING_WORDS, is_plausible_phone_number, rating_word
from preaudit.parsers.date_order import OrderNote, eventless_date_label, order_timestamps
from preaudit.parsers.headers import (
    FALLBACK_ONLY,
    SIMILAR_PRIORITY,
    SPECIFIC_FIELDS,
    field_candidates,
    is_survey_item,
)
from preaudit.parsers.headers import normalise_header as header_key
from preaudit.parsers.kinds import numbered_thing, record_kind_evidence
from preaudit.parsers.label_model import learned_candidates
from preaudit.parsers.lexicon import (
    BODY_ENDING_CHARS,
    BODY_ENDINGS,
    MEMBER_BODIES,
    RECORD_AUTHORS,
    REDRESS_WORDS,
    REFERRAL_WORDS,
    REPLY_WORDS,
    SERVICE_WORDS,
    STAY_ENDS,
)
from preaudit.parsers.meaning import (
    RECORD_NAMES,
    SERVICE_ACTS,
    event_time_scores,
    rated_aspect,
    read_label,
)
from preaudit.parsers.normalise import (
    is_yearless_date,
    normalise_phone,
    normalise_text,
    numeric_date_orders,
    parse_time_only,
    parse_timestamp,
)
from preaudit.parsers.table_rows import cell_at
from preaudit.parsers.unread import no_field_decided

_SAMPLE_ROWS = 200  # data rows looked at to judge what a column holds
_MIN_HEADER = 0.5  # below this a header is not read as a field at all
_FALLBACK_HEADER = 0.8  # a second column for a taken field needs a clear header …
_FALLBACK_FIT = 0.5  # … and content that fits
_CONTENT_ONLY = 0.8  # share of phone-like cells that makes an unlabelled column the phone
_EMPTY_WEIGHT = 0.25  # an empty column may be the field, but any filled candidate wins
_UNFIT = 0.2  # share of fitting cells under which a typed column (dates, phones) is refused
_ID_DISTINCT = 0.5  # a record number column repeats less than this (a few duplicates are defects)
_ID_SAMPLE = 4  # filled cells from which repetition is judged

PHONE_FIELDS = frozenset({"customer_phone", "respondent_phone"})
_PERSON_FIELDS = frozenset({"customer_name", "respondent", "technician"})
_TEXT_FIELDS = frozenset({"feedback", "product", "customer_address"})
_WORDY = 4  # characters from which a cell reads as written text rather than a code
_WORDED_FIELDS = FREE_TEXT_FIELDS | _TEXT_FIELDS | _PERSON_FIELDS
_MASKED = re.compile(r"^\d{3}\*{4}\d{4}$")
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,5}(先生|女士|小姐)?$")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-_/.]{2,39}$")
# Place words of a Chinese postal address, in the order they are written (省 … 室).
_PLACE = re.compile(r"[省市区县镇乡村]|[路街道巷弄]|\d+[号栋幢]|单元|\d+室")
_ADDRESS_PLACES = 3  # distinct place words from which a cell reads as an address
_MARKS = frozenset({"✓", "√", "☑", "✔", "已签", "已签字", "已签名", "是", "y", "yes", "签"})
_NOT_WORDS = frozenset({"date", "serial_date", "time_only", "phone", "ident"})
_RATING_WORDS = ("满意", "一般", "不满意", "非常满意", "很满意", "较满意", "比较满意", "差",
                 "好评", "中评", "差评", "很好", "较好", "较差", "★", "星")
# Grades that are ratings only as the whole cell (好 inside 已修好 is no rating); 是/否 answer
# 是否满意, the one column these are looked at for.
_RATING_GRADES = frozenset({"好", "优", "良", "中", "优秀", "良好", "合格", "不合格", "是", "否"})
_YES_NO = frozenset({"是", "否"})


@dataclass
class ColumnProfile:
    """What a column's cells look like: shares of the filled cells (0-1)."""

    filled: int = 0
    total: int = 0
    date: float = 0.0
    serial_date: float = 0.0  # numbers that read as dates only as Excel serials
    time_only: float = 0.0
    phone: float = 0.0
    ident: float = 0.0
    person: float = 0.0
    text: float = 0.0  # non-numeric, non-date text
    rating: float = 0.0
    mark: float = 0.0
    address: float = 0.0
    distinct: float = 0.0  # distinct values / filled cells: ids are unique, categories repeat
    mean_length: float = 0.0  # characters per filled cell: free text is long, codes short

    @property
    def empty(self) -> bool:
        return self.filled == 0


def profile(values: list[CellValue]) -> ColumnProfile:
    """The content profile of one column's data cells."""
    result = ColumnProfile(total=len(values))
    filled = [value for value in values if normalise_text(value) is not None]
    result.filled = len(filled)
    if not filled:
        return result
    counts = dict.fromkeys(
        ("date", "serial_date", "time_only", "phone", "ident", "person", "text", "rating", "mark",
         "address"),
        0,
    )
    for value in filled:
        for name in _cell_traits(value):
            counts[name] += 1
    for name, count in counts.items():
        setattr(result, name, count / len(filled))
    texts = [normalise_text(value) or "" for value in filled]
    result.distinct = len(set(texts)) / len(texts)
    result.mean_length = sum(len(text) for text in texts) / len(texts)
    return result


def names_a_body(text: str) -> bool:
    """阳光培训中心, 博学馆: a body's name, as short as a person's (decision 446)."""
    return text.endswith(BODY_ENDINGS) or (len(text) >= 3 and text.endswith(BODY_ENDING_CHARS))


def _cell_traits(value: CellValue) -> list[str]:
    traits: list[str] = []
    text = normalise_text(value) or ""
    if parse_timestamp(value)[0] is not None or numeric_date_orders(value) or (
            is_yearless_date(value)):
        # 9/23/2026 whatever its order, 10月1日 whatever its year: both decided per table
        traits.append("date")
    elif parse_timestamp(value, serial=True)[0] is not None:
        traits.append("serial_date")
    if parse_time_only(value) is not None:
        traits.append("time_only")
    phone = normalise_phone(value) or ""
    if is_plausible_phone_number(phone) or _MASKED.match(phone):
        traits.append("phone")
    if _ID.match(text) and any(ch.isdigit() for ch in text):
        traits.append("ident")
    if _CJK_NAME.match(text) and not names_a_body(text):
        traits.append("person")
    if not isinstance(value, int | float) and not set(traits) & _NOT_WORDS and not text.isdigit():
        traits.append("text")  # words, short or long: 点不着火 is text as much as a name
    if text.lower() in _MARKS:
        traits.append("mark")
    if len(set(_PLACE.findall(text))) >= _ADDRESS_PLACES:
        traits.append("address")
    if (any(word in rating_word(text) for word in _RATING_WORDS)
            or rating_word(text) in _RATING_GRADES or _score_like(value)):
        traits.append("rating")
    return traits


# A step of a rating scale as a whole cell: 1-5 or 1-10 points, a few stars.
_SCALE_POINTS = 10
_SCALE = re.compile(r"^(\d{1,2})(\.\d)?\s*(分|星|颗星)?$")
_STARS = re.compile(r"^[★☆]{1,5}$")


def scale_rating_share(values: list[CellValue]) -> float:
    """Share of the filled cells that are a step of a rating scale: a word of the satisfaction
    scale (满意, 非常满意, 一般), a grade written alone (好, 优), stars, or 0-10 points. A count
    (通话次数 37), a time or a phone is none: this is content evidence that a column rates,
    whatever its header says (decision 155)."""
    filled = [normalise_text(value) for value in values]
    texts = [text for text in filled if text is not None and text.lower() not in _NO_VALUE]
    if not texts:
        return 0.0
    return sum(1 for text in texts if _is_scale_step(text)) / len(texts)


_NO_VALUE = frozenset({"-", "--", "—", "/", "无", "n/a", "null"})
_RATED_SHARE = 0.8
_RATED_MIN_CELLS = 2
_SCALE_STEPS = 11  # 0-10 points at most
_REPEATS_FROM = 6  # from this many answers on, a scale's steps repeat


def rates(values: list[CellValue]) -> bool:
    """The cells are steps of a scale: nearly all ratings, and few values, repeated (a row
    number 1…12 is no column of points, however small its numbers)."""
    filled = [str(normalise_text(value)) for value in values if normalise_text(value) is not None]
    if len(filled) < _RATED_MIN_CELLS or scale_rating_share(filled) < _RATED_SHARE:
        return False
    steps = len(set(filled))
    return steps <= _SCALE_STEPS and (len(filled) < _REPEATS_FROM or steps < len(filled))


def answers_people(values: list[CellValue]) -> bool:
    """The cells answer the person who raised the case in _ANSWERED_CELLS of the filled ones
    at least and in _ANSWERED_SHARE of them: redress (an apology, a compensation:
    REDRESS_WORDS, decision 339), a referral to the body that answers it (REFERRAL_WORDS) or
    a reply told to them (REPLY_WORDS, decision 359). One repair that also compensated or
    was forwarded is no such column."""
    texts = [text for value in values if (text := normalise_text(value)) is not None]
    said = sum(1 for text in texts if any(word in text for word in _ANSWERED_WORDS))
    return said >= _ANSWERED_CELLS and said >= _ANSWERED_SHARE * len(texts)


_ANSWERED_WORDS = REDRESS_WORDS + REFERRAL_WORDS + REPLY_WORDS
_ANSWERED_CELLS = 2
_ANSWERED_SHARE = 0.25


def answers_yes_no(values: list[CellValue]) -> bool:
    """Every filled cell is 是 or 否: the column answers whether (是否评价), never how well."""
    filled = {rating_word(text) for value in values if (text := normalise_text(value))}
    return bool(filled) and filled <= _YES_NO


def _is_scale_step(text: str) -> bool:
    text = rating_word(text)  # Very Satisfied is 非常满意 (decision 399)
    if text in RATING_WORDS or text in _RATING_GRADES - _YES_NO or _STARS.match(text):
        return True
    if any(word in text for word in ("满意", "好评", "中评", "差评")) and len(text) <= 6:
        return True
    match = _SCALE.match(text)
    return match is not None and float(text.rstrip("分星颗 ")) <= _SCALE_POINTS


def _score_like(value: CellValue) -> bool:
    try:
        number = float(str(value).strip().rstrip("分"))
    except ValueError:
        return False
    return 0 <= number <= 100


def content_fit(kind: RecordKind, name: str, column: ColumnProfile) -> float:
    """How well a filled column's cells fit a field (0-1)."""
    if name in TIMESTAMP_FIELDS[kind]:
        # Excel serials (45930.4) are dates only in a column whose header says so.
        return max(_dates(column), column.time_only)
    if name in PHONE_FIELDS:
        return column.phone
    if name == "record_id":
        return max(column.ident, 0.5) * (0.5 + 0.5 * column.distinct)
    if name in _PERSON_FIELDS:
        return max(column.person, column.text * 0.6) * (1 - column.phone) * (1 - column.date)
    if name == "signature":
        return 1 - max(column.date, column.phone)
    if name == "overall":
        # a rating is a word of the scale or a score; 已电话沟通 in 回访结果 is no rating
        return column.rating
    if name in FREE_TEXT_FIELDS:
        # A fault or a remedy is written out; a column of short repeated codes (A类, 已完成)
        # is a category beside it, whatever its header says.
        wordy = min(1.0, column.mean_length / _WORDY) * (0.5 + 0.5 * column.distinct)
        return max(column.text, 0.1) * wordy * (1 - column.date) * (1 - column.phone)
    if name == "product":
        # a model code (KFR-35GW) names the product as well as words do
        return max(column.text, column.ident, 0.1) * (1 - column.date) * (1 - column.phone)
    if name in _TEXT_FIELDS:
        return max(column.text, 0.1) * (1 - column.date) * (1 - column.phone)
    return 1.0


@dataclass
class ColumnChoice:
    """Why a column was (or was not) read as a field: for notes and ``preaudit explain``."""

    column: int
    header: str
    field: str | None
    header_score: float
    content_fit: float
    given: bool = False  # mapped by the package's [columns] table, not by recognition
    fallback: bool = False  # read only where the field's first column is empty
    learned: bool = False  # read by the label model, no rule (decision 283)


@dataclass
class ColumnMap:
    """How the columns of one table map onto one record kind."""

    kind: RecordKind
    # field -> column indices, best first
    fields: dict[str, list[int]] = field(default_factory=dict)
    unmapped: list[str] = field(default_factory=list)
    # survey item-score columns (服务态度, 响应速度 ...): column -> header text
    items: dict[int, str] = field(default_factory=dict)
    choices: list[ColumnChoice] = field(default_factory=list)
    # rating band columns (满意(85-100分) | 一般 | 不满意): column -> the band's word; a score
    # or a mark written into one of them is a rating in that band (findings.md)
    bands: dict[int, str] = field(default_factory=dict)
    total: float = 0.0  # sum of the chosen columns' header scores: how well the kind fits
    # what the order of the dates decided (decisions 165, 166): for the document notes
    order_notes: list[OrderNote] = field(default_factory=list)
    # fields some header of the table names by a rule: the label model never offers them
    ruled: frozenset[str] = frozenset()
    # field -> the columns [columns] gave it, in header order: no pass by content moves it
    pinned: dict[str, list[int]] = field(default_factory=dict)

    @property
    def survey_items(self) -> int:
        return len(self.items)

    @property
    def mapped(self) -> frozenset[int]:
        """Columns the reading took as fields."""
        return frozenset(column for columns in self.fields.values() for column in columns)

    @property
    def given(self) -> frozenset[int]:
        """Columns the package's [columns] table names: later passes leave them as given."""
        return frozenset(choice.column for choice in self.choices if choice.given)

    @property
    def given_fields(self) -> list[str]:
        """The fields the package's [columns] table names in this table, one per column it
        maps to a field (a survey's ``item`` among them; a column withheld with ``""`` none)."""
        return [choice.field for choice in self.choices if choice.given and choice.field]

    @property
    def held(self) -> frozenset[int]:
        """Columns no later pass may take: the reading's and those [columns] names, a header
        given no field among them (decision 213)."""
        return self.mapped | self.given

    def forget(self, column: int, header: str) -> None:
        """Whatever was said of the column (a choice, unmapped) is withdrawn."""
        if header in self.unmapped:
            self.unmapped.remove(header)
        self.choices = [c for c in self.choices if c.column != column]

    def choose(self, choice: ColumnChoice) -> None:
        """``choice`` replaces what was said of its column, which is no longer unmapped."""
        self.forget(choice.column, choice.header)
        self.choices.append(choice)
        self.choices.sort(key=lambda c: c.column)

    def unmap(self, column: int, header: str) -> None:
        """A column a later pass takes from its field: read as nothing, listed unmapped."""
        self.forget(column, header)
        self.unmapped.append(header)
        self.choices.append(ColumnChoice(column, header, None, 0.0, 0.0))

    def put_first(self, name: str, column: int) -> None:
        """``column`` becomes ``name``'s first column; its other columns stay behind it, each
        read only where the first is empty (a fallback)."""
        self.fields[name] = [column, *(c for c in self.fields.get(name, []) if c != column)]
        for choice in self.choices:
            if choice.field == name:
                choice.fallback = choice.column != column

    @property
    def score(self) -> float:
        return self.total

    @property
    def specific(self) -> set[str]:
        return set(self.fields) & SPECIFIC_FIELDS[self.kind]


@dataclass(frozen=True)
class _Table:
    """What every column pass reads of one table, built once per reading: the kind it is read
    as, its headers, the data rows looked at and each column's content profile."""

    kind: RecordKind
    headers: list[CellValue]
    sample: list[list[CellValue]]
    profiles: list[ColumnProfile]


def map_columns(
    headers: list[CellValue],
    kind: RecordKind,
    data: list[list[CellValue]] | None = None,
    given: dict[str, str] | None = None,
) -> ColumnMap:
    """Map a table's columns onto ``kind``'s canonical fields, by header and content.

    ``given`` maps a header (exactly as written, white space trimmed) to a field; it wins over
    recognition (application.toml ``[columns]``).
    """
    sample = (data or [])[:_SAMPLE_ROWS]
    profiles = [profile([cell_at(row, column) for row in sample]) for column in range(len(headers))]
    result = ColumnMap(kind)
    pairs, taken_columns = _given_pairs(headers, kind, given or {}, result)
    aspects = _aspect_items(headers, taken_columns) if kind is RecordKind.SURVEY_RESPONSE else set()
    for column, header in enumerate(headers):
        if column in taken_columns or not header_key(header):
            continue
        if is_survey_item(header) or column in aspects:
            result.items[column] = str(header).strip()
            continue
        if kind is RecordKind.SURVEY_RESPONSE and header_key(header) in RATING_WORDS and (
                not _asks_whether(headers, sample, column)):
            result.bands[column] = header_key(header)
            continue
        for name, (score, priority) in field_candidates(header, kind).items():
            if score < _MIN_HEADER or (name == "record_id"
                                       and _numbers_another(header, headers, kind)):
                continue
            fit, weight = _weigh(kind, name, score, profiles[column])
            if priority >= SIMILAR_PRIORITY and not profiles[column].empty and (
                    fit < _FALLBACK_FIT):
                continue  # 服务处 is like 服务处理 by its characters, but holds no remedy
            weight = _label_weight(weight, name, header, headers)
            pairs.append((weight, -priority, column, name, score, fit))
    _assign(pairs, headers, result, {c for c, p in enumerate(profiles) if p.empty})
    table = _Table(kind, headers, sample, profiles)
    _clock_beside_date(table, result)
    _record_id_in_row_order(table, result)
    _course_in_column_order(table, result)
    _left_where_it_came_in(table, result)
    _done_when_served(table, result)
    _timestamps_by_order(table, result)
    _received_by_reasons_act(table, result)
    _settle_ratings(table, result)
    _phone_by_content(table, result)
    _phone_beside_name(table, result)
    _address_by_content(table, result)
    _whole_address_first(table, result)
    _doer_over_desk(table, result)
    _name_by_content(table, result)
    _unplaced_by_content(table, result)
    _verdict_and_reply(table, result)
    _pick_list_yields(table, result)
    _given_wins(table, result)
    result.ruled = frozenset(pair[3] for pair in pairs)
    return result


def _asks_whether(headers: list[CellValue], sample: list[list[CellValue]], column: int) -> bool:
    """满意 the one step of a scale among the labels, answered 是 or 否 (Satisfied (Y/N): Yes,
    No) on every row: it asks whether the customer was satisfied, the response's overall, as
    是否满意 does. A step's column counts that step's answers only beside the scale's other
    steps (满意 | 一般 | 不满意), as a band (decision 455)."""
    steps = sum(1 for header in headers if header_key(header) in RATING_WORDS)
    return steps == 1 and answers_yes_no([cell_at(row, column) for row in sample])


def _given_wins(table: _Table, result: ColumnMap) -> None:
    """A mapping [columns] gave wins over recognition (the spec), over its passes by content
    too: a field such a pass gave another column (a school given as the customer, its contact's
    names read by their shape) is put back on the given column, the pass's column kept behind
    it as a fallback (decision 343)."""
    for name, columns in result.pinned.items():
        now = result.fields.get(name, [])
        if now and now[0] in columns:
            continue
        column = columns[0]
        result.choose(ColumnChoice(column, _label(table.headers[column]), name, 1.0, 1.0,
                                   given=True))
        result.fields[name] = [column, *(c for c in now if c != column)]
        for choice in result.choices:
            if choice.field == name and choice.column != column:
                choice.fallback = True


def learn_gaps(result: ColumnMap, headers: list[CellValue],
               data: list[list[CellValue]] | None) -> None:
    """What completes a reading whose kind is already decided: the order of the page between
    labels that read only as a text (decision 294), a case written out after a picked type
    (decision 301), a sign-off of cases written out refused and its column left to the course
    (decision 296), verdicts right of the handling as the feedback (decision 301), an answer
    to people under the reason and a verdict beside item points (decision 367), a person
    named by a label that says only which person (decisions 307, 367), then the label model's
    readings (decision 285). None makes a reading, as content may not (decision 210), so
    recognition judges every kind on the rules' reading alone and asks these only of the
    table it reads."""
    sample = (data or [])[:_SAMPLE_ROWS]
    profiles = [profile([cell_at(row, column) for row in sample]) for column in range(len(headers))]
    table = _Table(result.kind, headers, sample, profiles)
    _course_of_bare_texts(table, result)
    _account_of_pick_list(table, result)
    _step_told_beside_pick_list(table, result)
    _sign_off_of_cases(table, result)
    _verdict_after_handling(table, result)
    _answer_under_reason(table, result)
    _verdict_beside_items(table, result)
    _person_by_which(table, result)
    _respondent_by_shape(table, result)
    _technician_by_shape(table, result)
    _learned_last(table, set(result.ruled), result)
    _course_after_learning(table, result)
    _given_wins(table, result)


# ------------------------------ a label model's evidence, asked last (decisions 235, 279-280, 283)
# A learned reading is the weakest header evidence: at the header bar, below a fallback's.
_LEARNED_HEADER = _MIN_HEADER
# Fields content alone gives a column whose label no field reads: the customer's sign-off is
# the row's own name or a mark (decision 256), a complaint's feedback a lone column of verdicts
# (decision 263). Their passes judge the very columns the model is asked about, and a column
# they left is one they refused: the model may not give it those fields by its label.
_BY_CONTENT_ALONE: dict[RecordKind, frozenset[str]] = {
    RecordKind.WORK_ORDER: frozenset({"signature"}),
    RecordKind.COMPLAINT: frozenset({"feedback"}),
}


def _learned_last(table: _Table, ruled: set[str], result: ColumnMap) -> None:
    """The label model asked last (decision 283): for columns still free after every rule and
    content pass, whose headers no rule knows (not those the rules read as no field on
    purpose: ``no_field_decided``), and fields still unfilled that no rule-read header of the
    table names (``ruled``) and no content pass alone decides. It fills gaps, never competes
    with a rule or reopens what a content pass closed. Each reading must fit the column's
    filled content; one assignment among them; the reading's score is not added, and it is
    asked only once the table's kind is judged (``learn_gaps``, decision 285), so it never
    ranks or judges a table's kinds (decision 237)."""
    if result.given:
        return  # a package that maps its columns by hand has said what it wants read
    barred = ruled | set(result.fields) | _BY_CONTENT_ALONE.get(table.kind, frozenset())
    taken = result.held | set(result.items) | set(result.bands)
    found: list[_Pair] = []
    for column, header in enumerate(table.headers):
        unread = all(score < _MIN_HEADER
                     for score, _ in field_candidates(header, table.kind).values())
        if (column in taken or not unread or table.profiles[column].empty
                or no_field_decided(header)):
            continue
        for name in learned_candidates(header, table.kind):
            if name in barred or name not in CANONICAL_FIELDS[table.kind]:
                continue
            if name == "record_id" and _counts_rows(table, column):
                continue  # 1, 2, 3 … under 顺序号 count the rows, whatever the model says
            fit, weight = _weigh(table.kind, name, _LEARNED_HEADER, table.profiles[column])
            # the content must say what the model says; a free text must be written out case
            # by case, as decision 240 asks of a text no label names (a pick-list is no remedy)
            if fit >= _FALLBACK_FIT and (name not in FREE_TEXT_FIELDS
                                         or _written_text(table.profiles[column])):
                found.append((weight, 0, column, name, _LEARNED_HEADER, fit))
    for _weight, _, column, name, score, fit in _best_matching(found):
        result.fields[name] = [column]
        result.choose(ColumnChoice(column, _label(table.headers[column]), name, score, fit,
                                   learned=True))


def _course_after_learning(table: _Table, result: ColumnMap) -> None:
    """A step or the remedy the label model read completes the course the order of the dates
    reads: a date column whose label names no event (卷门复位时刻) then falls after every
    step read and takes the last one, as it would had a rule read them (decision 451). The
    order of the dates was asked before the model, which is asked last (decision 283)."""
    learned = {choice.field for choice in result.choices if choice.learned}
    if result.given or not learned & {*TIMESTAMP_FIELDS[table.kind], "resolution"}:
        return
    before = _steps_by_column(table.kind, result)
    taken = set(result.held) | set(result.items) | set(result.bands)
    notes = order_timestamps(table.kind, table.headers, table.sample, result.fields, taken)
    result.order_notes = [*result.order_notes, *notes]
    for column, name in _steps_by_column(table.kind, result).items():
        if before.get(column) != name:
            result.choose(ColumnChoice(column, _label(table.headers[column]), name, 0.0, 1.0))


def _steps_by_column(kind: RecordKind, result: ColumnMap) -> dict[int, str]:
    """column -> the step of the course it dates."""
    return {column: name for name in TIMESTAMP_FIELDS[kind]
            for column in result.fields.get(name, [])}


# ---------------------------------------------- a date's clock in a column of its own (round 26)
def _clock_beside_date(table: _Table, result: ColumnMap) -> None:
    """A dated step's clock half in the next column (电访日期 | 电访时刻) joins it, whatever
    its label's own score: the two labels share their stem and differ only in the time word
    (``_clock_of``), and every filled cell (four at least) of the second is a time of day with
    no date (decision 260). A system that splits one instant over two columns names both
    halves after the same event; a clock alone dates nothing, so it can be no other field.
    The assignment joins such a pair only where the clock's label scores for the field by
    itself (反馈时间); a stem nobody listed (电访) scores the date by likeness at best."""
    _date_before_clock(table, result)
    taken = result.held | set(result.items) | set(result.bands)
    for name in TIMESTAMP_FIELDS[table.kind]:
        chosen = result.fields.get(name, [])
        if len(chosen) != 1 or chosen[0] in result.given:
            continue
        clock = chosen[0] + 1
        if (clock >= len(table.headers) or clock in taken
                or not _clock_of(table.headers, clock, chosen[0])
                or table.profiles[clock].filled < _ID_MIN_ROWS
                or table.profiles[clock].time_only < 1.0):
            continue
        result.fields[name].append(clock)
        result.choose(ColumnChoice(clock, _label(table.headers[clock]), name, 0.0, 1.0,
                                   fallback=True))


def _date_before_clock(table: _Table, result: ColumnMap) -> None:
    """A step's clock half read first, its date half second (Opening Time, Opening Date of a
    helpdesk's export): the date goes first and the clock joins it. A clock alone dates
    nothing, and read first it left each row's date at midnight (decision 402)."""
    for name in TIMESTAMP_FIELDS[table.kind]:
        chosen = result.fields.get(name, [])
        if len(chosen) < 2 or chosen[0] in result.given:
            continue
        clock, date = chosen[0], chosen[1]
        if (table.profiles[clock].time_only < 1.0 or table.profiles[clock].filled < _ID_MIN_ROWS
                or not _clock_of(table.headers, clock, date)):
            continue
        result.fields[name] = [date, clock, *chosen[2:]]


# ---------------------------------------------- which of two numbers is the record's (round 16)
_DIGITS = re.compile(r"(\d+)")


def _record_id_in_row_order(table: _Table, result: ColumnMap) -> None:
    """Two columns or more whose labels could each number the records (订单id and id, 反馈ID
    and 业务单号): the one whose codes rise row by row numbers them (decision 225). A system
    numbers its records as it creates them and exports them in that order; a number that runs
    in no order on the page was minted elsewhere (an order's, a user's, a station's key) and
    only refers to another table. Only where the labels' first choice does not rise and
    exactly one other does; never a row counter (1, 2, 3 …), a date or a phone, and never
    where the package's [columns] names the record number."""
    chosen = result.fields.get("record_id", [])
    if not chosen or chosen[0] in result.given:
        return
    rising = [column for column in _record_number_columns(table, result)
              if _rises_by_row([cell_at(row, column) for row in table.sample],
                               table.profiles[column])]
    if chosen[0] in rising or len(rising) != 1:
        return
    column, label = rising[0], _label(table.headers[rising[0]])
    score = field_candidates(table.headers[column], table.kind)["record_id"][0]
    result.choose(ColumnChoice(column, label, "record_id", score, table.profiles[column].ident))
    result.put_first("record_id", column)


def _record_number_columns(table: _Table, result: ColumnMap) -> list[int]:
    """Columns the record number has, or that no field took, whose labels could name it."""
    held = result.held - set(result.fields["record_id"])
    return [column for column, header in enumerate(table.headers)
            if column not in held and column not in result.items
            and header_key(header) not in FALLBACK_ONLY
            and field_candidates(header, table.kind).get("record_id", (0.0, 0))[0] >= _MIN_HEADER]


def _rises_by_row(values: list[CellValue], shape: ColumnProfile) -> bool:
    """Every filled cell (four at least) a code no other row repeats, each one after the row
    above in natural order (BX20260902001 < BX20260909002; 1000 < 1007), and not a row
    counter from 1, a date or a phone. A key may fall in the range of Excel's day numbers
    (31000) and is no date for that: its label names a number."""
    if (shape.filled < _ID_MIN_ROWS or shape.ident < 1.0 or shape.distinct < 1.0
            or shape.date or shape.phone):
        return False
    codes = [text for text in (normalise_text(value) for value in values) if text is not None]
    keys = [_natural(code) for code in codes]
    try:
        rising = all(a < b for a, b in itertools.pairwise(keys))
    except TypeError:  # codes of different shapes are in no order with each other
        return False
    counter = all(code.isdigit() for code in codes) and int(codes[0]) <= 1 and (
        [int(code) for code in codes] == list(range(int(codes[0]), int(codes[0]) + len(codes))))
    return rising and not counter


def _natural(code: str) -> tuple[int | str, ...]:
    """A code's natural order: its digit runs as numbers, its letters as letters."""
    return tuple(int(part) if part.isdigit() else part for part in _DIGITS.split(code) if part)


# A ledger is written in the order of its course: what the customer raised, then what was done
# about it (decision 190). Only complaints here: a work order's issue and resolution are another
# round's (issue 11, round 12).
_COURSE = (("reason", "handling"),)


def _course_in_column_order(table: _Table, result: ColumnMap) -> None:
    """Two columns whose labels fit the earlier step and the later one equally well (具体说明 |
    备注: both could be either) were assigned against the page's order: the left one is the
    earlier step. A label that says which step it is (处理结果 left of 投诉原因) keeps its
    field, and so does a column the package's [columns] names."""
    given = result.given
    for earlier, later in _COURSE:
        firsts, thens = result.fields.get(earlier, []), result.fields.get(later, [])
        if not firsts or not thens or firsts[0] < thens[0] or {firsts[0], thens[0]} & given:
            continue
        left, right = thens[0], firsts[0]
        if left in firsts or right in thens:
            continue
        on_left = field_candidates(table.headers[left], table.kind)
        on_right = field_candidates(table.headers[right], table.kind)
        kept = on_left.get(later, (0.0, 0))[0] + on_right.get(earlier, (0.0, 0))[0]
        swapped = on_left.get(earlier, (0.0, 0))[0] + on_right.get(later, (0.0, 0))[0]
        if swapped < kept:
            continue
        firsts[0], thens[0] = left, right
        moved = {left: (earlier, on_left.get(earlier, (0.0, 0))[0]),
                 right: (later, on_right.get(later, (0.0, 0))[0])}
        result.choices = [
            replace(choice, field=moved[choice.column][0], header_score=moved[choice.column][1])
            if choice.column in moved and choice.field in (earlier, later) else choice
            for choice in result.choices]


def _timestamps_by_order(table: _Table, result: ColumnMap) -> None:
    """Date columns whose labels name no event take the missing steps by the order of their
    dates, and label-mapped steps that run against the process are read in the order of their
    dates (parsers/date_order.py; decisions 165, 166). Columns given in [columns] stay."""
    given = result.given
    if any(column in given for name in TIMESTAMP_FIELDS[table.kind]
           for column in result.fields.get(name, [])):
        return
    _steps_dated_by_cells(table, result)
    taken = set(result.held) | set(result.items) | set(result.bands)
    before = {name: list(result.fields[name]) for name in TIMESTAMP_FIELDS[table.kind]
              if name in result.fields}
    result.order_notes = order_timestamps(table.kind, table.headers, table.sample, result.fields,
                                          taken)
    if not result.order_notes:
        return
    steps = _steps_by_column(table.kind, result)
    moved = {column for name, columns in before.items() for column in columns} | set(steps)
    result.choices = [choice for choice in result.choices if choice.column not in moved]
    for column, name in steps.items():
        label = _label(table.headers[column])
        if label in result.unmapped:
            result.unmapped.remove(label)
        score = field_candidates(table.headers[column], table.kind).get(name, (0.0, 0))[0]
        fit = content_fit(table.kind, name, table.profiles[column])
        later = result.fields[name].index(column) > 0  # a fallback behind the step's column
        result.choices.append(ColumnChoice(column, label, name, score, fit, fallback=later))
    for column in moved - set(steps):
        result.unmapped.append(_label(table.headers[column]))
        result.choices.append(ColumnChoice(column, _label(table.headers[column]), None, 0.0, 0.0))
    result.choices.sort(key=lambda choice: choice.column)


def _left_where_it_came_in(table: _Table, result: ColumnMap) -> None:
    """The report read from a thing's coming into the works (入厂时间, 进厂日期): the column
    labelled as its twin, the coming in turned into the going out (出厂时间, 出厂日期), dates
    the job's completion, the end of that stay (decision 313). Its own words read no step:
    alone, 出厂 dates a production (date_order._OTHER_DATES), and a promise to let it out
    (预出厂时间) is no twin. The order of the process then checks it as any label's step."""
    reported = result.fields.get("reported_at", [])
    if (table.kind is not RecordKind.WORK_ORDER or "completed_at" in result.fields
            or len(reported) != 1):
        return
    came = header_key(table.headers[reported[0]])
    twins = {came.replace(into, out) for into, out in STAY_ENDS.items() if into in came}
    dated = [column for column, header in enumerate(table.headers)
             if column not in result.held and header_key(header) in twins
             and content_fit(table.kind, "completed_at", table.profiles[column]) >= _DATE_FIT]
    if len(dated) == 1:
        column = dated[0]
        _place(result, table.headers, column, "completed_at",
               content_fit(table.kind, "completed_at", table.profiles[column]))


# Steps a service's own time (服务时间, 服务日期) is read as by its label alone: the record's
# date (a bare time word) or the response (a synonym).
_SERVED_FROM = ("reported_at", "responded_at")


def _done_when_served(table: _Table, result: ColumnMap) -> None:
    """The one column dated by the service alone (服务时间, 服务日期: the service and a time
    word, nothing else) in a work order that names no completion dates the service given, so
    the job done: the completion (decision 322). Its label alone read it as the response (a
    synonym) or as the record's date (a bare time word), yet a service given is a job done,
    as 维修时间 dates the repair; where a completion is named (结束工作时间), the service's
    time stays what it was read as. A planned service (预计服务时间) is read by no rule. The
    order of the process then checks it as any label's step: no completion before the
    report."""
    if table.kind is not RecordKind.WORK_ORDER or "completed_at" in result.fields:
        return
    dated = [column for name in _SERVED_FROM for column in result.fields.get(name, [])
             if column not in result.given and _dates_the_service(table.headers[column])
             and content_fit(table.kind, "completed_at", table.profiles[column]) >= _DATE_FIT]
    if len(dated) != 1:
        return
    column = dated[0]
    for name in _SERVED_FROM:
        rest = [other for other in result.fields.get(name, []) if other != column]
        if rest:
            result.fields[name] = rest
            result.put_first(name, rest[0])
        elif name in result.fields:
            del result.fields[name]
    _place(result, table.headers, column, "completed_at",
           content_fit(table.kind, "completed_at", table.profiles[column]))


def _dates_the_service(header: CellValue) -> bool:
    """服务时间, 服务日期: the service named, a time word, and nothing else known."""
    key = header_key(header)
    return any(word in key for word in SERVICE_WORDS) and read_label(key).classes == {"time"}


# Classes that say what a label's column holds or when, not which act: 反馈内容 and 反馈时间
# share the act 反馈 once these are set aside.
_NO_ACT = frozenset({"content", "time", "neutral", "id", *RECORD_NAMES})
_DATE_FIT = 0.9  # share of the cells that read as dates
# The acts by which a customer raises something (投诉, 留言, 诉求, 反馈): a date of one of them
# dates the raising; a booking's (预约时间 beside 预约备注) dates something else.
_RAISING = frozenset({"ev_complaint", "ev_report", "issue", "feedback"})


def _received_by_reasons_act(table: _Table, result: ColumnMap) -> None:
    """A date named by the very act the reason's label names dates that reason's raising
    (decision 286): beside 反馈内容 read as what the customer raised, 反馈时间 is when it was
    raised, a witness stronger than the row's creation (创建时间), the desk's own act, that
    the labels alone preferred. Only an unread date column whose label is that act and a
    time word, the act one by which a customer raises something (not 预约, a booking), only
    over a received_at named by the desk's taking in (ev_accept)."""
    reasons = result.fields.get("reason", [])
    received = result.fields.get("received_at", [])
    if table.kind is not RecordKind.COMPLAINT or len(reasons) != 1 or len(received) != 1:
        return
    if "ev_accept" not in read_label(header_key(table.headers[received[0]])).classes:
        return
    acts = read_label(header_key(table.headers[reasons[0]])).classes & _RAISING
    dated = [column for column, header in enumerate(table.headers)
             if column not in result.held and header_key(header)
             and _act_and_time(read_label(header_key(header)).classes, acts)
             and content_fit(table.kind, "received_at", table.profiles[column]) >= _DATE_FIT]
    if len(dated) == 1:
        column = dated[0]
        result.unmap(received[0], _label(table.headers[received[0]]))
        _place(result, table.headers, column, "received_at",
               content_fit(table.kind, "received_at", table.profiles[column]),
               _header_score(table.headers, column, table.kind, "received_at"))


def _act_and_time(classes: frozenset[str], acts: frozenset[str]) -> bool:
    """The label is an act of ``acts`` and a time word, nothing else (反馈时间 for 反馈)."""
    act = classes - _NO_ACT
    return "time" in classes and bool(act) and act <= acts


def _steps_dated_by_cells(table: _Table, result: ColumnMap) -> None:
    """A column of dates whose label names an event of the process and no time word (到达,
    完成 Finish, 受理): the cells say it is a time, the label which step, as the label with a
    time word would (decision 242). Only for a step no column has, and only where one column
    alone is that step's; the order of the process then checks it like any label's step."""
    taken = result.held | set(result.items) | set(result.bands)
    steps = tuple(name for name in TIMESTAMP_FIELDS[table.kind] if name not in result.fields)
    found: dict[str, list[tuple[int, float]]] = {}
    for column, header in enumerate(table.headers):
        shape = table.profiles[column]
        if (column in taken or shape.filled < _ID_MIN_ROWS or shape.date < _DATED_SHARE
                or shape.distinct < _DATES_DISTINCT):
            continue
        scores = event_time_scores(header_key(header), table.kind, steps)
        best = sorted(scores.items(), key=lambda item: -item[1])
        if best and best[0][1] >= _MIN_HEADER and (len(best) == 1 or best[1][1] < best[0][1]):
            found.setdefault(best[0][0], []).append((column, best[0][1]))
    for name, columns in found.items():
        if len(columns) == 1:
            column, score = columns[0]
            _place(result, table.headers, column, name, 1.0, header_score=score)


def _settle_ratings(table: _Table, result: ColumnMap) -> None:
    """Bands together are the overall rating, and a lone item rating is (decision 155); with
    no rating named, columns of scale steps are the ratings (decision 172)."""
    if table.kind is RecordKind.SURVEY_RESPONSE:
        _lone_item_is_overall(result)
    if len(result.bands) >= 2 and "overall" not in result.fields:
        # Band columns together are the overall rating, and they explain more of the header
        # than the group heading above them (总体评价) does alone.
        result.total += 1.0 + 0.1 * (len(result.bands) - 1)
    else:
        result.bands = {}
    if table.kind is RecordKind.SURVEY_RESPONSE:
        _ratings_by_content(table, result)
        _dated_by_rating_act(table, result)


def _aspect_items(headers: list[CellValue], taken: set[int]) -> set[int]:
    """Columns rating one aspect (质量满意度, 时效满意度) that are item scores, not the overall
    rating (decision 148): all of them where another column rates without naming an aspect
    (满意度, 总体评价) or where there are two or more; a lone aspect rating with nothing else
    rated is the response's only rating, so its overall."""
    aspects = {column for column, header in enumerate(headers)
               if column not in taken and rated_aspect(header_key(header))}
    overall_named = any(
        column not in aspects and not is_survey_item(header)
        and field_candidates(header, RecordKind.SURVEY_RESPONSE).get("overall", (0.0, 0))[0]
        >= _MIN_HEADER
        for column, header in enumerate(headers)
    )
    return aspects if overall_named or len(aspects) >= _MIN_ASPECTS else set()


_MIN_ASPECTS = 2
_LONE_ITEM_SCORE = 0.7  # as a bare score word (评分) rates: below a named overall


def _lone_item_is_overall(result: ColumnMap) -> None:
    """One item rating (服务质量) and nothing else rated: it is the response's only rating, so
    its overall, as a lone aspect rating is (decision 148; 155). Two items or more stay items,
    their mean the overall where they are scores."""
    if "overall" in result.fields or len(result.bands) >= 2 or len(result.items) != 1:
        return
    column, header = next(iter(result.items.items()))
    result.items = {}
    result.fields["overall"] = [column]
    result.total += _LONE_ITEM_SCORE
    result.choices.append(ColumnChoice(column, _label(header), "overall", _LONE_ITEM_SCORE, 1.0))
    result.choices.sort(key=lambda choice: choice.column)


def _ratings_by_content(table: _Table, result: ColumnMap) -> None:
    """No header says rating, but columns hold steps of a rating scale (满意, 一般, 4分): they
    are the survey's ratings whatever their labels (appraiseResult, 设计师专业水平; decision
    172). One such column is the overall rating; of several, the one whose label says overall
    (公司总体印象) is, or the one given when the case was completed (办结评价情况 beside
    受理评价情况; decision 292), the others items; with none saying so all are items. Only
    where the labels found no rating, or where the labels' rating holds no ratings and a
    column labelled as a rating does (decision 292); never a column a field took or a row
    counter (序号)."""
    if result.bands or result.items:
        return
    labelled = result.fields.get("overall", [])[:1]
    if labelled and _rates_by_cells(table.sample, labelled[0]):
        return
    taken = result.held - set(labelled)
    rated = [column for column, header in enumerate(table.headers)
             if column not in taken and column not in labelled
             and header_key(header) not in ("", *FALLBACK_ONLY)
             and rates([cell_at(row, column) for row in table.sample])
             and (not labelled or read_label(header_key(header)).classes & _RATING_LABEL)]
    if not rated:
        return
    named = [column for column in rated
             if "overall" in read_label(header_key(table.headers[column])).classes]
    overall = rated[0] if len(rated) == 1 else (
        named[0] if len(named) == 1 else _final_verdict(table.headers, rated))
    if labelled and overall is None:
        return  # the labels' reading stands where the cells name no one rating instead
    if labelled:
        result.unmap(labelled[0], _label(table.headers[labelled[0]]))
        del result.fields["overall"]
    for column in rated:
        label = _label(table.headers[column])
        if column == overall:
            result.fields["overall"] = [column]
            result.total += 0.0 if labelled else _LONE_ITEM_SCORE
            result.choose(ColumnChoice(column, label, "overall", 0.0, 1.0))
        else:  # an item is no field's choice: explain lists it from ``items``
            result.forget(column, label)
            result.items[column] = str(table.headers[column]).strip()


# A label that speaks of rating: the act (评价, 回访), the customer's word back (意见) or a
# score word (评分). Over steps of a scale it rates even where its head is no rating word
# (评价情况: how the rating went).
_RATING_LABEL = frozenset({"ev_callback", "feedback", "score", "overall"})
# Under this share of ratings or scores, a column the labels read as the rating holds none
# (评价方式 over 评价器, 网上, 短信).
_UNRATED = 0.5
# Steps of a case before its completion: a rating given at one of them rates that step.
_EARLIER_STEPS = frozenset({"ev_report", "ev_accept", "ev_take", "ev_take_order", "ev_dispatch",
                            "ev_respond", "ev_start"})


def _rates_by_cells(sample: list[list[CellValue]], column: int) -> bool:
    """Half the column's filled cells or more are ratings or scores."""
    return profile([cell_at(row, column) for row in sample]).rating >= _UNRATED


def _final_verdict(headers: list[CellValue], rated: list[int]) -> int | None:
    """Of ratings given at steps of the case (受理评价, 办结评价), the one given at its
    completion judges the whole service, so it is the overall; the others rate one step.
    Only where exactly one names the completion and every other names an earlier step."""
    classes = {column: read_label(header_key(headers[column])).classes for column in rated}
    final = [column for column in rated if "ev_complete" in classes[column]]
    if len(final) != 1:
        return None
    earlier = [column for column in rated if column != final[0]]
    return final[0] if all(classes[column] & _EARLIER_STEPS
                           and "ev_complete" not in classes[column]
                           for column in earlier) else None


def _verdict_beside_items(table: _Table, result: ColumnMap) -> None:
    """Items rated (窗口响应打分, 一次办结打分) and no overall: the one free column whose label
    says a verdict (结果, 评分: ``_VERDICT``) and whose cells are the scale's words (满意,
    非常满意: ``verdicts_in_words``) is the verdict on the whole, given beside the aspects'
    points, so the overall (好差评结果; decision 367). Asked once the kind is judged
    (``learn_gaps``): content completes a reading, never makes one (decision 210)."""
    if (table.kind is not RecordKind.SURVEY_RESPONSE or result.given or result.bands
            or not result.items or "overall" in result.fields):
        return
    verdicts = [column for column in _free_columns(table, result)
                if verdicts_in_words(table.profiles[column])
                and read_label(header_key(table.headers[column])).classes & _VERDICT]
    if len(verdicts) == 1:
        _place(result, table.headers, verdicts[0], "overall", table.profiles[verdicts[0]].rating)


# What a rating's label says of the verdict rather than of the act that gave it (结果, 评分):
# 评价结果 and 回访结果 are the verdicts of 评价 and of 回访.
_VERDICT = frozenset({"outcome", "score", "overall"})


def _dated_by_rating_act(table: _Table, result: ColumnMap) -> None:
    """Of the columns the labels read as the survey's time, the one named by the very act the
    overall rating's label names is when that rating was given (办结评价时间 for 办结评价情况,
    over 受理评价时间; 评价时间 for appraiseResult, over 回访时间; decisions 292-293), as a
    complaint's reason dates its raising (decision 286). The acts are the labels' classes
    but for what says time, content or verdict; only among those columns, and only where
    exactly one names the same acts."""
    overall = result.fields.get("overall", [])[:1]
    dated = result.fields.get("surveyed_at", [])
    if not overall or len(dated) < 2 or dated[0] in result.given:
        return
    acts = read_label(header_key(table.headers[overall[0]])).classes - _NO_ACT - _VERDICT
    named = [column for column in dated
             if read_label(header_key(table.headers[column])).classes - _NO_ACT == acts]
    if len(named) == 1 and named[0] != dated[0]:
        result.put_first("surveyed_at", named[0])


# A phone column that says whose it is or which event it served (客户电话, 投诉电话, 来电号码)
# outranks a bare contact number (联系电话) where a ledger has both.
_NAMED_PHONE = 1.1
_PHONE_OWNERS = frozenset({"customer", "ev_report", "ev_complaint", "ev_callback", "issue"})
# A complaint's category (投诉类别) is its reason only failing any text of it (投诉主题,
# 建议内容): decision 71.
_CATEGORY_REASON = 0.6


# 指派维修人员 beside 指派维修人员名称: systems export a person as an account and its name; the
# column that says it holds the name is the name (decision 149).
_NAMED_PERSON = 1.1
_NAME_SUFFIXES = ("姓名", "名称", "名字", "name")


def _name_of_twin(header: CellValue, headers: list[CellValue]) -> bool:
    """The header is another column's header plus a name word (维修人员 → 维修人员姓名)."""
    key = header_key(header)
    stem = next((key[: -len(end)] for end in _NAME_SUFFIXES if key.endswith(end)), "")
    return bool(stem) and any(header_key(other) == stem for other in headers)


def _names_whose(header: CellValue) -> bool:
    return bool(read_label(header_key(header)).classes & _PHONE_OWNERS)


def _phone_beside_name(table: _Table, result: ColumnMap) -> None:
    """Two phone columns whose labels say nobody's (手机, 联系电话): the one beside the
    customer's (respondent's) name is theirs, not the one beside another person's names (an
    employee's, a handler's; decision 226). A ledger writes a person's phone next to their
    name. Only where the labels' first choice sits beside other names and exactly one other
    phone column sits beside the customer's; a label that says whose phone it is (客户电话),
    and a column the package's [columns] names, keep their reading."""
    phone = next((name for name in PHONE_FIELDS if name in result.fields), None)
    person = next((n for n in ("customer_name", "respondent") if result.fields.get(n)), None)
    if phone is None or person is None:
        return
    columns, own = result.fields[phone], result.fields[person][0]
    if columns[0] in result.given or any(_names_whose(table.headers[c]) for c in columns):
        return
    names = {c for c, shape in enumerate(table.profiles) if _names(shape)} | {own}
    owners = {c: _nearest(c, names) for c in columns if table.profiles[c].phone >= _CONTENT_ONLY}
    beside = [c for c, owner in owners.items() if owner == own]
    if owners.get(columns[0], own) == own or len(beside) != 1:
        return
    result.put_first(phone, beside[0])


def _nearest(column: int, others: set[int]) -> int | None:
    """The column of ``others`` nearest ``column``, the left one at equal distance (a name is
    written before its phone)."""
    ranked = sorted((abs(other - column), other) for other in others if other != column)
    return ranked[0][1] if ranked else None


def _address_by_content(table: _Table, result: ColumnMap) -> None:
    """No column is labelled as the address, but one is full of addresses: that is it.

    Only a column no field took, whose header names neither staff nor an organisation
    (报修对象名称 holding 上海市…弄…号…室 is where the repair is; 网点地址 is not).
    """
    if ("customer_address" not in CANONICAL_FIELDS[table.kind]
            or "customer_address" in result.fields):
        return
    _by_content("customer_address", "address", table.headers, table.profiles, result,
                {"staff", "org"})


_PART_ADDRESSES = 0.5  # share of whole addresses under which a column holds districts or estates


def _whole_address_first(table: _Table, result: ColumnMap) -> None:
    """Two columns the labels read as the address, no less clearly the second than the first
    (区域, 所在区域): the one whose cells are whole addresses, down to the street and the door
    (上海市…路…弄…号…室), is read before one of districts or estates (浦东新区, 世纪公园小区;
    decision 227). Where the first is empty, the second is read anyway: the order matters
    only where both are filled. A column [columns] names keeps its place."""
    columns = result.fields.get("customer_address", [])
    if len(columns) < 2 or columns[0] in result.given:
        return
    first = columns[0]
    if table.profiles[first].empty or table.profiles[first].address >= _PART_ADDRESSES:
        return
    score = _header_score(table.headers, first, table.kind, "customer_address")
    whole = [column for column in columns[1:]
             if table.profiles[column].address >= _CONTENT_ONLY
             and _header_score(table.headers, column, table.kind, "customer_address") >= score]
    if len(whole) != 1:
        return
    result.put_first("customer_address", whole[0])


def _doer_over_desk(table: _Table, result: ColumnMap) -> None:
    """Who took the order in, created the record or approved it (the desk: 受理人, 创建人,
    审批人) is the technician only where nobody else is named (decisions 323, 350): where the
    technician read is the desk's and one free column's label names a doer of the service (a
    technician by its parts, no desk: 修理工姓名) over people's names, that column is the
    technician and the desk's is read as nothing: on a row with no repairer the desk did not
    do the job either. The reading's score is not raised: no kind's score moves."""
    columns = result.fields.get("technician", [])
    if not columns or columns[0] in result.given or not _of_the_desk(table.headers[columns[0]]):
        return
    # a doer may already stand second to the desk (修理工姓名 as staff, decision 463)
    doers = [column for column in [*columns[1:], *_free_columns(table, result)]
             if _header_score(table.headers, column, table.kind, "technician") >= _MIN_HEADER
             and not _of_the_desk(table.headers[column])
             and table.profiles[column].person >= _CONTENT_ONLY]
    if len(doers) != 1:
        return
    for column in columns:
        result.unmap(column, _label(table.headers[column]))
    _place(result, table.headers, doers[0], "technician", table.profiles[doers[0]].person,
           _header_score(table.headers, doers[0], table.kind, "technician"))


def _of_the_desk(header: CellValue) -> bool:
    return "desk" in read_label(header_key(header)).classes


def _header_score(headers: list[CellValue], column: int, kind: RecordKind, name: str) -> float:
    return field_candidates(headers[column], kind).get(name, (0.0, 0))[0]


_NAMES_DISTINCT = 0.5  # people's names repeat less than this; 普通/VIP levels more


def _name_by_content(table: _Table, result: ColumnMap) -> None:
    """No column is labelled as the customer's name, but one whose label names the customer
    and nothing else known (机主称谓: the owner's form of address) holds people's names, most
    of them distinct: that is it (decision 172). 客户类型 or 客户等级 say what else they are."""
    name = next((n for n in ("customer_name", "respondent") if n in CANONICAL_FIELDS[table.kind]),
                None)
    if name is None or name in result.fields:
        return
    _by_content(name, "person", table.headers, table.profiles, result, set(),
                frozenset({"customer"}))


# A label of a person (用户, 姓名) qualified only by which person it is: their number (用户id)
# or the body they belong to (科室员姓名: 员 or 人员 right after a body, its member).
# Its parts do not say the cells are names (a number or a department may be meant), so the
# cells decide (decision 307). Every other part (staff, phone, time …) or a word unknown
# (快递员名字: a courier, no one answering) bars the column.
# An account (账号, 账户) is held by one person: it names whose row it is (decision 367).
_A_PERSON = frozenset({"customer", "person_name", "account"})
_WHICH_PERSON = _A_PERSON | {"name", "name_char", "id", "org"}
_MEMBER = re.compile("(" + "|".join(MEMBER_BODIES) + ")(人员|员)(?!工)")


def _person_by_which(table: _Table, result: ColumnMap) -> None:
    """Where the judged reading names no one, a person's label that says only which person
    (用户id, 科室员姓名) over people's names, most of them distinct, is the name (decision 307).
    Asked once the kind is judged: content completes a reading, never makes one (decision
    210), so a department's member never turns a rated repair into a work order."""
    name = next((n for n in ("customer_name", "respondent") if n in CANONICAL_FIELDS[table.kind]),
                None)
    if name is None or name in result.fields or result.given:
        return
    for column in _free_unread(table, result):
        shape = table.profiles[column]
        if shape.person < _CONTENT_ONLY or shape.distinct < _NAMES_DISTINCT:
            continue
        reading = read_label(_MEMBER.sub(r"\1", header_key(table.headers[column])))
        if (reading.coverage == 1.0 and reading.classes & _A_PERSON
                and reading.classes <= _WHICH_PERSON):
            _place(result, table.headers, column, name, shape.person)
            return


def _respondent_by_shape(table: _Table, result: ColumnMap) -> None:
    """Each response is another person's answer, so the respondents' names hardly repeat,
    while the staff who served or were rated repeat row after row (decision 208's shapes).
    Where the judged survey reading has no respondent, or one whose names repeat so
    (``_yields``), and exactly one free column holds people's names that do not repeat over
    six rows or more, that column is who answered, whatever role its label gives them
    (创建人 of a review wrote it, as its 创建时间 dates the answer, decision 178; 项目负责人 of
    the client rated the job): a role word says which person, the cells say it is one per
    response (decision 318). The label must be wholly read as a role (``_a_role``), or as the
    survey's act and an unlisted person who did it (``_who_answered``, decision 411). Asked
    once the kind is judged: no kind moves."""
    if table.kind is not RecordKind.SURVEY_RESPONSE or result.given:
        return
    if not _yields(result.fields.get("respondent", []), table.profiles):
        return
    answered = [column for column in _free_columns(table, result)
                if _names(table.profiles[column]) and _served_once(table.profiles[column])
                and (_a_role(table.headers[column]) or _who_answered(table.headers[column]))]
    if len(answered) == 1:
        _name_first(result, table.headers, "respondent", answered[0], table.profiles)


def _technician_by_shape(table: _Table, result: ColumnMap) -> None:
    """Beside the customers, who come once each, the one column of people's names that repeat
    row after row, as a few staff serve many orders (decision 208's shapes), is who did the
    job where the judged work-order reading names nobody for it and its label says a person
    of the service's side: a staff word or a doer of the service's act whose qualifier no
    list holds (轮机修理工, 前往或电话处理的售后人员), whoever took the order (接收人), or the
    name of the act's doer (维修姓名, read as a second customer name by its 姓名; decision 378).
    A customer's or a caller's label (报修姓名, 联系人) never qualifies, nor names that do not
    repeat. Asked once the kind is judged: no kind's score moves."""
    if table.kind is not RecordKind.WORK_ORDER or result.given or "technician" in result.fields:
        return
    customers = result.fields.get("customer_name", [])
    if not customers or not _served_once(table.profiles[customers[0]]):
        return
    crew = [column for column in _free_unread(table, result) + customers[1:]
            if _names_repeat(table.profiles[column]) and _of_the_service(table.headers[column])]
    if len(crew) != 1:
        return
    if crew[0] in customers:
        result.fields["customer_name"] = [c for c in customers if c != crew[0]]
    _place(result, table.headers, crew[0], "technician", table.profiles[crew[0]].person)


def _served_once(shape: ColumnProfile) -> bool:
    """Customers seldom come twice in a sample of six rows or more."""
    return shape.filled >= _STAFF_ROWS and shape.distinct >= _CUSTOMERS_DISTINCT


def _repeats(shape: ColumnProfile) -> bool:
    """The same few values over six rows or more: a crew's names, or values picked from a list."""
    return shape.filled >= _STAFF_ROWS and shape.distinct < _CUSTOMERS_DISTINCT


def _names_repeat(shape: ColumnProfile) -> bool:
    """People's names, few of them over six rows or more: a crew's."""
    return _names(shape) and _repeats(shape)


# What heads a label of a person (a staff word, a doer of an act, a person's name) and the
# parts that put them on the service's side: staff, or an act the service does for the
# customer (meaning.SERVICE_ACTS: 维修, 接收; not 报修, 投诉 or 回访)
_A_PERSON_HEAD = frozenset({"staff", "actor", "person_name"})
_SERVICE_SIDE = SERVICE_ACTS | {"staff"}


def _of_the_service(header: CellValue) -> bool:
    """The label is headed by a person of the service's side and names no customer."""
    reading = read_label(header_key(header))
    return (bool(reading.head & _A_PERSON_HEAD) and bool(reading.classes & _SERVICE_SIDE)
            and "customer" not in reading.classes)


# A person's role and only which of them: their name or number (创建人, 项目负责人ID)
_ROLE_PARTS = frozenset({"staff", "name", "name_char", "person_name", "id"})


# The survey's own acts and who did them (填表读者: the reader who filled the form in)
_ANSWERING = frozenset({"ev_callback", "feedback", "actor"})


def _who_answered(header: CellValue) -> bool:
    """The label is the survey's act followed by a person nobody listed (评价学生, 填表读者,
    回访宝妈): the one who evaluated, filled in or was called back, as 评价人 is. Only the
    act is read, so the unread person says whose act; the cells must still show one person
    per response, so a rated teacher (评价老师 over the same few names) is never taken."""
    reading = read_label(header_key(header))
    return ("ev_callback" in reading.classes and reading.classes <= _ANSWERING
            and reading.coverage < 1.0)


def _a_role(header: CellValue) -> bool:
    """The label is wholly read as a person's role and which of them, no desk among them (客服
    and 录入人 key answers in) but a record's author (创建人: whoever wrote it,
    lexicon.RECORD_AUTHORS): a worker named by a trade nobody listed (快递员名字, 组员姓名)
    has a character unread, and stays the one rated (decision 307)."""
    key = header_key(header)
    reading = read_label(key)
    parts = _ROLE_PARTS | ({"desk"} if any(word in key for word in RECORD_AUTHORS) else set())
    return reading.coverage == 1.0 and "staff" in reading.classes and reading.classes <= parts


def _phone_by_content(table: _Table, result: ColumnMap) -> None:
    """No column is labelled as the phone, but one is full of phone numbers: that is it.

    Only a column no field took, whose header names no staff member (报事报修联系人 holding
    13800138000 is the caller's phone; 维修人员电话 is not) nor the service side's unit
    (维修单位电话: the repairer's firm, decision 327).
    """
    phone = next((name for name in PHONE_FIELDS if name in CANONICAL_FIELDS[table.kind]), None)
    if phone is None or phone in result.fields:
        return
    _by_content(phone, "phone", table.headers, table.profiles, result, {"staff", "provider"})


def _by_content(
    name: str,
    trait: str,
    headers: list[CellValue],
    profiles: list[ColumnProfile],
    result: ColumnMap,
    not_of: set[str],
    only_of: frozenset[str] | None = None,
) -> None:
    """Give ``name`` the first free column whose cells nearly all show ``trait`` (and, with
    ``only_of``, whose label's known parts are all of those classes); ``not_of`` bars a
    label's classes or what it is tagged with (``Reading.tagged``: provider)."""
    taken = result.held
    for column, column_profile in enumerate(profiles):
        share = getattr(column_profile, trait)
        if column in taken or share < _CONTENT_ONLY:
            continue
        reading = read_label(header_key(headers[column]))
        classes = reading.classes
        if reading.tagged & not_of or (only_of is not None
                                       and not (classes and classes <= only_of)):
            continue
        if only_of is not None and column_profile.distinct < _NAMES_DISTINCT:
            continue
        _place(result, headers, column, name, share)
        return


def _label_weight(weight: float, name: str, header: CellValue, headers: list[CellValue]) -> float:
    """The weight as what the label says beside its score moves it: a fallback-only label, a
    phone naming whose it is, a person's column beside its name twin, a complaint's category
    as its reason."""
    if header_key(header) in FALLBACK_ONLY:
        weight *= 0.5
    if name in PHONE_FIELDS and _names_whose(header):
        weight *= _NAMED_PHONE
    if name in _PERSON_FIELDS and _name_of_twin(header, headers):
        weight *= _NAMED_PERSON
    if name == "reason" and "category" in read_label(header_key(header)).classes:
        weight *= _CATEGORY_REASON
    return weight


def _numbers_another(header: CellValue, headers: list[CellValue], kind: RecordKind) -> bool:
    """The header numbers a thing another column names (Dept Code beside Department): that
    thing's code, no record's number, unless the thing is the record itself (投诉编号 beside a
    投诉 column of complaints; decision 408, as decision 407 counts it for the look-alikes).
    A thing's number beside its name (项目编号 | 项目名称) may number the rows: each row is
    that thing's (a project surveyed), so only the thing itself as a column counts."""
    key = header_key(header)
    thing = numbered_thing(key)
    if not thing or thing == key or "record" in read_label(thing).classes:
        return False
    if record_kind_evidence(kind, "", [thing]) == 1.0:
        return False
    return any(header_key(other) == thing for other in headers)  # never itself: thing != key


def _weigh(kind: RecordKind, name: str, score: float, column: ColumnProfile) -> tuple[float, float]:
    """(content fit, assignment weight) of one column for one field."""
    if column.empty:
        return 0.0, score * _EMPTY_WEIGHT
    fit = content_fit(kind, name, column)
    # a model code is no word, but a column of dates or phones is no product either (a
    # mobile number under 机手手机 is no 手机 sold; decision 351)
    words = (max(column.text, column.ident * (1 - max(column.date, column.phone)))
             if name == "product" else column.text)
    wordless = name in _WORDED_FIELDS and words < _UNFIT
    if name == "record_id" and column.distinct < _ID_DISTINCT and column.filled >= _ID_SAMPLE:
        # 业务分类编码 holding the same few codes row after row numbers no record
        return fit, 0.0
    if fit < _UNFIT and (_typed(kind, name) or wordless or name in FREE_TEXT_FIELDS):
        # 电话 holding 已回访 is no phone column, 小区ID holding numbers no address column,
        # 是否解决 holding 是/否 no complaint or remedy (decision 176), whatever the header says.
        return fit, 0.0
    if name in FREE_TEXT_FIELDS:
        # a fault, a complaint or a remedy is written out: content speaks louder than for a
        # typed field, so written text under a weak label beats codes under a strong one
        # (业务内容 over 责任原因; decision 176)
        return fit, score * (_TEXT_BASE + (1 - _TEXT_BASE) * fit)
    return fit, score * (0.6 + 0.4 * fit)


_TEXT_BASE = 0.3


def _given_pairs(
    headers: list[CellValue],
    kind: RecordKind,
    given: dict[str, str],
    result: ColumnMap,
) -> tuple[list[tuple[float, int, int, str, float, float]], set[int]]:
    """Columns the package's [columns] table names: they win before any scoring."""
    pairs: list[tuple[float, int, int, str, float, float]] = []
    taken: set[int] = set()
    wanted = {column_key(label): name for label, name in given.items()}
    for column, header in enumerate(headers):
        name = wanted.get(column_key(header))
        if name == NO_FIELD:  # withheld: no field, and no later pass may take it either
            taken.add(column)
            result.choices.append(ColumnChoice(column, _label(header), None, 1.0, 1.0, given=True))
            continue
        if name == ITEM and kind is RecordKind.SURVEY_RESPONSE:
            taken.add(column)
            result.items[column] = _label(header)
            result.choices.append(ColumnChoice(column, _label(header), ITEM, 1.0, 1.0, given=True))
            continue
        if name is None or name not in CANONICAL_FIELDS[kind]:
            continue
        pairs.append((10.0, 0, column, name, 1.0, 1.0))
        taken.add(column)
        result.pinned.setdefault(name, []).append(column)
        result.choices.append(ColumnChoice(column, _label(header), name, 1.0, 1.0, given=True))
    return pairs, taken


_Pair = tuple[float, int, int, str, float, float]  # weight, -priority, column, field, score, fit
# The time words a date column's label ends with: 反馈日期 and 反馈时间 share the stem 反馈.
_TIME_WORD_END = re.compile(r"(日期|时间|时刻|时分|date|time)$")


def _pair_first(headers: list[CellValue], columns: list[int]) -> list[int]:
    """A field's columns with its day-and-clock pair first: 处理时间 (a clock) chosen first
    must join 处理日期, not another date column taken as a fallback (关闭时间)."""
    first = columns[0]
    partner = next((c for c in columns[1:] if _clock_of(headers, c, first)), None)
    if partner is None:
        return columns
    return [partner, first, *(c for c in columns[1:] if c != partner)]


def _clock_of(headers: list[CellValue], column: int, chosen: int) -> bool:
    """Is ``column`` the clock half of the date in ``chosen`` (反馈日期 + 反馈时间)? Same event
    word, another time word: whatever the event word's own score, the pair is one instant."""
    mine, theirs = header_key(headers[column]), header_key(headers[chosen])
    stem, other = _TIME_WORD_END.sub("", mine), _TIME_WORD_END.sub("", theirs)
    return bool(stem) and stem == other and mine != theirs


def _assign(
    pairs: list[_Pair],
    headers: list[CellValue],
    result: ColumnMap,
    empty: set[int],
) -> None:
    """The best total over all fields, each column one field; then fallbacks, then leftovers."""
    given = result.given
    chosen = _best_matching([pair for pair in pairs if pair[0] > 0])
    used: set[int] = set()
    for _weight, _, column, name, score, fit in sorted(chosen, key=lambda pair: pair[2]):
        result.fields[name] = [column]
        used.add(column)
        result.total += score
        if column not in given:
            result.choices.append(ColumnChoice(column, _label(headers[column]), name, score, fit))
    for weight, _, column, name, score, fit in sorted(pairs, key=_rank):
        if column in used or weight <= 0 or name not in result.fields:
            continue
        clock = _clock_of(headers, column, result.fields[name][0]) and fit >= _FALLBACK_FIT
        unclear = score < _FALLBACK_HEADER and not clock
        if unclear or (fit < _FALLBACK_FIT and column not in empty):
            continue  # a second column needs a clear header and fitting (or no) content
        if header_key(headers[column]) in FALLBACK_ONLY:
            continue  # 序号 counts rows: never a second record number
        result.fields[name].append(column)
        used.add(column)
        result.choices.append(
            ColumnChoice(column, _label(headers[column]), name, score, fit, fallback=True)
        )
    for name, columns in result.fields.items():
        result.fields[name] = _pair_first(headers, columns)
    for column, header in enumerate(headers):
        if column in used or column in given or column in result.items or column in result.bands:
            continue  # a column [columns] withholds is said once, as given, not again as unread
        if not header_key(header):
            continue
        result.unmapped.append(str(header).strip())
        result.choices.append(ColumnChoice(column, _label(header), None, 0.0, 0.0))
    result.choices.sort(key=lambda choice: choice.column)


def _rank(pair: _Pair) -> tuple[float, int, int]:
    """Heavier first; at equal weight the better synonym, then the column further left."""
    return (-pair[0], -pair[1], pair[2])


def _best_matching(pairs: list[_Pair]) -> list[_Pair]:
    """Fields to columns with the greatest total weight, each column at most one field.

    Greedy choice fails exactly where it matters: 反馈内容 may be the complaint's reason or the
    customer's feedback; taking it as feedback first leaves 回访结果 idle and the reason empty.
    Ties are broken as the greedy order would (synonym priority, then column order).
    """
    fields = sorted({pair[3] for pair in pairs})
    columns = sorted({pair[2] for pair in pairs})
    if not fields:
        return []
    order = {id(pair): rank for rank, pair in enumerate(sorted(pairs, key=_rank))}
    best: dict[tuple[str, int], _Pair] = {}
    for pair in pairs:
        key = (pair[3], pair[2])
        if key not in best or _rank(pair) < _rank(best[key]):
            best[key] = pair
    # Cost matrix: fields x (columns + one "no column" per field); ties by greedy rank.
    tie = 1e-6 / (len(pairs) + 1)
    width = len(columns) + len(fields)
    cost = [[0.0] * width for _ in fields]
    for r, name in enumerate(fields):
        for c, column in enumerate(columns):
            pair = best.get((name, column))
            cost[r][c] = -(pair[0] - tie * order[id(pair)]) if pair else 1.0
    assignment = hungarian(cost)
    return [
        best[(fields[r], columns[c])]
        for r, c in assignment.items()
        if c < len(columns) and (fields[r], columns[c]) in best
    ]


def hungarian(cost: list[list[float]]) -> dict[int, int]:
    """Row -> column of least total cost (Kuhn-Munkres, rows <= columns), O(rows² x columns)."""
    rows, cols = len(cost), len(cost[0])
    infinity = float("inf")
    u, v = [0.0] * (rows + 1), [0.0] * (cols + 1)
    owner, way = [0] * (cols + 1), [0] * (cols + 1)
    for row in range(1, rows + 1):
        owner[0], free = row, 0
        least, used = [infinity] * (cols + 1), [False] * (cols + 1)
        while owner[free]:
            used[free] = True
            current, delta, nxt = owner[free], infinity, 0
            for col in range(1, cols + 1):
                if used[col]:
                    continue
                reduced = cost[current - 1][col - 1] - u[current] - v[col]
                if reduced < least[col]:
                    least[col], way[col] = reduced, free
                if least[col] < delta:
                    delta, nxt = least[col], col
            for col in range(cols + 1):
                if used[col]:
                    u[owner[col]] += delta
                    v[col] -= delta
                else:
                    least[col] -= delta
            free = nxt
        while free:
            previous = way[free]
            owner[free] = owner[previous]
            free = previous
    return {owner[col] - 1: col - 1 for col in range(1, cols + 1) if owner[col]}


def _typed(kind: RecordKind, name: str) -> bool:
    return name in TIMESTAMP_FIELDS[kind] or name in PHONE_FIELDS or name == "overall"


def _label(text: CellValue) -> str:
    return " ".join(str(text).split())


# ------------------------------------------------------ columns whose labels say nothing (round 14)
# A label that names nothing (信息1, 字段A, 列3, Column1) leaves the column to its content and
# its place. Each pass below gives a missing field one such column only where the content's
# shape and the table's order leave one reading; a column none of them places stays unmapped,
# listed in the notes (decisions 206-210). None of them reads a word.


def _unplaced_by_content(table: _Table, result: ColumnMap) -> None:
    if result.given:
        return
    if not _reading_stands(result):
        if _rated_survey(table, result):
            # a survey whose rating column rates needs no third field (decision 155): its
            # date may still be known (decision 260), and its responses' numbers under a
            # silent label (#) by their shape (decisions 206, 408)
            _record_id_by_shape(table, result)
            _first_step_on_lone_date(table, result)
        return  # content completes a reading, never makes one
    _record_id_by_shape(table, result)
    _course_by_order(table, result)
    _product_by_model(table, result)
    _people_by_shape(table, result)
    _signature_by_content(table, result)
    _first_step_on_lone_date(table, result)
    if table.kind is RecordKind.WORK_ORDER:
        _case_in_subject(table, result)  # a complaint's waits for its verdicts (decision 251)


_STANDING_FIELDS = 3  # fields read by label before content may add to a reading


# Who raised a complaint, as the thinnest export still names them: the customer's name or
# the contact the desk answers on (decision 315).
_RAISER_FIELDS = frozenset({"customer_name", "customer_phone"})
# A label of the customer and an id and nothing else (用户ID, 会员id): the account that raised it.
_CUSTOMER_ID = frozenset({"customer", "id"})


def raiser_named(headers: list[CellValue], result: ColumnMap) -> bool:
    """The reading says who raised each row: a customer's name or phone, or a column whose
    label is the customer's id and nothing else (用户ID), which no canonical field holds but
    names the account as surely as a phone does (decision 315)."""
    if _RAISER_FIELDS & set(result.fields):
        return True
    for header in headers:
        label = read_label(header_key(header))
        if label.classes == _CUSTOMER_ID and label.head == {"id"} and label.coverage >= 1.0:
            return True
    return False


def _reading_stands(result: ColumnMap) -> bool:
    """The labels alone already read the table as this kind: a field of the kind's own and
    enough others. Content then completes a reading and never makes one, so a staff list or
    an outlet list with a column of codes or remarks is no more records than it was; and a
    package that maps its columns by hand has said what it wants read."""
    return bool(result.specific) and len(result.fields) >= _STANDING_FIELDS


def _rated_survey(table: _Table, result: ColumnMap) -> bool:
    """A survey reading whose overall column's cells are steps of a rating scale."""
    overall = result.fields.get("overall", [])[:1]
    return table.kind is RecordKind.SURVEY_RESPONSE and any(
        rates([cell_at(row, column) for row in table.sample]) for column in overall)


def _says_nothing(header: CellValue, kind: RecordKind) -> bool:
    """The label names no field and no known part at all: only content can place the column."""
    key = header_key(header)
    if not key or read_label(key).classes:
        return False
    return _names_no_field(header, kind)


def _names_no_field(header: CellValue, kind: RecordKind) -> bool:
    """No field of ``kind`` reads the label, whatever parts of it are known (用户回执)."""
    return bool(header_key(header)) and all(
        score < _MIN_HEADER for score, _ in field_candidates(header, kind).values())


def _free_unread(table: _Table, result: ColumnMap) -> list[int]:
    """Free columns (``_free_columns``) whose labels no field of ``kind`` reads, whatever parts
    of them are known (患方对答复的态度, 用户回执), left to right (decisions 256, 263)."""
    return [column for column in _free_columns(table, result)
            if _names_no_field(table.headers[column], table.kind)]


def _free_silent(table: _Table, result: ColumnMap) -> list[int]:
    """Free columns whose labels say nothing at all (``_says_nothing``), left to right."""
    return [column for column in _free_unread(table, result)
            if not read_label(header_key(table.headers[column])).classes]


def _free_untold(table: _Table, result: ColumnMap) -> list[int]:
    """Columns no field, item or band took whose labels say nothing, or say only that they
    hold a text about something nobody listed (险情描述, 工作内容: a content word qualified by
    parts no class knows), left to right. Such a label names no step of the course, as a
    silent one names none (decision 240); 备注 alone, or a content word qualified by a known
    part (客户备注, 处理说明), says more and is not among them."""
    taken = result.mapped | set(result.items) | set(result.bands)
    return [column for column, header in enumerate(table.headers)
            if column not in taken
            and (_says_nothing(header, table.kind) or _text_of_unknown(header))]


def _free_named(table: _Table, result: ColumnMap) -> list[int]:
    """Free columns whose labels say only that they hold the name of something no class knows
    (学校名称: a name, but whose?), left to right. Such a label tells no more than a silent one
    whose person the names are, so the names' shape may tell it (decision 334)."""
    return [column for column in _free_unread(table, result)
            if _name_of_unknown(table.headers[column])]


def _name_of_unknown(header: CellValue) -> bool:
    reading = read_label(header_key(header))
    return reading.classes == {"name"} and reading.head == {"name"}


def _text_of_unknown(header: CellValue) -> bool:
    reading = read_label(header_key(header))
    return reading.classes == {"content"} and reading.head == {"content"} and (
        reading.coverage < 1)


def _place(result: ColumnMap, headers: list[CellValue], column: int, name: str,
           fit: float, header_score: float = 0.0) -> None:
    """``name`` read from ``column`` after the assignment, by content (header score 0) or,
    for a step its label names without a time word, with that label's score shown to
    explain; the reading's own score is not raised, so no kind's score moves."""
    result.fields[name] = [column]
    result.choose(ColumnChoice(column, _label(headers[column]), name, header_score, fit))


_ID_MIN_ROWS = 4  # filled cells from which a column's values can be seen never to repeat
_LETTER = re.compile(r"[A-Za-z]")


def _record_id_by_shape(table: _Table, result: ColumnMap) -> None:
    """No column is labelled as the record number, but one whose label says nothing holds a
    code on every row that no other row repeats (BX20260902001, 1007): that numbers the
    records (decision 206). A code is letters and digits together, or an integer rising row
    by row; a row counter (1, 2, 3 …) counts rows, not records, and a date, a phone or an
    amount with decimals is no code. A row's number (序号, 顺序号) holding such codes of
    letters and digits (BX20260904001) numbers the records too: rows are counted, not coded
    (decision 414); its rising integers may count the rows from anywhere, and stay rows."""
    if "record_id" in result.fields:
        return
    silent = set(_free_silent(table, result))
    for column in sorted(silent | set(_free_row_numbers(table, result))):
        shape = table.profiles[column]
        if (shape.filled < _ID_MIN_ROWS or shape.ident < 1.0 or shape.distinct < 1.0
                or shape.date or shape.serial_date or shape.phone):
            continue
        texts = [normalise_text(cell_at(row, column)) for row in table.sample]
        codes = [text for text in texts if text is not None]
        if _numbers_records(codes) if column in silent else _coded(codes):
            _place(result, table.headers, column, "record_id", 1.0)
            return


def _free_row_numbers(table: _Table, result: ColumnMap) -> list[int]:
    """Free columns whose labels say only that they number the rows (序号, 顺序号)."""
    return [column for column in _free_unread(table, result)
            if _numbers_rows(table.headers[column])]


def _numbers_rows(header: CellValue) -> bool:
    """The label says only that it numbers the rows (序号, 顺序号)."""
    return read_label(header_key(header)).classes == {"row_number"}


def _counts_rows(table: _Table, column: int) -> bool:
    """A row's number (序号, 顺序号) that holds no codes of letters and digits counts the rows
    and numbers no record (decision 414), the label model's reading too (decision 430)."""
    if not _numbers_rows(table.headers[column]):
        return False
    codes = [text for text in (normalise_text(cell_at(row, column)) for row in table.sample)
             if text is not None]
    return not _coded(codes)


def _coded(codes: list[str]) -> bool:
    """Every value is a code of letters and digits together (BX20260902001)."""
    return all(_LETTER.search(code) and any(ch.isdigit() for ch in code) for code in codes)


def _numbers_records(codes: list[str]) -> bool:
    if _coded(codes):
        return True
    if not all(code.isdigit() for code in codes):
        return False
    numbers = [int(code) for code in codes]
    rising = all(a < b for a, b in itertools.pairwise(numbers))
    counter = numbers == list(range(numbers[0], numbers[0] + len(numbers))) and numbers[0] <= 1
    return rising and not counter


# The steps of a record's course written out, in the order they happen: what was raised, then
# what was done. A complaint's feedback (the customer's verdict) is known by its content.
_WRITTEN_COURSE = {
    RecordKind.WORK_ORDER: ("issue", "resolution"),
    RecordKind.COMPLAINT: ("reason", "handling"),
}
_NOT_NAMES = 0.5  # share of cells (names, ratings, marks) under which a column is none of those


def _course_by_order(table: _Table, result: ColumnMap,
                     refused: frozenset[int] = frozenset()) -> None:
    """Columns of written text whose labels say nothing take the missing steps of the record's
    course in the order of the page (decision 207): a ledger is written in the order of its
    course (decision 190), so between the step before and the step after, the text columns
    are the steps in between, left to right. A step the labels gave a column of short codes
    or canned phrases (A类, 常规, 详见附件) is no written step either and is re-placed with
    them. Only where the text columns and the steps they could be are as many: otherwise
    nobody can say which is which, and the columns stay unmapped. A complaint's feedback is
    the customer's verdict, written with the words of the satisfaction scale: a silent text
    column of them is the feedback wherever it stands, and no step of the course.
    ``refused``: columns whose cells refused the field their label names (decision 296),
    which then say no more of a step than a silent one."""
    steps = _WRITTEN_COURSE.get(table.kind, ())
    if not steps:
        return
    cells = [[cell_at(row, column) for row in table.sample]
             for column in range(len(table.profiles))]
    prose = {column for column, values in enumerate(cells) if _prose(values)}
    written = {column for column in prose
               if _written_text(table.profiles[column]) and not _model_names(cells[column])}
    verdicts = _lone_verdict(table, prose, result)
    free = sorted({*_free_untold(table, result), *refused})
    if _step_on_pick_list(steps, table.profiles, result):
        free = sorted({*free, *(column for column in _free_unread(table, result)
                                if not _names_a_thing(table.headers[column]))})
    silent = [column for column in free if column in written and column not in verdicts]
    anchors = {name: result.fields[name][0] for name in steps
               if name in result.fields and result.fields[name][0] in written}
    lower, wanted = -1, []
    for name in (*steps, None):
        if name is not None and name not in anchors:
            wanted.append(name)
            continue
        upper = anchors[name] if name is not None else len(table.headers)
        between = [column for column in silent if lower < column < upper]
        if wanted and len(between) == len(wanted) and not any(
                _says_what_it_holds(table.headers[column]) for column in between):
            for step, column in zip(wanted, between, strict=True):
                _replace_step(result, table.headers, step, column, table.profiles[column])
        lower, wanted = upper, []


def _course_of_bare_texts(table: _Table, result: ColumnMap) -> None:
    """A label that reads only as a text (服务内容, 服务概要, 服务过程, 描述: a content word and
    nothing known of what it is about) says no more of one step of the record's course than of
    the other. Where the labels gave one step such a column and the other step is unread, and
    the written columns so labelled (that one and free ones) are exactly as many as the
    steps, the page's order tells them apart, as a ledger is written in the order of its
    course (decisions 190, 207): the left one is what was raised, the right one what was done.
    A column of verdicts, model names or canned phrases is no step; a third such column leaves
    all as they were, since nobody can say which two are the steps. Asked only once the kind
    is judged (``learn_gaps``): a step so placed completes a reading and never makes one."""
    steps = _WRITTEN_COURSE.get(table.kind, ())
    read = [name for name in steps if name in result.fields]
    if result.given or len(read) != 1:
        return  # a package that maps its columns by hand has said what it wants read
    held = result.fields[read[0]][0]
    texts = _bare_written_texts(held, table, result)
    if held not in texts or len(texts) != len(steps):
        return
    for step, column in zip(steps, texts, strict=True):
        if result.fields.get(step, [None])[0] != column:
            _replace_step(result, table.headers, step, column, table.profiles[column])


def _account_of_pick_list(table: _Table, result: ColumnMap) -> None:
    """The labels gave one step of the course a pick-list (投诉类型: 无, 常规, A类) and the
    other step the column right after it, whose label reads only as a text (描述) and whose
    cells tell a case: that text is the account of what the pick-list classes, the step the
    labels named there, and the other step is unread (decision 301). A pick-list is no step
    written out (decisions 207, 281), and a bare text says no more of the one step than of
    the other (decision 294); beside a step's class it writes out that step. Only the one such
    text in the table: with a second bare text, decision 294's order of the page decides.
    Only a class of what was raised: a pick-list the labels gave what was done (处理情况:
    已处理, 正常) is the course's state, and the bare text after it stays what was raised, as
    the labels read it (decision 424). Asked once the kind is judged (``learn_gaps``): no kind
    moves."""
    steps = _WRITTEN_COURSE.get(table.kind, ())
    if result.given or not steps or any(name not in result.fields for name in steps):
        return
    picked = [name for name in steps if _pick_list(table.profiles[result.fields[name][0]])]
    if picked != [steps[0]]:
        return
    told = next(name for name in steps if name != picked[0])
    column = result.fields[told][0]
    texts = _bare_written_texts(column, table, result)
    if texts != [column] or column != result.fields[picked[0]][0] + 1:
        return
    del result.fields[told]
    _replace_step(result, table.headers, picked[0], column, table.profiles[column])


def _step_told_beside_pick_list(table: _Table, result: ColumnMap) -> None:
    """The labels gave one step of the course a pick-list (案件标题 over 常规, 一般, A类) and the
    other step a column whose label reads as the first step better than as its own (案件内容:
    the case's content, the reason by 0.8, the handling only by a bare content word's 0.5) and
    whose cells tell a case: that column is the first step, and the other step is unread
    (decision 317). The assignment gave it the other step only because two weak readings
    outweighed one strong one; a pick-list is no step written out (decisions 207, 281, 301).
    A label that reads only as a text (描述) says no more of one step than of the other, so it
    is left to decisions 294 and 301. Asked once the kind is judged: no kind moves."""
    steps = _WRITTEN_COURSE.get(table.kind, ())
    if result.given or not steps or any(name not in result.fields for name in steps):
        return
    for name, other in (steps, steps[::-1]):
        picked, told = result.fields[name][0], result.fields[other][0]
        if (not _pick_list(table.profiles[picked]) or _bare_text(table.headers[told])
                or _header_score(table.headers, told, table.kind, name)
                <= _header_score(table.headers, told, table.kind, other)
                or not tells_a_case([cell_at(row, told) for row in table.sample])):
            continue
        for column in result.fields.pop(other):
            result.unmap(column, _label(table.headers[column]))
        _replace_step(result, table.headers, name, told, table.profiles[told])
        return


def _bare_written_texts(held: int, table: _Table, result: ColumnMap) -> list[int]:
    """``held`` and the free columns whose labels read only as a text and whose cells are a
    step written out, in page order (decisions 294, 301)."""
    return sorted(column for column in {held, *_free_columns(table, result)}
                  if _bare_text(table.headers[column])
                  and _step_written([cell_at(row, column) for row in table.sample],
                                    table.profiles[column]))


def _bare_text(header: CellValue) -> bool:
    """The label reads as a text and as nothing else (服务过程, 描述, 情况说明)."""
    return read_label(header_key(header)).classes == {"content"}


def _step_written(values: list[CellValue], shape: ColumnProfile) -> bool:
    """Written out case by case as a step of a course is: prose, no pick-list, no verdict
    (the rating class, decision 228) and no maker's model names (decision 282)."""
    return (_written_text(shape) and _prose(values) and shape.rating < _NOT_NAMES
            and not _model_names(values))


def _step_on_pick_list(steps: tuple[str, ...], profiles: list[ColumnProfile],
                       result: ColumnMap) -> bool:
    """The labels gave a step of the course a pick-list (协助原因: 无, 一般, 正常): no step is
    written there, so a column of written text whose label names no field of the kind
    (任务要求) may be one; the count and the order of the course still decide (decision 281)."""
    return any(name in result.fields and _pick_list(profiles[result.fields[name][0]])
               for name in steps)


def _names_a_thing(header: CellValue) -> bool:
    """A label headed by a name word (供应商名称, 合同名称, 服务站名称) says what something is
    called: a name is given, not told, so its column is no step of a course."""
    return "name" in read_label(header_key(header)).head


def _says_what_it_holds(header: CellValue) -> bool:
    """A label headed by what its cells are (产品型号, 详细地址, 所属公司, 编辑人: a thing, a
    place, an organisation, a person) names no step of a course, whatever its cells hold:
    counted among the text columns, it never takes a step, so the steps between the same
    neighbours stay unread, as where the columns outnumber them (decision 370)."""
    return bool(read_label(header_key(header)).head & _HELD_HEADS)


# Heads of labels that say what a cell is, never what was told (the lexicon's classes).
_HELD_HEADS = frozenset({"product", "address", "org", "firm", "phone", "customer", "staff",
                         "desk", "actor"})


# A model as any maker writes it: the brand and kind in words, then a code of letters and
# digits together at the end of the cell (美的洗衣机MG100V11D, 海信电视65E3F, 老板燃气灶JZT-37B0).
# A bare code (SN2026070001) names no kind of thing: a unit's or a record's number.
_MODEL_CODE = re.compile(r"[\u4e00-\u9fff]{2}\s*"
                         r"(?=[A-Za-z0-9-]*[A-Za-z])(?=[A-Za-z0-9-]*[0-9])[A-Za-z0-9][A-Za-z0-9-]{3,}$")


def _model_names(values: list[CellValue]) -> bool:
    """Most cells end in a maker's model code: they name the thing served, which is no step of
    a record's course, however long the brand and kind before the code (decision 282)."""
    texts = [text for text in (normalise_text(value) for value in values) if text is not None]
    coded = sum(1 for text in texts if _MODEL_CODE.search(text.strip()))
    return bool(texts) and coded >= _CONTENT_ONLY * len(texts)


def _product_by_model(table: _Table, result: ColumnMap) -> None:
    """No label gave the product, and one column whose label names no field of the kind
    (炉型, 打印机型号) holds a maker's model on most rows: that is the thing served (decision
    282). Only one such column, and only in a reading that stands; two leave it unread. A
    product the labels gave to a pick-list (货品数量 over 常规, 一般, A类) names no thing and
    yields to that one column (decision 335)."""
    if "product" not in CANONICAL_FIELDS[table.kind]:
        return
    labelled = result.fields.get("product", [])
    if labelled and not _picked_not_made(table, labelled[0]):
        return
    models = [column for column in _free_columns(table, result)
              if _names_no_field(table.headers[column], table.kind)
              or (labelled and _gives(table.headers[column], table.kind, "product"))]
    models = [column for column in models
              if _model_names([cell_at(row, column) for row in table.sample])]
    if len(models) != 1:
        return
    if labelled:
        _replace_step(result, table.headers, "product", models[0], table.profiles[models[0]])
    else:
        _place(result, table.headers, models[0], "product", 1.0)


def _gives(header: CellValue, kind: RecordKind, name: str) -> bool:
    """The label reads as ``name`` (货品编码: the product's code), whatever else it reads."""
    return field_candidates(header, kind).get(name, (0.0, None))[0] >= _MIN_HEADER


def _picked_not_made(table: _Table, column: int) -> bool:
    """A few values picked from a list, none a maker's model: a grade or a status, no thing."""
    return (_pick_list(table.profiles[column])
            and not _model_names([cell_at(row, column) for row in table.sample]))


def _lone_verdict(table: _Table, worded: set[int], result: ColumnMap) -> list[int]:
    """Free columns whose labels no field reads (患方对答复的态度) holding verdicts worded out
    (the rating class as it is, in words longer than a grade); in a complaint reading with no
    feedback, a lone one is the feedback (decisions 207, 263). A few set phrases repeated
    (客户表示满意, 满意，无其他意见) are still verdicts: a call-back's answer is picked from a
    few, so the pick-list test that tells a step written out from canned words does not
    apply to it (decision 352). Returns them all: none is a step of the course."""
    verdicts = [column for column in _free_unread(table, result)
                if column in worded and _worded(table.profiles[column])
                and table.profiles[column].rating >= _NOT_NAMES]
    if (table.kind is RecordKind.COMPLAINT and len(verdicts) == 1
            and "feedback" not in result.fields):
        _place(result, table.headers, verdicts[0], "feedback", table.profiles[verdicts[0]].rating)
    return verdicts


def _written_text(shape: ColumnProfile) -> bool:
    """Written out: words longer than a name or a code (A类, 常规, 赵国平), not a pick-list of
    a few canned phrases (详见附件, 按计划完成: at most four, each on three rows or more), and
    no date, phone or address."""
    phrases = round(shape.distinct * shape.filled)
    canned = phrases <= _CANNED_PHRASES and shape.filled >= _CANNED_REPEATS * phrases
    return _worded(shape) and not canned


def _worded(shape: ColumnProfile) -> bool:
    """Words longer than a name or a code (A类, 常规, 赵国平), no date, phone or address,
    however often the same words recur."""
    return (shape.filled > 0 and shape.text >= _CONTENT_ONLY and shape.mean_length >= _WORDY
            and not shape.date and not shape.phone and shape.address < _CONTENT_ONLY)


_CANNED_PHRASES = 4
_CANNED_REPEATS = 3
_CJK = re.compile(r"[\u4e00-\u9fff]")


def tells_a_case(values: list[CellValue]) -> bool:
    """The cells are text written out case by case (decision 207's shape: words longer than a
    name or a code, no pick-list, in a script's words) and no verdict (满意: the content
    profile's rating class, as decision 228 uses it), whatever the label says."""
    shape = profile(values)
    return _written_text(shape) and shape.rating < _NOT_NAMES and _prose(values)


def _prose(values: list[CellValue]) -> bool:
    """Cells written in a script's words (Chinese, or words with spaces between them), not
    tokens without a space (user1@example.com, a file name, a URL)."""
    texts = [text for text in (normalise_text(value) for value in values) if text is not None]
    worded = sum(1 for text in texts if _CJK.search(text) or _spaced_words(text))
    return bool(texts) and worded >= _CONTENT_ONLY * len(texts)


# An e-mail address or a web address: one token, wherever a line was wrapped inside it.
_ADDRESS_TOKEN = re.compile(r"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+)$")


def _spaced_words(text: str) -> bool:
    """Words with spaces between them; a PDF cell wrapped inside a long token (user902@exa
    mple.com) gets a space where its line broke, and is still the one token (decision 296)."""
    return " " in text.strip() and not _ADDRESS_TOKEN.match("".join(text.split()))


def _replace_step(result: ColumnMap, headers: list[CellValue], name: str, column: int,
                  shape: ColumnProfile) -> None:
    """``column`` becomes ``name``'s only column; a column the labels had given it is unmapped."""
    for old in result.fields.get(name, []):
        result.unmap(old, _label(headers[old]))
    _place(result, headers, column, name, shape.text)


_NAME_LENGTH = 3.5  # characters per cell: a Chinese name is two or three
_CUSTOMERS_DISTINCT = 0.8  # customers seldom come twice in a sample …
_STAFF_ROWS = 6  # … while a few staff serve many orders: from this many rows they repeat
_PERSON_SHARE = 0.8


def _people_by_shape(table: _Table, result: ColumnMap) -> None:
    """Columns of people's names whose labels say nothing (decision 208): names that hardly
    repeat are the customers' (one row per case), the one nearest the customer's phone where
    there are several. Names that repeat row after row are no customers, but they are no
    staff by shape alone either: a column of categories (专业: 机械, 电气) repeats as short
    words just as a crew's names do, so it stays unmapped."""
    name = next((n for n in ("customer_name", "respondent") if n in CANONICAL_FIELDS[table.kind]),
                None)
    customers = [column for column in _free_silent(table, result) + _free_named(table, result)
                 if _names(table.profiles[column])
                 and table.profiles[column].distinct >= _CUSTOMERS_DISTINCT]
    if name is not None and customers and _yields(result.fields.get(name, []), table.profiles):
        column = _nearest_phone(customers, result)
        if column is not None:
            _name_first(result, table.headers, name, column, table.profiles)


def _yields(columns: list[int], profiles: list[ColumnProfile]) -> bool:
    """The name field has no column, or one the labels gave it that holds no customers' names:
    the same few values row after row, whether names (staff: 发起人, 受理人) or values picked
    from a list (常规, A类, 已处理: decision 255), or no names at all (firms)."""
    if not columns:
        return True
    shape = profiles[columns[0]]
    return _repeats(shape) or shape.person < _NOT_NAMES


def _name_first(result: ColumnMap, headers: list[CellValue], name: str, column: int,
                profiles: list[ColumnProfile]) -> None:
    """``column`` becomes the name's first column. A firm the labels gave stays behind it
    (the firm is the customer where no person is named, decision 182); staff are unmapped."""
    behind = [old for old in result.fields.get(name, []) if profiles[old].person < _NOT_NAMES]
    for old in result.fields.get(name, []):
        if old not in behind:
            result.unmap(old, _label(headers[old]))
    _place(result, headers, column, name, profiles[column].person)
    result.fields[name] = [column, *behind]
    result.put_first(name, column)


def _names(shape: ColumnProfile) -> bool:
    """Names: short words, most of them, and not the steps of a rating scale (满意 and 一般
    are as short as a name) nor marks."""
    return (shape.filled >= _ID_MIN_ROWS and shape.person >= _PERSON_SHARE
            and shape.mean_length <= _NAME_LENGTH and not shape.phone and not shape.date
            and shape.rating < _NOT_NAMES and shape.mark < _NOT_NAMES)


def _nearest_phone(columns: list[int], result: ColumnMap) -> int | None:
    """The one column, or of several the one nearest the customer's phone (None: no phone)."""
    if len(columns) == 1:
        return columns[0]
    phones = [result.fields[name][0] for name in PHONE_FIELDS if name in result.fields]
    if not phones:
        return None
    distance = sorted((abs(column - phones[0]), column) for column in columns)
    return distance[0][1] if distance[0][0] < distance[1][0] else None


def _signature_by_content(table: _Table, result: ColumnMap) -> None:
    """A column whose label names no field and whose every cell is the same row's customer
    name or a mark (✓, 已签), the name on one row at least, is the customer's sign-off
    (decision 209): who else writes the customer's own name beside each order. The label may
    have known parts (用户回执: the customer's, of no field): the cells tie the column to the
    row's customer, and no field's label claims it (decision 256)."""
    if "signature" not in CANONICAL_FIELDS[table.kind] or "signature" in result.fields:
        return
    names = result.fields.get("customer_name", [])[:1]
    if not names:
        return
    for column in _free_unread(table, result):
        if table.profiles[column].filled < _ID_MIN_ROWS:
            continue
        signed = own = 0
        for row in table.sample:
            cell = normalise_text(cell_at(row, column))
            if cell is None:
                continue
            own += cell == normalise_text(cell_at(row, names[0]))
            signed += cell == normalise_text(cell_at(row, names[0])) or cell.lower() in _MARKS
        if own and signed == table.profiles[column].filled:
            _place(result, table.headers, column, "signature", 1.0)
            return


def _sign_off_of_cases(table: _Table, result: ColumnMap) -> None:
    """A sign-off is the customer's name or a mark (decisions 209, 256): a column the labels
    gave the signature (确认信息) whose cells tell a case, written out row by row (更换门封条，
    密封良好), signs nothing, and reading it as signed would be compliance from no evidence. The
    signature is left unread and the column, its label's field refused, may be a step of the
    course by the page's order like a column whose label says nothing (decision 207). Asked
    once the kind is judged (``learn_gaps``), so no kind moves."""
    columns = result.fields.get("signature", [])
    if result.given or len(columns) != 1:
        return
    column = columns[0]
    cells = [cell_at(row, column) for row in table.sample]
    if not tells_a_case(cells) or _names_in_latin(cells):
        return
    del result.fields["signature"]
    result.unmap(column, _label(table.headers[column]))
    _course_by_order(table, result, frozenset({column}))


# A name in Latin letters: two or three capitalised words or initials (Olivia Brown, J. Smith,
# Mary-Jane O'Neil); a sign-off written so names its signer, as 韩雨桐 does (decision 422).
_LATIN_NAME = re.compile(r"^(?:[A-Z][a-z']+|[A-Z]\.)(?:(?: |-)(?:[A-Z][a-z']+|[A-Z]\.)){1,2}$")


def _names_in_latin(values: list[CellValue]) -> bool:
    """Nearly every filled cell is a person's name written in Latin letters."""
    texts = [text for text in (normalise_text(value) for value in values) if text is not None]
    return bool(texts) and sum(bool(_LATIN_NAME.match(text)) for text in texts) >= (
        _CONTENT_ONLY * len(texts))


def _verdict_after_handling(table: _Table, result: ColumnMap) -> None:
    """The labels gave the reason a column of verdicts in the scale's words (客户表示满意)
    under a label of a word back (反馈内容), right of the handling's: a verdict after what was
    done answers it, the customer's feedback (decision 301). 反馈 names both what a customer
    raised and the word back (decision 71); decision 245 reads a written case left of the
    handling as the reason, and a verdict is no case. No column then tells the complaint, so
    the reason stays unread. Asked once the kind is judged (``learn_gaps``): no kind moves."""
    reasons, handling = result.fields.get("reason", []), result.fields.get("handling", [])
    if (table.kind is not RecordKind.COMPLAINT or result.given or "feedback" in result.fields
            or len(reasons) != 1 or not handling or reasons[0] < handling[0]):
        return
    column = reasons[0]
    if ("feedback" not in read_label(header_key(table.headers[column])).classes
            or not _prose([cell_at(row, column) for row in table.sample])
            or not verdicts_in_words(table.profiles[column])):
        return
    del result.fields["reason"]
    _place(result, table.headers, column, "feedback", table.profiles[column].rating)


def _answer_under_reason(table: _Table, result: ColumnMap) -> None:
    """The labels gave the reason a column that answers the people who raised the cases
    (``answers_people``: 向消费者致歉, 已转…调解, 已答复), right of the column they gave the
    handling, which answers nobody and tells a case under a label the reason reads too (内容
    beside 反馈内容): the answer is the handling and the case the reason (decision 367). 反馈
    names both what a customer raised and what was fed back to them (decision 71); an answer
    comes after the case it answers, and a complaint answers nobody. Asked once the kind is
    judged (``learn_gaps``): no kind moves."""
    reasons, handling = result.fields.get("reason", []), result.fields.get("handling", [])
    if (table.kind is not RecordKind.COMPLAINT or result.given
            or len(reasons) != 1 or len(handling) != 1 or reasons[0] < handling[0]):
        return
    answer, case = reasons[0], handling[0]
    case_cells = [cell_at(row, case) for row in table.sample]
    if (not answers_people([cell_at(row, answer) for row in table.sample])
            or answers_people(case_cells) or not tells_a_case(case_cells)
            or _header_score(table.headers, case, table.kind, "reason") < _MIN_HEADER):
        return
    del result.fields["reason"], result.fields["handling"]
    _place(result, table.headers, case, "reason", table.profiles[case].text)
    _place(result, table.headers, answer, "handling", table.profiles[answer].text)


# ------------------------------------------------------ a complaint's verdict and reply (round 16)
# A complaint's feedback is the customer's verdict, written with the satisfaction scale's words
# (decision 207); what the office wrote back to the customer is its handling. Labels say
# 反馈 for both, so the content says which is which.


def _verdict_and_reply(table: _Table, result: ColumnMap) -> None:
    if table.kind is not RecordKind.COMPLAINT or result.given:
        return
    worded = {column for column in range(len(table.headers))
              if _prose([cell_at(row, column) for row in table.sample])}
    if not _reading_stands(result):
        # content completes a reading, never makes one; a thin export's raised text under a
        # customer's label (用户建议) is told apart from a verdict as in any ledger (decision 315)
        if raiser_named(table.headers, result) and "handling" not in result.fields:
            _reason_in_feedback(table, worded, result)
        return
    _verdict_under_reason(table, worded, result)
    _reason_in_feedback(table, worded, result)
    # the feedback the labels gave may have become the reason: a verdict left unread is it
    _lone_verdict(table, worded, result)
    _case_in_subject(table, result)
    _feedback_by_verdict(table, worded, result)
    _handling_by_reply(table, worded, result)


# A label that is a subject line and nothing else (标题, 主题: decision 193's class, whole).
_SUBJECT_ONLY = frozenset({"subject"})
# What a bare subject line says in a reading of each kind: what the letter or the complaint is
# about (decision 251), what the resident asked to have repaired (decision 365).
_SUBJECT_FIELD = {RecordKind.COMPLAINT: "reason", RecordKind.WORK_ORDER: "issue"}


def _case_in_subject(table: _Table, result: ColumnMap) -> None:
    """No column holds the reason (the issue), and a free column headed by a bare subject
    line tells a case on each row: in a complaint ledger it says what the letter or the
    complaint is about (decision 251), in a repair list what is broken (不加热, 室内机漏水:
    decision 365). A bare 标题 says nothing of whose title it is (decision 193), so only a
    reading that already stands, under headers naming its kind (来信时间, 投诉人; 报修电话,
    工单号), gives it one: a reading of unproven kind is never told apart by it (decision
    220), and a video's or a course's title (no kind named) stays unread. A reading that
    dates every step of its kind's process (created, first response, closed: a help desk's
    ticket report) stands as well as one named by a word: a list of videos or courses has no
    response and no closing (decision 408)."""
    name = _SUBJECT_FIELD.get(table.kind)
    if (name is None or name in result.fields
            or (record_kind_evidence(table.kind, "", table.headers) < 1
                and not _dated_through(table, result))):
        return
    for column, header in enumerate(table.headers):
        label = read_label(header_key(header))
        if (column in result.mapped or label.classes != _SUBJECT_ONLY
                or label.coverage < 1.0):
            continue
        values = [cell_at(row, column) for row in table.sample]
        if tells_a_case(values):
            _place(result, table.headers, column, name, profile(values).text)
            return


def _dated_through(table: _Table, result: ColumnMap) -> bool:
    """Every step of a work order (reported, responded, completed) has a column of dates in
    the reading. A complaint's two (received, closed) are what any list of entries dates."""
    steps = TIMESTAMP_FIELDS[table.kind]
    return table.kind is RecordKind.WORK_ORDER and all(
        any(_dates(table.profiles[column]) >= _DATED_SHARE
            for column in result.fields.get(step, []))
        for step in steps)


def _dates(shape: ColumnProfile) -> float:
    """The share of cells that are dates, Excel serials counted (45930.4 is a date only in a
    column whose label says so: a step's, here)."""
    return shape.date + shape.serial_date


def _reason_in_feedback(table: _Table, worded: set[int], result: ColumnMap) -> None:
    """No column holds the reason, and the column the labels gave the feedback holds text
    written out case by case that is no verdict (商品包装破损内件受潮, not 满意), left of the
    handling: it is what the customer raised, the reason (decision 245). A verdict is said in
    the scale's words and answers a handling; a complaint is written per case and comes
    before what was done about it."""
    columns = result.fields.get("feedback", [])
    if "reason" in result.fields or len(columns) != 1:
        return
    column, shape = columns[0], table.profiles[columns[0]]
    handling = result.fields.get("handling", [])
    if (column not in worded or not _written_text(shape) or shape.rating >= _NOT_NAMES
            or shape.filled < _ID_MIN_ROWS or (handling and column > handling[0])):
        return
    del result.fields["feedback"]
    _place(result, table.headers, column, "reason", shape.text)


def _verdict_under_reason(table: _Table, worded: set[int], result: ColumnMap) -> None:
    """No column holds the feedback, the labels gave the reason a column of verdicts (客户表示
    满意: the rating class as it is), and the handling a column whose label reads as the
    reason too (服务内容) and whose cells tell a case: the verdicts are the feedback and the
    case is the reason (decision 263). The assignment gave that column the handling only
    because the verdicts held the reason; a complaint is written per case, a verdict in the
    scale's words. Where no column telling a case could be the reason, the reason stays."""
    reasons, handling = result.fields.get("reason", []), result.fields.get("handling", [])
    if "feedback" in result.fields or len(reasons) != 1 or len(handling) != 1:
        return
    verdict, case = reasons[0], handling[0]
    if (verdict not in worded or not verdicts_in_words(table.profiles[verdict])
            or _header_score(table.headers, case, table.kind, "reason") < _MIN_HEADER
            or not tells_a_case([cell_at(row, case) for row in table.sample])):
        return
    del result.fields["reason"], result.fields["handling"]
    _place(result, table.headers, verdict, "feedback", table.profiles[verdict].rating)
    _place(result, table.headers, case, "reason", table.profiles[case].text)


def _free_columns(table: _Table, result: ColumnMap) -> list[int]:
    """Columns no field, item or band took and [columns] did not name, left to right."""
    taken = result.held | set(result.items) | set(result.bands)
    return [column for column, header in enumerate(table.headers)
            if column not in taken and header_key(header)]


def _feedback_by_verdict(table: _Table, worded: set[int], result: ColumnMap) -> None:
    """The labels gave the feedback a pick-list that holds no verdict (客户无异议, 详见附件: a
    few canned phrases), and one column no field took holds verdicts written out per case
    (电话回访，客户基本满意, 满意): that column is the feedback (decision 228). The pick-list is a
    status beside it, whatever its label says."""
    columns = result.fields.get("feedback", [])
    if not columns or not _canned_status(table.profiles[columns[0]]):
        return
    verdicts = [column for column in _free_columns(table, result)
                if verdicts_in_words(table.profiles[column]) and column in worded]
    if len(verdicts) != 1:
        return
    for old in columns:
        result.unmap(old, _label(table.headers[old]))
    _place(result, table.headers, verdicts[0], "feedback", table.profiles[verdicts[0]].rating)


def verdicts_in_words(shape: ColumnProfile) -> bool:
    """Words, most of them written with the satisfaction scale's (满意, 基本满意): the
    content profile's rating class as it is, on text rather than points, and more than a
    one-character answer (是, 否: whether it was solved, whether it was rated)."""
    return (shape.filled >= _ID_MIN_ROWS and shape.text >= _CONTENT_ONLY
            and shape.mean_length > 1
            and shape.rating >= _NOT_NAMES and not shape.date and not shape.phone)


def _canned_status(shape: ColumnProfile) -> bool:
    """A few phrases, each on several rows, none of them a verdict: a status pick-list."""
    phrases = round(shape.distinct * shape.filled)
    return (shape.filled >= _ID_MIN_ROWS and phrases <= _CANNED_PHRASES
            and shape.filled >= _CANNED_REPEATS * phrases and shape.rating < _NOT_NAMES)


def _handling_by_reply(table: _Table, worded: set[int], result: ColumnMap) -> None:
    """No column holds the handling, and one column no field took, labelled as feedback
    (反馈消息: the word class as it is), right of the reason, holds text written out case by
    case that is no verdict: what the office wrote back to the complainant, its handling
    (decision 228). A verdict (满意) is the feedback, a pick-list is a status, and a column
    left of the reason cannot answer it. The column the labels gave the feedback counts among
    them where its label names nobody whose word it is (转办意见): measures written out are
    the office's answer, never the customer's verdict (decision 317); and so does a feedback
    column of written replies where the handling the labels gave is a pick-list (decision 323)."""
    reasons = result.fields.get("reason", [])
    handling = result.fields.get("handling", [])
    canned = bool(handling) and _pick_list(table.profiles[handling[0]])
    if (handling and not canned) or not reasons:
        return
    open_to = {*_free_columns(table, result), *_office_word(table, result)}
    if canned:
        # a handling the labels gave a pick-list (备注: 详见附件, 已电话沟通) is no handling
        # written; a feedback column of written cases, no verdicts, is then the reply (decision 323)
        open_to |= set(result.fields.get("feedback", [])[:1])
    replies = [column for column in sorted(open_to)
               if column > reasons[0] and column in worded and _written_text(table.profiles[column])
               and table.profiles[column].rating < _NOT_NAMES
               and "feedback" in read_label(header_key(table.headers[column])).classes]
    if len(replies) == 1:
        if canned:
            result.unmap(handling[0], _label(table.headers[handling[0]]))
        if replies[0] in result.fields.get("feedback", []):
            del result.fields["feedback"]
        _place(result, table.headers, replies[0], "handling", table.profiles[replies[0]].text)


# Parts that make an opinion the customer's own word back (客户意见, 回访意见), never the office's
_CUSTOMERS_WORD = frozenset({"customer", "ev_callback", "score"})


def _office_word(table: _Table, result: ColumnMap) -> list[int]:
    """The one column the labels gave the feedback by an opinion word no customer or call-back
    qualifies (转办意见: passing the case on, 转办 unknown, with its instruction): whose
    opinion it is the label does not say, so the cells do (decision 317)."""
    columns = result.fields.get("feedback", [])
    if len(columns) != 1:
        return []
    classes = read_label(header_key(table.headers[columns[0]])).classes
    return [] if classes & _CUSTOMERS_WORD else columns


# ------------------------------------------- a record's one date (decisions 239 and 247)
_DATED_SHARE = 0.9  # share of a column's filled cells that must be dates
_DATE_ANY = 0.5  # share from which a column holds dates at all, whatever it dates
_DATES_DISTINCT = 0.5  # an export time repeated on every row dates no answer


def _first_step_on_lone_date(table: _Table, result: ColumnMap) -> None:
    """A reading with no date of any step, and one column of dates in the whole table whose
    label names no event and no other date (出院随访日期, 信访日期: a time word and parts nobody
    listed): that column dates the record's first step, when the response was given
    (decision 239) or when the order was reported or the complaint received (decision 247).
    A record is dated when it enters the ledger first; with one date on the row there is
    nothing else it could be the date of that the label does not name (a birth, a purchase, a
    creation, an update rule the column out, as they do for the order of the process). Two
    date columns or more, or dates repeated row after row (an export's time), stay unread:
    which is which only a word could say. A column of the row's last edit is not counted:
    it dates the row, never the record (decision 260)."""
    steps = TIMESTAMP_FIELDS.get(table.kind, ())
    if not steps or any(name in result.fields for name in steps):
        return
    dated = [column for column, shape in enumerate(table.profiles)
             if _dates(shape) >= _DATE_ANY
             and not _last_edit(table.headers[column])]
    if len(dated) != 1:
        return
    column, shape = dated[0], table.profiles[dated[0]]
    timed = "time" in read_label(header_key(table.headers[column])).classes
    share = shape.date + (shape.serial_date if timed else 0.0)  # a serial needs a time word
    if (column in result.held or column in result.items or column in result.bands
            or not eventless_date_label(table.headers[column]) or share < _DATED_SHARE
            or shape.distinct < _DATES_DISTINCT or shape.filled < _ID_MIN_ROWS):
        return
    _place(result, table.headers, column, steps[0], share)


def _last_edit(label: CellValue) -> bool:
    """The label names an update (修改时间, 更新日期): when the row was last edited, which no
    step of the record's course is, so it leaves the lone date beside it alone (decision 260)."""
    return "ev_update" in read_label(header_key(label)).classes


# ------------------------------------------ a pick-list fills no written field (decision 248)
_WRITTEN_FIELDS = ("issue", "resolution", "reason", "handling", "product")


def _pick_list_yields(table: _Table, result: ColumnMap) -> None:
    """A field written case by case (issue, resolution, reason, handling, product) whose
    first column is a pick-list (常规, 一般, A类: a few short values, each on several rows)
    yields it to a column the same field's label also gave it that holds written text
    varying more from row to row (家电品牌 | 家电类型, decision 248). A pick-list is a status or
    a grade whatever its label says; what happened, or to what, is written anew on every
    row. No word is read: the shapes are the content profile's, and the labels say only that
    both columns are the field's. A column no field's label gave is never taken: a look-alike
    table (a CRM visit log, an owner register) has such columns, and taking one for the
    field made it read as work orders."""
    if result.given or not _reading_stands(result):
        return
    for name in _WRITTEN_FIELDS:
        columns = result.fields.get(name, [])
        if not columns or not _pick_list(table.profiles[columns[0]]):
            continue
        floor = table.profiles[columns[0]].distinct
        accounts = [column for column in columns[1:]
                    if _varied_account(table.sample, table.profiles, column, floor)]
        if accounts:
            _yield_to_twin(result, table.headers, name, accounts[0])
        elif (told := _told_under_another(table, result, name, floor)) is not None:
            _taken_from_another(table, result, name, *told)


def _pick_list(shape: ColumnProfile) -> bool:
    """Values picked from a short list: they repeat (half the rows or fewer distinct) and are
    no written text (codes, grades, canned phrases), no verdict, date or phone."""
    return (shape.filled >= _ID_MIN_ROWS and shape.distinct <= _ID_DISTINCT
            and not _written_text(shape) and shape.rating < _NOT_NAMES
            and not shape.date and not shape.phone)


def _varied_account(sample: list[list[CellValue]], profiles: list[ColumnProfile],
                    column: int, floor: float) -> bool:
    """Text told case by case (decision 207's shape, no verdict) that repeats less than the
    pick-list beside it."""
    shape = profiles[column]
    return (shape.filled >= _ID_MIN_ROWS and shape.distinct > floor
            and tells_a_case([cell_at(row, column) for row in sample]))


# A written step and the step that dates it: what was done is dated when it was done.
_DATED_BY = {"resolution": "completed_at", "handling": "closed_at"}


def _told_under_another(table: _Table, result: ColumnMap, name: str,
                        floor: float) -> tuple[int, str, float] | None:
    """(column, field, its label's score for ``name``) of a text told case by case that
    another written field holds, though its label reads ``name`` better (内容 of a complaint
    ledger: the reason 0.6, the handling 0.5), while ``name`` went to a pick-list (问题类型:
    物流慢, 态度差 …), and no column dates the other field's step: a remedy is dated when it
    is done, and a ledger with no such date and no other text tells only the case (decision
    449). The assignment gave the pick-list its label's higher score. Where the remedy is
    dated (处理时间 | 描述), the text after it may be what was done, and decision 301 keeps
    it so."""
    for other in _WRITTEN_FIELDS:
        columns = result.fields.get(other, [])
        if (other == name or not columns or columns[0] in result.given
                or _DATED_BY.get(other, "") in result.fields):
            continue
        scores = field_candidates(table.headers[columns[0]], table.kind)
        own, held = scores.get(name, (0.0, 0))[0], scores.get(other, (0.0, 0))[0]
        if own > max(held, _MIN_HEADER) and _varied_account(
                table.sample, table.profiles, columns[0], floor):
            return columns[0], other, own
    return None


def _taken_from_another(table: _Table, result: ColumnMap, name: str, column: int,
                        other: str, score: float) -> None:
    """``column`` leaves ``other`` for ``name``; the pick-list ``name`` held is unmapped."""
    rest = [c for c in result.fields[other] if c != column]
    if rest:
        result.put_first(other, rest[0])
        result.fields[other] = rest
    else:
        del result.fields[other]
    fit, _ = _weigh(table.kind, name, score, table.profiles[column])
    result.choose(ColumnChoice(column, _label(table.headers[column]), name, score, fit))
    result.fields[name] = [*result.fields[name], column]
    _yield_to_twin(result, table.headers, name, column)


def _yield_to_twin(result: ColumnMap, headers: list[CellValue], name: str, column: int) -> None:
    """``column``, already one of ``name``'s, becomes its first; the pick-list is unmapped."""
    pick_list = result.fields[name][0]
    result.fields[name] = [c for c in result.fields[name] if c != pick_list]
    result.unmap(pick_list, _label(headers[pick_list]))
    result.put_first(name, column)
