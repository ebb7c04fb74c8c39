"""Round 76: the kind vote heard over silence from a lower posterior where the rows have the
voted record kind's shape (decision 391).

Where the rules read no record kind, a record vote at HEARD_OVER_NONE (0.999) is heard as
before; from HEARD_OVER_SHAPE (0.98) it is heard only where the rows, read as the voted kind,
hold what a ledger of it must hold by content: complaints a date and a case written out on
each row, work orders that and who asked, survey responses a rating the survey rules read by
content and who gave it. The same labels over rows of codes, or of undated cases, stay unread.
Must-read and must-not on a workbook and a Word table; the vote is replaced by one naming the
kind at a posterior between the two thresholds (the mechanism, not the shipped model, is what
is tested); the cells are written here, not drawn from the generator's pools.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from preaudit.model.records import CellValue, RecordKind
from preaudit.parsers import kind_model, recognise
from preaudit.parsers.columns import map_columns
from tests.parsers.tables import FORMATS, read_table, rows_of

# Between the thresholds: under HEARD_OVER_NONE, at HEARD_OVER_SHAPE or more.
_BETWEEN = 0.99
_UNDER = 0.97

# A notice board's cases under labels naming no kind: the rules read nothing here.
_LABELS = ["内容", "创建时间", "状态"]
_CASES = ["导游在购物点停留超过两小时，强迫购买玉器", "景区门票与网上标价不一致，多收了三十元",
          "酒店房间有霉味，前台拒绝换房", "旅游大巴空调坏了，车上闷热无人处理",
          "客服电话一直无人接听，反映无门", "退票手续费收取过高，与规定不符"]
_DATES = ["2026-08-03", "2026-08-04", "2026-08-05", "2026-08-06", "2026-08-07", "2026-08-08"]
_STATES = ["待处理", "处理中", "已办结", "待处理", "已办结", "处理中"]
# The same columns without the shape: sorts picked from a short list; days of the week.
_SORTS = ["服务类", "收费类", "服务类", "设施类", "服务类", "收费类"]
_DAYS = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六"]


def _voted_at(monkeypatch: pytest.MonkeyPatch, group: str, posterior: float) -> None:
    monkeypatch.setattr(kind_model, "vote", lambda texts, model=None: (group, posterior))


def test_the_thresholds_lie_as_decision_391_sets_them() -> None:
    assert kind_model.HEARD_OVER_SHAPE <= _BETWEEN < kind_model.HEARD_OVER_NONE
    assert _UNDER < kind_model.HEARD_OVER_SHAPE


@pytest.mark.parametrize("fmt", FORMATS)
def test_dated_cases_written_out_are_read_from_the_lower_vote(
        tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Must read: a complaints vote at 0.99 over dated cases written out reads them and says
    so; under HEARD_OVER_SHAPE the table stays unread."""
    rows = rows_of(_LABELS, _CASES, _DATES, _STATES)
    _voted_at(monkeypatch, "complaints", _UNDER)
    assert read_table(fmt, tmp_path / "under", rows).records == {}
    _voted_at(monkeypatch, "complaints", _BETWEEN)
    read = read_table(fmt, tmp_path / "shaped", rows)
    assert read.kinds == ["complaint_ledger"]
    assert [r["reason"] for r in read.records["complaints"]] == _CASES
    assert any("kind vote" in str(note) for note in read.notes)


@pytest.mark.parametrize("fmt", FORMATS)
def test_sorts_picked_from_a_list_are_not_read_from_the_lower_vote(
        tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Must not: the same labels over sorts picked from a list (服务类, 收费类) tell no case:
    at 0.99 unread; only the vote at HEARD_OVER_NONE reads them, as before (decision 383)."""
    rows = rows_of(_LABELS, _SORTS, _DATES, _STATES)
    _voted_at(monkeypatch, "complaints", _BETWEEN)
    assert read_table(fmt, tmp_path / "sorts", rows).records == {}
    _voted_at(monkeypatch, "complaints", 0.9995)
    assert read_table(fmt, tmp_path / "heard", rows).kinds == ["complaint_ledger"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_cases_dated_by_no_row_are_not_read_from_the_lower_vote(
        tmp_path: Path, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Must not: cases written out beside weekdays (no date on any row) have no ledger's
    shape: at 0.99 unread (at HEARD_OVER_NONE read, as before)."""
    rows = rows_of(["内容", "星期", "状态"], _CASES, _DAYS, _STATES)
    _voted_at(monkeypatch, "complaints", _BETWEEN)
    assert read_table(fmt, tmp_path / "days", rows).records == {}
    _voted_at(monkeypatch, "complaints", 0.9995)
    assert read_table(fmt, tmp_path / "heard", rows).kinds == ["complaint_ledger"]


# ------------------------------------------- the shape of each kind, on the rows alone
_NAMES = ["邝书涵", "鄢立新", "阮秋月", "涂振华", "晏诗雨", "卓子墨"]
_PHONES = ["13922220001", "13822220002", "15022220003", "18622220004", "17722220005",
           "13522220006"]
_FAULTS = ["锅炉不点火，屋里不热", "暖气片不热，需要排气", "厨房管道滴漏严重", "锅炉压力偏低报警",
           "水泵异响影响休息", "阀门关不严一直漏水"]
_CODES = ["A类", "B类", "A类", "A类", "C类", "B类"]
_VERDICTS = ["满意", "非常满意", "一般", "满意", "不满意", "非常满意"]
_COUNTS = ["3", "1", "2", "3", "1", "2"]


def _shaped(kind: RecordKind, head: list[str], *columns: list[str]) -> bool:
    table = rows_of(head, *columns)
    data: list[list[CellValue]] = [list(row) for row in table[1:]]
    return recognise._shaped(map_columns(head, kind, data, {}), data)


def test_a_work_order_is_dated_told_and_asked_for() -> None:
    """A work order's rows date a fault written out and name who asked; codes for the fault,
    no date or nobody asking is no work order's shape."""
    head = ["客户姓名", "联系电话", "故障描述", "报修时间"]
    assert _shaped(RecordKind.WORK_ORDER, head, _NAMES, _PHONES, _FAULTS, _DATES)
    assert not _shaped(RecordKind.WORK_ORDER, head, _NAMES, _PHONES, _CODES, _DATES)
    assert not _shaped(RecordKind.WORK_ORDER, head, _NAMES, _PHONES, _FAULTS, _DAYS)
    assert not _shaped(RecordKind.WORK_ORDER, ["故障描述", "报修时间"], _FAULTS, _DATES)


def test_a_survey_response_is_rated_by_someone() -> None:
    """A survey response rates on a scale (满意) and names who answered; counts under 评分, or
    ratings with nobody named, are no response's shape."""
    assert _shaped(RecordKind.SURVEY_RESPONSE, ["客户姓名", "联系电话", "总体评价", "回访时间"],
                   _NAMES, _PHONES, _VERDICTS, _DATES)
    assert not _shaped(RecordKind.SURVEY_RESPONSE, ["门店", "评分", "回访时间"],
                       _STATES, _COUNTS, _DATES)
    assert not _shaped(RecordKind.SURVEY_RESPONSE, ["总体评价", "回访时间"], _VERDICTS, _DATES)
