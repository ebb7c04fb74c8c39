"""Issue 11, eleventh round: complaint ledgers and survey responses (decisions 187-).

Each mechanism is tested on a workbook and a Word table, with a must-read and a must-not-read
case, on labels that are no synonym (a test keeps it so) and cell contents written here, not
taken from the generator's pool (sample_data/gen/).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, assert_unlisted, read_table

LABELS = ["添加时间", "新增日期", "住户姓名", "投诉主题"]


def test_the_labels_used_here_are_not_synonyms() -> None:
    assert_unlisted(LABELS)


_GRIEVANCES = ["电梯夜间噪音扰民", "楼道灯长期不亮", "地下车库积水未清", "快递柜占用消防通道"]


def _complaint_list(head: list[str]) -> list[list[object]]:
    return [head] + [
        [f"4401{i:02d}19800101{i:04d}", f"住户{i}", grievance, "处理中", f"2026-10-0{i + 1} 08:1{i}:00"]
        for i, grievance in enumerate(_GRIEVANCES)]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("added", ["添加时间", "新增日期"])
def test_the_time_a_complaint_was_added_to_the_list_is_its_receipt(
        tmp_path: Path, fmt: str, added: str) -> None:
    """添加/新增 (adding a row) creates the record as 新建 does: a complaint list of a name, a
    subject and the time it was added is a ledger with its receipt date (decision 187)."""
    rows = _complaint_list(["业主身份证", "住户姓名", "投诉主题", "处理状态", added])
    records = read_table(fmt, tmp_path / "list", rows).records.get("complaints", [])
    assert len(records) == 4
    assert records[1]["customer_name"] == "住户1"
    assert records[1]["reason"] == "楼道灯长期不亮"
    assert str(records[1]["received_at"]).startswith("2026-10-02")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_roster_with_an_added_time_is_no_ledger(tmp_path: Path, fmt: str) -> None:
    """Must not: staff added to a roster (姓名, 岗位, 电话, 添加时间) are no records of any kind."""
    rows = [["姓名", "岗位", "联系电话", "添加时间"]] + [
        [f"员工{i}", "保洁", f"1371234{i:04d}", f"2026-10-0{i + 1} 09:00:00"] for i in range(4)]
    extracted = read_table(fmt, tmp_path / "roster", rows)
    assert not any(extracted.records.get(kind) for kind in
                   ("complaints", "work_orders", "survey_responses"))
