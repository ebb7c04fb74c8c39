"""Issue 12: surveys and complaints as people fill them on paper, in two formats each.

One questionnaire per table (Word) or per block (a sheet of stacked forms) is one response;
item scores alone make a response whose overall rating is their mean (checks); a score
written into one of several band columns belongs to that band; a complaint form laid out in
sections (the problem, the cause, what was done, the date) is one complaint.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest
from docx import Document

from preaudit.checks.surveys import rating_flags
from preaudit.model.records import RecordKind
from preaudit.parsers import parse_file
from preaudit.parsers.limits import ReadLimits
from sample_data.gen.builders import write_xlsx

LIMITS = ReadLimits()


def _questionnaire(n: int) -> list[list[object]]:
    return [
        ["客户满意度调查表", None, None, None],
        ["客户姓名", f"客户{n}", "联系电话", f"1390000{n:04d}"],
        ["调查日期", f"2026-10-{n:02d}", "问卷编号", f"WJ{n:03d}"],
        ["服务态度", "5", "响应速度", "4" if n % 2 else "2"],
        ["维修质量", "5", "收费合理性", "4" if n % 2 else "2"],
    ]


def _docx_forms(path: Path, forms: list[list[list[object]]]) -> Path:
    document = Document()
    for rows in forms:
        document.add_paragraph("")
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is not None:
                    table.cell(r, c).text = str(value)
    document.save(path)
    return path


def _xlsx_forms(path: Path, forms: list[list[list[object]]]) -> Path:
    rows: list[list[object]] = []
    for form in forms:
        rows += [*form, [None] * len(form[0])]
    return write_xlsx(path, {"问卷": rows})


WRITERS = {"docx": _docx_forms, "xlsx": _xlsx_forms}


@pytest.mark.parametrize("fmt", WRITERS)
def test_one_questionnaire_per_form_is_one_response_with_item_scores(
    tmp_path: Path, fmt: str
) -> None:
    path = WRITERS[fmt](tmp_path / f"q.{fmt}", [_questionnaire(n) for n in (1, 2, 3)])
    _, extracted = parse_file(path, path.name, LIMITS)
    responses = extracted.records["survey_responses"]
    assert [r["respondent"] for r in responses] == ["客户1", "客户2", "客户3"]
    assert responses[0]["surveyed_at"] == datetime(2026, 10, 1)
    assert responses[1]["items"] == {"服务态度": "5", "响应速度": "2", "维修质量": "5",
                                     "收费合理性": "2"}
    assert "complaints" not in extracted.records  # the title is no complaint label


def test_item_scores_alone_give_the_rating_their_mean() -> None:
    """(5+4+5+4)/4 = 4.5 of 5: satisfied; (5+2+5+2)/4 = 3.5: rated, not satisfied;
    an answer with no item score at all is not rated."""
    frame = pd.DataFrame({
        "overall": [None, None, None, "满意"],
        "items": [{"a": "5", "b": "4", "c": 5, "d": 4}, {"a": "5", "b": "2", "c": 5, "d": 2},
                  {"a": None}, {}],
    })
    rated, satisfied = rating_flags(frame)
    assert rated.tolist() == [True, True, False, True]
    assert satisfied.tolist() == [True, False, False, True]


BANDS = [
    ["序号", "客户姓名", "联系电话", "回访日期", "总体评价", None, None],
    [None, None, None, None, "满意(85-100分)", "一般(60-84分)", "不满意(0-59分)"],
    ["1", "张三", "13800138001", "2026-10-01", "92", None, None],
    ["2", "李四", "13800138002", "2026-10-02", None, "70", None],
    ["3", "王五", "13800138003", "2026-10-03", None, None, "✓"],
]


def _bands_docx(path: Path) -> Path:
    return _docx_forms(path, [BANDS])


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_a_score_in_a_band_column_belongs_to_that_band(tmp_path: Path, fmt: str) -> None:
    if fmt == "xlsx":
        path = write_xlsx(tmp_path / "b.xlsx", {"回访": BANDS})
    else:
        path = _bands_docx(tmp_path / "b.docx")
    _, extracted = parse_file(path, path.name, LIMITS)
    got = [(r["respondent"], r["overall"]) for r in extracted.records["survey_responses"]]
    assert got == [("张三", "满意"), ("李四", "一般"), ("王五", "不满意")]
    assert not any(note.startswith("no column for overall") for note in extracted.notes)


def _complaint_form(n: int) -> list[list[object]]:
    return [
        ["客户投诉处理单", None, None, None],
        ["投诉编号", f"TS{n:03d}", "投诉日期", "2026-10-03"],
        ["投诉人", f"客户{n}", "联系电话", f"1380013800{n}"],
        ["投诉原因", None, None, None],
        ["空调安装后漏水，多次联系未上门", None, None, None],
        ["处理措施", None, None, None],
        ["重新安装排水管并赔偿清洁费", None, None, None],
        ["完成日期", "2026-10-06", "客户反馈", "满意"],
    ]


@pytest.mark.parametrize("fmt", WRITERS)
def test_a_complaint_form_in_sections_is_one_complaint(tmp_path: Path, fmt: str) -> None:
    path = WRITERS[fmt](tmp_path / f"c.{fmt}", [_complaint_form(1), _complaint_form(2)])
    _, extracted = parse_file(path, path.name, LIMITS)
    complaints = extracted.records[RecordKind.COMPLAINT.value]
    assert [c["record_id"] for c in complaints] == ["TS001", "TS002"]
    first = complaints[0]
    assert first["reason"] == "空调安装后漏水，多次联系未上门"
    assert first["handling"] == "重新安装排水管并赔偿清洁费"
    assert first["feedback"] == "满意"
    assert first["closed_at"] == datetime(2026, 10, 6)


@pytest.mark.parametrize("fmt", WRITERS)
def test_a_form_that_is_neither_is_not_read_as_one(tmp_path: Path, fmt: str) -> None:
    """Must not read: a staff card (name, phone, post) is no response and no complaint."""
    card = [["员工信息卡", None, None, None], ["姓名", "赵六", "联系电话", "13800138009"],
            ["岗位", "维修工程师", "入职日期", "2020-03-01"]]
    path = WRITERS[fmt](tmp_path / f"s.{fmt}", [card])
    _, extracted = parse_file(path, path.name, LIMITS)
    assert extracted.records == {}


def test_rating_words_in_a_data_row_are_not_band_columns(tmp_path: Path) -> None:
    """Must not read as bands: items answered in words under a full header row."""
    rows = [["客户姓名", "联系电话", "服务态度", "响应速度", "总体满意度", "回访日期"],
            ["张三", "13800138001", "满意", "一般", "非常满意", "2026-10-01"],
            ["李四", "13800138002", "一般", "满意", "满意", "2026-10-02"]]
    path = write_xlsx(tmp_path / "s.xlsx", {"回访": rows})
    _, extracted = parse_file(path, path.name, LIMITS)
    got = [(r["respondent"], r["overall"]) for r in extracted.records["survey_responses"]]
    assert got == [("张三", "非常满意"), ("李四", "满意")]
