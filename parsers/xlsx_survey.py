"""What a workbook's XML claims about its size, seen while vet_zip inflates every part.

python-calamine builds each sheet as a dense grid of 32-byte cells, from row 1 to the last
filled row and column, before Python sees a single row: a value in A1 and one in XFD1048576
ask for 512 GiB and abort the process (measured: "memory allocation of 549755813888 bytes
failed"). openpyxl streams rows and stops at the empty-run and row limits instead. So the
reader picks calamine only when the cell references in the parts promise a grid that fits
and no cell holds an error value (``fits``), and openpyxl otherwise; and it refuses XML
entity declarations itself, which calamine would skip where defusedxml refused them
(hostile-input.md X1/X2).

The scan is deliberately crude and errs on the large side: regular expressions over the
inflated chunks (with an overlap so nothing is cut at a chunk edge), every XML part treated as
if it were a sheet, the maximum row and column of every reference taken, and every row or
cell element without a reference counted as one more row or column.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from operator import itemgetter

# A dense grid up to this many cells is read by calamine: 4 M cells are 128 MiB of grid, a
# quarter of what the parser child may take after the interpreter; 200,000 rows x 20 columns.
MAX_GRID_CELLS = 4_000_000
# python-calamine turns one whole row into Python strings at a time; a long shared string
# repeated across a row costs width x length (x4 for the widest str storage).
MAX_ROW_STRING_BYTES = 256 * 1024 * 1024

_OVERLAP = 256  # bytes of the previous chunk searched again with the next one
_ENTITY = b"<!ENTITY"
# Row (r="12") and cell (r="B12") references as Excel and every library write them; literal
# prefixes keep this fast. Where a chunk holds more <row/<c elements than such references
# (a reference in another spelling, one cut by the chunk's end, <col> elements) or any
# r='…', the spelling-proof pattern reads that chunk instead.
_ROW_REF = re.compile(rb' r="(\d+)"')
_CELL_REF = re.compile(rb' r="([A-Za-z]+)(\d+)"')
_ANY_REF = re.compile(rb"""\sr\s*=\s*["']([A-Za-z]*)(\d+)""")
_ERROR_TYPES = (b't="e"', b"t='e'")
# A formula cell whose <f> is followed by no value (or an empty one) before </c>: the program
# that wrote the workbook never calculated it (Apache POI and openpyxl write formulas so), and
# every reader, Excel's own cache included, sees an empty cell. Formula text holds no raw "<".
_UNCALCULATED = re.compile(rb"<f[\s>/][^<]*(?:</f>)?\s*(?:<v\s*/>|<v>\s*</v>)?\s*</c>")
_STRING_ITEM = re.compile(rb"<si[\s>]")
_PREFIXED_STRING_ITEM = re.compile(rb"<[A-Za-z_][\w.-]*:si[\s>]")
_SHARED_STRINGS = re.compile(r"(^|/)sharedStrings\d*\.xml$", re.IGNORECASE)
_UNBOUNDED = 1 << 62  # a reference we cannot size: assume the worst
_LONGEST_REF = 20  # digits; any longer (zero padding?) and it is not sized, just refused


@dataclass
class _PartExtent:
    """Upper bounds on one part's grid: its largest row and column and its unreferenced ones."""

    max_row: int = 0
    max_col: int = 0
    rows: int = 0
    rows_with_ref: int = 0
    cells: int = 0
    cells_with_ref: int = 0

    def grid_rows(self) -> int:
        return self.max_row + max(self.rows - self.rows_with_ref, 0)

    def grid_cols(self) -> int:
        return self.max_col + max(self.cells - self.cells_with_ref, 0)


@dataclass
class WorkbookSurvey:
    """Fed every inflated chunk of an .xlsx by vet_zip; then says whether calamine may read it."""

    entities: bool = False
    # python-calamine hands error cells (#N/A, #DIV/0!) over as empty; openpyxl as their text,
    # which tells "the formula failed" from "left blank". Rare enough to leave to openpyxl.
    error_values: bool = False
    uncalculated_formulas: int = 0  # formula cells without a saved result, all sheets
    _extents: dict[str, _PartExtent] = field(default_factory=dict)
    _tails: dict[str, bytes] = field(default_factory=dict)  # per part: the overlap
    _seen: dict[str, int] = field(default_factory=dict)  # per part: bytes inflated so far
    _last_item: dict[str, int] = field(default_factory=dict)  # per part: offset of last <si>
    _longest_string: int = 0

    def __call__(self, info: zipfile.ZipInfo, chunk: bytes) -> None:
        name = info.filename
        if not name.lower().endswith((".xml", ".rels", ".vml")):
            return
        tail = self._tails.get(name, b"")
        window = tail + chunk
        offset = self._seen.get(name, 0) - len(tail)  # where window starts in the part
        self._seen[name] = self._seen.get(name, 0) + len(chunk)
        self._tails[name] = window[-_OVERLAP:]
        if _ENTITY in window:
            self.entities = True
        if _SHARED_STRINGS.search(name):
            self._measure_strings(name, window, offset, self._seen[name])
        else:
            self._measure_cells(self._extents.setdefault(name, _PartExtent()), window)
            self.error_values = self.error_values or any(m in window for m in _ERROR_TYPES)
            if b"<f" in window:  # the overlap was searched with the last chunk: skip it there
                self.uncalculated_formulas += sum(
                    1 for m in _UNCALCULATED.finditer(window) if m.end() > len(tail))

    def _measure_cells(self, extent: _PartExtent, window: bytes) -> None:
        # Element counts include <col>, <cols>, <rowBreaks>...: a little more, never less.
        row_elements, cell_elements = window.count(b"<row"), window.count(b"<c")
        extent.rows += row_elements
        extent.cells += cell_elements
        rows, cells = _ROW_REF.findall(window), _CELL_REF.findall(window)
        if row_elements + cell_elements > len(rows) + len(cells) or b"r='" in window:
            rows, cells = _any_refs(window)
        extent.rows_with_ref += len(rows)
        extent.cells_with_ref += len(cells)
        row_numbers = [*rows, *map(itemgetter(1), cells)]
        if row_numbers:
            extent.max_row = max(extent.max_row, _largest(row_numbers))
        if cells:
            letters = set(map(itemgetter(0), cells))
            extent.max_col = max(extent.max_col, *map(_column, letters))

    def _measure_strings(self, name: str, window: bytes, offset: int, end: int) -> None:
        """The longest shared string is at most the distance between two <si> starts."""
        last = self._last_item.get(name)
        pattern = _PREFIXED_STRING_ITEM if b":si" in window else _STRING_ITEM
        for match in pattern.finditer(window):
            start = offset + match.start()
            if last is not None and start <= last:
                continue  # seen in the overlap already
            if last is not None:
                self._longest_string = max(self._longest_string, start - last)
            last = start
        if last is not None:
            self._last_item[name] = last
            self._longest_string = max(self._longest_string, end - last)

    def grid_cells(self) -> int:
        """The dense grids all parts' references could make calamine build (all sheets are
        parsed before the first is used)."""
        return sum(e.grid_rows() * e.grid_cols() for e in self._extents.values())

    def row_string_bytes(self) -> int:
        widest = max((e.grid_cols() for e in self._extents.values()), default=0)
        return widest * self._longest_string * 4

    def fits(self) -> bool:
        return (
            not self.error_values
            and self.grid_cells() <= MAX_GRID_CELLS
            and self.row_string_bytes() <= MAX_ROW_STRING_BYTES
        )


def _any_refs(window: bytes) -> tuple[list[bytes], list[tuple[bytes, bytes]]]:
    """Row and cell references in any spelling; one the chunk's end may cut is left to the
    next chunk (the overlap repeats it) unless too long to be repeated: that one is kept."""
    rows: list[bytes] = []
    cells: list[tuple[bytes, bytes]] = []
    for match in _ANY_REF.finditer(window):
        letters, digits = match.group(1), match.group(2)
        if match.end() == len(window) and len(digits) <= _LONGEST_REF:
            continue
        if letters:
            cells.append((letters, digits))
        else:
            rows.append(digits)
    return rows, cells


def _largest(numbers: list[bytes]) -> int:
    if max(map(len, numbers)) > _LONGEST_REF:
        return _UNBOUNDED  # and never int() a million digits
    return max(map(int, numbers))


def _column(letters: bytes) -> int:
    if len(letters) > 4:
        return _UNBOUNDED  # XFD is Excel's last column; a longer name is no worksheet's
    number = 0
    for letter in letters.upper():
        number = number * 26 + (letter - 64)
    return number
