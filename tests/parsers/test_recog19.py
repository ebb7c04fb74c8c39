"""Issue 11, round 19: fields and look-alikes from structure and content, no new word
(decisions 239-241).

Each mechanism is tested on a workbook and a Word table, with a must-read and a must-not-read
case. The cell contents are written here, not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table

_CALLER_PHONES = ["13955501231", "15822219088", "18944403357", "13100027766", "17766512340",
                  "15533390012"]
_FAULTS = ["暖气片不热", "楼道灯不亮", "下水道返味", "门禁刷卡无反应", "窗框渗水", "电梯按钮失灵"]

# ------------------------------------- decision 241: nobody asked and nothing told: no orders

_KEEPERS = ["单永强", "单永强", "仝佳怡", "凤立伟", "仝佳怡", "凤立伟"]
_ROUNDS = ["季度", "月度", "月度", "季度", "年度", "月度"]


def _rounds(extra_head: list[str], extra: list[list[str]]) -> list[list[object]]:
    """A schedule of the staff's own rounds: a work-order number, its keeper and window."""
    head = ["维保工单号", "设施编号", "负责人", "周期", "开始时间", "结束时间", *extra_head]
    return [head] + [
        [f"YH{880 + 3 * i}", f"SS-{41 + i}", _KEEPERS[i], _ROUNDS[i],
         f"2026-03-{2 + 2 * i} 08:00:00", f"2026-03-{2 + 2 * i} 11:30:00",
         *(column[i] for column in extra)]
        for i in range(len(_KEEPERS))
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_schedule_nobody_asked_for_is_no_work_orders(tmp_path: Path, fmt: str) -> None:
    """Decision 241: numbered as work orders and dated, but no column names anyone served and
    none tells what was wrong or done (before: six work orders, each missing its customer,
    fault and remedy)."""
    read = read_table(fmt, tmp_path / "plan", _rounds([], []))
    assert "work_orders" not in read.records
    assert any("who asked for a service" in note for note in read.notes)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_same_rounds_with_a_caller_are_work_orders(tmp_path: Path, fmt: str) -> None:
    """A phone of whoever asked makes the rows somebody's requests: read as before."""
    read = read_table(fmt, tmp_path / "asked", _rounds(["联系电话"], [_CALLER_PHONES]))
    assert len(read.records["work_orders"]) == 6


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_same_rounds_with_written_faults_are_work_orders(tmp_path: Path, fmt: str) -> None:
    """Faults written out row by row tell events, with nobody named: read as before."""
    read = read_table(fmt, tmp_path / "told", _rounds(["故障描述"], [_FAULTS]))
    assert [o["issue"] for o in read.records["work_orders"]] == _FAULTS
