"""Issue 11, ninth round: mechanisms found on the retired second held-out set (decisions 172-177).

Each one is tested on a workbook and a Word table, with a must-read and a must-not-read case,
on labels that are no synonym (a test keeps it so).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.parsers import headers
from tests.parsers.tables import FORMATS, assert_unlisted, read_table

INVENTED = ["结论A", "设计水平", "施工质量", "整体印象", "体检编号", "测评码", "修理工", "处理办法",
            "维修专业名称", "故障单号", "车主称谓", "车主档次"]


def test_the_labels_used_here_are_not_synonyms() -> None:
    assert_unlisted(INVENTED)


_SCALE = ["满意", "非常满意", "一般", "满意", "不满意", "满意"]


# ------------------------------------------------ ratings known by their content (172)

def _callbacks(rated: list[str], extra: list[str] | None = None) -> list[list[object]]:
    """A call-back log whose rating columns' labels say nothing of rating."""
    head = ["回访编号", "客户姓名", "联系电话", "回访日期", *rated, *(extra or [])]
    return [head] + [
        [f"HF{i:03d}", f"柏{i}", f"1390000{i:04d}", f"2026-09-{i + 1:02d}",
         *(_SCALE[(i + k) % len(_SCALE)] for k in range(len(rated))),
         *("正常" for _ in extra or [])]
        for i in range(6)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_column_of_scale_steps_is_the_overall_rating_whatever_its_label(
        tmp_path: Path, fmt: str) -> None:
    extracted = read_table(fmt, tmp_path / "one", _callbacks(["结论A"]))
    records = extracted.records["survey_responses"]
    assert len(records) == 6
    assert [r["overall"] for r in records[:3]] == ["满意", "非常满意", "一般"]
    assert records[0]["respondent"] == "柏0"


@pytest.mark.parametrize("fmt", FORMATS)
def test_of_several_rated_columns_the_one_saying_overall_is_the_overall(
        tmp_path: Path, fmt: str) -> None:
    extracted = read_table(fmt, tmp_path / "items", _callbacks(["设计水平", "施工质量", "整体印象"]))
    records = extracted.records["survey_responses"]
    assert len(records) == 6
    assert records[0]["overall"] == _SCALE[2]  # 整体印象, the third rated column
    assert records[1]["overall"] == _SCALE[3]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_call_back_log_with_no_rated_column_stays_unread(tmp_path: Path, fmt: str) -> None:
    rows = _callbacks([], ["测评码"])
    extracted = read_table(fmt, tmp_path / "none", rows)
    assert "survey_responses" not in extracted.records
    assert "work_orders" not in extracted.records


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_urgency_column_of_work_orders_is_no_rating(tmp_path: Path, fmt: str) -> None:
    """一般 is a step of the satisfaction scale, but 紧急/特急 beside it are none: a ledger of
    repairs with an urgency column stays work orders."""
    head = ["工单编号", "客户姓名", "联系电话", "故障描述", "处理结果", "报修时间", "测评码"]
    urgency = ["一般", "紧急", "一般", "特急", "一般", "紧急"]
    rows = [head] + [[f"GD{i}", f"祁{i}", f"1390000{i:04d}", "空调不制冷", "更换电容",
                      f"2026-09-0{i + 1} 10:00", urgency[i]] for i in range(6)]
    extracted = read_table(fmt, tmp_path / "orders", rows)
    assert len(extracted.records["work_orders"]) == 6
    assert "survey_responses" not in extracted.records


# ------------------------------------------- a person's traits are that person's (173)

@pytest.mark.parametrize("fmt", FORMATS)
def test_a_survey_of_people_with_their_sex_and_age_is_read(tmp_path: Path, fmt: str) -> None:
    head = ["体检编号", "姓名", "性别", "年龄", "所在部门", "电话", "满意度", "评价时间"]
    rows = [head] + [[f"TJ{i:03d}", f"柏{i}", "男", str(30 + i), "财务部", f"1390000{i:04d}",
                      _SCALE[i], f"2026-09-0{i + 1}"] for i in range(6)]
    extracted = read_table(fmt, tmp_path / "checkup", rows)
    records = extracted.records["survey_responses"]
    assert len(records) == 6
    assert records[4]["overall"] == "不满意"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_staff_list_with_sex_age_and_grades_is_no_records(tmp_path: Path, fmt: str) -> None:
    head = ["工号", "姓名", "性别", "年龄", "岗位", "联系电话", "考核结果"]
    grades = ["合格", "合格", "优秀", "合格", "良好", "合格"]
    rows = [head] + [[f"YG{i:03d}", f"柏{i}", "女", str(25 + i), "维修技师",
                      f"1390000{i:04d}", grades[i]] for i in range(6)]
    extracted = read_table(fmt, tmp_path / "staff", rows)
    assert not extracted.records.get("survey_responses")
    assert not extracted.records.get("work_orders")


# -------------------------- a label like a field by its characters needs content (174)

def _orders_with(label: str, values: list[str]) -> list[list[object]]:
    head = ["工单编号", "客户姓名", "联系电话", "故障现象", label, "报修时间"]
    return [head] + [[f"GD{i}", f"祁{i}", f"1390000{i:04d}", "空调不制冷", values[i % len(values)],
                      f"2026-09-0{i + 1} 10:00"] for i in range(6)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_typo_of_a_label_over_written_text_is_read(tmp_path: Path, fmt: str) -> None:
    """故障描叙 for 故障描述: one character off, over what a customer wrote."""
    head = ["工单编号", "客户姓名", "联系电话", "故障描叙", "处理结果", "报修时间"]
    faults = ["室内机漏水严重", "开机后不制冷", "运行时噪音很大"]
    rows = [head] + [[f"GD{i}", f"祁{i}", f"1390000{i:04d}", faults[i % 3], "更换电容后正常",
                      f"2026-09-0{i + 1} 10:00"] for i in range(6)]
    records = read_table(fmt, tmp_path / "typo", rows).records["work_orders"]
    assert [r["issue"] for r in records[:3]] == faults


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_office_column_like_a_remedy_by_its_characters_is_no_remedy(
        tmp_path: Path, fmt: str) -> None:
    """服务处 (a service office) is two characters of 服务处理, but holds short repeated
    codes, not what was done: the resolution stays unread, not filled with 华东."""
    rows = _orders_with("服务处", ["华东", "华南", "华东"])
    records = read_table(fmt, tmp_path / "office", rows).records["work_orders"]
    assert len(records) == 6
    assert all(r["resolution"] is None for r in records)


# ------------------------- a handled ticket with the customer's verdict (175)

_VERDICTS = ["客户表示满意", "回访客户，对处理结果满意", "客户基本满意", "不满意，要求再处理"]


def _tickets(answer: str, answers: list[str]) -> list[list[object]]:
    """A desk's tickets: no complaint word anywhere, a written answer, a call-back verdict."""
    head = ["工单流水号", "受理时间", "业务内容", answer, "回访满意度", "联系方式"]
    raised = ["上门迟到两小时", "收费与报价不一致", "客服电话无人接听"]
    return [head] + [[f"TS{i:03d}", f"2026-09-0{i + 1} 09:30", raised[i % 3], answers[i % 2],
                      _VERDICTS[i % 4], f"1390000{i:04d}"] for i in range(6)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_ticket_answered_and_called_back_is_a_complaint(tmp_path: Path, fmt: str) -> None:
    rows = _tickets("处理意见", ["致歉并退还差价", "调整派单规则并回电说明"])
    extracted = read_table(fmt, tmp_path / "desk", rows)
    assert "work_orders" not in extracted.records
    records = extracted.records["complaints"]
    assert len(records) == 6
    assert records[0]["handling"] == "致歉并退还差价"
    assert records[2]["feedback"] == _VERDICTS[2]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_repair_with_its_remedy_and_a_call_back_stays_a_work_order(
        tmp_path: Path, fmt: str) -> None:
    """处理结果 is the work order's remedy: its satisfaction call-back makes it no complaint."""
    rows = _tickets("处理结果", ["更换电容后制冷正常", "更换排水泵，故障排除"])
    extracted = read_table(fmt, tmp_path / "repair", rows)
    assert "complaints" not in extracted.records
    assert len(extracted.records["work_orders"]) == 6


# ----------------------- complainants asked about the handling are a survey (176)

def _complaint_survey(reason_label: str, reasons: list[str]) -> list[list[object]]:
    """Under a title naming the survey (调查); a ledger's own 满意度 column names none."""
    head = ["投诉工单号", "手机号码", "投诉立单时间", reason_label, "是否解决", "投诉处理满意度"]
    return [["投诉处理满意度调查明细", *([None] * (len(head) - 1))], head] + [[f"TS{i:03d}", f"1390000{i:04d}", f"2026-09-0{i + 1} 09:30",
                      reasons[i % len(reasons)], "是" if i % 3 else "否", _SCALE[i]]
                     for i in range(6)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_complainants_rating_the_handling_are_survey_responses(tmp_path: Path, fmt: str) -> None:
    """No complaint is written out (a category, a 是/否), only a rating: a survey."""
    extracted = read_table(fmt, tmp_path / "rated", _complaint_survey("投诉类型", ["服务类", "收费类"]))
    assert "complaints" not in extracted.records
    records = extracted.records["survey_responses"]
    assert len(records) == 6
    assert records[0]["record_id"] == "TS000"


@pytest.mark.parametrize("fmt", FORMATS)
def test_complaints_written_out_with_a_rating_stay_complaints(tmp_path: Path, fmt: str) -> None:
    reasons = ["维修人员上门迟到两小时", "同一故障维修后一周再次出现", "收费与报价不一致"]
    extracted = read_table(fmt, tmp_path / "ledger", _complaint_survey("投诉内容", reasons))
    assert "survey_responses" not in extracted.records
    records = extracted.records["complaints"]
    assert len(records) == 6
    assert records[1]["reason"] == reasons[1]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_yes_no_column_is_no_complaint_reason(tmp_path: Path, fmt: str) -> None:
    """投诉问题是否解决 holds 是/否: no reason of the complaint, whatever its label."""
    head = ["投诉编号", "投诉人", "投诉内容", "处理结果", "投诉问题是否解决", "受理日期"]
    rows = [head] + [[f"TS{i:03d}", f"蔡{i}", "", "致歉并退款", "是" if i % 2 else "否",
                      f"2026-09-0{i + 1}"] for i in range(6)]
    records = read_table(fmt, tmp_path / "yesno", rows).records["complaints"]
    assert len(records) == 6
    assert all(r["reason"] is None for r in records)


# ------------------------ the work's own department is no staff list's (173)

def _faults(extra: list[str], filler: list[str]) -> list[list[object]]:
    head = ["故障单号", "故障现象", "提报人员", "联系电话", "提报时间", *extra]
    return [head] + [[f"GZ{i:03d}", "车门无法关闭", f"祁{i}", f"1390000{i:04d}",
                      f"2026-09-0{i + 1} 08:10", *filler] for i in range(6)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_fault_list_with_its_repair_department_and_speciality_is_read(
        tmp_path: Path, fmt: str) -> None:
    rows = _faults(["维修部门", "专业", "维修专业名称"], ["车辆部", "车辆", "车门"])
    records = read_table(fmt, tmp_path / "faults", rows).records["work_orders"]
    assert len(records) == 6
    assert records[2]["issue"] == "车门无法关闭"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_roster_of_departments_and_jobs_is_still_no_work_orders(
        tmp_path: Path, fmt: str) -> None:
    """A staff list that names no repair keeps all its staff headers."""
    head = ["工号", "姓名", "部门", "专业", "岗位", "联系电话", "入职日期"]
    rows = [head] + [[f"YG{i:03d}", f"柏{i}", "维保部", "机电", "技师", f"1390000{i:04d}",
                      f"2020-03-0{i + 1}"] for i in range(6)]
    extracted = read_table(fmt, tmp_path / "roster", rows)
    assert not extracted.records.get("work_orders")


# ------------------------------------------ 工 after an act is a worker (177)

def test_a_worker_after_an_act_is_a_person_but_a_finished_job_is_no_worker() -> None:
    from preaudit.parsers.meaning import read_label
    assert "actor" in read_label("修理工").classes
    for word in ("完工", "派工", "施工"):
        assert "actor" not in read_label(word).classes, word


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_repair_worker_is_the_technician_not_the_remedy(tmp_path: Path, fmt: str) -> None:
    head = ["任务单编码", "机主姓名", "联系电话", "故障现象", "修理工", "处理办法", "完工日"]
    rows = [head] + [[f"RW{i:03d}", f"祁{i}", f"1390000{i:04d}", "不制冷", f"孙师{i}",
                      "更换电容后试机正常", f"2026-09-0{i + 1}"] for i in range(6)]
    records = read_table(fmt, tmp_path / "worker", rows).records["work_orders"]
    assert len(records) == 6
    assert records[3]["technician"] == "孙师3"
    assert records[3]["resolution"] == "更换电容后试机正常"
    assert records[3]["completed_at"] is not None


# ------------------------------- the aspect the title names is the overall (172)

def _rated_aspects(title: str) -> list[list[object]]:
    head = ["回访编号", "客户姓名", "联系电话", "回访日期", "上门服务满意度", "收费满意度"]
    return [[title, *([None] * (len(head) - 1))], head] + [
        [f"HF{i:03d}", f"柏{i}", f"1390000{i:04d}", f"2026-09-{i + 1:02d}", _SCALE[i],
         _SCALE[(i + 2) % 6]] for i in range(6)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_aspect_rating_the_title_names_is_the_overall(tmp_path: Path, fmt: str) -> None:
    extracted = read_table(fmt, tmp_path / "titled", _rated_aspects("上门服务满意度回访明细表"))
    records = extracted.records["survey_responses"]
    assert len(records) == 6
    assert [r["overall"] for r in records[:3]] == _SCALE[:3]


@pytest.mark.parametrize("fmt", FORMATS)
def test_aspect_ratings_under_a_plain_title_stay_items(tmp_path: Path, fmt: str) -> None:
    """满意度 alone is in every survey's title: it names no aspect."""
    extracted = read_table(fmt, tmp_path / "plain", _rated_aspects("客户满意度回访明细表"))
    records = extracted.records["survey_responses"]
    assert len(records) == 6
    assert all(r["overall"] is None for r in records)


# ------------------------------------------------ 落实 is carrying it out (177)

def _carried_out(extra: str) -> list[list[object]]:
    head = ["投诉编号", "投诉人", "投诉内容", "受理日期", "落实情况", extra]
    done = ["致歉并退还差价", "安排主管二次上门"]
    return [head] + [[f"TS{i:03d}", f"蔡{i}", "上门迟到两小时", f"2026-09-0{i + 1}",
                      done[i % 2], f"王{i}"] for i in range(6)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_what_was_carried_out_is_the_handling(tmp_path: Path, fmt: str) -> None:
    records = read_table(fmt, tmp_path / "done", _carried_out("落实部门")).records["complaints"]
    assert len(records) == 6
    assert records[1]["handling"] == "安排主管二次上门"
    assert records[1]["reason"] == "上门迟到两小时"


@pytest.mark.parametrize("fmt", FORMATS)
def test_who_carried_it_out_is_no_handling(tmp_path: Path, fmt: str) -> None:
    records = read_table(fmt, tmp_path / "who", _carried_out("落实人")).records["complaints"]
    assert all(not str(r["handling"]).startswith("王") for r in records)


# ------------------------------------- 站/处/部 after an act is an office (177)

def test_an_office_after_an_act_is_an_organisation() -> None:
    from preaudit.parsers.meaning import read_label
    for label in ("维保站", "维修部", "办理处"):
        assert "org" in read_label(label).classes, label
    for label in ("处理", "处理结果", "部件名称"):
        assert "org" not in read_label(label).classes, label


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_maintenance_station_is_no_remedy(tmp_path: Path, fmt: str) -> None:
    head = ["报修单号", "报修人", "报修电话", "报修描述", "维保站", "维修人员", "报修时间"]
    stations = ["徐汇维保站", "浦东维保站"]
    rows = [head] + [[f"BX{i:03d}", f"祁{i}", f"1390000{i:04d}", "电梯困人", stations[i % 2],
                      f"孙师{i}", f"2026-09-0{i + 1} 10:00"] for i in range(6)]
    records = read_table(fmt, tmp_path / "station", rows).records["work_orders"]
    assert len(records) == 6
    assert all(r["resolution"] is None for r in records)
    assert records[2]["issue"] == "电梯困人"


# ------------------------- the content of the customer's order is its issue (177)

@pytest.mark.parametrize("fmt", FORMATS)
def test_the_content_of_the_users_order_is_the_issue(tmp_path: Path, fmt: str) -> None:
    head = ["用户名称", "用户报修单标题", "用户联系方式", "申请时间", "用户报修单详细内容",
            "管理员处理回执数据"]
    rows = [head] + [[f"祁{i}", "空调", f"1390000{i:04d}", f"2026-09-0{i + 1} 10:00",
                      "空调外机漏水严重", "清理排水管后正常"] for i in range(6)]
    records = read_table(fmt, tmp_path / "users", rows).records["work_orders"]
    assert len(records) == 6
    assert records[0]["issue"] == "空调外机漏水严重"
    assert records[0]["customer_name"] == "祁0"  # 用户名称 stays the name, no content


def test_a_customers_address_or_number_is_no_issue() -> None:
    from preaudit.model.records import RecordKind
    for label in ("用户报修单详细地址", "客户报修单号", "用户报修单标题"):
        assert "issue" not in headers.field_candidates(label, RecordKind.WORK_ORDER), label


# ------------------------------ the customer's column of names is the name (172)

def _owner_orders(label: str, values: list[str]) -> list[list[object]]:
    head = ["任务单编码", label, "联系电话", "故障现象", "处理结果", "报修日"]
    return [head] + [[f"RW{i:03d}", values[i % len(values)], f"1390000{i:04d}", "不制冷",
                      "更换电容", f"2026-09-0{i + 1}"] for i in range(6)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_names_under_a_label_naming_only_the_customer_are_the_name(
        tmp_path: Path, fmt: str) -> None:
    names = ["罗德明", "胡丽娟", "彭俊杰", "曹金凤", "吴淑珍", "肖宏伟"]
    records = read_table(fmt, tmp_path / "owner", _owner_orders("车主称谓", names)).records["work_orders"]
    assert [r["customer_name"] for r in records] == names


@pytest.mark.parametrize("fmt", FORMATS)
def test_repeated_words_under_a_customer_label_are_no_name(tmp_path: Path, fmt: str) -> None:
    """车主级别 holding 普通/贵宾: words of two characters, repeated, no names."""
    rows = _owner_orders("车主档次", ["普通", "贵宾"])
    records = read_table(fmt, tmp_path / "level", rows).records["work_orders"]
    assert all(r["customer_name"] is None for r in records)


# ------------- written text over codes; why the verdict is no complaint (175, 176)

@pytest.mark.parametrize("fmt", FORMATS)
def test_the_written_complaint_beats_a_coded_cause(tmp_path: Path, fmt: str) -> None:
    head = ["工单流水号", "受理时间", "业务内容", "责任原因", "处理意见", "客户回访满意度",
            "联系方式"]
    raised = ["上门迟到两小时", "收费与报价不一致", "客服电话无人接听", "安装时损坏墙面瓷砖",
              "配件等待时间过长", "预约时间被多次更改"]
    rows = [head] + [[f"TS{i:03d}", f"2026-09-0{i + 1} 09:30", raised[i], "C1",
                      "致歉并退还差价", _VERDICTS[i % 4], f"1390000{i:04d}"] for i in range(6)]
    records = read_table(fmt, tmp_path / "coded", rows).records["complaints"]
    assert [r["reason"] for r in records] == raised


@pytest.mark.parametrize("fmt", FORMATS)
def test_why_the_customer_was_unsatisfied_is_no_complaint_reason(tmp_path: Path, fmt: str) -> None:
    head = ["投诉编号", "投诉人", "投诉时间", "处理结果", "回访结果", "不满意原因"]
    rows = [head] + [[f"TS{i:03d}", f"蔡{i}", f"2026-09-0{i + 1}", "致歉并退款", "不满意",
                      "未按约定时间回电说明"] for i in range(6)]
    records = read_table(fmt, tmp_path / "why", rows).records["complaints"]
    assert len(records) == 6
    assert all(r["reason"] is None for r in records)
