"""The OCR engine's speed settings reach RapidOCR, and big inputs are shrunk before OCR."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from preaudit.parsers import image as image_reader
from preaudit.parsers import ocr

pytest.importorskip("rapidocr")


def test_every_engine_setting_is_a_rapidocr_setting_and_is_applied() -> None:
    from rapidocr.main import DEFAULT_CFG_PATH
    from rapidocr.utils.parse_parameters import ParseParams

    defaults = ParseParams.load(DEFAULT_CFG_PATH)
    config = ocr.engine().cfg
    for key, value in ocr.ENGINE_PARAMS.items():
        section, *path = key.split(".")
        default, applied = defaults[section], config[section]
        for part in path:
            assert part in default, key  # a misspelt key would be silently ignored
            default, applied = default[part], applied[part]
        assert applied == value, key
    assert config.Global.use_cls is False and config.Det.limit_type == "max"
    assert config.EngineConfig.onnxruntime.enable_cpu_mem_arena is False


def _pdf_with_picture(width_pt: float, height_pt: float) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=(width_pt, height_pt))
    picture = Image.fromarray(np.full((20, 20), 90, np.uint8))
    page.drawImage(ImageReader(picture), 10, 10, 100, 100)
    page.save()
    return buffer.getvalue()


def test_a4_renders_at_150_dpi_and_a_poster_page_is_capped() -> None:
    a4 = pdfium.PdfDocument(_pdf_with_picture(595.28, 841.89))
    assert ocr.render_grey(a4, 0).shape == (1754, 1241)
    poster = pdfium.PdfDocument(_pdf_with_picture(14_400, 7_200))  # 5 x 2.5 m at 150 dpi
    grey = ocr.render_grey(poster, 0)
    assert max(grey.shape) == ocr.MAX_RENDER_SIDE and grey.shape[0] * 2 == grey.shape[1]
    assert grey.dtype == np.uint8


def test_a_large_jpeg_is_decoded_small_and_reads_the_same(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    page = np.full((4800, 3400), 255, np.uint8)
    for row in range(200, 4600, 300):  # dark bars, like ruled lines and text
        page[row:row + 40, 300:3100] = rng.integers(0, 60)
    path = tmp_path / "photo.jpg"
    Image.fromarray(page).convert("RGB").save(path, quality=90)
    with Image.open(path) as opened:
        image_reader._decode_small(opened)
        assert max(opened.size) < 4800 and opened.mode == "L"  # the decoder shrank it
    grey = image_reader._load_grey(path)
    assert max(grey.shape) == image_reader._TARGET_LONG_SIDE
    expected = np.asarray(
        Image.fromarray(page).resize(grey.shape[::-1], Image.Resampling.LANCZOS), np.uint8
    )
    assert np.abs(grey.astype(int) - expected.astype(int)).mean() < 3


def test_a_small_picture_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "small.png"
    Image.fromarray(np.full((900, 600, 3), 200, np.uint8)).save(path)
    grey = image_reader._load_grey(path)
    assert grey.shape == (900, 600) and int(grey[0, 0]) == 200


def test_scans_keep_the_ordinary_memory_unless_the_ocr_budget_is_raised() -> None:
    from preaudit.pipeline.isolate import JobLimits, limits_for

    photo = Path(__file__).resolve().parents[2] / "sample_data/packages/scanned/照片/工单.png"
    limits = JobLimits()
    assert limits_for(photo, limits).memory_bytes == limits.memory_bytes == 2**30
    raised = JobLimits(ocr_memory_bytes=3 * 2**30)
    assert limits_for(photo, raised).memory_bytes == 3 * 2**30
    assert limits_for(photo, raised).wall_seconds == raised.ocr_wall_seconds
