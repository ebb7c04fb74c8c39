"""The one shared step after reading: what each table or text is, mapped to canonical records.

Every reader hands over a RawDocument; nothing here knows which format it came from, so PDF,
Word and Excel cannot drift apart. Parsers know formats, not rules: nothing here decides
whether a record is valid, it only reports what is written where.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from preaudit.model.records import (
    DOC_KIND_OF_RECORDS,
    ITEM,
    RECORD_DOC_KINDS,
    TIMESTAMP_FIELDS,
    UNPROVEN_RECORDS,
    CellValue,
    DocKind,
    ExtractedFile,
    RawDocument,
    RawTable,
    RecordKind,
)
from preaudit.model.texts import Note
from preaudit.model.vocabulary import (
    FIELD_LABELS,
    KIND_LABELS,
    RATING_WORDS,
    is_plausible_phone_number,
    rating_word,
)
from preaudit.parsers.columns import (
    ColumnChoice,
    ColumnMap,
    answers_people,
    answers_yes_no,
    content_fit,
    learn_gaps,
    map_columns,
    names_a_body,
    profile,
    raiser_named,
    rates,
    tells_a_case,
    verdicts_in_words,
)
from preaudit.parsers.facts import text_facts, text_kinds
from preaudit.parsers.forms import extract_form
from preaudit.parsers.headers import (
    FALLBACK_ONLY,
    SPECIFIC_FIELDS,
    looks_like_form,
    match_header,
    normalise_header,
)
from preaudit.parsers.kind_model import LOOKALIKE, heard_over_none, heard_vote, record_vote
from preaudit.parsers.kinds import (
    CALLBACK_WORDS,
    CHAIN_LINKS,
    CHAIN_WITHOUT_WORD,
    CLOSE_CALL,
    KIND_ORDER,
    KIND_WORDS,
    MATERIAL_OF_LOOKALIKE,
    MIN_FIELDS,
    MIN_ITEMS,
    MIN_LOOKALIKE_HEADERS,
    NEEDS_KIND_WORD,
    OTHER_KINDS,
    RAISED_WORDS,
    RECORD_DOCUMENT_WORDS,
    STRICT_COMPLAINT_WORDS,
    TICKET_WORD,
    lists_staff,
    lookalike_columns,
    lookalike_scores,
    names_other_records,
    names_questionnaire,
    names_statistic,
    names_work_beyond_ticket,
    record_kind_evidence,
    ticket_of_complaints,
    titled_as_raised,
)
from preaudit.parsers.lexicon import (
    ASKS_WHETHER,
    CASE_TELLING_WORDS,
    PRICE_WORDS,
    REPLY_WORDS,
    SORT_WORDS,
)
from preaudit.parsers.meaning import read_label
from preaudit.parsers.normalise import (
    CONFLICTING,
    DAY_FIRST,
    MONTH_FIRST,
    date_order_of,
    in_date_order,
    is_yearless_date,
    normalise_text,
    with_year,
    year_named,
)
from preaudit.parsers.places import label_of, place_of, title_text, where, where_zh
from preaudit.parsers.record_values import (
    band_of,
    collect_unread_dates,
    images_in,
    item_scores,
    make_record,
    provenance,
)
from preaudit.parsers.table_rows import HEADER_SEARCH_ROWS, cell_at, likeliest_label_row

_TITLE_BONUS = 2
# The ledger's own number says what it numbers (工单编号, 投诉单号, 问卷编号): a work-order
# ledger with a 是否投诉 flag is no complaint ledger, however many fields the two share.
_NUMBER_BONUS = 1.5
# Lines that close a ledger rather than record anything: a total (合计 / 小计：60单 / 总计(9月)),
# however many cells it fills (a count, an amount, 9月共20单) — a word going on (总计划) is no
# total — and a sign-off (制表人：张三 | 审核：李四 | 日期：…) whose first cell says what it is
# before a colon, which no record's first cell does. Alone in its row, either word suffices.
_TOTAL_WORDS = ("合计", "小计", "总计", "共计")
_SIGN_OFF_WORDS = ("制表", "审核", "填表", "备注", "说明", "注")
_FOOTER_WORDS = _TOTAL_WORDS + _SIGN_OFF_WORDS
_TOTAL_LINE = re.compile(rf"^(?:{'|'.join(_TOTAL_WORDS)})(?:$|[\s:：(（\[【,，.。\d])")
_FOOTER_LINE = re.compile(rf"^(?:{'|'.join(_SIGN_OFF_WORDS)})[^:：]{{0,3}}[:：]")


@dataclass
class _Header:
    end: int  # index of the last header row (two-level headers span two rows)
    texts: list[CellValue]
    columns: ColumnMap
    score: float


def extract(doc: RawDocument, columns: dict[str, str] | None = None) -> ExtractedFile:
    """Recognise every table and text of one document and map it onto canonical records.

    ``columns`` maps headers, exactly as written, to canonical fields (the package's
    ``[columns]`` table); such a mapping wins over recognition.
    """
    result = ExtractedFile(notes=list(doc.notes))
    state = _State(result, given=columns or {})
    found: set[str] = set()
    for table in doc.tables:
        kind = _extract_table(doc, table, state)
        if isinstance(kind, RecordKind):
            found.add(DOC_KIND_OF_RECORDS[kind].value)
        elif kind is not None:
            found.add(kind)
    result.notes.extend(_date_notes(state.unread_dates))
    # Sheet names count as titles too: a sheet called 服务网点 is the outlet list.
    titles = [table.title for table in doc.tables if table.title]
    titles += [table.sheet for table in doc.tables if table.sheet]
    found |= text_kinds(doc.texts, titles)
    result.facts = text_facts(doc, found)
    result.kinds = [kind.value for kind in DocKind if kind.value in found]
    result.kinds += [kind for kind in (*OTHER_KINDS, UNPROVEN_RECORDS) if kind in found]
    if not found - RECORD_DOC_KINDS - {UNPROVEN_RECORDS}:
        # Not worth saying for a known material: an outlet list's table (网点名称 | 地址 |
        # 电话) is not a puzzle once the file is known. Beside records it is: a table we
        # could not place may hold records the checks never saw.
        result.notes.extend(state.unclear)
    return result


@dataclass
class _State:
    """What reading one document's tables carries from table to table."""

    result: ExtractedFile
    given: dict[str, str]  # the package's [columns]
    unclear: list[str] = field(default_factory=list)
    unread_dates: dict[str, list[str]] = field(default_factory=dict)
    # the last ledger read and the last page it reached: a headerless table on the next
    # page of the same width carries it on (a scanned ledger with its header on page 1 only)
    ledger: tuple[RawTable, _Header] | None = None
    ledger_page: int | None = None


_DATE_EXAMPLES = 1


def _date_notes(unread: dict[str, list[str]]) -> list[str]:
    """'3 dates in column 报修时间 could not be read (e.g. '下周二')', one per column."""
    notes: list[str] = []
    for column, values in unread.items():
        what = "date" if len(values) == 1 else "dates"
        examples = ", ".join(f"'{value}'" for value in values[:_DATE_EXAMPLES])
        notes.append(Note(
            f"{len(values)} {what} in column {column} could not be read (e.g. {examples})",
            f"“{column}”列有 {len(values)} 个日期无法识别（如 {examples}）",
        ))
    return notes


def _extract_table(doc: RawDocument, table: RawTable, state: _State) -> RecordKind | str | None:
    """The table's records into the result; returns the record kind or material it proved."""
    result = state.result
    if not table.rows:
        return None
    if table.whole_page or looks_like_form(table.rows):
        state.ledger = None
        return extract_form(doc, table, result, state.unread_dates)
    candidates = ranked_headers(table, state.given)
    if not candidates:
        if _continues_ledger(table, state):
            return _read_continuation(doc, table, state)
        state.ledger = None
        return _headerless(doc, table, state)
    header, verdict = first_fitting(doc, table, candidates, state.given)
    kind = header.columns.kind
    state.ledger = None
    if verdict is not None:
        return _refused(doc, table, header, verdict, state)
    rival = unproven_rival(table, header, state.given)
    voted = None if rival is None else _voted(doc, table, header, rival[0], state.given)
    if rival is not None and voted is None:
        result.notes.append(_unproven_note(doc, table, header, *rival, state.given))
        for either in (kind, rival[0]):
            if DOC_KIND_OF_RECORDS[either].value not in result.unproven:
                result.unproven.append(DOC_KIND_OF_RECORDS[either].value)
        return UNPROVEN_RECORDS
    if voted is not None:
        return _read_heard(doc, table, voted, state)
    return _settled(doc, table, header, state)


def _headerless(doc: RawDocument, table: RawTable, state: _State) -> RecordKind | str | None:
    """A table no row of which heads any kind's reading: a look-alike's material, records of
    the kind the vote names (decision 380), or unclear."""
    known, material = _lookalike_material(table)
    if known:
        return material
    heard = _unlabelled_by_vote(doc, table, state.given)
    if heard is None:
        _note_unclear(table, state.unclear)
        return None
    return _read_heard(doc, table, heard, state)


def _refused(
    doc: RawDocument, table: RawTable, header: _Header, verdict: tuple[str, str | None],
    state: _State,
) -> RecordKind | str | None:
    """A table content refused as its best kind: a look-alike's material, records of the
    kind the vote names where that reading stands (decision 380), or nothing, said why."""
    message, material = verdict
    heard = None if material is not None else _refused_by_vote(doc, table, header, state.given)
    if heard is not None:
        return _read_heard(doc, table, heard, state)
    state.result.notes.append(message)
    return material


def _settled(
    doc: RawDocument, table: RawTable, header: _Header, state: _State
) -> RecordKind | str | None:
    """A reading the rules proved, unless the vote names another group (decision 380)."""
    voted = _outvoted(doc, table, header, state.given)
    if voted is None:
        return _read_ledger(doc, table, header, state)
    instead, note = voted
    if instead is None:
        state.result.notes.append(note)  # the vote names a look-alike: no records read
        # the reading the vote refused claims no column: its kit is the equipment list its
        # headers say, as where content refuses a reading (decisions 400, 404)
        _, material = _unclaimed_lookalike(title_text(table), header, table.rows[header.end + 1:],
                                           None, None)
        if material is None:
            _note_unclear(table, state.unclear)
        return material
    return _read_heard(doc, table, (instead, note), state)


def _read_heard(
    doc: RawDocument, table: RawTable, heard: tuple[_Header, Note], state: _State
) -> RecordKind:
    """The table read as the vote's kind, with the note saying so."""
    state.result.notes.append(heard[1])
    return _read_ledger(doc, table, heard[0], state)


def _read_ledger(doc: RawDocument, table: RawTable, header: _Header, state: _State) -> RecordKind:
    """The table's rows as records of the header's kind, into the result."""
    learn_gaps(header.columns, header.texts, table.rows[header.end + 1:])
    records = _read_rows(doc, table, header)
    state.ledger, state.ledger_page = (table, header), _last_page(table)
    _add_records(doc, table, header, records, state)
    return header.columns.kind


# Work orders and complaints both tell of a customer, what was raised, what was done and when:
# a column of any of that may be either's. These two kinds are told apart only by a column of
# its own or a word naming one (decision 220).
_EVENT_KINDS = (RecordKind.WORK_ORDER, RecordKind.COMPLAINT)
# Who on the desk served or answered, and where the customer lives: a work order has fields
# for them, a complaint ledger keeps them all the same (who handled it, the complainant's
# address) with no field of its own, so they prove neither. A product or a signature does:
# a work order is done on a thing and signed for.
_KEPT_BY_BOTH = frozenset({"technician", "customer_address"})


def unproven_rival(
    table: RawTable, header: _Header, given: dict[str, str]
) -> tuple[RecordKind, int] | None:
    """The other record kind a table read as work orders or complaints is just as likely to
    hold, and a column that shows it, or None when its own kind is proven (decision 220).

    Proof is a word of the kind in the title or headers (record_kind_evidence, as it is; a
    title naming both kinds names neither, decision 222), a [columns] naming a field only
    the kind has, or a reading of its own: the other kind's reading of the same header takes
    other columns, or reads a column the first takes as a field only its kind has as a field
    both share. Where the two readings take the same
    filled columns, each as a field of its own kind (内容 the fault or the complaint, 回复内容
    the remedy or the handling), they are one reading under two names, and what tells them
    apart is only which synonym list a header sits in: the rows are records of unproven kind.
    Read as either, they would be checked against rules they may not answer to.

    The other reading must stand as its kind (an unnamed complaint needs two links of its
    chain, work orders their fault, remedy or dates), unless the first tells no event in
    words either (dates, names and a remark): then nothing but its dates says what it is;
    or the first is work orders holding nothing of the work, only who raised what and when,
    which a complaint ledger tells alike (decision 259).
    """
    kind = header.columns.kind
    if kind not in _EVENT_KINDS or _settled_by_columns(header.columns, kind):
        return None
    if not _titled_both(table) and _names_kind(table, header, kind):
        return None
    data = table.rows[header.end + 1:]
    ours = _filled_columns(header.columns, data)
    if kind is RecordKind.WORK_ORDER and _numbered_as_service(header, set(ours)):
        return None  # each row numbered as the service's own record (售后编号, decision 407)
    if kind is RecordKind.COMPLAINT and _answers_people(header.columns, data):
        return None  # an answer to the person who raised it is a complaint's (decisions 339, 359)
    told = _described(header.columns, data, kind)
    for rival in _EVENT_KINDS:
        if rival is kind:
            continue
        mapped = map_columns(header.texts, rival, data, given)
        theirs = _filled_columns(mapped, data)
        if not _same_reading(ours, theirs, kind, rival):
            continue
        if told and not _stands_as(table, header, mapped, data) and not _mirrored(
                header, ours, kind):
            continue
        both = _own(ours, kind) & _own(theirs, rival)
        return rival, min(both or _own(theirs, rival))
    return None


def read_by_vote(
    doc: RawDocument, table: RawTable, header: _Header, given: dict[str, str]
) -> tuple[_Header, Note] | None:
    """The header a table of unproven kind is read with where the kind vote settles it, and
    the note saying so; None where its kind is proven or the vote leaves it unread."""
    rival = unproven_rival(table, header, given)
    return None if rival is None else _voted(doc, table, header, rival[0], given)


def _voted(
    doc: RawDocument, table: RawTable, header: _Header, rival: RecordKind, given: dict[str, str]
) -> tuple[_Header, Note] | None:
    """A table of unproven kind (work orders or complaints alike, decision 220) read as the one
    of the two the kind vote learned from other systems' headers names at its threshold, with
    that kind's reading of the header; None where the vote names neither (a look-alike,
    surveys, or undecided) or the title names both kinds (decision 222): the table stays
    unread (decision 337)."""
    if _titled_both(table):
        return None  # the title says the table holds both kinds: no vote on its headers says which
    kind = header.columns.kind
    chosen = record_vote(header.texts, (kind, rival))
    if chosen is None:
        return None
    voted, probability = chosen
    if voted is not kind:
        mapped = map_columns(header.texts, voted, table.rows[header.end + 1:], given)
        header = _Header(end=header.end, texts=header.texts, columns=mapped, score=mapped.score)
    place, place_zh = place_of(doc, table)
    zh, en = KIND_LABELS[DOC_KIND_OF_RECORDS[voted].value]
    return header, Note(
        f"{place}: records whose columns fit work orders and complaints alike, read as {en}: "
        f"the kind vote learned from other systems' headers gives {en} {probability:.3f}. "
        "application.toml [columns] naming one column's field overrides it",
        f"{place_zh}：各列既可作工单也可作投诉记录，按其他系统表头学得的类型判断读作{zh}"
        f"（概率 {probability:.3f}）。"
        "在 application.toml 的 [columns] 中指明一列的字段可改变此判断",
    )


def heard_reading(
    doc: RawDocument, table: RawTable, header: _Header | None,
    verdict: tuple[str, str | None] | None, given: dict[str, str],
) -> tuple[_Header | None, Note] | None:
    """What decision 380 made of a table the rules read with ``header`` (None: no header row
    of any kind) and ``verdict`` (first_fitting's): the vote's reading and its note, (None,
    note) where a look-alike's vote left it unread, or None where the rules' reading stands.
    For ``preaudit explain``; reading itself goes through _extract_table."""
    if header is None:
        return None if _lookalike_material(table)[0] else _unlabelled_by_vote(doc, table, given)
    if verdict is not None:
        return None if verdict[1] is not None else _refused_by_vote(doc, table, header, given)
    if unproven_rival(table, header, given) is not None:
        return None  # the 0.999 vote of decision 337 decides these (read_by_vote)
    return _outvoted(doc, table, header, given)


def _outvoted(
    doc: RawDocument, table: RawTable, header: _Header, given: dict[str, str]
) -> tuple[_Header | None, Note] | None:
    """Where the kind vote names another group than the rules' reading at HEARD or more: the
    vote's record reading and a note, or (None, a note) where it names a look-alike (decision
    380); None where the rules' reading stands: the vote agrees or is unsure, [columns] named
    a field of the table, or the title names the rules' kind."""
    kind = header.columns.kind
    if header.columns.given_fields or record_kind_evidence(kind, title_text(table), []) == 1.0:
        return None
    heard = heard_vote(header.texts)
    if heard is None or heard[0] == kind.value:
        return None
    if heard[0] == LOOKALIKE:
        return None, _vote_note(doc, table, None, heard[1], kind)
    return _vote_reading(doc, table, header.end, header.texts, given, kind, heard)


def _refused_by_vote(
    doc: RawDocument, table: RawTable, header: _Header, given: dict[str, str]
) -> tuple[_Header, Note] | None:
    """A table whose best reading content refused, read as the record kind the vote names at
    HEARD_OVER_NONE where that kind's reading stands (decisions 380, 383)."""
    if header.columns.given_fields:
        return None
    return _vote_reading(doc, table, header.end, header.texts, given, None,
                         heard_vote(header.texts, read=False))


def _unlabelled_by_vote(
    doc: RawDocument, table: RawTable, given: dict[str, str]
) -> tuple[_Header, Note] | None:
    """A table no header row of which scores as any kind's, read as the record kind the vote
    on its last row of labels names at HEARD_OVER_NONE, where that reading stands (decisions
    380, 383)."""
    end = likeliest_label_row(table.rows)
    if end is None or end + 1 >= len(table.rows):
        return None
    texts = list(table.rows[end])
    return _vote_reading(doc, table, end, texts, given, None, heard_vote(texts, read=False))


def _vote_reading(
    doc: RawDocument,
    table: RawTable,
    end: int,
    texts: list[CellValue],
    given: dict[str, str],
    instead: RecordKind | None,
    heard: tuple[str, float] | None,
) -> tuple[_Header, Note] | None:
    """The header ending at ``end`` read as the record kind ``heard`` (the vote at HEARD)
    names, and the note saying so; None where it names no record kind, the reading fills no
    column, or content refuses it as that kind (a vote on labels never outweighs the rows).
    Over silence (``instead`` None) a vote under HEARD_OVER_NONE is heard only where the rows
    have the kind's shape (decision 391)."""
    if heard is None or heard[0] == LOOKALIKE:
        return None
    kind = RecordKind(heard[0])
    if kind is RecordKind.SURVEY_RESPONSE and not _rated_by_label(texts, given):
        return None  # steps of a scale under a label rating nothing are no rating (decision 172)
    data = table.rows[end + 1:]
    columns = map_columns(texts, kind, data, given)
    header = _Header(end=end, texts=texts, columns=columns, score=columns.score)
    if not any(_filled_columns(columns, data).values()) or _judge_kind(doc, table, header, data):
        return None
    if instead is None and not heard_over_none(heard[1], _shaped(columns, data)):
        return None
    return header, _vote_note(doc, table, kind, heard[1], instead)


# A column of cells that read as the field's by content, as map_columns weighs a column read
# on its content alone (columns.py content_fit; a name may be written as text, 0.6).
_SHAPE_FIT = 0.5


def _shaped(columns: ColumnMap, data: list[list[CellValue]]) -> bool:
    """The rows have the shape of the reading's record kind by content, what a ledger of it
    must hold on each row whatever its labels (decision 391): a complaint ledger dates each
    case and writes it or its handling out (tells_a_case: words case by case, no pick-list, no
    verdict); a work order as well, and names or calls who asked; a survey response holds a
    rating as the survey rules read one by content (its overall in steps of a scale, or two
    columns of them: decision 203's _RATED_COLUMNS) and who gave it. A list of types, counts
    under a score or weekdays holds none of these."""
    kind = columns.kind

    def fits(names: tuple[str, ...]) -> bool:
        return any(content_fit(kind, name, profile(_cells(data, column))) >= _SHAPE_FIT
                   for name in names for column in columns.fields.get(name, []))

    if kind is RecordKind.SURVEY_RESPONSE:
        overall = columns.fields.get("overall", [])[:1]
        rated = (any(_rates(data, column) for column in overall)
                 or sum(_rates(data, column) for column in [*overall, *columns.items])
                 >= _RATED_COLUMNS)
        return rated and fits(("respondent", "respondent_phone"))
    dated = any(profile(_cells(data, column)).date >= _DATED_ROWS
                for name in TIMESTAMP_FIELDS[kind] for column in columns.fields.get(name, []))
    told = any(tells_a_case(_cells(data, column)) for name in _DESCRIBED_BY[kind]
               for column in columns.fields.get(name, []))
    asked = kind is not RecordKind.WORK_ORDER or fits(("customer_name", "customer_phone"))
    return dated and told and asked


def _cells(data: list[list[CellValue]], column: int) -> list[CellValue]:
    return [cell_at(row, column) for row in data[:_CONTENT_SAMPLE]]


def _rated_by_label(texts: list[CellValue], given: dict[str, str]) -> bool:
    """A label of the header names a rating (the overall one or an item's): a survey's own
    column, which a vote on the other labels cannot stand in for."""
    by_label = map_columns(texts, RecordKind.SURVEY_RESPONSE, given=given)
    return "overall" in by_label.fields or bool(by_label.items)


def _vote_note(
    doc: RawDocument, table: RawTable, kind: RecordKind | None, probability: float,
    instead: RecordKind | None,
) -> Note:
    """What the vote decided, where, and how [columns] overrides it."""
    place, place_zh = place_of(doc, table)
    ruled = f", not as {instead.value} as its labels alone suggest" if instead else ""
    ruled_zh = f"（不按表头字面读作{_zh_kind(instead.value)}）" if instead else ""
    if kind is None:
        return Note(
            f"{place}: not read as records{ruled}: the kind vote learned from other systems' "
            f"headers gives a look-alike table (a list or a report) {probability:.3f}. "
            "application.toml [columns] naming its columns reads it",
            f"{place_zh}：未作记录读取{ruled_zh}：按其他系统表头学得的类型判断为非记录表格"
            f"（概率 {probability:.3f}）。在 application.toml 的 [columns] 中指明各列可读取此表",
        )
    zh, en = KIND_LABELS[DOC_KIND_OF_RECORDS[kind].value]
    return Note(
        f"{place}: read as {en}{ruled}: the kind vote learned from other systems' headers "
        f"gives {en} {probability:.3f}. application.toml [columns] naming one column's field "
        "overrides it",
        f"{place_zh}：按其他系统表头学得的类型判断读作{zh}{ruled_zh}（概率 {probability:.3f}）。"
        "在 application.toml 的 [columns] 中指明一列的字段可改变此判断",
    )


def _names_kind(table: RawTable, header: _Header, kind: RecordKind) -> bool:
    """The title or a header names the kind (record_kind_evidence as it is); for complaints,
    also a reason named by what a customer raises (decision 124)."""
    if record_kind_evidence(kind, title_text(table), header.texts) == 1.0:
        return True
    return kind is RecordKind.COMPLAINT and _lists_raised(header.texts, header.columns,
                                                          title_text(table))


def _titled_both(table: RawTable) -> bool:
    """The title names both kinds (接收投诉/报修信息日报表): it says the table may hold
    either, so its words prove neither (decision 222). A header names its own column."""
    title = title_text(table)
    return all(record_kind_evidence(kind, title, []) == 1.0 for kind in _EVENT_KINDS)


def _filled_columns(columns: ColumnMap, data: list[list[CellValue]]) -> dict[str, set[int]]:
    """field -> the columns of it that hold something in the sample."""
    sample = data[:_CONTENT_SAMPLE]
    filled = {name: {column for column in cols
                     if any(normalise_text(row[column] if column < len(row) else None)
                            is not None for row in sample)}
              for name, cols in columns.fields.items()}
    return {name: cols for name, cols in filled.items() if cols}


def _own(reading: dict[str, set[int]], kind: RecordKind) -> set[int]:
    """The columns a reading takes as fields only its kind has."""
    return {column for name, cols in reading.items() if name in SPECIFIC_FIELDS[kind]
            for column in cols}


def _same_reading(
    ours: dict[str, set[int]], theirs: dict[str, set[int]], kind: RecordKind, rival: RecordKind
) -> bool:
    """Both readings take the same filled columns (those both kinds keep aside), and every
    column ours takes as a field only its kind has, theirs takes as one only its kind has."""
    mine = {column for name, cols in ours.items() if name not in _KEPT_BY_BOTH for column in cols}
    other = {column for cols in theirs.values() for column in cols}
    own = _own(theirs, rival)
    return bool(own) and mine == other and _own(ours, kind) - _kept(ours) <= own


# What a work order holds that a complaint ledger has no field to mirror: the thing served,
# the remedy, who served it and signed for it, where, the later steps of a visit. A reading
# with none of them tells who raised what and when, which either kind tells (decision 259).
_OF_THE_WORK = frozenset({"product", "resolution", "technician", "signature", "customer_address",
                          "responded_at", "completed_at"})
# Of those, the traces of a service given: who did it and signed for it, where, its later
# steps. A product and a remedy picked from a list are a sale's or a call's as well.
_SERVED = _OF_THE_WORK - {"product", "resolution"}
# A time planned ahead (预计服务时间, 预约时间): a visit to come, which no grievance has.
_PLANNED_TIME = frozenset({"planned", "time"})


def _mirrored(header: _Header, ours: dict[str, set[int]], kind: RecordKind) -> bool:
    """A work-order reading holds nothing of the work itself (_OF_THE_WORK) and no header
    plans a visit: only who, what was raised and when, which a complaint ledger tells alike,
    so a text written row by row is no proof of a repair (decision 259). The time of a reply
    (_replied_at) is no later step of a job (decision 362)."""
    if kind is not RecordKind.WORK_ORDER:
        return False
    if any(not (name in _STEP_TIMES and _replied_at(header.texts[column]))
           for name in set(ours) & _OF_THE_WORK for column in ours[name]):
        return False
    return not any(read_label(normalise_header(text)).classes >= _PLANNED_TIME
                   for text in header.texts)


# The later steps of a visit a work-order reading dates.
_STEP_TIMES = frozenset({"responded_at", "completed_at"})


def _replied_at(label: CellValue) -> bool:
    """The label names a reply (回复时间, 答复日期: REPLY_WORDS): when the person who raised
    the case was answered, which a complaint ledger keeps as its closing, not when anyone went
    to a job or finished it (decision 362)."""
    key = normalise_header(label)
    return any(word in key for word in REPLY_WORDS)


def _kept(reading: dict[str, set[int]]) -> set[int]:
    return {column for name in _KEPT_BY_BOTH for column in reading.get(name, set())}


def _stands_as(
    table: RawTable, header: _Header, mapped: ColumnMap, data: list[list[CellValue]]
) -> bool:
    """The other kind's reading would be read as its kind on its own, with no word of it:
    two links of a complaint's chain (CHAIN_WITHOUT_WORD), or work orders with a fault, a
    remedy or a dated step (_unfit_order)."""
    if mapped.kind is RecordKind.COMPLAINT:
        links = set(_filled_columns(mapped, data)) & CHAIN_LINKS
        return len(links) >= CHAIN_WITHOUT_WORD
    rival = _Header(end=header.end, texts=header.texts, columns=mapped, score=mapped.score)
    return _unfit_order(table, rival, data) is None


def _unproven_note(
    doc: RawDocument, table: RawTable, header: _Header, rival: RecordKind, column: int,
    given: dict[str, str],
) -> Note:
    """'records, kind not proven: work orders or complaints; not read', and the [columns]
    lines that would settle it, for a column both readings take as their own."""
    place, place_zh = place_of(doc, table)
    data = table.rows[header.end + 1:]
    readings = (header.columns, map_columns(header.texts, rival, data, given))
    label = label_of(header.texts[column])
    lines = [(f'"{label}" = "{name}"', KIND_LABELS[reading.kind.value]) for reading in readings
             if (name := _field_of(reading, column)) in SPECIFIC_FIELDS[reading.kind]]
    en, zh = ([KIND_LABELS[reading.kind.value][at] for reading in readings] for at in (1, 0))
    return Note(
        f"{place}: records, kind not proven: {en[0]} or {en[1]} (each column is as much the "
        f"one's as the other's, and no word names one of them alone); not read. "
        "application.toml [columns] naming one column's field settles it, e.g. "
        + " or ".join(f"{line} ({names[1]})" for line, names in lines),
        f"{place_zh}：记录类型未能确定：可能是{zh[0]}，也可能是{zh[1]}（各列两者皆可，"
        "标题和表头也未单独写明其中一种），未读取。"
        "在 application.toml 的 [columns] 中指明一列的字段即可确定，如 "
        + " 或 ".join(f"{line}（{names[0]}）" for line, names in lines),
    )


def _field_of(columns: ColumnMap, column: int) -> str | None:
    return next((name for name, cols in columns.fields.items() if column in cols), None)


def first_fitting(
    doc: RawDocument, table: RawTable, candidates: list[_Header], given: dict[str, str]
) -> tuple[_Header, tuple[str, str | None] | None]:
    """The best-scoring candidate kind the table's content bears out (decision 156).

    Headers alone rank the kinds; content then judges the winner. Where it is refused as not
    records of its kind at all (work orders with no issue, remedy or date, or only dates beside
    a column of ratings; survey responses with no rating) and nothing else is said of the
    table, the next candidate is tried before the table is given up: a call-back log whose
    工单号 outscored it as work orders is still read as the survey it is. The first verdict
    stands where no candidate fits.
    """
    first: tuple[_Header, tuple[str, str | None] | None] | None = None
    ordered = candidates
    for prefer in _KIND_PREFERENCES:
        ordered = prefer(table, ordered, given)
    for header in ordered:
        data = table.rows[header.end + 1:]
        header.columns = map_columns(header.texts, header.columns.kind, data, given)
        titled_overall(header.columns, title_text(table))
        verdict = _judge_kind(doc, table, header, data)
        if first is not None and _not_this_kind(table, header, data):
            continue  # a kind tried second must be borne out by content of its own
        if verdict is None:
            return header, None
        if first is None:
            first = (header, verdict)
        if verdict[1] is not None or not _not_this_kind(table, header, data):
            break  # a look-alike or a close call is said, never passed over
    assert first is not None
    rated = _rated_instead(doc, table, first[0], given)
    if rated is not None:
        return rated, None
    return first[0], _listed_instead(doc, table, *first)


def _rated_instead(
    doc: RawDocument, table: RawTable, header: _Header, given: dict[str, str]
) -> _Header | None:
    """Where no kind fits and the work-order reading was refused as rated calls (a column it
    left holds steps of a scale), the rows are survey responses known by their content, as
    the refusal itself says, whatever the headers call them (decision 203): a survey reading
    whose ratings are found by content and that names who answered or when. A work order or
    a complaint carries no column of scale steps; a table that does and reads as nothing else
    is the customers' ratings."""
    if header.columns.kind is not RecordKind.WORK_ORDER:
        return None
    data = table.rows[header.end + 1:]
    if _unfit_order(table, header, data) != "rated":
        return None
    columns = map_columns(header.texts, RecordKind.SURVEY_RESPONSE, data, given)
    survey = _Header(end=header.end, texts=header.texts, columns=columns, score=columns.score)
    ratings = [*columns.fields.get("overall", [])[:1], *columns.items]
    if (sum(_rates(data, column) for column in ratings) < _RATED_COLUMNS
            and not any(_verdicts(data, column) for column in ratings[:1])):
        return None  # one column of small numbers may count something; verdicts in words rate
    if not _filled_fields(columns, data) & _ANSWERED_BY:
        return None
    return survey if _judge_kind(doc, table, survey, data) is None else None


# Who answered a survey or when: a response names one at least.
_ANSWERED_BY = frozenset({"respondent", "respondent_phone", "surveyed_at"})


def _answered_by_whom_and_when(filled: set[str]) -> bool:
    """The survey reading names who answered and when, both filled (decision 411)."""
    return {"respondent", "surveyed_at"} <= filled


# Columns of scale steps a table needs to be read as ratings by content alone: a form rates
# the whole and its aspects, while one column of small numbers may be a count (件数 1-3).
_RATED_COLUMNS = 2


def _listed_instead(
    doc: RawDocument, table: RawTable, header: _Header, verdict: tuple[str, str | None] | None
) -> tuple[str, str | None] | None:
    """Where no kind fits and the work-order reading was refused with no look-alike named,
    the material its rows list (decision 202). Only once every candidate has been tried: a
    rated call's list of agents is the survey it is, never a staff list."""
    if verdict is None or verdict[1] is not None:
        return verdict
    if header.columns.kind is not RecordKind.WORK_ORDER:
        return verdict
    data = table.rows[header.end + 1:]
    if _unfit_order(table, header, data) in (None, "unasked"):
        return verdict  # dated work of the staff's own is a schedule, no list (decision 241)
    other = _rows_listed(header.columns, data, _filled_fields(header.columns, data))
    if other is None:
        return verdict
    return _read_as(*place_of(doc, table), other), (
        MATERIAL_OF_LOOKALIKE[other])


def _order_before_complaint(candidates: list[_Header]) -> tuple[_Header, _Header] | None:
    """The leading work-order reading and the complaint reading behind it, where both exist:
    what every preference for a complaint ledger over a work order weighs."""
    if len(candidates) < 2 or candidates[0].columns.kind is not RecordKind.WORK_ORDER:
        return None
    complaint = next((h for h in candidates if h.columns.kind is RecordKind.COMPLAINT), None)
    return None if complaint is None else (candidates[0], complaint)


def _unsettled_order_before_complaint(
    candidates: list[_Header],
) -> tuple[_Header, _Header] | None:
    """The pair of ``_order_before_complaint`` where the work-order reading's own columns do
    not settle its kind (``_settled_by_columns``): only then may what the table says of
    complaints put their reading first."""
    pair = _order_before_complaint(candidates)
    if pair is None or _settled_by_columns(pair[0].columns, RecordKind.WORK_ORDER):
        return None
    return pair


def _to_front(preferred: _Header, candidates: list[_Header]) -> list[_Header]:
    """The candidates with the preferred reading first, the others in their order."""
    return [preferred, *(h for h in candidates if h is not preferred)]


def _called_back_tickets_first(
    table: RawTable, candidates: list[_Header], given: dict[str, str]
) -> list[_Header]:
    """A ticket with no remedy whose call-back is written down is a complaint (decision 161).

    A citizen hotline's 诉求 ticket (工单编号, 诉求内容, 诉求人, 回访结果) outscores the
    complaint reading as work orders by its 工单 number, but it has no resolution column: what
    the desk did is known only from the call-back's verdict. Where the complaint reading's
    reason is named by what a customer raises (诉求, 意见, 反馈; decision 124) and its
    feedback column holds the call-back's verdict, the complaint reading goes first. A repair
    export with 诉求 and a 处理结果 column stays work orders (decision 140).
    """
    pair = _order_before_complaint(candidates)
    if pair is None:
        return candidates
    order, complaint = pair
    if "resolution" in order.columns.fields:
        return candidates
    data = table.rows[complaint.end + 1:]
    mapped = map_columns(complaint.texts, RecordKind.COMPLAINT, data, given)
    filled = _filled_fields(mapped, data)
    answered = {"reason", "feedback"} <= filled and _verdict_written(mapped, data)
    if not answered or not (_reason_is_raised(complaint.texts, mapped)
                            or _verdict_on_handling(mapped, data, filled)):
        return candidates
    return _to_front(complaint, candidates)


def _answered_complaints_first(
    table: RawTable, candidates: list[_Header], given: dict[str, str]
) -> list[_Header]:
    """A ticket whose answer apologises or compensates is a complaint answered (decision 339).

    A desk numbers whatever it records 工单 (an insurer's 工单内容 and 市县处理结果, a city
    hotline's 主要内容 and 办理情况, a water utility's 来电反映问题 and 办理情况说明), and a
    table naming nothing may be either kind; the answer's column is a remedy or a handling
    by its label alike. What the answer says tells them apart: a repair is done to a thing
    (更换电容后制冷正常), a complaint is answered to the person wronged, and redress to a
    person (致歉, 赔偿: REDRESS_WORDS), a referral or a reply to them (已转…处理, 已答复:
    decision 359) is said to nobody in a repair. Where the work-order
    reading leads named by no word but 工单 (or by a title naming both kinds, decision 222),
    holds no signature, and the complaint reading's handling answers people in case after case
    (_answers_people), the complaint reading goes first; decision 220 then finds its kind proven.
    """
    pair = _unsettled_order_before_complaint(candidates)
    if pair is None:
        return candidates
    order, complaint = pair
    keys = [normalise_header(text) for text in order.texts]
    if not _titled_both(table) and names_work_beyond_ticket(title_text(table), keys):
        return candidates
    if "signature" in _filled_fields(order.columns, table.rows[order.end + 1:]):
        return candidates  # signed for: a job done, whatever was said besides
    data = table.rows[complaint.end + 1:]
    if not _answers_people(map_columns(complaint.texts, RecordKind.COMPLAINT, data, given), data):
        return candidates
    return _to_front(complaint, candidates)


def _complaints_named_first(
    table: RawTable, candidates: list[_Header], given: dict[str, str]
) -> list[_Header]:
    """A table a header names complaints by (投诉方式, 投诉类型) whose only word of the work
    names the staff sent (修理员, 维修人员) is a complaint ledger (decision 362).

    A property desk's complaint list (ID, 标题, 描述, 业主, 业主电话, 修理员, 是否处理, 投诉方式,
    上报日期) outscores its complaint reading as work orders by its 修理员, and that word made
    the work-order kind proven. But a complaint about a flat is assigned to whoever mends it,
    and a complaint ledger keeps who handled it as a work order keeps who served (_KEPT_BY_BOTH):
    a person's label says who was sent, not what the row is. Where the complaint reading is
    named by a strict complaint word (STRICT_COMPLAINT_WORDS: 诉求 is a repair's request as
    well) and, the columns the work-order reading keeps aside left out, nothing in the title or
    headers names work orders, the complaint reading goes first. A table that also names the
    work on a column of its own (报修内容, 维修结果, 工单号) stays as it was.
    """
    pair = _unsettled_order_before_complaint(candidates)
    if pair is None:
        return candidates
    order, complaint = pair
    title = title_text(table)
    keys = [normalise_header(text) for text in complaint.texts]
    if not any(word in text for text in [title, *keys] for word in STRICT_COMPLAINT_WORDS):
        return candidates
    data = table.rows[order.end + 1:]
    mapped = map_columns(order.texts, RecordKind.WORK_ORDER, data, given)
    kept = {column for name in _KEPT_BY_BOTH for column in mapped.fields.get(name, [])}
    others = [None if column in kept else text for column, text in enumerate(order.texts)]
    if record_kind_evidence(RecordKind.WORK_ORDER, title, others) == 1.0:
        return candidates
    return _to_front(complaint, candidates)


def _answers_people(columns: ColumnMap, data: list[list[CellValue]]) -> bool:
    """A handling column answers the person who raised the case, case after case
    (``columns.answers_people``: redress, decision 339; a referral or a reply, decision 359).
    The desk's answers to people; a repair's remedy is done to a thing."""
    return any(answers_people([cell_at(row, column) for row in data[:_CONTENT_SAMPLE]])
               for column in columns.fields.get("handling", []))


def _verdict_written(mapped: ColumnMap, data: list[list[CellValue]]) -> bool:
    """The feedback column says how the call-back went, not only whether there was one: a
    column of 是/否 (是否评价) is a flag, no verdict of anyone (decision 253)."""
    column = mapped.fields["feedback"][0]
    return not answers_yes_no([row[column] for row in data[:_CONTENT_SAMPLE] if column < len(row)])


def _rated_reviews_first(
    table: RawTable, candidates: list[_Header], given: dict[str, str]
) -> list[_Header]:
    """A table that rates the whole and its aspects is a survey's (decision 178).

    A shop's review export (评分星级, 描述星级, 服务星级, 评论内容, 商家回复内容) outscores its
    survey reading as work orders or complaints by the merchant's reply, and those readings
    leave the ratings unread. Where the survey reading's overall column holds steps of a
    scale and so does an item column, and the better-scoring reading leaves the overall column
    unread and is no work order with a fault written in it, the survey reading goes first: a
    repair ledger with a satisfaction column says what was wrong, a review does not.
    """
    survey = next((h for h in candidates if h.columns.kind is RecordKind.SURVEY_RESPONSE), None)
    if survey is None or survey is candidates[0]:
        return candidates
    data = table.rows[survey.end + 1:]
    rated = map_columns(survey.texts, RecordKind.SURVEY_RESPONSE, data, given)
    overall = rated.fields.get("overall", [])[:1]
    if not overall or not _rates(data, overall[0]):
        return candidates
    if not any(_rates(data, column) for column in rated.items):
        return candidates
    for header in candidates[:candidates.index(survey)]:
        if overall[0] in header.columns.mapped:
            return candidates
        if (header.columns.kind is RecordKind.WORK_ORDER
                and "issue" in _filled_fields(header.columns, table.rows[header.end + 1:])):
            return candidates
    return _to_front(survey, candidates)


def _rated_rows_first(
    table: RawTable, candidates: list[_Header], given: dict[str, str]
) -> list[_Header]:
    """A contact with the desk that the customer rated is a survey response (decision 341).

    A call-centre's call log and an online chat's session export (通话ID, 会话开始时间,
    接待客服, 满意度, and a parts order raised from some calls: 损坏描述, 详细地址) outscore
    their survey reading as work orders by the parts order's columns, and that reading
    leaves the customer's verdict unread. A work order is work done by someone; here the
    only doer named is the desk's agent (客服, 坐席), no fault or remedy is told case by
    case, and the survey reading's overall holds a verdict on every row and names who
    answered or when: the rows are the customer's ratings of a contact, and the survey
    reading goes first. A repair list with a satisfaction column names its repairer or
    writes its faults and stays work orders.
    """
    survey = next((h for h in candidates if h.columns.kind is RecordKind.SURVEY_RESPONSE), None)
    if survey is None or survey is candidates[0]:
        return candidates
    data = table.rows[survey.end + 1:]
    rated = map_columns(survey.texts, RecordKind.SURVEY_RESPONSE, data, given)
    if not _rated_rows(rated, data):
        return candidates
    overall = rated.fields["overall"][0]
    for header in candidates[:candidates.index(survey)]:
        if header.columns.kind is not RecordKind.WORK_ORDER or overall in header.columns.mapped:
            return candidates
        theirs = table.rows[header.end + 1:]
        order = map_columns(header.texts, RecordKind.WORK_ORDER, theirs, given)
        if _described(order, theirs, RecordKind.WORK_ORDER) or not _desk_only(header.texts, order):
            return candidates
    return _to_front(survey, candidates)


def _rated_untold_first(
    table: RawTable, candidates: list[_Header], given: dict[str, str]
) -> list[_Header]:
    """Rows rated in words under a rating's own label, with nothing told, are responses
    (decision 402).

    A CSAT export (Agent Name, Rating, Feedback Comment, Contact Name, Recorded date)
    outscores its survey reading as complaints by the comment column (反馈, a raised word),
    and that reading leaves the verdict unread. Where a label names the rating
    (满意度, 评分), its cells are verdicts in words on every row (满意, 非常满意), the rows
    name who answered or when, and no reading ranked above tells a case in its own text
    (a complaint, a fault, a remedy written row by row) or is named by its kind (投诉, 工单),
    the survey reading goes first. A complaint ledger or a repair list with a satisfaction
    column tells its cases, or says what it is, and keeps its reading.

    Decision 408: a remark column (备注, Comments) tells nothing of a case, as respondents
    comment freely; a kind word in a rated question (… with the repair?) or in the rated
    ticket's number names what was rated; and a reading above keeps its place by the verdicts
    only where it reads them as the customer's word back (a complaint's feedback), not as a
    remedy or a handling, which verdicts on a scale never are (decision 261).
    """
    survey = next((h for h in candidates if h.columns.kind is RecordKind.SURVEY_RESPONSE), None)
    if survey is None or survey is candidates[0]:
        return candidates
    data = table.rows[survey.end + 1:]
    by_label = map_columns(survey.texts, RecordKind.SURVEY_RESPONSE, given=given)
    rated = map_columns(survey.texts, RecordKind.SURVEY_RESPONSE, data, given)
    overall = rated.fields.get("overall", [])[:1]
    if (not overall or overall != by_label.fields.get("overall", [])[:1]
            or not _rated_rows(rated, data) or not _verdicts(data, overall[0])):
        return candidates
    title = title_text(table)
    for header in candidates[:candidates.index(survey)]:
        kind = header.columns.kind
        theirs = table.rows[header.end + 1:]
        reading = map_columns(header.texts, kind, theirs, given)
        # a kind word in what the respondents rate (how satisfied … with the repair?) or in
        # the number of the ticket a rating is about (Ticket ID) names what was rated, not
        # the rows (decision 408)
        referring = {*rated.mapped, *rated.items, *reading.fields.get("record_id", [])}
        named = [text for column, text in enumerate(header.texts) if column not in referring]
        if (overall[0] in reading.fields.get("feedback", [])
                or _told_beyond_remarks(header.texts, reading, theirs)
                or record_kind_evidence(kind, title, named) == 1.0):
            return candidates
    return _to_front(survey, candidates)


def _rated_rows(columns: ColumnMap, data: list[list[CellValue]]) -> bool:
    """The survey's overall column holds steps of a rating scale, one verdict a row, and the
    rows name who answered or when: each row is one customer's rating (decision 341)."""
    overall = columns.fields.get("overall", [])[:1]
    return (bool(overall) and _rates(data, overall[0])
            and bool(_filled_fields(columns, data) & _ANSWERED_BY))


def _desk_only(texts: list[CellValue], columns: ColumnMap) -> bool:
    """A work-order reading names a doer, and every column it takes for one is the desk's
    (接待客服, 坐席): whoever took the contact, nobody who went to do the job."""
    doers = columns.fields.get("technician", [])
    return bool(doers) and all("desk" in read_label(normalise_header(texts[column])).classes
                               for column in doers)


def _verdict_on_handling(mapped: ColumnMap, data: list[list[CellValue]], filled: set[str]) -> bool:
    """The desk's answer is written (处理意见) and the customer's verdict on it is a rating
    (客户回访满意度: 客户表示满意, 不满意): a complaint handled and called back, whatever the ticket
    is called (decision 175). A work order's remedy would have been its resolution."""
    column = mapped.fields["feedback"][0]
    verdicts = profile([row[column] for row in data[:_CONTENT_SAMPLE] if column < len(row)])
    return "handling" in filled and verdicts.rating > _VERDICT_SHARE


_VERDICT_SHARE = 0.5  # more than this share of the call-back's cells speak of satisfaction


def _surveyed_complaints_first(
    table: RawTable, candidates: list[_Header], given: dict[str, str]
) -> list[_Header]:
    """Complainants asked how their complaint was handled are survey responses (decision 176).

    A telecom operator's 投诉处理满意度调研 lists complaint numbers, dates and 是否解决 beside
    the ratings: read as complaints by its 投诉 words, it holds no complaint at all, only the
    verdicts. Where the complaint reading has no written-out reason or handling (a category,
    a 是/否, or nothing), the survey reading's ratings are steps of a scale and the title or
    another header names a survey, the survey reading goes first. A complaint ledger with its
    complaints written out, or with only its own 满意度 column, stays one.
    """
    if len(candidates) < 2 or candidates[0].columns.kind is not RecordKind.COMPLAINT:
        return candidates
    survey = next((h for h in candidates if h.columns.kind is RecordKind.SURVEY_RESPONSE), None)
    if survey is None:
        return candidates
    complaint = candidates[0]
    data = table.rows[complaint.end + 1:]
    mapped = map_columns(complaint.texts, RecordKind.COMPLAINT, data, given)
    if _written(mapped, data, ("reason", "handling")):
        return candidates
    survey_data = table.rows[survey.end + 1:]
    rated = map_columns(survey.texts, RecordKind.SURVEY_RESPONSE, survey_data, given)
    rating = [*rated.fields.get("overall", [])[:1], *rated.items]
    if not rating or not all(_rates(survey_data, column) for column in rating):
        return candidates
    # the survey named besides its ratings (a 满意度调研 title, a 调查日期): a complaint
    # ledger's own 满意度 column names none
    others = [None if column in rating else text for column, text in enumerate(survey.texts)]
    if record_kind_evidence(RecordKind.SURVEY_RESPONSE, title_text(table), others) < 1.0:
        return candidates
    return _to_front(survey, candidates)


def _unhandled_verdicts_first(
    table: RawTable, candidates: list[_Header], given: dict[str, str]
) -> list[_Header]:
    """Verdicts on a scale with nothing handled before them are survey responses (decision
    253).

    A complaint's chain runs reason → handling → feedback: the customer's verdict is on what
    the desk did. A park office's satisfaction table (意见id, 满意程度, 意见内容, 增加时间) read
    as complaints by its 意见 (what a customer raises, decision 124) and its verdict column,
    and nothing was handled in it: each row is a customer's mark on a service and a comment,
    a survey's response. Where the complaint reading leads, no word names complaints (a
    raised reason is no such word), no column of it holds a handling, its feedback column's
    cells are steps of a rating scale and the survey reading takes that column as its
    overall, the survey reading goes first. A ledger that names complaints, or writes what
    was done, stays one. Uses no word: which fields are filled and the scale test as it is.
    """
    if len(candidates) < 2 or candidates[0].columns.kind is not RecordKind.COMPLAINT:
        return candidates
    survey = next((h for h in candidates if h.columns.kind is RecordKind.SURVEY_RESPONSE), None)
    complaint = candidates[0]
    if survey is None or _settled_by_columns(complaint.columns, RecordKind.COMPLAINT):
        return candidates
    if record_kind_evidence(RecordKind.COMPLAINT, title_text(table), complaint.texts) == 1.0:
        return candidates
    data = table.rows[complaint.end + 1:]
    mapped = map_columns(complaint.texts, RecordKind.COMPLAINT, data, given)
    filled = _filled_fields(mapped, data)
    if "handling" in filled or "feedback" not in filled:
        return candidates
    verdicts = mapped.fields["feedback"][0]
    survey_data = table.rows[survey.end + 1:]
    rated = map_columns(survey.texts, RecordKind.SURVEY_RESPONSE, survey_data, given)
    if verdicts not in rated.fields.get("overall", [])[:1] or not _rates(data, verdicts):
        return candidates
    return _to_front(survey, candidates)


def _fuller_reading_first(
    table: RawTable, candidates: list[_Header], given: dict[str, str]
) -> list[_Header]:
    """Of work orders and complaints scored alike, the reading that reads more of the table
    goes first (decision 244).

    A shop platform's user feedback (用户姓名, 用户反馈, 手机号码, 创建时间, 处理结果, 处理人)
    scores the same as either kind: its name, phone, time and result are either's. The
    complaint reading also reads the column where the users wrote what they raised; the
    work-order reading leaves it unread and won the tie only by the order the kinds are
    listed in. Where the two scores are a close call, no word names the leading kind, and the
    other kind's reading takes every filled column the leader takes and more, one of them
    text written out case by case and no verdict (满意 may be either kind's), the other
    reading goes first. Where both take the same columns, decision 220 says the kind is not
    proven. Uses no word: the scores, which columns each reading fills, and the shape of the
    one it adds.
    """
    if len(candidates) < 2 or candidates[0].columns.kind not in _EVENT_KINDS:
        return candidates
    leader = candidates[0]
    if _settled_by_columns(leader.columns, leader.columns.kind) or (
            not _titled_both(table) and _names_kind(table, leader, leader.columns.kind)):
        return candidates
    rival = next((h for h in candidates[1:] if h.columns.kind in _EVENT_KINDS), None)
    if rival is None or rival.score <= 0 or leader.score <= 0:
        return candidates
    if rival.score / (rival.score + leader.score) <= 0.5 - CLOSE_CALL:
        return candidates
    ours = _read_columns(table, leader, given)
    theirs = _read_columns(table, rival, given)
    data = table.rows[rival.end + 1:][:_CONTENT_SAMPLE]
    added = theirs - ours
    if not ours < theirs or not any(tells_a_case([cell_at(row, column) for row in data])
                                   for column in added):
        return candidates
    return _to_front(rival, candidates)


def _read_columns(table: RawTable, header: _Header, given: dict[str, str]) -> set[int]:
    """The filled columns a reading takes, leaving out those both kinds keep aside."""
    data = table.rows[header.end + 1:]
    reading = _filled_columns(map_columns(header.texts, header.columns.kind, data, given), data)
    return {column for name, cols in reading.items() if name not in _KEPT_BY_BOTH
            for column in cols}


# Where content says a lower-scoring reading is the table's, it goes first; applied in this
# order, each may move one candidate to the front (decisions 161, 339, 362, 178, 341, 176, 253,
# 244). A new preference of the same kind is one function here and one entry in this tuple.
_KIND_PREFERENCES = (_called_back_tickets_first, _answered_complaints_first,
                     _complaints_named_first, _rated_reviews_first, _rated_rows_first,
                     _rated_untold_first, _surveyed_complaints_first,
                     _unhandled_verdicts_first, _fuller_reading_first)


# A complaint or a remedy written out runs longer than a category's name (服务类, 质量问题):
# these many characters a cell on average. (Not how often it repeats: three complaints of the
# same 安装师傅迟到 are written out all the same.)
_WRITTEN_CHARS = 5


def _written(columns: ColumnMap, data: list[list[CellValue]], names: tuple[str, ...]) -> bool:
    """Some column of these free-text fields holds text written out, not codes."""
    sample = data[:_CONTENT_SAMPLE]
    for name in names:
        for column in columns.fields.get(name, []):
            cells = profile([row[column] if column < len(row) else None for row in sample])
            if cells.mean_length >= _WRITTEN_CHARS:
                return True
    return False


def _not_this_kind(table: RawTable, header: _Header, data: list[list[CellValue]]) -> bool:
    """The table holds no records of the header's kind at all, whatever else it is."""
    columns = header.columns
    filled = _filled_fields(columns, data)
    if columns.kind is RecordKind.SURVEY_RESPONSE:
        rated = bool(columns.items or columns.bands) or "overall" in filled
        return not (_has_rating(columns) and rated) and not names_questionnaire(header.texts)
    if columns.kind is RecordKind.COMPLAINT:
        return not filled & {*CHAIN_LINKS, *TIMESTAMP_FIELDS[columns.kind]}
    return _unfit_order(table, header, data) is not None


# Why a table with work-order headers holds no work orders (the notes' wording).
_UNFIT_ORDER = {
    "empty": ("no issue, resolution or date column holds anything",
              "问题、处理或日期列都没有内容"),
    # "written": a remark picked from a few (备注 = 详见附件) writes none (decision 355)
    "rated": ("no issue or resolution is written and a column holds ratings",
              "没有写明问题或处理，且有一列是评价结果"),
    "unnamed": ("no issue or resolution is written and nothing names work orders",
                "没有写明问题或处理，也没有任何文字表明是工单"),
    "unserved": ("a fault is noted, but nobody reported it, nobody served it and no step of a "
                 "service dates it",
                 "虽记有故障，但没有报修人、没有服务人员或处理，也没有任何服务环节的时间"),
    "undated": ("no column dates a step of a service and none tells from row to row what was "
                "wrong or what was done",
                "没有任何一列记有服务环节的时间，也没有一列逐行写明问题或处理"),
    "unnumbered": ("no column numbers the orders or names who served them, and none tells what "
                   "was wrong or what was done",
                   "没有一列为工单编号或服务人员，也没有一列写明问题或处理"),
    "unasked": ("no column names who asked for a service and none tells from row to row what "
                "was wrong or what was done",
                "没有任何一列记有求助的客户，也没有一列逐行写明问题或处理"),
    "bodies": ("each row names an organisation, no person asked for a service, and no column "
               "says what was done or when",
               "每行是一个机构，没有求助的个人，也没有任何一列记有处理或服务时间"),
}
# A work order's trace of a person or a step: with none of these, a row that names a body
# (启明学校, 阳光培训中心) is that body's entry in a list (decision 446).
_PERSON_OR_STEP = frozenset({"customer_name", "technician", "resolution", "signature",
                             *TIMESTAMP_FIELDS[RecordKind.WORK_ORDER]})
_BODIES_SHARE = 0.5


def _bodies_listed(header: _Header, data: list[list[CellValue]], filled: set[str]) -> bool:
    """No person asked or served and no step is dated or done, and a column the reading left
    names bodies on most rows, each about once (机构名字 = 启明学校, 阳光培训中心): a list of
    organisations with their phones, addresses and descriptions, no one's requests (decision
    446). One shop on every row (店铺 = 官方旗舰店) is whoever sent the parts, no list."""
    if filled & _PERSON_OR_STEP:
        return False
    for column in set(range(len(header.texts))) - header.columns.mapped:
        cells = [normalise_text(cell_at(row, column)) for row in data[:_CONTENT_SAMPLE]]
        texts = [text for text in cells if text]
        if (texts and sum(map(names_a_body, texts)) >= _BODIES_SHARE * len(texts)
                and len(set(texts)) >= _LISTED_DISTINCT * len(texts)):
            return True  # a list names each body once; one shop on every row serves them all
    return False


# Who asked for the service, who gave it, what was done and its later steps: a work order has
# one at least; a register of things with a fault column has none (decision 196).
_SERVICE_SIDES = frozenset({"customer_name", "customer_phone", "technician", "resolution",
                            "signature", "responded_at", "completed_at"})


def _unfit_order(table: RawTable, header: _Header, data: list[list[CellValue]]) -> str | None:
    """Why the work-order reading holds no work orders, or None when it may.

    A work order shows what was wrong or what was done; dates alone will do only where the
    table says it is work orders (工单创建时间 in a repair export). A list of agents (name,
    phone, address, 创建时间) named nowhere as orders is a list, not orders (decision 158);
    calls with a rating and no fault are rated calls (decision 155).
    """
    filled = _filled_fields(header.columns, data)
    jobs = _jobs_by_kind(header.texts, header.columns, data)
    if not filled & {"issue", "resolution", *TIMESTAMP_FIELDS[RecordKind.WORK_ORDER]} and not jobs:
        return "empty"
    if _bodies_listed(header, data, filled):
        return "bodies"
    if (not filled & _SERVICE_SIDES and not _dates_an_act(header, filled)
            and not _requests_told(table, header, data, filled)):
        # 设备状态, 故障描述 (empty while good) and the row's 数据创建时间: a device register
        return "unserved"
    told = _described(header.columns, data, RecordKind.WORK_ORDER)
    if not filled & (set(TIMESTAMP_FIELDS[RecordKind.WORK_ORDER]) | _CUSTOMER_SIDE) and not told:
        # 设备名称, 维保人员, 备注 = 在用/备用: a register of things, no event (decision 201)
        return "undated"
    written = {name for name in filled & {"issue", "resolution"}
               if not _bare_remark(header, data, name)}
    if written and all(_verdicts(data, column) for name in written
                       for column in header.columns.fields[name][:1]):
        # 回复结果 = 满意, 非常满意: a verdict on a scale is no fault or remedy written, it is
        # the customer's rating (decision 261)
        return "rated"
    picked = written and not told  # a fault or remedy picked from a short list: no case told
    unwritten = not written or (picked and not filled & _OF_THE_WORK)
    if (unwritten or _remarks_only(header, filled, written)) and _rated_elsewhere(header, data):
        # calls with a rating are a survey's before anything else (decision 203); a question
        # picked from a list (问题内容 = 详见附件) beside the answer 满意, with nothing of the
        # work, is the questionnaire's, no fault (decision 268); a comment on a rating is no
        # fault either (decision 469)
        return "rated"
    if not filled & _ASKED_BY and not told:
        # 保养工单编号, 责任人, 开始时间, 结束时间: the staff's own schedule, dated but asked for
        # by nobody and telling nothing (decision 241)
        return "unasked"
    if (picked and not filled & _SERVED and not _dates_an_act(header, filled)
            and not _order_numbered(header, filled)):
        # 外呼结果 = 已电话沟通, 失败原因 = 一般 beside a row's 创建时间 and 订单编号: picked from
        # a list, served by nobody, dated by no step of a service, numbered as no work order:
        # no service told (decision 269)
        return "undated"
    if written:
        return None
    named = record_kind_evidence(RecordKind.WORK_ORDER, title_text(table), header.texts) == 1.0
    if not named and not _dates_an_act(header, filled):
        return "unnamed"
    if not filled & _ORDER_OWN and not jobs and not _signed_for(header, filled):
        # 客户名称, 用户电话, 车辆型号, 安装时间: with nothing told, an order is known by its
        # number or by who served it; with neither, the rows are customers and their things
        # (decision 253). A sign-off on each row (客户签字, 确认画押) is a job's, no
        # customer's: a list of customers is not signed for (decision 407)
        return "unnumbered"
    return None


# What a sign-off's label may say besides the sign itself: whose (客户签字). A signer who is
# an actor (签约人) or a signing dated (签约时间) is a contract's, no job's acceptance, and a
# label asking whether (是否确认 = 是/否) is a flag, no one's sign-off (decision 355's test).
_SIGN_OFF_CLASSES = frozenset({"sign", "customer"})


def _signed_for(header: _Header, filled: set[str]) -> bool:
    """Each row carries the customer's sign-off under a label that says so (承包人确认画押,
    客户签字): the rows are jobs signed for on completion (decision 407)."""
    if "signature" not in filled:
        return False
    key = normalise_header(header.texts[header.columns.fields["signature"][0]])
    classes = read_label(key).classes
    return ("sign" in classes and classes <= _SIGN_OFF_CLASSES
            and not key.startswith(ASKS_WHETHER))


def _requests_told(table: RawTable, header: _Header, data: list[list[CellValue]],
                   filled: set[str]) -> bool:
    """Each row tells a fault of its own (漏水, 异响: decision 200) and says where it is or
    names itself an order (位置, 工单编号): requests for a service, however thin the export.
    A device register's fault column is empty while its units are good and tells no case
    on each row; its units' places alone never made it orders (decision 401)."""
    if "issue" not in filled or not any(_tells_cases(data, column) and _on_each_row(data, column)
                                        for column in header.columns.fields["issue"][:1]):
        return False
    named = record_kind_evidence(RecordKind.WORK_ORDER, title_text(table), header.texts) == 1.0
    return named or "customer_address" in filled


# A request's fault is written on (nearly) every row; a register's only where a unit failed.
_TOLD_ON_EACH_ROW = 0.9


def _on_each_row(data: list[list[CellValue]], column: int) -> bool:
    cells = profile([cell_at(row, column) for row in data[:_CONTENT_SAMPLE]])
    return cells.filled >= _TOLD_ON_EACH_ROW * max(cells.total, 1)


def _bare_remark(header: _Header, data: list[list[CellValue]], name: str) -> bool:
    """The field's column is headed by a bare word for text (备注, 说明: the lexicon's content
    class, naming no fault or remedy) and its cells tell no case row by row (客户无异议,
    详见附件 picked from a few): a remark on the row, read as the field for want of a better
    column, and no fault or remedy written (decision 355). A remark that tells each row's
    case (漏水, 更换阀芯) is written all the same."""
    column = header.columns.fields[name][0]
    return _remark_label(header.texts[column]) and not _tells_cases(data, column)


def _remark_label(text: CellValue) -> bool:
    """A bare word for text (备注, 说明, Comments: the lexicon's content class and nothing
    else), naming no fault, remedy or complaint."""
    return read_label(normalise_header(text)).classes <= {"content"}


def _respondents_remark(text: CellValue) -> bool:
    """A bare word for text that a survey's respondent may write under (备注, 说明, 内容,
    Comments): no word that tells a case in full (描述, 详情, Description:
    lexicon.CASE_TELLING_WORDS), which heads a ticket's account, no one's remark on a rating
    (decision 444). Only for the survey's preference (_told_beyond_remarks): a bare 描述 on
    each row of an outlet list tells no fault and makes no work order (_bare_remark)."""
    key = normalise_header(text)
    return _remark_label(text) and not any(word in key for word in CASE_TELLING_WORDS)


# What only an order has beside its customer and dates: its own number and whoever served it.
_ORDER_OWN = frozenset({"record_id", "technician"})
# Whoever asked for the service: with one named, the rows are somebody's requests, dated or
# not, however often their faults repeat (decision 201).
_CUSTOMER_SIDE = frozenset({"customer_name", "customer_phone"})
# Any trace of the one a service was for: a name, a phone, where it was done, a sign-off. A
# work order has one at least, or tells what was wrong; a schedule of the staff's own rounds
# (a plan's window, its keeper) has neither (decision 241).
_ASKED_BY = _CUSTOMER_SIDE | {"customer_address", "signature"}


# Events of a service (the customer's report or application, a visit, a completion): a date of
# one of them is service evidence; a row's creation (创建时间) or a bare 时间 is not.
_SERVICE_EVENTS = frozenset({"ev_report", "ev_respond", "ev_complete", "ev_dispatch",
                             "service_act", "issue", "resolution"})
# What a job is about or what it does (维修, 安装, 故障): beside a start, a job's start.
_JOB_WORDS = frozenset({"service_act", "issue", "resolution"})


# A label headed by a sort (类型, 类别: lexicon SORT_WORDS) of a service's act, event or order
# (维修类型, 报修类型, 维修单类型) sorts each row as one job of that work (decision 375).
_JOB_SORTS = _SERVICE_EVENTS | {"record"}
_DATED_ROWS = 0.9  # share of a column's filled cells that read as dates: a date on each row


def _jobs_by_kind(texts: list[CellValue], columns: ColumnMap, data: list[list[CellValue]]) -> bool:
    """A work-order reading whose rows are jobs by their own labels and cells: a label sorts
    each row by the service's work (维修类型, 报修类型: which sort of repair the row is), the
    customer who asked is named or called, and a column dates each row. A list of customers
    and their things (车主, 车型, 电话) sorts no row by a job and dates none, and a status of a
    repair (报修状态) is a flag an owner's register carries too; a table of jobs needs no
    fault, number or step of its own to be one, and what it lacks is a finding (decision 375)."""
    if (columns.kind is not RecordKind.WORK_ORDER
            or not _filled_fields(columns, data) & _CUSTOMER_SIDE):
        return False
    return any(_sorts_jobs(text) for text in texts) and any(
        profile([cell_at(row, column) for row in data[:_CONTENT_SAMPLE]]).date >= _DATED_ROWS
        for column in range(len(texts)))


def _sorts_jobs(text: CellValue) -> bool:
    """The label is a sort of a service's act, event or order (维修类型, 报修类别)."""
    key = normalise_header(text)
    label = read_label(key)
    return (key.endswith(SORT_WORDS) and label.head == {"category"}
            and bool(label.classes & _JOB_SORTS))


def _dates_an_act(header: _Header, filled: set[str]) -> bool:
    """Some filled date column is headed by an event of the service (申请时间, 完工日期)."""
    for name in filled & set(TIMESTAMP_FIELDS[RecordKind.WORK_ORDER]):
        for column in header.columns.fields[name]:
            if read_label(normalise_header(header.texts[column])).classes & _SERVICE_EVENTS:
                return True
    return False


def _dates_the_process(header: _Header, filled: set[str]) -> bool:
    """Every step of a work order — reported, responded, completed — has a filled column, the
    response and the completion headed by an event of the service (下单时间, 接单时间,
    施工完成时间; 单据时间, 接车时间, 完工时间): an order taken, attended and finished is a
    service, whatever sales words its other headers carry (decisions 180, 299). A sale is
    ordered, paid and shipped; it has no response and no completion of a job."""
    steps = TIMESTAMP_FIELDS[RecordKind.WORK_ORDER]
    if not set(steps) <= filled:
        return False
    classes = {step: read_label(normalise_header(header.texts[header.columns.fields[step][0]]))
               .classes for step in steps}
    if classes["reported_at"] & _SERVICE_EVENTS:
        return all(classes[step] & _SERVICE_EVENTS for step in steps)
    # A report dated by the record itself (单据时间, 创建时间): the response must name a job
    # taken up (接车, 接单, 开工, 维修开始); a bare start (开始时间) begins a visit or a
    # meeting as well as a job (decision 299)
    response = classes["responded_at"]
    bare_start = "ev_start" in response and not response & _JOB_WORDS
    return bool(response & _SERVICE_EVENTS and classes["completed_at"] & _SERVICE_EVENTS
                and not bare_start)


def _numbered_as_orders(header: _Header, filled: set[str]) -> bool:
    """Each row carries a work order's own number (工单号, 维修单号) and two dated steps of the
    service, the report and a later one (建单时间, 开始检查时间), or the report and the customer
    reached (decision 433): the rows are orders, and a service station, its code and its
    coordinates beside them say where each was served, not that the table lists stations
    (decision 194). An outlet list is numbered by its outlets."""
    if not {"record_id", "reported_at"} <= filled:
        return False
    if not filled & {"responded_at", "completed_at"} and not filled >= _CUSTOMER_REACHED:
        return False
    return _order_numbered(header, filled)


# Whom each order serves and how to reach them: a dispatch list numbered by its orders that
# names the customer, the phone and the address on every row is a list of orders, and the
# outlet with its phone and address beside them is where each was sent (decision 433). An
# outlet list names its outlets, never a customer as well.
_CUSTOMER_REACHED = frozenset({"customer_name", "customer_phone", "customer_address"})


def _numbered_as_complaints(header: _Header, filled: set[str]) -> bool:
    """Each row carries a complaint's own number (客诉单号, 投诉编号) and the day it came in:
    the rows are complaints, and the order, product, price and batch beside them say what
    each was about, not that the table is a sales ledger (decision 401). A sales ledger
    numbers its orders, and no complaint."""
    if not {"record_id", "received_at"} <= filled:
        return False
    return any(word in _number_label(header) for word in STRICT_COMPLAINT_WORDS)


def _numbered_as_service(header: _Header, filled: set[str]) -> bool:
    """Each row's own number names a service's record by a word other than 工单 (售后单号,
    保修单号, 售后编号): the rows are the service's cases. 工单 alone numbers whatever a desk
    records, complaints as well (ticket_of_complaints)."""
    return "record_id" in filled and any(word in _number_label(header)
                                         for word in _SERVICE_DOCUMENT_WORDS)


# The service documents a row number may name, a desk's bare 工单 aside (decision 407).
_SERVICE_DOCUMENT_WORDS = tuple(word for word in RECORD_DOCUMENT_WORDS if word != TICKET_WORD)


def _order_numbered(header: _Header, filled: set[str]) -> bool:
    """Each row's number is a work order's own (工单号, 维修单号): the system calls its rows
    orders of a service. A sales order's number (订单编号) is no such word."""
    return "record_id" in filled and any(word in _number_label(header)
                                         for word in RECORD_DOCUMENT_WORDS)


def _number_label(header: _Header) -> str:
    """The normalised label of the column the reading takes as each row's own number."""
    return normalise_header(header.texts[header.columns.fields["record_id"][0]])


def _charged_repairs(header: _Header, data: list[list[CellValue]], filled: set[str]) -> bool:
    """Each row is a work order by its own number (工单编号) and tells its fault case by case
    under a label that names the fault (故障描述): a repair job, and the money beside it (应收金额,
    收款状态, 成本) is what the job was charged and cost, no sale (decision 314). A sale is
    of goods, and no goods sold has a fault. The number must be a work order's: a shop's
    repair quotes (报价单号) tell a fault and its price too, and no job done."""
    if "issue" not in filled or not _order_numbered(header, filled):
        return False
    return _tells_faults(header, data)


def _jobs_done(header: _Header, filled: set[str]) -> bool:
    """Each row is a work order by its own number (WO#, 工单编号) and names whom it served,
    what it was about and the technician who did it (Requestor, Description, Lead Tech): a
    job, and the costs and hours beside it (Material Cost, Hours RT) are what the job took, no
    sale (decision 467). A sale is numbered by its sales order and done by no technician."""
    return ({"issue", "technician"} <= filled and bool(filled & _CUSTOMER_SIDE)
            and _order_numbered(header, filled))


def _tells_faults(header: _Header, data: list[list[CellValue]]) -> bool:
    """An issue column labelled by a fault (故障描述) tells its cases row by row."""
    return any("issue" in read_label(normalise_header(header.texts[column])).classes
               and _tells_cases(data, column) for column in header.columns.fields.get("issue", []))


def _unpriced_faults(header: _Header, data: list[list[CellValue]], other: str) -> bool:
    """Against a sales ledger: each row tells its fault case by case (故障描述) and no header
    names a price or an amount (PRICE_WORDS). A sale has a price and no goods sold has a
    fault, so the order number and the quantity beside the faults are the sale the machine
    came from and the parts sent for it: a desk's after-sales orders (配件补寄), no sale
    (decision 332). A priced list of faults may quote repairs: decision 314 asks a work
    order's number of it."""
    if other != "sales_ledger":
        return False
    keys = [normalise_header(text) for text in header.texts]
    if any(word in key for key in keys for word in PRICE_WORDS):
        return False
    return _tells_faults(header, data)


def _products_served(header: _Header, filled: set[str], other: str) -> bool:
    """Against a sales ledger: each row is numbered as the service's own order (工单编号,
    售后订单号: `_order_numbered`) and names a customer, the customer's product and when the
    service was asked for (申请时间, 下单日期): a request for service on a thing the customer
    has, whatever money it carries — a refund, a charge, a price (decision 364). A sale is
    numbered by its sales order (订单号), and a list of charges numbered by work orders that
    names no product and no date asks for nothing (decision 314's must-not)."""
    if other != "sales_ledger" or not filled & _CUSTOMER_SIDE:
        return False
    return {"product", "reported_at"} <= filled and _order_numbered(header, filled)


def _verdicts(data: list[list[CellValue]], column: int) -> bool:
    """The column's cells are steps of a rating scale (``rates``) said in words (满意, 非常满意,
    好评; columns.verdicts_in_words, no points or counts and no 是/否): a customer's verdict,
    which no other field of a record holds (decision 261). A column of 1-3 may count
    something; 满意 counts nothing."""
    values = [row[column] for row in data[:_CONTENT_SAMPLE] if column < len(row)]
    return _rates(data, column) and verdicts_in_words(profile(values))


def _remarks_only(header: _Header, filled: set[str], written: set[str]) -> bool:
    """Ticket ID | Rating | Comment | Agent | Requester | Rated at: every written field comes
    from a remark's label (备注, Comment) and no step of a job is dated, so beside a column of
    ratings the comment is the customer's remark on the rating, no fault (decision 469)."""
    return (bool(written) and not filled & set(TIMESTAMP_FIELDS[RecordKind.WORK_ORDER])
            and all(_remark_label(header.texts[header.columns.fields[name][0]])
                    for name in written))


def _rated_elsewhere(header: _Header, data: list[list[CellValue]]) -> bool:
    """A column the work-order reading left unread holds ratings (满意, 4分): with no fault
    and no remedy, calls with a rating are rated calls, not repairs (decision 155)."""
    taken = header.columns.held
    return any(_rates(data, column) for column in range(len(header.texts))
               if column not in taken and normalise_text(header.texts[column]) is not None
               and normalise_header(header.texts[column]) not in FALLBACK_ONLY
               and not _names_no_rating(header.texts[column]))


# A column headed by who or what (报修科室, 维修厂家, 资产编号) holds them, never the customer's
# rating, whatever words its cells share with a rating scale (decision 197); nor does one
# headed by a count (申请退款数量: how many, 1 to 3), as decision 267 reads counts (311).
_NO_RATING_CLASSES = frozenset({"org", "staff", "customer", "id", "phone", "address", "product",
                                "time", "count"})


def _names_no_rating(label: CellValue) -> bool:
    classes = read_label(normalise_header(label)).classes
    return bool(classes & _NO_RATING_CLASSES) and not classes & {"score", "feedback"}


def ranked_headers(table: RawTable, given: dict[str, str]) -> list[_Header]:
    """Each kind's best header row, the best-scoring kind first."""
    candidates = header_candidates(table, given).values()
    return sorted(candidates, key=lambda header: -header.score)


def _continues_ledger(table: RawTable, state: _State) -> bool:
    """A headerless table right after a ledger, on its next page, as wide as its header."""
    if state.ledger is None or table.page is None or state.ledger_page is None:
        return False
    width = max((len(row) for row in table.rows), default=0)
    return table.page == state.ledger_page + 1 and width == len(state.ledger[1].texts)


def _read_continuation(doc: RawDocument, table: RawTable, state: _State) -> RecordKind:
    first, header = state.ledger  # type: ignore[misc]
    carried = _Header(end=-1, texts=header.texts, columns=header.columns, score=header.score)
    records = _read_rows(doc, table, carried)
    kind = header.columns.kind
    state.result.records.setdefault(kind.value, []).extend(records)
    collect_unread_dates(kind, records, _column_labels(header), state.unread_dates)
    state.result.notes.append(Note(
        f"{where(table)}: no header of its own, read as the continuation of {where(first)}",
        f"{where_zh(table)}没有自己的表头，按{where_zh(first)}的续表读取",
    ))
    state.ledger_page = _last_page(table)
    return header.columns.kind


def _column_labels(header: _Header) -> dict[str, str]:
    """field -> the header of its first column, as written (for notes)."""
    return {name: label_of(header.texts[cols[0]]) for name, cols in header.columns.fields.items()}


def _last_page(table: RawTable) -> int | None:
    pages = [location.page for location in table.locations if location.page is not None]
    return max(pages, default=table.page)


def _add_records(
    doc: RawDocument,
    table: RawTable,
    header: _Header,
    records: list[dict[str, object]],
    state: _State,
) -> None:
    """Records of a ledger into the result, with what was said about its columns."""
    result, kind = state.result, header.columns.kind
    result.records.setdefault(kind.value, []).extend(records)
    collect_unread_dates(kind, records, _column_labels(header), state.unread_dates)
    result.notes.extend(_date_order_notes(doc, table, header))
    result.notes.extend(_process_order_notes(doc, table, header))
    result.notes.extend(_yearless_notes(doc, table, header))
    result.notes.extend(_overall_from_items(doc, table, header))
    _note_missing_columns(doc, table, header, records, result)
    for choice in header.columns.choices:
        if choice.given and choice.field:
            result.notes.append(Note(
                f"column {choice.header} read as {choice.field} ([columns] in application.toml)",
                f"“{choice.header}”列按{_zh_field(choice.field)}读取"
                "（application.toml 的 [columns]）",
            ))
        elif choice.given:
            result.notes.append(Note(
                f"column {choice.header} read as no field ([columns] in application.toml)",
                f"“{choice.header}”列不作任何字段读取（application.toml 的 [columns]）",
            ))
    for text in header.columns.unmapped:
        if text not in result.unmapped_columns:
            result.unmapped_columns.append(text)


def _read_rows(doc: RawDocument, table: RawTable, header: _Header) -> list[dict[str, object]]:
    kind = header.columns.kind
    records: list[dict[str, object]] = []
    orders = {column: order for column, order in _date_orders(table, header).items()
              if order in (MONTH_FIRST, DAY_FIRST)}
    year = year_named(title_text(table))
    years = dict.fromkeys(_yearless_columns(table, header), year) if year else {}
    for index in range(header.end + 1, len(table.rows)):
        row = table.rows[index]
        if _skip_row(row, header.texts):
            continue
        values = {
            name: [_cell(row, c, orders, years) for c in cols]
            for name, cols in header.columns.fields.items()
        }
        signature_cells = [(index, c) for c in header.columns.fields.get("signature", [])]
        location = table.locations[index]
        origin = provenance(doc, table, location.page, location.row)
        record = make_record(kind, values, origin, images_in(table, signature_cells))
        if kind is RecordKind.SURVEY_RESPONSE and header.columns.items:
            record["items"] = item_scores(row, header.columns.items)
        if kind is RecordKind.SURVEY_RESPONSE and record["overall"] is None:
            record["overall"] = band_of(row, header.columns.bands)
        records.append(record)
    return records


def _cell(
    row: list[CellValue], column: int, orders: dict[int, str], years: dict[int, int]
) -> CellValue:
    """A data cell; a 9/23/2026-shaped date in the order its column settled (decision 146),
    a 10月1日 in the year its table names (decision 163)."""
    value = row[column] if column < len(row) else None
    if column in orders:
        return in_date_order(value, orders[column])
    return with_year(value, years[column]) if column in years else value


def _yearless_columns(table: RawTable, header: _Header) -> list[int]:
    """Timestamp columns holding a date without a year (10月1日)."""
    data = table.rows[header.end + 1:]
    return [column for name in TIMESTAMP_FIELDS[header.columns.kind]
            for column in header.columns.fields.get(name, [])
            if any(is_yearless_date(row[column]) for row in data if column < len(row))]


def _yearless_notes(doc: RawDocument, table: RawTable, header: _Header) -> list[str]:
    """Which year dates without one were read in, or why they were not read."""
    place, place_zh = place_of(doc, table)
    year = year_named(title_text(table))
    notes: list[str] = []
    for column in _yearless_columns(table, header):
        label = label_of(header.texts[column])
        if year:
            notes.append(Note(
                f"{place}: dates in column {label} carry no year; read in {year}, the year "
                "the title or sheet name gives",
                f"{place_zh}：“{label}”列的日期没有年份，按标题或工作表名中的 {year} 年读取",
            ))
        else:
            notes.append(Note(
                f"{place}: dates in column {label} carry no year (such as 10月1日) and the "
                "title and sheet name give no single year; not read",
                f"{place_zh}：“{label}”列的日期没有年份（如 10月1日），标题和工作表名也没有唯一的"
                "年份，未读取",
            ))
    return notes


def _date_orders(table: RawTable, header: _Header) -> dict[int, str]:
    """Timestamp column -> the order of its 9/23/2026-shaped dates, where it holds any."""
    data = table.rows[header.end + 1:]
    orders: dict[int, str] = {}
    for name in TIMESTAMP_FIELDS[header.columns.kind]:
        for column in header.columns.fields.get(name, []):
            order = date_order_of([row[column] if column < len(row) else None for row in data])
            if order is not None:
                orders[column] = order
    return orders


def _overall_from_items(doc: RawDocument, table: RawTable, header: _Header) -> list[str]:
    """No column rates the response overall, only items (质量满意度, 时效满意度): say that the
    rating is their mean, which only scores give (findings.md; decision 148)."""
    columns = header.columns
    if (columns.kind is not RecordKind.SURVEY_RESPONSE or "overall" in columns.fields
            or columns.bands or columns.survey_items < MIN_ITEMS):
        return []
    items = ", ".join(columns.items.values())
    return [Note(
        f"{doc.file} {where(table)}: no column rates the response overall; its rating is the "
        f"mean of the item scores ({items}) where they are numbers, none where they are words",
        f"{doc.file} {where_zh(table)}：没有总体评价列；总体评价取各分项（{items}）得分的平均值，"
        "分项为文字时无法计算",
    )]


def _process_order_notes(doc: RawDocument, table: RawTable, header: _Header) -> list[str]:
    """Which date columns took which step by the order of their dates (decisions 165, 166)."""
    place, place_zh = place_of(doc, table)
    return [Note(f"{place}: {note.en}", f"{place_zh}：{note.zh}")
            for note in header.columns.order_notes]


def _date_order_notes(doc: RawDocument, table: RawTable, header: _Header) -> list[str]:
    """What each column of 9/23/2026-shaped dates was read as, or why it was not read."""
    notes: list[str] = []
    place, place_zh = place_of(doc, table)
    for column, order in _date_orders(table, header).items():
        label = label_of(header.texts[column])
        if order in (MONTH_FIRST, DAY_FIRST):
            zh = "月/日/年" if order == MONTH_FIRST else "日/月/年"
            notes.append(Note(
                f"{place}: dates in column {label} read as {order}/year (some can only be so)",
                f"{place_zh}：“{label}”列的日期按{zh}读取（部分日期只能如此理解）",
            ))
        elif order == CONFLICTING:
            notes.append(Note(
                f"{place}: column {label} holds dates that can only be month/day and others "
                "that can only be day/month; not read",
                f"{place_zh}：“{label}”列的日期有的只能是月/日，有的只能是日/月，未读取",
            ))
        else:
            notes.append(Note(
                f"{place}: column {label} holds dates such as 3/9/2026 that may be month/day "
                "or day/month and none that settles which; not read",
                f"{place_zh}：“{label}”列的日期（如 3/9/2026）既可能是月/日也可能是日/月，"
                "没有能确定顺序的日期，未读取",
            ))
    return notes


# Fields the checks need from every record of a kind: a table without a column for one of
# them explains all the record-level findings that follow, once (spec README, containment).
NEEDED_COLUMNS: dict[RecordKind, tuple[str, ...]] = {
    RecordKind.WORK_ORDER: (
        "customer_name", "customer_phone", "issue", "resolution", "signature", "date",
    ),
    RecordKind.COMPLAINT: ("reason", "handling", "feedback"),
    RecordKind.SURVEY_RESPONSE: ("overall",),
}
_DATE_FIELDS = ("reported_at", "completed_at")


def _note_missing_columns(
    doc: RawDocument,
    table: RawTable,
    header: _Header,
    records: list[dict[str, object]],
    result: ExtractedFile,
) -> None:
    """Say once which needed fields have no column, and mark the records with the cause."""
    fields = set(header.columns.fields)
    kind = header.columns.kind
    if header.columns.bands or header.columns.survey_items >= MIN_ITEMS:
        fields.add("overall")  # band columns, or item scores whose mean is the rating
    missing = [
        name
        for name in NEEDED_COLUMNS[kind]
        if (name == "date" and not any(f in fields for f in _DATE_FIELDS))
        or (name != "date" and name not in fields)
    ]
    if not missing or not records:
        return
    headers = ", ".join(label_of(text) for text in header.texts if normalise_text(text) is not None)
    place, place_zh = place_of(doc, table)
    for name in missing:
        result.notes.append(Note(
            f"no column for {name} among the headers {headers} of {place}",
            f"{place_zh}的表头（{headers}）中没有{_zh_field(name)}列",
        ))
    cause = {"headers": headers, "where": place, "fields": missing}
    for record in records:
        record["_no_column"] = cause


# ---------------------------------------------------------------- header rows and kinds


def header_candidates(table: RawTable, given: dict[str, str]) -> dict[RecordKind, _Header]:
    """Per record kind, the best header row within the first 15 rows (kinds that have one)."""
    title = title_text(table)
    best: dict[RecordKind, _Header] = {}
    for index in range(min(HEADER_SEARCH_ROWS, len(table.rows))):
        if _holds_data(table.rows[index]):
            continue
        for kind in KIND_ORDER:
            candidate = _header_at(table.rows, index, kind, title, given)
            if candidate is not None and (kind not in best or _better_header(candidate,
                                                                             best[kind])):
                best[kind] = candidate
    return best


# Cells of data in one row, more than any header row holds: labels carry no record numbers
# or dates (BX20260906001 | 2026-09-06 10:20), though one may name a hotline (95598工单号).
_DATA_CELLS_OF_A_ROW = 2


def _holds_data(row: list[CellValue]) -> bool:
    """A row of records, not of labels: two cells or more hold a date or a long number. Its
    texts (已处理, 陈师傅, 显示E4故障代码) may read as labels better than the header above
    them does in words no rule knows (decision 407)."""
    return sum(1 for value in row if isinstance(value, date)  # a datetime is a date too
               or _DATA_VALUE.search(str(value or ""))) >= _DATA_CELLS_OF_A_ROW


def _better_header(candidate: _Header, best: _Header) -> bool:
    """A higher score; or, scoring the same and ending on the same row, more of its labels
    kept: a title row joined over the header blanks the labels it cannot join (学校名称 under
    现场维修列表), which [columns]' pinned fields score no lower (decision 343)."""
    if candidate.score != best.score:
        return candidate.score > best.score
    kept = sum(1 for text in candidate.texts if text is not None)
    return candidate.end == best.end and kept > sum(1 for text in best.texts if text is not None)


def _header_at(
    rows: list[list[CellValue]],
    index: int,
    kind: RecordKind,
    title: str,
    given: dict[str, str],
) -> _Header | None:
    texts = list(rows[index])
    end = index
    columns = map_columns(texts, kind, given=given)
    if index + 1 < len(rows) and not _spanning_title(texts) and _label_row(texts, rows[index + 1]):
        combined = _two_level(texts, rows[index + 1], kind)
        combined_columns = map_columns(combined, kind, given=given)
        if combined_columns.score > columns.score:
            texts, end, columns = combined, index + 1, combined_columns
    if _rating_unlabelled(kind, title, texts, columns):
        # no label says rating: the content may (decision 172)
        columns = map_columns(texts, kind, rows[end + 1:], given)
    else:
        columns = _rating_by_content(kind, title, texts, columns, rows[end + 1:], given)
        columns = _satisfaction_in_cells(kind, texts, columns, rows[end + 1:], given)
    bonus, rated = _kind_bonus(kind, title, texts, columns, rows[end + 1:])
    settled = _settled_by_columns(columns, kind)
    if settled:
        bonus += _GIVEN_BONUS
    least = 1 if rated or settled else MIN_FIELDS
    thin: ColumnMap | None = None
    thin_read = False  # _thin_export maps the table again: asked once per header row
    if kind is RecordKind.COMPLAINT and len(columns.fields) < least:
        thin, thin_read = _thin_export(texts, rows[end + 1:], given, title), True
        if thin is not None:
            columns, least = thin, 1
        elif _complaints_numbered_and_dated(texts, columns, rows[end + 1:]):
            least = 1
    if len(columns.fields) < least or not (
            columns.specific or bonus or _listed_by_columns(columns, kind, title, texts)
            or _jobs_by_kind(texts, columns, rows[end + 1:])):
        return None
    if (kind is RecordKind.SURVEY_RESPONSE and not _has_rating(columns)
            and not names_questionnaire(texts)):
        return None  # a call-back with no rating column is a call-back log, not responses
    weight = record_kind_evidence(kind, title, texts)
    if (kind is RecordKind.COMPLAINT and _lists_raised(texts, columns, title)) or settled:
        weight = 1.0
    if kind in NEEDS_KIND_WORD and weight < 1.0 and not _chain_told(
            texts, columns, rows[end + 1:], given) and not (
            kind is RecordKind.COMPLAINT and (thin if thin_read else _thin_export(
                texts, rows[end + 1:], given, title))):
        # what customers raised, told case by case, with who raised it (decision 315), names
        # the ledger however many other fields it has (decision 429)
        return None
    return _Header(end=end, texts=texts, columns=columns, score=columns.score * weight + bonus)


def _thin_export(
    texts: list[CellValue], data: list[list[CellValue]], given: dict[str, str], title: str
) -> ColumnMap | None:
    """A thin export of what customers raised (decision 315): fewer fields than a ledger, but
    one column tells a case on each row, the complaint is named (by that column's label, by
    a complaint or what a customer raises; or by a complaint word in another label or the
    title: 投诉时间, 投诉人id), and another column says who raised it (a phone, a name, a
    user's id) or when it was received, in dates (decision 374). That is a complaint ledger
    whose handling, answer and other fields are missing, which the checks say
    (CP_MISSING_FIELD); its reading with content, else None."""
    columns = map_columns(texts, RecordKind.COMPLAINT, data, given)
    reasons = columns.fields.get("reason", [])
    named = record_kind_evidence(RecordKind.COMPLAINT, title, texts) == 1.0
    if len(reasons) != 1 or not (raiser_named(texts, columns) or _received_in_dates(columns, data)
                                 or (named and _handling_told(columns, data))):
        return None
    label = normalise_header(texts[reasons[0]])
    if not named and not any(word in label for word in RAISED_WORDS):
        return None
    cells = [cell_at(row, reasons[0]) for row in data[:_CONTENT_SAMPLE]]
    return columns if tells_a_case(cells) else None


def _complaints_numbered_and_dated(
    texts: list[CellValue], columns: ColumnMap, data: list[list[CellValue]]
) -> bool:
    """Each row carries a complaint's own number (投诉单编号, 客诉编号) and a date on every row
    of the day it came in (投诉日期): a register of complaints, however little else it exports
    (decision 419). What it lacks (the reason, the handling, the answer) is for the checks to
    say (CP_MISSING_FIELD), not a reason to take the register for a list of products or kit
    and call the complaint ledger missing. A sales ledger numbers its orders, and no complaint."""
    numbered = columns.fields.get("record_id", [])
    if not numbered or "received_at" not in columns.fields:
        return False
    label = normalise_header(texts[numbered[0]])
    return (any(word in label for word in STRICT_COMPLAINT_WORDS)
            and _received_in_dates(columns, data))


def _handling_told(columns: ColumnMap, data: list[list[CellValue]]) -> bool:
    """How each complaint was handled is written case by case (赔礼道歉并免费清洗, 更换主板):
    beside a complaint told on each row, a ledger's second link, where no raiser or date was
    exported (decision 401). A list of topics has no handling written of each."""
    return any(_tells_cases(data, column) for column in columns.fields.get("handling", [])[:1])


_RECEIVED_DATES = 0.9  # share of the filled cells that read as dates


def _received_in_dates(columns: ColumnMap, data: list[list[CellValue]]) -> bool:
    """The reading's received column holds a date on each row: when each case came in, as an
    entry of a ledger is dated, which no list of topics or answers is (decision 374)."""
    return any(profile([cell_at(row, column) for row in data[:_CONTENT_SAMPLE]]).date
               >= _RECEIVED_DATES for column in columns.fields.get("received_at", [])[:1])


def _chain_told(
    texts: list[CellValue], columns: ColumnMap, data: list[list[CellValue]], given: dict[str, str]
) -> bool:
    """A complaint ledger named by no word shows its chain itself: two links of it by the
    labels (CHAIN_WITHOUT_WORD), and, as the cells are read (a written complaint beats a
    coded cause, decision 175), a complaint or its handling told case by case (decision 258).
    A parts list's 说明 and 备用说明 repeating 详见附件 and 按计划完成 are two links by their
    labels, and no complaint was ever told in them."""
    if len(CHAIN_LINKS & set(columns.fields)) < CHAIN_WITHOUT_WORD:
        return False
    return _described(map_columns(texts, RecordKind.COMPLAINT, data, given), data,
                      RecordKind.COMPLAINT)


def _kind_bonus(
    kind: RecordKind,
    title: str,
    texts: list[CellValue],
    columns: ColumnMap,
    data: list[list[CellValue]],
) -> tuple[float, bool]:
    """What says this row heads a table of this kind beyond its labels' scores (a kind word
    in the title, the number named by the kind, a survey's items, bands or ratings by
    content), and whether the survey's overall column rates by its content."""
    bonus = _TITLE_BONUS if any(word in title for word in KIND_WORDS[kind]) else 0.0
    if _number_names_kind(texts, columns, kind):
        bonus += _NUMBER_BONUS
    if kind is not RecordKind.SURVEY_RESPONSE:
        return bonus, False
    bonus += (columns.survey_items >= 2) + (len(columns.bands) >= 2)
    rated = _rated_by_content(data, columns, _survey_named(title, texts))
    return bonus + (_RATED_BONUS if rated else 0.0), rated


# A header row where the package's [columns] names a field only this kind has (投诉 reason,
# a survey's overall …) is this kind's, however few fields it has and whatever its title:
# the consultant's word wins over recognition (spec, "[columns]"), kind included.
_GIVEN_BONUS = 2.0


def _settled_by_columns(columns: ColumnMap, kind: RecordKind) -> bool:
    """[columns] named a field only this kind has (decision 185); a survey's item score is
    one (decision 214)."""
    given = set(columns.given_fields)
    own = SPECIFIC_FIELDS[kind] | ({ITEM} if kind is RecordKind.SURVEY_RESPONSE else set())
    return bool(given & own)


def _mapped_by_columns(columns: ColumnMap, kind: RecordKind) -> bool:
    """[columns] mapped this table, not one header that happens to recur in it: it settles
    the kind (decision 185) and names at least two of the table's fields (decision 215)."""
    return len(columns.given_fields) >= _MAPPED_FIELDS and _settled_by_columns(columns, kind)


def _listed_by_columns(
    columns: ColumnMap, kind: RecordKind, title: str, texts: list[CellValue]
) -> bool:
    """[columns] named as many of the table's fields as a reading needs, the record number
    among them, and its title or headers name the kind (现场维修列表, 报修类型): the consultant
    says it is the kind's list of records, however little it records. A numbered list of
    repairs with no fault, remedy or date column is then read, and the fields it lacks are
    findings, not a refusal that loses the list (decision 343). Fields every kind has settle
    no kind (decision 185), and [columns] maps headers package-wide: the kind's own word must
    be there and the rows numbered as records (a 维修人员名单 whose 姓名/电话/地址 recur in
    the mapping numbers none), and look-alikes still judge the table afterwards."""
    given = columns.given_fields
    return (len(given) >= MIN_FIELDS and "record_id" in given
            and record_kind_evidence(kind, title, texts) == 1.0)


_MAPPED_FIELDS = 2
_LABELLED_FIELDS = 2  # fields a survey's header names before its content may say what rates


def _rating_unlabelled(
    kind: RecordKind, title: str, texts: list[CellValue], columns: ColumnMap
) -> bool:
    """A survey's header row that names no rating, but names call-backs or surveys (回访,
    评价) and two fields besides: its ratings may be known by content. A data row taken for
    a header, or a roster with a column of 一般, names neither."""
    return (kind is RecordKind.SURVEY_RESPONSE and not _has_rating(columns)
            and len(columns.fields) >= _LABELLED_FIELDS and _survey_named(title, texts))


def _satisfaction_in_cells(kind: RecordKind, texts: list[CellValue], columns: ColumnMap,
                           data: list[list[CellValue]], given: dict[str, str]) -> ColumnMap:
    """No label names a rating or a survey (单位名称 | 联系主题 | 联系结果 | 联系时间), but
    the cells say satisfaction in words on every row (满意, 非常满意, 不满意: two steps at
    least, most of them 满意's), and the reading with the cells names when each answer was
    given and who gave it (decision 403), or finds several questions answered so on each
    dated row (SQD0 … SQD8, an anonymous form's, decision 420): the cells name the survey as
    a label would. A roster's column of 一般 or of grades (良好, 优秀) says no satisfaction; a
    reading without who or when is no one's answers, and one rated column of an anonymous
    list is a verdict on something, not a questionnaire."""
    if kind is not RecordKind.SURVEY_RESPONSE or _has_rating(columns):
        return columns
    read = map_columns(texts, kind, data, given)
    overall = read.fields.get("overall", [])[:1]
    if "surveyed_at" not in read.fields:
        return columns
    named = bool({"respondent", "respondent_phone"} & set(read.fields))
    if not named and (_spanning_title(texts) or _numbers_service_records(texts)):
        # a merged title copied into every cell heads no questions; verdicts beside a work
        # order's number (工单号) with no survey word are no one's questionnaire (decision 210)
        return columns
    answers = overall if named else [*overall, *read.items]
    if (not answers or (not named and len(answers) < _ANONYMOUS_QUESTIONS)
            or not _satisfied(data, answers)
            or not all(_verdicts(data, column) for column in answers)):
        return columns
    # the two readings last: this runs for every candidate header row
    told = _told_by_any(texts, data, given) if named else _told_of_someone(texts, data, given)
    return columns if told else read


_ANONYMOUS_QUESTIONS = 3  # rated columns that make an anonymous list a questionnaire's answers


def _numbers_service_records(texts: list[CellValue]) -> bool:
    """A label numbers a service's record (工单号, 维修单号): the rows are about those orders."""
    for text in texts:
        key = normalise_header(text)
        if any(word in key for word in RECORD_DOCUMENT_WORDS) and "id" in read_label(key).classes:
            return True
    return False


def _satisfied(data: list[list[CellValue]], rated: list[int]) -> bool:
    """The rated columns' cells take two steps at least, most of them 满意's."""
    cells = [text for column in rated for text in (normalise_text(cell_at(row, column))
                                                    for row in data[:_CONTENT_SAMPLE]) if text]
    satisfied = sum(_SATISFACTION in rating_word(text) for text in cells)
    return len(set(cells)) >= 2 and satisfied >= _SATISFACTION_SHARE * max(len(cells), 1)


def _told_by_any(
    texts: list[CellValue], data: list[list[CellValue]], given: dict[str, str]
) -> bool:
    """A work-order or complaint reading of the labels tells a case row by row (a fault, a
    remedy, a complaint written out): the verdict beside it is a call-back's on those cases,
    no questionnaire's answer (decision 268), so the cells alone name no survey."""
    return any(_described(map_columns(texts, kind, data, given), data, kind)
               for kind in (RecordKind.WORK_ORDER, RecordKind.COMPLAINT))


def _told_of_someone(
    texts: list[CellValue], data: list[list[CellValue]], given: dict[str, str]
) -> bool:
    """A work-order or complaint reading tells a case row by row and names whose it is (a
    customer's name or phone): several verdicts beside it are a call-back's on those cases
    (服务态度, 维修质量 …). An anonymous form's comments (Comments: Long queue) tell no one's
    case."""
    for kind in (RecordKind.WORK_ORDER, RecordKind.COMPLAINT):
        read = map_columns(texts, kind, data, given)
        if (_described(read, data, kind)
                and _filled_fields(read, data) & {"customer_name", "customer_phone"}):
            return True
    return False


_SATISFACTION = "满意"  # the word every step of findings.md's scale but 一般 carries
_SATISFACTION_SHARE = 0.5


def _rating_by_content(kind: RecordKind, title: str, texts: list[CellValue], columns: ColumnMap,
                       data: list[list[CellValue]], given: dict[str, str]) -> ColumnMap:
    """Two labels name the rating (评分, 评价) and the one the labels prefer holds no steps of
    a scale (已处理, 正常): the reading with the cells, where its rating does rate, says which
    column rates (decision 287), its items too where the survey is named (decision 325).
    Otherwise the labels' reading stands."""
    if (kind is not RecordKind.SURVEY_RESPONSE or "overall" not in columns.fields
            or _rated_by_content(data, columns)):
        return columns
    read = map_columns(texts, kind, data, given)
    return read if _rated_by_content(data, read, _survey_named(title, texts)) else columns


# A column named as the rating whose cells are steps of a rating scale (满意, 4分, ★★★) is
# the survey's own evidence: a survey then needs no third field (a bare 评分 | 评论 export),
# and it counts as much as item scores do (decision 155).
_RATED_BONUS = 1.0


def _rated_by_content(data: list[list[CellValue]], columns: ColumnMap, named: bool = False) -> bool:
    """The overall column's filled cells are nearly all steps of a rating scale; or, where the
    title or another label names the survey (回访, 评价, 满意度) and no column is the overall,
    two item columns or more rate so (decision 325): the aspects a call-back asks about under
    labels that say nothing (字段A …) rate it as one overall would. Named by nothing, three
    item columns that give verdicts in words (满意, 非常满意) rate so too (decision 420)."""
    overall = columns.fields.get("overall", [])[:1]
    if overall:
        return any(_rates(data, column) for column in overall)
    if named:
        return sum(_rates(data, column) for column in columns.items) >= MIN_ITEMS
    return sum(_verdicts(data, column) for column in columns.items) >= _ANONYMOUS_QUESTIONS


def _survey_named(title: str, texts: list[CellValue]) -> bool:
    """The title or a label names a survey or a call-back (满意度, 回访, 评价)."""
    return record_kind_evidence(RecordKind.SURVEY_RESPONSE, title, texts) == 1.0


def _rates(data: list[list[CellValue]], column: int) -> bool:
    return rates([row[column] for row in data[:_CONTENT_SAMPLE] if column < len(row)])


def titled_overall(columns: ColumnMap, title: str) -> None:
    """Of a survey's aspect ratings with no overall, the one its title names is the overall:
    a 投诉处理满意度调研 asks how complaints were handled, so its 投诉处理满意度 column is the
    answer, a 营业厅服务满意度 column beside it an item (decision 172)."""
    if (columns.kind is not RecordKind.SURVEY_RESPONSE or "overall" in columns.fields
            or len(columns.items) < MIN_ITEMS):
        return
    subject = normalise_header(title)
    named = [column for column, label in columns.items.items()
             if len(normalise_header(label)) >= _TITLED_CHARS
             and normalise_header(label) in subject]
    if len(named) != 1:
        return
    column = named[0]
    columns.fields["overall"] = [column]
    label = columns.items.pop(column)
    columns.choose(ColumnChoice(column, label, "overall", 0.0, 1.0))


_TITLED_CHARS = 4  # a label this long at least: 满意度 alone is in every survey's title


def _has_rating(columns: ColumnMap) -> bool:
    """A survey table rates: an overall column, rating bands, or item scores."""
    given_item = any(choice.given and choice.field == ITEM for choice in columns.choices)
    return ("overall" in columns.fields or len(columns.bands) >= 2
            or columns.survey_items >= MIN_ITEMS or given_item)


def _lists_raised(texts: list[CellValue], columns: ColumnMap, title: str) -> bool:
    """What customers raise names the table: its reason column (decision 124) or its title
    (decision 252). Either proves a complaint ledger as a complaint word would."""
    return _reason_is_raised(texts, columns) or titled_as_raised(title)


def _reason_is_raised(texts: list[CellValue], columns: ColumnMap) -> bool:
    """The complaint's reason column is named by what a customer raises (反馈内容, 诉求内容)."""
    return any(any(word in normalise_header(texts[c]) for word in RAISED_WORDS)
               for c in columns.fields.get("reason", []))


def _number_names_kind(texts: list[CellValue], columns: ColumnMap, kind: RecordKind) -> bool:
    """The leftmost number column names the kind: a ledger leads with its own number."""
    numbered = columns.fields.get("record_id", [])
    if not numbered:
        return False
    label = normalise_header(texts[min(numbered)])
    keys = [normalise_header(text) for text in texts]
    if kind is RecordKind.WORK_ORDER and ticket_of_complaints("", keys):
        return False  # 工单流水号 over a complaint desk's tickets
    if (kind is RecordKind.WORK_ORDER and not {"issue", "resolution"} & set(columns.fields)
            and names_other_records(keys)):
        return False  # 工单号 in a call-back log: the order called back about
    return any(word in label for word in KIND_WORDS[kind])


def _judge_kind(
    doc: RawDocument, table: RawTable, header: _Header, data: list[list[CellValue]]
) -> tuple[str, str | None] | None:
    """None when the table is records; else (note, material or None) for what it is instead."""
    kind = header.columns.kind
    if _mapped_by_columns(header.columns, kind):
        return None  # the consultant's [columns] read this table; no look-alike outvotes it
    place, place_zh = place_of(doc, table)
    filled = _filled_fields(header.columns, data)
    title = title_text(table)
    other, other_score = _strongest_lookalike(
        title, _rated_not_counted(_not_of_the_work(kind, header.texts), data),
        header.columns.mapped, names_a_customer(header.columns, data))
    material = MATERIAL_OF_LOOKALIKE.get(other) if other else None
    refused = _refused_by_content(place, place_zh, title, header, data, filled)
    if refused is not None:
        # what content refuses as records is the look-alike whose headers it has (decision 392)
        other, material = _unclaimed_lookalike(title, header, data, other, material)
        if refused[1] is None and material is not None:
            return _read_as(place, place_zh, other), material
        return refused
    unfit = _unfit_order(table, header, data) if kind is RecordKind.WORK_ORDER else None
    if unfit == "empty" and _listed_by_columns(header.columns, kind, title, header.texts):
        unfit = None
    if unfit is not None:
        other, material = _unclaimed_lookalike(title, header, data, other, material)
        if material is not None:
            return _read_as(place, place_zh, other), material
        english, chinese = _UNFIT_ORDER[unfit]
        return Note(
            f"{place}: headers like work orders, but {english}; not read as work orders",
            f"{place_zh}：表头像售后工单，但{chinese}，未按工单读取",
        ), None
    if other is None or (kind is RecordKind.WORK_ORDER and (
            _dates_the_process(header, filled) or _numbered_as_orders(header, filled)
            or _charged_repairs(header, data, filled) or _jobs_done(header, filled)
            or _unpriced_faults(header, data, other)
            or _products_served(header, filled, other))) or (
            kind is RecordKind.COMPLAINT and _numbered_as_complaints(header, filled)):
        return None
    named = record_kind_evidence(kind, title, header.texts) == 1.0
    # A column speaks once: 拜访事由 and 拜访结果 are the sales visit's, so they cannot also be a
    # work order's issue and resolution that outvote it (a sales-visit log read as 15 orders).
    borrowed = lookalike_columns(other, header.texts, header.columns.mapped)
    own_fields = {name for name in filled & SPECIFIC_FIELDS[kind]
                  if not set(header.columns.fields.get(name, [])) <= borrowed}
    own = len(own_fields) + int(named) + _rated_items(header.columns, data, filled)
    share = own / (own + other_score)
    if share >= 0.5 + CLOSE_CALL:
        return None
    if share > 0.5 - CLOSE_CALL:
        if material is not None and not _described(header.columns, data, kind):
            return _read_as(place, place_zh, other), material  # decision 200
        if _rated_rows(header.columns, data) and (named or _answered_by_whom_and_when(filled)):
            # a verdict on every row is no report's statistic (decision 341), nor one a named
            # person gave on a date a list's (decision 411)
            return None
        return (
            Note(
                f"{place}: kind unclear: looks like {kind.value} {share:.2f} or {other} "
                f"{1 - share:.2f}; not read",
                f"{place_zh}：类型不明，像{_zh_kind(kind.value)}（{share:.2f}）"
                f"也像{_zh_kind(other)}（{1 - share:.2f}），未读取",
            ),
            None,
        )
    return _read_as(place, place_zh, other), material


def _unclaimed_lookalike(
    title: str, header: _Header, data: list[list[CellValue]], other: str | None,
    material: str | None,
) -> tuple[str | None, str | None]:
    """The look-alike of a table whose record reading is refused: the kit it took as product.

    While a record reading stands, the columns it maps are its own (a work order's 设备名称 is
    its product, decision 144) and speak for no look-alike; once content refuses the reading,
    the product columns it took name the company's kit again, and a ledger of devices
    (设备名称, 型号, 品牌, 供应商) is the equipment list its headers say (decision 400). Only the
    kit: read whole, a list of customers' companies with addresses and phones would pass for
    service outlets, which no refused reading withheld. The look-alike found with the mapped
    columns left out stands where there is one."""
    if material is not None:
        return other, material
    kind = header.columns.kind
    whole, _ = _strongest_lookalike(
        title, _rated_not_counted(_not_of_the_work(kind, header.texts), data), frozenset(),
        names_a_customer(header.columns, data))
    if whole != _KIT:
        return other, material
    return whole, MATERIAL_OF_LOOKALIKE.get(whole)


_KIT = "equipment_list"


def _refused_by_content(
    place: str, place_zh: str, title: str, header: _Header, data: list[list[CellValue]],
    filled: set[str],
) -> tuple[str, str | None] | None:
    """(note, material or None) where content refuses the reading: survey responses with no
    rating, complaints with no link of the chain; else None."""
    kind = header.columns.kind
    if (kind is RecordKind.SURVEY_RESPONSE
            and (not _has_rating(header.columns)
                 or _graded_by_label(title, header.texts, header.columns, data))
            and not names_questionnaire(header.texts)):
        return _not_rated(place, place_zh, title, header.texts)
    if (kind is RecordKind.COMPLAINT and not filled & CHAIN_LINKS
            and not _listed_by_columns(header.columns, kind, title, header.texts)
            and not _numbered_as_complaints(header, filled)):
        # a register numbering each row as a complaint and dating it lists complaints whose
        # cause the export dropped: CP_MISSING_FIELD says so, not a missing ledger (decision 401)
        return _nothing_raised(place, place_zh), None
    return None


def _graded_by_label(
    title: str, texts: list[CellValue], columns: ColumnMap, data: list[list[CellValue]]
) -> bool:
    """The survey's one rating is an overall column known by its label alone (评分, 技术等级)
    whose cells are no steps of a scale, no items or bands rate beside it, and neither the
    title nor a label names a survey or a call-back: a grade or a score kept on a person or a
    thing (a roster's 评分, an expert's 技术等级), which a list has as one more attribute. A
    survey is a customer's verdict; without a verdict in the cells or a word for the survey,
    nothing but the label says there is one (decision 354). The consultant's [columns] still
    settles it."""
    return ("overall" in columns.fields and columns.survey_items < MIN_ITEMS
            and len(columns.bands) < 2 and not _settled_by_columns(columns, columns.kind)
            and not _rated_by_content(data, columns) and not _survey_named(title, texts))


def _nothing_raised(place: str, place_zh: str) -> Note:
    """Headers like complaints, but no column says what was raised or done (no link of the
    chain, CHAIN_LINKS): a number, a date and at most a phone or a name, which any list of
    customers has — a blacklist of complaining numbers (投诉号码 over phones, 录入时间, a
    level and a block period) is no ledger of complaints (decision 346). Read less."""
    return Note(
        f"{place}: headers like complaints, but no column says what was raised or how it was "
        "handled; not read as complaints",
        f"{place_zh}：表头像投诉台账，但没有任何一列说明投诉内容或处理情况，未按投诉读取",
    )


# _RATED_COLUMNS and _ANSWERED_BY (above, decision 203) hold here too: a survey rates on one
# scale in two columns at least, and its rows name who answered or when (decision 233).


def _rated_items(columns: ColumnMap, data: list[list[CellValue]], filled: set[str]) -> int:
    """The survey's item columns whose cells are steps of a rating scale, each a field only
    a survey has (decision 233): counted only where two columns or more rate, the overall
    included, and the rows name who answered or when. Headers alone (服务质量 over a column
    of names) never count: the content decides."""
    if columns.kind is not RecordKind.SURVEY_RESPONSE or not filled & _ANSWERED_BY:
        return 0
    rated = [column for column in columns.items if _rates(data, column)]
    overall = int(any(_rates(data, column) for column in columns.fields.get("overall", [])[:1]))
    return len(rated) if len(rated) + overall >= _RATED_COLUMNS else 0


# What a record of each kind says in words of its own: a fault and its remedy, a complaint
# and its handling. A register of things or people says none of it.
_DESCRIBED_BY = {
    RecordKind.WORK_ORDER: ("issue", "resolution"),
    RecordKind.COMPLAINT: ("reason", "handling"),
}
# Events are told apart by what is written of them: words, not numbers or codes, in at least
# this share of the filled cells, and different from each other in at least this share of
# them or in this many texts at least (a long ledger repeats its faults, but has more of them
# than a register has states). A short fault is a description all the same (漏水, 不制冷); a
# few remarks or states repeated down a register (在用, 备用; 详见附件) are a category.
_DESCRIBED_TEXT = 0.5
_DESCRIBED_DISTINCT = 0.5
_DESCRIBED_TEXTS = 8
# Below this many filled cells, variety cannot be judged (three orders may well share one
# fault): such a column counts as telling its events, as before this rule.
_DESCRIBED_FROM = 6


def _told_beyond_remarks(texts: list[CellValue], columns: ColumnMap,
                         data: list[list[CellValue]]) -> bool:
    """A case is told (_described) under a label that says what of the case it holds (故障描述,
    Problem, 处理结果), not only under a bare word for text (备注, Comments): a survey's
    respondents comment row by row as freely as a ledger tells its cases (decision 408)."""
    names = _DESCRIBED_BY.get(columns.kind, ())
    return any(_tells_cases(data, column) and not _respondents_remark(texts[column])
               for name in names for column in columns.fields.get(name, []))


def _described(columns: ColumnMap, data: list[list[CellValue]], kind: RecordKind) -> bool:
    """Some column of the kind's own text (a fault, a remedy, a complaint) holds words that
    vary from row to row: each row tells an event of its own (decision 200). A kind with no
    such text (survey responses) is never refused by this."""
    names = _DESCRIBED_BY.get(kind)
    if names is None:
        return True
    return any(_tells_cases(data, column) for name in names
               for column in columns.fields.get(name, []))


def _tells_cases(data: list[list[CellValue]], column: int) -> bool:
    """The column holds words that vary from row to row: each row's own case (decision 200).
    Only words vary so: a mark or a code of one letter at most (Y, /, P2) is picked from a
    list, however many of them a short sample shows (decision 370)."""
    values = [row[column] if column < len(row) else None for row in data[:_CONTENT_SAMPLE]]
    cells = profile(values)
    if cells.text < _DESCRIBED_TEXT:
        return False
    different = len({text for text in map(normalise_text, values)
                     if text is not None and _worded_cell(text)})
    return (cells.filled < _DESCRIBED_FROM or different >= _DESCRIBED_DISTINCT * cells.filled
            or different >= _DESCRIBED_TEXTS)


_WORD_LETTERS = 2  # letters (any script) from which a cell is a word, not a mark or a code


def _worded_cell(text: str) -> bool:
    return sum(char.isalpha() for char in text) >= _WORD_LETTERS


# What each row of a table refused as work orders is, by the one field it lists (decision
# 202): a thing (the device a reading took as the product), a person who serves (the
# technician), or a place to reach (an address with a phone). First match wins: a unit's row
# that names its keeper is the unit's.
_LISTED_BY = (("product", "equipment_list"), ("technician", "staff_training"),
              ("customer_address", "service_outlets"))
# A list names each of its entries about once: at least this share of the cells differ.
_LISTED_DISTINCT = 0.5


def _rows_listed(columns: ColumnMap, data: list[list[CellValue]], filled: set[str]) -> str | None:
    """The material a table refused as work orders lists, from what its rows hold, where its
    headers name none: never where a customer is named (a customer list is no material of
    the spec, and rightly unrecognised: decision 154), and an address only with a phone."""
    if "customer_name" in filled:
        return None
    for name, material in _LISTED_BY:
        if name == "customer_address" and "customer_phone" not in filled:
            continue
        if name in filled and _mostly_distinct(columns.fields[name][0], data):
            return material
    return None


def _mostly_distinct(column: int, data: list[list[CellValue]]) -> bool:
    cells = profile([row[column] if column < len(row) else None for row in data[:_CONTENT_SAMPLE]])
    return cells.distinct >= _LISTED_DISTINCT


def _not_of_the_work(kind: RecordKind, texts: list[CellValue]) -> list[CellValue]:
    """The headers, less those that name the records' own kind (维修部门, 故障处理人员): a
    department or a speciality of the repair is the repair's, no staff list's (decision 173).
    Blanked, not dropped: columns keep their places."""
    words = KIND_WORDS[kind]
    return [None if any(word in normalise_header(text) for word in words) else text
            for text in texts]


def _rated_not_counted(texts: list[CellValue], data: list[list[CellValue]]) -> list[CellValue]:
    """The headers, less those that name a rate or a count (办理效率, 及时率) over cells that
    are steps of a rating scale: a report's statistic aggregates many records into a number
    or a share, while a verdict on each row (满意, 4分) is that row's own rating (decision
    234). Blanked, not dropped: columns keep their places."""
    return [None if text is not None and names_statistic(text) and _rates(data, column)
            else text for column, text in enumerate(texts)]


def _not_rated(
    place: str, place_zh: str, title: str, texts: list[CellValue]
) -> tuple[str, str | None]:
    """Headers like survey responses, but no column holds a rating (回访结果 in words): a
    call-back log where it speaks of call-backs, else unclear. Never responses without one."""
    keys = [title, *(normalise_header(text) for text in texts)]
    if any(word in key for key in keys for word in CALLBACK_WORDS):
        material = MATERIAL_OF_LOOKALIKE["callback_report"]
        return _read_as(place, place_zh, "callback_report"), material
    note = Note(
        f"{place}: headers like survey responses, but no column holds a rating; not read as "
        "survey responses",
        f"{place_zh}：表头像满意度调查，但没有任何一列是评价结果，未按调查问卷读取",
    )
    return note, None


def _read_as(place: str, place_zh: str, other: str) -> Note:
    return Note(
        f"{place}: read as {other}, not as records",
        f"{place_zh}：识别为{_zh_kind(other)}，不作为记录读取",
    )


def _strongest_lookalike(
    title: str, texts: list[CellValue], mapped: frozenset[int] = frozenset(),
    person_named: bool = False,
) -> tuple[str | None, float]:
    """The look-alike kind with the most headers of its own, if it has enough of them."""
    scores = lookalike_scores(title, texts, mapped, person_named)
    if not scores:
        return None, 0.0
    other, score = max(scores.items(), key=lambda item: item[1])
    return (other, score) if score >= MIN_LOOKALIKE_HEADERS else (None, 0.0)


def names_a_customer(columns: ColumnMap, data: list[list[CellValue]]) -> bool:
    """The reading took a filled customer's or respondent's name (decision 173), or a header
    sorts the rows' people as customers (受访人类型, 客户类型: decision 407): an anonymous
    survey's respondents are named by their type, and their sex and age are theirs."""
    if _filled_fields(columns, data) & {"customer_name", "respondent"}:
        return True
    return any(read_label(normalise_header(choice.header)).classes >= _CUSTOMER_TYPE
               for choice in columns.choices)


# A label sorting the customers by kind (客户类型, Respondent Type → 受访人类型).
_CUSTOMER_TYPE = frozenset({"customer", "category"})


def _filled_fields(columns: ColumnMap, data: list[list[CellValue]]) -> set[str]:
    """The fields with a column that holds something in the sample."""
    return set(_filled_columns(columns, data))


def _lookalike_material(table: RawTable) -> tuple[bool, str | None]:
    """A table with no record header: (whether its headers name a look-alike, its material)."""
    title = title_text(table)
    for row in _rows_before_data(table.rows[:HEADER_SEARCH_ROWS]):
        other, _ = _strongest_lookalike(title, row)
        if other is not None:
            return True, MATERIAL_OF_LOOKALIKE.get(other)
    for row in _rows_before_data(table.rows[:HEADER_SEARCH_ROWS]):
        keys = [normalise_header(cell) for cell in row if isinstance(cell, str)]
        if sum(any(word in key for word in CALLBACK_WORDS) for key in keys) >= 2:
            return True, MATERIAL_OF_LOOKALIKE["callback_report"]
        if lists_staff(row):
            return True, MATERIAL_OF_LOOKALIKE["staff_training"]
    return False, None


_DATA_VALUE = re.compile(r"\d{5}")


def _rows_before_data(rows: list[list[CellValue]]) -> list[list[CellValue]]:
    """The title and header rows: those before the first row holding a number, a phone or a
    date. A customer named 宝山合作网点 in a data row is no header saying 网点 (decision 158)."""
    head: list[list[CellValue]] = []
    for row in rows:
        if any((isinstance(value, int | float) and not isinstance(value, bool))
               or _DATA_VALUE.search(str(value or "")) for value in row):
            break
        head.append(row)
    return head


def _spanning_title(row: list[CellValue]) -> bool:
    """One text over more than half the columns and nothing else: a merged title (a reader
    copies a merged title into every cell), never a group heading over the labels below —
    a group heads some columns, and the others carry labels of their own."""
    filled = [normalise_text(cell) for cell in row if normalise_text(cell) is not None]
    return len(set(filled)) == 1 and 2 * len(filled) > len(row) > 2


def _two_level(upper: list[CellValue], lower: list[CellValue], kind: RecordKind) -> list[CellValue]:
    """One header line from a two-level header.

    客户信息 over 姓名 | 电话: the lower text where it maps. 时间 over 报修 | 上门 | 完成: neither
    maps alone, the two together do (报修时间). A group title spans its columns, so an empty
    upper cell borrows the text to its left.
    """
    combined: list[CellValue] = []
    group: CellValue = None
    bands = _band_columns(upper, lower)
    for column, (above, below) in enumerate(zip(upper, lower, strict=False)):
        group = above if above is not None else group
        if below is not None and (match_header(below, kind) or column in bands):
            combined.append(below)
        elif above is None and below is None:
            combined.append(None)
        elif above is None and _short_label(below) and not _short_label(group):
            combined.append(below)  # a label under a title row, not under a group heading
        elif above is not None and _short_label(below) and not _short_label(above):
            # a note typed into the first cell over the header (导出时间：2026-11-12 10:00 导出人：
            # 管理员) heads no group: the label below it is the column's (decision 445)
            combined.append(below)
        elif _short_label(below) and _short_label(group) and not match_header(above, kind):
            joined = _joined_label(str(group), str(below), kind)
            combined.append(joined if joined is not None else above)
        else:
            # nothing above this column of its own: its label is the one below, however long
            # (a note line over the header must not blank 售后集团客户联系人)
            combined.append(above if above is not None else below)
    return combined


_SHORT_LABEL = 8
_DATA_DIGITS = 0.2  # share of cells with digits above which a row reads as data


def _label_row(upper: list[CellValue], lower: list[CellValue]) -> bool:
    """Could ``lower`` be the second line of a header? Data rows carry numbers (ids, dates,
    phones) in many cells; a header line does not, rating bands (满意(85-100分)) aside.
    A remark such as 电话回访，客户基本满意 in the first data row reads like a label, but the
    row around it does not."""
    bands = _band_columns(upper, lower)
    cells = [value for column, value in enumerate(lower)
             if value is not None and str(value).strip() and column not in bands]
    if any(isinstance(value, int | float) and not isinstance(value, bool) for value in cells):
        return False
    if any(is_plausible_phone_number(str(value)) for value in cells):
        return False  # a number one can call is a record's, never a label's (decision 303)
    if any(column not in bands and _filled(upper, column) and _is_band(value)
           for column, value in enumerate(lower)):
        return False  # 满意 under 评分 is the first response's rating, not a second label line
    digits = sum(any(ch.isdigit() for ch in str(value)) for value in cells)
    return digits <= _DATA_DIGITS * len(cells)


_MIN_BANDS = 2


def _band_columns(upper: list[CellValue], lower: list[CellValue]) -> set[int]:
    """Columns of rating bands under one group heading (总体评价 over 满意 | 一般 | 不满意).

    Bands sit side by side under a heading merged across them, so above every band but the
    first the upper row is empty. A data row of rating words under a full header is no band.
    """
    found: set[int] = set()
    for start, value in enumerate(lower):
        if not _is_band(value) or start in found:
            continue
        end = start + 1
        while end < len(lower) and _is_band(lower[end]) and not _filled(upper, end):
            end += 1
        if end - start >= _MIN_BANDS:
            found.update(range(start, end))
    return found


def _filled(row: list[CellValue], column: int) -> bool:
    return column < len(row) and row[column] is not None


def _is_band(value: CellValue) -> bool:
    """满意(85-100分): a rating band column under a group heading (总体评价)."""
    return isinstance(value, str) and normalise_header(value) in RATING_WORDS


def _short_label(value: CellValue) -> bool:
    """Header-like text: short and without digits (data cells never join a header)."""
    return (
        isinstance(value, str)
        and 0 < len(value.strip()) <= _SHORT_LABEL
        and not any(ch.isdigit() for ch in value)
    )


def _joined_label(group: str, part: str, kind: RecordKind) -> str | None:
    for text in (part.strip() + group.strip(), group.strip() + part.strip()):
        if match_header(text, kind):
            return text
    return None


_CONTENT_SAMPLE = 200  # data rows looked at to judge what a column holds


def _note_unclear(table: RawTable, unclear: list[str]) -> None:
    """Say so when a table looks like records but its kind could not be told."""
    head = table.rows[: HEADER_SEARCH_ROWS]
    labels = max(
        (
            sum(1 for cell in row if match_header(cell, kind))
            for row in head
            for kind in KIND_ORDER
        ),
        default=0,
    )
    if labels >= 2:
        unclear.append(Note(
            f"{where(table)}: kind unclear, not read", f"{where_zh(table)}：类型不明，未读取"
        ))


def _zh_field(name: str) -> str:
    return FIELD_LABELS.get(name, (name, name))[0]


def _zh_kind(name: str) -> str:
    return KIND_LABELS.get(name, (name, name))[0]


def _skip_row(row: list[CellValue], header: list[CellValue]) -> bool:
    """Empty rows, repeated header rows (page breaks, pasted blocks) and footer lines."""
    filled = [(c, value) for c, value in enumerate(row) if normalise_text(value) is not None]
    if not filled:
        return True
    # Repeats are verbatim copies, so plain equality is enough (and cheap on big tables).
    same = sum(
        1
        for c, value in filled
        if c < len(header) and str(value).strip() == str(header[c]).strip()
    )
    if same * 2 >= len(filled) and same >= 2:
        return True
    first = "".join(str(filled[0][1]).split())
    if _TOTAL_LINE.match(first) or _FOOTER_LINE.match(first):
        return True
    return len(filled) == 1 and first.startswith(_FOOTER_WORDS)
