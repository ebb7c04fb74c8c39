"""Issue 11, round 19: fields and look-alikes from structure and content, no new word
(decisions 239-241).

Each mechanism is tested on a workbook and a Word table, with a must-read and a must-not-read
case. The cell contents are written here, not drawn from the generator's pool.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, assert_unlisted, read_table

# ------------------------------------------------ decision 239: a survey's one date is its own

_PATIENTS = ["褚明远", "符晓岚", "隗文博", "乜春燕", "戚振宇", "糜雅琪"]
_PATIENT_PHONES = ["13512340981", "13698761234", "15077778812", "18655230417", "13366119028",
                   "17744051236"]
_VISIT_DAYS = ["2026-06-03", "2026-06-05", "2026-06-09", "2026-06-12", "2026-06-18",
               "2026-06-21"]
_CARE = ["满意", "非常满意", "一般", "满意", "不满意", "非常满意"]
_DIET = ["一般", "满意", "满意", "非常满意", "满意", "满意"]
_WHOLE = ["满意", "非常满意", "满意", "满意", "一般", "非常满意"]
# 门诊日期: a time word and a part nobody listed, no event
_DATE_LABEL = "门诊日期"


def _follow_ups(days: list[list[str]], date_labels: list[str]) -> list[list[object]]:
    head = ["回访单号", "受访人", "手机号码", *date_labels, "医护态度", "就诊环境", "总体满意度"]
    return [head] + [
        [f"FW{5200 + 11 * i}", _PATIENTS[i], _PATIENT_PHONES[i], *(d[i] for d in days),
         _CARE[i], _DIET[i], _WHOLE[i]]
        for i in range(len(_PATIENTS))
    ]


def test_the_survey_date_label_is_unlisted() -> None:
    assert_unlisted([_DATE_LABEL])


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_one_date_of_a_response_is_when_it_was_given(tmp_path: Path, fmt: str) -> None:
    """Decision 239: the only column of dates, under a label that names no event, is the
    response's date (before: surveyed_at None on every row)."""
    read = read_table(fmt, tmp_path / "one", _follow_ups([_VISIT_DAYS], [_DATE_LABEL]))
    responses = read.records["survey_responses"]
    assert [str(r["surveyed_at"])[:10] for r in responses] == _VISIT_DAYS


@pytest.mark.parametrize("fmt", FORMATS)
def test_two_date_columns_leave_the_response_undated(tmp_path: Path, fmt: str) -> None:
    """Two columns of dates: which one dates the answer only a word could say."""
    admitted = ["2026-05-20", "2026-05-22", "2026-05-30", "2026-06-01", "2026-06-08",
                "2026-06-10"]
    rows = _follow_ups([admitted, _VISIT_DAYS], ["住院日期", _DATE_LABEL])
    responses = tmp_path / "two"
    read = read_table(fmt, responses, rows)
    assert [r["surveyed_at"] for r in read.records["survey_responses"]] == [None] * 6


@pytest.mark.parametrize("fmt", FORMATS)
def test_one_export_date_on_every_row_dates_no_response(tmp_path: Path, fmt: str) -> None:
    """The same date on every row is when the list was drawn, not when each answered."""
    read = read_table(fmt, tmp_path / "export", _follow_ups([["2026-06-30"] * 6], [_DATE_LABEL]))
    assert [r["surveyed_at"] for r in read.records["survey_responses"]] == [None] * 6


# --------------------------- decision 240: a text about something unlisted is a step of the course

_CALLERS = ["葛天宇", "柏慧敏", "闵思远", "郜雨欣", "邰国庆", "琚婉清"]
_CALLER_PHONES = ["13955501231", "15822219088", "18944403357", "13100027766", "17766512340",
                  "15533390012"]
_PLACES = ["杭州市西湖区文三路118号3幢201室", "杭州市拱墅区湖墅南路77号1单元502室",
           "杭州市滨江区长河路9号6幢1101室", "杭州市上城区望江路306号2单元303室",
           "杭州市余杭区文一西路58号4幢702室", "杭州市萧山区市心中路12号9单元1602室"]
_FAULTS = ["暖气片不热", "楼道灯不亮", "下水道返味", "门禁刷卡无反应", "窗框渗水", "电梯按钮失灵"]
# what the crew did, written out case by case
_DONE = ["排气阀放气后温度恢复", "更换楼道声控开关", "疏通存水弯并加装防臭芯",
         "重新写入门禁卡并测试", "窗框外侧打胶密封", "更换电梯外呼按钮面板"]
# the same column holding a pick-list of a few canned words: no written step
_CANNED = ["已完成处理", "已完成处理", "转交物业办", "已完成处理", "转交物业办", "已完成处理"]
# a content word qualified by a part nobody listed (作业经过 before 作业 was listed, decision 350)
_CREW_TEXT = "勤务经过"


def _repairs(done: list[str], done_label: str = _CREW_TEXT) -> list[list[object]]:
    head = ["报修单号", "报修人", "联系电话", "报修地址", "故障描述", "报修时间", done_label]
    return [head] + [
        [f"WX{7300 + 13 * i}", _CALLERS[i], _CALLER_PHONES[i], _PLACES[i], _FAULTS[i],
         f"2026-04-{10 + i} 09:1{i}:00", done[i]]
        for i in range(len(_CALLERS))
    ]


def test_the_remedy_label_is_unlisted() -> None:
    assert_unlisted([_CREW_TEXT])


@pytest.mark.parametrize("fmt", FORMATS)
def test_written_text_under_an_unlisted_content_label_is_the_remedy(tmp_path: Path,
                                                                    fmt: str) -> None:
    """Decision 240: 勤务经过 names a text, not which step; written out after the fault it
    is what was done (before: resolution None on every order)."""
    read = read_table(fmt, tmp_path / "done", _repairs(_DONE))
    orders = read.records["work_orders"]
    assert [o["resolution"] for o in orders] == _DONE
    assert [o["issue"] for o in orders] == _FAULTS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_pick_list_under_it_is_no_remedy(tmp_path: Path, fmt: str) -> None:
    """The same label over a few canned phrases holds no written step: unread."""
    read = read_table(fmt, tmp_path / "canned", _repairs(_CANNED))
    assert [o["resolution"] for o in read.records["work_orders"]] == [None] * 6


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_bare_remark_over_written_text_stays_a_remark(tmp_path: Path, fmt: str) -> None:
    """备注 alone says it is a remark: written text under it is not taken for the remedy."""
    read = read_table(fmt, tmp_path / "remark", _repairs(_DONE, "备注"))
    assert [o["resolution"] for o in read.records["work_orders"]] == [None] * 6


# ------------------------------------- decision 241: nobody asked and nothing told: no orders

_KEEPERS = ["单永强", "单永强", "仝佳怡", "凤立伟", "仝佳怡", "凤立伟"]
_ROUNDS = ["季度", "月度", "月度", "季度", "年度", "月度"]


def _rounds(extra_head: list[str], extra: list[list[str]]) -> list[list[object]]:
    """A schedule of the staff's own rounds: a work-order number, its keeper and window."""
    head = ["维保工单号", "设施编号", "负责人", "周期", "开始时间", "结束时间", *extra_head]
    return [head] + [
        [f"YH{880 + 3 * i}", f"SS-{41 + i}", _KEEPERS[i], _ROUNDS[i],
         f"2026-03-{2 + 2 * i} 08:00:00", f"2026-03-{2 + 2 * i} 11:30:00",
         *(column[i] for column in extra)]
        for i in range(len(_KEEPERS))
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_schedule_nobody_asked_for_is_no_work_orders(tmp_path: Path, fmt: str) -> None:
    """Decision 241: numbered as work orders and dated, but no column names anyone served and
    none tells what was wrong or done (before: six work orders, each missing its customer,
    fault and remedy)."""
    read = read_table(fmt, tmp_path / "plan", _rounds([], []))
    assert "work_orders" not in read.records
    assert any("who asked for a service" in note for note in read.notes)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_same_rounds_with_a_caller_are_work_orders(tmp_path: Path, fmt: str) -> None:
    """A phone of whoever asked makes the rows somebody's requests: read as before."""
    read = read_table(fmt, tmp_path / "asked", _rounds(["联系电话"], [_CALLER_PHONES]))
    assert len(read.records["work_orders"]) == 6


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_same_rounds_with_written_faults_are_work_orders(tmp_path: Path, fmt: str) -> None:
    """Faults written out row by row tell events, with nobody named: read as before."""
    read = read_table(fmt, tmp_path / "told", _rounds(["故障描述"], [_FAULTS]))
    assert [o["issue"] for o in read.records["work_orders"]] == _FAULTS


# ------------------------- decision 242: the cells say it is a time, the label which step

_ARRIVED = ["2026-05-06 10:40:00", "2026-05-07 14:05:00", "2026-05-09 09:20:00",
            "2026-05-11 16:45:00", "2026-05-12 11:10:00", "2026-05-15 13:30:00"]
_FINISHED = ["2026-05-06 12:15:00", "2026-05-07 15:50:00", "2026-05-09 10:05:00",
             "2026-05-11 18:20:00", "2026-05-12 12:40:00", "2026-05-15 15:00:00"]
_ON_SITE, _DONE_AT = "签到", "竣工"  # an event each, no time word


def _visits(on_site: list[str], done: list[str], labels: tuple[str, str] = (_ON_SITE, _DONE_AT),
            ) -> list[list[object]]:
    head = ["报修单号", "报修人", "联系电话", "故障描述", "处理结果", "报修时间", *labels]
    return [head] + [
        [f"WX{8100 + 7 * i}", _CALLERS[i], _CALLER_PHONES[i], _FAULTS[i], _DONE[i],
         f"2026-05-{6 + i} 08:3{i}:00", on_site[i], done[i]]
        for i in range(len(_CALLERS))
    ]


def test_the_event_labels_are_unlisted() -> None:
    assert_unlisted([_ON_SITE, _DONE_AT])


@pytest.mark.parametrize("fmt", FORMATS)
def test_dates_under_an_event_with_no_time_word_date_that_step(tmp_path: Path, fmt: str) -> None:
    """Decision 242: 签到 and 竣工 over dates are the visit and the completion (before:
    responded_at and completed_at None on every order)."""
    read = read_table(fmt, tmp_path / "steps", _visits(_ARRIVED, _FINISHED))
    orders = read.records["work_orders"]
    assert [str(o["responded_at"])[:16] for o in orders] == [d[:16] for d in _ARRIVED]
    assert [str(o["completed_at"])[:16] for o in orders] == [d[:16] for d in _FINISHED]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_same_labels_over_marks_date_nothing(tmp_path: Path, fmt: str) -> None:
    """签到 over ✓ says it happened, not when: no step is read from it."""
    marks = ["✓", "✓", "", "✓", "✓", "✓"]
    read = read_table(fmt, tmp_path / "marks", _visits(marks, marks))
    orders = read.records["work_orders"]
    assert [o["responded_at"] for o in orders] == [None] * 6
    assert [o["completed_at"] for o in orders] == [None] * 6


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_planned_visit_over_dates_is_no_step(tmp_path: Path, fmt: str) -> None:
    """预约上门 names a plan: its dates say when the visit was meant to be, not when it was."""
    read = read_table(fmt, tmp_path / "plan", _visits(_ARRIVED, _FINISHED, ("预约上门", _DONE_AT)))
    orders = read.records["work_orders"]
    assert [o["responded_at"] for o in orders] == [None] * 6
