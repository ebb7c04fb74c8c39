"""Timestamps by the order of the process, where the labels do not say which event they date.

A record's timestamps follow its process: a work order is reported, then responded to, then
completed; a complaint is received, then closed. Where a table's date columns carry labels that
name no event the lexicon knows (时间1, 日期A, 立项时间) and the kind's timestamp fields are left
without a column, the order of the dates in the rows says which is which: the column whose
dates come first on nearly every row is the earliest missing step, the last the latest
(decision 165). The same order checks the columns mapped by label: two columns that contradict
the process on nearly every row were misread, not late on every row (decision 166).

Part of the one assignment step (parsers/columns.py map_columns); the notes say which column
took which step and why, for the document notes and ``preaudit explain``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from preaudit.model.records import TIMESTAMP_FIELDS, CellValue, RecordKind
from preaudit.parsers.headers import field_candidates
from preaudit.parsers.headers import normalise_header as header_key
from preaudit.parsers.meaning import RECORD_NAMES, read_label
from preaudit.parsers.normalise import normalise_text, parse_timestamp
from preaudit.parsers.table_rows import cell_at

_CONSISTENT = 0.9  # share of the rows (both filled) that must agree with an order
_MIN_PAIRED = 3  # rows with both columns filled before their order says anything
_DATE_SHARE = 0.9  # share of a column's filled cells that must read as dates
_DISTINCT = 0.5  # an export time repeated on every row dates no step of the record
# Classes a label may carry and still name no event: a time word, the record, its number,
# words that qualify nothing. Any event (创建 and 更新 included), a plan, a person or a
# look-alike's word rules the column out. A code (编码) is a number as 编号 is (decision 266).
_EVENTLESS = frozenset({"time", "id", "code", "neutral", *RECORD_NAMES})
# Dates of something else than the record's process, by their words: a person's birth, a
# purchase, a warranty or a validity, an export or a print-out, a production.
_OTHER_DATES = ("出生", "生日", "购买", "购置", "购机", "购入", "保修", "质保", "保质", "到期",
                "有效", "截止", "过保", "导出", "打印", "生产", "出厂", "入职", "birth", "purchase",
                "warranty", "expir", "export", "print")


@dataclass
class OrderNote:
    """What the order of the dates decided, in both report languages (without the place)."""

    en: str
    zh: str


@dataclass
class _Column:
    index: int
    stamps: list[datetime | None]


def eventless_date_label(header: CellValue) -> bool:
    """The label says it is a time or says nothing, but names no event and no other date."""
    key = header_key(header)
    if not key or any(word in key for word in _OTHER_DATES):
        return False
    return read_label(key).classes <= _EVENTLESS


def order_timestamps(
    kind: RecordKind,
    headers: list[CellValue],
    rows: list[list[CellValue]],
    fields: dict[str, list[int]],
    taken: set[int],
) -> list[OrderNote]:
    """Correct ``fields`` (field -> columns) in place by the order of the dates in ``rows``.

    ``taken`` holds every column a field or an item already uses. Returns what was decided.
    """
    roles = TIMESTAMP_FIELDS[kind]
    if len(roles) < 2 or not rows:
        return []
    notes = _fallback_in_order(headers, rows, fields, [n for n in roles if n in fields])
    notes += _reorder_misread(kind, headers, rows, fields)
    notes += _fill_by_order(kind, headers, rows, fields, taken)
    return notes


# ------------------------------------------------------------ label-mapped columns checked

def _reorder_misread(
    kind: RecordKind, headers: list[CellValue], rows: list[list[CellValue]],
    fields: dict[str, list[int]],
) -> list[OrderNote]:
    """Label-mapped steps whose dates run against the process on nearly every row: the labels
    were misread, so the columns take the steps in the order their dates run (decision 166).
    Only where every pair of them is in a clear order; one late completion changes nothing."""
    mapped = [name for name in TIMESTAMP_FIELDS[kind] if name in fields]
    if len(mapped) < 2:
        return []
    stamps = {name: _field_stamps(rows, fields[name]) for name in mapped}
    in_time = _in_time_order(mapped, lambda name: stamps[name])
    if in_time is None or in_time == mapped:
        return []
    columns = {name: fields[name] for name in mapped}
    for step, name in zip(mapped, in_time, strict=True):
        fields[step] = columns[name]
    pairs = [(_label(headers[columns[name][0]]), step)
             for step, name in zip(mapped, in_time, strict=True) if step != name]
    moved = ", ".join(f"{label} → {step}" for label, step in pairs)
    moved_zh = "，".join(f"“{label}”→{step}" for label, step in pairs)
    return [OrderNote(
        f"the dates of columns read by their labels run against the process "
        f"({' ≤ '.join(mapped)}) on nearly every row; read in the order of the dates: {moved}",
        f"按表头读取的各日期列几乎每行都与流程顺序（{' ≤ '.join(mapped)}）相反，"
        f"改按日期先后读取：{moved_zh}",
    )]


def _fallback_in_order(
    headers: list[CellValue], rows: list[list[CellValue]], fields: dict[str, list[int]],
    steps: list[str],
) -> list[OrderNote]:
    """Two columns read by their labels as one step (服务时间, 开始工作时间 → responded_at): the
    one whose dates fall where the process puts the step, against every other step's column
    on nearly every row, is the step's; a first column whose order with some step is unclear
    or contrary gives way to it (decision 182)."""
    notes: list[OrderNote] = []
    for step in steps:
        columns = fields[step]
        if len(columns) < 2 or _keeps(step, columns[0], steps, rows, fields):
            continue
        keeping = next((c for c in columns[1:] if _keeps(step, c, steps, rows, fields)), None)
        if keeping is None:
            continue
        fields[step] = [keeping, *(c for c in columns if c != keeping)]
        was, now = _label(headers[columns[0]]), _label(headers[keeping])
        notes.append(OrderNote(
            f"{was} and {now} both read as {step}; only {now} keeps the order of the process "
            "on nearly every row, so it is read",
            f"“{was}”与“{now}”都可读作{step}，只有“{now}”几乎每行都符合流程顺序，采用后者",
        ))
    return notes


def _relations(
    step: str, column: int, steps: list[str], rows: list[list[CellValue]],
    fields: dict[str, list[int]],
) -> list[int]:
    """Per other step: 1 where the column's dates fall where the process puts ``step`` against
    that step's first column, -1 where they run against it, 0 where the rows do not say."""
    own = _column_stamps(rows, column)
    found = []
    for other in steps:
        if other == step:
            continue
        expected = 1 if steps.index(step) < steps.index(other) else -1
        found.append(_relation(own, _column_stamps(rows, fields[other][0])) * expected)
    return found


def _keeps(step: str, column: int, steps: list[str], rows: list[list[CellValue]],
           fields: dict[str, list[int]]) -> bool:
    """The column's dates keep the process against every other step's column."""
    found = _relations(step, column, steps, rows, fields)
    return bool(found) and all(relation == 1 for relation in found)


# ------------------------------------------------------------ unnamed columns placed

def _fill_by_order(
    kind: RecordKind, headers: list[CellValue], rows: list[list[CellValue]],
    fields: dict[str, list[int]], taken: set[int],
) -> list[OrderNote]:
    """Give missing steps to date columns whose labels name no event, by their order."""
    roles = TIMESTAMP_FIELDS[kind]
    # the bare time rule gives an eventless label (日期) the first step: a guess the order may
    # overrule; a step read by characters (销案时间 → closed_at) is the label's own reading
    bare = {name: fields[name][0] for name in roles[:1]
            if name in fields and eventless_date_label(headers[fields[name][0]])}
    # a bare time word behind a step's named column (日期 behind 创建时间) was read as that
    # step's fallback by its word alone: the order may give it a missing step (decision 322)
    behind = {column: name for name in roles if name in fields
              for column in fields[name][1:] if eventless_date_label(headers[column])}
    anchors = {name: fields[name] for name in roles if name in fields and name not in bare}
    free = [c for c in range(len(headers))
            if c not in taken or c in bare.values() or c in behind]
    candidates = [_Column(c, _column_stamps(rows, c, _says_time(headers[c]))) for c in free
                  if eventless_date_label(headers[c]) and _dated(kind, headers[c], rows, c)]
    if not candidates or (len(candidates) < 2 and not anchors):
        return []  # a lone unnamed date is the record's date by its label, or nothing
    anchor_stamps = {name: _field_stamps(rows, columns) for name, columns in anchors.items()}
    order = [name for name in roles if name in anchors]
    if _in_time_order(order, lambda name: anchor_stamps[name]) not in (order, None) and (
            len(order) >= 2):
        return []  # the labelled steps themselves contradict the process
    notes: list[OrderNote] = []
    placed = _placed(candidates, order, anchor_stamps, headers, notes)
    chosen = _roles_by_gap(roles, order, placed, headers, notes, "resolution" in fields)
    for name, column in chosen.items():
        for other, bare_column in bare.items():
            if bare_column == column and other != name:
                del fields[other]  # the bare time rule's guess gives way to the order
        if column in behind and behind[column] != name:
            fields[behind[column]].remove(column)  # so does its guess behind a named step
        fields[name] = [column]
    return notes


def _placed(
    candidates: list[_Column], order: list[str],
    anchor_stamps: dict[str, list[datetime | None]], headers: list[CellValue],
    notes: list[OrderNote],
) -> list[tuple[int, int]]:
    """(gap, column) for each candidate in a clear order with every other dated column: gap k
    lies between the k-th and the (k+1)-th labelled step. A candidate with no clear order
    against another takes no step, and the notes say so."""
    unclear = _unclear(candidates, [anchor_stamps[name] for name in order])
    for column in sorted(unclear):
        notes.append(OrderNote(
            f"column {_label(headers[column])} holds dates but names no event, and their order "
            "against the other date columns is not the same on nearly every row; not read",
            f"“{_label(headers[column])}”列是日期但未写明环节，与其他日期列的先后不一致，未读取",
        ))
    clear = [c for c in candidates if c.index not in unclear]
    placed: list[tuple[int, int]] = []
    for column in clear:
        gap = sum(1 for name in order if _relation(anchor_stamps[name], column.stamps) > 0)
        if any(_relation(column.stamps, anchor_stamps[name]) <= 0 for name in order[gap:]):
            continue
        placed.append((gap, column.index))
    index_of = {c.index: c for c in clear}
    return sorted(placed, key=lambda item: (
        item[0], -sum(1 for other in clear
                      if _relation(index_of[item[1]].stamps, other.stamps) > 0)))


def _unclear(candidates: list[_Column], anchors: list[list[datetime | None]]) -> set[int]:
    """Candidates with no clear order against some other dated column, dropped worst first:
    one column of unrelated dates (误报操作时间) must not hide the order of the others."""
    dropped: set[int] = set()
    while True:
        kept = [c for c in candidates if c.index not in dropped]
        series = [*(c.stamps for c in kept), *anchors]
        doubts = {c.index: sum(1 for other in series if other is not c.stamps
                               and _relation(c.stamps, other) == 0) for c in kept}
        worst = max(doubts.values(), default=0)
        if worst == 0:
            return dropped
        dropped |= {index for index, count in doubts.items() if count == worst}


def _roles_by_gap(
    roles: tuple[str, ...], order: list[str], placed: list[tuple[int, int]],
    headers: list[CellValue], notes: list[OrderNote], done_written: bool = False,
) -> dict[str, int]:
    """Missing steps to columns within each gap: as many columns as steps go in order; else
    the first column the earliest step and the last the latest; one column for several steps
    says nothing, but one after every labelled step of a record that writes what was done
    (``done_written``: its remedy) is its last step, the work's end, as the last dated step
    of a report of work done is (decision 322)."""
    chosen: dict[str, int] = {}
    bounds = [-1, *(roles.index(name) for name in order), len(roles)]
    for gap in range(len(bounds) - 1):
        steps = [roles[i] for i in range(bounds[gap] + 1, bounds[gap + 1])]
        columns = [column for g, column in placed if g == gap]
        if not steps or not columns:
            continue
        if len(columns) == len(steps):
            pairs = list(zip(steps, columns, strict=True))
        elif len(columns) >= 2 and len(steps) >= 2:
            pairs = [(steps[0], columns[0]), (steps[-1], columns[-1])]
        elif done_written and order and gap == len(bounds) - 2 and len(columns) == 1:
            pairs = [(steps[-1], columns[0])]
        else:
            continue
        for step, column in pairs:
            chosen[step] = column
            notes.append(OrderNote(
                f"column {_label(headers[column])} names no event; read as {step} by the order "
                f"of its dates ({' ≤ '.join(roles)} on at least {_CONSISTENT:.0%} of the rows)",
                f"“{_label(headers[column])}”列未写明环节，按各行日期的先后读作{step}"
                f"（至少 {_CONSISTENT:.0%} 的行符合 {' ≤ '.join(roles)}）",
            ))
    return chosen


# ------------------------------------------------------------ dates and their order

def _dated(kind: RecordKind, header: CellValue, rows: list[list[CellValue]], column: int) -> bool:
    """Nearly every filled cell is a date, on enough rows, and not one time repeated."""
    cells = [normalise_text(cell_at(row, column)) for row in rows]
    filled = [text for text in cells if text is not None]
    stamps = [stamp for stamp in _column_stamps(rows, column, _says_time(header))
              if stamp is not None]
    if len(stamps) < _MIN_PAIRED or len(stamps) < _DATE_SHARE * len(filled):
        return False
    if any(name in field_candidates(header, kind) for name in ("record_id", "customer_phone")):
        return False
    return len(set(stamps)) >= _DISTINCT * len(stamps)


def _column_stamps(
    rows: list[list[CellValue]], column: int, serial: bool = True
) -> list[datetime | None]:
    """A column's dates; Excel serials (46266.61) only where the header says time (``serial``),
    as elsewhere such a number is an amount or an id."""
    return [parse_timestamp(cell_at(row, column), serial=serial)[0] for row in rows]


def _says_time(header: CellValue) -> bool:
    return "time" in read_label(header_key(header)).classes


def _field_stamps(rows: list[list[CellValue]], columns: list[int]) -> list[datetime | None]:
    """Per row, the first of a field's columns that holds a date (a clock alone holds none)."""
    series = [_column_stamps(rows, column) for column in columns]
    return [next((s[i] for s in series if s[i] is not None), None) for i in range(len(rows))]


def _relation(first: list[datetime | None], second: list[datetime | None]) -> int:
    """1 where ``first`` comes no later on nearly every row (and earlier on some), -1 the
    other way round, 0 where the rows do not say (too few, all equal, or mixed)."""
    pairs = [(a, b) for a, b in zip(first, second, strict=False)
             if a is not None and b is not None]
    if len(pairs) < _MIN_PAIRED:
        return 0
    before = sum(1 for a, b in pairs if _day_aware(a, b) < 0)
    after = sum(1 for a, b in pairs if _day_aware(a, b) > 0)
    if before and after <= (1 - _CONSISTENT) * len(pairs):
        return 1
    if after and before <= (1 - _CONSISTENT) * len(pairs):
        return -1
    return 0


def _day_aware(a: datetime, b: datetime) -> int:
    """Compare two stamps; a bare date (midnight) equals any time of its own day."""
    if (a.time() == datetime.min.time() or b.time() == datetime.min.time()) and (
            a.date() == b.date()):
        return 0
    return (a > b) - (a < b)


def _in_time_order(
    names: list[str], stamps: Callable[[str], list[datetime | None]]
) -> list[str] | None:
    """``names`` sorted by when their dates come, where every pair is in a clear order."""
    ahead = {name: 0 for name in names}
    for i, first in enumerate(names):
        for second in names[i + 1:]:
            relation = _relation(stamps(first), stamps(second))
            if relation == 0:
                return None
            ahead[first if relation > 0 else second] += 1
    ranked = sorted(names, key=lambda name: -ahead[name])
    if sorted(ahead.values()) != list(range(len(names))):
        return None  # a cycle: no order at all
    return ranked


def _label(text: CellValue) -> str:
    return " ".join(str(text).split())
