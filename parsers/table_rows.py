"""One answer, for every reader, to "is this row a header?" and "does this table go on?".

Readers cut files into tables (sheets, Word tables, PDF pages); whether a row starts a new
table (a stacked block on a sheet, a ledger continued on the next page without its header)
is decided here, once, with one threshold, from the same label matching recognition uses.
"""

from __future__ import annotations

from collections.abc import Sequence

from preaudit.model.records import CellValue
from preaudit.parsers.headers import is_known_label, looks_like_form, normalise_header

# A header sits within the first rows, under any title rows: every reader and recognition
# look for it there, and explain guesses within them too.
HEADER_SEARCH_ROWS = 15
HEADER_MIN_LABELS = 2  # known labels that can make a row a header …
HEADER_SURE_LABELS = 3  # … and the count that does so whatever else the row holds
_REPEAT_SEARCH = 3  # rows at a table's top compared with the previous table's header


def likeliest_label_row(rows: Sequence[Sequence[CellValue]]) -> int | None:
    """Where no row reads as a header: the first within the search rows holding two different
    texts or more that fill half the table's width or more — the labels under any title rows.
    A title is one text however wide it is merged (a Word table repeats it in every merged
    cell); a remark row (制表人：…) fills too little of the width."""
    width = max((len(row) for row in rows), default=0)
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        texts = [" ".join(cell.split()) for cell in row if isinstance(cell, str) and cell.strip()]
        if len(set(texts)) >= 2 and 2 * len(texts) >= width:
            return index
    return None


def label_count(cells: Sequence[CellValue]) -> int:
    """How many cells of a row are known header labels."""
    return sum(1 for cell in cells if isinstance(cell, str) and is_known_label(cell))


def is_header_row(cells: Sequence[CellValue]) -> bool:
    """A header row: three labels, or two that make up more than half of its filled cells.

    Two stray label-like values in a long data row are not a header, and neither is a form
    row that alternates label and value (工单编号 | GD1 | 报修时间 | 2026-09-01).
    """
    labels = label_count(cells)
    if labels >= HEADER_SURE_LABELS:
        return True
    filled = sum(1 for cell in cells if cell is not None and str(cell).strip())
    return labels >= HEADER_MIN_LABELS and labels * 2 > filled


def repeated_head(rows: list[list[CellValue]], previous: list[list[CellValue]]) -> int:
    """How many leading rows repeat the previous table's header rows (its first three)."""
    head = [[normalise_header(cell) for cell in row] for row in previous[:_REPEAT_SEARCH]]
    count = 0
    for row in rows[:_REPEAT_SEARCH]:
        if [normalise_header(cell) for cell in row] in head and any(row):
            count += 1
        else:
            break
    return count


def continues(previous: list[list[CellValue]], rows: list[list[CellValue]]) -> bool:
    """Whether ``rows`` carry on the table ``previous`` (split at a page or paragraph break).

    Same width, the earlier one not a one-record form, and either the header repeated (a
    printed ledger repeats it on each page) or no header of its own (it starts with data).
    """
    if not rows or not previous or len(rows[0]) != len(previous[0]):
        return False
    if looks_like_form(previous):  # one form per table: the next form is its own
        return False
    return repeated_head(rows, previous) > 0 or not is_header_row(rows[0])


def cell_at(row: Sequence[CellValue], column: int) -> CellValue:
    """The row's cell in ``column``, None past its end (rows of one table differ in length)."""
    return row[column] if column < len(row) else None
