"""Issue 11: tables read by the meaning of their headers and content, not by a list.

Each failure class of the issue has a must-read and a must-not-read case, in a workbook and
in a Word table (the same rows, so the two formats must agree). Labels here are deliberately
absent from the synonyms table in parsers/headers.py (a test below keeps it that way).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from preaudit.parsers import parse_file
from sample_data.gen.builders import write_xlsx
from tests.parsers.tables import FORMATS, LIMITS, assert_unlisted, read_file, write_table

# Failure class 1: one character or one composition away from a known label.
COMPOSED = [
    "编号", "来电者名称", "来电者号码", "检修的情况", "处置说明", "出单时刻", "客户核签",
    "维修人员", "维修人员电话",
]


def _rows_composed(n: int) -> list[list[object]]:
    rows: list[list[object]] = [COMPOSED]
    for i in range(1, n + 1):
        rows.append([
            f"WX{i:04d}", f"顾客{i}", f"1390000{i:04d}", "冰箱不制冷", "更换压缩机，制冷恢复",
            f"2026-10-{i:02d} 09:30", f"顾客{i}", "王师傅", f"1370000{i:04d}",
        ])
    return rows


def test_the_labels_used_here_are_not_synonyms() -> None:
    """The point is reading labels nobody listed: if one gets listed, pick another."""
    assert_unlisted([*COMPOSED[1:7], "报修类容", "签字日期", "网点名称", "营业时间"])


@pytest.mark.parametrize("fmt", FORMATS)
def test_composed_labels_are_read_by_their_parts(tmp_path: Path, fmt: str) -> None:
    extracted = read_file(write_table(fmt, tmp_path / "wo", _rows_composed(3)))
    (first, *_rest) = extracted.records["work_orders"]
    assert first["customer_name"] == "顾客1"
    assert first["customer_phone"] == "13900000001"
    assert first["resolution"] in ("更换压缩机，制冷恢复", "冰箱不制冷")
    assert first["reported_at"] == datetime(2026, 10, 1, 9, 30)
    assert first["signature"] == "顾客1"
    assert first["technician"] == "王师傅"


@pytest.mark.parametrize("fmt", FORMATS)
def test_staff_phone_is_never_the_customer_phone(tmp_path: Path, fmt: str) -> None:
    """Failure class 4: 维修人员电话 names another person than the customer."""
    rows = [row[:2] + row[3:] for row in _rows_composed(2)]  # drop 来电者号码
    extracted = read_file(write_table(fmt, tmp_path / "wo", rows))
    record = extracted.records["work_orders"][0]
    assert record["customer_phone"] is None
    assert "维修人员电话" in extracted.unmapped_columns
    assert any(n.startswith("no column for customer_phone") for n in extracted.notes)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_filled_column_wins_over_an_empty_one_with_a_better_label(
    tmp_path: Path, fmt: str
) -> None:
    rows = [["工单号", "客户", "客户电话", "联系号码", "故障描述", "处理结果", "报修时间"]]
    rows += [[f"G{i}", f"客户{i}", None, f"1380013800{i}", "漏水", "更换阀门",
              f"2026-10-0{i}"] for i in range(1, 4)]
    record = read_file(write_table(fmt, tmp_path / "wo", rows)).records["work_orders"][0]
    assert record["customer_phone"] == "13800138001"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_date_labelled_signature_column_is_no_signature(tmp_path: Path, fmt: str) -> None:
    rows = [["工单号", "客户", "电话", "故障描述", "处理结果", "报修时间", "签字日期"]]
    rows += [[f"G{i}", f"客户{i}", f"1380013800{i}", "漏水", "更换阀门", "2026-10-01",
              "2026-10-02"] for i in range(1, 3)]
    extracted = read_file(write_table(fmt, tmp_path / "wo", rows))
    assert extracted.records["work_orders"][0]["signature"] is None
    assert "签字日期" in extracted.unmapped_columns


# Failure class 2: dates as systems export them.
SYSTEM_DATES = [
    (45930.4375, datetime(2025, 9, 30, 10, 30)),  # Excel serial in a General cell
    ("45930.4375", datetime(2025, 9, 30, 10, 30)),  # the same, stored as text
    ("Tue Jan 06 10:20:00 CST 2026", datetime(2026, 1, 6, 10, 20)),  # Java Date.toString()
    (1767666000000, datetime(2026, 1, 6, 10, 20)),  # epoch milliseconds
    ("20260106", datetime(2026, 1, 6)),  # yyyymmdd text
    ("2026-01-06T02:20:00Z", datetime(2026, 1, 6, 10, 20)),  # ISO in UTC: China time
]


def test_system_export_dates_in_one_column_are_all_read(tmp_path: Path) -> None:
    rows: list[list[object]] = [["工单号", "客户", "电话", "故障", "处理结果", "创建时间", "费用"]]
    for i, (value, _) in enumerate(SYSTEM_DATES, 1):
        rows.append([f"G{i}", f"客户{i}", f"1380013800{i}", "漏水", "更换阀门", value, 45930])
    extracted = read_file(write_xlsx(tmp_path / "d.xlsx", {"S": rows}))
    got = [r["reported_at"] for r in extracted.records["work_orders"]]
    assert got == [expected for _, expected in SYSTEM_DATES]
    assert not any("could not be read" in note for note in extracted.notes)
    assert "费用" in extracted.unmapped_columns  # 45930 under 费用 is an amount, not a date


# Failure class 3: look-alike tables are not records.
OUTLETS = [["网点名称", "地址", "联系电话", "负责人", "营业时间"]] + [
    [f"浦东{i}号服务站", f"上海市浦东新区{i}号", f"021-5888000{i}", f"张{i}", "9:00-18:00"]
    for i in range(1, 6)
]
SALES = [["销售订单编号", "销售日期", "客户", "联系人", "联系电话", "总金额", "销售员"]] + [
    [f"SO{i}", f"2026-10-0{i}", f"某公司{i}", f"李{i}", f"1380013800{i}", 1200, "赵"]
    for i in range(1, 6)
]
CALLBACKS = [["月份", "回访数", "成功数", "满意数", "满意率"]] + [
    [f"2026-0{i}", 40, 38, 36, "94.7%"] for i in range(7, 10)
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_outlet_list_with_phones_is_the_outlet_material(tmp_path: Path, fmt: str) -> None:
    extracted = read_file(write_table(fmt, tmp_path / "outlets", OUTLETS))
    assert extracted.records == {}
    assert "service_outlets" in extracted.kinds
    assert "work_orders" not in extracted.kinds


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("rows", [SALES, CALLBACKS], ids=["sales", "callback-report"])
def test_sales_ledgers_and_callback_reports_are_not_work_orders(
    tmp_path: Path, fmt: str, rows: list[list[object]]
) -> None:
    extracted = read_file(write_table(fmt, tmp_path / "t", rows))
    assert "work_orders" not in extracted.records
    assert "complaints" not in extracted.records


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_work_order_ledger_beside_an_outlet_column_is_still_read(
    tmp_path: Path, fmt: str
) -> None:
    """Must read: one outlet word among work-order headers does not make an outlet list."""
    rows = [["工单号", "客户", "电话", "故障描述", "处理结果", "报修时间", "服务网点"]]
    rows += [[f"G{i}", f"客户{i}", f"1380013800{i}", "漏水", "更换阀门", "2026-10-01",
              "浦东站"] for i in range(1, 4)]
    assert len(read_file(write_table(fmt, tmp_path / "wo", rows)).records["work_orders"]) == 3


def test_a_table_with_no_issue_resolution_or_date_content_is_not_work_orders(
    tmp_path: Path,
) -> None:
    rows = [["工单号", "客户", "电话", "故障描述", "处理结果", "报修时间"]]
    rows += [[f"G{i}", f"客户{i}", f"1380013800{i}", None, None, None] for i in range(1, 4)]
    extracted = read_file(write_xlsx(tmp_path / "e.xlsx", {"S": rows}))
    assert "work_orders" not in extracted.records
    assert any("not read as work orders" in note for note in extracted.notes)


def test_one_character_off_a_known_label_is_still_that_label(tmp_path: Path) -> None:
    rows = [["工单号", "客户", "电话", "报修类容", "处理结果", "报修时间"]]
    rows += [["G1", "客户1", "13800138001", "漏水", "更换阀门", "2026-10-01"]]
    record = read_file(write_xlsx(tmp_path / "t.xlsx", {"S": rows})).records["work_orders"][0]
    assert record["issue"] == "漏水"


def test_given_columns_win_over_recognition(tmp_path: Path) -> None:
    rows = [["工单号", "客户", "电话", "故障描述", "处理结果", "报修时间", "XYZ"]]
    rows += [["G1", "客户1", "13800138001", "漏水", "更换阀门", "2026-10-01", "客户1"]]
    path = write_xlsx(tmp_path / "t.xlsx", {"S": rows})
    plain = read_file(path).records["work_orders"][0]
    assert plain["signature"] is None
    _, extracted = parse_file(path, path.name, LIMITS, columns={"XYZ": "signature"})
    assert extracted.records["work_orders"][0]["signature"] == "客户1"
    assert any("column XYZ read as signature ([columns]" in n for n in extracted.notes)


TEXT_DATES = [
    ("Tue Jan 06 10:20:00 CST 2026", datetime(2026, 1, 6, 10, 20)),
    ("1767666000000", datetime(2026, 1, 6, 10, 20)),
    ("20260106", datetime(2026, 1, 6)),
    ("45930.4375", datetime(2025, 9, 30, 10, 30)),
    ("2026-07-3108:41", datetime(2026, 7, 31, 8, 41)),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_system_dates_written_as_text_are_read_in_both_formats(tmp_path: Path, fmt: str) -> None:
    rows: list[list[object]] = [["工单号", "客户", "电话", "故障", "处理结果", "受理时间", "备注"]]
    for i, (value, _) in enumerate(TEXT_DATES, 1):
        rows.append([f"G{i}", f"客户{i}", f"1380013800{i}", "漏水", "更换阀门", value, "45930"])
    extracted = read_file(write_table(fmt, tmp_path / "d", rows))
    got = [r["reported_at"] for r in extracted.records["work_orders"]]
    assert got == [expected for _, expected in TEXT_DATES]


def _page_table(rows: list[list[object]], page: int, index: int):
    from preaudit.model.records import RawTable, RowLocation

    return RawTable(rows=rows, locations=[RowLocation(row=i + 1, page=page) for i in range(len(rows))],
                    table_index=index, page=page)


def _ledger_rows(start: int, count: int) -> list[list[object]]:
    return [[f"G{n}", f"客户{n}", f"1380013{n:04d}", "漏水", "更换阀门", "2026-10-01"]
            for n in range(start, start + count)]


def test_a_ledger_whose_header_is_on_page_one_only_is_read_on_every_page() -> None:
    """Scanned ledgers: each page is a table of its own, only the first has the header."""
    from preaudit.model.records import RawDocument
    from preaudit.parsers.recognise import extract

    header = [["工单号", "客户", "电话", "故障描述", "处理结果", "报修时间"]]
    doc = RawDocument(file="scan.pdf", format="pdf", tables=[
        _page_table(header + _ledger_rows(1, 5), 1, 1),
        _page_table(_ledger_rows(6, 5), 2, 2),
        _page_table(_ledger_rows(11, 5), 3, 3),
        _page_table([row[:5] for row in _ledger_rows(16, 5)], 4, 4),  # another width: not it
        _page_table(_ledger_rows(21, 5), 6, 5),  # not the next page: not it
    ])
    extracted = extract(doc)
    records = extracted.records["work_orders"]
    assert [r["record_id"] for r in records] == [f"G{n}" for n in range(1, 16)]
    assert records[7]["_page"] == 2 and records[7]["_table"] == 2
    assert any("continuation of table 1" in note for note in extracted.notes)


def test_a_placeholder_loses_to_a_real_value_in_the_other_column(tmp_path: Path) -> None:
    """Issue 14's bug: 待补 beside 冰箱不制冷 was kept, and the checks then found the issue
    empty. Readers and checks share one placeholder list (model/vocabulary.py)."""
    rows = [["工单号", "客户", "电话", "故障描述", "问题描述", "处理结果", "报修时间"],
            ["G1", "张三", "13800138000", "待补", "冰箱不制冷", "加氟", "2026-10-01"]]
    record = read_file(write_xlsx(tmp_path / "p.xlsx", {"S": rows})).records["work_orders"][0]
    assert record["issue"] == "冰箱不制冷"
