"""Package ``scanned``: paper work orders and a licence as scans and phone photos (OCR input).

Digital forms (writers.write_pdf_forms) and the licence text PDF are rendered with pypdfium2 at
150 dpi and degraded by the scanner model (gen/scanner.py, no lid shadow): slight rotation,
blur, noise, JPEG compression. The
work orders go into an image-only multi-page PDF and into JPEG/PNG photos (one stored turned,
with the EXIF orientation tag saying so); the licence into an image-only PDF. Signatures are
hand-drawn pictures, an empty cell, or the written words 未签. Kept small: 8 pages, < 2 MB.

``degraded_form_pages`` is shared with bench/ocr_accuracy.py, which makes many more of them.
"""

from __future__ import annotations

import random
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np
from PIL import Image

from sample_data.gen import common as k
from sample_data.gen import content as c
from sample_data.gen import scanner
from sample_data.gen.model import Loc, PackageTruth, Planted, WorkOrder
from sample_data.gen.writers import signature_png, write_pdf_forms

SEED = 20261127
NAME = "scanned"
APPLICANT = "上海恒信电器有限公司"
PDF_FILE, LICENCE_FILE = "扫描件/scan_0011.pdf", "扫描件/scan_0012.pdf"
PHOTO_FILES = ("照片/IMG_0001.jpg", "照片/IMG_0002.jpg", "照片/工单.png")
DPI = 150
_EXIF_ORIENTATION = 0x0112
_PHOTO_HEIGHT = 900  # pixels of a 150-dpi A4 render kept in a photo: the form, not the blank


# How a page is spoiled, and the spoiling itself: the scanner model's (no lid shadow here).
Degrade = scanner.Look
degrade = scanner.spoil
jpeg_bytes = scanner.jpeg_bytes
write_image_pdf = scanner.write_image_pdf


def build(packages: Path, seed: int = SEED) -> PackageTruth:
    rng = random.Random(seed)
    root = packages / NAME
    manifest = {"applicant": APPLICANT, "scope": "家用电器的销售及售后服务", "as_of": k.AS_OF,
                "target_level": "三星", "response_hours": 24}
    k.write_manifest(root, manifest)
    truth = PackageTruth(NAME, k.AS_OF, manifest)
    _work_orders(root, truth, rng)
    _licence(root, truth)
    missing = ["service_policy", "service_process", "job_descriptions", "staff_training",
               "equipment_list", "service_outlets", "org_chart", "service_commitment",
               "satisfaction_survey", "complaint_ledger"]
    truth.planted += [Planted("DOC_MISSING", kind) for kind in missing]
    truth.planted.append(Planted("WO_COUNT_BELOW_MIN"))  # no survey: DOC_MISSING says it
    return truth


# ---------------------------------------------------------------------------- work orders


def _orders(rng: random.Random, truth: PackageTruth) -> list[WorkOrder]:
    """Seven orders dated in each month of the window: three planted signature defects."""
    pool = k.Pool(rng, 20)
    days = [date(2026, 8, 25), date(2026, 9, 8), date(2026, 9, 28), date(2026, 10, 12),
            date(2026, 10, 26), date(2026, 11, 5), date(2026, 11, 12)]
    orders = [k.good_order(rng, pool, f"HX{day:%Y%m%d}{n:03d}", day)
              for n, day in enumerate(days, start=1)]
    for order in orders:
        order.signature = ""
        order.signature_png = signature_png(order.customer_name + order.customer_phone)
    blank, unsigned = orders[1], orders[4]
    blank.signature_png = None  # the customer never signed: an empty cell
    orders[4] = unsigned = replace(unsigned, signature="未签", signature_png=None)
    forged_a, forged_b = orders[2], orders[5]
    forged_b.signature_png = forged_a.signature_png  # one signature pasted on two customers' forms
    truth.planted += [
        Planted("WO_MISSING_SIGNATURE", None, (blank.record_id, unsigned.record_id), "空白、未签"),
        Planted("WO_SIGNATURE_REUSED", None, (forged_a.record_id, forged_b.record_id)),
    ]
    return orders


def _work_orders(root: Path, truth: PackageTruth, rng: random.Random) -> None:
    orders = _orders(rng, truth)
    looks = [Degrade(angle=round(rng.uniform(-2, 2), 2), blur=round(rng.uniform(0.3, 0.7), 2),
                     noise=round(rng.uniform(3, 8), 1), quality=rng.choice((50, 60, 70)))
             for _ in orders]
    looks[-1] = replace(looks[-1], noise=1.5)  # the PNG: lossless, so grain would cost 0.5 MB
    pages = degraded_form_pages(orders, looks, APPLICANT, seed=rng.randrange(2**31))
    scanned, photos = pages[:4], pages[4:]
    write_image_pdf(root / PDF_FILE, [jpeg_bytes(page, look.quality) for page, look in
                                      zip(scanned, looks[:4], strict=True)])
    for number, order in enumerate(orders[:4], start=1):
        order.loc = Loc(PDF_FILE, page=number)
    truth.add_file(PDF_FILE, "pdf", ["work_orders"])
    for file, page, look, order in zip(PHOTO_FILES, photos, looks[4:], orders[4:], strict=True):
        photo = page.crop((0, 0, page.width, _PHOTO_HEIGHT))
        _write_photo(root / file, photo, look.quality, turned=file.endswith("0002.jpg"))
        order.loc = Loc(file, page=1)
        truth.add_file(file, "png" if file.endswith(".png") else "jpeg", ["work_orders"])
    truth.work_orders += orders


def degraded_form_pages(orders: list[WorkOrder], looks: list[Degrade], company: str,
                        seed: int) -> list[Image.Image]:
    """One degraded 150-dpi grey page per order (its form rendered, then spoiled)."""
    noise = np.random.default_rng(seed)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "forms.pdf"
        forms = [k.work_order_form(o) for o in orders]
        write_pdf_forms(pdf, "售后服务工单", f"服务单位：{company}", forms)
        clean = render_pages(pdf)
    return [degrade(page, look, noise) for page, look in zip(clean, looks, strict=True)]


# ---------------------------------------------------------------------------- licence


def licence_info() -> dict[str, object]:
    return {"name": APPLICANT, "credit_code": c.credit_code("91310115", "MA1H8K2P"),
            "representative": "沈立群", "scope": "家用电器、电子产品的销售、安装及维修；"
            "家用电器售后服务。（依法须经批准的项目，经相关部门批准后方可开展经营活动）",
            "capital": 500, "term_start": date(2018, 3, 15), "term_end": date(2038, 3, 14),
            "address": "上海市浦东新区张杨路1288号", "authority": "上海市浦东新区市场监督管理局"}


def _licence(root: Path, truth: PackageTruth) -> None:
    lic = licence_info()
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "licence.pdf"
        k.write_text_doc(pdf, "营业执照", k.licence_blocks(lic))
        page = render_pages(pdf)[0]
    look = Degrade(angle=-0.8, blur=0.5, noise=5.0, quality=60)
    scan = degrade(page, look, np.random.default_rng(SEED))
    write_image_pdf(root / LICENCE_FILE, [jpeg_bytes(scan, look.quality)])
    truth.add_file(LICENCE_FILE, "pdf", ["business_license"], business_license=dict(lic))


# ---------------------------------------------------------------------------- images


def render_pages(pdf: Path, dpi: int = DPI) -> list[Image.Image]:
    return scanner.render_pages(pdf, dpi)


def _write_photo(path: Path, image: Image.Image, quality: int, turned: bool) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".png":
        image.save(path, format="PNG", optimize=False)
        return
    if not turned:
        path.write_bytes(jpeg_bytes(image, quality))
        return
    # Pixels stored turned a quarter left, EXIF orientation 6 says "turn right to view".
    exif = Image.Exif()
    exif[_EXIF_ORIENTATION] = 6
    image.transpose(Image.Transpose.ROTATE_90).save(path, format="JPEG", quality=quality,
                                                     exif=exif.tobytes())
