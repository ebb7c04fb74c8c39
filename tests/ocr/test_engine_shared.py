"""One OCR engine per auditing process, inherited by every forked reader (decision 118)."""

from __future__ import annotations

import io
import os
from pathlib import Path

from openpyxl import Workbook
from PIL import Image

from preaudit.parsers import ocr
from preaudit.pipeline.isolate import JobLimits, parse_all


def _probe(path: Path, name: str, limits: object, *_known: object) -> tuple[str, dict]:
    """Runs in the forked reader instead of the parse: what engine did it inherit?"""
    return "probe", {"engine": ocr._ENGINE, "pid": os.getpid()}


def _files(tmp_path: Path) -> dict[str, Path]:
    photo = tmp_path / "photo.png"
    buffer = io.BytesIO()
    Image.new("L", (40, 40), 255).save(buffer, format="PNG")
    photo.write_bytes(buffer.getvalue())
    sheet = tmp_path / "sheet.xlsx"
    Workbook().save(sheet)
    return {"photo": photo, "sheet": sheet}


def test_the_engine_is_built_once_before_the_first_ocr_reader_forks(tmp_path, monkeypatch):
    built: list[int] = []

    def counting_engine() -> str:  # the real one loads models for 1-2 s; the wiring is tested
        if ocr._ENGINE is None:
            built.append(os.getpid())
            ocr._ENGINE = "engine"
        return ocr._ENGINE

    monkeypatch.setattr(ocr, "_ENGINE", None)
    monkeypatch.setattr(ocr, "engine", counting_engine)
    files = _files(tmp_path)
    limits = JobLimits(workers=1)

    [digital] = parse_all([("sheet.xlsx", files["sheet"])], limits, task=_probe)
    assert built == [] and digital.extracted["engine"] is None  # no scan, no models loaded

    names = [("a.png", files["photo"]), ("sheet.xlsx", files["sheet"]), ("b.png", files["photo"])]
    outcomes = parse_all(names, limits, task=_probe)
    assert built == [os.getpid()]  # once, here in the auditing process, not per file
    engines = {o.name: o.extracted["engine"] for o in outcomes}
    # every OCR reader has it; the sheet has it only if forked after the first scan (files
    # start biggest first, so here it starts first and loads nothing it does not need)
    assert engines["a.png"] == engines["b.png"] == "engine"
    assert all(o.extracted["pid"] != os.getpid() for o in outcomes)  # read in forked children
