"""PDF reader: pages read by pdfium into pdfplumber's page model, tables found by pdfplumber.

Each page's characters, ruling lines and pictures come from pypdfium2 (parsers/pdf_pdfium.py),
ten times faster than pdfminer's layout pass; a page pdfium cannot give that way is read by
pdfplumber instead, which stays the reference reader (``ReadLimits.pdf_reader``). Ruled tables
are found with pdfplumber's default "lines" strategy, which was exact on
ledgers and merged-cell forms (performance.md). A ledger that runs over several pages is
stitched into one logical table; a page holding a label/value form becomes one whole-page
table, since such PDFs carry one work order per page.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from operator import itemgetter
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
from pdfplumber.page import FilteredPage
from pdfplumber.table import (
    Table,
    TableFinder,
    TableSettings,
    cells_to_tables,
    edges_to_intersections,
    merge_edges,
)
from pdfplumber.utils import crop_to_bbox, dedupe_chars, filter_edges, obj_to_bbox

from preaudit.model.records import CellValue, RawDocument, RawTable, RowLocation, TextBlock
from preaudit.model.texts import Note
from preaudit.parsers.errors import ENCRYPTED, CorruptFile, EncryptedFile, TooLarge, reading
from preaudit.parsers.headers import is_known_label, looks_like_form, split_inline_label
from preaudit.parsers.images import fingerprint_encoded, fingerprint_raw
from preaudit.parsers.limits import ReadLimits
from preaudit.parsers.ocr import page_needs_ocr, render_grey, text_layer_missing
from preaudit.parsers.pdf_pdfium import pdfium_page
from preaudit.parsers.pdf_text import page_text, page_words, table_text
from preaudit.parsers.pdf_unruled import UnruledReader, word_lines
from preaudit.parsers.scan_layout import read_scanned_page
from preaudit.parsers.table_rows import continues, repeated_head

_TITLE_BAND = 60  # points above a table searched for its title line


@dataclass
class _PageTable:
    """One table as found on one page, with the images of each (row, column) cell."""

    rows: list[list[CellValue]]
    images: dict[tuple[int, int], list[str]] = field(default_factory=dict)
    title: str = ""
    # label/value pairs found outside every ruled table (a form number above the grid, a
    # signature picture beside its label in a borderless box): they belong to the page's form
    loose: bool = False

    @cached_property
    def form(self) -> bool:
        """A label/value form, not a ledger (asked by the page and by the stitcher)."""
        return looks_like_form(self.rows)


def read(path: Path, display_name: str, limits: ReadLimits) -> RawDocument:
    pdfium_doc = _open_pdfium(path)
    try:
        page_count = len(pdfium_doc)
        if page_count > limits.max_pages:
            raise TooLarge(
                f"over the {limits.max_pages:,}-page limit ({page_count:,} pages)",
                f"页数 {page_count:,} 超过 {limits.max_pages:,} 页的上限",
            )
        document = RawDocument(file=display_name, format="pdf", page_count=page_count)
        with reading("PDF"):
            _read_pages(path, pdfium_doc, document, limits)
    finally:
        pdfium_doc.close()
    return document


def _open_pdfium(path: Path) -> pdfium.PdfDocument:
    """Open with pypdfium2 first: it counts pages instantly and knows about passwords."""
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EncryptedFile(*ENCRYPTED.reasons) from exc
        raise CorruptFile(
            "not a valid PDF (the file is damaged or truncated, e.g. a broken "
            "cross-reference table)",
            "不是有效的 PDF 文件（文件已损坏或不完整，例如交叉引用表损坏）",
        ) from exc
    except Exception as exc:  # pypdfium2 may raise other errors on odd input
        raise CorruptFile(
            "not a valid PDF (the file could not be opened)", "不是有效的 PDF 文件（无法打开）"
        ) from exc


def _read_pages(
    path: Path, pdfium_doc: pdfium.PdfDocument, document: RawDocument, limits: ReadLimits
) -> None:
    stitcher = _Stitcher(document)
    unruled = UnruledReader()
    plumber = _PlumberPages(path)
    try:
        for index in range(len(pdfium_doc)):
            number = index + 1
            tables, text = _read_page_model(pdfium_doc, index, plumber, limits, unruled,
                                            document.notes)
            # Only a page without usable text is asked whether it is a scan: loading every
            # page in pdfium too cost 40 MB over 2,000 pages.
            if text_layer_missing(text) and page_needs_ocr(pdfium_doc, index):
                _add_scanned_page(pdfium_doc, number, document, stitcher)
                continue
            if "(cid:" in text or not text.strip():
                text = _pdfium_text(pdfium_doc, index) or text
            document.texts.append(TextBlock(text=text, page=number))
            stitcher.add_page(number, tables)
    finally:
        plumber.close()


def _read_page_model(
    pdfium_doc: pdfium.PdfDocument, index: int, plumber: _PlumberPages, limits: ReadLimits,
    unruled: UnruledReader, notes: list[str],
) -> tuple[list[_PageTable], str]:
    """One page's tables and text, from pdfium's page objects where it can give them (a
    tenth of pdfminer's time), else from pdfplumber's (decision 105)."""
    if limits.pdf_reader == "pdfium":
        try:
            with pdfium_page(pdfium_doc, index) as page:
                return _read_page(page, limits, unruled, notes)
        except MemoryError:
            raise
        except Exception:  # NotReadable, or pdfium failing on odd input: pdfplumber reads it
            pass
    page = plumber.page(index)
    try:
        return _read_page(page, limits, unruled, notes)
    finally:
        plumber.done(page)


class _PlumberPages:
    """pdfplumber's pages, opened only when a page needs them (the reference reader, or a
    page pdfium could not read)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.pdf: pdfplumber.PDF | None = None

    def page(self, index: int) -> pdfplumber.page.Page:
        if self.pdf is None:
            try:
                self.pdf = pdfplumber.open(self.path)
            except Exception as exc:
                if _is_password_error(exc):
                    raise EncryptedFile(*ENCRYPTED.reasons) from exc
                raise
        return self.pdf.pages[index]

    def done(self, page: pdfplumber.page.Page) -> None:
        page.close()
        _forget_parsed_objects(self.pdf)

    def close(self) -> None:
        # pdf.close() would re-walk every page (hostile-input.md P2): pages are closed one
        # by one and only the file stream is released here.
        if self.pdf is not None:
            self.pdf.stream.close()


def _forget_parsed_objects(pdf: pdfplumber.PDF) -> None:
    """Drop pdfminer's cache of parsed objects once a page is done.

    pdfminer keeps every object it has parsed (content streams included) for the life of the
    document, so memory grew with the page count (287 MB at 2,000 form pages). Pages are read
    once, in order: anything a later page shares (fonts) is simply parsed again on demand.
    """
    cache = getattr(getattr(pdf, "doc", None), "_cached_objs", None)
    if isinstance(cache, dict):
        cache.clear()


def _add_scanned_page(
    pdfium_doc: pdfium.PdfDocument, number: int, document: RawDocument, stitcher: _Stitcher
) -> None:
    """An image-only page: rasterised and read by OCR into the same raw tables and text."""
    first_index = len(document.tables) + 1
    layout = read_scanned_page(render_grey(pdfium_doc, number - 1), number, first_index)
    document.tables.extend(layout.tables)
    document.texts.append(TextBlock(text=layout.text, page=number))
    stitcher.open = None  # scanned ledger pages stay one table each: no stitching across scans


def _is_password_error(exc: Exception) -> bool:
    """pdfplumber wraps PDFPasswordIncorrect in PdfminerException with an empty message."""
    causes = [exc, *(exc.args if exc.args else ())]
    return any("password" in type(cause).__name__.lower() for cause in causes)


def _read_page(
    page: pdfplumber.page.Page, limits: ReadLimits, unruled: UnruledReader, notes: list[str]
) -> tuple[list[_PageTable], str]:
    clean = _dedupe_chars_fast(page)  # fake-bold text is drawn twice (pdfplumber #992)
    try:
        tables: list[_PageTable] = []
        lines = _ruling_lines(clean)
        edges = _ruling_pairs(lines)
        # The table finder is about n^4 on dense ruling grids (hostile-input.md P8).
        if edges <= limits.max_table_edges:
            found_tables = _LinesFinder(clean, lines).tables
            tables = [_page_table(clean, found) for found in found_tables]
            # Only a form page has label/value pairs beside its grid; ledger pages skip this.
            forms = any(table.form for table in tables)
            loose = _loose_pairs(clean, found_tables, tables) if forms else None
            if loose is not None:
                tables.append(loose)
            if tables or edges:
                unruled.forget()
            else:  # no ruling lines at all: maybe a table drawn without them
                words = unruled.read(clean)
                tables = [_PageTable(rows=words.rows, title=words.title)] if words else []
        else:
            unruled.forget()
            notes.append(Note(
                f"page {page.page_number}: too many ruling lines ({edges:,} edge pairs), "
                "tables on it were not looked for (table limit); its text was read",
                f"第 {page.page_number} 页表格线过多（{edges:,} 对），未查找表格（表格上限）；"
                "已读取其文字",
            ))
        text = page_text(clean)
    finally:
        clean.close()
    return tables, text


def _ruling_lines(page: pdfplumber.page.Page) -> list[dict]:
    """The ruling lines pdfplumber's table finder works on: its ``get_edges`` for the default
    "lines" strategy (vertical then horizontal edges, short ones dropped, then snapped and
    joined, then filtered by length). Computed once, for the limit and for the finder."""
    settings = TableSettings.resolve(None)
    edges = page.edges
    vertical = filter_edges(edges, "v", min_length=settings.edge_min_length_prefilter)
    horizontal = filter_edges(edges, "h", min_length=settings.edge_min_length_prefilter)
    joined = merge_edges(vertical + horizontal, settings.snap_x_tolerance,
                         settings.snap_y_tolerance, settings.join_x_tolerance,
                         settings.join_y_tolerance)
    return filter_edges(joined, min_length=settings.edge_min_length)


def _ruling_pairs(lines: list[dict]) -> int:
    """Horizontal x vertical ruling lines as the table finder will see them (decision 107).

    A border drawn cell by cell (Chromium, Word) is many short segments of one line: the
    finder joins them before it looks for cells, so its cost follows the joined lines.
    """
    horizontal = sum(1 for edge in lines if edge["orientation"] == "h")
    return horizontal * (len(lines) - horizontal)


class _LinesFinder(TableFinder):
    """pdfplumber's table finder with default settings, handed the ruling lines it would
    compute itself (``_ruling_lines``), so the page's edges are joined once, not twice, and
    with its cell search done on edge sets built once per crossing (``_cells``)."""

    def __init__(self, page: pdfplumber.page.Page, lines: list[dict]) -> None:
        self.page = page
        self.settings = settings = TableSettings.resolve(None)
        self.edges = lines
        self.intersections = edges_to_intersections(
            lines, settings.intersection_x_tolerance, settings.intersection_y_tolerance)
        self.cells = _cells(self.intersections)
        self.tables = [Table(page, group) for group in cells_to_tables(self.cells)]


def _cells(intersections: dict) -> list[tuple[float, float, float, float]]:
    """pdfplumber's ``intersections_to_cells``, the same search in the same order.

    It rebuilt the set of edges through each crossing for every pair it tested (a tenth of
    a form page's parse); here each crossing's sets are built once, and the crossings below
    and right of one are looked up instead of filtered from all that follow it.
    """
    vertical = {point: set(map(obj_to_bbox, edges["v"])) for point, edges in intersections.items()}
    horizontal = {point: set(map(obj_to_bbox, edges["h"]))
                  for point, edges in intersections.items()}

    def connects(a: tuple, b: tuple) -> bool:
        return ((a[0] == b[0] and not vertical[a].isdisjoint(vertical[b]))
                or (a[1] == b[1] and not horizontal[a].isdisjoint(horizontal[b])))

    points = sorted(intersections)
    column: dict[float, list[tuple]] = {}
    row: dict[float, list[tuple]] = {}
    for point in points:  # each list in sorted order, as the filters over the rest give it
        column.setdefault(point[0], []).append(point)
        row.setdefault(point[1], []).append(point)
    cells = []
    for point in points:
        below = [p for p in column[point[0]] if p > point]
        right = [p for p in row[point[1]] if p > point]
        cell = _smallest_cell(point, below, right, intersections, connects)
        if cell is not None:
            cells.append(cell)
    return cells


def _smallest_cell(point: tuple, below: list, right: list, intersections: dict,
                   connects: Callable[[tuple, tuple], bool]) -> tuple | None:
    for below_point in below:
        if not connects(point, below_point):
            continue
        for right_point in right:
            if not connects(point, right_point):
                continue
            corner = (right_point[0], below_point[1])
            if (corner in intersections and connects(corner, right_point)
                    and connects(corner, below_point)):
                return (point[0], point[1], corner[0], corner[1])
    return None


class _IndexedChars(list):
    """``page.chars`` with an O(1) ``index()``.

    pdfplumber's dedupe_chars restores reading order with ``sorted(key=chars.index)``: a linear
    scan comparing dicts for every char, O(n²) — 60 % of a 25-row ledger page's parse time.
    Looking chars up by identity gives the same order in O(n).
    """

    def __init__(self, chars: list[dict]) -> None:
        super().__init__(chars)
        self._position = {id(char): index for index, char in enumerate(self)}

    def index(self, char: object, *_bounds: object) -> int:  # type: ignore[override]
        return self._position[id(char)]


def _dedupe_chars_fast(page: pdfplumber.page.Page) -> pdfplumber.page.Page:
    """``page.dedupe_chars()`` with the same chars in the same order, without its O(n²) step,
    and without its clustering at all on a page that has no doubled glyph."""
    deduped = FilteredPage(page, lambda _obj: True)
    deduped._objects = dict(page.objects)
    chars = page.chars
    deduped._objects["char"] = (
        dedupe_chars(_IndexedChars(chars)) if _has_doubled_glyphs(chars) else list(chars)
    )
    return deduped


_DEDUPE_TOLERANCE = 1  # pdfplumber's dedupe_chars default
_GLYPH = itemgetter("upright", "text", "fontname", "size")  # what a doubled glyph repeats
_PLACE = itemgetter("doctop", "x0")


def _has_doubled_glyphs(chars: list[dict]) -> bool:
    """Whether pdfplumber's dedupe_chars would drop any char, decided on plain tuples.

    It drops a char when another of the same text, font and size falls in its cluster: tops
    chained within the tolerance, then x0s chained within it. Such a pair exists exactly when,
    inside one chain of tops, two x0s sorted next to each other are that close.
    """
    groups: dict[tuple, list[tuple[float, float]]] = {}
    for char in chars:
        groups.setdefault(_GLYPH(char), []).append(_PLACE(char))
    for points in groups.values():
        if len(points) < 2:
            continue
        points.sort()
        run, last = [points[0][1]], points[0][0]
        for top, x0 in points[1:]:
            if top > last + _DEDUPE_TOLERANCE:
                if _close_pair(run):
                    return True
                run = []
            run.append(x0)
            last = top
        if _close_pair(run):
            return True
    return False


def _close_pair(xs: list[float]) -> bool:
    xs.sort()
    return any(b <= a + _DEDUPE_TOLERANCE for a, b in itertools.pairwise(xs))


def _page_table(page: pdfplumber.page.Page, found: object) -> _PageTable:
    rows = [list(row) for row in table_text(found)]
    images: dict[tuple[int, int], list[str]] = {}
    for image in page.images:
        centre = ((image["x0"] + image["x1"]) / 2, (image["top"] + image["bottom"]) / 2)
        cell = _cell_at(found, centre)
        if cell is not None:
            fingerprint = _image_hash(image)
            if fingerprint:  # a blank picture is not a signature
                images.setdefault(cell, []).append(fingerprint)
    return _PageTable(rows=rows, images=images, title=_title_above(page, found.bbox))


_NEAR = 120.0  # points: how far right of its label a loose signature picture may sit


def _loose_pairs(
    page: pdfplumber.page.Page, found_tables: list[object], tables: list[_PageTable]
) -> _PageTable | None:
    """Labels outside every ruled cell, each with the text after it on its line and the
    picture nearest to its right on that line: the rest of a form drawn without ruling.

    A ruled cell holding two labels or more is a borderless table nested in the grid
    (客户签字 [picture] 日期 …): its words and pictures count as outside too.
    """
    boxes = [found.bbox for found in found_tables]
    nested = _nested_boxes(found_tables, tables)
    words = page_words(page, x_tolerance=1.5)
    outside = [w for w in words if _free(_centre(w), boxes, nested)]
    pictures = [image for image in page.images if _free(_centre(image), boxes, nested)]
    rows: list[list[CellValue]] = []
    images: dict[tuple[int, int], list[str]] = {}
    for line in word_lines(outside):
        for index, word in enumerate(line):
            label = word["text"].rstrip(":：")
            if not is_known_label(label) and split_inline_label(word["text"]) is None:
                continue
            rest = [w["text"] for w in line[index + 1:]]
            value = " ".join(rest[: next((i for i, t in enumerate(rest) if is_known_label(t)),
                                          len(rest))]) or None
            rows.append([word["text"] if value is None else label, value])
            picture = _picture_right_of(word, pictures)
            if picture is not None:
                fingerprint = _image_hash(picture)
                if fingerprint:
                    images[(len(rows) - 1, 0)] = [fingerprint]  # the label cell: see _images
    return _PageTable(rows=rows, images=images, loose=True) if rows else None


def _free(point: tuple[float, float], boxes: list, nested: list) -> bool:
    return not _within(point, boxes) or _within(point, nested)


def _nested_boxes(found_tables: list[object], tables: list[_PageTable]) -> list:
    """Boxes of ruled cells whose text holds two labels or more."""
    nested = []
    for found, table in zip(found_tables, tables, strict=False):
        for row, texts in zip(found.rows, table.rows, strict=False):
            for box, text in zip(row.cells, texts, strict=False):
                if box is None or not text:
                    continue
                if sum(1 for token in str(text).split() if is_known_label(token)) >= 2:
                    nested.append(box)
    return nested


def _picture_right_of(word: dict, pictures: list[dict]) -> dict | None:
    """The picture beside a label: overlapping its line, starting right of it, nearest."""
    beside = [
        p for p in pictures
        if p["top"] <= word["bottom"] and p["bottom"] >= word["top"]
        and word["x1"] <= p["x0"] + 2 and p["x0"] - word["x1"] <= _NEAR
    ]
    return min(beside, key=lambda p: p["x0"] - word["x1"], default=None)


def _centre(obj: dict) -> tuple[float, float]:
    return (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2


def _within(point: tuple[float, float], boxes: list[tuple[float, float, float, float]]) -> bool:
    x, y = point
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def _cell_at(found: object, point: tuple[float, float]) -> tuple[int, int] | None:
    x, y = point
    for r, row in enumerate(found.rows):
        for c, box in enumerate(row.cells):
            if box is not None and box[0] <= x <= box[2] and box[1] <= y <= box[3]:
                return r, c
    return None


def _image_hash(image: dict) -> str | None:
    """Fingerprint of a picture in a cell (None: blank, no ink); see parsers/images.py."""
    if "fingerprint" in image:  # read by pdfium: it knows how to read its own picture
        return image["fingerprint"]()
    stream = image["stream"]
    try:
        data = stream.get_data()
    except Exception:  # an undecodable image still counts as "an image is there"
        return "sha256:" + hashlib.sha256(repr(sorted(stream.attrs.items())).encode()).hexdigest()
    filters = [getattr(f, "name", str(f)) for f in _as_list(stream.attrs.get("Filter"))]
    if any(f in ("DCTDecode", "JPXDecode") for f in filters):  # still encoded: JPEG / JPEG 2000
        return fingerprint_encoded(data)
    space = _as_list(image.get("colorspace"))
    space_name = getattr(space[0], "name", str(space[0])) if space else ""
    return fingerprint_raw(data, tuple(image["srcsize"]), space_name, image.get("bits") or 0)


def _as_list(value: object) -> list[object]:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def _title_above(page: pdfplumber.page.Page, bbox: tuple[float, float, float, float]) -> str:
    top = bbox[1]
    if top <= 1:
        return ""
    band = page.crop((0, max(0.0, top - _TITLE_BAND), page.width, top))
    # Only the band's characters are cropped: its text needs nothing else, and cropping
    # every ruling line and picture of a form page for each table cost more than the text.
    # Characters not touching the band are left out first (crop_to_bbox would drop them too).
    _, band_top, _, band_bottom = band.bbox
    near = [char for char in page.chars
            if char["top"] <= band_bottom and char["bottom"] >= band_top]
    band._objects = {"char": crop_to_bbox(near, band.bbox)}
    lines = [line.strip() for line in page_text(band).splitlines() if line.strip()]
    return lines[-1] if lines else ""


def _pdfium_text(pdfium_doc: pdfium.PdfDocument, index: int) -> str:
    page = pdfium_doc[index]
    try:
        textpage = page.get_textpage()
        try:
            return textpage.get_text_bounded()
        finally:
            textpage.close()
    finally:
        page.close()


class _Stitcher:
    """Builds logical tables: forms per page, ledgers continued across page breaks."""

    def __init__(self, document: RawDocument) -> None:
        self.document = document
        self.open: RawTable | None = None  # a ledger that may continue on the next page

    def add_page(self, number: int, tables: list[_PageTable]) -> None:
        loose = [table for table in tables if table.loose]
        ruled = [table for table in tables if not table.loose]
        forms = [table for table in ruled if table.form]
        ledgers = [table for table in ruled if not table.form]
        if forms:
            self._new_table(number, _merge_forms(forms + loose), whole_page=True)
        last: RawTable | None = None
        for position, table in enumerate(ledgers):
            if position == 0 and self._continues(table):
                self._append(number, table)
                last = self.open
            else:
                last = self._new_table(number, table)
        self.open = last

    def _continues(self, table: _PageTable) -> bool:
        return self.open is not None and continues(self.open.rows, table.rows)

    def _append(self, number: int, table: _PageTable) -> None:
        target = self.open
        skip = repeated_head(table.rows, target.rows)
        _extend(target, table, number, skip)

    def _new_table(self, number: int, table: _PageTable, whole_page: bool = False) -> RawTable:
        raw = RawTable(
            rows=[],
            locations=[],
            table_index=len(self.document.tables) + 1,
            page=number,
            title=table.title,
            whole_page=whole_page,
        )
        _extend(raw, table, number, 0)
        self.document.tables.append(raw)
        return raw


def _extend(target: RawTable, table: _PageTable, page: int, skip: int) -> None:
    """Append rows (after ``skip`` repeated header rows) with continuous row numbers."""
    base = len(target.rows)
    for row in table.rows[skip:]:
        target.rows.append(row)
        target.locations.append(RowLocation(row=len(target.rows), page=page))
    for (r, c), hashes in table.images.items():
        if r >= skip:
            target.images.setdefault((base + r - skip, c), []).extend(hashes)


def _merge_forms(forms: list[_PageTable]) -> _PageTable:
    """A form drawn as several ruled blocks on one page is still one record."""
    merged = _PageTable(rows=[], title=forms[0].title)
    width = max(len(row) for form in forms for row in form.rows)
    for form in forms:
        base = len(merged.rows)
        merged.rows.extend(row + [None] * (width - len(row)) for row in form.rows)
        for (r, c), hashes in form.images.items():
            merged.images[(base + r, c)] = hashes
    return merged
