"""Decision 444: a ticket's description tells its case; a tag is no signature.

A customer-service system's ticket export (Udesk: 工单ID | 标题 | 描述 | 状态 | 客服组 | 客户 |
客户电话 | 创建时间 | 解决时间 | 标签 | 满意度) rates each ticket, but its 描述 tells each row's
case, as no survey respondent's remark is headed: the rows are work orders, not responses
(decision 408 sets a bare remark, 备注 or Comments, aside; 描述 is no remark). 标签 (a tag)
is put on the row; its 签 signs nothing. Must-not: a call-back log whose bare 备注 varies row
by row stays the survey it is. Cells are written here, on a workbook and a Word table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.parsers.headers import field_candidates
from tests.parsers.tables import (
    FORMATS,
    SAMPLE_FAULTS,
    SAMPLE_PEOPLE,
    SAMPLE_PHONES,
    read_table,
    rows_of,
)

_N = 6
_PEOPLE = SAMPLE_PEOPLE
_PHONES = SAMPLE_PHONES
_FAULTS = SAMPLE_FAULTS
_RATINGS = ["非常满意", "满意", "非常满意", "一般", "满意", "非常满意"]
_DAYS = [f"2026-09-{3 + 4 * i:02d} 10:{10 + i}" for i in range(_N)]
_LATER = [f"2026-09-{4 + 4 * i:02d} 15:{10 + i}" for i in range(_N)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_rated_ticket_export_with_descriptions_is_work_orders(tmp_path: Path, fmt: str) -> None:
    head = ["工单ID", "标题", "描述", "状态", "客服组", "客户", "客户电话", "创建时间",
            "解决时间", "标签", "满意度"]
    rows = rows_of(head, [str(1000 + 7 * i) for i in range(_N)], [f[:4] for f in _FAULTS],
                   _FAULTS, ["已解决"] * _N, ["售后一组"] * _N, _PEOPLE, _PHONES, _DAYS,
                   _LATER, ["售后"] * _N, _RATINGS)
    read = read_table(fmt, tmp_path / "tickets", rows)
    assert read.kinds == ["work_orders"]
    records = read.records["work_orders"]
    assert [r["issue"] for r in records] == _FAULTS
    assert [r["customer_phone"] for r in records] == _PHONES
    assert all(r.get("signature") in (None, "") for r in records)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_rated_ticket_list_with_details_is_work_orders(tmp_path: Path, fmt: str) -> None:
    """A second shape (智齿-like): 详情 tells each case beside a verdict on every row."""
    head = ["工单编号", "详情", "客户", "手机", "提交时间", "评价"]
    rows = rows_of(head, [f"T{500 + i}" for i in range(_N)], _FAULTS, _PEOPLE, _PHONES, _DAYS,
                   _RATINGS)
    read = read_table(fmt, tmp_path / "tickets", rows)
    assert read.kinds == ["work_orders"]
    assert [r["issue"] for r in read.records["work_orders"]] == _FAULTS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_call_back_log_with_remarks_stays_a_survey(tmp_path: Path, fmt: str) -> None:
    """Must not: respondents' remarks (备注) varying row by row tell no case."""
    head = ["回访编号", "客户", "客户电话", "回访时间", "满意度", "备注"]
    remarks = ["师傅很专业", "上门准时", "希望再快一点", "态度好", "收费合理", "下次还找你们"]
    rows = rows_of(head, [f"HF{100 + i}" for i in range(_N)], _PEOPLE, _PHONES, _DAYS,
                   _RATINGS, remarks)
    read = read_table(fmt, tmp_path / "callbacks", rows)
    assert read.kinds == ["satisfaction_survey"]
    assert [r["overall"] for r in read.records["survey_responses"]] == _RATINGS


@pytest.mark.parametrize("kind", ["work_orders", "complaints"])
def test_a_tag_is_no_signature(kind: str) -> None:
    assert "signature" not in field_candidates("客户标签", kind)
    assert field_candidates("标签", kind) == {}
