"""Build the hostile corpus of shared/reference/hostile-input.md §2 at test time.

Nothing malicious is committed: every attack is generated here, small on disk, into a
temporary folder. ``build_package`` writes one package zip holding all of them beside the
valid sample files; ``ATTACKS`` says, per file, what must become of it.

Run by hand: ``python sample_data/gen/hostile.py OUT_DIR`` (bench/hostile.py uses it too).
"""

from __future__ import annotations

import io
import os
import random
import shutil
import stat
import sys
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import openpyxl
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

REPO = Path(__file__).resolve().parents[2]
CLEAN = REPO / "sample_data" / "packages" / "clean"

# Limits the hostile test runs with (see test_hostile_package.py): low enough that the
# whole package is read in well under a minute on two cores.
TEST_CONFIG = """\
[limits]
wall_seconds = 10
cpu_seconds = 8
memory_mib = 512
[limits.read]
max_part_mib = 16
max_pages = 2000
[limits.archive]
max_member_mib = 40
"""


@dataclass(frozen=True)
class Attack:
    """One hostile file: how it is built and what must become of it."""

    name: str  # display name inside the package
    ref: str  # hostile-input.md row
    build: Callable[[], bytes] | None  # None: built by the package builder (zip members)
    status: str  # "unreadable", "parsed" or "unrecognised"
    words: tuple[str, ...] = ()  # one of these must be in the English reason
    stopped_by: str = ""  # the limit or check expected to stop it (for the docs table)


# --------------------------------------------------------------------------- PDF helpers


def pdf_bytes(objects: list[bytes], root: int = 1, xref: bool = True) -> bytes:
    """A PDF from numbered object bodies (object n is objects[n-1])."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    if not xref:
        return out.getvalue()
    start = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\n" % (len(objects) + 1, root))
    out.write(b"startxref\n%d\n%%%%EOF\n" % start)
    return out.getvalue()


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def _one_page(content: bytes, extra_page: bytes = b"", filters: bytes = b"") -> list[bytes]:
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R %s >>" % extra_page,
        _stream(content, filters),
    ]


def pdf_flate_bomb(inflated_mib: int = 640) -> bytes:
    """P1: a double-Flate content stream inflating to ``inflated_mib`` (a few KB on disk)."""
    packer = zlib.compressobj(1)
    chunk = bytes(16 * 1024 * 1024)
    inner = b"".join(packer.compress(chunk) for _ in range(inflated_mib // 16)) + packer.flush()
    outer = zlib.compress(inner, 9)
    return pdf_bytes(_one_page(outer, filters=b"/Filter [/FlateDecode /FlateDecode]"))


def pdf_many_pages(count: int = 200_000) -> bytes:
    """P2: ``count`` empty pages under one flat /Kids array (~30 MB for 200,000)."""
    kids = b" ".join(b"%d 0 R" % (n + 3) for n in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
    ]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"
    objects.extend([page] * count)
    return pdf_bytes(objects)


def pdf_self_reference() -> bytes:
    """P3: ``5 0 obj 5 0 R endobj`` used as /Rotate: pdfminer's resolve1 loops forever."""
    objects = _one_page(b"BT /F1 12 Tf 72 720 Td (loop) Tj ET", extra_page=b"/Rotate 5 0 R")
    objects.append(b"5 0 R")
    return pdf_bytes(objects)


def pdf_deep_page_tree(depth: int = 5000) -> bytes:
    """P4: a /Pages tree 5,000 levels deep (RecursionError in pdfminer)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(depth):
        number = level + 2
        parent = b"/Parent %d 0 R" % (number - 1) if level else b""
        objects.append(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 %s >>" % (number + 1, parent))
    objects.append(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] >>" % (depth + 1))
    return pdf_bytes(objects)


def pdf_ruling_grid(lines: int = 300) -> bytes:
    """P8: ``lines`` horizontal and vertical rules 2 pt apart (table finder ~n^4)."""
    ops = []
    for n in range(lines):
        pos = 20 + 2 * n
        ops.append(b"20 %d m 620 %d l S" % (pos, pos))
        ops.append(b"%d 20 m %d 620 l S" % (pos, pos))
    content = b"0.1 w\n" + b"\n".join(ops)
    page = _one_page(content)
    page[2] = page[2].replace(b"[0 0 595 842]", b"[0 0 700 700]")
    return pdf_bytes(page)


def pdf_long_line(size_mib: int = 4) -> bytes:
    """P9: a PDF header, then megabytes on one line and no cross-reference table."""
    body = b"1 0 obj << /Type /Catalog >> endobj " + b"(" + b"A" * (size_mib * 2**20) + b")"
    return b"%PDF-1.4\n" + body


def pdf_broken_xref() -> bytes:
    """A valid one-page PDF whose xref offsets are all wrong: readers rebuild it."""
    good = pdf_bytes(_one_page(b"BT /F1 12 Tf 72 720 Td (hello) Tj ET"))
    head, _, tail = good.partition(b"xref\n")
    lines = tail.split(b"\n")
    lines[2:6] = [b"0000000999 00000 n " for _ in lines[2:6]]  # the four objects
    return head + b"xref\n" + b"\n".join(lines)


def reportlab_pdf(text: str = "hello", encrypt: StandardEncryption | None = None) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, encrypt=encrypt)
    page.drawString(72, 720, text)
    page.showPage()
    page.save()
    return buffer.getvalue()


def pdf_user_password() -> bytes:
    """P12: needs a user password to open."""
    return reportlab_pdf(encrypt=StandardEncryption("secret", ownerPassword="owner", strength=128))


def pdf_owner_password_only() -> bytes:
    """P12: encrypted with an owner password only: opens and reads without one."""
    return reportlab_pdf(encrypt=StandardEncryption("", ownerPassword="owner", strength=128))


def pdf_zip_polyglot() -> bytes:
    """X12: a PDF with a zip archive appended (both readers accept it)."""
    return reportlab_pdf() + zip_bytes({"xl/workbook.xml": b"<workbook/>"})


# ------------------------------------------------------------------- zip / OOXML helpers


def zip_bytes(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def xlsx_bytes(rows: list[list[object]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _replace_parts(ooxml: bytes, parts: dict[str, bytes]) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(ooxml))
    members = {info.filename: source.read(info) for info in source.infolist()}
    members.update(parts)
    return zip_bytes(members)


_SST_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'
        for n in range(1, 10)
    )
    + "]>\n"
)


def _inline_cell_sheet(prolog: str, text: str) -> bytes:
    """A worksheet whose one cell holds ``text`` as an inline string, after ``prolog``.

    The sheet, not sharedStrings.xml: openpyxl writes inline strings and no shared-strings
    relationship, so a shared-strings part added afterwards would never be read.
    """
    cell = f'<row r="1"><c r="A1" t="inlineStr"><is><t>{text}</t></is></c></row>'
    return (
        prolog + f'<worksheet xmlns="{_SST_NS}"><sheetData>{cell}</sheetData></worksheet>'
    ).encode()


def xlsx_billion_laughs() -> bytes:
    """X1: entity expansion in a worksheet."""
    sheet = _inline_cell_sheet(_LAUGHS, "&lol9;")
    return _replace_parts(xlsx_bytes([["a"]]), {"xl/worksheets/sheet1.xml": sheet})


def xlsx_external_entity() -> bytes:
    """X2: an external entity pointing at a host file, in a worksheet cell."""
    prolog = '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    sheet = _inline_cell_sheet(prolog, "&xxe;")
    return _replace_parts(xlsx_bytes([["a"]]), {"xl/worksheets/sheet1.xml": sheet})


def docx_bytes(text: str = "hello") -> bytes:
    import docx  # python-docx, imported here: only the docx attacks need it

    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def docx_external_entity() -> bytes:
    """X2: XXE in the body of a Word document: must never read the host file."""
    body = (
        '<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"
    )
    return _replace_parts(docx_bytes(), {"word/document.xml": body.encode()})


def docx_billion_laughs() -> bytes:
    body = (
        _LAUGHS + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
        '2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>'
    )
    return _replace_parts(docx_bytes(), {"word/document.xml": body.encode()})


def xlsx_huge_shared_string(size_mib: int = 40) -> bytes:
    """X4: one enormous string (here over the test's 16 MiB part limit)."""
    sheet = _inline_cell_sheet("", "A" * (size_mib * 2**20))
    return _replace_parts(xlsx_bytes([["a"]]), {"xl/worksheets/sheet1.xml": sheet})


def _sheet_xml(rows_xml: str, dimension: str = "A1") -> bytes:
    return (
        f'<worksheet xmlns="{_SST_NS}"><dimension ref="{dimension}"/>'
        f"<sheetData>{rows_xml}</sheetData></worksheet>"
    ).encode()


def xlsx_styled_xfd(rows: int = 100_000) -> bytes:
    """X8: an empty styled cell in column XFD on many rows, after one real row."""
    first = '<row r="1"><c r="A1" t="inlineStr"><is><t>编号</t></is></c></row>'
    filler = "".join(f'<row r="{n}"><c r="XFD{n}" s="1"/></row>' for n in range(2, rows + 2))
    sheet = _sheet_xml(first + filler, f"A1:XFD{rows + 1}")
    return _replace_parts(xlsx_bytes([["x"]]), {"xl/worksheets/sheet1.xml": sheet})


def xlsx_dimension_lie() -> bytes:
    """X6: <dimension> claims A1:XFD1048576 over two real rows."""
    rows = "".join(
        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>v{n}</t></is></c></row>' for n in (1, 2)
    )
    sheet = _sheet_xml(rows, "A1:XFD1048576")
    return _replace_parts(xlsx_bytes([["x"]]), {"xl/worksheets/sheet1.xml": sheet})


def lying_size_docx(real_mib: int = 64) -> bytes:
    """A3b: word/document.xml claims 200 bytes in both headers but inflates to ``real_mib``."""
    good = docx_bytes()
    source = zipfile.ZipFile(io.BytesIO(good))
    members = {info.filename: source.read(info) for info in source.infolist()}
    members["word/document.xml"] = b"<!--" + b" " * (real_mib * 2**20) + b"-->"
    data = bytearray(zip_bytes(members))
    return bytes(_patch_sizes(data, b"word/document.xml", 200))


def _patch_sizes(data: bytearray, name: bytes, size: int) -> bytearray:
    """Overwrite a member's uncompressed size in its local and central headers."""
    return _patch_member(data, name, (22, 24), size.to_bytes(4, "little"))


def _patch_member(
    data: bytearray, name: bytes, offsets: tuple[int, int], value: bytes
) -> bytearray:
    """Write ``value`` at ``offsets`` (local header, central header) of every header of
    member ``name``: zipfile itself would never write a lying or flagged header."""
    at = data.find(name)
    while at != -1:
        local = data.rfind(b"PK\x03\x04", 0, at)
        central = data.rfind(b"PK\x01\x02", 0, at)
        if central != -1 and at - central == 46:
            data[central + offsets[1] : central + offsets[1] + len(value)] = value
        elif local != -1 and at - local == 30:
            data[local + offsets[0] : local + offsets[0] + len(value)] = value
        at = data.find(name, at + 1)
    return data


def ooxml_encrypted() -> bytes:
    """X9: how Office stores a password-protected .xlsx: an OLE container, EncryptedPackage."""
    entry = "EncryptedPackage".encode("utf-16-le")
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + entry + bytes(2000)


def legacy_xls() -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "Workbook".encode("utf-16-le")


def html_named_xls() -> bytes:
    """X12: the typical ERP "Excel export", an HTML table in GBK."""
    return "<html><body><table><tr><td>工单编号</td></tr></table></body></html>".encode("gbk")


def png_image() -> bytes:
    return (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00"
        b"\x00\x00\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N"
        b"\x00\x00\x00\x00IEND\xaeB`\x82"
    )


def plain_table() -> list[list[object]]:
    """A table that is no kind of evidence: read fine, recognised as nothing."""
    return [["颜色", "数量"], ["红", 1], ["蓝", 2]]


# ------------------------------------------------------------------ nested-archive attacks


def overlap_zip() -> bytes:
    """A2: two central-directory entries sharing one local file (CVE-2024-0450 style)."""
    data = bytearray(zip_bytes({"a.pdf": b"%PDF-1.4" * 100}))
    end = data.rfind(b"PK\x05\x06")
    central = data.rfind(b"PK\x01\x02", 0, end)
    entry = bytes(data[central:end])
    eocd = bytearray(data[end:])
    eocd[8:10] = (2).to_bytes(2, "little")
    eocd[10:12] = (2).to_bytes(2, "little")
    eocd[12:16] = (len(entry) * 2).to_bytes(4, "little")
    return bytes(data[:end]) + entry + entry.replace(b"a.pdf", b"b.pdf") + bytes(eocd)


def lying_size_zip() -> bytes:
    """A3: a member whose headers say 10 bytes but whose data inflates to 4 MiB."""
    data = bytearray(zip_bytes({"x.pdf": b"%PDF" + bytes(4 * 2**20)}))
    return bytes(_patch_sizes(data, b"x.pdf", 10))


def many_members_zip(count: int = 20_000) -> bytes:
    """A5: more members than the 10,000 limit."""
    return zip_bytes({f"f{n:05d}.txt": b"" for n in range(count)}, zipfile.ZIP_STORED)


def nested_chain_zip() -> bytes:
    """A4: zip in zip in zip: the package is level 1, this is 2, its inner zip 3."""
    inner = zip_bytes({"deep.pdf": reportlab_pdf()})
    return zip_bytes({"level3.zip": inner})


# ------------------------------------------------------------------------------ catalogue

UNREADABLE = "unreadable"

ATTACKS: list[Attack] = [
    # Archives: members of the package zip (built in build_package).
    Attack("hostile/zeros.xlsx", "A1", None, UNREADABLE, ("zip bomb",), "ratio ≤ 200:1"),
    Attack("hostile/random.pdf", "A1", None, UNREADABLE, ("over the 40 MiB",), "member ≤ 40 MiB"),
    Attack("hostile/overlap.zip", "A2", None, UNREADABLE, ("overlap",), "overlap check"),
    Attack(
        "hostile/lying.zip/x.pdf",
        "A3",
        None,
        UNREADABLE,
        ("declared size", "damaged inside the archive"),
        "bounded copy + CRC",
    ),
    Attack("hostile/nest.zip/level3.zip", "A4", None, UNREADABLE, ("nested",), "depth ≤ 2"),
    Attack("hostile/many.zip", "A5", None, UNREADABLE, ("10000 limit",), "≤ 10,000 members"),
    Attack("../../report.html", "A6", None, UNREADABLE, ("zip slip",), "path check"),
    Attack("out/../x.pdf", "A6", None, UNREADABLE, ("zip slip",), "path check"),
    Attack("/abs/x.pdf", "A6", None, UNREADABLE, ("zip slip",), "path check"),
    Attack("../../win.pdf", "A6", None, UNREADABLE, ("zip slip",), "path check"),
    Attack("C:/drive.pdf", "A6", None, UNREADABLE, ("zip slip",), "path check"),
    Attack("hostile/passwd_link", "A7", None, UNREADABLE, ("symbolic link",), "symlink check"),
    Attack("hostile/locked.pdf", "A8", None, UNREADABLE, ("encrypted",), "flag bit 0"),
    Attack("hostile/同名.xlsx", "dup", None, "unrecognised", (), "first copy read"),
    Attack("hostile/同名 (2).xlsx", "dup", None, UNREADABLE, ("same path",), "duplicate check"),
    Attack("hostile/售后工单.txt", "A9", None, UNREADABLE, ("plain text",), "GBK name decoded"),
    # Single files.
    Attack("hostile/flate-bomb.pdf", "P1", pdf_flate_bomb, UNREADABLE, ("memory",), "RLIMIT_AS"),
    Attack("hostile/200k-pages.pdf", "P2", pdf_many_pages, UNREADABLE, ("page limit",), "pages"),
    Attack(
        "hostile/self-ref.pdf",
        "P3",
        pdf_self_reference,
        UNREADABLE,
        ("time limit", "CPU limit", "not a valid PDF"),
        "RLIMIT_CPU / wall clock",
    ),
    Attack(
        "hostile/deep-tree.pdf",
        "P4",
        pdf_deep_page_tree,
        UNREADABLE,
        ("nested too deeply", "not a valid PDF"),
        "RecursionError caught",
    ),
    Attack("hostile/grid.pdf", "P8", pdf_ruling_grid, "unrecognised", (), "max_table_edges"),
    Attack(
        "hostile/long-line.pdf",
        "P9",
        pdf_long_line,
        UNREADABLE,
        ("not a valid PDF", "time limit"),
        "pdfium refuses",
    ),
    Attack("hostile/broken-xref.pdf", "P10", pdf_broken_xref, "unrecognised", (), "recovered"),
    Attack(
        "hostile/user-password.pdf", "P12", pdf_user_password, UNREADABLE, ("encrypted",), "P12"
    ),
    Attack("hostile/owner-only.pdf", "P12", pdf_owner_password_only, "unrecognised", (), "P12"),
    Attack("hostile/polyglot.pdf", "X12", pdf_zip_polyglot, UNREADABLE, ("both a PDF",), "sniff"),
    Attack(
        "hostile/laughs.xlsx", "X1", xlsx_billion_laughs, UNREADABLE, ("XML entity",), "defusedxml"
    ),
    Attack(
        "hostile/xxe.xlsx", "X2", xlsx_external_entity, UNREADABLE, ("XML entity",), "defusedxml"
    ),
    Attack("hostile/xxe.docx", "X2", docx_external_entity, "unrecognised", (), "lxml no entities"),
    Attack(
        "hostile/laughs.docx",
        "X1",
        docx_billion_laughs,
        UNREADABLE,
        ("not a valid Word document",),
        "libxml2 amplification limit",
    ),
    Attack(
        "hostile/huge-string.xlsx",
        "X4",
        xlsx_huge_shared_string,
        UNREADABLE,
        ("larger than 16 MB", "zip bomb"),
        "part ≤ 16 MiB / ratio",
    ),
    Attack("hostile/xfd.xlsx", "X8", xlsx_styled_xfd, "unrecognised", (), "max_cols + empty run"),
    Attack("hostile/dimension.xlsx", "X6", xlsx_dimension_lie, "unrecognised", (), "reset_dims"),
    Attack(
        "hostile/lying-part.docx",
        "A3b",
        lying_size_docx,
        UNREADABLE,
        ("damaged compressed data", "broken zip", "larger than"),
        "bounded part read",
    ),
    Attack("hostile/locked.xlsx", "X9", ooxml_encrypted, UNREADABLE, ("encrypted",), "OLE sniff"),
    Attack("hostile/old.xls", "X12", legacy_xls, UNREADABLE, ("save it as",), "OLE sniff"),
    Attack("hostile/export.xls", "X12", html_named_xls, UNREADABLE, ("web page",), "sniff"),
    Attack("hostile/table.docx", "X12", lambda: xlsx_bytes(plain_table()), "unrecognised", ()),
    Attack("hostile/report.xlsx", "X12", reportlab_pdf, "unrecognised", (), "sniff"),
    Attack("hostile/empty.pdf", "-", lambda: b"", UNREADABLE, ("empty file",), "sniff"),
    # An image: unreadable today; the scan reader in progress may read it (then unrecognised).
    Attack(
        "hostile/scan.pdf", "-", png_image, "unreadable|unrecognised", ("image", "picture"), "sniff"
    ),
]


def build_files(out: Path) -> dict[str, Path]:
    """Every single-file attack as its own file under ``out`` (for bench/hostile.py)."""
    out.mkdir(parents=True, exist_ok=True)
    paths = {}
    for attack in ATTACKS:
        if attack.build is None:
            continue
        path = out / Path(attack.name).name
        path.write_bytes(attack.build())
        paths[attack.name] = path
    return paths


def build_package(out: Path, with_clean: bool = True) -> Path:
    """One package zip: the clean sample at its root, every attack under hostile/ (or where
    its path points), built member by member so headers can lie."""
    path = out / "hostile-package.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        if with_clean:
            for source in sorted(CLEAN.rglob("*")):
                if source.is_file():
                    archive.write(source, source.relative_to(CLEAN).as_posix())
        _archive_members(archive)
        for attack in ATTACKS:
            if attack.build is not None:
                # Stored: some attacks compress >200:1 and would refuse the whole package.
                archive.writestr(attack.name, attack.build(), zipfile.ZIP_STORED)
    data = bytearray(path.read_bytes())
    data = _patch_member(data, b"hostile/locked.pdf", (6, 8), b"\x01\x00")
    path.write_bytes(bytes(data).replace(_GBK_STAND_IN.encode(), _GBK_NAME))
    return path


def _archive_members(archive: zipfile.ZipFile) -> None:
    archive.writestr("hostile/zeros.xlsx", bytes(6 * 2**20))  # 6 MiB at ~1000:1
    noise = random.Random(0).randbytes(41 * 2**20)  # incompressible: only the size limit
    archive.writestr("hostile/random.pdf", noise, zipfile.ZIP_STORED)
    archive.writestr("hostile/overlap.zip", overlap_zip())
    archive.writestr("hostile/lying.zip", lying_size_zip())
    archive.writestr("hostile/nest.zip", nested_chain_zip())
    archive.writestr("hostile/many.zip", many_members_zip())
    for name in ("../../report.html", "out/../x.pdf", "/abs/x.pdf", "..\\..\\win.pdf"):
        archive.writestr(zipfile.ZipInfo(name), b"<script>alert(1)</script>")
    archive.writestr(zipfile.ZipInfo("C:/drive.pdf"), b"%PDF-1.4")
    link = zipfile.ZipInfo("hostile/passwd_link")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    archive.writestr(link, "/etc/passwd")
    # Flagged "encrypted" afterwards (_flag_encrypted): zipfile cannot write encryption.
    archive.writestr("hostile/locked.pdf", b"%PDF-1.4")
    table = xlsx_bytes(plain_table())
    with _quiet_duplicates():
        archive.writestr("hostile/同名.xlsx", table)
        archive.writestr("hostile/同名.xlsx", table)
    archive.writestr(_GBK_STAND_IN, "工单编号,客户".encode("gbk"))


# Chinese Windows zippers store GBK names without the UTF-8 flag: an ASCII stand-in of the
# same length is written, then its bytes are swapped for the GBK ones.
_GBK_NAME = "hostile/售后工单.txt".encode("gbk")
_GBK_STAND_IN = "hostile/" + "A" * (len(_GBK_NAME) - len(b"hostile/") - 4) + ".txt"


class _quiet_duplicates:
    def __enter__(self) -> None:
        import warnings

        self._catch = warnings.catch_warnings()
        self._catch.__enter__()
        warnings.simplefilter("ignore", UserWarning)  # zipfile: "Duplicate name"

    def __exit__(self, *exc: object) -> None:
        self._catch.__exit__(*exc)


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path("hostile-out")
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    build_files(out / "files")
    package = build_package(out)
    print(f"{package} ({os.path.getsize(package) / 2**20:.1f} MiB), files in {out / 'files'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
