"""Reading a PDF does not depend on the fonts installed on the machine (decision 264).

pdfium draws a font the PDF does not embed (reportlab's STSong-Light here, SimSun in many
exports) with a system font. On a machine without a CJK font its glyphs have empty boxes, and
pdfium's text page skips a one-glyph text object as empty: a wrapped cell's last line
(保修\\n工单\\n号) was gone, and 112 of the layout corpus's PDFs read differently from a machine
with fonts-noto-cjk. The check runs the reader in a private mount namespace whose font folders
are empty, so it catches a dependence on the machine's fonts on a machine that has them.
"""

from __future__ import annotations

import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from preaudit.parsers import parse_file
from preaudit.parsers.limits import ReadLimits
from preaudit.parsers.pdf_pdfium import NotReadable, pdfium_page
from tests.fonts import cjk_font_installed
from tests.parsers.tables import write_table
from tests.parsers.test_narrow_pdf_columns import HEADER, ROWS

REPO = Path(__file__).resolve().parents[2]
# where pdfium looks for system fonts on Linux (core/fxge/linux/fx_linux_impl.cpp)
FONT_FOLDERS = [Path(p) for p in ("/usr/share/fonts", "/usr/share/X11/fonts/Type1",
                                  "/usr/share/X11/fonts/TTF", "/usr/local/share/fonts")]
# the child: read the PDF with each reader, pickle both outcomes; NotReadable's reason too
CHILD = """
import pickle, sys
from pathlib import Path
import pypdfium2 as pdfium
from preaudit.parsers import parse_file
from preaudit.parsers.limits import ReadLimits
from preaudit.parsers.pdf_pdfium import NotReadable, pdfium_page
path, out = Path(sys.argv[1]), sys.argv[2]
read = [parse_file(path, 'orders.pdf', limits)[1]
        for limits in (ReadLimits(), ReadLimits(pdf_reader='pdfplumber'))]
try:
    with pdfium_page(pdfium.PdfDocument(path), 0):
        refused = ''
except NotReadable as error:
    refused = str(error)
with open(out, 'wb') as sink:
    pickle.dump((read, refused), sink)
"""


def _without_fonts(script: str, *args: str) -> subprocess.CompletedProcess:
    """``script`` run by this Python in a mount namespace where every font folder is empty."""
    empty = Path(args[-1]).parent / "no-fonts"
    empty.mkdir(exist_ok=True)
    mounts = " && ".join(f"mount --bind {empty} {folder}" for folder in FONT_FOLDERS
                         if folder.is_dir())
    return subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "sh", "-c",
         f'{mounts} && exec "$0" -c "$1" "$2" "$3"', sys.executable, script, *args],
        cwd=REPO, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def no_fonts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder to work in, once a namespace with empty font folders is known to work here."""
    root = tmp_path_factory.mktemp("fonts")
    if shutil.which("unshare") is None:
        pytest.skip("no unshare: cannot hide the machine's fonts from a reader")
    probe = _without_fonts("import sys", str(root / "probe"))
    if probe.returncode != 0:
        pytest.skip("unshare/mount not permitted here (needs root or user namespaces): "
                    f"cannot hide the machine's fonts ({probe.stderr.strip()[:120]})")
    return root


def test_a_wrapped_cell_reads_the_same_without_cjk_fonts(no_fonts: Path) -> None:
    path = write_table("pdf", no_fonts / "orders", [HEADER, *ROWS], "售后工单")
    here = parse_file(path, "orders.pdf", ReadLimits())[1]
    out = no_fonts / "read.pickle"
    child = _without_fonts(CHILD, str(path), str(out))
    assert child.returncode == 0, child.stderr[-2000:]
    (without, reference), refused = pickle.loads(out.read_bytes())
    assert without == here  # the same records with fonts and without
    assert without == reference  # ... and pdfplumber's, which never asks the machine's fonts
    assert refused  # the page whose one-glyph lines pdfium left out went to pdfplumber
    assert [r["record_id"] for r in without.records["work_orders"]] == [
        "BX20260905001", "BX20260906002"]


@pytest.mark.skipif(not cjk_font_installed(), reason="no CJK font installed (fonts-noto-cjk)")
def test_a_page_whose_fonts_are_all_there_stays_with_pdfium(tmp_path: Path) -> None:
    """Must not: with a CJK font installed nothing is left out, and pdfium reads the page
    (pdfplumber is 2-3 times slower, bench/pdf_readers.md)."""
    path = write_table("pdf", tmp_path / "orders", [HEADER, *ROWS], "售后工单")
    try:
        with pdfium_page(pdfium.PdfDocument(path), 0) as page:
            assert any(c["text"] == "号" for c in page.chars)
    except NotReadable as error:
        pytest.fail(f"refused: {error}")
