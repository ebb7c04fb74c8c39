"""A PDF's narrow columns wrap headers and dates (decision 212).

bench/layouts/way_out.py read every layout again with the [columns] a consultant writes: the
workbooks and Word files came out whole, the PDFs did not. A 28-column export printed on one
page wraps 保修工单号 one character a line and 2026-09-05 13:45:00 as 2026-09⏎-05 13:4⏎5:00,
so the [columns] key the consultant copied from the page matched nothing, and the clock read
13:04.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from preaudit.model.records import column_key
from preaudit.parsers.normalise import parse_timestamp
from tests.parsers.tables import WITH_PDF, read_table

# Filler columns widen the table until each column is a few characters wide on the page.
FILLERS = [f"备用字段{n}" for n in range(1, 17)]
HEADER = ["保修工单号", "用户姓名", "手机", "问题描述", "维修措施", "报修时间", "服务完成时间",
          "工程师", *FILLERS]
ROWS = [
    ["BX20260905001", "冯家豪", "17053321179", "热水器不出热水", "更换温控器后出水正常",
     "2026-09-05 13:45:00", "2026-09-05 16:50:00", "钱志明", *["无"] * len(FILLERS)],
    ["BX20260906002", "韩子涵", "18611955141", "空调外机异响", "紧固支架并加装减震垫",
     "2026-09-06 09:07:00", "2026-09-06 11:38:00", "孙立新", *["无"] * len(FILLERS)],
]
GIVEN = {"保修工单号": "record_id", "用户姓名": "customer_name", "手机": "customer_phone",
         "问题描述": "issue", "维修措施": "resolution", "报修时间": "reported_at",
         "服务完成时间": "completed_at", "工程师": "technician"}


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("2026-09\n-05 13:4\n5:00", datetime(2026, 9, 5, 13, 45)),  # a minute cut in two
        ("2026-\n09-03\n13:5\n5:00", datetime(2026, 9, 3, 13, 55)),  # a separator cut off
        ("2026\n-09-\n01 1\n1:10:\n00", datetime(2026, 9, 1, 11, 10)),  # one digit a line
        ("2026-9-1\n10:05", datetime(2026, 9, 1, 10, 5)),  # the break replaced the space
        ("2026-09-03\n13:55", datetime(2026, 9, 3, 13, 55)),  # day and clock on two lines
        ("2026-09-1\n3 13:55", datetime(2026, 9, 13, 13, 55)),  # a day cut in two
        ("2026/9/3\n9:05", datetime(2026, 9, 3, 9, 5)),  # joined, 39:05 is no clock
    ],
)
def test_a_wrapped_date_reads_as_written_on_one_line(cell: str, expected: datetime) -> None:
    assert parse_timestamp(cell) == (expected, True)


def test_a_wrapped_day_alone_keeps_no_clock() -> None:
    assert parse_timestamp("2026-09-\n03") == (datetime(2026, 9, 3), False)


def test_a_header_is_named_in_columns_as_the_page_shows_it() -> None:
    assert column_key("保 修 工 单 号") == column_key("保修工单号\n") == "保修工单号"
    assert column_key("字\n段1\n0") == "字段10"  # a number wrapped in two
    assert column_key(" Order\nNo ") == column_key("Order No")
    assert column_key("报修时间") != column_key("报修日期")


@pytest.mark.parametrize("fmt", WITH_PDF)
def test_columns_read_a_wrapped_pdf_table_whole(tmp_path: Path, fmt: str) -> None:
    extracted = read_table(fmt, tmp_path / "orders", [HEADER, *ROWS], "售后工单",
                           columns=GIVEN)
    records = extracted.records["work_orders"]
    assert [r["record_id"] for r in records] == ["BX20260905001", "BX20260906002"]
    assert records[0]["reported_at"] == datetime(2026, 9, 5, 13, 45)
    assert records[1]["completed_at"] == datetime(2026, 9, 6, 11, 38)
    assert [r["technician"] for r in records] == ["钱志明", "孙立新"]


def test_a_columns_key_in_other_characters_names_no_column(tmp_path: Path) -> None:
    """Must not: white space is forgiven, a character never (备用字段十七 is no header here)."""
    given = {**GIVEN, "备用字段十七": "signature", "备用字段 2": "product"}
    extracted = read_table("pdf", tmp_path / "orders", [HEADER, *ROWS], "售后工单",
                           columns=given)
    records = extracted.records["work_orders"]
    assert all(r["signature"] is None for r in records)
    assert [r["product"] for r in records] == ["无", "无"]  # 备用字段2, named with a space
