"""Issue 11, round 32: general words that name a record's act where only a word could
(decision 273): 争议 (a dispute the customer raises) names a complaint as 投诉 does, 终结 (a
case brought to its end) closes it, 随访 (following up) is a call-back as 回访 is, and 玩家 (a
player) is a game service's customer.

Tested on a workbook and a Word table, a must-read and a must-not-read each. The cell
contents are written here, not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.model.records import RecordKind
from preaudit.parsers.meaning import field_scores
from tests.parsers.tables import FORMATS, assert_unlisted, read_table

CP, SV = RecordKind.COMPLAINT, RecordKind.SURVEY_RESPONSE
_PEOPLE = ["东方旭", "慕容雪", "夏侯杰", "尉迟宁", "公孙兰", "长孙浩"]
_PHONES = ["13900320001", "13800320002", "15000320003", "18600320004", "17700320005",
           "13500320006"]
_OPENED = ["2026-08-01", "2026-08-03", "2026-08-04", "2026-08-07", "2026-08-09", "2026-08-12"]
_ENDED = ["2026-08-10", "2026-08-11", "2026-08-15", "2026-08-16", "2026-08-20", "2026-08-25"]
_CASES = ["新车交付一周后变速箱异响", "空调出风口漏水三次未修好", "导航屏幕频繁黑屏",
          "天窗关闭不严雨天渗水", "发动机故障灯反复点亮", "座椅加热失灵"]
_ANSWERS = ["同意更换变速箱总成", "更换蒸发箱并延长保修", "更换主机并赠送保养",
            "更换天窗密封条", "更换点火线圈并复检", "更换加热垫"]
_CASE_IDS = [f"ZY-2608{i:02d}" for i in range(1, 7)]


def test_the_labels_used_here_are_unlisted() -> None:
    assert_unlisted(["质保争议编号", "争议受理日期", "争议终结时间", "门诊随访号", "随访时间",
                     "随访人", "玩家本人姓名", "玩家编号", "争议金额"])


def test_the_words_name_the_acts_by_label() -> None:
    assert "record_id" in field_scores("质保争议编号", CP)
    assert field_scores("争议终结时间", CP) == {"closed_at": 1.0}
    # the dispute taken in by the desk: the receipt, under a time of the raising itself (298)
    assert field_scores("争议受理日期", CP) == {"received_at": 0.95}
    assert "record_id" in field_scores("门诊随访号", SV)
    assert field_scores("随访时间", SV) == {"surveyed_at": 1.0}
    assert "customer_name" in field_scores("玩家本人姓名", CP)
    # must-nots: who followed up is staff, a player's number is no record's, a disputed sum
    # is no text of the case
    assert "respondent" not in field_scores("随访人", SV)
    assert "record_id" not in field_scores("玩家编号", CP)
    assert field_scores("争议金额", CP) == {}


# ------------------------------ decision 273: 争议 names a complaint, 终结 closes it


def _disputes(head: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [[*head, "车主", "车主电话", "争议受理日期", "争议原因",
                                 "处理意见", "争议终结时间"]]
    for i in range(len(_PEOPLE)):
        cells = {"质保争议编号": _CASE_IDS[i], "争议金额": f"{(i + 2) * 1500}元"}
        rows.append([*(cells[h] for h in head), _PEOPLE[i], _PHONES[i], _OPENED[i],
                     _CASES[i], _ANSWERS[i], _ENDED[i]])
    return rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_disputes_number_and_end_are_the_complaints(tmp_path: Path, fmt: str) -> None:
    """质保争议编号 numbers the complaint (before: unread) and 争议终结时间 closes it, while
    争议受理日期 stays its receipt."""
    read = read_table(fmt, tmp_path / "disputes", _disputes(["质保争议编号"]))
    complaints = read.records["complaints"]
    assert [r["record_id"] for r in complaints] == _CASE_IDS
    assert [str(r["received_at"])[:10] for r in complaints] == _OPENED
    assert [str(r["closed_at"])[:10] for r in complaints] == _ENDED


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_disputed_sum_is_no_number_of_the_complaint(tmp_path: Path, fmt: str) -> None:
    """Must not: a disputed sum (争议金额) is never the complaint's number nor its reason."""
    read = read_table(fmt, tmp_path / "sums", _disputes(["争议金额"]))
    complaints = read.records["complaints"]
    assert all(r.get("record_id") is None for r in complaints)
    assert [r["reason"] for r in complaints] == _CASES


# ------------------------------ decision 273: 随访 is a call-back

_STAFF = ["骆医生", "隋护士", "骆医生", "隋护士", "骆医生", "隋护士"]
_LEVELS = ["满意", "非常满意", "基本满意", "满意", "不满意", "非常满意"]
_VISIT_IDS = [f"MZ{i:03d}" for i in range(1, 7)]


def _follow_ups(head: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [[*head, "患者", "随访时间", "医生服务", "护理服务",
                                 "总体满意度"]]
    for i in range(len(_PEOPLE)):
        cells = {"门诊随访号": _VISIT_IDS[i], "随访人": _STAFF[i]}
        rows.append([*(cells[h] for h in head), _PEOPLE[i], _OPENED[i], _LEVELS[i],
                     _LEVELS[-1 - i], _LEVELS[i]])
    return rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_follow_ups_number_and_date_are_the_responses(tmp_path: Path, fmt: str) -> None:
    """门诊随访号 numbers the response (before: unread), 随访时间 dates it."""
    read = read_table(fmt, tmp_path / "follow_ups", _follow_ups(["门诊随访号"]))
    responses = read.records["survey_responses"]
    assert [r["record_id"] for r in responses] == _VISIT_IDS
    assert [r["respondent"] for r in responses] == _PEOPLE
    assert [str(r["surveyed_at"])[:10] for r in responses] == _OPENED


@pytest.mark.parametrize("fmt", FORMATS)
def test_who_followed_up_is_no_respondent(tmp_path: Path, fmt: str) -> None:
    """Must not: 随访人 (the doctor or nurse who followed up) is staff, never the respondent,
    beside the patient who is."""
    read = read_table(fmt, tmp_path / "callers", _follow_ups(["随访人"]))
    responses = read.records["survey_responses"]
    assert [r["respondent"] for r in responses] == _PEOPLE
    assert all(r.get("record_id") is None for r in responses)


# ------------------------------ decision 273: 玩家 is a game service's customer

_GAME_CASES = ["充值后钻石未到账", "账号被盗装备丢失", "活动奖励未发放", "误封号申诉",
               "游戏频繁闪退", "客服长时间未回复"]


def _players(head: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["投诉编号", *head, "联系电话", "投诉时间", "投诉原因"]]
    for i in range(len(_PEOPLE)):
        cells = {"玩家本人姓名": _PEOPLE[i], "玩家编号": f"U{880000 + i * 17}"}
        rows.append([f"TS-{i + 1:04d}", *(cells[h] for h in head), _PHONES[i], _OPENED[i],
                     _GAME_CASES[i]])
    return rows


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_players_name_is_the_complainants(tmp_path: Path, fmt: str) -> None:
    """玩家本人姓名: the player who complained is the customer (before: no name read)."""
    read = read_table(fmt, tmp_path / "players", _players(["玩家本人姓名"]), title="投诉台账")
    complaints = read.records["complaints"]
    assert [r["customer_name"] for r in complaints] == _PEOPLE


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_players_number_is_neither_name_nor_record_id(tmp_path: Path, fmt: str) -> None:
    """Must not: 玩家编号 (the player's number) is neither the complaint's number nor a name."""
    read = read_table(fmt, tmp_path / "numbers", _players(["玩家编号"]), title="投诉台账")
    complaints = read.records["complaints"]
    assert [r["record_id"] for r in complaints] == [f"TS-{i + 1:04d}" for i in range(6)]
    assert all(r.get("customer_name") is None for r in complaints)
