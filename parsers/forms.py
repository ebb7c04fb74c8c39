"""Forms: a table that holds one record as label–value pairs (a work order printed as a
sheet, a survey questionnaire), or several such forms stacked one after another.

Each label is matched as a ledger's header would be (parsers/headers.py), the record kind is
the one whose fields the labels fill best, and each form becomes one record. recognise.py
decides that a table is a form; this module reads it.
"""

from __future__ import annotations

from preaudit.model.records import CellValue, ExtractedFile, RawDocument, RawTable, RecordKind
from preaudit.model.texts import Note
from preaudit.parsers.headers import (
    SPECIFIC_FIELDS,
    is_known_label,
    is_survey_item,
    match_header,
    normalise_header,
    split_inline_label,
)
from preaudit.parsers.kinds import KIND_ORDER, MIN_FIELDS, MIN_ITEMS, record_kind_evidence
from preaudit.parsers.normalise import normalise_text
from preaudit.parsers.places import label_of, title_text, where, where_zh
from preaudit.parsers.record_values import (
    collect_unread_dates,
    images_in,
    item_scores,
    make_record,
    provenance,
)


def extract_form(
    doc: RawDocument,
    table: RawTable,
    result: ExtractedFile,
    unread_dates: dict[str, list[str]],
) -> RecordKind | None:
    pairs = _form_pairs(table)
    kind = _form_kind(pairs, title_text(table))
    if kind is None:
        result.notes.append(Note(
            f"{where(table)}: a form whose kind is unclear, not read",
            f"{where_zh(table)}：表单类型不明，未读取",
        ))
        return None
    labels: dict[str, str] = {}
    for label, _, _ in pairs:
        found = match_header(label, kind)
        if found is not None:
            labels.setdefault(found[0], label_of(label))
    groups = _split_forms(pairs)
    for group in groups:
        by_field = _form_fields(group, kind)
        values = {name: [value for _, value, _ in options] for name, options in by_field.items()}
        cells = [cell for _, _, cells in by_field.get("signature", []) for cell in cells]
        # One form per table is located by the table (Word) or page (PDF) alone; several
        # forms stacked in one table also get the row each one starts on.
        row = table.locations[group[0][2][0][0]].row if len(groups) > 1 else None
        origin = provenance(doc, table, table.page, row, keep_table=not table.whole_page)
        if not any(normalise_text(v) for v in values.get("record_id", [])) and len(groups) == 1:
            values["record_id"] = [_number_outside(doc, table, kind)]
        record = make_record(kind, values, origin, images_in(table, cells))
        if kind is RecordKind.SURVEY_RESPONSE:
            scores = {label: value for label, value, _ in group if is_survey_item(label)}
            record["items"] = item_scores(list(scores.values()), dict(enumerate(scores)))
        result.records.setdefault(kind.value, []).append(record)
        collect_unread_dates(kind, [record], labels, unread_dates)
    return kind


def _number_outside(doc: RawDocument, table: RawTable, kind: RecordKind) -> str | None:
    """A form's number printed outside its ruled table (工单编号：GD… above the grid).

    Looked for in the table's title line, then, for a one-form page, in the page's text.
    """
    lines = table.title.splitlines()
    if table.whole_page and table.page is not None:
        lines += [line for block in doc.texts if block.page == table.page
                  for line in block.text.splitlines()]
    for line in lines:
        for part in line.split():
            inline = split_inline_label(part)
            if inline is None or not inline[1]:
                continue
            found = match_header(inline[0], kind)
            if found is not None and found[0] == "record_id":
                return inline[1].rstrip("。.，,;；")
    return None


_Pair = tuple[str, CellValue, list[tuple[int, int]]]


def _split_forms(pairs: list[_Pair]) -> list[list[_Pair]]:
    """Forms stacked one after another (a sheet of work orders): the form's first label
    coming back starts the next form. Other labels may repeat inside one form (日期)."""
    if not pairs:
        return []
    first = normalise_header(pairs[0][0])
    groups: list[list[_Pair]] = []
    for pair in pairs:
        if not groups or normalise_header(pair[0]) == first:
            groups.append([])
        groups[-1].append(pair)
    return groups


def _form_pairs(table: RawTable) -> list[_Pair]:
    """(label, value, cells holding label and value) for every label in the grid."""
    pairs: list[_Pair] = []
    rows = table.rows
    for r, row in enumerate(rows):
        c = 0
        while c < len(row):
            cell = row[c]
            inline = split_inline_label(cell)
            if inline is not None and not _is_label(cell):
                pairs.append((inline[0], inline[1] or None, [(r, c)]))
                c += 1
                continue
            if not _is_label(cell):
                c += 1
                continue
            nxt = next((j for j in range(c + 1, len(row)) if row[j] is not None), None)
            if nxt is not None and not _is_label(row[nxt]):
                end = _value_end(row, nxt)
                pairs.append((str(cell), _joined(row[nxt:end]), [(r, c), (r, nxt)]))
                c = end
                continue
            pairs.append(_value_below(rows, r, c))
            c += 1
    return pairs


def _value_end(row: list[CellValue], start: int) -> int:
    """Where a value that starts at ``start`` ends: at the next label or the row's end.

    A value cell spanning several columns (a merged 处理结果 cell) comes out of a PDF cut at
    the column lines of the rows around it: 出风温度恢复 | 正常. Text before the next label
    is one value.
    """
    end = start + 1
    while end < len(row) and not _is_label(row[end]) and not isinstance(row[end], int | float):
        end += 1
    return end


def _joined(cells: list[CellValue]) -> CellValue:
    texts = [cell for cell in cells if cell is not None and str(cell).strip()]
    if len(texts) <= 1:
        return texts[0] if texts else cells[0]
    return "".join(str(cell) for cell in texts)


def _value_below(rows: list[list[CellValue]], r: int, c: int) -> _Pair:
    """A label with no value beside it: the value may sit in the row below (labels above)."""
    label = str(rows[r][c])
    if r + 1 < len(rows):
        below = rows[r + 1]
        if c < len(below) and below[c] is not None and not any(_is_label(v) for v in below):
            return label, below[c], [(r, c), (r + 1, c)]
    return label, None, [(r, c)]


def _is_label(value: CellValue) -> bool:
    return isinstance(value, str) and is_known_label(value)


def _form_kind(pairs: list[_Pair], title: str) -> RecordKind | None:
    """The record kind whose fields the labels fill best (work orders win ties).

    A label with a value counts one, an empty one half (a title line read as a label has
    none); survey item scores (服务态度 5) speak for a survey; a kind named nowhere in the
    form's text counts as in a ledger (parsers/kinds.py).
    """
    labels = [label for label, _, _ in pairs]
    items = sum(1 for label, value, _ in pairs if is_survey_item(label) and value is not None)
    best_kind, best_score = None, 0.0
    for kind in KIND_ORDER:
        fields = _form_fields(pairs, kind)
        specific = set(fields) & SPECIFIC_FIELDS[kind]
        count = len(fields)
        if kind is RecordKind.SURVEY_RESPONSE and items >= MIN_ITEMS:
            specific.add("items")
            count += 1  # item scores stand in for the overall rating (findings.md)
        if count < MIN_FIELDS or not specific:
            continue
        filled = sum(1.0 if any(v is not None for _, v, _ in o) else 0.5 for o in fields.values())
        if kind is RecordKind.SURVEY_RESPONSE:
            filled += items / 2
        score = filled * record_kind_evidence(kind, title, labels)
        if score > best_score:
            best_kind, best_score = kind, score
    return best_kind


def _form_fields(
    pairs: list[_Pair], kind: RecordKind
) -> dict[str, list[tuple[int, CellValue, list[tuple[int, int]]]]]:
    """field -> (priority, value, cells), best synonym first."""
    fields: dict[str, list[tuple[int, CellValue, list[tuple[int, int]]]]] = {}
    for label, value, cells in pairs:
        found = match_header(label, kind)
        if found is not None:
            fields.setdefault(found[0], []).append((found[1], value, cells))
    for options in fields.values():
        options.sort(key=lambda option: option[0])
    return fields
