"""Excel .xlsx reader: python-calamine for the cells, openpyxl where calamine cannot go.

calamine (Rust) reads a 5,000-row sheet over ten times faster than read-only openpyxl and
knows the number formats that make a number a date, the Chinese built-ins 27-36 and 50-58
included. It cannot stream, though: it builds each sheet as a dense grid first. So the parts
are surveyed while vet_zip inflates them (parsers/xlsx_survey.py) and a workbook whose cell
references promise a grid too large for the memory limit — a value in XFD1048576, say — is
read by openpyxl's streaming reader with the empty-run and row limits, as is any workbook calamine
fails on: openpyxl, the reader this project started with, then decides what the file is.
Both paths hand the same rows to the same table logic (decision 116).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from lxml import etree
from openpyxl import load_workbook
from openpyxl.cell.read_only import EMPTY_CELL
from openpyxl.utils.cell import range_boundaries
from openpyxl.utils.datetime import from_excel
from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

from preaudit.model.records import CellValue, RawDocument, RawTable, RowLocation
from preaudit.model.texts import Note
from preaudit.parsers.errors import ReadError, TooLarge, reading
from preaudit.parsers.limits import ReadLimits
from preaudit.parsers.ooxml import vet_zip
from preaudit.parsers.table_rows import HEADER_SEARCH_ROWS, is_header_row, label_count
from preaudit.parsers.xlsx_survey import WorkbookSurvey

# Built-in number formats that are dates in Chinese/Japanese/Korean Excel but that openpyxl
# does not know (it stops at 22, then 37-49), so their cells arrive as plain numbers.
# 14-22 and 45-47 are listed too: openpyxl converts them already, this is a safety net.
DATE_FORMAT_IDS = frozenset([*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59)])

_MERGE_TAG = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}mergeCell"
_EXACT_INTEGERS = 2**53  # floats beyond this are not whole numbers anyone typed
Merge = tuple[int, int, int, int]  # (min_col, min_row, max_col, max_row), 1-based


@dataclass
class _Sheet:
    """One worksheet as either library gives it: rows from row 1 and column A, each at most
    max_cols + 1 values wide, trailing empties allowed; the merged ranges read on demand."""

    title: str
    hidden: bool
    rows: Iterable[list[CellValue]]
    merges: Callable[[], list[Merge]]


def read(path: Path, display_name: str, limits: ReadLimits) -> RawDocument:
    survey = WorkbookSurvey()
    vet_zip(path, limits, survey)
    document = RawDocument(file=display_name, format="xlsx")
    with reading("Excel workbook"):
        if survey.entities:
            # calamine would skip the declarations; defusedxml refused them (X1/X2): refuse.
            raise ValueError("XML entity declarations are not allowed")
        if survey.uncalculated_formulas:
            document.notes.append(_uncalculated_note(survey.uncalculated_formulas))
        sheets = _calamine_sheets(path, limits) if survey.fits() else None
        if sheets is None:
            with _openpyxl_sheets(path, limits) as streamed:
                _read_sheets(streamed, limits, document)
        else:
            _read_sheets(sheets, limits, document)
    return document


def _uncalculated_note(count: int) -> Note:
    """Formulas saved without their results read as empty cells: say so, and how to mend it,
    so that a date or name column that comes out empty is explained, not just missing."""
    return Note(
        f"{count} formula cell(s) carry no saved result (the program that wrote the workbook "
        "did not calculate them) and were read as empty; open and save the file in Excel or "
        "WPS to keep their values",
        f"有 {count} 个公式单元格没有保存计算结果（生成该工作簿的程序未计算公式），按空白读取；"
        "请用 Excel 或 WPS 打开并保存后重新提交",
    )


def _read_sheets(sheets: Iterable[_Sheet], limits: ReadLimits, document: RawDocument) -> None:
    for sheet in sheets:
        document.tables.extend(_read_sheet(sheet, limits, document.notes))


# calamine ------------------------------------------------------------------------------


def _calamine_sheets(path: Path, limits: ReadLimits) -> list[_Sheet] | None:
    """Every worksheet parsed by calamine, or None when calamine cannot read the workbook.

    All parsing happens here, before any row is used, so a failure half-way leaves nothing
    behind for the openpyxl reader that takes over.
    """
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        try:
            return [
                _calamine_sheet(workbook, meta, limits)
                for meta in workbook.sheets_metadata
                if meta.typ == SheetTypeEnum.WorkSheet  # chart, dialog and macro sheets: no cells
            ]
        finally:
            workbook.close()
    except (ReadError, KeyboardInterrupt, SystemExit):
        raise
    except BaseException:  # calamine's errors and Rust panics alike: fall back
        return None


def _calamine_sheet(workbook: CalamineWorkbook, meta: object, limits: ReadLimits) -> _Sheet:
    sheet = workbook.get_sheet_by_name(meta.name)
    merges = [
        (first_col + 1, first_row + 1, last_col + 1, last_row + 1)
        for (first_row, first_col), (last_row, last_col) in sheet.merged_cell_ranges or []
    ]
    return _Sheet(
        title=meta.name,
        hidden=meta.visible != SheetVisibleEnum.Visible,
        rows=_calamine_rows(sheet, limits),
        merges=lambda: merges,
    )


def _calamine_rows(sheet: object, limits: ReadLimits) -> Iterator[list[CellValue]]:
    """Rows from row 1; python-calamine pads the rows above the first filled one but starts
    every row at the first filled column, so the columns left of it are put back."""
    left = sheet.start[1] if sheet.start else 0
    width = max(limits.max_cols + 1 - left, 0)
    max_chars = limits.max_cell_chars
    for cells in sheet.iter_rows():
        yield [None] * left + [_calamine_value(value, max_chars) for value in cells[:width]]


def _calamine_value(value: object, max_chars: int) -> CellValue:
    """The value openpyxl would have given: whole numbers as int (Excel stores 13800138000
    without a decimal point, calamine hands every number over as float), dates as datetime,
    blank text as empty."""
    kind = type(value)
    if kind is str:
        return value[:max_chars] if value.strip() else None
    if kind is float:
        whole = value.is_integer() and -_EXACT_INTEGERS < value < _EXACT_INTEGERS
        return int(value) if whole else value
    if kind is date:  # a date-formatted whole number of days; openpyxl says midnight
        return datetime(value.year, value.month, value.day)
    return value  # bool, datetime, time, timedelta


# openpyxl ------------------------------------------------------------------------------


@contextmanager
def _openpyxl_sheets(path: Path, limits: ReadLimits) -> Iterator[Iterator[_Sheet]]:
    """Every worksheet streamed by read-only openpyxl, for as long as the workbook is open."""
    with path.open("rb") as handle, warnings.catch_warnings():
        # openpyxl warns about every unsupported extension; that is noise for the user.
        warnings.simplefilter("ignore")
        # A file object, not a path: openpyxl refuses paths by their extension.
        workbook = load_workbook(handle, read_only=True, data_only=True)
        try:
            yield (_openpyxl_sheet(workbook, sheet, limits) for sheet in workbook.worksheets)
        finally:
            workbook.close()


def _openpyxl_sheet(workbook: object, sheet: object, limits: ReadLimits) -> _Sheet:
    sheet.reset_dimensions()  # a lying <dimension> would pad every row to 16,384 cells
    style_formats = _style_format_ids(workbook)
    rows = (
        _row_values(cells, style_formats, workbook.epoch, limits)
        for cells in sheet.iter_rows(max_col=limits.max_cols + 1)
    )
    return _Sheet(
        title=sheet.title,
        hidden=getattr(sheet, "sheet_state", "visible") != "visible",
        rows=rows,
        merges=lambda: _merged_ranges(workbook, sheet),
    )


# both ----------------------------------------------------------------------------------


def _read_sheet(sheet: _Sheet, limits: ReadLimits, notes: list[str]) -> list[RawTable]:
    """One RawTable per table on the sheet (tables stacked under each other are split)."""
    rows, locations, cut = _collect_rows(sheet.rows, limits)
    if cut:
        notes.append(Note(
            f"sheet '{sheet.title}': columns after column {limits.max_cols} were not read "
            "(column limit)",
            f"工作表“{sheet.title}”第 {limits.max_cols} 列之后的列未读取（列数上限）",
        ))
    if not rows:
        return []
    if sheet.hidden:
        # Hidden sheets are still part of what the applicant submitted: read, but say so.
        notes.append(Note(
            f"sheet '{sheet.title}' is hidden in the workbook; it was read anyway",
            f"工作表“{sheet.title}”在工作簿中被隐藏，仍已读取",
        ))
    width = max(len(row) for row in rows)
    rows = [row + [None] * (width - len(row)) for row in rows]
    merges = sheet.merges()
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
        if not seen_header:
            seen_header = is_header_row(row)
            continue
        start = index - 1 if _is_title_row(rows[index - 1]) else index
        gap = locations[start].row - locations[start - 1].row > 1
        # The label test last: it is the costly part, and most rows fail the cheap ones.
        if start > starts[-1] + 1 and (gap or start < index) and is_header_row(row):
            starts.append(start)
    return list(zip(starts, [*starts[1:], len(rows)], strict=True))


def _is_title_row(row: list[CellValue]) -> bool:
    filled = [value for value in row if value is not None]
    return len(filled) == 1 and isinstance(filled[0], str)


def _collect_rows(
    sheet_rows: Iterable[list[CellValue]], limits: ReadLimits
) -> tuple[list[list[CellValue]], list[RowLocation], bool]:
    """Non-empty rows with their Excel row numbers; stop at long empty runs and the row cap.

    One column beyond the limit is read only to tell whether anything was cut (the third
    value), so the report can say so.
    """
    rows: list[list[CellValue]] = []
    locations: list[RowLocation] = []
    empty_run = 0
    cut = False
    for number, values in enumerate(sheet_rows, start=1):
        if number > limits.max_rows:
            raise TooLarge(
                f"a sheet is over the {limits.max_rows:,}-row limit",
                f"某个工作表超过 {limits.max_rows:,} 行的上限",
            )
        while values and values[-1] is None:
            values.pop()
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


def _merged_ranges(workbook: object, sheet: object) -> list[Merge]:
    """(min_col, min_row, max_col, max_row) of every <mergeCell>; read-only mode has none.

    Parsed with lxml without entity resolution or network access (hostile-input.md X1/X2).
    """
    ranges: list[Merge] = []
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
    merges: list[Merge],
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
    for row, location in zip(rows[:HEADER_SEARCH_ROWS], locations, strict=False):
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
