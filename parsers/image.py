"""Photos and scans handed in as JPEG or PNG files: one page each, read by local OCR."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

from preaudit.model.records import RawDocument, TextBlock
from preaudit.parsers.errors import CorruptFile, TooLarge, reading
from preaudit.parsers.limits import ReadLimits
from preaudit.parsers.ocr import DPI
from preaudit.parsers.scan_layout import read_scanned_page

# A phone photo of an A4 form is 12-50 megapixels; OCR needs about 150 dpi (1240 x 1754),
# so larger pictures are scaled down first: faster, and the same text.
_TARGET_LONG_SIDE = round(11.7 * DPI)


def read(path: Path, display_name: str, limits: ReadLimits) -> RawDocument:
    grey = _load_grey(path)
    document = RawDocument(file=display_name, format="image", page_count=1)
    with reading("image"):
        layout = read_scanned_page(grey, page=1, first_index=1)
    document.tables.extend(layout.tables)
    document.texts.append(TextBlock(text=layout.text, page=1))
    return document


def _decode_small(image: Image.Image) -> None:
    """Ask a JPEG decoder for grey at 1/2, 1/4 or 1/8 scale when the photo is that much larger
    than OCR needs: a 48-megapixel photo is then never held in colour at full size (other
    formats ignore the request)."""
    scale = _TARGET_LONG_SIDE / max(image.size)
    if scale < 0.5:
        image.draft("L", (round(image.width * scale), round(image.height * scale)))


def _load_grey(path: Path) -> np.ndarray:
    # Pillow's decompression-bomb check stays on: a picture of more than ~179 M pixels
    # raises before any pixel is decoded.
    try:
        with Image.open(path) as image:
            _decode_small(image)
            image = ImageOps.exif_transpose(image)  # phones store "turned" in EXIF, not pixels
            grey = image if image.mode == "L" else ImageOps.grayscale(image.convert("RGB"))
    except Image.DecompressionBombError as exc:
        raise TooLarge(
            "the picture has too many pixels to read safely", "图片像素过多，无法安全读取"
        ) from exc
    except (OSError, ValueError, SyntaxError) as exc:
        raise CorruptFile(
            "not a valid picture (the file is damaged or truncated)",
            "不是有效的图片（文件已损坏或不完整）",
        ) from exc
    scale = _TARGET_LONG_SIDE / max(grey.size)
    if scale < 1:
        size = (round(grey.width * scale), round(grey.height * scale))
        grey = grey.resize(size, Image.Resampling.LANCZOS)
    return np.asarray(grey, dtype=np.uint8)
