"""A qualifier before a middle dot or a colon: 客服·回访单号 (decision 219).

The fourth held-out set, retired, showed a call-back export whose labels all carry the desk's
name before a middle dot (客服·回访单号, 客服·受访客户, 客服·综合满意度): 27 % of its fields
were read. The label after the mark speaks, unless the mark only separates a person from
what is theirs (维修人员·联系电话 is the technician's phone).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.model.records import RecordKind
from preaudit.parsers.headers import field_candidates
from tests.parsers.tables import FORMATS, WITH_PDF, read_table

CALLS = [
    ["坐席·回访编号", "坐席·被回访人", "坐席·联络手机", "回访日期", "坐席·总体满意度"],
    ["RV-0917-01", "闫书婷", "13817365529", "2026-09-17", "满意"],
    ["RV-0918-02", "佘立军", "15921487730", "2026-09-18", "不满意"],
]


@pytest.mark.parametrize("fmt", WITH_PDF)  # pdfium keeps the dot pdfminer drops
def test_a_desk_prefix_leaves_the_label_after_it_to_speak(tmp_path: Path, fmt: str) -> None:
    responses = read_table(fmt, tmp_path / "calls", CALLS).records["survey_responses"]
    assert [r["record_id"] for r in responses] == ["RV-0917-01", "RV-0918-02"]
    assert responses[1]["overall"] == "不满意"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_person_before_the_mark_owns_the_phone(tmp_path: Path, fmt: str) -> None:
    """Must not: 维修人员·联系电话 is the technician's phone, never the customer's."""
    rows = [["工单编号", "客户姓名", "客户电话", "故障描述", "维修人员·联系电话", "报修时间"],
            ["WX0917001", "闫书婷", "13817365529", "燃气灶打不着火", "13601830077",
             "2026-09-17 08:40"],
            ["WX0918002", "佘立军", "15921487730", "洗衣机排水慢", "13601830077",
             "2026-09-18 14:05"]]
    orders = read_table(fmt, tmp_path / "orders", rows, "维修工单").records["work_orders"]
    assert [o["customer_phone"] for o in orders] == ["13817365529", "15921487730"]


def test_a_label_after_the_mark_that_names_nothing_reads_as_nothing() -> None:
    assert field_candidates("坐席·备忘", RecordKind.SURVEY_RESPONSE) == {}
    assert field_candidates("坐席·回访日期", RecordKind.SURVEY_RESPONSE) == field_candidates(
        "回访日期", RecordKind.SURVEY_RESPONSE)
