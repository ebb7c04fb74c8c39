"""Two alternatives written once with the head they share: 商品/设备名称 (decision 348).

The twelfth held-out set, retired, showed an after-sales order list with 商品/设备名称 beside
型号: the slashed label was read as a synonym inside it and ranked after the bare 型号, so
the model was read as the product and the thing's name as its second column.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.model.records import RecordKind
from preaudit.parsers.headers import field_candidates
from tests.parsers.tables import FORMATS, read_table

WO = RecordKind.WORK_ORDER
ORDERS = [
    ["工单编号", "产品/设备名称", "型号", "报修人", "联系电话", "故障描述", "报修时间"],
    ["SH0917001", "海尔热水器", "EC6002-MC3", "闫书婷", "13817365529", "不加热",
     "2026-09-17 08:40"],
    ["SH0918002", "美的洗衣机", "MG100V11D", "佘立军", "15921487730", "排水慢",
     "2026-09-18 14:05"],
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_slashed_names_sharing_a_head_name_the_product_before_its_model(
    tmp_path: Path, fmt: str
) -> None:
    orders = read_table(fmt, tmp_path / "orders", ORDERS).records["work_orders"]
    assert [o["product"] for o in orders] == ["海尔热水器", "美的洗衣机"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_slashed_labels_of_two_fields_are_no_one_field(tmp_path: Path, fmt: str) -> None:
    """Must not: 客户/设备名称 (the customer's name or the device's) is no exact product, so
    the bare 型号 beside it stays the product."""
    rows = [[("客户/设备名称" if cell == "产品/设备名称" else cell) for cell in ORDERS[0]],
            *ORDERS[1:]]
    orders = read_table(fmt, tmp_path / "orders", rows).records["work_orders"]
    assert [o["product"] for o in orders] != ["海尔热水器", "美的洗衣机"]


def test_the_shared_head_reads_only_where_both_alternatives_name_one_field() -> None:
    assert field_candidates("产品/设备名称", WO) == field_candidates("产品名称", WO)
    assert field_candidates("报修/完成时间", WO) != {"completed_at": (1.0, 0)}
    assert field_candidates("报修/完成时间", WO)["reported_at"][0] < 1.0
    assert field_candidates("保内/保外", WO) == {}


# Decision 349: 总评 (the overall evaluation) and 全程 (the whole course) read by parts.
CALLS = [
    ["回访编号", "客户姓名", "联系电话", "回访日期", "上门服务评价", "维修质量评价",
     "服务全程总评"],
    ["HF0917001", "闫书婷", "13817365529", "2026-09-17", "满意", "满意", "非常满意"],
    ["HF0918002", "佘立军", "15921487730", "2026-09-18", "不满意", "满意", "不满意"],
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_overall_evaluation_of_the_whole_course_rates_the_response(
    tmp_path: Path, fmt: str
) -> None:
    responses = read_table(fmt, tmp_path / "calls", CALLS).records["survey_responses"]
    assert [r["overall"] for r in responses] == ["非常满意", "不满意"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_staff_appraisal_with_an_overall_evaluation_is_no_survey(
    tmp_path: Path, fmt: str
) -> None:
    """Must not: an employee's yearly 总评 rates the staff, not a customer's answer; content
    completes a survey, never makes one (decisions 201, 210)."""
    rows = [["工号", "员工姓名", "所属部门", "考核日期", "年度总评"],
            ["E0917", "闫书婷", "售后服务部", "2026-09-17", "优秀"],
            ["E0918", "佘立军", "安装部", "2026-09-18", "良好"]]
    assert not read_table(fmt, tmp_path / "staff", rows).records.get("survey_responses")
