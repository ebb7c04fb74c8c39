"""Scan parity on a three-page subset: the same forms audited digital and as office scans.

Pages 14, 16 and 18 of the defects package's work-order forms hold a date-order defect and one
signature picture pasted on two customers' forms. Printed and scanned by the scanner model,
they must give the same findings as the digital file (bench/scan_parity.py does every package).
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest

from preaudit.pipeline.run import RunOptions, audit
from sample_data.gen import scanner
from tests.fonts import cjk_font_installed

ROOT = Path(__file__).resolve().parents[2]
DEFECTS = ROOT / "sample_data" / "packages" / "defects"
PAGES = [14, 16, 18]


def _subset(target: Path) -> Path:
    target.mkdir(parents=True)
    shutil.copyfile(DEFECTS / "application.toml", target / "application.toml")
    source = pdfium.PdfDocument(str(DEFECTS / "scan_0007.pdf"))
    subset = pdfium.PdfDocument.new()
    subset.import_pages(source, [n - 1 for n in PAGES])
    subset.save(str(target / "工单.pdf"))
    subset.close()
    source.close()
    return target / "工单.pdf"


def _on_paper(digital: Path, target: Path, seed: int) -> None:
    target.mkdir(parents=True)
    shutil.copyfile(digital.parent / "application.toml", target / "application.toml")
    rng, noise = random.Random(seed), np.random.default_rng(seed)
    scans = []
    for page in scanner.render_pages(digital, scanner.OFFICE_DPI, printer=True):
        look = scanner.office_look(rng, shadow_chance=0.5)
        scans.append(scanner.jpeg_bytes(scanner.spoil(page, look, noise), look.quality))
    scanner.write_image_pdf(target / "扫描件.pdf", scans)


def _codes(report: dict) -> dict[str, list[str]]:
    return {f["code"]: sorted(e["record_id"] or "" for e in f["evidence"])
            for f in report["findings"]}


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils (.ci/run)")
@pytest.mark.skipif(not cjk_font_installed(),
                    reason="no CJK font: the scan of a PDF that does not embed its font is blank")
def test_scanned_forms_give_the_digital_findings(tmp_path: Path) -> None:
    digital = _subset(tmp_path / "digital")
    _on_paper(digital, tmp_path / "paper", seed=3)
    on_screen = _codes(audit(tmp_path / "digital", tmp_path / "out1", RunOptions()).report)
    on_paper = _codes(audit(tmp_path / "paper", tmp_path / "out2", RunOptions()).report)
    assert on_screen["WO_SIGNATURE_REUSED"] == ["SH20261029018", "SH20261030019"]
    assert "WO_DATE_ORDER" in on_screen
    on_paper.pop("OCR_LOW_CONFIDENCE", None)  # a request to look, only paper can raise it
    assert on_paper == on_screen
