"""Issue 11, eighth round: the record's own key, after-sales staff, a user's nickname
(decisions 168-169).

A table's primary key (主键) and a complaint's own id (投诉id) number the record; an id of
another document in the same table (运单id, 被投诉的运单id: the waybill) does not. 售后人员
are the after-sales staff who served the customer; 昵称 is the name an app's user goes by.
Tested on a workbook and a Word table, with must-read and must-not-read cases, on labels that
are no synonym (a test keeps it so).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.model.records import RecordKind
from preaudit.parsers import headers, meaning
from tests.parsers.tables import FORMATS, assert_unlisted, read_table

LABELS = ["主键", "运单id", "投诉id", "被投诉的运单id", "售后人员", "昵称", "客服昵称"]


def test_the_labels_used_here_are_not_synonyms() -> None:
    assert_unlisted(LABELS)


def _ratings(head: list[str], count: int = 5) -> list[list[object]]:
    """Rated deliveries: a primary key, the waybill's id and a nickname beside the score."""
    return [head] + [
        [f"{31000 + 3 * i}", f"{88001200 + 37 * i}", f"用户{i}", f"{3 + i % 3}", f"2026-09-0{i + 1} 10:00"]
        for i in range(count)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_primary_key_numbers_the_response_not_another_tables_id(
        tmp_path: Path, fmt: str) -> None:
    rows = _ratings(["主键", "运单id", "昵称", "满意度评分", "评价时间"])
    records = read_table(fmt, tmp_path / "rated", rows).records["survey_responses"]
    assert len(records) == 5
    assert [r["record_id"] for r in records] == ["31000", "31003", "31006", "31009", "31012"]
    assert records[2]["respondent"] == "用户2"


@pytest.mark.parametrize("fmt", FORMATS)
def test_without_a_primary_key_the_waybill_id_is_still_an_id_and_staffs_nickname_no_respondent(
        tmp_path: Path, fmt: str) -> None:
    """Must not: the waybill's id stays the only id there is; a desk agent's nickname is
    staff, never the respondent."""
    rows = _ratings(["序号", "运单id", "客服昵称", "满意度评分", "评价时间"])
    records = read_table(fmt, tmp_path / "rated", rows).records["survey_responses"]
    assert len(records) == 5
    assert records[1]["record_id"] == "88001237"
    assert not records[1].get("respondent")


def _complaints(head: list[str], count: int = 4) -> list[list[object]]:
    return [head] + [
        [f"{5000 + i}", f"{77001200 + 41 * i}", f"1390000{i:04d}", "快递员未按时送达",
         "已致歉并补偿运费", f"2026-09-1{i} 09:30"] for i in range(count)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_complaints_own_id_wins_over_the_waybill_complained_about(
        tmp_path: Path, fmt: str) -> None:
    rows = _complaints(["投诉id", "被投诉的运单id", "投诉人电话", "投诉详情描述", "处理结果",
                        "投诉时间"])
    records = read_table(fmt, tmp_path / "cp", rows).records["complaints"]
    assert len(records) == 4
    assert records[3]["record_id"] == "5003"


def test_which_ids_number_the_complaint_itself() -> None:
    complaint = RecordKind.COMPLAINT
    own = meaning.field_scores(headers.normalise_header("投诉id"), complaint)["record_id"]
    other = meaning.field_scores(headers.normalise_header("被投诉的运单id"), complaint)
    assert own > other["record_id"]
    # the complaint word names the record only in a complaint ledger's rules
    survey = meaning.field_scores(headers.normalise_header("投诉id"), RecordKind.SURVEY_RESPONSE)
    assert survey.get("record_id", 0) < own


def _orders(staff_label: str, count: int = 4) -> list[list[object]]:
    head = ["工单编号", "客户名称", "联系电话", staff_label, "故障描述", "开始时间", "结束时间"]
    return [head] + [
        [f"SH{i}", f"华{i}科技有限公司", f"1390000{i:04d}", f"满{i}", "打印机卡纸",
         f"2026-09-1{i} 09:00", f"2026-09-1{i} 11:00"] for i in range(count)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_after_sales_staff_are_the_technician(tmp_path: Path, fmt: str) -> None:
    records = read_table(fmt, tmp_path / "wo", _orders("售后人员")).records["work_orders"]
    assert len(records) == 4
    assert records[2]["technician"] == "满2"


@pytest.mark.parametrize("fmt", FORMATS)
def test_sales_staff_are_no_technician(tmp_path: Path, fmt: str) -> None:
    records = read_table(fmt, tmp_path / "wo", _orders("销售人员")).records["work_orders"]
    assert len(records) == 4
    assert not records[2].get("technician")


# ------------------------------------------- a remark after a comma (decision 170)

def _repairs(address_label: str, count: int = 4) -> list[list[object]]:
    head = ["报修单号", "报修人", "报修人手机号", address_label, "1=水电,2=电器,3=其他",
            "故障内容", "报修时间"]
    return [head] + [
        [f"BX{i}", f"宁{i}", f"1390000{i:04d}", f"上海市浦东新区张杨路{100 + i}号",
         f"{1 + i % 3}", "空调漏水", f"2026-09-1{i} 09:00"] for i in range(count)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_remark_after_a_comma_leaves_the_label_before_it(tmp_path: Path, fmt: str) -> None:
    extracted = read_table(fmt, tmp_path / "wo", _repairs("报修公司所在地址,自动生成"))
    records = extracted.records["work_orders"]
    assert len(records) == 4
    assert records[1]["customer_address"] == "上海市浦东新区张杨路101号"
    # a code legend's values are no field's
    assert all(r.get("customer_address") != "2" for r in records)


def test_a_comma_between_two_fields_is_no_remark() -> None:
    wo = RecordKind.WORK_ORDER
    assert headers.field_candidates("报修公司所在地址,自动生成", wo)["customer_address"][0] > 0.7
    # the part after the comma names a field: the column holds both, neither is taken this way
    assert headers._before_remark("报修公司所在地址,联系电话", wo, False) == {}
    assert headers._before_remark("报修公司所在地址", wo, False) == {}
    assert not headers.field_candidates("1=水电,2=电器,3=其他", wo)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_linked_documents_number_is_not_the_complaints(tmp_path: Path, fmt: str) -> None:
    """Must not: 投诉关联单号 is the number of the order the complaint is linked to."""
    rows = _complaints(["单号", "投诉关联单号", "投诉人电话", "投诉详情描述", "处理结果",
                        "投诉时间"])
    records = read_table(fmt, tmp_path / "cp", rows).records["complaints"]
    assert len(records) == 4
    assert records[3]["record_id"] == "5003"
