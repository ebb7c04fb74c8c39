"""report.pdf: the HTML report printed to A4 by headless Chromium.

Chromium rather than WeasyPrint (measured on the defects report, 2-core machine: Chromium
1.2–1.5 s, WeasyPrint 1.6 s, same 7 pages, both with Noto CJK): Chromium is already needed for
the browser tests, it is one Debian package with no Python dependencies, it prints exactly what
the screenshot shows, and it honours the print CSS WeasyPrint ignores. The page printed is the
same HTML with every folded evidence list opened, since nobody can click on paper.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from preaudit.model.report import Report
from preaudit.reports._files import write_private
from preaudit.reports.html import render_html

CANDIDATES = ("chromium", "chromium-browser", "google-chrome")
TIMEOUT_S = 120
FLAGS = (
    "--headless",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-pdf-header-footer",
)


class PdfError(RuntimeError):
    """report.pdf could not be written; the message says why and what to install."""


def find_renderer() -> str | None:
    """The Chromium executable: $PREAUDIT_CHROMIUM, else the first on PATH."""
    override = os.environ.get("PREAUDIT_CHROMIUM")
    if override:
        return override if Path(override).is_file() else None
    return next((path for name in CANDIDATES if (path := shutil.which(name))), None)


def cjk_font_installed() -> bool:
    """Whether fontconfig, which Chromium draws its fonts through, knows a Chinese font (true
    where fc-list cannot tell). Without one Chromium prints every Chinese character blank and
    exits 0: a report.pdf that looks written and says nothing. Reading a PDF never needs one
    (decision 264)."""
    if shutil.which("fc-list") is None:
        return True
    try:
        listed = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True,
                                text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return True
    return listed.returncode != 0 or bool(listed.stdout.strip())


def write_pdf(report: Report, path: Path, *, mask: bool = True) -> None:
    """Print the report to ``path`` (mode 0600); PdfError when Chromium or a Chinese font is
    missing, or Chromium fails."""
    executable = find_renderer()
    if executable is None:
        raise PdfError(
            "report.pdf needs Chromium, which was not found "
            "(Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk)"
        )
    if not cjk_font_installed():
        raise PdfError(
            "report.pdf needs a Chinese font, and this machine has none: Chromium would print "
            "every Chinese character blank (Debian/Ubuntu: sudo apt-get install fonts-noto-cjk)"
        )
    path = Path(path)
    html = render_html(report, mask=mask, expand=True).encode("utf-8")
    with tempfile.TemporaryDirectory(prefix=".preaudit-pdf-", dir=path.parent) as work:
        page, printed = Path(work) / "report.html", Path(work) / "report.pdf"
        write_private(page, html)
        _print(executable, page, printed, Path(work) / "profile")
        write_private(path, printed.read_bytes())


def _print(executable: str, page: Path, printed: Path, profile: Path) -> None:
    flags = [*FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={printed}"]
    if os.geteuid() == 0:
        flags.append("--no-sandbox")  # Chromium refuses to start as root with its sandbox
    try:
        result = subprocess.run(
            [executable, *flags, page.resolve().as_uri()],
            capture_output=True,
            timeout=TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise PdfError(f"Chromium took more than {TIMEOUT_S} s to print report.pdf") from exc
    except OSError as exc:
        raise PdfError(f"Chromium could not be started: {exc}") from exc
    if result.returncode != 0 or not printed.is_file() or printed.stat().st_size == 0:
        tail = result.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        raise PdfError(f"Chromium could not print report.pdf (exit {result.returncode}) {tail[0]}")


__all__ = ["PdfError", "cjk_font_installed", "find_renderer", "write_pdf"]
