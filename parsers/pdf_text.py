"""Text of a page, of each cell of a found table, and a page's words: pdfplumber's, built faster.

pdfplumber is the reference for how characters become text (decision 105), but its general
code is most of a ledger page's parse time: ``Table.extract()`` tests every character of the
page against every row, then every row's characters against every cell (2 million box tests
on a 25-row page of 1,300 characters), and ``extract_text`` builds a word dict and a
(letter, char) tuple for every character.

Here, for upright text (everything but rotated pages):
- a row takes its characters by bisection on their vertical middle, a cell its row's by
  bisection on their horizontal middle; the test is pdfplumber's ``char_in_bbox`` and
  characters keep page order, so every cell gets the same characters;
- words follow ``WordExtractor``'s rule (lines clustered by top, sorted by x0; a blank
  character ends a word, as does a step left, a gap over the x tolerance or a jump over the
  y tolerance), and lines of words are clustered as ``extract_text`` (cells) and
  ``chars_to_textmap`` (pages) cluster them, with pdfplumber's own ``cluster_objects``; a
  page's words are ``extract_words``' dicts.
Anything else goes to pdfplumber itself. tests/parsers/test_pdf_text.py holds every result
equal to pdfplumber's on every PDF of the sample data, the bench bundles, the layouts corpus
and on random character sets.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from operator import itemgetter

from pdfplumber.table import Table
from pdfplumber.utils import cluster_objects, extract_text
from pdfplumber.utils.text import DEFAULT_X_TOLERANCE, DEFAULT_Y_TOLERANCE, LIGATURES

Box = tuple[float, float, float, float]
Word = tuple[float, str]  # (top, text)

_TOP = itemgetter("top")
_BOTTOM = itemgetter("bottom")
_X0 = itemgetter("x0")
_X1 = itemgetter("x1")
_TEXT = itemgetter("text")
_LIGATURE_GLYPHS = frozenset(LIGATURES)
_WORD_TOP = itemgetter(0)


def table_text(table: Table) -> list[list[str | None]]:
    """``table.extract()``: each row's cells' text, None where the grid has no cell."""
    page_chars = _Band(table.page.chars, across=False)
    rows: list[list[str | None]] = []
    for row in table.rows:
        row_chars = _Band(page_chars.within(row.bbox), across=True)
        rows.append([None if cell is None else chars_text(row_chars.within(cell))
                     for cell in row.cells])
    return rows


def chars_text(chars: list[dict]) -> str:
    """``pdfplumber.utils.extract_text(chars)`` with default settings."""
    words = _words(chars)
    if words is None:
        return extract_text(chars)
    return _joined(_lines(words, _WORD_TOP))


def page_text(page: object) -> str:
    """``page.extract_text()`` with default settings (pdfplumber's page text)."""
    words = _words(page.chars)
    if words is None:
        return page.extract_text() or ""
    # chars_to_textmap passes presorted=True: word lines stay in the order words came
    return _joined(_lines(words, _WORD_TOP, preserve_order=True))


def _lines(objects: list, top: Callable[[object], float],
           preserve_order: bool = False) -> list[list]:
    """``cluster_objects(objects, top, y tolerance)``; objects whose tops all lie within the
    tolerance are one line in their own order, which is what it returns for them (most
    cells), without its sets and sorts."""
    if not objects:
        return []
    tops = [top(item) for item in objects]
    # cluster_list's own comparison (x <= last + tolerance), so float rounding agrees too
    if max(tops) <= min(tops) + DEFAULT_Y_TOLERANCE:
        return [list(objects)]
    return cluster_objects(objects, top, DEFAULT_Y_TOLERANCE, preserve_order=preserve_order)


def _joined(lines: list[list[Word]]) -> str:
    return "\n".join(" ".join(text for _, text in line) for line in lines)


class _Band:
    """Characters indexed by their middle on one axis (vertical: down the page; ``across``:
    along a line), to take those in a box by bisection on that axis and a test on the other.

    pdfplumber's ``char_in_bbox``: a character is in a box when its middle is, the right and
    bottom edges excluded; the middles are computed as it computes them.
    """

    def __init__(self, chars: Sequence[dict], across: bool) -> None:
        self.chars = chars
        self.across = across
        vertical = [(char["top"] + char["bottom"]) / 2 for char in chars]
        horizontal = [(char["x0"] + char["x1"]) / 2 for char in chars]
        along, self.other = (horizontal, vertical) if across else (vertical, horizontal)
        self.order = sorted(range(len(chars)), key=along.__getitem__)
        self.along = [along[i] for i in self.order]

    def within(self, box: Box) -> list[dict]:
        """The characters with their middle in ``box``, in the order given."""
        x0, top, x1, bottom = box
        low, high, other_low, other_high = (x0, x1, top, bottom) if self.across else (
            top, bottom, x0, x1)
        start = bisect_left(self.along, low)
        stop = bisect_left(self.along, high, lo=start)
        other = self.other
        picked = sorted(i for i in self.order[start:stop] if other_low <= other[i] < other_high)
        return [self.chars[i] for i in picked]


def _words(chars: list[dict]) -> list[Word] | None:
    """(top, text) of each word as pdfplumber's ``WordExtractor`` makes them, in its order;
    None when a character is rotated or empty (its other branches)."""
    groups = _word_chars(chars, DEFAULT_X_TOLERANCE)
    if groups is None:
        return None
    return [(min(map(_TOP, group)), _text(group)) for group in groups]


def page_words(page: object, x_tolerance: float) -> list[dict]:
    """``page.extract_words(x_tolerance=x_tolerance)``: pdfplumber's word dicts."""
    groups = _word_chars(page.chars, x_tolerance)
    if groups is None:
        return page.extract_words(x_tolerance=x_tolerance)
    return [_word_dict(group) for group in groups]


def _word_dict(group: list[dict]) -> dict:
    """``WordExtractor.merge_chars`` for upright characters."""
    x0, top = min(map(_X0, group)), min(map(_TOP, group))
    x1, bottom = max(map(_X1, group)), max(map(_BOTTOM, group))
    first = group[0]
    return {"text": _text(group), "x0": x0, "x1": x1, "top": top,
            "doctop": top + (first["doctop"] - first["top"]), "bottom": bottom,
            "upright": first["upright"], "height": bottom - top, "width": x1 - x0,
            "direction": "ltr"}


def _text(group: list[dict]) -> str:
    """The word's letters, ligatures (ﬁ, ﬀ …) spelt out as ``merge_chars`` spells them."""
    texts = list(map(_TEXT, group))
    if _LIGATURE_GLYPHS.isdisjoint(texts):
        return "".join(texts)
    return "".join(LIGATURES.get(text, text) for text in texts)


def _word_chars(chars: list[dict], x_tolerance: float) -> list[list[dict]] | None:
    """The characters of each word as ``WordExtractor`` groups them, in its order: lines
    clustered by top, each sorted by x0; a blank character ends a word and is dropped, as
    does a step left, a gap over ``x_tolerance`` or a jump over the y tolerance. None when a
    character is rotated or empty (its other branches)."""
    if not all(char["upright"] and char["text"] for char in chars):
        return None
    words: list[list[dict]] = []
    for line in _lines(chars, _TOP):
        word: list[dict] = []
        for char in sorted(line, key=_X0):
            if char["text"].isspace():
                if word:
                    words.append(word)
                word = []
                continue
            if word and _begins_word(word[-1], char, x_tolerance):
                words.append(word)
                word = []
            word.append(char)
        if word:
            words.append(word)
    return words


def _begins_word(last: dict, char: dict, x_tolerance: float) -> bool:
    """``WordExtractor.char_begins_new_word`` for left-to-right upright text."""
    return (char["x0"] < last["x0"] or char["x0"] > last["x1"] + x_tolerance
            or abs(char["top"] - last["top"]) > DEFAULT_Y_TOLERANCE)
