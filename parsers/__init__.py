"""Readers for applicant files (formats, not rules) and the shared recognition step.

``parse_file`` is what the pipeline calls, once per file, inside a worker process: it
sniffs the format from the bytes, reads the file into a RawDocument and maps it onto
canonical records. Every failure a user can act on is a ReadError with a plain reason.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from model.records import ExtractedFile, RawDocument
from parsers import docx, pdf, xlsx
from parsers.detect import detect_format, read_head, zip_names
from parsers.errors import CorruptFile, EncryptedFile, ReadError, TooLarge, UnsupportedFormat
from parsers.limits import MIB, ReadLimits
from parsers.recognise import extract

Reader = Callable[[Path, str, ReadLimits], RawDocument]

READERS: dict[str, Reader] = {
    "pdf": pdf.read,
    "docx": docx.read,
    "xlsx": xlsx.read,
}

# Formats recognised but not read, with what the user can do about them.
UNREADABLE: dict[str, ReadError] = {
    "ooxml-encrypted": EncryptedFile("the file is encrypted with a password"),
    "ole": UnsupportedFormat("a legacy .doc/.xls file — save it as .docx/.xlsx"),
    "png": UnsupportedFormat("an image — scanned images are not read yet"),
    "jpeg": UnsupportedFormat("an image — scanned images are not read yet"),
    "html": UnsupportedFormat(
        "a web page (HTML), not a PDF, Word or Excel document — save the original as PDF or .xlsx"
    ),
    "spreadsheetml": UnsupportedFormat(
        "an Excel 2003 XML spreadsheet — open it in Excel and save as .xlsx"
    ),
    "text": UnsupportedFormat("a plain text file, not a PDF, Word or Excel document"),
    "empty": CorruptFile("an empty file"),
    "zip": UnsupportedFormat(
        "a zip archive that is not a Word or Excel file (or a damaged Office file)"
    ),
    "unknown": UnsupportedFormat("not a PDF, Word or Excel file"),
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
]


def parse_file(path: Path, display_name: str, limits: ReadLimits) -> tuple[str, ExtractedFile]:
    """(format, extracted records and facts) for one file; raises ReadError when unreadable."""
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        raise TooLarge(f"the file is over the {limits.max_file_bytes // MIB} MB size limit")
    file_format = detect_format(read_head(path), path)
    reader = READERS.get(file_format)
    if file_format == "zip" and zip_names(path) is None:
        raise CorruptFile(
            "not a valid Office file (broken zip structure, the file may be truncated)"
        )
    if reader is None:
        error = UNREADABLE.get(file_format, UNREADABLE["unknown"])
        raise type(error)(error.reason)
    return file_format, extract(reader(path, display_name, limits))
