"""[columns] may say a header is no field (decision 213).

Before, a consultant could only name a column's field: a column recognition took wrongly
(the desk's phone read as the customer's) stayed taken unless another column was named in its
place, and the draft's ``= ""`` lines, uncommented, were a usage error.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.pipeline.manifest import read_manifest
from tests.parsers.tables import FORMATS, read_table

HEADER = ["工单编号", "客户姓名", "联系电话", "故障描述", "处理结果", "报修时间", "完成时间"]
ROWS = [
    ["GD20260901001", "邵文静", "13917720418", "冰箱冷藏室结霜", "更换化霜传感器",
     "2026-09-01 09:12", "2026-09-01 15:40"],
    ["GD20260902002", "冉志远", "15800631297", "洗碗机不进水", "疏通进水阀滤网",
     "2026-09-02 10:03", "2026-09-02 13:26"],
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_column_given_no_field_is_not_read(tmp_path: Path, fmt: str) -> None:
    extracted = read_table(fmt, tmp_path / "orders", [HEADER, *ROWS], "售后工单",
                           columns={"联系电话": "", "完成时间": ""})
    records = extracted.records["work_orders"]
    assert [r["record_id"] for r in records] == ["GD20260901001", "GD20260902002"]
    assert all(r["customer_phone"] is None and r["completed_at"] is None for r in records)
    assert records[0]["issue"] == "冰箱冷藏室结霜"  # the rest is read as before
    notes = [str(note) for note in extracted.notes]
    assert any("column 联系电话 read as no field" in n for n in notes), notes


@pytest.mark.parametrize("fmt", FORMATS)
def test_without_the_entry_the_column_is_read(tmp_path: Path, fmt: str) -> None:
    extracted = read_table(fmt, tmp_path / "orders", [HEADER, *ROWS], "售后工单")
    records = extracted.records["work_orders"]
    assert [r["customer_phone"] for r in records] == ["13917720418", "15800631297"]
    assert not any("no field" in note for note in extracted.notes)


def test_the_manifest_takes_an_empty_field_and_refuses_a_misspelt_one(tmp_path: Path) -> None:
    manifest = tmp_path / "application.toml"
    manifest.write_text('[columns]\n"坐席 电话" = ""\n"回执联" = "signature"\n', "utf-8")
    read, _ = read_manifest(manifest)
    assert read.columns == {"坐席电话": "", "回执联": "signature"}
