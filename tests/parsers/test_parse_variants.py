"""Every layout variant (sample_data/gen/variants.py) is read back to its exact records.

One test per variant: other synonyms, title rows, two-row and merged headers, stacked tables,
hidden sheets, Chinese-locale and text dates, unruled and forms-with-labels-above PDFs, Word
tables split at a page break or wrapped in content controls, prose reports and licences.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from preaudit.model.records import RawDocument, RawTable, RowLocation
from preaudit.parsers import headers, parse_file
from preaudit.parsers.limits import ReadLimits
from preaudit.parsers.recognise import extract
from sample_data.gen import variants as v

LIMITS = ReadLimits()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, v.Variant]]:
    root = tmp_path_factory.mktemp("variants")
    return root, {variant.name: variant for variant in v.build_variants(root)}


NAMES = [builder.__name__ for builder in v.BUILDERS] + [
    f"{fmt}_title_{kind}" for kind, _, fmt in v.MATERIAL_TITLES
]


@pytest.mark.parametrize("name", NAMES)
def test_variant_reads_back_exactly(built, name):
    root, by_name = built
    variant = by_name[name]
    file_format, extracted = parse_file(root / variant.file, variant.file, LIMITS)
    assert file_format == variant.format
    assert extracted.kinds == variant.kinds
    for kind in (v.WO, v.SV, v.CP):
        got = [v.comparable(kind, record) for record in extracted.records.get(kind, [])]
        assert got == variant.records.get(kind, []), kind
    for kind, facts in variant.facts.items():
        assert {key: extracted.facts[kind].get(key) for key in facts} == facts
    for note in variant.notes:
        assert any(note in text for text in extracted.notes), extracted.notes
    assert set(variant.unmapped) <= set(extracted.unmapped_columns)
    if not variant.notes:
        assert _other_notes(extracted.notes) == []  # nothing else to report on a clean layout


# ---------------------------------------------------------------- hand-made odd fixtures


def _table(rows, sheet="S"):
    return RawTable(rows=rows, locations=[RowLocation(row=n) for n in range(1, len(rows) + 1)],
                    sheet=sheet)


def test_adding_one_synonym_tuple_is_enough(monkeypatch):
    rows = [["工单编号", "客户姓名", "联系电话", "故障描述", "维修反馈单结论"],
            ["GD1", "张三", "13800138000", "不制冷", "已修复"]]
    doc = RawDocument(file="a.xlsx", format="xlsx", tables=[_table(rows)])
    before = extract(doc).records["work_orders"][0]
    assert before["resolution"] is None  # an unknown header: must NOT be guessed
    wo = headers.SYNONYMS[headers.WO]
    monkeypatch.setitem(wo, "resolution", (*wo["resolution"], "维修反馈单结论"))
    headers.rebuild_index()
    try:
        assert extract(doc).records["work_orders"][0]["resolution"] == "已修复"
    finally:
        monkeypatch.undo()
        headers.rebuild_index()


def test_two_columns_for_one_field_are_picked_by_content():
    rows = [["工单号", "客户", "日期", "报修时间", "故障描述", "处理结果"],
            ["GD1", "张三", "周一", "2026-10-03 09:30", "不制冷", "加氟"],
            ["GD2", "李四", "周二", "2026-10-04 10:00", "漏水", "疏通"]]
    extracted = extract(RawDocument(file="a.xlsx", format="xlsx", tables=[_table(rows)]))
    stamps = [r["reported_at"].isoformat() for r in extracted.records["work_orders"]]
    assert stamps == ["2026-10-03T09:30:00", "2026-10-04T10:00:00"]
    assert "日期" in extracted.unmapped_columns
    # the 日期 column left the field: its words are no dates
    assert _other_notes(extracted.notes) == []


def test_both_date_columns_kept_when_both_hold_dates():
    rows = [["工单号", "客户", "报修日期", "报修时间", "故障描述", "处理结果"],
            ["GD1", "张三", "2026-10-03", "09:30", "不制冷", "加氟"]]
    record = extract(RawDocument(file="a", format="xlsx", tables=[_table(rows)])
                     ).records["work_orders"][0]
    assert record["reported_at"].isoformat() == "2026-10-03T09:30:00"  # date + time columns


def test_unreadable_dates_are_counted_per_column():
    rows = [["工单号", "客户", "报修时间", "故障描述", "处理结果"],
            ["GD1", "张三", "下周二", "不制冷", "加氟"], ["GD2", "李四", "月底", "漏水", "疏通"],
            ["GD3", "王五", "—", "异响", "紧固"], ["GD4", "赵六", "2026-10-03", "异响", "紧固"]]
    extracted = extract(RawDocument(file="a", format="xlsx", tables=[_table(rows)]))
    assert _other_notes(extracted.notes) == [
        "2 dates in column 报修时间 could not be read (e.g. '下周二')"
    ]
    assert extracted.records["work_orders"][0]["_reported_at_raw"] == "下周二"


def test_reader_notes_reach_the_extracted_file():
    doc = RawDocument(file="a.pdf", format="pdf", notes=["page 3: too many ruling lines"])
    assert extract(doc).notes == ["page 3: too many ruling lines"]


def test_unclear_table_beside_records_is_reported():
    wo = [["工单号", "客户", "报修时间", "故障描述", "处理结果"], ["GD1", "张三", "2026-10-03",
                                                          "不制冷", "加氟"]]
    odd = [["客户姓名", "联系电话", "积分"], ["张三", "13800138000", "20"]]
    doc = RawDocument(file="a.xlsx", format="xlsx", tables=[_table(wo), _table(odd, "积分")])
    assert _other_notes(extract(doc).notes) == ["sheet '积分': kind unclear, not read"]


def test_sheet_cut_at_column_limit_is_noted(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["工单号", "客户", "报修时间", "故障描述", "处理结果", "备注"])
    sheet.append(["GD1", "张三", "2026-10-03", "不制冷", "加氟", "x"])
    book.save(tmp_path / "w.xlsx")
    _, extracted = parse_file(tmp_path / "w.xlsx", "w.xlsx", ReadLimits(max_cols=5))
    assert extracted.record_count == 1
    assert any("columns after column 5 were not read" in n for n in extracted.notes)
    _, full = parse_file(tmp_path / "w.xlsx", "w.xlsx", LIMITS)
    assert _other_notes(full.notes) == []


def test_repeated_header_without_gap_is_not_a_new_table(tmp_path):
    book = Workbook()
    sheet = book.active
    head = ["工单号", "客户", "报修时间", "故障描述", "处理结果"]
    for row in [head, ["GD1", "张三", "2026-10-03", "a", "b"], head,
                ["GD2", "李四", "2026-10-04", "c", "d"]]:
        sheet.append(row)
    book.save(tmp_path / "r.xlsx")
    _, extracted = parse_file(tmp_path / "r.xlsx", "r.xlsx", LIMITS)
    rows = [(r["record_id"], r["_row"]) for r in extracted.records["work_orders"]]
    assert rows == [("GD1", 2), ("GD2", 4)]


def test_dense_ruling_page_is_noted(tmp_path):
    from sample_data.gen.builders import ledger_pdf

    path = ledger_pdf(tmp_path / "l.pdf", rows=5, repeat_header=True)
    _, extracted = parse_file(path, "l.pdf", ReadLimits(max_table_edges=10))
    assert any("page 1: too many ruling lines" in n for n in extracted.notes)


def _other_notes(notes: list[str]) -> list[str]:
    """Notes other than the missing-column ones (those have tests of their own)."""
    return [note for note in notes if not note.startswith("no column for")]
