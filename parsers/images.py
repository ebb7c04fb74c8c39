"""Fingerprints of images found in cells (signatures), equal for near-identical pictures.

A forger re-uses a signature by pasting the same picture, often re-encoded or rescaled on the
way (screenshot, Word's compression, a PDF printer). A byte hash misses those copies, so the
fingerprint is a 64-bit difference hash (dHash) of the ink's bounding box in grey scale:
equal for the same picture at another size or JPEG quality, different for another hand.
Equality is bucketed by the checks, so detection stays linear in the number of records.
"""

from __future__ import annotations

import hashlib
import io

from PIL import Image, ImageOps

# Below this share of dark pixels a picture holds no ink: an empty box, not a signature.
MIN_INK_SHARE = 0.002
_INK_LEVEL = 160  # grey level under which a pixel counts as ink
_MAX_PIXELS = 4_000_000  # signature crops are small; refuse to decode giant images here


def fingerprint_image(image: Image.Image) -> str | None:
    """'dh:<16 hex>' for an image with ink, None for a blank one."""
    grey = ImageOps.grayscale(image.convert("RGBA").convert("RGB"))
    ink = grey.point(lambda level: 255 if level < _INK_LEVEL else 0)
    box = ink.getbbox()
    if box is None:
        return None
    histogram = ink.histogram()
    if histogram[255] / max(1, grey.width * grey.height) < MIN_INK_SHARE:
        return None
    small = grey.crop(box).resize((9, 8), Image.Resampling.LANCZOS)
    pixels = list(small.tobytes())
    bits = 0
    for row in range(8):
        for col in range(8):
            bits = (bits << 1) | (pixels[row * 9 + col] > pixels[row * 9 + col + 1])
    if bits == 0:  # a flat block (a stamp, a filled box): gradients say nothing, use tones
        tones = grey.crop(box).resize((16, 16), Image.Resampling.BILINEAR).tobytes()
        return "px:" + hashlib.sha256(tones).hexdigest()[:16]
    return f"dh:{bits:016x}"


def fingerprint_encoded(data: bytes) -> str | None:
    """Fingerprint of a PNG/JPEG/GIF/BMP file's bytes; a byte hash when it cannot be decoded."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > _MAX_PIXELS:
                return _byte_hash(data)
            return fingerprint_image(image)
    except Exception:  # any undecodable picture still counts as "a picture"
        return _byte_hash(data)


def fingerprint_raw(data: bytes, size: tuple[int, int], colorspace: str, bits: int) -> str | None:
    """Fingerprint of raw PDF image samples (already decompressed by the reader)."""
    width, height = size
    mode = {"DeviceRGB": "RGB", "DeviceGray": "L", "DeviceCMYK": "CMYK"}.get(colorspace)
    if mode is None or bits != 8 or width * height > _MAX_PIXELS:
        return fingerprint_encoded(data)
    try:
        return fingerprint_image(Image.frombytes(mode, (width, height), data))
    except ValueError:  # sample count does not match the declared size
        return _byte_hash(data)


def _byte_hash(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()
