"""Readers for applicant files (formats, not rules) and the shared recognition step.

``parse_file`` is what the pipeline calls, once per file, inside a worker process: it
sniffs the format from the bytes, reads the file into a RawDocument and maps it onto
canonical records. Every failure a user can act on is a ReadError with a plain reason.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from preaudit.model.records import ExtractedFile, RawDocument
from preaudit.parsers import docx, image, pdf, xlsx
from preaudit.parsers.detect import detect_format, read_head, zip_names
from preaudit.parsers.errors import (
    ENCRYPTED,
    CorruptFile,
    EncryptedFile,
    ReadError,
    TooLarge,
    UnsupportedFormat,
)
from preaudit.parsers.limits import MIB, ReadLimits
from preaudit.parsers.ooxml import BROKEN_ZIP
from preaudit.parsers.recognise import extract
from preaudit.parsers.scan_layout import mark_low_confidence

Reader = Callable[[Path, str, ReadLimits], RawDocument]

READERS: dict[str, Reader] = {
    "pdf": pdf.read,
    "docx": docx.read,
    "xlsx": xlsx.read,
    "png": image.read,  # photos and scans: local OCR (parsers/ocr.py)
    "jpeg": image.read,
}

# Formats recognised but not read, with what the user can do about them (English, Chinese).
_IMAGE = (
    "an image in a format not read (GIF/TIFF) — save it as PNG, JPEG or PDF",
    "这是不支持的图片格式（GIF/TIFF）——请另存为 PNG、JPEG 或 PDF",
)
UNREADABLE: dict[str, ReadError] = {
    "ooxml-encrypted": EncryptedFile(*ENCRYPTED.reasons),
    "ole": UnsupportedFormat(
        "a legacy .doc/.xls file — save it as .docx/.xlsx",
        "这是旧版 .doc/.xls 文件——请另存为 .docx/.xlsx 后再提交",
    ),
    "gif": UnsupportedFormat(*_IMAGE),
    "tiff": UnsupportedFormat(*_IMAGE),
    "html": UnsupportedFormat(
        "a web page (HTML), not a PDF, Word or Excel document — save the original as PDF or .xlsx",
        "这是网页（HTML）文件，不是 PDF、Word 或 Excel 文档——请将原件另存为 PDF 或 .xlsx",
    ),
    "spreadsheetml": UnsupportedFormat(
        "an Excel 2003 XML spreadsheet — open it in Excel and save as .xlsx",
        "这是 Excel 2003 XML 表格——请用 Excel 打开并另存为 .xlsx",
    ),
    "text": UnsupportedFormat(
        "a plain text file, not a PDF, Word or Excel document",
        "这是纯文本文件，不是 PDF、Word 或 Excel 文档",
    ),
    "empty": CorruptFile("an empty file", "空文件（0 字节）"),
    "zip": UnsupportedFormat(
        "a zip archive that is not a Word or Excel file (or a damaged Office file)",
        "这是压缩包，而不是 Word 或 Excel 文件（或是已损坏的 Office 文件）",
    ),
    "archive": UnsupportedFormat(
        "a RAR/7z/gzip archive — unpack it, or re-pack the package as .zip",
        "这是 RAR/7z/gzip 压缩包——请解压，或将材料包重新打包为 .zip",
    ),
    "polyglot": CorruptFile(
        "the file is both a PDF and a zip archive (a disguised file), not read",
        "该文件同时是 PDF 和压缩包（伪装文件），不予读取",
    ),
    "unknown": UnsupportedFormat("not a PDF, Word or Excel file", "不是 PDF、Word 或 Excel 文件"),
}

__all__ = [
    "READERS",
    "CorruptFile",
    "EncryptedFile",
    "ReadError",
    "ReadLimits",
    "TooLarge",
    "UnsupportedFormat",
    "detect_format",
    "parse_file",
    "read_document",
]


def parse_file(path: Path, display_name: str, limits: ReadLimits) -> tuple[str, ExtractedFile]:
    """(format, extracted records and facts) for one file; raises ReadError when unreadable."""
    file_format, document = read_document(path, display_name, limits)
    extracted = extract(document, dict(limits.columns))
    mark_low_confidence(document, extracted)  # scanned cells only: digital text has no score
    return file_format, extracted


def read_document(path: Path, display_name: str, limits: ReadLimits) -> tuple[str, RawDocument]:
    """(format, the file as read) before recognition; raises ReadError when unreadable."""
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        size_limit = limits.max_file_bytes // MIB
        raise TooLarge(
            f"the file is over the {size_limit} MB size limit",
            f"文件超过 {size_limit} MB 的大小上限",
        )
    file_format = detect_format(read_head(path), path)
    reader = READERS.get(file_format)
    if file_format == "zip" and zip_names(path) is None:
        raise CorruptFile(*BROKEN_ZIP)
    if reader is None:
        error = UNREADABLE.get(file_format, UNREADABLE["unknown"])
        raise type(error)(*error.reasons)
    return file_format, reader(path, display_name, limits)
