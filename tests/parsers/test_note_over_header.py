"""Decision 445: a note typed into the first cell over the header heads no group.

System exports put 导出时间：2026-11-12 10:00:00 导出人：管理员 in the cell above the header's
first label. Read as the upper line of a two-level header, it took that column's label where
the label maps to no field (内容类型 became the note, in the unread columns listed, in the
kind vote's headers and in explain). A long note is no group heading: the label below is the
column's. Must-not: a short group heading (时间 over 报修 | 完成) still
joins the labels under it. Cells are written here, on a workbook and a Word table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import (
    FORMATS,
    SAMPLE_FAULTS,
    SAMPLE_FIXES,
    SAMPLE_PEOPLE,
    SAMPLE_PHONES,
    read_table,
    rows_of,
)

_N = 6
_IDS = [f"BX2026090{i + 1}00{i}" for i in range(_N)]
_PEOPLE = SAMPLE_PEOPLE
_PHONES = SAMPLE_PHONES
_FAULTS = SAMPLE_FAULTS
_FIXES = SAMPLE_FIXES
_DAYS = [f"2026-09-{3 + 4 * i:02d} 10:{10 + i}" for i in range(_N)]
_LATER = [f"2026-09-{4 + 4 * i:02d} 15:{10 + i}" for i in range(_N)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_note_over_the_first_label_leaves_it_the_column_s(tmp_path: Path, fmt: str) -> None:
    """The first label (内容类型, which maps to no field) is kept and listed as unread; the
    note names no column. Before, the two-line reading tied with the one-line one and, found
    first, listed the note as the column's label."""
    head = ["内容类型", "工单号", "客户姓名", "联系电话", "故障描述", "处理结果", "报修时间",
            "完工时间"]
    note = ["导出时间：2026-11-12 10:00:00　导出人：管理员"] + [None] * (len(head) - 1)
    rows = [note, *rows_of(head, ["上门维修"] * _N, _IDS, _PEOPLE, _PHONES, _FAULTS, _FIXES,
                           _DAYS, _LATER)]
    read = read_table(fmt, tmp_path / "orders", rows)
    assert read.kinds == ["work_orders"]
    assert [r["record_id"] for r in read.records["work_orders"]] == _IDS
    assert "内容类型" in read.unmapped_columns
    assert not any("导出" in label for label in read.unmapped_columns)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_short_group_heading_still_joins_its_labels(tmp_path: Path, fmt: str) -> None:
    """Must not: 时间 over 报修 | 完成 still reads as 报修时间 and 完成时间."""
    upper = ["工单号", "客户姓名", "联系电话", "故障描述", "处理结果", "时间", None]
    lower = [None, None, None, None, None, "报修", "完成"]
    rows = [upper, lower, *rows_of(upper, _IDS, _PEOPLE, _PHONES, _FAULTS, _FIXES, _DAYS,
                                   _LATER)[1:]]
    records = read_table(fmt, tmp_path / "orders", rows).records["work_orders"]
    assert [r["reported_at"].day for r in records] == [3 + 4 * i for i in range(_N)]
    assert [r["completed_at"].hour for r in records] == [15] * _N
