"""The SpreadsheetML parts of findings.xlsx, written as text: a workbook of plain sheets.

reports/xlsx.py decides what each cell holds; this module only spells it as Office Open XML.
openpyxl built a Python object per cell and an XML element per object: 0.5 s for the 55,000
cells of the embedded bench bundle, most of the report stage. Here a cell is one f-string.

What the parts can hold, and nothing more: inline-string cells, number cells, the header row's
bold and fill, top-aligned wrapping and Excel's quote-prefix style (for text that starts like
a formula), column widths, a frozen header row and an autofilter. There is no way to write a
formula: no ``<f>`` element exists in this module. Text must come cleaned of the characters
XML 1.0 cannot carry (reports.view.clean); it is escaped here.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from io import BytesIO

from openpyxl.utils import get_column_letter

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
HEADER_FILL_RGB = "00E4E7EC"  # what openpyxl wrote for PatternFill(fgColor="E4E7EC")
# Deflate level 1: on the embedded bench bundle the file is 12 % larger than at level 6
# (195 kB, not 174 kB) and written 0.03 s sooner, a fifth of what is left of the writer.
COMPRESSION_LEVEL = 1


def style_index(*, header: bool, quote: bool, wrap: bool) -> int:
    """The cellXfs entry for a cell: styles.xml lists all eight combinations in this order."""
    return header * 4 + quote * 2 + wrap


def _xf(header: bool, quote: bool, wrap: bool) -> str:
    font_fill = ' fontId="1" fillId="2" applyFont="1" applyFill="1"' if header else (
        ' fontId="0" fillId="0"'
    )
    prefix = ' quotePrefix="1"' if quote else ""
    if not wrap:
        return f'<xf numFmtId="0"{font_fill} borderId="0" xfId="0"{prefix}/>'
    return (
        f'<xf numFmtId="0"{font_fill} borderId="0" xfId="0"{prefix} applyAlignment="1">'
        '<alignment vertical="top" wrapText="1"/></xf>'
    )


_XFS = [_xf(h, q, w) for h in (False, True) for q in (False, True) for w in (False, True)]
STYLES = (
    f'{DECLARATION}<styleSheet xmlns="{MAIN}">'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b val="1"/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="3"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill>'
    f'<fill><patternFill patternType="solid"><fgColor rgb="{HEADER_FILL_RGB}"/></patternFill>'
    "</fill></fills>"
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    f'<cellXfs count="{len(_XFS)}">{"".join(_XFS)}</cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)


def escape(text: str) -> str:
    """Text as XML character data. A carriage return is written as a reference, which XML
    parsers would otherwise turn into a line feed."""
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    )


def escape_attribute(text: str) -> str:
    return escape(text).replace('"', "&quot;")


def text_cell(text: str, style: int) -> str:
    """A cell's attributes after its reference, and its content: an inline string."""
    space = ' xml:space="preserve"' if text != text.strip() else ""
    styled = f' s="{style}"' if style else ""
    return f'{styled} t="inlineStr"><is><t{space}>{escape(text)}</t></is></c>'


def number_cell(value: int | float) -> str:
    return f' t="n"><v>{value!r}</v></c>'


@dataclass
class Sheet:
    """One worksheet: its title, column widths and its <row> elements, already spelt."""

    title: str
    widths: list[float]
    rows: list[str]  # "<row r=…>…</row>", the header first

    def xml(self, selected: bool) -> str:
        last = get_column_letter(len(self.widths))
        span = f"A1:{last}{max(len(self.rows), 1)}"
        cols = "".join(
            f'<col min="{n}" max="{n}" width="{width:g}" customWidth="1"/>'
            for n, width in enumerate(self.widths, start=1)
        )
        tab = ' tabSelected="1"' if selected else ""
        return (
            f'{DECLARATION}<worksheet xmlns="{MAIN}" xmlns:r="{REL}">'
            f'<dimension ref="{span}"/>'
            f'<sheetViews><sheetView workbookViewId="0"{tab}>'
            '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
            '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
            "</sheetView></sheetViews>"
            '<sheetFormatPr defaultRowHeight="15"/>'
            f"<cols>{cols}</cols>"
            f'<sheetData>{"".join(self.rows)}</sheetData>'
            f'<autoFilter ref="{span}"/>'
            "</worksheet>"
        )

    def filter_name(self, index: int) -> str:
        """The hidden defined name Excel keeps for a sheet's autofilter range."""
        quoted = "'" + self.title.replace("'", "''") + "'"
        last = get_column_letter(len(self.widths))
        where = f"{quoted}!$A$1:${last}${max(len(self.rows), 1)}"
        return (
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{index}" hidden="1">'
            f"{escape(where)}</definedName>"
        )


def workbook_bytes(sheets: list[Sheet], creator: str) -> bytes:
    """The .xlsx file: the sheets, their workbook, styles and document properties."""
    buffer = BytesIO()
    with zipfile.ZipFile(
        buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=COMPRESSION_LEVEL
    ) as archive:
        for name, text in _parts(sheets, creator):
            archive.writestr(name, text.encode("utf-8"))
    return buffer.getvalue()


def _parts(sheets: list[Sheet], creator: str) -> Iterable[tuple[str, str]]:
    yield "[Content_Types].xml", _content_types(len(sheets))
    yield "_rels/.rels", _relationships(
        [
            (f"{REL}/officeDocument", "xl/workbook.xml"),
            (f"{PACKAGE_REL}/metadata/core-properties", "docProps/core.xml"),
            (f"{REL}/extended-properties", "docProps/app.xml"),
        ]
    )
    yield "docProps/core.xml", _core(creator)
    yield "docProps/app.xml", (
        f'{DECLARATION}<Properties xmlns="{_EXTENDED}"><Application>'
        f"{escape(creator)}</Application></Properties>"
    )
    yield "xl/workbook.xml", _workbook(sheets)
    yield "xl/_rels/workbook.xml.rels", _relationships(
        [(f"{REL}/worksheet", f"worksheets/sheet{n}.xml") for n in range(1, len(sheets) + 1)]
        + [(f"{REL}/styles", "styles.xml")]
    )
    yield "xl/styles.xml", STYLES
    for n, sheet in enumerate(sheets, start=1):
        yield f"xl/worksheets/sheet{n}.xml", sheet.xml(selected=n == 1)


_EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
_OFFICE = "application/vnd.openxmlformats-officedocument"


def _content_types(count: int) -> str:
    overrides = [
        ("/xl/workbook.xml", f"{_OFFICE}.spreadsheetml.sheet.main+xml"),
        ("/xl/styles.xml", f"{_OFFICE}.spreadsheetml.styles+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/docProps/app.xml", f"{_OFFICE}.extended-properties+xml"),
    ] + [
        (f"/xl/worksheets/sheet{n}.xml", f"{_OFFICE}.spreadsheetml.worksheet+xml")
        for n in range(1, count + 1)
    ]
    return (
        f'{DECLARATION}<Types xmlns="{_TYPES}">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides)
        + "</Types>"
    )


def _relationships(targets: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<Relationship Id="rId{n}" Type="{kind}" Target="{target}"/>'
        for n, (kind, target) in enumerate(targets, start=1)
    )
    return f'{DECLARATION}<Relationships xmlns="{PACKAGE_REL}">{items}</Relationships>'


def _core(creator: str) -> str:
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return (
        f"{DECLARATION}<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:creator>{escape(creator)}</dc:creator>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{now}</dcterms:modified>'
        "</cp:coreProperties>"
    )


def _workbook(sheets: list[Sheet]) -> str:
    entries = "".join(
        f'<sheet name="{escape_attribute(sheet.title)}" sheetId="{n}" r:id="rId{n}"/>'
        for n, sheet in enumerate(sheets, start=1)
    )
    names = "".join(sheet.filter_name(index) for index, sheet in enumerate(sheets))
    return (
        f'{DECLARATION}<workbook xmlns="{MAIN}" xmlns:r="{REL}">'
        '<bookViews><workbookView activeTab="0"/></bookViews>'
        f"<sheets>{entries}</sheets><definedNames>{names}</definedNames></workbook>"
    )
