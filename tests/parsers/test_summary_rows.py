"""Total and signed footer lines inside a ledger are not records.

Hand-kept ledgers close each month with 小计 and the table with 合计 (a count, an amount, 9月共20单
in other cells), and sign off with 制表人：… | 审核：… spread over cells. Read as work orders they
were four records with no name, phone, issue or date: a wall of false WO_MISSING_FIELD and
WO_DATE_MISSING. Tested in a workbook and a Word table, with the rows that must still be read:
a record whose first cell merely starts with the same characters (说明书丢失, 总计划内保养).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.model.records import RecordKind
from tests.parsers.tables import read_table

FORMATS = ("xlsx", "docx")
HEADER = ["问题说明", "工单号", "客户姓名", "联系电话", "处理结果", "报修时间", "客户签字"]


def _order(number: int, first: str = "空调不制冷") -> list[object]:
    return [first, f"GD20261000{number}", "张伟", f"1380013{number:04d}", "更换电容，恢复正常",
            f"2026-10-0{number} 09:30", "张伟"]


def _records(fmt: str, path: Path, rows: list[list[object]]) -> list[dict[str, object]]:
    extracted = read_table(fmt, path / "ledger", [HEADER, *rows])
    assert set(extracted.records) <= {RecordKind.WORK_ORDER.value}
    return extracted.records.get(RecordKind.WORK_ORDER.value, [])


@pytest.mark.parametrize("fmt", FORMATS)
def test_totals_and_signed_footers_are_not_records(fmt: str, tmp_path: Path) -> None:
    rows = [_order(1), _order(2), ["小计", None, None, None, None, None, "9月共2单"],
            _order(3), ["合 计：", "3单", None, None, None, None, None],
            ["制表人：王芳", None, None, "审核：李娜", None, "日期：2026-11-20", None]]
    records = _records(fmt, tmp_path, rows)
    assert [r["record_id"] for r in records] == ["GD202610001", "GD202610002", "GD202610003"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_record_whose_first_cell_starts_like_a_total_is_read(fmt: str, tmp_path: Path) -> None:
    rows = [_order(1, "说明书丢失，客户要求补寄"), _order(2, "总计划内保养时发现漏水"),
            _order(3, "合计三次上门仍未修好")]
    records = _records(fmt, tmp_path, rows)
    assert [r["issue"] for r in records] == ["说明书丢失，客户要求补寄", "总计划内保养时发现漏水",
                                             "合计三次上门仍未修好"]
