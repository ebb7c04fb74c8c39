"""A scanned page (grey image + OCR lines) → the same raw tables the digital readers give.

Ruled tables are found from their lines: OpenCV morphology keeps long horizontal and vertical
strokes, their positions give a cell grid, a missing vertical rule inside a row means a merged
cell (handed over as ``None``, like pdfplumber does). OCR lines are put into the cell holding
their centre. Everything outside a grid is running text. Label/value grids become whole-page
form tables, so recognition, header mapping and checks are the ones digital files go through.

Two things only a scan needs: each cell keeps its lowest OCR confidence (``RawTable.scores``),
and a signature cell is judged by its ink, not its text — a hand-drawn signature is a picture.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

import cv2
import numpy as np
from PIL import Image

from preaudit.model.records import (
    CellValue,
    ExtractedFile,
    RawDocument,
    RawTable,
    RecordKind,
    RowLocation,
)
from preaudit.parsers.headers import SYNONYMS, is_known_label, looks_like_form, match_header
from preaudit.parsers.images import fingerprint_image
from preaudit.parsers.ocr import Word, read_words
from preaudit.parsers.ocr_repair import repair_cell
from preaudit.parsers.scan_clean import even_light

# Share of a signature cell's inner area that must be ink (after specks are dropped) for the
# cell to count as signed. Measured on 30 generated scans (bench/ocr.md): blank and 未签 cells
# give 0.0000 once specks and the written placeholder are removed, drawn signatures
# 0.0048-0.0113; 0.001 sits well between the two.
MIN_SIGNATURE_INK = 0.001
_MIN_STROKE_PIXELS = 12  # connected ink smaller than this is a speck of scan noise
_CELL_MARGIN = 5  # pixels cut from each side of a cell: its ruling lines are not ink
_MAX_SKEW = 10.0  # degrees; beyond this a page is not "skewed", it is turned
_MIN_SKEW = 0.15  # degrees; below this rotating would only blur the page
_NOT_SIGNED = frozenset({"未签", "未签字", "未签名", "未确认", "拒签", "无", "/", "—", "-"})
# A printed date line in a signature cell: "日期：2026-10-01", "签字日期：", "年  月  日".
_DATE_LABEL = re.compile(r"^[\u4e00-\u9fff]{0,4}日期\s*[:：]?\s*")
_DATE_ONLY = re.compile(r"^(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|年\s*月\s*日)?$")
_MIN_FUZZY_LABEL = 4  # shorter labels (姓名, 电话) are one misread away from ordinary words
_MIN_FUZZY_TEXT = 3  # two-character texts (满意, 王丽) are values, never mended into labels


@dataclass
class _Grid:
    """One ruled table: row and column rule positions and which rules really exist."""

    x0: int
    y0: int
    x1: int
    y1: int
    ys: list[int]
    xs: list[int]
    # (row, column) -> the column its merged cell starts at (itself when not merged)
    starts: dict[tuple[int, int], int] = field(default_factory=dict)


@dataclass
class PageLayout:
    tables: list[RawTable]
    text: str


# ---------------------------------------------------------------- deskew


def deskew(grey: np.ndarray) -> np.ndarray:
    """The page turned so its ruling lines (or text lines) run level."""
    angle = _skew_angle(grey)
    if angle is None or abs(angle) < _MIN_SKEW:
        return grey
    height, width = grey.shape
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    return cv2.warpAffine(grey, matrix, (width, height), flags=cv2.INTER_LINEAR,
                          borderMode=cv2.BORDER_CONSTANT, borderValue=255)


def _skew_angle(grey: np.ndarray) -> float | None:
    """Median angle of the long near-horizontal lines, in degrees (None: nothing to measure).

    Lines are found on the half-size page (a quarter of the Hough transform's work, which
    cost more than OCR detection at full size) and each is then fitted to the full-size ink
    along it by least squares, which is more exact than Hough's own angle step (bench/ocr.md).
    """
    ink = _ink(grey)
    small = cv2.resize(ink, (ink.shape[1] // 2, ink.shape[0] // 2), interpolation=cv2.INTER_AREA)
    width = small.shape[1]
    lines = cv2.HoughLinesP(small, 1, np.pi / 900, threshold=75, minLineLength=width // 4,
                            maxLineGap=4)
    angles: list[float] = []
    for x1, y1, x2, y2 in (lines.reshape(-1, 4) if lines is not None else []):
        angle = float(np.degrees(np.arctan2(y2 - y1, x2 - x1)))
        if abs(angle) <= _MAX_SKEW:
            fitted = _fit_to_ink(ink, (2 * x1, 2 * y1, 2 * x2, 2 * y2))
            angles.append(angle if fitted is None else fitted)
    if not angles:
        return _text_skew(ink)
    return float(np.median(angles))


_FIT_BAND = 3  # pixels either side of a found line whose ink is fitted


def _fit_to_ink(ink: np.ndarray, line: tuple[int, int, int, int]) -> float | None:
    """The angle of the full-size ink along a line found at half size (least squares)."""
    x1, y1, x2, y2 = (int(v) for v in line)
    if x2 < x1:
        x1, y1, x2, y2 = x2, y2, x1, y1
    top = max(0, min(y1, y2) - _FIT_BAND - 2)
    bottom = min(ink.shape[0], max(y1, y2) + _FIT_BAND + 3)
    ys, xs = np.nonzero(ink[top:bottom, x1:x2 + 1])
    if xs.size < 20:
        return None
    xs, ys = xs + x1, ys + top
    expected = y1 + (xs - x1) * ((y2 - y1) / max(x2 - x1, 1))
    near = np.abs(ys - expected) <= _FIT_BAND
    if near.sum() < 20:
        return None
    slope = np.polyfit(xs[near].astype(float), ys[near].astype(float), 1)[0]
    angle = float(np.degrees(np.arctan(slope)))
    return angle if abs(angle) <= _MAX_SKEW else None


def _text_skew(ink: np.ndarray) -> float | None:
    """Without ruling lines: the angle of the smallest rectangle around the smeared text."""
    smeared = cv2.dilate(ink, cv2.getStructuringElement(cv2.MORPH_RECT, (25, 3)))
    contours, _ = cv2.findContours(smeared, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    angles = []
    for contour in contours:
        (_, _), (w, h), angle = cv2.minAreaRect(contour)
        if max(w, h) < ink.shape[1] // 6:
            continue
        angle = angle - 90 if w < h else angle  # OpenCV reports (0, 90]: fold to the long side
        if abs(angle) <= _MAX_SKEW:
            angles.append(angle)
    return float(np.median(angles)) if angles else None


def _ink(grey: np.ndarray) -> np.ndarray:
    """255 where the page is dark (Otsu threshold, so faint scans and dark ones both work)."""
    _, ink = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    return ink


# ---------------------------------------------------------------- ruling lines → grids


def find_grids(grey: np.ndarray) -> list[_Grid]:
    ink = _ink(grey)
    height, width = ink.shape
    closed = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8))  # mend JPEG gaps
    horizontal = cv2.morphologyEx(
        closed, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(40, width // 25), 1))
    )
    tall = cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(20, height // 60)))
    vertical = cv2.morphologyEx(closed, cv2.MORPH_OPEN, tall)
    rules = cv2.dilate(horizontal | vertical, np.ones((5, 5), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(rules)
    grids = []
    for label in range(1, count):
        x, y, w, h, _ = stats[label]
        if w < width // 5 or h < 30:
            continue
        grid = _grid_in(horizontal, vertical, x, y, x + w, y + h)
        if grid is not None:
            grids.append(grid)
    return sorted(grids, key=lambda g: (g.y0, g.x0))


def _grid_in(horizontal: np.ndarray, vertical: np.ndarray, x0: int, y0: int, x1: int,
             y1: int) -> _Grid | None:
    region_h = horizontal[y0:y1, x0:x1]
    ys = [y0 + y for y in _peaks(region_h.sum(axis=1) / 255, 0.5 * (x1 - x0))]
    if len(ys) < 2:
        return None
    shortest_row = min(b - a for a, b in itertools.pairwise(ys))
    region_v = vertical[y0:y1, x0:x1]
    xs = [x0 + x for x in _peaks(region_v.sum(axis=0) / 255, 0.6 * shortest_row)]
    if len(xs) < 2:
        return None
    grid = _Grid(x0, y0, x1, y1, ys, xs)
    for r in range(len(ys) - 1):
        start = 0
        for c in range(len(xs) - 1):
            if c and _has_rule(vertical, xs[c], ys[r], ys[r + 1]):
                start = c
            grid.starts[(r, c)] = start
    return grid


def _peaks(profile: np.ndarray, minimum: float) -> list[int]:
    """Centres of the runs of positions whose profile reaches ``minimum`` (a rule's width)."""
    above = np.flatnonzero(profile >= minimum)
    if above.size == 0:
        return []
    runs = np.split(above, np.flatnonzero(np.diff(above) > 3) + 1)
    return [int(run.mean()) for run in runs]


def _has_rule(vertical: np.ndarray, x: int, top: int, bottom: int) -> bool:
    margin = max(2, (bottom - top) // 6)
    band = vertical[top + margin:bottom - margin, max(0, x - 3):x + 4]
    return band.size > 0 and float((band.max(axis=1) > 0).mean()) > 0.5


# ---------------------------------------------------------------- words → cells


def layout_page(grey: np.ndarray, words: list[Word], page: int, first_index: int) -> PageLayout:
    """Raw tables (numbered from ``first_index``) and running text of one deskewed page."""
    grids = find_grids(grey)
    placed: set[int] = set()
    tables = []
    for grid in grids:
        filled = _fill(grid, words, placed)
        rows, scores, cells = filled.rows, filled.scores, filled.boxes
        table = RawTable(
            rows=rows,
            locations=[RowLocation(row=r + 1, page=page) for r in range(len(rows))],
            table_index=first_index + len(tables),
            page=page,
            title=_title_above(words, grid),
            whole_page=looks_like_form(rows),
            scores=scores,
            ocr_raw=filled.repaired,
        )
        _mark_signatures(table, grey, cells, words)
        tables.append(table)
    _loose_signatures(grey, words, placed, tables)
    loose = [word for index, word in enumerate(words) if index not in placed]
    return PageLayout(tables=tables, text="\n".join(_lines(loose)))


_Box = tuple[int, int, int, int]


@dataclass
class _Filled:
    """A grid's cell texts (None for the continuation of a merged cell), lowest OCR scores,
    cell boxes, and the text as read of every cell parsers/ocr_repair.py repaired."""

    rows: list[list[CellValue]]
    scores: dict[tuple[int, int], float]
    boxes: dict[tuple[int, int], _Box]
    repaired: dict[tuple[int, int], str]


def _fill(grid: _Grid, words: list[Word], placed: set[int]) -> _Filled:
    """Words put into the grid's cells (see ``_Filled``)."""
    inside: dict[tuple[int, int], list[Word]] = {}
    for index, word in enumerate(words):
        cell = _cell_of(grid, *word.centre)
        if cell is not None:
            inside.setdefault(cell, []).append(word)
            placed.add(index)
    rows: list[list[CellValue]] = []
    scores: dict[tuple[int, int], float] = {}
    boxes: dict[tuple[int, int], _Box] = {}
    repaired: dict[tuple[int, int], str] = {}
    for r in range(len(grid.ys) - 1):
        row: list[CellValue] = []
        for c in range(len(grid.xs) - 1):
            if grid.starts[(r, c)] != c:
                row.append(None)
                continue
            found = inside.get((r, c), [])
            read = _cell_text(found)
            row.append(clean_ocr_text(read) if found else read)
            if row[-1] != read:  # keep what OCR read: the evidence behind the repaired value
                repaired[(r, c)] = read
            if found:
                scores[(r, c)] = min(word.score for word in found)
            boxes[(r, c)] = (grid.xs[c], grid.ys[r], grid.xs[_span_end(grid, r, c)], grid.ys[r + 1])
        rows.append(row)
    return _Filled(rows, scores, boxes, repaired)


def _span_end(grid: _Grid, r: int, c: int) -> int:
    end = c + 1
    while end < len(grid.xs) - 1 and grid.starts[(r, end)] == c:
        end += 1
    return end


def _cell_of(grid: _Grid, x: float, y: float) -> tuple[int, int] | None:
    if not (grid.xs[0] <= x <= grid.xs[-1] and grid.ys[0] <= y <= grid.ys[-1]):
        return None
    r = max(0, int(np.searchsorted(grid.ys, y)) - 1)
    c = max(0, int(np.searchsorted(grid.xs, x)) - 1)
    r, c = min(r, len(grid.ys) - 2), min(c, len(grid.xs) - 2)
    return r, grid.starts[(r, c)]


def _cell_text(words: list[Word]) -> str:
    """Lines top to bottom joined without a space (Chinese wraps mid-phrase), pieces of one
    line left to right with one."""
    return "".join(_lines(words)) if words else ""


def _lines(words: list[Word]) -> list[str]:
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.centre[1]):
        if lines and abs(lines[-1][-1].centre[1] - word.centre[1]) < word.height / 2:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [" ".join(_closest_label(w.text.strip()) for w in sorted(line, key=lambda w: w.x0))
            for line in lines]


def clean_ocr_text(text: str) -> str:
    """What a cell's OCR text becomes: a misread label mended, certain slips in values
    repaired (parsers/ocr_repair.py: a date glued to its time, O read for 0, a stray full
    stop after an id)."""
    return repair_cell(_closest_label(text.strip()))


def _closest_label(text: str) -> str:
    """上内时间 → 上门时间, 上时间 → 上门时间: one character off a known label.

    A misread label loses its whole field, so labels are matched with one edit: a changed
    character for labels of four or more characters, a dropped or extra one for labels of
    three or more. Shorter labels (姓名, 电话) are one edit away from ordinary words, and so
    is any two-character text: 满意 is a survey answer, not 满意度 with a character lost, and
    王丽 is a name (decision 115) — a misread two-character label costs a field, a value
    "corrected" into a label would silently change the record.
    """
    if len(text) < _MIN_FUZZY_TEXT or is_known_label(text) or any(ch.isdigit() for ch in text):
        return text
    for size in (len(text), len(text) + 1, len(text) - 1):
        for synonym in _LABELS_BY_LENGTH.get(size, ()):
            if (size != len(text) or size >= _MIN_FUZZY_LABEL) and _one_edit(text, synonym):
                return synonym
    return text


def _one_edit(a: str, b: str) -> bool:
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


_LABELS_BY_LENGTH: dict[int, list[str]] = {}
for _fields in SYNONYMS.values():
    for _synonyms in _fields.values():
        for _synonym in _synonyms:
            if len(_synonym) >= _MIN_FUZZY_LABEL - 1:
                _LABELS_BY_LENGTH.setdefault(len(_synonym), []).append(_synonym)


def _title_above(words: list[Word], grid: _Grid) -> str:
    above = [w for w in words if w.y1 <= grid.y0 + 2 and grid.y0 - w.y1 < 200]
    lines = _lines(above)
    return lines[-1] if lines else ""


# ---------------------------------------------------------------- signatures


def _mark_signatures(
    table: RawTable, grey: np.ndarray, boxes: dict[tuple[int, int], _Box], words: list[Word]
) -> None:
    """Put an ink fingerprint into every signature value cell that holds a drawn signature."""
    for (r, c), _ in list(boxes.items()):
        label = table.rows[r][c]
        found = match_header(label, RecordKind.WORK_ORDER)
        if found is None or found[0] != "signature":
            continue
        value_cell = next(
            ((r, j) for j in range(c + 1, len(table.rows[r])) if table.rows[r][j] is not None),
            None,
        )
        if value_cell is None or value_cell not in boxes:
            continue
        _drop_printed_text(table, value_cell, boxes[value_cell], words)
        crop = ink_crop(grey, boxes[value_cell], words)
        if crop is None:
            continue
        fingerprint = fingerprint_image(Image.fromarray(crop))
        if fingerprint:
            table.images.setdefault(value_cell, []).append(fingerprint)
            # A scribble read as letters is not the customer's name: the ink is the evidence.
            table.rows[value_cell[0]][value_cell[1]] = ""
            table.scores.pop(value_cell, None)


_LOOSE_REACH = 6.0  # label heights right of a signature label outside the grid: its ink
_LOOSE_RISE = 0.25  # label heights above and below it (not up to the grid's last rule)


def _loose_signatures(
    grey: np.ndarray, words: list[Word], placed: set[int], tables: list[RawTable]
) -> None:
    """A signature label outside every ruled cell (a borderless box under the form's grid):
    the ink to its right, up to the next word on its line, is the signature. The label joins
    the page's form as a row of its own, the fingerprint on the label's cell."""
    form = next((table for table in tables if table.whole_page), None)
    if form is None:
        return
    for index, word in enumerate(words):
        label = word.text.strip().rstrip(":：")
        found = match_header(label, RecordKind.WORK_ORDER) if index not in placed else None
        if found is None or found[0] != "signature":
            continue
        width = max(len(row) for row in form.rows)
        form.rows.append([label] + [None] * (width - 1))
        form.locations.append(RowLocation(row=len(form.rows), page=form.page))
        box = _right_of(word, words)
        crop = ink_crop(_without_rules(grey, box), box, words)
        fingerprint = fingerprint_image(Image.fromarray(crop)) if crop is not None else None
        if fingerprint:
            form.images[(len(form.rows) - 1, 0)] = [fingerprint]
        placed.add(index)


_RULE_SHARE = 0.6  # a pixel row this dark across the box is a ruling line, not a stroke
_RULE_EDGE = 3  # pixel rows either side of a rule that are its blurred edge


def _without_rules(grey: np.ndarray, box: _Box) -> np.ndarray:
    """The page with ruling lines crossing ``box`` whitened there: a borderless box right
    under a grid has the grid's last rule along its top, which is no signature."""
    x0, y0, x1, y1 = max(box[0], 0), max(box[1], 0), box[2], box[3]
    part = grey[y0:y1, x0:x1]
    if part.size == 0:
        return grey
    rules = (part < 128).mean(axis=1) > _RULE_SHARE
    if not rules.any():
        return grey
    # the rule's soft edges (scanner blur) go with it
    rules = np.convolve(rules.astype(int), np.ones(2 * _RULE_EDGE + 1), mode="same") > 0
    cleaned = grey.copy()
    cleaned[y0:y1, x0:x1][rules] = 255
    return cleaned


def _right_of(label: Word, words: list[Word]) -> _Box:
    """The box right of a label up to the next word on its line (or a few label heights)."""
    same_line = [w.x0 for w in words if w.x0 > label.x1 and abs(w.centre[1] - label.centre[1])
                 < label.height]
    right = min([*same_line, label.x1 + _LOOSE_REACH * label.height])
    rise = _LOOSE_RISE * label.height
    return int(label.x1) + 2, int(label.y0 - rise), int(right) - 2, int(label.y1 + rise)


def ink_crop(grey: np.ndarray, box: _Box, words: list[Word]) -> np.ndarray | None:
    """The cell as scanned, printed words blanked (None when it holds no signature's worth of
    ink). The grey crop, not a thresholded one: a threshold breaks a thin scanned stroke
    differently on every copy, and the fingerprint (parsers/images.py) weighs ink softly."""
    share, crop = signature_ink(grey, box, words)
    return crop if share >= MIN_SIGNATURE_INK else None


def signature_ink(grey: np.ndarray, box: _Box, words: list[Word]) -> tuple[float, np.ndarray]:
    """(share of the cell that is stroke ink, the cell's grey crop) of one signature cell.

    Ruling lines are cut off by a margin; "未签" and other written placeholders are blanked
    first, since writing "not signed" is the opposite of a signature, and so are printed
    labels and dates (日期：2026-10-01 beside the signature is not part of it).
    """
    x0, y0, x1, y1 = box
    x0, y0, x1, y1 = x0 + _CELL_MARGIN, y0 + _CELL_MARGIN, x1 - _CELL_MARGIN, y1 - _CELL_MARGIN
    if x1 <= x0 or y1 <= y0:
        return 0.0, np.zeros((0, 0), np.uint8)
    crop = grey[y0:y1, x0:x1].copy()
    for word in words:
        cx, cy = word.centre
        if x0 <= cx <= x1 and y0 <= cy <= y1 and _printed(word.text):
            crop[max(0, int(word.y0) - y0 - 2):int(word.y1) - y0 + 2,
                 max(0, int(word.x0) - x0 - 2):int(word.x1) - x0 + 2] = 255
    strokes = _strokes(crop)
    share = float((strokes > 0).mean()) if strokes.size else 0.0
    return share, crop


def _printed(text: str) -> bool:
    """A word in a signature cell that is print, not a hand: a placeholder, label or date."""
    return text.strip() in _NOT_SIGNED or _label_or_date(text)


def _label_or_date(text: str) -> bool:
    text = text.strip()
    if is_known_label(text.rstrip(":：")):
        return True
    rest = _DATE_LABEL.sub("", text)
    return bool(_DATE_ONLY.match(rest)) and (rest != "" or text != "")


def _drop_printed_text(table: RawTable, cell: tuple[int, int], box: _Box,
                       words: list[Word]) -> None:
    """A signature cell whose only words are a label or a date holds no signature in words:
    the date line printed beside the signature is not the customer's name (issue 12)."""
    x0, y0, x1, y1 = box
    inside = [w.text for w in words if x0 <= w.centre[0] <= x1 and y0 <= w.centre[1] <= y1]
    if inside and all(_label_or_date(text) for text in inside):
        table.rows[cell[0]][cell[1]] = ""
        table.scores.pop(cell, None)


def _strokes(crop: np.ndarray) -> np.ndarray:
    """Ink pixels in connected pieces of at least a stroke's size."""
    if crop.size == 0:
        return crop
    _, ink = cv2.threshold(crop, 150, 255, cv2.THRESH_BINARY_INV)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    keep = np.zeros(count, dtype=bool)
    keep[1:] = stats[1:, cv2.CC_STAT_AREA] >= _MIN_STROKE_PIXELS
    return np.where(keep[labels], 255, 0).astype(np.uint8)


def read_scanned_page(grey: np.ndarray, page: int, first_index: int) -> PageLayout:
    """Even the light, deskew, OCR and lay out one page image (grey, about 150 dpi)."""
    level = deskew(even_light(grey))
    return layout_page(level, read_words(level), page, first_index)


# ---------------------------------------------------------------- low-confidence fields

# OCR confidence under which a field is reported for checking by eye (OCR_LOW_CONFIDENCE).
# On the generated scans (bench/ocr.md) no field scored under 0.95, and the few misreads
# (门 read as 内) came with high confidence: the flag is a hint, not a misread detector.
LOW_CONFIDENCE = 0.8


def mark_low_confidence(
    doc: RawDocument, extracted: ExtractedFile, threshold: float = LOW_CONFIDENCE
) -> None:
    """Give each record read by OCR its reading notes: ``_ocr_low_fields``, its canonical
    fields whose cell was read with a confidence under ``threshold`` (rather than guess, the
    report asks a person), and ``_ocr_raw``, field → the text as OCR read it, for every field
    parsers/ocr_repair.py repaired (the evidence behind a repaired value)."""
    for table in doc.tables:
        low = {cell for cell, score in table.scores.items() if score < threshold}
        if not low and not table.ocr_raw:
            continue
        for kind_name, records in extracted.records.items():
            kind = RecordKind(kind_name)
            low_by_row = _cell_fields(table, low, kind)
            raw_by_row = _cell_fields(table, set(table.ocr_raw), kind)
            for record in records:
                if not _same_table(doc, table, record):
                    continue
                key = _row_key(table, record)
                fields = set(low_by_row.get(key, {}))
                if fields:
                    known = list(record.get("_ocr_low_fields") or [])
                    record["_ocr_low_fields"] = sorted(set(known) | fields)
                repaired = raw_by_row.get(key, {})
                if repaired:
                    raw = dict(record.get("_ocr_raw") or {})  # type: ignore[call-overload]
                    raw.update({name: table.ocr_raw[cell] for name, cell in repaired.items()})
                    record["_ocr_raw"] = raw


def _same_table(doc: RawDocument, table: RawTable, record: dict[str, object]) -> bool:
    if record.get("_file") != doc.file:
        return False
    if table.whole_page:  # forms are located by their page alone
        return record.get("_page") == table.page and record.get("_table") is None
    return record.get("_table") == table.table_index


def _row_key(table: RawTable, record: dict[str, object]) -> int | None:
    return None if table.whole_page else record.get("_row")  # type: ignore[return-value]


_Cell = tuple[int, int]


def _cell_fields(table: RawTable, cells: set[_Cell], kind: RecordKind
                 ) -> dict[int | None, dict[str, _Cell]]:
    """Row number (None for a whole-page form) → {field: its value cell} for cells in ``cells``."""
    if not cells:
        return {}
    if table.whole_page:
        fields: dict[str, _Cell] = {}
        for r, row in enumerate(table.rows):
            for c, label in enumerate(row):
                found = match_header(label, kind)
                value = next((j for j in range(c + 1, len(row)) if row[j] is not None), None)
                if found is not None and value is not None and (r, value) in cells:
                    fields[found[0]] = (r, value)
        return {None: fields}
    header = next((r for r, row in enumerate(table.rows)
                   if sum(match_header(cell, kind) is not None for cell in row) >= 2), None)
    if header is None:
        return {}
    columns = {c: match_header(cell, kind) for c, cell in enumerate(table.rows[header])}
    by_row: dict[int | None, dict[str, _Cell]] = {}
    for r, c in cells:
        found = columns.get(c)
        if r > header and found is not None:
            by_row.setdefault(table.locations[r].row, {})[found[0]] = (r, c)
    return by_row
