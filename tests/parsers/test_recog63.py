"""Issue 11, round 63: a call-back's verdicts read however few phrases they repeat (decision
352), and the name of whoever does an act is that actor's, 姓名 as 名称 (decision 353).

Tested on a workbook and a Word table (the verdicts on a PDF too), a must-read and a
must-not-read each. The cell contents are written here, not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.model.records import RecordKind
from preaudit.parsers.headers import field_candidates
from tests.parsers.tables import FORMATS, WITH_PDF, assert_unlisted, read_table

WO, SV, CP = RecordKind.WORK_ORDER, RecordKind.SURVEY_RESPONSE, RecordKind.COMPLAINT
_ROWS = 12
_IDS = [f"TS-63{i:02d}" for i in range(1, _ROWS + 1)]
_PEOPLE = ["欧阳帆", "皇甫静", "司马磊", "上官燕", "诸葛蕾", "令狐冲", "东方明", "慕容雪",
           "公孙策", "端木蓉", "独孤平", "南宫月"]
_OTHERS = ["尉迟恭", "长孙洁", "宇文达", "轩辕青", "澹台宁", "夏侯章", "呼延庆", "钟离春",
           "闻人杰", "百里香", "西门吹", "申屠岚"]
_PHONES = [f"139000{i:05d}" for i in range(1, _ROWS + 1)]
_DATES = [f"2026-08-{i:02d} 09:30" for i in range(1, _ROWS + 1)]
_RAISED = ["快递员态度恶劣拒绝送货上门", "商品到货外箱破损严重", "退款申请一周未处理",
           "客服电话长时间无人接听", "安装师傅多收材料费", "发票抬头开错未重开",
           "维修后三天又出现同样故障", "预约上门时间一再推迟", "配件价格高于公示价格",
           "售后网点拒绝保修", "电话回访时态度生硬", "赠品承诺未兑现"]
_REPLIES = ["已向快递公司投诉并重新派送", "已补发新品并承担运费", "已加急退款到账",
            "已增加客服坐席", "已退还多收费用", "已重开发票寄出", "已安排工程师二次上门",
            "已改派就近网点", "已按公示价格退差价", "已核实在保并免费维修", "已对回访员批评教育",
            "已补寄赠品"]
# a call-back desk's answers picked from four set phrases, each said three times
_SET_VERDICTS = ["客户表示满意", "电话回访，客户基本满意", "满意，无其他意见", "回访客户，对处理结果满意"]
_CANNED_VERDICTS = [_SET_VERDICTS[i % 4] for i in range(_ROWS)]
# a remark column of canned words: no verdict
_CANNED_REMARKS = [["详见附件", "已电话沟通", "按计划完成", "等待客户确认"][i % 4]
                   for i in range(_ROWS)]


def test_the_labels_used_here_are_unlisted() -> None:
    assert_unlisted(["住户对答复的态度", "收件人姓名", "处警人姓名", "回访者姓名"])


# --------------------------- decision 352: a call-back's set phrases are verdicts all the same


def _ledger(head: list[str], columns: list[list[str]]) -> list[list[object]]:
    rows: list[list[object]] = [["投诉编号", "投诉人姓名", "联系电话", "投诉时间", "投诉内容",
                                 "处理结果", *head]]
    for i in range(_ROWS):
        rows.append([_IDS[i], _PEOPLE[i], _PHONES[i], _DATES[i], _RAISED[i], _REPLIES[i],
                     *(column[i] for column in columns)])
    return rows


def _complaints(fmt: str, path: Path, rows: list[list[object]]) -> list[dict[str, object]]:
    return [dict(r) for r in read_table(fmt, path, rows).records["complaints"]]


@pytest.mark.parametrize("fmt", WITH_PDF)
def test_four_set_verdicts_repeated_under_a_label_no_field_reads_are_the_feedback(
        tmp_path: Path, fmt: str) -> None:
    """Four verdict phrases on twelve rows are a pick-list by decision 207's canned-phrase
    test, which left them unread (before); a verdict is said in set words, so they are the
    feedback."""
    complaints = _complaints(fmt, tmp_path / "set", _ledger(["住户对答复的态度"],
                                                            [_CANNED_VERDICTS]))
    assert [r["feedback"] for r in complaints] == _CANNED_VERDICTS
    assert [r["reason"] for r in complaints] == _RAISED
    assert [r["handling"] for r in complaints] == _REPLIES


@pytest.mark.parametrize("fmt", FORMATS)
def test_canned_remarks_or_two_set_verdict_columns_are_no_feedback(
        tmp_path: Path, fmt: str) -> None:
    """Must not: canned words that rate nothing (详见附件, 已电话沟通) are no verdict; two
    columns of set verdicts, and nobody can say which is the customer's: neither is read."""
    rows = _ledger(["住户对答复的态度"], [_CANNED_REMARKS])
    assert all(r.get("feedback") is None for r in _complaints(fmt, tmp_path / "remarks", rows))
    rows = _ledger(["住户对答复的态度", "栏1"], [_CANNED_VERDICTS, _CANNED_VERDICTS[::-1]])
    assert all(r.get("feedback") is None for r in _complaints(fmt, tmp_path / "two", rows))


# ------------------------- decision 353: the name of whoever does an act is that actor's name


def test_an_actors_name_reads_as_that_actor() -> None:
    """收件人姓名 (the parcel's recipient: 收件 takes something in) names nobody who raised
    or answered anything; 处警人姓名 is who attended the alarm, as 处警人名称 is (decision
    304); 回访者姓名 is who made the call-back, no opinion. Before, each read as the
    customer or the respondent at 0.95 (any qualifier before 姓名)."""
    for kind in (WO, SV, CP):
        assert not {"customer_name", "respondent"} & set(field_candidates("收件人姓名", kind))
    assert set(field_candidates("处警人姓名", WO)) == {"technician"}
    assert "feedback" not in field_candidates("回访者姓名", CP)
    assert "feedback" not in field_candidates("回访者", CP)


def test_a_person_word_or_the_raisers_act_before_a_name_still_names_the_customer() -> None:
    """Must not: 报修人姓名 (a listed person word) and 来访人姓名, 提报人员姓名 (whoever came or
    reported raised it, decision 295) stay the customer; 维修人姓名 stays staff."""
    for label in ("报修人姓名", "来访人姓名", "提报人员姓名"):
        assert "customer_name" in field_candidates(label, WO), label
        assert "respondent" in field_candidates(label, SV), label
        assert "customer_name" in field_candidates(label, CP), label
    assert "customer_name" not in field_candidates("维修人姓名", WO)


def _calls(head: str) -> list[list[object]]:
    rows: list[list[object]] = [["通话ID", "开启服务时间", "用户名", "手机号码", "满意度",
                                 "是否建配件工单", head, "详细地址"]]
    for i in range(_ROWS):
        rows.append([f"CALL{i:04d}", _DATES[i], _PEOPLE[i], _PHONES[i],
                     ["满意", "非常满意", "一般", "不满意"][i % 4], "是", _OTHERS[i],
                     f"浙江省杭州市西湖区文三路{i + 10}号"])
    return rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_rated_call_log_names_the_caller_not_the_parcels_recipient(
        tmp_path: Path, fmt: str) -> None:
    """A hosted call centre's log of rated calls, with a spare-parts parcel raised from the
    call: 用户名 is who called and rated, 收件人姓名 whom the parcel goes to (before: the
    recipient was the respondent, 0.95 over 用户名's 0.9)."""
    responses = read_table(fmt, tmp_path / "calls", _calls("收件人姓名")).records[
        "survey_responses"]
    assert [r["respondent"] for r in responses] == _PEOPLE


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_call_log_whose_other_name_is_the_raisers_reads_that_one(
        tmp_path: Path, fmt: str) -> None:
    """Must not: where the other name column is 报修人姓名 (a person word that names the
    customer, exactly listed in no synonym), it still outranks the bare 用户名."""
    responses = read_table(fmt, tmp_path / "calls", _calls("报修人姓名")).records[
        "survey_responses"]
    assert [r["respondent"] for r in responses] == _OTHERS
