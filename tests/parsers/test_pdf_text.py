"""parsers/pdf_text.py gives exactly pdfplumber's text: of each page, of each cell of a found
table, and of any set of characters; and the reader's table finder, handed the ruling lines it
joined once, finds pdfplumber's tables.

The reader's records depend on every character of these strings (a space decides a word, a
newline a line), so the comparison is equality, on real PDFs read by pdfplumber's own page
model and on random character sets built to hit the clustering corner cases (tops chained
within the tolerance, steps left, gaps at the tolerance, blanks, ligatures).
"""

from __future__ import annotations

import random
from pathlib import Path

import pdfplumber
import pytest
from pdfplumber.utils import chars_to_textmap, extract_text, extract_words

from preaudit.parsers.pdf import _LinesFinder, _ruling_lines
from preaudit.parsers.pdf_text import chars_text, page_text, page_words, table_text
from sample_data.gen import variants as v
from sample_data.gen.builders import forms_pdf, ledger_pdf, png_bytes

SAMPLES = Path(__file__).resolve().parents[2] / "sample_data" / "packages"
# Scans have no text layer worth comparing, and one sample is damaged on purpose.
SAMPLE_PDFS = sorted(p for p in SAMPLES.rglob("*.pdf") if "scanned" not in p.parts)


def _compare(path: Path) -> tuple[int, int]:
    """(pages, tables) compared in one PDF; asserts each equal to pdfplumber's."""
    pages = tables = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            assert page_text(page) == page.extract_text(), (path.name, page.page_number)
            assert page_words(page, 1.5) == page.extract_words(x_tolerance=1.5), path.name
            found_tables = page.find_tables()
            ours = _LinesFinder(page, _ruling_lines(page)).tables  # edges joined once
            assert [t.cells for t in ours] == [t.cells for t in found_tables], path.name
            for found in found_tables:
                assert table_text(found) == found.extract(), (path.name, page.page_number)
                tables += 1
            pages += 1
            page.close()
    return pages, tables


def _readable(path: Path) -> bool:
    try:
        pdfplumber.open(path).close()
    except Exception:
        return False
    return True


def test_sample_and_variant_pdfs_give_pdfplumbers_text(tmp_path):
    variants = [tmp_path / variant.file for variant in v.build_variants(tmp_path)
                if variant.file.endswith(".pdf")]
    made = [ledger_pdf(tmp_path / "ledger.pdf", rows=60, repeat_header=True),
            forms_pdf(tmp_path / "forms.pdf", 3, signature_png=png_bytes())]
    totals = [_compare(path) for path in [*SAMPLE_PDFS, *variants, *made] if _readable(path)]
    assert sum(pages for pages, _ in totals) >= 30
    assert sum(tables for _, tables in totals) >= 40  # not a comparison of empty results


def _random_chars(rng: random.Random) -> list[dict]:
    base = rng.uniform(0, 50)
    chars = []
    for index in range(rng.randint(1, 25)):
        # tops equal, jittered, chained just under / at / over the 3-point tolerance, far off
        top = base + rng.choice([0, 0, 0, rng.uniform(-4, 4), rng.uniform(0, 12), 2.9, 3.0, 3.1])
        # mostly advancing left to right with gaps around the tolerance, sometimes anywhere
        x0 = rng.uniform(0, 60) if rng.random() < 0.3 else index * 5 + rng.choice(
            [0, 0, 1, 3, 3.5, -1])
        width = rng.choice([4, 5, 2.5])
        chars.append({"text": rng.choice("ab工户 ﬁ1。,"), "top": top, "bottom": top + 10,
                      "doctop": top, "x0": x0, "x1": x0 + width, "upright": True,
                      "size": 10, "height": 10, "width": width})
    return chars


def test_random_characters_give_pdfplumbers_text():
    rng = random.Random(20261204)
    multi_line = 0
    for _ in range(3000):
        chars = _random_chars(rng)
        expected = extract_text(chars)
        assert chars_text(chars) == expected, chars
        assert page_text(_CharsOnly(chars)) == chars_to_textmap(chars).as_string, chars
        for tolerance in (1.5, 3):
            assert page_words(_CharsOnly(chars), tolerance) == extract_words(
                chars, x_tolerance=tolerance), chars
        multi_line += "\n" in expected
    assert multi_line > 300  # the line clustering was exercised, not only single lines


@pytest.mark.parametrize("change", [{"upright": False}, {"text": ""}])
def test_rotated_or_empty_glyphs_are_left_to_pdfplumber(change):
    chars = _random_chars(random.Random(3))
    chars[0].update(change)
    assert chars_text(chars) == extract_text(chars)
    assert page_words(_Page(chars), 1.5) == extract_words(chars, x_tolerance=1.5)


class _CharsOnly:
    """A page with only characters: what page_text and page_words read."""

    def __init__(self, chars: list[dict]) -> None:
        self.chars = chars


class _Page(_CharsOnly):
    """A page whose own word reader is pdfplumber's, for the fallback."""

    def extract_words(self, **settings: object) -> list[dict]:
        return extract_words(self.chars, **settings)


def test_glyphs_without_unicode_are_pdfiums_replacements_and_the_control_characters():
    """The pdfium reader hands a page to pdfplumber on these; the set stands for a category
    test it replaced, so it must be exactly that category."""
    import sys
    import unicodedata

    from preaudit.parsers.pdf_pdfium import _NO_UNICODE

    control = {chr(code) for code in range(sys.maxunicode + 1)
               if unicodedata.category(chr(code)) == "Cc"}
    assert control | {"\ufffd", "\ufffe", "\uffff"} == _NO_UNICODE
    assert "工" not in _NO_UNICODE and " " not in _NO_UNICODE
