from __future__ import annotations

from datetime import datetime

from docx import Document

from preaudit.parsers.docx import read
from preaudit.parsers.images import fingerprint_encoded
from preaudit.parsers.limits import ReadLimits
from preaudit.parsers.recognise import extract
from sample_data.gen.builders import png_bytes, word_with_table

LIMITS = ReadLimits()
HEADER = ["工单号", "客户名称", "联系方式", "受理时间", "故障现象", "维修结果", "客户签字"]


def _ledger(tmp_path, with_image: bytes | None = None):
    rows = [
        HEADER,
        ["W-1", "张三", "138-0013-8000", "2026年9月3日 下午2:20", "不制冷", "加氟", "张三"],
        ["W-2", "李四", "13900139000", "2026/9/4", "漏水", "更换水管", None],
        ["W-3", None, "13700137000", "2026/9/5", "异响", None, None],
    ]
    path = tmp_path / "ledger.docx"
    table, document = word_with_table(
        path, "售后维修服务记录表", rows, image_cell=(2, 6, with_image) if with_image else None
    )
    # horizontal merge of 故障现象 + 维修结果 on row 3, vertical merge of 客户名称 on rows 3-4
    table.cell(3, 4).merge(table.cell(3, 5))
    table.cell(2, 1).merge(table.cell(3, 1))
    document.save(path)
    return path


def test_word_table_with_merged_cells_and_signature_image(tmp_path):
    image = png_bytes("blue")
    document = read(_ledger(tmp_path, image), "记录.docx", LIMITS)
    table = document.tables[0]
    assert table.table_index == 1
    assert table.title == "售后维修服务记录表"
    assert table.page is None
    assert [loc.row for loc in table.locations] == [1, 2, 3, 4]
    # gridSpan: value then None; vMerge continue: None
    assert table.rows[3][4:6] == ["异响", None]
    assert table.rows[3][1] is None
    assert table.images == {(2, 6): [fingerprint_encoded(image)]}

    records = extract(document).records["work_orders"]
    assert [r["_row"] for r in records] == [2, 3, 4]
    assert all(r["_table"] == 1 and r["_page"] is None for r in records)
    first, second, third = records
    assert first["reported_at"] == datetime(2026, 9, 3, 14, 20)
    assert first["signature"] == "张三" and first["signature_image"] is None
    assert second["signature"] is None
    assert second["signature_image"] == fingerprint_encoded(image)
    assert third["customer_name"] is None  # merged data cells are not invented
    assert third["resolution"] is None and third["issue"] == "异响"
    assert second["customer_name"] == "李四"


def test_word_body_text_block(tmp_path):
    document = read(_ledger(tmp_path), "记录.docx", LIMITS)
    assert len(document.texts) == 1 and document.texts[0].page is None
    assert document.texts[0].text.startswith("售后维修服务记录表\n工单号")


def test_word_form_gives_one_record(tmp_path):
    path = tmp_path / "form.docx"
    word = Document()
    word.add_paragraph("维修服务单")
    rows = [
        ["服务单号", "FW-88", "报修日期", "2026-10-08"],
        ["客户姓名", "赵六", "联系电话", "13600136000"],
        ["故障描述", "屏幕不亮", "", ""],
        ["处理结果", "更换背光", "", ""],
        ["客户签字", "赵六", "维修人", "小刘"],
    ]
    table = word.add_table(rows=5, cols=4)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    for r in (2, 3):
        table.cell(r, 1).merge(table.cell(r, 3))
    word.save(path)
    extracted = extract(read(path, "form.docx", LIMITS))
    (record,) = extracted.records["work_orders"]
    assert record["record_id"] == "FW-88"
    assert record["issue"] == "屏幕不亮"
    assert record["signature"] == "赵六"
    assert record["technician"] == "小刘"
    assert record["reported_at"] == datetime(2026, 10, 8)
    assert (record["_table"], record["_row"], record["_page"]) == (1, None, None)
