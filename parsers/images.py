"""Fingerprints of images found in cells (signatures), close for the same picture however copied.

A forger re-uses a signature by pasting the same picture, re-encoded or rescaled on the way
(screenshot, Word's compression, a PDF printer), and on paper it is then printed and scanned:
turned a little, blurred, grainy, JPEG-compressed, thin strokes broken. A byte hash misses every
such copy, and a difference hash of grey pixels drifts up to 20 bits on a scan (issue 12). So the
fingerprint describes where the *ink* lies, not the pixels:

1. ink weight per pixel: how much darker than the paper it is (a soft weight, so a faint stroke
   that a threshold would break counts a little instead of all or nothing); dust specks
   (components under ``_MIN_SPECK`` pixels) are paper;
2. normalised: centred on the ink's centroid, each axis scaled by the ink's spread — position,
   size, aspect and a stray speck no longer matter;
3. a 32 × 64 density of that ink, smoothed (σ 2 cells) so stroke width, a pixel of jitter and
   the residual turn of a deskewed scan do not matter;
4. a perceptual hash of the density: its 128 lowest 2-D cosine frequencies, each bit "above the
   median coefficient" — the coarse shape of the strokes, which a scanner keeps.

``ph:`` + 32 hex digits; two fingerprints within ``signature_max_bits`` differing bits are the
same picture (threshold measured in bench/signatures.md, decision 110). A flat block (a filled
box, a stamp) has no stroke shape: it gets an exact hash of its tones (``px:``).
"""

from __future__ import annotations

import hashlib
import io

import cv2
import numpy as np
from PIL import Image, ImageOps

# Below this share of dark pixels a picture holds no ink: an empty box, not a signature.
MIN_INK_SHARE = 0.002
BITS = 128  # length of a ``ph:`` fingerprint
_INK_LEVEL = 160  # a picture with nothing darker than this holds no ink
_SPECK_LEVEL = 200  # pixels darker than this may be ink; smaller pieces than _MIN_SPECK are dust
_MIN_SPECK = 6
_DIM_PAPER = 200  # the darkest grey taken for paper
_FLOOR, _SPAN = 40, 100  # ink weight: 0 up to _FLOOR grey levels under the paper, 1 at +_SPAN
_FLAT_BLOCK = 0.6  # ink covering this share of its bounding box is a block, not strokes
_MAX_PIXELS = 4_000_000  # signature crops are small; refuse to decode giant images here
_GRID = (32, 64)  # density grid (rows, columns): a signature is wider than tall
_REACH = 2.2  # the grid spans ±_REACH standard deviations of the ink around its centroid
_SMOOTH = 2.0  # Gaussian σ in grid cells
_FREQUENCIES = (8, 17)  # rows × columns of cosine frequencies read (the DC term is skipped)


def fingerprint_image(image: Image.Image) -> str | None:
    """'ph:<32 hex>' for an image with ink, 'px:' for a flat block, None for a blank one."""
    grey = np.asarray(_grey(image), dtype=np.uint8)
    if grey.size == 0 or int(grey.min()) >= _INK_LEVEL:
        return None
    weight = _ink_weight(grey)
    ink = weight > 0
    if ink.mean() < MIN_INK_SHARE:
        return None
    ys, xs = np.nonzero(ink)
    box = (slice(ys.min(), ys.max() + 1), slice(xs.min(), xs.max() + 1))
    if ink[box].mean() >= _FLAT_BLOCK:
        return _tone_hash(grey[box])
    coefficients = cv2.dct(_ink_density(weight, ys, xs))[: _FREQUENCIES[0], : _FREQUENCIES[1]]
    low = coefficients.ravel()[1 : BITS + 1]
    # one bit per coefficient, the first the most significant
    bits = int.from_bytes(np.packbits(low > np.median(low)).tobytes(), "big")
    return f"ph:{bits:0{BITS // 4}x}"


def _grey(image: Image.Image) -> Image.Image:
    """Grey levels, transparency flattened onto black as RGBA -> RGB does; for RGB and L
    pictures (most signatures) that round trip changes nothing and is skipped."""
    if image.mode == "L":
        return image
    if image.mode == "RGB":
        return image.convert("L")
    return ImageOps.grayscale(image.convert("RGBA").convert("RGB"))


def _ink_weight(grey: np.ndarray) -> np.ndarray:
    """0-1 per pixel: how much ink it holds (dust specks and paper hold none)."""
    dark = (grey < _SPECK_LEVEL).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    keep = np.zeros(count, dtype=bool)
    keep[1:] = stats[1:, cv2.CC_STAT_AREA] >= _MIN_SPECK
    near_strokes = cv2.dilate(keep[labels].astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
    # The paper's grey: most of a signature picture is paper, but a picture that is all ink
    # (a filled box) has none, and then white is assumed.
    paper = max(_percentile_90(grey), _DIM_PAPER)
    weight = np.clip((paper - grey.astype(np.float32) - _FLOOR) / _SPAN, 0.0, 1.0)
    return np.where(near_strokes, weight, 0.0).astype(np.float32)


def _percentile_90(grey: np.ndarray) -> float:
    """``float(np.percentile(grey, 90))`` for 8-bit grey, from a histogram instead of a
    partition of every pixel: numpy's index and interpolation, computed the same way."""
    at_or_below = np.bincount(grey.ravel(), minlength=256).cumsum()
    position = (grey.size - 1) * 0.9
    lower = int(np.floor(position))
    weight = position - lower
    low = float(np.searchsorted(at_or_below, lower, side="right"))
    high = float(np.searchsorted(at_or_below, min(lower + 1, grey.size - 1), side="right"))
    step = high - low
    # numpy's _lerp: from the nearer end, so the result is exact at both ends
    return high - step * (1 - weight) if weight >= 0.5 else low + step * weight


def _ink_density(weight: np.ndarray, ys: np.ndarray, xs: np.ndarray) -> np.ndarray:
    """Where the ink lies, independent of position, size and aspect; sums to 1.
    ``ys``, ``xs``: where ``weight`` is not zero."""
    mass = weight[ys, xs].astype(np.float64)
    total = mass.sum()
    x = xs - (xs * mass).sum() / total
    y = ys - (ys * mass).sum() / total
    x /= max(1e-6, float(np.sqrt((mass * x * x).sum() / total)))
    y /= max(1e-6, float(np.sqrt((mass * y * y).sum() / total)))
    density, _, _ = np.histogram2d(y, x, bins=_GRID, weights=mass,
                                   range=((-_REACH, _REACH), (-_REACH, _REACH)))
    density = cv2.GaussianBlur(density.astype(np.float32), (0, 0), _SMOOTH)
    return density / max(1e-9, float(density.sum()))


def _tone_hash(block: np.ndarray) -> str:
    tones = Image.fromarray(block).resize((16, 16), Image.Resampling.BILINEAR).tobytes()
    return "px:" + hashlib.sha256(tones).hexdigest()[:16]


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
