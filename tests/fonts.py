"""Whether the machine has a CJK font, for tests whose fixture or output is drawn with one."""

from __future__ import annotations

import shutil
import subprocess
from functools import cache


@cache
def cjk_font_installed() -> bool:
    """Whether fontconfig knows a Chinese font (true where fc-list cannot tell). Tests whose
    fixture or output is drawn with one need it: Chromium embedding Noto CJK or printing the
    report and the portal, pdfium or pdftoppm rendering a scan of a PDF that does not embed its
    font. Reading a PDF never does (decision 264)."""
    if shutil.which("fc-list") is None:
        return True
    listed = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True)
    return listed.returncode != 0 or bool(listed.stdout.strip())
