"""Issue 11, round 26: survey responses read as nothing, or with their date or number unread
(decisions 260-261).

Each mechanism is tested on a workbook and a Word table, with a must-read and a must-not-read
case. The cell contents are written here, not drawn from the generator's pool.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from preaudit.model.records import RecordKind
from preaudit.parsers.headers import field_candidates
from tests.parsers.tables import FORMATS, read_table

_NOS = ["DV0801", "DV0802", "DV0803", "DV0804", "DV0805", "DV0806"]
_OWNERS = ["林晓峰", "许佳怡", "邵志刚", "程美玲", "蔡文杰", "杜海燕"]
_PHONES = ["13611102345", "15988803412", "18122245670", "13733390871", "17600012389",
           "15211167654"]
_DAYS = ["2026-08-01", "2026-08-03", "2026-08-05", "2026-08-07", "2026-08-09", "2026-08-11"]
_CLOCKS = ["09:10", "14:35", "10:05", "16:50", "11:20", "15:45"]
_MARKS = ["满意", "非常满意", "一般", "满意", "非常满意", "满意"]


def _stamps(days: list[str]) -> list[object]:
    return [datetime.fromisoformat(f"{day} {clock}") for day, clock in zip(days, _CLOCKS, strict=True)]


# ------------- decision 260 (a): a date's clock in the next column, after the same event


def _visits(clock_label: str, clocks: list[str]) -> list[list[object]]:
    return [["回访编号", "客户姓名", "联系电话", "走访日期", clock_label, "综合评价"]] + [
        [_NOS[i], _OWNERS[i], _PHONES[i], _DAYS[i], clocks[i], _MARKS[i]]
        for i in range(len(_NOS))
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_clock_beside_its_date_joins_it(tmp_path: Path, fmt: str) -> None:
    """Decision 260: 走访日期 | 走访时刻 (a stem nobody listed, the clock's label scoring for no
    field): the response is dated to the minute (before: the day alone)."""
    read = read_table(fmt, tmp_path / "visits", _visits("走访时刻", _CLOCKS))
    assert [r["surveyed_at"] for r in read.records["survey_responses"]] == _stamps(_DAYS)


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_clock_of_another_event_or_not_a_clock(tmp_path: Path, fmt: str) -> None:
    """A time column after another stem (通话时刻) is no half of 走访日期, and a column of the
    same stem that holds no clock on every row (上午, 下午) is none either: the day alone."""
    days = [datetime.fromisoformat(day) for day in _DAYS]
    for label, clocks in (("通话时刻", _CLOCKS), ("走访时刻", ["上午", "下午"] * 3)):
        read = read_table(fmt, tmp_path / f"visits_{label}_{clocks[0]}", _visits(label, clocks))
        assert [r["surveyed_at"] for r in read.records["survey_responses"]] == days


# ------------- decision 260 (b): a row's last edit leaves the lone date alone

_ADDED = ["2026-08-01 10:00:00", "2026-08-03 11:30:00", "2026-08-05 09:40:00",
          "2026-08-07 15:20:00", "2026-08-09 16:05:00", "2026-08-11 14:15:00"]
_EDITED = ["2026-08-12 08:00:00", "2026-08-12 08:01:00", "2026-08-13 09:00:00",
           "2026-08-14 10:30:00", "2026-08-15 11:00:00", "2026-08-16 12:00:00"]


def _ratings(second: str) -> list[list[object]]:
    return [["意见编号", "满意程度", "增加时间", second]] + [
        [_NOS[i], _MARKS[i], _ADDED[i], _EDITED[i]] for i in range(len(_NOS))]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_edit_time_leaves_the_response_dated(tmp_path: Path, fmt: str) -> None:
    """Decision 260: 增加时间 beside 修改时间 (the row's last edit), in a survey of two fields
    whose rating column rates: the response is dated by 增加时间 (before: undated)."""
    read = read_table(fmt, tmp_path / "edited", _ratings("修改时间"))
    responses = read.records["survey_responses"]
    assert [r["surveyed_at"] for r in responses] == [datetime.fromisoformat(a) for a in _ADDED]


@pytest.mark.parametrize("fmt", FORMATS)
def test_two_undated_steps_stay_unread(tmp_path: Path, fmt: str) -> None:
    """Beside another date that is no edit (同步时间, 出生日期), which one dates the response
    only a word could say: no date is read, as before."""
    for number, label in enumerate(("同步时间", "出生日期")):
        read = read_table(fmt, tmp_path / f"other{number}", _ratings(label))
        assert all(r.get("surveyed_at") is None for r in read.records["survey_responses"])


# ------------- decision 261: a verdict where a remedy was looked for is a rating

_REPLIES = ["满意", "非常满意", "不满意", "满意", "一般", "非常满意"]
_DONE = ["更换点火针", "紧固接口并检漏", "上门复查无异常", "更换减压阀", "清理喷嘴", "调整表具"]


def _key_replies(results: list[str]) -> list[list[object]]:
    return [["电话号码", "客户姓名", "回复结果"]] + [
        [_PHONES[i], _OWNERS[i], results[i]] for i in range(len(_PHONES))]


@pytest.mark.parametrize("fmt", FORMATS)
def test_verdicts_keyed_in_are_survey_responses(tmp_path: Path, fmt: str) -> None:
    """Decision 261: an automated call-back's 回复结果 holds the customer's verdict on every
    row: survey responses (before: unproven, a remedy or a handling by its label)."""
    read = read_table(fmt, tmp_path / "keyed", _key_replies(_REPLIES))
    assert read.kinds == ["satisfaction_survey"]
    responses = read.records["survey_responses"]
    assert [r["overall"] for r in responses] == _REPLIES
    assert [r["respondent"] for r in responses] == _OWNERS


@pytest.mark.parametrize("fmt", FORMATS)
def test_remedies_or_counts_are_no_verdicts(tmp_path: Path, fmt: str) -> None:
    """What was done written out under 回复结果 is no rating, and neither is a column of small
    numbers (a count): no survey is read from either."""
    for name, results in (("done", _DONE), ("counts", ["1", "2", "3", "1", "2", "3"])):
        read = read_table(fmt, tmp_path / name, _key_replies(results))
        assert "survey_responses" not in read.records, name


@pytest.mark.parametrize("label", ["回访流水", "业务流水"])
def test_a_serial_is_a_number(label: str) -> None:
    """Decision 261: 流水 alone is a ledger's running serial, as 流水号 is."""
    assert "record_id" in field_candidates(label, RecordKind.SURVEY_RESPONSE)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_serial_numbers_the_responses(tmp_path: Path, fmt: str) -> None:
    rows = [["回访流水", "客户姓名", "联系电话", "综合评价"]] + [
        [_NOS[i], _OWNERS[i], _PHONES[i], _MARKS[i]] for i in range(len(_NOS))]
    read = read_table(fmt, tmp_path / "serial", rows)
    assert [r["record_id"] for r in read.records["survey_responses"]] == _NOS
