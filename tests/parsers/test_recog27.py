"""Issue 11, round 27: who did the job and what the complainant said back (decisions 262, 263),
from the parts of labels and the shape of cells, no new word.

Tested on a workbook and a Word table, a must-read and a must-not-read each. The cell
contents are written here, not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.model.records import RecordKind
from preaudit.parsers.meaning import field_scores
from tests.parsers.tables import FORMATS, assert_unlisted, read_table

_IDS = ["KS-7101", "KS-7102", "KS-7103", "KS-7104", "KS-7105", "KS-7106"]
_PEOPLE = ["欧阳帆", "皇甫静", "司马磊", "上官燕", "诸葛蕾", "令狐冲"]
_PHONES = ["13900020001", "13800020002", "15000020003", "18600020004", "17700020005",
           "13500020006"]
_TAKERS = ["伍小川", "祁文", "伍小川", "祁文", "伍小川", "祁文"]  # the desk staff who took it in
_FIXERS = ["严立", "柏青松", "严立", "柏青松", "滕宇", "滕宇"]  # who resolved and finished it
_FAULTS = ["洗衣机甩干时噪音大", "冰箱冷冻室不结冰", "燃气灶打火后熄火", "净水器漏水严重",
           "电视开机无图像", "空调制热效果差"]
_FIXES = ["更换减震弹簧后试机平稳", "补充冷媒并检漏", "清理点火针更换热电偶", "更换滤芯密封圈",
          "更换电源板", "清洗室外机换热器"]
_DATES = ["2026-08-01 09:00", "2026-08-02 10:30", "2026-08-03 14:10", "2026-08-05 08:45",
          "2026-08-06 16:20", "2026-08-08 11:05"]
# what the complainants raised, and what they said when called back (the rating class)
_RAISED = ["快递员态度恶劣拒绝送货上门", "商品到货外箱破损严重", "退款申请一周未处理",
           "客服电话长时间无人接听", "安装师傅多收材料费", "发票抬头开错未重开"]
_VERDICTS = ["客户表示满意", "电话回访，客户基本满意", "满意，没有其他意见", "回访后表示满意",
             "客户表示非常满意", "对处理结果满意"]
_REPLIES = ["已向快递公司投诉并重新派送", "已补发新品并承担运费", "已加急退款到账",
            "已增加客服坐席", "已退还多收费用", "已重开发票寄出"]


def test_the_labels_used_here_are_unlisted() -> None:
    assert_unlisted(["解决人", "住户对答复的态度", "反馈说明", "情况说明"])


# ------------------------------ decision 262: whoever resolved and completed the job did it


def test_an_actor_of_the_remedy_and_its_completion_is_the_technician_first() -> None:
    """解决人 (who resolved it, 解决 being both the remedy and its completion) did the job, as
    完工人 does: above the staff word of 接单人 (who took the order in)."""
    resolver = field_scores("解决人", RecordKind.WORK_ORDER)["technician"]
    assert resolver > field_scores("接单人", RecordKind.WORK_ORDER)["technician"]
    assert "technician" not in field_scores("解决时间", RecordKind.WORK_ORDER)


def _served(head: list[str], people: list[list[str]]) -> list[list[object]]:
    rows: list[list[object]] = [["工单号", "客户姓名", "联系电话", "故障描述", "处理结果",
                                 "报修时间", *head]]
    for i in range(len(_IDS)):
        rows.append([_IDS[i], _PEOPLE[i], _PHONES[i], _FAULTS[i], _FIXES[i], _DATES[i],
                     *(column[i] for column in people)])
    return rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_who_resolved_the_job_is_the_technician_over_who_took_it(
        tmp_path: Path, fmt: str) -> None:
    """Decision 262: 接单人 then 解决人; the one who resolved it is the technician (before:
    the desk staff who took the order in)."""
    rows = _served(["接单人", "解决人"], [_TAKERS, _FIXERS])
    orders = read_table(fmt, tmp_path / "resolved", rows).records["work_orders"]
    assert [r["technician"] for r in orders] == _FIXERS


@pytest.mark.parametrize("fmt", FORMATS)
def test_who_took_the_job_stays_the_technician_where_nobody_resolved_it(
        tmp_path: Path, fmt: str) -> None:
    """Must not: with no one named for the remedy, 接单人 keeps the technician as before."""
    rows = _served(["接单人"], [_TAKERS])
    orders = read_table(fmt, tmp_path / "taken", rows).records["work_orders"]
    assert [r["technician"] for r in orders] == _TAKERS


# -------------------------------------- decision 263: a complaint's verdict is its feedback


def _ledger(head: list[str], columns: list[list[str]]) -> list[list[object]]:
    rows: list[list[object]] = [["投诉编号", "投诉人姓名", "联系电话", "投诉时间", *head]]
    for i in range(len(_IDS)):
        rows.append([_IDS[i], _PEOPLE[i], _PHONES[i], _DATES[i],
                     *(column[i] for column in columns)])
    return rows


def _complaints(fmt: str, path: Path, rows: list[list[object]]) -> list[dict[str, object]]:
    return [dict(r) for r in read_table(fmt, path, rows).records["complaints"]]


@pytest.mark.parametrize("fmt", FORMATS)
def test_verdicts_under_a_label_no_field_reads_are_the_feedback(
        tmp_path: Path, fmt: str) -> None:
    """Decision 263 (a): 住户对答复的态度 has known parts but no field reads it; its cells are
    verdicts, so it is the feedback (before: unread, only a label of no known part was)."""
    rows = _ledger(["投诉内容", "处理结果", "住户对答复的态度"], [_RAISED, _REPLIES, _VERDICTS])
    complaints = _complaints(fmt, tmp_path / "verdict", rows)
    assert [r["feedback"] for r in complaints] == _VERDICTS
    assert [r["reason"] for r in complaints] == _RAISED


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_case_or_two_verdicts_under_unread_labels_are_no_feedback(
        tmp_path: Path, fmt: str) -> None:
    """Must not: a column telling a case under the same label is no verdict; two columns of
    verdicts, and nobody can say which is the customer's: neither is read (before, only the
    silent 栏1 counted, and was read)."""
    rows = _ledger(["投诉内容", "处理结果", "住户对答复的态度"], [_RAISED, _REPLIES, _FAULTS])
    assert all(r.get("feedback") is None for r in _complaints(fmt, tmp_path / "case", rows))
    rows = _ledger(["投诉内容", "处理结果", "住户对答复的态度", "栏1"],
                   [_RAISED, _REPLIES, _VERDICTS, _VERDICTS[::-1]])
    assert all(r.get("feedback") is None for r in _complaints(fmt, tmp_path / "two", rows))


@pytest.mark.parametrize("fmt", FORMATS)
def test_verdicts_under_the_reasons_label_yield_it_to_a_case_the_label_also_reads(
        tmp_path: Path, fmt: str) -> None:
    """Decision 263 (b): 反馈说明 (read as the reason) holds verdicts and 情况说明 (read as the
    reason or the handling) tells a case: the case is the reason, the verdicts the feedback
    (before: the verdicts were the reason, the case the handling)."""
    rows = _ledger(["情况说明", "反馈说明"], [_RAISED, _VERDICTS])
    complaints = _complaints(fmt, tmp_path / "swap", rows)
    assert [r["reason"] for r in complaints] == _RAISED
    assert [r["feedback"] for r in complaints] == _VERDICTS
    assert all(r.get("handling") is None for r in complaints)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_case_under_the_reasons_label_or_a_handling_the_label_names_stays(
        tmp_path: Path, fmt: str) -> None:
    """Must not: where 反馈说明 tells a case, it stays the reason; where the handling's label
    (处理结果) reads as no reason, it keeps the handling and no case becomes the reason. The
    verdicts right of it are the feedback and the reason is unread (decision 301; decision
    263 left them the reason, a complaint read from a verdict)."""
    rows = _ledger(["情况说明", "反馈说明"], [_REPLIES, _RAISED])
    complaints = _complaints(fmt, tmp_path / "case", rows)
    assert [r["reason"] for r in complaints] == _RAISED
    assert all(r.get("feedback") is None for r in complaints)
    rows = _ledger(["处理结果", "反馈说明"], [_REPLIES, _VERDICTS])
    complaints = _complaints(fmt, tmp_path / "named", rows)
    assert [r["handling"] for r in complaints] == _REPLIES
    assert [r["feedback"] for r in complaints] == _VERDICTS
    assert all(r.get("reason") is None for r in complaints)
