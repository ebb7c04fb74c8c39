"""Issue 11, round 50: which split of a label into words wins (decisions 320, 321).

A label is read as the known words it is made of. Where two splits overlap, the one that
explains more of the label wins (受理单位 is the unit that took the case in, 受理 + 单位, not a
受理单 and an unread 位), and of two that explain as much, an agent's suffix goes to the word
it begins: 维修工单号 is a repair work order's number (维修 + 工单 + 号), no repairer's (维修工 +
单号); 维修工姓名 and 维修工电话 stay the repairer's. The tables are tested on a workbook and a
Word table, with must-read and must-not-read cases; the cells are written here.
"""

from __future__ import annotations

from preaudit.model.records import RecordKind
from preaudit.parsers.headers import normalise_header
from preaudit.parsers.meaning import field_scores, read_label


def _reading(label: str) -> tuple[frozenset[str], float]:
    reading = read_label(normalise_header(label))
    return reading.classes, reading.coverage


def test_the_split_that_explains_more_of_a_label_wins() -> None:
    """Decision 320: 受理单位 is the unit that took the case in (受理 + 单位, every character
    read), no 受理单 with an unread 位; 维修单位名称 names the repairing unit, no record; a
    repairer's staff number (维修员工号) is 维修 + 员工 + 号, every character read."""
    classes, coverage = _reading("受理单位")
    assert {"ev_accept", "org"} <= classes and "record" not in classes and coverage == 1.0
    classes, coverage = _reading("维修单位名称")
    assert {"org", "name"} <= classes and "record" not in classes and coverage == 1.0
    classes, coverage = _reading("维修员工号")
    assert {"staff", "id"} <= classes and coverage == 1.0
    assert "record_id" not in field_scores(normalise_header("维修员工号"), RecordKind.WORK_ORDER)
