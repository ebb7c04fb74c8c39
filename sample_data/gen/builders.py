"""Small fixture files built in the tests themselves (no binary fixtures in the repository)."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from docx import Document
from openpyxl import Workbook
from PIL import Image as PILImage
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import (
    Image,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))  # built-in CID font: no font file needed

WO_HEADER = ["工单编号", "客户姓名", "联系电话", "报修时间", "故障描述", "处理结果", "维修人员"]


def wo_row(n: int) -> list[str]:
    return [
        f"GD{n:04d}", f"客户{n}", f"1380013{n:04d}", f"2026-09-{1 + n % 28:02d} 09:30",
        "空调不制冷", "更换电容", "王师傅",
    ]


def png_bytes(colour: str = "red", size: int = 12) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (size, size), colour).save(buffer, format="PNG")
    return buffer.getvalue()


# ---------------------------------------------------------------- xlsx


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]], merges=None, formats=None):
    """``formats``: {(sheet, 'B5'): number format} applied to cells before saving."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
        for ref in (merges or {}).get(name, []):
            sheet.merge_cells(ref)
    for (name, ref), number_format in (formats or {}).items():
        workbook[name][ref].number_format = number_format
    workbook.save(path)
    return path


def force_builtin_format(path: Path, custom_code: str, builtin_id: int) -> None:
    """Rewrite styles.xml so cells using ``custom_code`` point at a built-in id instead.

    Chinese-locale Excel writes ids 27-36/50-58 with no format code in the file; openpyxl can
    only write custom ids (>= 164), so the id is patched in after saving.
    """
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    styles = parts["xl/styles.xml"].decode()
    escaped = custom_code.replace('"', "&quot;")
    match = re.search(rf'<numFmt numFmtId="(\d+)" formatCode="{re.escape(escaped)}"\s*/>', styles)
    assert match, styles
    custom_id = match.group(1)
    styles = styles.replace(match.group(0), "")
    styles = styles.replace(f'numFmtId="{custom_id}"', f'numFmtId="{builtin_id}"')
    parts["xl/styles.xml"] = styles.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


# ---------------------------------------------------------------- pdf


def _style(size: int = 10) -> ParagraphStyle:
    return ParagraphStyle("cn", fontName=FONT, fontSize=size, leading=size + 4)


def _grid(data, extra=(), **kwargs) -> Table:
    table = Table(data, **kwargs)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                *extra,
            ]
        )
    )
    return table


def ledger_pdf(path: Path, rows: int, repeat_header: bool, title: str = "售后服务工单台账"):
    """A ruled ledger long enough to run over several pages."""
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4))
    data = [WO_HEADER] + [wo_row(n) for n in range(1, rows + 1)]
    table = _grid(data, repeatRows=1 if repeat_header else 0)
    doc.build([Paragraph(title, _style(16)), Spacer(1, 12), table])
    return path


def forms_pdf(path: Path, count: int, signature_png: bytes | None = None):
    """One 4-column work-order form per page, merged value cells like real exports."""
    doc = SimpleDocTemplate(str(path), pagesize=A4)
    story = []
    for n in range(1, count + 1):
        signature = "张三" if signature_png is None else Image(io.BytesIO(signature_png), 20, 20)
        data = [
            ["工单编号", f"GD{n:04d}", "报修时间", f"2026-09-{n:02d} 14:20"],
            ["客户姓名", f"客户{n}", "联系电话", f"138 0013 {n:04d}"],
            ["服务地址", "西安市雁塔区高新路52号", None, None],
            ["故障描述", "洗衣机不排水", None, None],
            ["处理结果", "疏通排水管", None, None],
            ["上门时间", f"2026-09-{n:02d} 16:00", "完成时间", f"2026-09-{n:02d} 17:30"],
            ["维修人员", "李工", "客户签字", signature],
        ]
        spans = [("SPAN", (1, r), (3, r)) for r in (2, 3, 4)]
        story += [Paragraph("客户服务工单", _style(16)), Spacer(1, 10)]
        story.append(_grid(data, colWidths=[70, 150, 70, 150], extra=spans))
        if n < count:
            story.append(PageBreak())
    doc.build(story)
    return path


def text_pdf(path: Path, paragraphs: list[str], encrypt: str | None = None):
    doc = SimpleDocTemplate(str(path), pagesize=A4, encrypt=encrypt)
    doc.build([Paragraph(text, _style()) for text in paragraphs])
    return path


# ---------------------------------------------------------------- docx


def word_with_table(path: Path, title: str, rows: list[list[str]], image_cell=None):
    document = Document()
    document.add_paragraph(title)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                table.cell(r, c).text = value
    if image_cell is not None:
        r, c, data = image_cell
        run = table.cell(r, c).paragraphs[0].add_run()
        run.add_picture(io.BytesIO(data))
    document.save(path)
    return table, document
