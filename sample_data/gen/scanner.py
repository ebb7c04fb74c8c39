"""A model of the office scanner and the phone camera: digital pages in, paper-like images out.

What an applicant's office does to a page (issue 12): a flatbed at 200 dpi, the sheet laid
up to ±1.5° askew, a little out of focus, sensor grain and dust, JPEG quality 55-80, and on
some pages the shadow of a scanner lid that was not closed along one edge. A phone photo adds
a perspective warp (the phone is not held parallel to the sheet), uneven light (a lamp on one
side) and no EXIF orientation.

Every function is seeded: the same page, look and seed give the same pixels, so sample
packages and benchmarks regenerate byte for byte. ``spoil`` with no shadow is exactly the
degradation ``sample_data/gen/scans.py`` has always applied (the scanned sample package is
unchanged by this module).
"""

from __future__ import annotations

import io
import random
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as pdfcanvas

OFFICE_DPI = 200
SIDES = ("left", "right", "top", "bottom")


@dataclass(frozen=True)
class Look:
    """How one page is spoiled.

    angle: degrees of skew; blur: Gaussian radius in pixels; noise: grain σ in grey levels;
    speckles: dark dust pixels; quality: JPEG quality; shadow: darkness of a lid shadow at the
    very edge (0 none, 0.6 = the edge at 40 % of white); shadow_side: the edge it lies along;
    shadow_width: how far it reaches into the page, as a share of that dimension.
    """

    angle: float = 0.0
    blur: float = 0.5
    noise: float = 6.0
    speckles: int = 300
    quality: int = 60
    shadow: float = 0.0
    shadow_side: str = "left"
    shadow_width: float = 0.06


def office_look(rng: random.Random, shadow_chance: float = 0.2) -> Look:
    """A random flatbed look within the issue's ranges (±1.5°, q55-80, a lid shadow at times)."""
    shadowed = rng.random() < shadow_chance
    return Look(angle=round(rng.uniform(-1.5, 1.5), 2), blur=round(rng.uniform(0.4, 1.0), 2),
                noise=round(rng.uniform(3, 9), 1), speckles=rng.randint(100, 600),
                quality=rng.randint(55, 80),
                shadow=round(rng.uniform(0.35, 0.6), 2) if shadowed else 0.0,
                shadow_side=rng.choice(SIDES), shadow_width=round(rng.uniform(0.04, 0.09), 3))


def spoil(page: Image.Image, look: Look, noise: np.random.Generator) -> Image.Image:
    """Rotate, blur, add grain and dust specks, then the lid shadow (grey page in and out)."""
    image = page.convert("L").rotate(look.angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    image = image.filter(ImageFilter.GaussianBlur(look.blur))
    pixels = np.asarray(image, dtype=np.float32)
    pixels = pixels + noise.normal(0.0, look.noise, pixels.shape)
    ys = noise.integers(0, pixels.shape[0], look.speckles)
    xs = noise.integers(0, pixels.shape[1], look.speckles)
    pixels[ys, xs] = noise.uniform(0, 120, look.speckles)  # dust: single dark pixels
    if look.shadow > 0:
        pixels = pixels * _shadow_gain(pixels.shape, look)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="L")


def _shadow_gain(shape: tuple[int, ...], look: Look) -> np.ndarray:
    """Multiplier per pixel: 1 - shadow at the edge, rising smoothly to 1 inside the page.

    The lid lets light in unevenly: a dark band a few millimetres wide whose inner edge fades
    over the band's width (a smoothstep), the way a real lid shadow looks.
    """
    height, width = shape[:2]
    along_x = look.shadow_side in ("left", "right")
    size = width if along_x else height
    reach = max(2.0, look.shadow_width * size)
    distance = np.arange(size, dtype=np.float32)
    if look.shadow_side in ("right", "bottom"):
        distance = distance[::-1]
    t = np.clip(distance / reach, 0.0, 1.0)
    gain = 1.0 - look.shadow * (1.0 - t * t * (3 - 2 * t))
    return gain[np.newaxis, :] if along_x else gain[:, np.newaxis]


# ---------------------------------------------------------------- phone photos


@dataclass(frozen=True)
class PhotoLook:
    """A phone photo: corner displacement (share of the side), light falling to ``dim`` on the
    far side, blur, grain and JPEG quality."""

    warp: float = 0.025
    dim: float = 0.7
    blur: float = 1.0
    noise: float = 5.0
    quality: int = 70


def phone_look(rng: random.Random) -> PhotoLook:
    return PhotoLook(warp=round(rng.uniform(0.015, 0.035), 3), dim=round(rng.uniform(0.6, 0.8), 2),
                     blur=round(rng.uniform(0.7, 1.3), 2), noise=round(rng.uniform(3, 7), 1),
                     quality=rng.randint(60, 80))


def phone_photo(page: Image.Image, look: PhotoLook, noise: np.random.Generator) -> Image.Image:
    """The page photographed from slightly off-axis under one lamp, on a darker desk.

    Returns an RGB image (a phone's) with no EXIF: the reader must cope with what it sees.
    """
    grey = np.asarray(page.convert("L"), dtype=np.float32)
    height, width = grey.shape
    margin = look.warp * np.array([width, height], dtype=np.float32)
    corners = np.float32([[0, 0], [width, 0], [width, height], [0, height]])
    moved = corners + noise.uniform(-1, 1, corners.shape).astype(np.float32) * margin
    moved = np.clip(moved, 0, [width, height]).astype(np.float32)
    matrix = cv2.getPerspectiveTransform(corners, moved)
    desk = float(noise.uniform(70, 110))
    warped = cv2.warpPerspective(grey, matrix, (width, height), flags=cv2.INTER_LINEAR,
                                 borderMode=cv2.BORDER_CONSTANT, borderValue=desk)
    angle = float(noise.uniform(0, 2 * np.pi))  # where the lamp stands
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    along = (np.cos(angle) * xx / width + np.sin(angle) * yy / height)
    along = (along - along.min()) / max(1e-6, float(along.max() - along.min()))
    lit = warped * (1.0 - (1.0 - look.dim) * along)
    lit = cv2.GaussianBlur(lit, (0, 0), look.blur) + noise.normal(0.0, look.noise, lit.shape)
    tint = np.array([1.0, 0.97, 0.9], dtype=np.float32)  # warm indoor light
    rgb = np.clip(lit[..., np.newaxis] * tint, 0, 255).astype(np.uint8)
    return Image.fromarray(rgb, mode="RGB")


# ---------------------------------------------------------------- pages in, files out


def render_pages(pdf: Path, dpi: int = OFFICE_DPI, printer: bool = False) -> list[Image.Image]:
    """Every page of a PDF as a grey image at ``dpi``.

    ``printer=True`` draws it as a printer would: with poppler's pdftoppm, which substitutes
    an installed CJK font (fontconfig) for the generator's non-embedded STSong-Light. pdfium
    leaves those glyphs out on machines whose font paths it does not search (this one), so
    paper made from such a render would hold no Chinese at all. The sample package keeps the
    pdfium render (``printer=False``) so that it regenerates byte for byte where it was made.
    """
    if printer:
        return _poppler_pages(pdf, dpi)
    document = pdfium.PdfDocument(str(pdf))
    try:
        return [document[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
                for i in range(len(document))]
    finally:
        document.close()


def _poppler_pages(pdf: Path, dpi: int) -> list[Image.Image]:
    if shutil.which("pdftoppm") is None:
        raise RuntimeError("pdftoppm (Debian package poppler-utils) is needed to print CJK pages")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf),
                        str(Path(tmp) / "page")], check=True, capture_output=True, timeout=600)
        pages = []
        for path in sorted(Path(tmp).glob("page-*.png"), key=lambda p: int(p.stem.split("-")[1])):
            with Image.open(path) as image:
                pages.append(image.convert("L"))
        return pages


def scan_pdf(pdf: Path, seed: int, dpi: int = OFFICE_DPI,
             shadow_chance: float = 0.2) -> list[tuple[Image.Image, Look]]:
    """Each page of a PDF printed and scanned in an office, with the look that spoiled it."""
    rng = random.Random(seed)
    noise = np.random.default_rng(seed)
    pages = []
    for page in render_pages(pdf, dpi, printer=True):
        look = office_look(rng, shadow_chance)
        pages.append((spoil(page, look, noise), look))
    return pages


def jpeg_bytes(image: Image.Image, quality: int) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=quality)
    return buffer.getvalue()


def write_image_pdf(path: Path, pages: list[bytes], sizes: list[bool] | None = None) -> None:
    """An image-only PDF (no text layer): one JPEG per A4 page, as a scanner writes it.

    ``sizes``: per page, True for a landscape sheet (default: every page portrait).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = pdfcanvas.Canvas(str(path), pagesize=A4, invariant=1)
    for n, data in enumerate(pages):
        width, height = landscape(A4) if sizes and sizes[n] else A4
        if sizes:
            pdf.setPageSize((width, height))
        pdf.drawImage(ImageReader(io.BytesIO(data)), 0, 0, width, height)
        pdf.showPage()
    pdf.save()
