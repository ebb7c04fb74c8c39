"""The reference bundle again, with every PDF carrying an embedded font subset.

bundle.py's PDFs use reportlab's STSong-Light CID font, which is *not* embedded: each viewer
(and pdfium) substitutes a system font, and pdfium's text extraction is slower on it than on
what Word, WPS or a ticketing system exports, which embed a subset of a TrueType font. This
bundle has the same files, contents and page layout as bundle.py's, built by the same code,
but with the font name STSong-Light bound to WenQuanYi Zen Hei (TrueType outlines, GPL with
font exception), which reportlab embeds as a subset in every PDF (`pdffonts` says "emb yes,
sub yes"; checked by ``check_embedded``).

The font comes from Debian's fonts-wqy-zenhei package, *unpacked* into bench/.cache/fonts
(`apt-get download` + `dpkg -x`, done here on first use), not installed: installed, fontconfig
would offer it to poppler and Chromium for every other PDF on the machine. Or point
PREAUDIT_BENCH_TTF at any TrueType (glyf) CJK font or collection.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).parent)]

import bundle  # noqa: E402  (bench/ is not a package)

from sample_data.gen import writers  # noqa: E402

FONT_PACKAGE = "fonts-wqy-zenhei"
FONT_FILE = bundle.CACHE / "fonts" / "wqy-zenhei.ttc"


def embedded_bundle(form_pages: int = 200) -> Path:
    """The cached embedded-font bundle (built on first use), like bundle.reference_bundle."""
    root = bundle.CACHE / f"embedded-{bundle.LAYOUT}-{form_pages}p"
    if not (root / ".complete").exists():
        with _font_embedded():
            bundle.build(root, form_pages)
        check_embedded(root)
    return root


@contextmanager
def _font_embedded() -> Iterator[None]:
    """Bind the writers' font name to an embeddable TrueType font for the duration.

    The same name, so the styles and table commands the writers built at import follow it;
    Helvetica too, the font reportlab starts every page in (unembedded otherwise, which no
    Word export has). registerFont keeps a TrueType font's first registration of a name,
    hence the names are dropped from reportlab's registry first and put back after.
    """
    names = (writers.FONT, "Helvetica")
    originals = {name: pdfmetrics.getFont(name) for name in names}
    embedded = TTFont(writers.FONT, str(font_file()), subfontIndex=0)
    try:
        for name in names:
            del pdfmetrics._fonts[name]
        pdfmetrics.registerFont(embedded)
        pdfmetrics._fonts["Helvetica"] = embedded
        yield
    finally:
        pdfmetrics._fonts.update(originals)


def font_file() -> Path:
    chosen = os.environ.get("PREAUDIT_BENCH_TTF")
    if chosen:
        return Path(chosen)
    if not FONT_FILE.exists():
        _unpack_font_package()
    return FONT_FILE


def _unpack_font_package() -> None:
    """Debian's font package, downloaded and unpacked without installing it."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        subprocess.run(["apt-get", "download", FONT_PACKAGE], cwd=work, check=True,
                       capture_output=True)
        (deb,) = work.glob("*.deb")
        subprocess.run(["dpkg", "-x", str(deb), str(work / "root")], check=True)
        (found,) = (work / "root").rglob("wqy-zenhei.ttc")
        FONT_FILE.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(found, FONT_FILE)


def check_embedded(root: Path) -> dict[str, list[str]]:
    """pdffonts of every PDF: each font must be embedded; returns name -> font lines."""
    fonts: dict[str, list[str]] = {}
    for path in sorted(root.rglob("*.pdf")):
        lines = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True,
                               text=True).stdout.splitlines()[2:]
        fonts[path.relative_to(root).as_posix()] = lines
        for line in lines:
            # columns: name type encoding emb sub uni object ID
            emb = line.split()[-5]
            if emb != "yes":
                raise SystemExit(f"{path.name}: font not embedded: {line}")
    return fonts


if __name__ == "__main__":
    built = embedded_bundle()
    for name, lines in check_embedded(built).items():
        print(name, *lines, sep="\n  ")
