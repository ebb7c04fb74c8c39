"""One builder per format, shared by all packages. Each returns where it put the records."""

from __future__ import annotations

import io
import random
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from PIL import Image, ImageDraw
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    Image as RLImage,
)
from reportlab.platypus import (
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

FONT = "STSong-Light"  # built-in CID font: Chinese text without shipping a font file
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
FIXED_ZIP_TIME = (2026, 11, 18, 9, 0, 0)  # OOXML members get one date: byte-stable output
FIXED_CORE_TIME = "2026-11-18T09:00:00Z"

Cell = str | int | float | datetime | date | None

# ---------------------------------------------------------------------------- OOXML helpers


def freeze_zip(path: Path) -> None:
    """Rewrite an OOXML zip with fixed member times and core-property dates.

    python-docx and openpyxl stamp "now" into both, which would make every run differ.
    """
    with zipfile.ZipFile(path) as source:
        members = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in members:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                              rb"\g<1>" + FIXED_CORE_TIME.encode(), data)
            target.writestr(zipfile.ZipInfo(name, FIXED_ZIP_TIME), data,
                            compress_type=zipfile.ZIP_DEFLATED)


# ---------------------------------------------------------------------------- xlsx


@dataclass
class Sheet:
    """A worksheet: optional preamble lines (first merged as a title), a header, data rows."""

    name: str
    headers: list[str]
    rows: list[list[Cell]]
    preamble: list[str] = field(default_factory=list)
    number_formats: dict[int, str] = field(default_factory=dict)  # column index -> format
    hidden: bool = False  # a hidden worksheet (layout variants)

    @property
    def header_row(self) -> int:
        return len(self.preamble) + 1

    def excel_row(self, index: int) -> int:
        """The row number Excel shows for data row ``index`` (0-based)."""
        return self.header_row + 1 + index


def write_xlsx(path: Path, sheets: list[Sheet]) -> None:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for sheet in sheets:
        ws = workbook.create_sheet(sheet.name)
        _fill_sheet(ws, sheet)
        if sheet.hidden:
            ws.sheet_state = "hidden"
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    freeze_zip(path)


def _fill_sheet(ws: object, sheet: Sheet) -> None:
    width = len(sheet.headers)
    for number, line in enumerate(sheet.preamble, start=1):
        ws.cell(number, 1, line or None)
        if number == 1:
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
            ws.cell(1, 1).font = Font(size=14, bold=True)
            ws.cell(1, 1).alignment = Alignment(horizontal="center")
    for col, header in enumerate(sheet.headers, start=1):
        ws.cell(sheet.header_row, col, header).font = Font(bold=True)
        ws.column_dimensions[ws.cell(sheet.header_row, col).column_letter].width = 16
    for index, values in enumerate(sheet.rows):
        for col, value in enumerate(values):
            cell = ws.cell(sheet.excel_row(index), col + 1, value if value != "" else None)
            if col in sheet.number_formats and isinstance(value, datetime | date):
                cell.number_format = sheet.number_formats[col]


# ---------------------------------------------------------------------------- docx


@dataclass
class DocTable:
    headers: list[str]  # [] for a table with no header row (the rest of a split table)
    rows: list[list[str]]
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # r1, c1, r2, c2
    sdt_rows: bool = False  # wrap every data row in a content control (w:sdt)


Block = str | DocTable  # a paragraph of text, or a table


def write_docx(path: Path, title: str, blocks: list[Block], wide: bool = False) -> None:
    """Title line, then paragraphs and tables in order. Table n is the n-th body table."""
    document = Document()
    if wide:  # many columns: landscape so the table stays legible
        section = document.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
        section.left_margin = section.right_margin = Cm(1.5)
    heading = document.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = heading.add_run(title)
    run.bold, run.font.size = True, Pt(16)
    for block in blocks:
        if isinstance(block, DocTable):
            _docx_table(document, block)
        else:
            document.add_paragraph(block)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    freeze_zip(path)


def _docx_table(document: object, spec: DocTable) -> None:
    width = len(spec.headers or spec.rows[0])
    table = document.add_table(rows=1 if spec.headers else 0, cols=width)
    table.style = "Table Grid"
    if spec.headers:
        for cell, header in zip(table.rows[0].cells, spec.headers, strict=True):
            cell.text = header
    for values in spec.rows:  # add_row().cells is linear; table.cell(r, c) is quadratic
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    for r1, c1, r2, c2 in spec.merges:
        table.cell(r1, c1).merge(table.cell(r2, c2))
    if spec.sdt_rows:
        _wrap_rows_in_sdt(table, first=1 if spec.headers else 0)


def _wrap_rows_in_sdt(table: object, first: int) -> None:
    """Put each row from ``first`` on inside <w:sdt><w:sdtContent> (a repeating section)."""
    from docx.oxml import OxmlElement

    for row in list(table.rows)[first:]:
        tr = row._tr
        sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
        tr.addprevious(sdt)
        content.append(tr)
        sdt.append(OxmlElement("w:sdtPr"))
        sdt.append(content)


# ---------------------------------------------------------------------------- pdf

TITLE = ParagraphStyle("title", fontName=FONT, fontSize=16, leading=22, alignment=1, spaceAfter=8)
BODY = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=16, wordWrap="CJK",
                      spaceAfter=4)
CELL = ParagraphStyle("cell", fontName=FONT, fontSize=8.5, leading=11, wordWrap="CJK")
LEDGER = ParagraphStyle("ledger", parent=CELL, fontSize=7.5, leading=9.5)
GRID = [
    ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
    ("FONTNAME", (0, 0), (-1, -1), FONT),
    ("FONTSIZE", (0, 0), (-1, -1), 9),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
]


def _doc(path: Path, wide: bool = False) -> SimpleDocTemplate:
    path.parent.mkdir(parents=True, exist_ok=True)
    size = landscape(A4) if wide else A4
    # invariant=1: no creation date or random document id, so the bytes are reproducible
    return SimpleDocTemplate(str(path), pagesize=size, invariant=1, leftMargin=1.6 * cm,
                             rightMargin=1.6 * cm, topMargin=1.5 * cm, bottomMargin=1.5 * cm,
                             title="", author="")


def _cells(values: list[Cell], style: ParagraphStyle = CELL) -> list[object]:
    return [Paragraph(str(v) if v is not None else "", style) for v in values]


def ruled_table(headers: list[str], rows: list[list[Cell]], widths: list[float] | None = None,
                repeat: bool = True, style: ParagraphStyle = CELL, ruled: bool = True) -> Table:
    """A table with a grey header; ``ruled=False`` draws no lines at all (an unruled ledger)."""
    header_style = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]
    head = [_cells(headers, style)] if headers else []
    table = Table(head + [_cells(r, style) for r in rows], colWidths=widths,
                  repeatRows=1 if repeat and headers else 0)
    table.setStyle(TableStyle((GRID + header_style) if ruled else GRID[1:]))
    return table


PdfBlock = str | Table


def write_pdf_text(path: Path, title: str, blocks: list[PdfBlock], wide: bool = False) -> None:
    """Title line, then paragraphs and ruled tables (policy texts, lists, licence, report)."""
    story: list[object] = [Paragraph(title, TITLE)]
    for block in blocks:
        story.append(Paragraph(block, BODY) if isinstance(block, str) else block)
        story.append(Spacer(1, 4))
    _doc(path, wide).build(story)


def write_pdf_ledger(path: Path, title: str, headers: list[str], rows: list[list[Cell]],
                     per_page: list[int], widths: list[float], repeat: bool = True,
                     ruled: bool = True) -> list[int]:
    """One logical ruled table over several pages, header repeated on each.

    We break pages ourselves (``per_page`` rows each) so the page of every row is known
    exactly for the expected evidence. Returns the page of each data row.
    """
    story: list[object] = [Paragraph(title, TITLE)]
    pages: list[int] = []
    start = 0
    for page, count in enumerate(per_page, start=1):
        chunk = rows[start:start + count]
        # repeat=False: the header is printed on the first page only
        shown = headers if repeat or page == 1 else []
        story.append(ruled_table(shown, chunk, widths, style=LEDGER, ruled=ruled))
        pages += [page] * len(chunk)
        start += count
        if start < len(rows):
            story.append(PageBreak())
    if start != len(rows):
        raise ValueError("per_page does not cover every row")
    _doc(path, wide=True).build(story)
    return pages


@dataclass
class FormRow:
    """One row of a label/value form: two pairs, or one pair whose value spans 3 columns."""

    pairs: list[tuple[str, str | bytes | None]]


def write_pdf_forms(path: Path, title: str, subtitle: str, forms: list[list[FormRow]],
                    labels_above: bool = False) -> None:
    """One form per page; a bytes value is a PNG drawn inside its cell (a signature).

    ``labels_above``: each label sits in its own row above its value (another common form).
    """
    story: list[object] = []
    for number, form in enumerate(forms):
        if number:
            story.append(PageBreak())
        grid = _form_above(form) if labels_above else _form(form)
        story += [Paragraph(title, TITLE), Paragraph(subtitle, BODY), Spacer(1, 6), grid]
    _doc(path).build(story)


def _form_above(rows: list[FormRow]) -> Table:
    """Labels in one row, their values in the row below, four pairs across."""
    pairs = [pair for row in rows for pair in row.pairs]
    data: list[list[object]] = []
    for start in range(0, len(pairs), 4):
        chunk = pairs[start:start + 4] + [("", "")] * (4 - len(pairs[start:start + 4]))
        data.append([Paragraph(label, CELL) for label, _ in chunk])
        data.append([_form_value(value) for _, value in chunk])
    table = Table(data, colWidths=[4.2 * cm] * 4, rowHeights=[1.0 * cm] * len(data))
    table.setStyle(TableStyle(GRID))
    return table


def _form(rows: list[FormRow]) -> Table:
    data: list[list[object]] = []
    spans: list[tuple[str, tuple[int, int], tuple[int, int]]] = []
    for r, row in enumerate(rows):
        cells: list[object] = []
        for label, value in row.pairs:
            cells += [Paragraph(label, CELL), _form_value(value)]
        if len(row.pairs) == 1:
            cells += ["", ""]
            spans.append(("SPAN", (1, r), (3, r)))
        data.append(cells)
    table = Table(data, colWidths=[2.6 * cm, 5.8 * cm, 2.6 * cm, 5.8 * cm],
                  rowHeights=[1.1 * cm] * len(data))
    label_bg = [("BACKGROUND", (c, 0), (c, -1), colors.HexColor("#f0f0f0")) for c in (0, 2)]
    table.setStyle(TableStyle(GRID + spans + label_bg))
    return table


def _form_value(value: str | bytes | None) -> object:
    if isinstance(value, bytes):
        return RLImage(io.BytesIO(value), width=2.7 * cm, height=0.9 * cm)
    return Paragraph(value or "", CELL)


def write_pdf_org_chart(path: Path, title: str, tree: tuple[str, list[tuple[str, list[str]]]],
                        company: str) -> None:
    """Boxes and connecting lines drawn on the canvas, like an exported diagram."""
    path.parent.mkdir(parents=True, exist_ok=True)
    width, height = landscape(A4)
    pdf = pdfcanvas.Canvas(str(path), pagesize=(width, height), invariant=1)
    pdf.setFont(FONT, 18)
    pdf.drawCentredString(width / 2, height - 50, title)
    pdf.setFont(FONT, 11)
    pdf.drawCentredString(width / 2, height - 72, company)
    root, departments = tree
    top = (width / 2, height - 130)
    _box(pdf, *top, root)
    step = width / (len(departments) + 1)
    for i, (name, teams) in enumerate(departments, start=1):
        x, y = step * i, height - 230
        pdf.line(top[0], top[1] - 14, x, y + 14)
        _box(pdf, x, y, name)
        above = y - 14  # each team hangs under the box above it
        for j, team in enumerate(teams):
            ty = y - 60 - j * 45
            pdf.line(x, above, x, ty + 14)
            _box(pdf, x, ty, team)
            above = ty - 14
    pdf.showPage()
    pdf.save()


def _box(pdf: pdfcanvas.Canvas, x: float, y: float, text: str) -> None:
    pdf.rect(x - 48, y - 14, 96, 28)
    pdf.drawCentredString(x, y - 4, text)


# ---------------------------------------------------------------------------- images


def signature_png(seed: str) -> bytes:
    """A small hand-drawn-looking signature: random strokes seeded by ``seed`` (the customer)."""
    rng = random.Random(seed)
    image = Image.new("RGB", (240, 80), "white")
    draw = ImageDraw.Draw(image)
    x, y = 15.0, 45.0
    for _ in range(rng.randint(3, 5)):  # a few pen-down strokes, like written characters
        points = [(x, y)]
        for _ in range(rng.randint(5, 9)):
            x = min(230.0, x + rng.uniform(2, 12))
            y = min(70.0, max(10.0, y + rng.uniform(-18, 18)))
            points.append((x, y))
        draw.line(points, fill=(20, 20, 90), width=rng.randint(2, 3), joint="curve")
        x += rng.uniform(4, 14)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()
