from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from preaudit.parsers import READERS, parse_file
from preaudit.parsers.detect import detect_format, read_head, sha256_of
from preaudit.parsers.errors import (
    CorruptFile,
    EncryptedFile,
    ReadError,
    TooLarge,
    UnsupportedFormat,
)
from preaudit.parsers.limits import ReadLimits
from sample_data.gen.builders import WO_HEADER, png_bytes, wo_row, write_xlsx

LIMITS = ReadLimits()
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"  # ../shared beside the repo


def _detect(path: Path) -> str:
    return detect_format(read_head(path), path)


def test_detect_by_content_not_extension(tmp_path):
    xlsx = write_xlsx(tmp_path / "工单.docx", {"S": [WO_HEADER, wo_row(1)]})  # lying name
    assert _detect(xlsx) == "xlsx"
    other = tmp_path / "a.xlsx"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert _detect(other) == "zip"
    cases = {
        "e.pdf": b"",
        "p.xlsx": png_bytes(),
        "j.pdf": b"\xff\xd8\xff\xe0" + bytes(100),
        "h.xls": b"<html><body><table><tr><td>1</td></tr></table></body></html>",
        "o.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
        "t.pdf": "工单编号，客户".encode(),
        "b.bin": bytes(range(256)),
        "x.pdf": b"junk before\n%PDF-1.4\n",
    }
    expected = ["empty", "png", "jpeg", "html", "ole", "text", "unknown", "pdf"]
    for (name, data), kind in zip(cases.items(), expected, strict=True):
        path = tmp_path / name
        path.write_bytes(data)
        assert _detect(path) == kind, name


def test_encrypted_ooxml_is_told_apart_from_legacy_office(tmp_path):
    path = tmp_path / "locked.xlsx"
    path.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(200) + "EncryptedPackage".encode("utf-16-le")
    )
    assert _detect(path) == "ooxml-encrypted"
    with pytest.raises(EncryptedFile):
        parse_file(path, "locked.xlsx", LIMITS)


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        (b"", CorruptFile, "empty file"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), UnsupportedFormat, "save it as .docx"),
        (b"GIF89a" + bytes(100), UnsupportedFormat, "save it as PNG, JPEG or PDF"),
        (b"<!DOCTYPE html><html></html>", UnsupportedFormat, "web page (HTML)"),
        (b"PK\x03\x04 truncated zip", CorruptFile, "broken zip structure"),
    ],
)
def test_unsupported_and_broken_files_say_why(tmp_path, data, error, words):
    path = tmp_path / "附件.xlsx"
    path.write_bytes(data)
    with pytest.raises(error) as caught:
        parse_file(path, "附件.xlsx", LIMITS)
    assert words in caught.value.reason


def test_readers_table_and_sha(tmp_path):
    assert set(READERS) == {"pdf", "docx", "xlsx", "png", "jpeg"}  # pictures: OCR
    path = tmp_path / "a.txt"
    path.write_bytes(b"abc")
    assert sha256_of(path) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_zip_member_limits(tmp_path):
    path = write_xlsx(tmp_path / "big.xlsx", {"S": [WO_HEADER] + [wo_row(n) for n in range(300)]})
    with pytest.raises(TooLarge, match="larger than 0 MB"):
        parse_file(path, "big.xlsx", ReadLimits(max_part_bytes=1000))


def test_row_limit(tmp_path):
    path = write_xlsx(tmp_path / "rows.xlsx", {"S": [WO_HEADER] + [wo_row(n) for n in range(30)]})
    with pytest.raises(TooLarge, match="20-row limit"):
        parse_file(path, "rows.xlsx", ReadLimits(max_rows=20))


def test_big_workbook_reads_every_row(tmp_path):
    """Every row of a large sheet is read, with Excel's row numbers (speed lives in bench/)."""
    rows = [WO_HEADER] + [wo_row(n) for n in range(5_000)]
    path = write_xlsx(tmp_path / "big.xlsx", {"S": rows})
    _, extracted = parse_file(path, "big.xlsx", LIMITS)
    records = extracted.records["work_orders"]
    assert len(records) == 5_000
    assert (records[0]["_row"], records[-1]["_row"]) == (2, 5_001)


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not available")
def test_public_corpus_never_crashes():
    """Every file ends as a document or a ReadError with a plain reason, never a crash."""
    for path in sorted(CORPUS.rglob("*")):
        if not path.is_file() or path.suffix == ".md":
            continue
        try:
            parse_file(path, path.name, LIMITS)
        except ReadError as error:
            assert error.reason and "Traceback" not in error.reason


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not available")
@pytest.mark.parametrize(
    ("name", "error", "words"),
    [
        ("apache-poi/spreadsheet/protected_passtika.xlsx", EncryptedFile, "encrypted"),
        ("apache-poi/spreadsheet/poc-xmlbomb.xlsx", CorruptFile, "XML entity"),
        ("apache-poi/spreadsheet/SampleSS.xls", UnsupportedFormat, "legacy"),
        ("apache-poi/document/truncated62886.docx", CorruptFile, "broken zip"),
        ("qpdf/enc-XI-R6,V5,U=view,O=master.pdf", EncryptedFile, "encrypted"),
    ],
)
def test_corpus_reasons(name, error, words):
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"{name} not in this copy of the corpus")
    with pytest.raises(error) as caught:
        parse_file(path, path.name, LIMITS)
    assert words in caught.value.reason
