"""Scanned pages and photos: text-layer triage, grid layout, signature ink, OCR confidence.

Layout tests hand-place OCR lines on a drawn form, so they run without the OCR engine; the
engine itself runs on the committed scanned package (here for the licence, and end to end in
tests/test_end_to_end.py).
"""

from __future__ import annotations

import io
import shutil
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from preaudit.model.records import ExtractedFile, RawDocument
from preaudit.parsers import parse_file
from preaudit.parsers.errors import CorruptFile
from preaudit.parsers.limits import ReadLimits
from preaudit.parsers.ocr import Word, needs_ocr, text_layer_missing
from preaudit.parsers.scan_layout import (
    clean_ocr_text,
    deskew,
    layout_page,
    mark_low_confidence,
)
from preaudit.pipeline.isolate import JobLimits, limits_for
from preaudit.pipeline.run import RunOptions, audit
from sample_data.gen.writers import signature_png

ROOT = Path(__file__).resolve().parents[2]
SCANNED = ROOT / "sample_data" / "packages" / "scanned"
DIGITAL_FORMS = ROOT / "sample_data" / "packages" / "defects" / "scan_0007.pdf"

# A 4-column form: (label, value) pairs; one pair on a row spans the three right columns.
XS = [100, 260, 600, 760, 1100]
YS = [200 + 60 * r for r in range(6)]
ROWS = [
    [("工单编号", "GD20261001001"), ("报修时间", "2026-10-01 09:30")],
    [("客户姓名", "王丽"), ("联系电话", "13812345678")],
    [("故障描述", "不制冷")],
    [("处理结果", "更换启动电容")],
    [("客户签字", None)],
]


def _form_image(signature: str | None) -> tuple[np.ndarray, list[Word]]:
    """A ruled form drawn at 150 dpi and the OCR lines a reader would find on it."""
    image = Image.new("L", (1240, 900), 255)
    draw = ImageDraw.Draw(image)
    words: list[Word] = []
    for r, pairs in enumerate(ROWS):
        top, bottom = YS[r], YS[r + 1]
        draw.line((XS[0], top, XS[-1], top), fill=0, width=2)
        draw.line((XS[0], bottom, XS[-1], bottom), fill=0, width=2)
        columns = [0, 1, 2, 3, 4] if len(pairs) == 2 else [0, 1, 4]
        for c in columns:
            draw.line((XS[c], top, XS[c], bottom), fill=0, width=2)
        for p, (label, value) in enumerate(pairs):
            lx = XS[2 * p] + 10
            words.append(Word(label, lx, top + 18, lx + 80, top + 42, 0.99))
            if value:
                vx = XS[2 * p + 1] + 10
                words.append(Word(value, vx, top + 18, vx + 150, top + 42, 0.98))
    sign_top = YS[4]
    if signature == "ink":
        stamp = Image.open(io.BytesIO(signature_png("王丽13812345678"))).convert("L")
        image.paste(stamp.resize((160, 50)), (XS[1] + 20, sign_top + 5))
    elif signature == "未签":
        draw.rectangle((XS[1] + 12, sign_top + 20, XS[1] + 60, sign_top + 40), fill=0)
        words.append(Word("未签", XS[1] + 10, sign_top + 18, XS[1] + 62, sign_top + 42, 0.97))
    return np.asarray(image, dtype=np.uint8), words


# ---------------------------------------------------------------- triage


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        ("", True),
        ("   \n ", True),
        ("(cid:123)(cid:456)(cid:789)(cid:12)(cid:13)(cid:14)(cid:15)(cid:16)(cid:17)", True),
        ("\ufffd" * 40 + "第1页", True),
        ("售后服务工单 工单编号 GD20261001001 客户姓名 王丽", False),
        ("营业执照 统一社会信用代码 91310115MA1K4PQ7XH (cid:3)", False),
    ],
)
def test_text_layer_triage(text: str, missing: bool) -> None:
    assert text_layer_missing(text) is missing


def test_sniff_tells_scans_from_digital_files() -> None:
    assert needs_ocr(SCANNED / "扫描件" / "scan_0011.pdf", "pdf")
    assert needs_ocr(SCANNED / "照片" / "工单.png", "png")
    assert not needs_ocr(DIGITAL_FORMS, "pdf")  # text layer + signature pictures: no OCR
    assert not needs_ocr(DIGITAL_FORMS, "xlsx")


def test_scans_get_the_ocr_budget_and_digital_files_keep_theirs() -> None:
    limits = JobLimits()
    scanned = limits_for(SCANNED / "扫描件" / "scan_0011.pdf", limits)
    assert scanned.memory_bytes == limits.ocr_memory_bytes >= limits.memory_bytes
    assert scanned.wall_seconds == limits.ocr_wall_seconds > limits.wall_seconds
    assert limits_for(DIGITAL_FORMS, limits) == limits


# ---------------------------------------------------------------- OCR text repair


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("2026-07-0810:20", "2026-07-08 10:20"),  # OCR glues the date to its time
        ("上内时间", "上门时间"),  # one character misread in a label
        ("上时间", "上门时间"),  # one character dropped
        ("工号", "工号"),  # two characters: a value (工号 is a word), never mended
        ("满意", "满意"),  # a survey answer, one character short of the label 满意度
        ("客户签字", "客户签字"),
        ("王丽", "王丽"),  # names and values are never "corrected"
        ("门封不严", "门封不严"),
        ("13812345678", "13812345678"),
    ],
)
def test_clean_ocr_text(read: str, meant: str) -> None:
    assert clean_ocr_text(read) == meant


# ---------------------------------------------------------------- grid and signature


def test_form_grid_becomes_a_whole_page_table_with_merged_cells() -> None:
    grey, words = _form_image("ink")
    layout = layout_page(grey, words, page=3, first_index=1)
    assert len(layout.tables) == 1
    table = layout.tables[0]
    assert table.whole_page and table.page == 3
    assert table.rows[0] == ["工单编号", "GD20261001001", "报修时间", "2026-10-01 09:30"]
    assert table.rows[2] == ["故障描述", "不制冷", None, None]  # merged: like pdfplumber
    assert table.scores[(1, 1)] == pytest.approx(0.98)


@pytest.mark.parametrize(("signature", "signed"), [("ink", True), (None, False), ("未签", False)])
def test_signature_cell_is_judged_by_its_ink(signature: str | None, signed: bool) -> None:
    grey, words = _form_image(signature)
    table = layout_page(grey, words, page=1, first_index=1).tables[0]
    images = table.images.get((4, 1), [])
    assert bool(images) is signed
    if signed:
        assert images[0].startswith("ph:")
    if signature == "未签":
        assert table.rows[4][1] == "未签"  # the written words stay: 未签 means not signed


@pytest.mark.parametrize("ink", [True, False])
def test_a_printed_date_in_the_signature_cell_is_not_a_signature(ink: bool) -> None:
    """日期：2026-10-01 printed beside the signature line: neither a name nor part of the ink."""
    grey, words = _form_image("ink" if ink else None)
    sign_top, x = YS[4], XS[1]
    date = Word("日期：2026-10-01", x + 200, sign_top + 18, x + 330, sign_top + 42, 0.99)
    printed = Image.fromarray(grey)
    ImageDraw.Draw(printed).rectangle((x + 204, sign_top + 22, x + 326, sign_top + 38), fill=0)
    alone = layout_page(grey, words, page=1, first_index=1).tables[0]
    with_date = layout_page(np.asarray(printed), [*words, date], page=1, first_index=1).tables[0]
    assert with_date.rows[4][1] == ""  # no signature in words
    assert with_date.images.get((4, 1)) == alone.images.get((4, 1))  # ink judged alike
    assert bool(with_date.images.get((4, 1))) is ink


def test_deskew_levels_a_turned_page() -> None:
    grey, _ = _form_image(None)
    turned = np.asarray(Image.fromarray(grey).rotate(1.5, fillcolor=255), dtype=np.uint8)
    level = deskew(turned)
    rows = (level[:, 300:900] < 128).sum(axis=1)  # a level rule is dark across the whole band
    assert rows.max() > 500


def test_low_confidence_cells_name_their_fields() -> None:
    grey, words = _form_image("ink")
    words = [Word(w.text, w.x0, w.y0, w.x1, w.y1, 0.42) if w.text == "13812345678" else w
             for w in words]
    table = layout_page(grey, words, page=2, first_index=1).tables[0]
    document = RawDocument(file="scan.pdf", format="pdf", tables=[table])
    sure = {"_file": "scan.pdf", "_page": 1, "_table": None, "_row": None}
    unsure = {"_file": "scan.pdf", "_page": 2, "_table": None, "_row": None}
    extracted = ExtractedFile(records={"work_orders": [sure, unsure]})
    mark_low_confidence(document, extracted)
    assert unsure["_ocr_low_fields"] == ["customer_phone"]
    assert "_ocr_low_fields" not in sure  # another page: not this form


# ---------------------------------------------------------------- pictures


def test_damaged_picture_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "照片.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    with pytest.raises(CorruptFile):
        parse_file(path, "照片.jpg", ReadLimits())


# ---------------------------------------------------------------- licence scan (runs OCR)


@pytest.mark.slow
def test_scanned_licence_gives_code_and_term_and_the_licence_checks_run(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    shutil.copy(SCANNED / "扫描件" / "scan_0012.pdf", package / "执照.pdf")
    (package / "application.toml").write_text(
        'applicant = "上海恒信电器有限公司"\nscope = "家用电器的销售及售后服务"\n'
        "as_of = 2038-06-01\n",  # after the licence's term ends
        encoding="utf-8",
    )
    report = audit(package, tmp_path / "out", RunOptions()).report
    assert report["credit_code"] == "91310115MA1H8K2PX2"
    codes = {f["code"] for f in report["findings"]}
    assert "LIC_EXPIRED" in codes  # term read: 至2038年03月14日
    assert not codes & {"LIC_CREDIT_CODE_INVALID", "LIC_SCOPE_MISMATCH", "LIC_NAME_MISMATCH"}
    expired = next(f for f in report["findings"] if f["code"] == "LIC_EXPIRED")
    assert expired["evidence"][0]["file"] == "执照.pdf"
    assert date(2038, 3, 14).isoformat() in expired["message"] or "2038" in expired["message"]
