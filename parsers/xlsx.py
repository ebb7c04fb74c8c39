"""Excel .xlsx reader: openpyxl in read-only mode, one RawTable per non-empty sheet.

Why openpyxl and not calamine: we need each cell's number-format id (to spot Chinese-locale
date formats that neither library converts) and the merged ranges, and read-only openpyxl
gives the former directly while we parse the latter from the sheet XML ourselves.
"""

from __future__ import annotations

import warnings
from datetime import datetime
from pathlib import Path

from lxml import etree
from openpyxl import load_workbook
from openpyxl.cell.read_only import EMPTY_CELL
from openpyxl.utils.cell import range_boundaries
from openpyxl.utils.datetime import from_excel

from preaudit.model.records import CellValue, RawDocument, RawTable, RowLocation
from preaudit.parsers.errors import TooLarge, reading
from preaudit.parsers.limits import ReadLimits
from preaudit.parsers.ooxml import vet_zip
from preaudit.parsers.table_rows import is_header_row, label_count

# Built-in number formats that are dates in Chinese/Japanese/Korean Excel but that openpyxl
# does not know (it stops at 22, then 37-49), so their cells arrive as plain numbers.
# 14-22 and 45-47 are listed too: openpyxl converts them already, this is a safety net.
DATE_FORMAT_IDS = frozenset([*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59)])

_HEADER_SEARCH_ROWS = 15
_MERGE_TAG = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}mergeCell"


def read(path: Path, display_name: str, limits: ReadLimits) -> RawDocument:
    vet_zip(path, limits)
    document = RawDocument(file=display_name, format="xlsx")
    with reading("Excel workbook"), path.open("rb") as handle, warnings.catch_warnings():
        # openpyxl warns about every unsupported extension; that is noise for the user.
        warnings.simplefilter("ignore")
        # A file object, not a path: openpyxl refuses paths by their extension.
        workbook = load_workbook(handle, read_only=True, data_only=True)
        try:
            for sheet in workbook.worksheets:
                document.tables.extend(_read_sheet(workbook, sheet, limits, document.notes))
        finally:
            workbook.close()
    return document


def _read_sheet(
    workbook: object, sheet: object, limits: ReadLimits, notes: list[str]
) -> list[RawTable]:
    """One RawTable per table on the sheet (tables stacked under each other are split)."""
    sheet.reset_dimensions()  # a lying <dimension> would pad every row to 16,384 cells
    rows, locations, cut = _collect_rows(workbook, sheet, limits)
    if cut:
        notes.append(
            f"sheet '{sheet.title}': columns after column {limits.max_cols} were not read "
            "(column limit)"
        )
    if not rows:
        return []
    if getattr(sheet, "sheet_state", "visible") != "visible":
        # Hidden sheets are still part of what the applicant submitted: read, but say so.
        notes.append(f"sheet '{sheet.title}' is hidden in the workbook; it was read anyway")
    width = max(len(row) for row in rows)
    rows = [row + [None] * (width - len(row)) for row in rows]
    merges = _merged_ranges(workbook, sheet)
    tables: list[RawTable] = []
    for start, end in _segments(rows, locations):
        part_rows, part_locations = rows[start:end], locations[start:end]
        title = _title_of(part_rows)  # before merges copy the title across its row
        _fill_head_merges(part_rows, part_locations, merges)
        tables.append(
            RawTable(rows=part_rows, locations=part_locations, sheet=sheet.title, title=title)
        )
    return tables




def _segments(rows: list[list[CellValue]], locations: list[RowLocation]) -> list[tuple[int, int]]:
    """(start, end) of each table stacked on one sheet.

    A new table starts at a header-like row that follows data after a gap of empty rows or
    under a one-cell title row (投诉处理台账 below the work orders). A header repeated with no
    gap and no title (a pasted block) stays in its table; recognition skips it as a repeat.
    """
    starts = [0]
    seen_header = False
    for index, row in enumerate(rows):
        if not is_header_row(row):
            continue
        if not seen_header:
            seen_header = True
            continue
        start = index - 1 if _is_title_row(rows[index - 1]) else index
        gap = locations[start].row - locations[start - 1].row > 1
        if start > starts[-1] + 1 and (gap or start < index):
            starts.append(start)
    return list(zip(starts, [*starts[1:], len(rows)], strict=True))


def _is_title_row(row: list[CellValue]) -> bool:
    filled = [value for value in row if value is not None]
    return len(filled) == 1 and isinstance(filled[0], str)


def _collect_rows(
    workbook: object, sheet: object, limits: ReadLimits
) -> tuple[list[list[CellValue]], list[RowLocation], bool]:
    """Non-empty rows with their Excel row numbers; stop at long empty runs and the row cap.

    One column beyond the limit is read only to tell whether anything was cut (the third
    value), so the report can say so.
    """
    style_formats = _style_format_ids(workbook)
    epoch = workbook.epoch
    rows: list[list[CellValue]] = []
    locations: list[RowLocation] = []
    empty_run = 0
    cut = False
    for number, cells in enumerate(sheet.iter_rows(max_col=limits.max_cols + 1), start=1):
        if number > limits.max_rows:
            raise TooLarge(
                f"a sheet is over the {limits.max_rows:,}-row limit",
                f"某个工作表超过 {limits.max_rows:,} 行的上限",
            )
        values = _row_values(cells, style_formats, epoch, limits)
        if len(values) > limits.max_cols:
            cut = True
            values = values[: limits.max_cols]
            while values and values[-1] is None:
                values.pop()
        if not values:
            empty_run += 1
            if empty_run >= limits.max_empty_run:
                break
            continue
        empty_run = 0
        rows.append(values)
        locations.append(RowLocation(row=number))
    return rows, locations, cut


def _row_values(
    cells: tuple, style_formats: list[int], epoch: datetime, limits: ReadLimits
) -> list[CellValue]:
    """Cell values up to the last filled cell ([] for an empty row).

    Rows come padded to max_cols with the shared EMPTY_CELL; skipping those by identity
    keeps wide padding cheap (a 20,000-row sheet would otherwise cost 4 M calls).
    """
    end = len(cells)
    while end and cells[end - 1] is EMPTY_CELL:
        end -= 1
    values = [
        None if cell is EMPTY_CELL else _cell_value(cell, style_formats, epoch, limits)
        for cell in cells[:end]
    ]
    while values and values[-1] is None:
        values.pop()
    return values


def _style_format_ids(workbook: object) -> list[int]:
    """numFmtId of every cell style, indexed by a cell's style id."""
    return [style.numFmtId for style in workbook._cell_styles]


def _cell_value(
    cell: object, style_formats: list[int], epoch: datetime, limits: ReadLimits
) -> CellValue:
    value = getattr(cell, "value", None)
    if isinstance(value, str):
        return value[: limits.max_cell_chars] if value.strip() else None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    style_id = getattr(cell, "_style_id", 0)
    if 0 <= style_id < len(style_formats) and style_formats[style_id] in DATE_FORMAT_IDS:
        try:
            return from_excel(value, epoch)
        except (ValueError, OverflowError):
            return value
    return value


def _merged_ranges(workbook: object, sheet: object) -> list[tuple[int, int, int, int]]:
    """(min_col, min_row, max_col, max_row) of every <mergeCell>; read-only mode has none.

    Parsed with lxml without entity resolution or network access (hostile-input.md X1/X2).
    """
    ranges: list[tuple[int, int, int, int]] = []
    path = getattr(sheet, "_worksheet_path", None)
    if not path:
        return ranges
    with workbook._archive.open(path) as source:
        for _, element in etree.iterparse(
            source, events=("end",), tag=_MERGE_TAG, resolve_entities=False, no_network=True
        ):
            ref = element.get("ref")
            if ref and ":" in ref:
                ranges.append(range_boundaries(ref))
            element.clear()
    return ranges


def _fill_head_merges(
    rows: list[list[CellValue]],
    locations: list[RowLocation],
    merges: list[tuple[int, int, int, int]],
) -> None:
    """Copy a merged range's value into its other cells, but only in title/header rows.

    Data rows keep None: copying a merged date or customer down into the rows below would
    invent records' content. The header row is guessed as the row with most known labels.
    """
    last_head_row = _header_row_number(rows, locations)
    if last_head_row is None or not merges:
        return
    index_of = {location.row: index for index, location in enumerate(locations)}
    for min_col, min_row, max_col, max_row in merges:
        if min_row > last_head_row or min_row not in index_of:
            continue
        value = _at(rows, index_of[min_row], min_col - 1)
        for row_number in range(min_row, min(max_row, last_head_row + 1) + 1):
            if row_number not in index_of:
                continue
            target = rows[index_of[row_number]]
            for column in range(min_col - 1, min(max_col, len(target))):
                if target[column] is None:
                    target[column] = value


def _header_row_number(rows: list[list[CellValue]], locations: list[RowLocation]) -> int | None:
    best_count, best_row = 0, None
    for row, location in zip(rows[:_HEADER_SEARCH_ROWS], locations, strict=False):
        count = label_count(row)
        if count > best_count:
            best_count, best_row = count, location.row
    return best_row


def _at(rows: list[list[CellValue]], row: int, column: int) -> CellValue:
    return rows[row][column] if column < len(rows[row]) else None


def _title_of(rows: list[list[CellValue]]) -> str:
    """The sheet title: a first row holding a single text cell (usually a merged A1:F1)."""
    first = [value for value in rows[0] if value is not None]
    if len(first) == 1 and isinstance(first[0], str) and len(rows) > 1:
        return first[0].strip()
    return ""
