"""[columns] settles a table's kind, not only its columns (spec README, "[columns]").

A complaint desk's grid with five bare columns (标题, 类型, 状态, 优先级, 提交时间) says nothing
recognition can place: no complainant, no handling, no kind word. The consultant names two
columns in application.toml; a field only complaints have (reason) makes the header row a
complaint ledger's, however few fields it holds. A mapping of fields every kind has (a name)
settles nothing, and without [columns] the grid stays unread.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.parsers import read_document
from preaudit.parsers.explain import explain_document
from tests.parsers.tables import FORMATS, LIMITS, read_table, write_table

GRID = [["标题", "类型", "状态", "优先级", "提交时间"]] + [
    [f"小区夜间施工噪音扰民{i}", "噪音", "已处理", "高", f"2026-10-0{i} 21:15:00"]
    for i in range(1, 4)
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_field_only_complaints_have_settles_the_kind(tmp_path: Path, fmt: str) -> None:
    columns = {"标题": "reason", "提交时间": "received_at"}
    extracted = read_table(fmt, tmp_path / "grid", GRID, columns=columns)
    records = extracted.records["complaints"]
    assert [r["reason"] for r in records] == [f"小区夜间施工噪音扰民{i}" for i in range(1, 4)]
    assert records[0]["received_at"].hour == 21
    assert set(extracted.records) == {"complaints"}


@pytest.mark.parametrize("fmt", FORMATS)
def test_without_columns_or_with_shared_fields_only_nothing_is_read(
    tmp_path: Path, fmt: str
) -> None:
    assert not read_table(fmt, tmp_path / "bare", GRID).records
    shared = read_table(fmt, tmp_path / "shared", GRID, columns={"标题": "record_id"})
    assert not shared.records


@pytest.mark.parametrize("fmt", FORMATS)
def test_explain_lists_the_headers_of_a_table_it_could_not_place(tmp_path: Path, fmt: str):
    """So that --draft-columns has lines to fill in where recognition found no header row."""
    written = write_table(fmt, tmp_path / "grid", GRID, title="投诉管理")
    explanation = explain_document(read_document(written, written.name, LIMITS)[1])
    (table,) = explanation.tables
    assert table.kind is None and not table.rows_read
    assert [(c.header, c.field) for c in table.columns] == [(h, None) for h in GRID[0]]
