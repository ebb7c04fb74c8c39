"""Issue 12: a digital form read as a page, not only as its ruled table.

System-made (iText-style) forms print the form number on a line above the grid and put the
customer's signature picture in a borderless box beside its label, outside every ruled cell.
Signed forms must read as signed, with their number; a blank signature box as unsigned.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Image, PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

from preaudit.parsers import parse_file
from preaudit.parsers.limits import ReadLimits
from sample_data.gen.builders import FONT, _grid, _style, png_bytes
from tests.fonts import cjk_font_installed


def _form_pdf(path: Path, signed: list[bool], inside: bool) -> Path:
    doc = SimpleDocTemplate(str(path), pagesize=A4)
    story: list[object] = []
    for n, has_signature in enumerate(signed, start=1):
        story += [Paragraph("售后服务工单", _style(16)), Paragraph(f"工单编号：GD2026{n:04d}", _style(10))]
        grid = [
            ["客户姓名", f"客户{n}", "联系电话", f"1380013{n:04d}"],
            ["报修时间", f"2026-10-{n:02d} 09:00", "完成时间", f"2026-10-{n:02d} 15:00"],
            ["故障描述", "不制冷", "处理结果", "加氟"],
        ]
        picture = Image(io.BytesIO(png_bytes("black", 24)), 40, 20) if has_signature else ""
        box = Table([["客户签字", picture, "日期", f"2026-10-{n:02d}"]],
                    colWidths=[60, 60, 40, 80])
        box.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT)]))
        if inside:  # the borderless box nested in the grid's last row
            grid.append([box, None, None, None])
            story.append(_grid(grid, colWidths=[70, 150, 70, 150],
                               extra=[("SPAN", (0, 3), (3, 3))]))
        else:  # the borderless box under the grid, outside every ruled cell
            story += [_grid(grid, colWidths=[70, 150, 70, 150]), box]
        if n < len(signed):
            story.append(PageBreak())
    doc.build(story)
    return path


@pytest.mark.parametrize("inside", [True, False], ids=["nested", "below-the-grid"])
def test_signature_pictures_and_numbers_outside_the_grid_are_read(
    tmp_path: Path, inside: bool
) -> None:
    path = _form_pdf(tmp_path / "forms.pdf", [True, False, True], inside)
    _, extracted = parse_file(path, path.name, ReadLimits())
    records = extracted.records["work_orders"]
    assert [r["record_id"] for r in records] == ["GD20260001", "GD20260002", "GD20260003"]
    assert [r["signature_image"] is not None for r in records] == [True, False, True]
    assert all(r["signature"] in (None, "") for r in records)  # the date is not the signature
    assert records[1]["customer_name"] == "客户2"


@pytest.mark.slow
@pytest.mark.skipif(not cjk_font_installed(),
                    reason="no CJK font: pdfium renders the scan's non-embedded text blank")
def test_the_same_forms_printed_and_scanned_are_read_alike(tmp_path: Path) -> None:
    """Scanned (sample_data/gen/scanner.py): the number above the grid is read by OCR from the
    page text; the ink right of a 客户签字 label outside the grid is the signature; the grid's
    last rule along the borderless box is not."""
    import random

    import numpy as np

    from sample_data.gen import scanner

    digital = _form_pdf(tmp_path / "forms.pdf", [True, False, True], inside=False)
    rng, noise = random.Random(3), np.random.default_rng(3)
    pages = []
    for page in scanner.render_pages(digital, scanner.OFFICE_DPI, printer=True):
        look = scanner.office_look(rng, shadow_chance=0.0)
        pages.append(scanner.jpeg_bytes(scanner.spoil(page, look, noise), look.quality))
    scanned = tmp_path / "scan.pdf"
    scanner.write_image_pdf(scanned, pages)
    _, extracted = parse_file(scanned, scanned.name, ReadLimits())
    records = extracted.records["work_orders"]
    assert [r["record_id"] for r in records] == ["GD20260001", "GD20260002", "GD20260003"]
    assert [r["signature_image"] is not None for r in records] == [True, False, True]
