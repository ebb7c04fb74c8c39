"""The scanner model (sample_data/gen/scanner.py): seeded, shadows one edge, photos warp."""

from __future__ import annotations

import io
import random

import numpy as np
from PIL import Image, ImageDraw

from sample_data.gen.scanner import Look, PhotoLook, office_look, phone_photo, spoil


def _page() -> Image.Image:
    page = Image.new("L", (400, 560), 255)
    ImageDraw.Draw(page).rectangle((60, 80, 340, 480), outline=0, width=3)
    return page


def test_same_seed_same_pixels_other_seed_other_pixels():
    look = office_look(random.Random(3))
    a = spoil(_page(), look, np.random.default_rng(1))
    b = spoil(_page(), look, np.random.default_rng(1))
    c = spoil(_page(), look, np.random.default_rng(2))
    assert a.tobytes() == b.tobytes()
    assert a.tobytes() != c.tobytes()


def test_office_looks_stay_in_the_issue_ranges():
    rng = random.Random(0)
    looks = [office_look(rng) for _ in range(200)]
    assert all(-1.5 <= look.angle <= 1.5 and 55 <= look.quality <= 80 for look in looks)
    shadowed = sum(look.shadow > 0 for look in looks)
    assert 10 < shadowed < 80  # some pages, not all


def test_lid_shadow_darkens_its_edge_only():
    look = Look(angle=0, blur=0.1, noise=0, speckles=0, shadow=0.5, shadow_side="right")
    pixels = np.asarray(spoil(_page(), look, np.random.default_rng(0)), dtype=float)
    assert pixels[:, -3:].mean() < 150  # the right edge is in shadow
    assert pixels[:, :20].mean() > 250  # the left margin is still white
    plain = Look(angle=0, blur=0.1, noise=0, speckles=0)
    assert np.asarray(spoil(_page(), plain, np.random.default_rng(0)))[:, -3:].mean() > 250


def test_phone_photo_is_warped_unevenly_lit_and_has_no_exif():
    photo = phone_photo(_page(), PhotoLook(warp=0.03, dim=0.6), np.random.default_rng(4))
    assert photo.mode == "RGB" and photo.size == (400, 560)
    grey = np.asarray(photo.convert("L"), dtype=float)
    paper = grey[grey > 60]
    assert paper.max() - np.percentile(paper, 5) > 40  # light falls across the sheet
    buffer = io.BytesIO()
    photo.save(buffer, format="JPEG", quality=70)
    assert not Image.open(io.BytesIO(buffer.getvalue())).getexif()
    # the straight frame is no longer straight: its top edge moved off row 80
    assert abs(int(np.argmin(np.asarray(photo.convert("L"))[:, 200])) - 80) > 2
