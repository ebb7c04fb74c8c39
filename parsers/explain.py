"""Why a file was read the way it was: per table, kind scores, column choices, rows, dates.

What ``preaudit explain`` prints, and what a consultant reads before writing ``[columns]``.
It runs the same recognition as an audit (parsers/recognise.py), never a second copy of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from preaudit.model.records import ITEM, RawDocument, RawTable
from preaudit.parsers.columns import ColumnChoice, ColumnMap, learn_gaps, map_columns
from preaudit.parsers.kind_model import vote
from preaudit.parsers.kinds import lookalike_scores
from preaudit.parsers.places import title_text, where
from preaudit.parsers.recognise import (
    _Header,
    extract,
    first_fitting,
    header_candidates,
    heard_reading,
    names_a_customer,
    ranked_headers,
    read_by_vote,
    titled_overall,
)
from preaudit.parsers.table_rows import likeliest_label_row


@dataclass
class TableExplanation:
    where: str
    kind_scores: dict[str, float] = field(default_factory=dict)
    lookalike_scores: dict[str, float] = field(default_factory=dict)
    kind: str | None = None
    header_row: int | None = None  # 1-based row of the table holding the header
    columns: list[ColumnChoice] = field(default_factory=list)
    # records of ``kind`` read from this table: 0 when the kind was refused (a look-alike, no
    # content in its columns), so "looks like" and "read as" are never confused
    rows_read: int = 0
    # the kind vote learned from other systems' headers (parsers/kind_model.py): its group and
    # posterior; heard only where work orders and complaints tie (decision 337)
    kind_vote: tuple[str, float] | None = None


@dataclass
class FileExplanation:
    file: str
    kinds: list[str]
    records: dict[str, int]
    tables: list[TableExplanation]
    notes: list[str]


def explain_document(doc: RawDocument, columns: dict[str, str] | None = None) -> FileExplanation:
    """Everything recognition decided about one read document."""
    given = columns or {}
    extracted = extract(doc, given)
    tables: list[TableExplanation] = []
    for table in doc.tables:
        if not table.rows:
            continue
        item = TableExplanation(where=where(table))
        title = title_text(table)
        best = header_candidates(table, given)
        item.kind_scores = {kind.value: round(h.score, 2) for kind, h in best.items()}
        header: _Header | None = None
        verdict: tuple[str, str | None] | None = None
        if best:
            # the kind recognition read, not merely the best header score (decision 156)
            header, verdict = first_fitting(doc, table, ranked_headers(table, given), given)
            by_vote = read_by_vote(doc, table, header, given)
            header = header if by_vote is None else by_vote[0]
        heard = heard_reading(doc, table, header, verdict, given)
        if heard is not None:  # the kind vote heard over the rules (decision 380)
            header = heard[0]
        if header is not None:
            item.kind_vote = vote(header.texts)
            kind = header.columns.kind
            item.kind = kind.value
            item.header_row = header.end + 1
            data = table.rows[header.end + 1:]
            mapped = map_columns(header.texts, kind, data, given)
            titled_overall(mapped, title)
            learn_gaps(mapped, header.texts, data)
            # item scores and rating bands are no canonical field, but are read: say so
            item.columns = sorted([*mapped.choices, *_items_and_bands(mapped)],
                                  key=lambda choice: choice.column)
            item.lookalike_scores = lookalike_scores(
                title, header.texts, mapped.mapped, names_a_customer(mapped, data))
            item.rows_read = sum(_from_table(record, table)
                                 for record in extracted.records.get(kind.value, []))
        else:
            item.lookalike_scores = lookalike_scores(title, table.rows[0])
            item.columns = _unread_header(table)
        tables.append(item)
    return FileExplanation(
        file=doc.file,
        kinds=extracted.kinds,
        records={kind: len(rows) for kind, rows in extracted.records.items()},
        tables=tables,
        notes=extracted.notes,
    )


def _unread_header(table: RawTable) -> list[ColumnChoice]:
    """No row read as a header: the likeliest label row (the one decision 380's vote reads),
    listed column by column (read as nothing) so that [columns] can name them."""
    index = likeliest_label_row(table.rows)
    if index is None:
        return []
    return [ColumnChoice(column, " ".join(cell.split()), None, 0.0, 0.0)
            for column, cell in enumerate(table.rows[index])
            if isinstance(cell, str) and cell.strip()]


def _from_table(record: dict[str, object], table: RawTable) -> bool:
    if table.sheet is not None:
        return record.get("_sheet") == table.sheet
    return record.get("_table") == table.table_index


def _items_and_bands(mapped: ColumnMap) -> list[ColumnChoice]:
    """Survey item scores and rating bands: no canonical field, but read all the same."""
    given = mapped.given  # an item [columns] named is among the choices already
    items = [ColumnChoice(column, label, ITEM, 0.0, 0.0)
             for column, label in mapped.items.items() if column not in given]
    bands = [ColumnChoice(column, band, f"rating band {band}", 0.0, 0.0)
             for column, band in mapped.bands.items()]
    return items + bands
