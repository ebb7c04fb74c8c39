"""What a file is, from its bytes: file names carry no meaning in applicant packages."""

from __future__ import annotations

import hashlib
import re
import zipfile
from pathlib import Path
from typing import NamedTuple

from preaudit.model.package import GENERATOR

HEAD_BYTES = 4096  # how much of the file detect_format wants to see

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_ZIP_END = b"PK\x05\x06"
_ZIP_END_SEARCH = 65_535 + 22  # longest zip comment + the fixed end record
# RAR, 7z, gzip, bzip2, xz: archives we do not unpack inside a package.
_ARCHIVE_MAGICS = (b"Rar!\x1a\x07", b"7z\xbc\xaf\x27\x1c", b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00")
# "EncryptedPackage" as a UTF-16-LE directory entry name inside an OLE container: that is
# how Office stores a password-protected .docx/.xlsx.
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")


def read_head(path: Path, size: int = HEAD_BYTES) -> bytes:
    with path.open("rb") as handle:
        return handle.read(size)


def detect_format(head: bytes, path: Path) -> str:
    """One of pdf, docx, xlsx, zip, ole, ooxml-encrypted, png, jpeg, gif, tiff, archive,
    polyglot, html, spreadsheetml, text, empty, unknown. The extension is never consulted."""
    if not head:
        return "empty"
    if b"%PDF" in head[:1024]:
        # A PDF that is also a zip reads as one thing here and another elsewhere
        # (hostile-input.md X12): refuse it rather than guess which it "really" is.
        return "polyglot" if _has_zip_end(path) else "pdf"
    if head.startswith(_ZIP_MAGICS):
        return _zip_kind(path)
    if head.startswith(_OLE_MAGIC):
        return "ooxml-encrypted" if _has_encrypted_package(path) else "ole"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "tiff"
    if head.startswith(_ARCHIVE_MAGICS):
        return "archive"
    return _text_kind(head)


def written_by_preaudit(path: Path, file_format: str, head: bytes) -> bool:
    """A report preaudit wrote (report.html/json, findings.xlsx, diff, summary), by its mark.

    ``head``: the file's first bytes, already read. Bounded reads only: at most 64 KiB of one
    small zip part. A PDF report is not told apart (its metadata is Chromium's).
    """
    try:
        if file_format == "html":
            return f'name="generator" content="{GENERATOR}"'.encode() in head
        if file_format == "text":  # report.json: its first keys, as reports/json_report writes
            keys = (b'"schema_version"', b'"tool_version"', b'"verdict"')
            return all(key in head for key in keys)
        if file_format == "xlsx":  # <dc:creator xmlns:dc="…">preaudit</dc:creator>
            creator = re.compile(rb"<dc:creator\b[^>]*>" + GENERATOR.encode() + rb"</dc:creator>")
            return creator.search(_zip_part_head(path, "docProps/core.xml")) is not None
    except (OSError, zipfile.BadZipFile, ValueError, EOFError, RuntimeError):
        return False
    return False


def _zip_part_head(path: Path, name: str, size: int = 64 * 1024) -> bytes:
    with zipfile.ZipFile(path) as archive:
        if name not in archive.namelist() or archive.getinfo(name).file_size > size:
            return b""
        with archive.open(name) as part:
            return part.read(size)


def zip_names(path: Path) -> list[str] | None:
    """Member names from the central directory only (nothing is inflated); None if broken."""
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None


def _zip_kind(path: Path) -> str:
    """Tell Word from Excel from any other zip by part names."""
    names = zip_names(path)
    if names is None:
        return "zip"  # broken zip: parse_file reports it as damaged
    name_set = set(names)
    if "word/document.xml" in name_set:
        return "docx"
    if "xl/workbook.xml" in name_set:
        return "xlsx"
    # Unusual part names: fall back to the folder the main parts live in.
    if any(name.startswith("word/") for name in names):
        return "docx"
    if any(name.startswith("xl/") for name in names):
        return "xlsx"
    return "zip"


def _has_zip_end(path: Path) -> bool:
    """A zip end-of-central-directory record in the file's last 64 KiB (where zip readers look)."""
    with path.open("rb") as handle:
        handle.seek(0, 2)
        size = handle.tell()
        handle.seek(max(0, size - _ZIP_END_SEARCH))
        return _ZIP_END in handle.read()


def _has_encrypted_package(path: Path) -> bool:
    # OLE directory entries may sit anywhere; small encrypted files are a few hundred KB,
    # so scanning the first MiBs in chunks is cheap and bounded.
    with path.open("rb") as handle:
        data = handle.read(8 * 1024 * 1024)
    return _ENCRYPTED_PACKAGE in data


def _text_kind(head: bytes) -> str:
    lowered = head[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith(b"<?xml") and b"urn:schemas-microsoft-com:office:spreadsheet" in lowered:
        return "spreadsheetml"  # Excel 2003 XML, often named .xls by ERP exports
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered[:1024]:
        return "html"
    if b"<table" in lowered[:1024]:
        return "html"
    return "text" if _looks_like_text(head) else "unknown"


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    controls = sum(1 for byte in head if byte < 0x20 and byte not in b"\t\r\n\f")
    if controls * 100 > len(head):
        return False  # binary: gb18030 would happily "decode" almost any bytes
    for encoding in ("utf-8", "gb18030"):
        try:
            head.decode(encoding)
        except UnicodeDecodeError:
            # A multi-byte character cut at the end of the head is not a reason to say no.
            try:
                head[:-4].decode(encoding)
            except UnicodeDecodeError:
                continue
        return True
    return False


def sha256_of(path: Path) -> str:
    return identify(path).sha256


class Identity(NamedTuple):
    sha256: str
    format: str
    ours: bool  # a report preaudit wrote (written_by_preaudit)


def identify(path: Path) -> Identity:
    """sha256, format and our own mark from one pass over a file's bytes: the pipeline asks
    once per file and hands the answer to the cache, the budget, the reader and the report."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
        digest.update(head)
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    file_format = detect_format(head, path)
    return Identity(digest.hexdigest(), file_format, written_by_preaudit(path, file_format, head))
