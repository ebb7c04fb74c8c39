"""Speed changes inside readers must not change what they read (issue 7).

Each fast path is compared with the library's own slow path on every sample-package file of
its format: the RawDocuments must be equal, cell for cell and location for location.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.parsers import pdf
from preaudit.parsers.limits import ReadLimits

PACKAGES = Path(__file__).resolve().parents[2] / "sample_data" / "packages"
SAMPLE_PDFS = sorted(p for p in PACKAGES.rglob("*.pdf") if p.read_bytes()[:5] == b"%PDF-")


def test_there_are_sample_pdfs_to_compare() -> None:
    assert len(SAMPLE_PDFS) >= 5


@pytest.mark.parametrize("path", SAMPLE_PDFS, ids=lambda p: p.relative_to(PACKAGES).as_posix())
def test_fast_dedupe_reads_the_same_document(path: Path, monkeypatch) -> None:
    fast = pdf.read(path, path.name, ReadLimits())
    monkeypatch.setattr(pdf, "_dedupe_chars_fast", lambda page: page.dedupe_chars())
    slow = pdf.read(path, path.name, ReadLimits())
    assert fast == slow
    assert fast.tables or fast.full_text.strip()  # something was read, so equality means something


def test_fast_dedupe_still_removes_doubled_chars() -> None:
    """Fake bold: the same glyph drawn twice at (almost) the same spot is kept once."""
    chars = [
        {"upright": True, "text": "工", "fontname": "F", "size": 9, "doctop": 10.0, "x0": 5.0},
        {"upright": True, "text": "工", "fontname": "F", "size": 9, "doctop": 10.2, "x0": 5.3},
        {"upright": True, "text": "单", "fontname": "F", "size": 9, "doctop": 10.0, "x0": 14.0},
    ]
    from pdfplumber.utils import dedupe_chars

    kept = dedupe_chars(pdf._IndexedChars(chars))
    assert [c["text"] for c in kept] == ["工", "单"]
    assert kept[0] is chars[0]
