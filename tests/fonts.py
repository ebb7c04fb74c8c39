"""Whether the machine has a CJK font, for tests whose fixture or output is drawn with one:
Chromium embedding Noto CJK or printing the report and the portal, pdfium or pdftoppm
rendering a scan of a PDF that does not embed its font. Reading a PDF never needs one
(decision 264). One definition: the check report.pdf makes before printing."""

from __future__ import annotations

from functools import cache

from preaudit.reports.pdf import cjk_font_installed as _probe


@cache
def cjk_font_installed() -> bool:
    """The probe, asked once per test session."""
    return _probe()
