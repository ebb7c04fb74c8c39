from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from preaudit.parsers import parse_file
from preaudit.parsers.errors import (
    CorruptFile,
    EncryptedFile,
    ReadError,
    TooLarge,
    UnsupportedFormat,
)
from preaudit.parsers.images import fingerprint_encoded
from preaudit.parsers.limits import ReadLimits
from preaudit.parsers.pdf import read
from preaudit.parsers.recognise import extract
from sample_data.gen.builders import forms_pdf, ledger_pdf, png_bytes, text_pdf

LIMITS = ReadLimits()
CORPUS = Path("/work/shared/corpus")


@pytest.mark.parametrize("repeat_header", [True, False])
def test_ledger_over_three_pages_is_one_table(tmp_path, repeat_header):
    path = ledger_pdf(tmp_path / "台账.pdf", rows=55, repeat_header=repeat_header)
    document = read(path, "台账.pdf", LIMITS)
    assert document.page_count == 3
    assert len(document.tables) == 1
    table = document.tables[0]
    assert (table.table_index, table.page, table.title) == (1, 1, "售后服务工单台账")
    assert len(table.rows) == 56  # header once + 55 data rows
    assert [loc.row for loc in table.locations] == list(range(1, 57))
    assert {loc.page for loc in table.locations} == {1, 2, 3}

    records = extract(document).records["work_orders"]
    assert [r["record_id"] for r in records] == [f"GD{n:04d}" for n in range(1, 56)]
    # row numbers continue across pages and every record knows its page
    last = records[-1]
    assert (last["_table"], last["_row"], last["_page"]) == (1, 56, 3)
    pages = [r["_page"] for r in records]
    assert pages == sorted(pages) and pages[0] == 1
    assert records[0]["reported_at"] == datetime(2026, 9, 2, 9, 30)


def test_one_form_per_page(tmp_path):
    signature = png_bytes("green")
    path = forms_pdf(tmp_path / "scan_0007.pdf", count=3, signature_png=signature)
    document = read(path, "scan_0007.pdf", LIMITS)
    assert [t.whole_page for t in document.tables] == [True, True, True]
    assert [t.page for t in document.tables] == [1, 2, 3]
    assert [t.table_index for t in document.tables] == [1, 2, 3]

    extracted = extract(document)
    records = extracted.records["work_orders"]
    assert [(r["_page"], r["_table"], r["_row"]) for r in records] == [
        (1, None, None), (2, None, None), (3, None, None)
    ]
    first = records[0]
    assert first["record_id"] == "GD0001"
    assert first["customer_phone"] == "13800130001"
    assert first["customer_address"] == "西安市雁塔区高新路52号"
    assert first["issue"] == "洗衣机不排水"
    assert first["reported_at"] == datetime(2026, 9, 1, 14, 20)
    assert first["responded_at"] == datetime(2026, 9, 1, 16, 0)
    assert first["completed_at"] == datetime(2026, 9, 1, 17, 30)
    assert first["technician"] == "李工"
    # The PDF holds decoded pixels, not the PNG file: the same picture gives one fingerprint,
    # and it equals the fingerprint of the PNG itself (parsers/images.py).
    hashes = {r["signature_image"] for r in records}
    assert hashes == {fingerprint_encoded(signature)}
    other = forms_pdf(tmp_path / "other.pdf", count=1, signature_png=png_bytes("red"))
    (record,) = extract(read(other, "other.pdf", LIMITS)).records["work_orders"]
    assert record["signature_image"] not in {None, first["signature_image"]}


def test_form_text_signature(tmp_path):
    path = forms_pdf(tmp_path / "f.pdf", count=1)
    (record,) = extract(read(path, "f.pdf", LIMITS)).records["work_orders"]
    assert record["signature"] == "张三" and record["signature_image"] is None


def test_chinese_text_block_per_page(tmp_path):
    path = text_pdf(tmp_path / "t.pdf", ["售后服务承诺书", "接到报修后24小时内上门。"])
    document = read(path, "t.pdf", LIMITS)
    assert document.texts[0].page == 1
    assert "24小时内上门" in document.texts[0].text.replace(" ", "")


def test_page_limit(tmp_path):
    path = ledger_pdf(tmp_path / "l.pdf", rows=55, repeat_header=True)
    with pytest.raises(TooLarge, match="2-page limit"):
        read(path, "l.pdf", ReadLimits(max_pages=2))


def test_corrupt_pdf(tmp_path):
    path = tmp_path / "bad.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    with pytest.raises(CorruptFile, match="not a valid PDF"):
        parse_file(path, "bad.pdf", LIMITS)


def test_truncated_pdf(tmp_path):
    whole = ledger_pdf(tmp_path / "l.pdf", rows=10, repeat_header=True).read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(whole[: len(whole) // 3])
    with pytest.raises(ReadError) as caught:
        read(path, "cut.pdf", LIMITS)
    assert caught.value.reason.startswith("not a valid PDF")


def test_not_a_pdf_named_pdf(tmp_path):
    path = tmp_path / "附件1.pdf"
    path.write_text("工单编号,客户\nGD1,张三\n", encoding="utf-8")
    with pytest.raises(UnsupportedFormat) as caught:
        parse_file(path, "附件1.pdf", LIMITS)
    assert "plain text" in caught.value.reason


def test_encrypted_pdf(tmp_path):
    path = text_pdf(tmp_path / "enc.pdf", ["营业执照"], encrypt="secret")
    with pytest.raises(EncryptedFile) as caught:
        parse_file(path, "enc.pdf", LIMITS)
    assert caught.value.reason == "the file is encrypted with a password"


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not available")
@pytest.mark.parametrize("name", ["aes-256.pdf", "rc4-40.pdf", "aes-256-r6.pdf"])
def test_encrypted_corpus_pdf(name):
    path = CORPUS / "pdfminer.six" / "encryption" / name
    with pytest.raises(EncryptedFile):
        parse_file(path, name, LIMITS)


def test_dense_ruling_skips_table_finder_but_keeps_text(tmp_path):
    path = ledger_pdf(tmp_path / "l.pdf", rows=5, repeat_header=True)
    document = read(path, "l.pdf", ReadLimits(max_table_edges=10))
    assert document.tables == []
    assert "GD0005" in document.texts[0].text
