"""OCR repairs of cell text: fixed only where the result is a valid value, raw text kept."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from preaudit.model.records import RawDocument
from preaudit.parsers.ocr import Word
from preaudit.parsers.ocr_repair import repair_cell
from preaudit.parsers.recognise import extract
from preaudit.parsers.scan_layout import layout_page, mark_low_confidence


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("2026-07-3108:41", "2026-07-31 08:41"),  # day and hour ran together
        ("2026-08-0110:30", "2026-08-01 10:30"),
        ("2026/07/3108:41", "2026/07/31 08:41"),
        ("2026-07-3108：41", "2026-07-31 08:41"),  # full-width colon
        ("2026年7月3108:41", "2026年7月31 08:41"),
        ("2O26-1O-O1 O9:3O", "2026-10-01 09:30"),  # O read for 0
        ("2026-l0-0I 09:30", "2026-10-01 09:30"),  # l and I read for 1
        ("IO:3O", "10:30"),  # a time of day alone
        ("GD20261001001。", "GD20261001001"),  # a stray full stop after an id
        ("GD20261001001.", "GD20261001001"),
        ("HX-2026-0042，", "HX-2026-0042"),
    ],
)
def test_must_fix(read: str, meant: str) -> None:
    assert repair_cell(read) == meant


@pytest.mark.parametrize(
    "read",
    [
        "2026-08-010:3",  # the date is certain, the minute lost a digit: not a time
        "2026-8-109:30",  # 1 + 09:30 or 10 + 9:30: two readings, so neither
        "2026-08-3125:10",  # no day-and-hour split is real
        "2026-08-01 0:3",
        "13812345678",  # a phone number never becomes a date
        "138l2345678",
        "1200.00",  # nor an amount
        "1,200.",
        "王丽",  # two-character names are names
        "张伟",
        "KFR-35GW.",  # a model number is not an id (fewer than four digits)
        "Iphone 15",
        "lOl",
        "已更换压缩机。",  # a sentence keeps its full stop
        "2026-10-01",
        "",
    ],
)
def test_must_not_touch(read: str) -> None:
    assert repair_cell(read) == read


def _ledger(cells: list[list[str]]) -> tuple[np.ndarray, list[Word]]:
    """A ruled ledger drawn at 150 dpi with the OCR words a reader would find in it."""
    xs, top, height = [100, 300, 460, 700, 940], 200, 50
    image = Image.new("L", (1240, 200 + height * (len(cells) + 1)), 255)
    draw = ImageDraw.Draw(image)
    words = []
    for r, row in enumerate(cells):
        y = top + r * height
        draw.line((xs[0], y, xs[-1], y), fill=0, width=2)
        for c, text in enumerate(row):
            if text:
                words.append(Word(text, xs[c] + 8, y + 14, xs[c + 1] - 8, y + 36, 0.97))
    bottom = top + len(cells) * height
    draw.line((xs[0], bottom, xs[-1], bottom), fill=0, width=2)
    for x in xs:
        draw.line((x, top, x, bottom), fill=0, width=2)
    return np.asarray(image, dtype=np.uint8), words


def test_repaired_dates_are_read_and_the_raw_text_is_kept() -> None:
    grey, words = _ledger([
        ["工单编号", "客户姓名", "联系电话", "报修时间"],
        ["GD20261001001。", "王丽", "13812345678", "2026-10-0109:30"],
        ["GD20261001002", "李强", "13912345678", "2026-10-02 14:05"],
    ])
    layout = layout_page(grey, words, page=1, first_index=1)
    document = RawDocument(file="ledger.jpg", format="image", page_count=1)
    document.tables.extend(layout.tables)
    extracted = extract(document)
    mark_low_confidence(document, extracted)
    first, second = extracted.records["work_orders"]
    assert first["record_id"] == "GD20261001001"
    assert first["customer_name"] == "王丽"
    assert str(first["reported_at"]) == "2026-10-01 09:30:00"
    assert first["_ocr_raw"] == {"record_id": "GD20261001001。",
                                 "reported_at": "2026-10-0109:30"}
    assert "_ocr_raw" not in second  # nothing repaired, nothing to show
