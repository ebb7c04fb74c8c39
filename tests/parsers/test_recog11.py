"""Issue 11, eleventh round: complaint ledgers and survey responses (decisions 187-).

Each mechanism is tested on a workbook and a Word table, with a must-read and a must-not-read
case, on labels that are no synonym (a test keeps it so) and cell contents written here, not
taken from the generator's pool (sample_data/gen/).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, assert_unlisted, read_table

LABELS = ["添加时间", "新增日期", "住户姓名", "投诉主题", "纠纷概要", "故障概要", "调解结果", "评星", "评论内容", "详细说明", "情况描述", "填答人", "答卷日", "来件人", "来件日期", "经办情况", "调查表序号", "工单序号"]


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


_DISPUTES = ["术后伤口感染延误处理", "收费项目未事先告知", "检查报告出具延迟", "药品发错规格"]


def _dispute_ledger(head: list[str]) -> list[list[object]]:
    return [head] + [
        [f"JF2026{i:04d}", f"当事人{i}", matter, f"2026-08-1{i}", "双方达成调解协议"]
        for i, matter in enumerate(_DISPUTES)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_dispute_ledger_is_complaints_not_work_orders(tmp_path: Path, fmt: str) -> None:
    """纠纷 (a dispute raised against the provider) names a complaint ledger as 投诉 does, and
    its 概要 (summary) is the matter raised (decision 188)."""
    rows = _dispute_ledger(["案件编号", "当事人", "纠纷概要", "受理日期", "调解结果"])
    extracted = read_table(fmt, tmp_path / "disputes", rows)
    assert not extracted.records.get("work_orders")
    records = extracted.records["complaints"]
    assert len(records) == 4
    assert records[2]["reason"] == "检查报告出具延迟"
    assert records[2]["handling"] == "双方达成调解协议"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_repair_ledger_with_a_fault_summary_stays_work_orders(tmp_path: Path, fmt: str) -> None:
    """Must not: 概要 is a summary of whatever the table is about; a repair ledger's 故障概要
    is the order's issue and nothing makes it a complaint."""
    rows = [["维修单号", "客户姓名", "故障概要", "报修日期", "处理结果"]] + [
        [f"WX{i:04d}", f"客户{i}", "冰箱冷藏室结霜", f"2026-08-1{i}", "更换温控器"]
        for i in range(4)]
    extracted = read_table(fmt, tmp_path / "repairs", rows)
    assert not extracted.records.get("complaints")
    records = extracted.records["work_orders"]
    assert len(records) == 4
    assert records[0]["issue"] == "冰箱冷藏室结霜"


_REVIEWS = ["师傅手法专业，车漆打磨得很干净", "等了四十分钟才开工", "价格透明，下次还来", "洗车后座椅有水渍"]


def _reviews(head: list[str], stars: list[object]) -> list[list[object]]:
    return [head] + [
        [f"车主{i}", f"2026-09-2{i}", star, text, f"DD{880100 + i}"]
        for i, (star, text) in enumerate(zip(stars, _REVIEWS, strict=True))]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_review_list_rated_by_its_content_is_survey_responses(tmp_path: Path, fmt: str) -> None:
    """评论 (a customer's review) names responses as 评价 does: a review list whose unlabelled
    star column holds steps of a scale is read as responses, that column the rating (decision 189)."""
    rows = _reviews(["车主", "时间", "评星", "评论内容", "订单号"], ["5", "2.5", "4", "3"])
    records = read_table(fmt, tmp_path / "reviews", rows).records["survey_responses"]
    assert len(records) == 4
    assert records[1]["respondent"] == "车主1"
    assert records[1]["record_id"] == "DD880101"
    assert str(records[0]["overall"]) == "5"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_review_list_without_ratings_is_no_responses(tmp_path: Path, fmt: str) -> None:
    """Must not: comments with no column of scale steps (a moderation queue's 审核状态) rate
    nothing; they are no survey responses."""
    rows = _reviews(["车主", "时间", "审核状态", "评论内容", "订单号"], ["待审核", "已通过", "已通过", "已屏蔽"])
    extracted = read_table(fmt, tmp_path / "queue", rows)
    assert not extracted.records.get("survey_responses")


_RAISED = ["保安态度生硬", "停车场收费标准不明", "会员积分无故清零", "试衣间门锁损坏"]
_DONE = ["已约谈当班保安并致歉", "已在入口张贴收费标准", "已核实并补回积分", "已更换门锁"]


def _assert_raised_and_done(fmt: str, tmp_path: Path, header: list[str],
                            left: list[str], right: list[str]) -> None:
    """The four complaints, ``left`` in the second column and ``right`` in the fourth, read with
    each complaint as the reason and each remedy as the handling."""
    rows = [header] + [[i + 1, first, f"1580000{i:04d}", second, f"2026-10-1{i}"]
                       for i, (first, second) in enumerate(zip(left, right, strict=True))]
    records = read_table(fmt, tmp_path / "mall", rows, sheet="顾客投诉登记").records["complaints"]
    assert len(records) == 4
    assert records[2]["reason"] == "会员积分无故清零"
    assert records[2]["handling"] == "已核实并补回积分"


@pytest.mark.parametrize("fmt", FORMATS)
def test_two_columns_that_could_be_either_step_are_read_in_the_pages_order(
        tmp_path: Path, fmt: str) -> None:
    """详细说明 and 情况描述 could each be the complaint or what was done about it: the left one is
    what the customer raised, the right one the handling (decision 190)."""
    _assert_raised_and_done(fmt, tmp_path, ["序号", "详细说明", "客户电话", "情况描述", "办结日期"],
                            left=_RAISED, right=_DONE)


@pytest.mark.parametrize("fmt", FORMATS)
def test_labels_that_say_their_step_keep_it_whatever_the_order(tmp_path: Path, fmt: str) -> None:
    """Must not: 处理结果 left of 投诉原因 says which is which; the order changes nothing."""
    _assert_raised_and_done(fmt, tmp_path, ["序号", "处理结果", "客户电话", "投诉原因", "办结日期"],
                            left=_DONE, right=_RAISED)


@pytest.mark.parametrize("fmt", FORMATS)
def test_who_answered_a_questionnaire_and_when_are_its_respondent_and_date(
        tmp_path: Path, fmt: str) -> None:
    """答卷人 (who answered the questionnaire) is the respondent and 答卷日 (the day of
    answering) the survey's date (decision 191)."""
    rows = [["问卷编号", "填答人", "答卷日", "总体满意度"]] + [
        [f"WJ{7700 + i}", f"居民{i}", f"2026-11-0{i + 1}", ["满意", "一般", "非常满意", "不满意"][i]]
        for i in range(4)]
    records = read_table(fmt, tmp_path / "answers", rows).records["survey_responses"]
    assert len(records) == 4
    assert records[3]["respondent"] == "居民3"
    assert str(records[3]["surveyed_at"]).startswith("2026-11-04")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_letter_desk_reads_its_sender_date_and_handling(tmp_path: Path, fmt: str) -> None:
    """来件人 sent the letter in (the complainant), 来件日期 is when it came in, 经办情况 how it
    was dealt with; the 经办人 beside them is staff, neither the complainant nor the handling
    (decision 191)."""
    rows = [["来件编号", "来件人", "来件日期", "投诉事项", "经办人", "经办情况"]] + [
        [f"LJ{300 + i}", f"市民{i}", f"2026-10-2{i}", raised, f"专员{i}", done]
        for i, (raised, done) in enumerate(zip(_RAISED, _DONE, strict=True))]
    records = read_table(fmt, tmp_path / "letters", rows).records["complaints"]
    assert len(records) == 4
    assert records[1]["customer_name"] == "市民1"
    assert str(records[1]["received_at"]).startswith("2026-10-21")
    assert records[1]["handling"] == "已在入口张贴收费标准"
    assert "专员1" not in {records[1].get("customer_name"), records[1].get("handling")}


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_serial_named_by_the_record_numbers_it(tmp_path: Path, fmt: str) -> None:
    """调查表序号 is the questionnaire's own serial, not a row counter (decision 192)."""
    rows = [["调查表序号", "受访者", "回访日期", "满意度"]] + [
        [f"Q-{905 + 3 * i}", f"住户{i}", f"2026-11-1{i}", "满意"] for i in range(4)]
    records = read_table(fmt, tmp_path / "serial", rows).records["survey_responses"]
    assert [r["record_id"] for r in records] == ["Q-905", "Q-908", "Q-911", "Q-914"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_bare_row_counter_or_a_serial_beside_a_number_is_not_the_id(
        tmp_path: Path, fmt: str) -> None:
    """Must not: where the record's 编号 is there, a 工单序号 beside it is not the id; a bare
    序号 in a work-order ledger numbers rows, not orders."""
    rows = [["序号", "工单序号", "工单编号", "客户姓名", "故障描述", "报修时间"]] + [
        [i + 1, i + 1, f"GD-{4410 + i}", f"客户{i}", "热水器点不着火", f"2026-11-0{i + 1}"]
        for i in range(4)]
    records = read_table(fmt, tmp_path / "orders", rows).records["work_orders"]
    assert [r["record_id"] for r in records] == ["GD-4410", "GD-4411", "GD-4412", "GD-4413"]
