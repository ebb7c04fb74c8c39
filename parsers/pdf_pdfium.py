"""A PDF page read with pdfium (pypdfium2), in the shape pdfplumber gives it.

pdfplumber's cost is pdfminer's interpreter and layout pass; everything the readers use after
it (``find_tables``, ``extract_text``, ``extract_words``, ``crop``, ``dedupe_chars``) are pure
functions over the page's object dicts. So this module reads those dicts from pdfium instead —
characters with their boxes and size, painted paths as pdfminer classifies them (lines,
rectangles, curves), images with their bounds — and hands them to an ordinary pdfplumber
``Page`` whose parse step is already done. Table finding is not re-written: it runs unchanged.

Coordinates: pdfium's are PDF user space (origin bottom left); pdfplumber's are top-down from
the MediaBox top. Both are converted once, here (``top = height - y``).

What pdfium cannot give the way pdfminer does is refused with ``NotReadable``, and the caller
reads that page with pdfplumber instead: a rotated page (pdfplumber rotates its coordinates),
text pdfium cannot map to Unicode (pdfminer would show ``(cid:N)``), and text pdfium left out
because the system font standing in for a font the PDF does not embed has no glyph for it.

Nothing here may depend on the fonts installed on the machine (decision 264): every number of
a character is the PDF's own (pen position, /W widths, the descriptor's descent, the matrix),
never a glyph box of the substitute font pdfium draws a non-embedded font with.
"""

from __future__ import annotations

import ctypes
import math
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache

import pypdfium2 as pdfium
import pypdfium2.raw as fpdf
from pdfplumber.page import Page

from preaudit.parsers.images import fingerprint_encoded, fingerprint_raw

Matrix = tuple[float, float, float, float, float, float]
TextPageHandle = object  # pdfium's FPDF_TEXTPAGE (PdfTextPage.raw)
Point = tuple[float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_MAX_FORM_DEPTH = 16  # form XObjects nested deeper than this are not walked (hostile input)
_ANCHORED = 0.01  # points: a loose box starting this near the pen position is the advance box
_MIN_SPACE = 0.5  # points: a narrower gap holds no space glyph
_EMPTY_WIDTH = 0.01  # points: pdfium's text page skips a text object narrower than this
# pdfium's "no Unicode for this glyph"; it also hands a bare character code over as a
# control character (U+0001 for code 1), where pdfminer shows (cid:1)
_UNMAPPED = {0xFFFD, 0xFFFE, 0xFFFF}
# ... as one set of characters with the control characters (Unicode category Cc), tested
# for every character of every page
_NO_UNICODE = frozenset(chr(code) for code in (*_UNMAPPED, *range(0x20), *range(0x7F, 0xA0)))
_COLOR_SPACES = {
    fpdf.FPDF_COLORSPACE_DEVICEGRAY: ("DeviceGray", 1),
    fpdf.FPDF_COLORSPACE_DEVICERGB: ("DeviceRGB", 3),
    fpdf.FPDF_COLORSPACE_DEVICECMYK: ("DeviceCMYK", 4),
    fpdf.FPDF_COLORSPACE_ICCBASED: ("ICCBased", 0),
    fpdf.FPDF_COLORSPACE_INDEXED: ("Indexed", 1),
}
# pdfminer leaves these encoded in an image stream's data (pypdfium2's "complex" filters)
_ENCODED_FILTERS = ("DCTDecode", "JPXDecode")


class NotReadable(Exception):
    """pdfium cannot give this page the way pdfplumber would: read it with pdfplumber."""


class PdfiumPage(Page):
    """A pdfplumber ``Page`` whose objects were read by pdfium, not parsed by pdfminer.

    ``__init__`` of pdfplumber's Page reads a pdfminer page object; this one is handed its
    object dicts instead. Derived pages (crop, filter) copy the attributes set here.
    """

    def __init__(self, number: int, bbox: tuple[float, float, float, float],
                 objects: dict[str, list[dict]]) -> None:
        self.pdf = None  # only pdfminer's parse step and annotations use it: neither runs here
        self.root_page = self
        self.page_obj = None
        self.page_number = number
        self.initial_doctop = 0
        self.rotation = 0
        self.mediabox = self.cropbox = self.bbox = bbox
        self.get_textmap = lru_cache()(self._get_textmap)
        self._objects = objects


@contextmanager
def pdfium_page(document: pdfium.PdfDocument, index: int) -> Iterator[PdfiumPage]:
    """Page ``index`` as a pdfplumber page; pdfium's handles live until the block ends
    (image fingerprints are read from them on demand)."""
    page = document[index]
    textpage = None
    try:
        if page.get_rotation() % 360:
            raise NotReadable("rotated page")
        left, bottom, right, top = page.get_bbox()
        height = top - bottom
        textpage = page.get_textpage()
        number = index + 1
        texts: list = []
        objects = _page_objects(page, height, number, texts)
        # the raw handle: the wrapper converts itself on every ctypes call, 3 calls a character
        fonts = _Fonts(textpage.raw)
        objects["char"] = _chars(textpage.raw, height, number, fonts)
        if _left_out_by_substitute(texts, fonts.by_object):
            raise NotReadable("text a substitute font has no glyph for")
        result = PdfiumPage(number, (left, height - top, right, height - bottom), objects)
        try:
            yield result
        finally:
            result.close()
    finally:
        if textpage is not None:
            textpage.close()
        page.close()


# ---------------------------------------------------------------------------- characters


def _chars(textpage: TextPageHandle, height: float, number: int, fonts: _Fonts) -> list[dict]:
    """One dict per character drawn, as pdfminer's LTChar: the box spans the advance width
    and the font size from the font's descent, so word gaps and line grouping match.

    About 1,300 characters a ledger page: the loop keeps its ctypes calls to two a character
    (the text object, the pen position) and asks for pdfium's box only where it is used.
    """
    count = fpdf.FPDFText_CountChars(textpage)
    if count <= 0:
        return []
    texts = _unicode(textpage, count)
    box = fpdf.FS_RECTF()
    x, y = ctypes.c_double(), ctypes.c_double()
    x_ref, y_ref, box_ref = ctypes.byref(x), ctypes.byref(y), ctypes.byref(box)
    get_origin, get_box = fpdf.FPDFText_GetCharOrigin, fpdf.FPDFText_GetLooseCharBox
    by_object, text_object = fonts.by_object, _text_object_address
    chars: list[dict] = []
    space = False  # pdfium put a space since the last character
    for index, text in enumerate(texts):
        if text in " \r\n\x00" and _generated(textpage, index, text):
            space = space or text == " "
            continue
        if text in _NO_UNICODE:
            raise NotReadable("a glyph without Unicode")
        address = text_object(textpage, index)
        font = by_object.get(address) or fonts.new(index, address)
        if font.upright:
            get_origin(textpage, index, x_ref, y_ref)
            width = font.widths.get(text)
            if width is None:
                width = font.width(text)
            if width > 0:
                x0, x1 = x.value, x.value + width
            else:
                get_box(textpage, index, box_ref)
                x0, x1 = _unmeasured_advance(text, box, x.value, font)
            y0 = y.value + font.descent  # pdfminer: the box spans one font size from the descent
            y1 = y0 + font.size
        else:
            get_box(textpage, index, box_ref)
            x0, x1 = min(box.left, box.right), max(box.left, box.right)
            y0, y1 = min(box.bottom, box.top), max(box.bottom, box.top)
        char = _char_dict(text, x0, x1, y0, y1, font, height, number)
        if chars and space:
            chars.extend(_space_between(chars[-1], char))
        chars.append(char)
        space = False
    return chars


def _left_out_by_substitute(texts: list, read: dict[int | None, _Font]) -> bool:
    """Whether pdfium's text page left out a text object of a font the PDF does not embed
    because the object's glyph boxes are empty (``texts``: the page's text objects, ``read``:
    those the text page has characters of).

    pdfium draws a non-embedded font (reportlab's STSong-Light, many exports' SimSun) with a
    system font and takes each glyph's box from it; a text object whose boxes span less than
    0.01 pt it skips as empty. Where the substitute lacks the glyphs (no CJK font installed)
    a one-character object (a cell's last wrapped line, 号 of 保修\n工单\n号) is empty and
    its text is gone, where pdfminer, which reads the PDF's own widths, keeps it. Which
    objects pdfium kept is the only thing here the substitute decides (every number of a kept
    character is the PDF's own), so such a page is read by pdfplumber. An embedded font's
    boxes come from the PDF and are the same on every machine: its objects are not asked.
    """
    if len(read) - (None in read) >= len(texts):  # every text object has characters: the usual
        return False
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    pointer = ctypes.c_void_p.from_buffer  # the handle's address: half ctypes.cast's time
    for handle in texts:
        if pointer(handle).value in read:
            continue
        font = fpdf.FPDFTextObj_GetFont(handle)
        if not font or fpdf.FPDFFont_GetIsEmbedded(font):
            continue
        fpdf.FPDFPageObj_GetBounds(handle, left, bottom, right, top)
        if abs(right.value - left.value) < _EMPTY_WIDTH:
            return True
    return False


def _space_between(before: dict, after: dict) -> list[dict]:
    """The space glyph pdfminer would have between two characters on one line.

    pdfium reports a drawn space glyph as a space it generated, the same as a gap it took for
    a word break; where the gap is one line's and wide enough to hold a glyph, pdfminer's char
    spanned it. Only word splitting looks at it: a blank char is never a cell's text.
    """
    if not (before["upright"] and after["upright"]) or abs(before["y0"] - after["y0"]) > 1:
        return []
    gap = after["x0"] - before["x1"]
    if not _MIN_SPACE <= gap <= before["size"]:  # no space glyph is wider than an em
        return []
    space = dict(before)
    space.update(text=" ", x0=before["x1"], x1=after["x0"], width=after["x0"] - before["x1"])
    return [space]


def _unmeasured_advance(text: str, box: fpdf.FS_RECTF, origin: float,
                        font: _Font) -> tuple[float, float]:
    """(x0, x1) of a character the PDF gives no width (the others advance from the pen
    position over the width the PDF gives the glyph, /W or /Widths, as pdfminer reads it;
    pdfium's loose box takes it from the font program instead: STSong-Light's digits 0.51 em,
    not the 0.46 the PDF says).

    A character pdfium normalised (a Kangxi radical that a font's ToUnicode gave for 工 or 户,
    as Chromium writes them) has no width of its own: an ideograph advances one em, anything
    else keeps pdfium's box.
    """
    left, right = min(box.left, box.right), max(box.left, box.right)
    if abs(left - origin) <= _ANCHORED:
        return left, right
    if unicodedata.east_asian_width(text) in ("W", "F"):
        return origin, origin + font.size
    return origin, max(right, origin)


def _unicode(textpage: TextPageHandle, count: int) -> list[str]:
    """Every character's text in one call (one ctypes call per character otherwise)."""
    buffer = ctypes.create_string_buffer((count + 1) * 2)
    written = fpdf.FPDFText_GetText(textpage, 0, count, ctypes.cast(buffer, ctypes.POINTER(
        ctypes.c_ushort)))
    units = buffer.raw[: max(0, written - 1) * 2]
    text = units.decode("utf-16-le", errors="replace")
    if len(text) == count:
        return list(text)
    # Characters outside the BMP take two UTF-16 units: fall back to one call each.
    return [chr(fpdf.FPDFText_GetUnicode(textpage, i)) for i in range(count)]


def _generated(textpage: TextPageHandle, index: int, text: str) -> bool:
    return text in "\r\n" or bool(fpdf.FPDFText_IsGenerated(textpage, index))


@dataclass
class _Font:
    name: str
    size: float  # as pdfminer's: the font size times the text matrix's vertical scale
    upright: bool
    descent: float  # points below the baseline, at this size (negative)
    handle: object = None  # pdfium's FPDF_FONT, for the widths
    em: float = 0.0  # the font size set in the text, before the matrix
    scale: float = 1.0  # the text matrix's horizontal scale (horizontal scaling included)
    widths: dict[str, float] = field(default_factory=dict)

    def width(self, text: str) -> float:
        """The glyph's advance as the PDF gives it, in points (0: pdfium has none)."""
        known = self.widths.get(text)
        if known is None:
            found = ctypes.c_float(0.0)
            ok = self.handle and fpdf.FPDFFont_GetGlyphWidth(
                self.handle, ord(text), ctypes.c_float(self.em), found)
            known = self.widths[text] = found.value * self.scale if ok else 0.0
        return known


class _Fonts:
    """The font of each text object a character belongs to. One text object has one font,
    size and matrix, so it is read once per object, and objects drawn alike (Chromium writes
    one per glyph) share one _Font and its widths."""

    def __init__(self, textpage: TextPageHandle) -> None:
        self.textpage = textpage
        self.by_object: dict[int | None, _Font] = {}
        self.by_style: dict[tuple, _Font] = {}
        self.matrix = fpdf.FS_MATRIX()
        self.matrix_ref = ctypes.byref(self.matrix)

    def new(self, index: int, address: int | None) -> _Font:
        """The font of text object ``address`` (character ``index``'s), met for the first time."""
        known = self.by_object[address] = self._style(index, address)
        return known

    def _style(self, index: int, address: int | None) -> _Font:
        """The font of a text object not met before (Chromium writes one object a glyph, so
        this runs for most characters of its PDFs: addresses, not pointer objects)."""
        matrix = self.matrix
        fpdf.FPDFText_GetMatrix(self.textpage, index, self.matrix_ref)
        em = float(fpdf.FPDFText_GetFontSize(self.textpage, index))
        font = _font_address(address) if address else None
        key = (font or 0, matrix.a, matrix.b, matrix.c, matrix.d, em)
        known = self.by_style.get(key)
        if known is None:
            handle = ctypes.cast(font, fpdf.FPDF_FONT) if font else None
            known = self.by_style[key] = _new_font(handle, em, matrix)
        return known


def _address(handle: object) -> int:
    return ctypes.cast(handle, ctypes.c_void_p).value or 0


# FPDFText_GetTextObject returning the bare address (an int, None for NULL): a character's
# text object is looked up for every character, and casting each returned pointer cost a
# fifth of building the page.
_text_object_address = ctypes.CFUNCTYPE(
    ctypes.c_void_p, *fpdf.FPDFText_GetTextObject.argtypes
)(_address(fpdf.FPDFText_GetTextObject))
# FPDFTextObj_GetFont from a text object's address to its font's (both ints)
_font_address = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p)(
    _address(fpdf.FPDFTextObj_GetFont))


def _new_font(font: object, em: float, matrix: fpdf.FS_MATRIX) -> _Font:
    scale = math.hypot(matrix.c, matrix.d)  # vertical: the size pdfminer reports
    descent = ctypes.c_float(0.0)
    if font:
        fpdf.FPDFFont_GetDescent(font, ctypes.c_float(em), descent)
    return _Font(_font_name(font), em * scale, matrix.a * matrix.d > 0 and matrix.b * matrix.c <= 0,
                 min(0.0, descent.value) * scale, font, em, math.hypot(matrix.a, matrix.b))


def _font_name(font: object) -> str:
    if not font:
        return ""
    length = fpdf.FPDFFont_GetBaseFontName(font, None, 0)
    buffer = ctypes.create_string_buffer(max(1, length))
    fpdf.FPDFFont_GetBaseFontName(font, buffer, length)
    return buffer.value.decode("utf-8", errors="replace")


def _char_dict(text: str, x0: float, x1: float, y0: float, y1: float, font: _Font,
               height: float, number: int) -> dict:
    top = height - y1
    return {
        "object_type": "char", "page_number": number, "text": text, "fontname": font.name,
        "size": font.size, "upright": font.upright, "x0": x0, "x1": x1, "y0": y0, "y1": y1,
        "top": top, "bottom": height - y0, "doctop": top, "width": x1 - x0, "height": y1 - y0,
    }


# ---------------------------------------------------------------------------- paths, images


def _page_objects(page: pdfium.PdfPage, height: float, number: int,
                  texts: list) -> dict[str, list[dict]]:
    """Paths and images as pdfplumber's dicts; the text objects' handles go to ``texts``."""
    objects: dict[str, list[dict]] = {"line": [], "rect": [], "curve": [], "image": []}
    raw = page.raw  # the wrapper converts itself on every ctypes call
    handles = [fpdf.FPDFPage_GetObject(raw, i) for i in range(fpdf.FPDFPage_CountObjects(raw))]
    _walk(handles, _IDENTITY, 0, _Sink(objects, page, height, number, texts))
    return {kind: found for kind, found in objects.items() if found}


class _Sink:
    """Where walked objects go, with what converting them needs."""

    def __init__(self, objects: dict[str, list[dict]], page: pdfium.PdfPage, height: float,
                 number: int, texts: list) -> None:
        self.objects, self.page, self.height, self.number = objects, page, height, number
        self.texts = texts

    def coord(self, point: Point) -> Point:
        return point[0], self.height - point[1]


# Chromium and Word draw one text object a glyph: 1,800 on a ledger page, each only listed here
_WALKED = frozenset((fpdf.FPDF_PAGEOBJ_PATH, fpdf.FPDF_PAGEOBJ_IMAGE, fpdf.FPDF_PAGEOBJ_FORM))


def _walk(handles: list, outer: Matrix, depth: int, sink: _Sink) -> None:
    """Paths and images, through form XObjects (whose matrix applies to what they hold);
    text objects are only listed (their characters come from the text page)."""
    for handle in handles:
        kind = fpdf.FPDFPageObj_GetType(handle)
        if kind not in _WALKED:  # text and shadings: no matrix needed
            if kind == fpdf.FPDF_PAGEOBJ_TEXT:
                sink.texts.append(handle)
            continue
        matrix = _multiply(_matrix(handle), outer)
        if kind == fpdf.FPDF_PAGEOBJ_PATH:
            _add_path(handle, matrix, sink)
        elif kind == fpdf.FPDF_PAGEOBJ_IMAGE:
            sink.objects["image"].append(_image_dict(handle, matrix, sink))
        elif kind == fpdf.FPDF_PAGEOBJ_FORM and depth < _MAX_FORM_DEPTH:
            inner = [fpdf.FPDFFormObj_GetObject(handle, i)
                     for i in range(fpdf.FPDFFormObj_CountObjects(handle))]
            _walk(inner, matrix, depth + 1, sink)


def _matrix(handle: object) -> Matrix:
    found = fpdf.FS_MATRIX()
    if not fpdf.FPDFPageObj_GetMatrix(handle, found):
        return _IDENTITY
    return (found.a, found.b, found.c, found.d, found.e, found.f)


def _multiply(inner: Matrix, outer: Matrix) -> Matrix:
    """``inner`` then ``outer`` (PDF row-vector convention)."""
    a, b, c, d, e, f = inner
    oa, ob, oc, od, oe, of = outer
    return (a * oa + b * oc, a * ob + b * od, c * oa + d * oc, c * ob + d * od,
            e * oa + f * oc + oe, e * ob + f * od + of)


def _apply(matrix: Matrix, x: float, y: float) -> Point:
    a, b, c, d, e, f = matrix
    return a * x + c * y + e, b * x + d * y + f


def _add_path(handle: object, matrix: Matrix, sink: _Sink) -> None:
    """Each subpath as pdfminer's paint_path classes it: line, rectangle or curve."""
    for shape, points in _subpaths(handle, matrix):
        if shape in ("ml", "mlh"):
            sink.objects["line"].append(_line_dict(points[:2], sink))
        elif shape in ("mlllh", "mllll") and _is_rect(points):
            sink.objects["rect"].append(_box_dict("rect", points, sink))
        else:
            curve = _box_dict("curve", points, sink)
            curve["pts"] = [sink.coord(point) for point in points]
            sink.objects["curve"].append(curve)


def _subpaths(handle: object, matrix: Matrix) -> Iterator[tuple[str, list[Point]]]:
    """(shape, points) per subpath: 'm'/'l'/'c' per segment and 'h' for a close; a Bézier
    counts once, by its end point, like pdfminer's shape string."""
    shape, points = "", []
    bezier_points = 0
    x, y = ctypes.c_float(), ctypes.c_float()
    x_ref, y_ref = ctypes.byref(x), ctypes.byref(y)
    get_segment, segment_type = fpdf.FPDFPath_GetPathSegment, fpdf.FPDFPathSegment_GetType
    get_point, closes = fpdf.FPDFPathSegment_GetPoint, fpdf.FPDFPathSegment_GetClose
    a, b, c, d, e, f = matrix  # _apply, inlined: Chromium draws each cell border as a path
    for index in range(fpdf.FPDFPath_CountSegments(handle)):
        segment = get_segment(handle, index)
        kind = segment_type(segment)
        get_point(segment, x_ref, y_ref)
        px, py = x.value, y.value
        point = (a * px + c * py + e, b * px + d * py + f)
        if kind == fpdf.FPDF_SEGMENT_MOVETO:
            if shape:
                yield _closed(shape, points)
            shape, points = "m", [point]
        elif kind == fpdf.FPDF_SEGMENT_BEZIERTO:
            bezier_points += 1
            if bezier_points % 3 == 0:
                shape += "c"
                points.append(point)
        else:
            shape += "l"
            points.append(point)
        if closes(segment) and shape:
            shape += "h"
            points.append(points[0])
    if shape:
        yield _closed(shape, points)


def _closed(shape: str, points: list[Point]) -> tuple[str, list[Point]]:
    """pdfminer drops a closing line that returns to the start before 'h'."""
    if len(shape) > 3 and shape.endswith("lh") and points[-2] == points[0]:
        return shape[:-2] + "h", points[:-2] + points[-1:]
    return shape, points


def _is_rect(points: list[Point]) -> bool:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3), last = points[:5]
    square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
        y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
    return last == points[0] and square


def _line_dict(points: list[Point], sink: _Sink) -> dict:
    line = _box_dict("line", points, sink)
    line["pts"] = [sink.coord(point) for point in points]
    return line


def _box_dict(kind: str, points: list[Point], sink: _Sink) -> dict:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return _bounds(kind, min(xs), min(ys), max(xs), max(ys), sink)


def _bounds(kind: str, x0: float, y0: float, x1: float, y1: float, sink: _Sink) -> dict:
    top = sink.height - y1
    return {"object_type": kind, "page_number": sink.number, "x0": x0, "x1": x1, "y0": y0,
            "y1": y1, "top": top, "bottom": sink.height - y0, "doctop": top,
            "width": x1 - x0, "height": y1 - y0}


def _image_dict(handle: object, matrix: Matrix, sink: _Sink) -> dict:
    corners = [_apply(matrix, x, y) for x, y in ((0, 0), (1, 0), (0, 1), (1, 1))]
    image = _box_dict("image", corners, sink)
    image["fingerprint"] = _fingerprint_reader(handle, sink.page)
    return image


def _fingerprint_reader(handle: object, page: pdfium.PdfPage) -> Callable[[], str | None]:
    """Reads the picture's fingerprint when asked (only pictures in a form need one), from
    the same bytes pdfminer would hand over: JPEG / JPEG 2000 still encoded, other filters
    undone, raw samples with their size, colour space and bits per component."""

    def fingerprint() -> str | None:
        image = pdfium.PdfImage(handle, page=page)
        filters = image.get_filters()
        if any(name in _ENCODED_FILTERS for name in filters):
            return fingerprint_encoded(bytes(image.get_data(decode_simple=False)))
        data = bytes(image.get_data(decode_simple=True))
        metadata = image.get_metadata()
        space, channels = _COLOR_SPACES.get(metadata.colorspace, ("", 0))
        bits = metadata.bits_per_pixel // channels if channels else 0
        return fingerprint_raw(data, (metadata.width, metadata.height), space, bits)

    return fingerprint
