"""Paper through the scanner model, read without OCR: lid shadows, pasted signatures.

Pages are generated forms (sample_data/gen/writers.py) printed and scanned by
sample_data/gen/scanner.py; the signature cell is cut out by the scan reader's own grid
(OCR is not needed to find a cell whose row is known).
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from preaudit.checks.config import Config
from preaudit.checks.signatures import picture_groups
from preaudit.parsers.images import fingerprint_image
from preaudit.parsers.scan_clean import even_light
from preaudit.parsers.scan_layout import _fill, deskew, find_grids, ink_crop
from sample_data.gen import common as k
from sample_data.gen.scanner import Look, office_look, render_pages, spoil
from sample_data.gen.writers import signature_png, write_pdf_forms

SIGNATURE_ROW = 7  # common.work_order_form: 客户签字 is the eighth row


def _forms(tmp_path: Path, pictures: list[bytes]) -> list[Image.Image]:
    rng = random.Random(5)
    pool = k.Pool(rng, len(pictures) + 5)
    forms = []
    for n, picture in enumerate(pictures):
        order = k.good_order(rng, pool, f"GD{n:08d}", k.AS_OF)
        order.signature, order.signature_png = "", picture
        forms.append(k.work_order_form(order))
    pdf = tmp_path / "forms.pdf"
    write_pdf_forms(pdf, "售后服务工单", "服务单位：测试电器有限公司", forms)
    return render_pages(pdf, dpi=150)


def _signature_print(page: Image.Image) -> str | None:
    level = deskew(even_light(np.asarray(page, dtype=np.uint8)))
    for grid in find_grids(level):
        boxes = _fill(grid, [], set()).boxes
        if (SIGNATURE_ROW, 1) in boxes:
            crop = ink_crop(level, boxes[(SIGNATURE_ROW, 1)], [])
            return fingerprint_image(Image.fromarray(crop)) if crop is not None else None
    return None


@pytest.mark.slow
def test_lid_shadow_no_longer_hides_the_table(tmp_path: Path) -> None:
    page = _forms(tmp_path, [signature_png("甲")])[0]
    shadowed = spoil(page, Look(angle=0.6, shadow=0.6, shadow_side="top", shadow_width=0.08),
                     np.random.default_rng(1))
    grey = np.asarray(shadowed)
    assert find_grids(deskew(grey)) == []  # the dark band swallows the ruling lines
    assert len(find_grids(deskew(even_light(grey)))) == 1
    clean = np.asarray(spoil(page, Look(angle=0.6), np.random.default_rng(1)))
    assert np.array_equal(even_light(clean), clean)  # evenly lit pages are left alone


@pytest.mark.slow
def test_pasted_and_scanned_copies_group_and_other_hands_never_do(tmp_path: Path) -> None:
    hands = [signature_png(f"客户{n}") for n in range(4)]
    pictures = hands + hands[:2] + hands[:1]  # hand 0 on three forms, hand 1 on two
    rng = random.Random(8)
    noise = np.random.default_rng(8)
    prints = []
    for page in _forms(tmp_path, pictures):
        look = office_look(rng, shadow_chance=0.3)
        prints.append(_signature_print(spoil(page, look, noise)))
    assert all(prints)
    groups = picture_groups([p for p in prints if p], Config().signature_max_bits)
    keys = [groups[p] for p in prints if p]
    assert keys[0] == keys[4] == keys[6]  # hand 0, pasted three times
    assert keys[1] == keys[5]  # hand 1, twice
    assert len({keys[0], keys[1], keys[2], keys[3]}) == 4  # four different hands
