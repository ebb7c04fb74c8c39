"""Issue 11, round 68: a qualification names a staff list, and an answer is the handling.

Decision 366: 资质 (a qualification held, as 资格 is) speaks for a staff list, so a roster of
guides with their ages and qualification checks is known as staff, no records and no
unrecognised file. Decision 367: in a complaint ledger whose labels gave the reason a column
that answers the people who raised the cases (apologies, referrals, replies) right of the
column they gave the handling, the answer is the handling and the case the reason. Tested on
a workbook and a Word table, must-read and must-not-read each; the cell contents are written
here, not drawn from the generator's pools.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table, rows_of

_NAMES = ["邝书涵", "鄢立新", "阮秋月", "涂振华", "晏诗雨", "卓子墨"]
_PHONES = ["13922220001", "13822220002", "15022220003", "18622220004", "17722220005",
           "13522220006"]

# ---------------------------------------------------------------- decision 366: 资质
_AGES = ["34", "41", "29", "38", "45", "31"]
_SPOTS = ["东湖景区", "西山公园", "古城墙", "东湖景区", "湿地公园", "西山公园"]
_CHECKS = ["已核验", "已核验", "待核验", "已核验", "已核验", "待核验"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_roster_with_qualifications_is_staff(tmp_path: Path, fmt: str) -> None:
    """Must read: guides with a phone, an age and a qualification check are a staff list
    (before: nothing recognised, one staff header only)."""
    rows = rows_of(["导游名", "电话", "年龄", "所属景点", "资质核验信息"],
                   _NAMES, _PHONES, _AGES, _SPOTS, _CHECKS)
    read = read_table(fmt, tmp_path / "guides", rows)
    assert read.records == {} or read.record_count == 0
    assert "staff_training" in read.kinds


_ORDERS = ["AZ-7101", "AZ-7102", "AZ-7103", "AZ-7104", "AZ-7105", "AZ-7106"]
_FAULTS = ["热水器不点火", "燃气灶打不着", "壁挂炉漏水", "热水器水温忽高忽低", "燃气表跳字",
           "壁挂炉报E1"]
_FIXED = ["更换点火针后正常", "清洗炉头，点火正常", "更换密封圈，试压无渗漏", "更换水流传感器",
          "校表后读数正常", "清理风机，恢复运行"]
_DONE = ["2026-07-02", "2026-07-03", "2026-07-05", "2026-07-06", "2026-07-08", "2026-07-09"]
_LICENCES = ["燃气安装二级", "燃气安装二级", "燃气安装一级", "燃气安装二级", "燃气安装一级",
             "燃气安装二级"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_work_order_naming_its_fitters_licence_stays_work_orders(
    tmp_path: Path, fmt: str
) -> None:
    """Must not: a repair ledger with the fitter's 施工资质 beside each job stays work orders;
    one qualification column is no staff list."""
    rows = rows_of(["维修单号", "客户姓名", "联系电话", "故障描述", "处理结果", "完成日期", "施工资质"],
                   _ORDERS, _NAMES, _PHONES, _FAULTS, _FIXED, _DONE, _LICENCES)
    read = read_table(fmt, tmp_path / "repairs", rows)
    assert len(read.records["work_orders"]) == len(_ORDERS)
    assert "staff_training" not in read.kinds


# ---------------------------------------------------------------- decision 367: the answer
_REGISTERED = ["XF-2201", "XF-2202", "XF-2203", "XF-2204", "XF-2205", "XF-2206"]
_CASES = ["快递员未经同意将包裹放在门口丢失", "网购手机到货屏幕有划痕", "健身卡停业后无法退费",
          "装修公司拖延工期两个月", "培训机构退费承诺未兑现", "外卖餐品有异物"]
_TARGETS = ["某快递网点", "某数码店", "某健身房", "某装修公司", "某培训学校", "某餐馆"]
# Answers to the people who complained: apologies, referrals and replies, with measures.
_ANSWERS = ["网点向消费者致歉并赔偿包裹价值", "商家同意换货，已答复消费者", "已转市场监管所调解，退还余额",
            "督促公司制定赶工计划并书面答复", "机构退还剩余学费并赔礼道歉", "已转食药监部门核查处理"]
_SETTLED = ["已办结", "已办结", "办理中", "已办结", "已办结", "办理中"]


def _ledger(contents: list[str], fed_back: list[str]) -> list[list[object]]:
    return rows_of(["登记编号", "投诉方", "内容", "被投诉对象", "办结状态", "反馈内容"],
                   _REGISTERED, _NAMES, contents, _TARGETS, _SETTLED, fed_back)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_answer_fed_back_is_the_handling(tmp_path: Path, fmt: str) -> None:
    """Must read: 反馈内容 answers the complainants, right of 内容, which answers nobody: the
    answer is the handling, the complaint the reason (before: swapped)."""
    read = read_table(fmt, tmp_path / "answered", _ledger(_CASES, _ANSWERS))
    complaints = read.records["complaints"]
    assert [c["reason"] for c in complaints] == _CASES
    assert [c["handling"] for c in complaints] == _ANSWERS


# What customers raised, fed back to the desk: no answer to anyone.
_RAISED = ["希望增加周末服务时段", "客服电话经常占线", "建议公示收费标准", "上门人员未穿工服",
           "预约后两天无人联系", "账单明细看不懂"]
_DONE_JOBS = ["增设周六服务班次", "扩容热线坐席", "营业厅张贴收费标准", "重申着装规范",
              "调整预约派单流程", "优化账单模板"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_what_customers_fed_back_stays_the_reason(tmp_path: Path, fmt: str) -> None:
    """Must not: where 反馈内容 holds what customers raised and answers nobody, the labels'
    reading stands (decision 124: 反馈 is what a customer raises)."""
    read = read_table(fmt, tmp_path / "raised", _ledger(_DONE_JOBS, _RAISED))
    complaints = read.records["complaints"]
    assert [c["reason"] for c in complaints] == _RAISED
    assert [c["handling"] for c in complaints] == _DONE_JOBS


# ------------------------------------------- decision 367: the verdict beside item points
_REVIEWS = ["PJ-0001", "PJ-0002", "PJ-0003", "PJ-0004", "PJ-0005", "PJ-0006"]
_SUBMITTED = ["2026-09-02 09:15:00", "2026-09-03 10:20:00", "2026-09-05 14:05:00",
              "2026-09-06 16:40:00", "2026-09-08 11:25:00", "2026-09-09 15:10:00"]
_POINTS = [["5", "4", "5", "3", "4", "5"], ["4", "4", "5", "3", "5", "4"],
           ["5", "3", "4", "4", "5", "5"]]
_VERDICTS = ["满意", "满意", "非常满意", "不满意", "满意", "非常满意"]
_STATES = ["已办结", "已办结", "办理中", "已办结", "已受理", "已办结"]


def _reviews(last: str, cells: list[str]) -> list[list[object]]:
    return rows_of(["评价流水号", "办事人", "办事人手机号码", "评价提交时刻", "窗口响应打分",
                    "一次办结打分", "材料指引打分", last],
                   _REVIEWS, _NAMES, _PHONES, _SUBMITTED, *_POINTS, cells)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_verdict_beside_item_points_is_the_overall(tmp_path: Path, fmt: str) -> None:
    """Must read: beside three aspects scored in points, a result column of the scale's words
    is the overall (before: unread, the overall the items' mean where none is in words)."""
    read = read_table(fmt, tmp_path / "hall", _reviews("好差评结果", _VERDICTS))
    assert [r["overall"] for r in read.records["survey_responses"]] == _VERDICTS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_status_beside_item_points_is_no_overall(tmp_path: Path, fmt: str) -> None:
    """Must not: a result column of case states (已办结) rates nothing."""
    read = read_table(fmt, tmp_path / "states", _reviews("办理结果", _STATES))
    assert {r.get("overall") for r in read.records["survey_responses"]} <= {None, ""}


# --------------------------------------------------- decision 367: an account names a person
_SUGGESTED = ["机器人外呼时段希望可以自定义", "话术编辑页面经常卡顿", "账单导出缺少通话时长",
              "建议增加方言识别", "坐席并发数不够用", "录音下载速度太慢"]
_CREATED = ["2026-08-01 09:00:00", "2026-08-02 10:30:00", "2026-08-04 14:10:00",
            "2026-08-05 16:20:00", "2026-08-07 11:45:00", "2026-08-08 15:05:00"]
_CODES = ["ops_admin01", "sales02", "kf_center", "ops_admin01", "dev_team", "sales02"]


def _suggestions(accounts: list[str]) -> list[list[object]]:
    return rows_of(["序号", "投诉/建议", "投诉/建议内容", "服务器", "账号", "创建日期", "反馈状态"],
                   ["1", "2", "3", "4", "5", "6"], ["建议", "投诉", "建议", "建议", "投诉", "投诉"],
                   _SUGGESTED, ["s1", "s2", "s1", "s3", "s2", "s1"], accounts, _CREATED,
                   ["已处理", "未处理", "已处理", "已处理", "未处理", "已处理"])


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_account_over_peoples_names_is_the_complainant(tmp_path: Path, fmt: str) -> None:
    """Must read: 账号 over distinct people's names, in a ledger that names no one else, is
    who complained (before: unread)."""
    read = read_table(fmt, tmp_path / "named", _suggestions(_NAMES))
    assert [c["customer_name"] for c in read.records["complaints"]] == _NAMES


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_account_over_login_codes_names_no_one(tmp_path: Path, fmt: str) -> None:
    """Must not: 账号 over login codes names nobody."""
    read = read_table(fmt, tmp_path / "codes", _suggestions(_CODES))
    assert {c.get("customer_name") for c in read.records["complaints"]} <= {None, ""}
