"""Issue 11, sixth round: rated calls, call-back logs and complaint words by content.

Every mechanism is tested in a workbook and a Word table (a PDF ledger where cheap), with a
must-read and a must-not-read case, on labels that are no synonym (a test keeps it so):
- content weighs in the kind: a column named as a rating whose cells are steps of a rating
  scale (满意, 4分) is a survey's own evidence, so a two-column 评分 | 评论 export is read, and
  rated calls with no fault and no remedy are no work orders; counts and codes rate nothing;
- a kind refused by its content (no fault, remedy or date; no rating) gives way to the next
  candidate instead of dropping the table: a call-back log whose 工单号 outscored it as work
  orders is read as survey responses (the lead's probe), a real work order ledger with a
  rating column stays work orders;
- a lone item rating (服务质量) is the response's rating; 满意度评分 rates no aspect;
- 抱怨 names a complaint as 投诉 does.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from preaudit.model.records import RecordKind
from preaudit.parsers import headers
from preaudit.parsers.columns import map_columns, scale_rating_share
from preaudit.parsers.meaning import rated_aspect
from tests.parsers.test_recognition_round5 import _read

FORMATS = ("xlsx", "docx")
WITH_PDF = ("xlsx", "docx", "pdf")
SV = RecordKind.SURVEY_RESPONSE

INVENTED = ["评分", "评论", "主叫号码", "服务质量", "完成义务评分", "抱怨内容",
            "抱怨时间", "抱怨单编号"]


def test_the_labels_used_here_are_not_synonyms() -> None:
    listed = {headers.normalise_header(s) for fields in headers.SYNONYMS.values()
              for synonyms in fields.values() for s in synonyms}
    for label in INVENTED:
        assert headers.normalise_header(label) not in listed, label


# ------------------------------------------- content: a column of ratings rates

def test_steps_of_a_rating_scale_are_told_from_counts_and_codes() -> None:
    assert scale_rating_share(["满意", "非常满意", "一般", "不满意"]) == 1.0
    assert scale_rating_share(["5", "4分", "★★★", 3, "好"]) == 1.0
    assert scale_rating_share([37, 120, 58, 11]) == 0.0  # 通话次数: counts, not points
    assert scale_rating_share(["已电话沟通", "客户已收到配件", "A类"]) == 0.0
    assert scale_rating_share([None, "—", ""]) == 0.0


_BARE = [["评分", "评论"], ["非常满意", "客服回答很耐心"], ["满意", "问题解决了"],
         ["一般", "等了很久"], ["不满意", "没有解决我的问题"]]


@pytest.mark.parametrize("fmt", WITH_PDF)
def test_a_bare_rating_export_is_read_as_survey_responses(tmp_path: Path, fmt: str) -> None:
    records = _read(fmt, tmp_path / "bare", _BARE).records["survey_responses"]
    assert [r["overall"] for r in records] == ["非常满意", "满意", "一般", "不满意"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_bare_score_column_of_counts_is_no_survey(tmp_path: Path, fmt: str) -> None:
    """The same two headers over numbers that no 1-10 scale holds, or over words that are no
    rating: nothing is read as responses."""
    counts = [["评分", "评论"]] + [[str(n), "本月汇总"] for n in (37, 120, 58, 41)]
    assert "survey_responses" not in _read(fmt, tmp_path / "counts", counts).records
    words = [["评分", "评论"]] + [[w, "已处理"] for w in ("已回电", "已发短信", "未接通", "已回电")]
    assert "survey_responses" not in _read(fmt, tmp_path / "words", words).records


_CALLS = ["主叫号码", "开始时间", "结束时间", "通话时长", "座席", "评分"]


def _calls(ratings: list[object]) -> list[list[object]]:
    return [_CALLS] + [
        [f"1390000{i:04d}", f"2026-09-0{i} 10:00:00", f"2026-09-0{i} 10:05:00", "300", "8001",
         rating] for i, rating in enumerate(ratings, start=1)]


@pytest.mark.parametrize("fmt", WITH_PDF)
def test_rated_calls_are_survey_responses_not_work_orders(tmp_path: Path, fmt: str) -> None:
    """A call record with the caller's rating and neither fault nor remedy: work orders by
    header score (a phone, two times, an agent), survey responses by what its cells hold."""
    extracted = _read(fmt, tmp_path / "calls", _calls(["满意", "非常满意", "一般", "满意"]))
    assert "work_orders" not in extracted.records
    records = extracted.records["survey_responses"]
    assert [r["overall"] for r in records] == ["满意", "非常满意", "一般", "满意"]
    assert records[0]["respondent_phone"] == "13900000001"


@pytest.mark.parametrize("fmt", FORMATS)
def test_calls_without_a_rating_are_not_survey_responses(tmp_path: Path, fmt: str) -> None:
    """The same call record whose 评分 column holds call-centre codes rates nothing: never
    survey responses."""
    extracted = _read(fmt, tmp_path / "codes", _calls(["A1", "B2", "A1", "C3"]))
    assert "survey_responses" not in extracted.records


# ------------------------------------------- the next candidate kind before giving up

_CALLBACK_LOG = ["回访日期", "客户姓名", "联系电话", "工单号", "回访内容", "客户评价", "回访人"]
_VERDICTS = ["满意", "一般", "不满意", "满意"]


def _callback_log() -> list[list[object]]:
    return [_CALLBACK_LOG] + [
        [f"2026-09-0{i}", f"邬{i}", f"1380000{i:04d}", f"GD2026090{i}", "询问维修后使用情况",
         verdict, "李客服"] for i, verdict in enumerate(_VERDICTS, start=1)]


@pytest.mark.parametrize("fmt", WITH_PDF)
def test_a_callback_log_with_a_work_order_number_is_read_as_responses(
        tmp_path: Path, fmt: str) -> None:
    """The lead's probe: 工单号 is the order called back about, and a table refused as work
    orders (no fault, no remedy) is read as the survey it is rather than dropped."""
    extracted = _read(fmt, tmp_path / "callback", _callback_log())
    assert "work_orders" not in extracted.records
    records = extracted.records["survey_responses"]
    assert [r["overall"] for r in records] == _VERDICTS
    assert records[1]["surveyed_at"] == datetime(2026, 9, 2)
    assert records[1]["respondent"] == "邬2"


_REPAIRS = ["工单号", "客户姓名", "联系电话", "故障描述", "处理结果", "回访日期", "客户评价"]


@pytest.mark.parametrize("fmt", WITH_PDF)
def test_a_work_order_ledger_with_a_callback_rating_stays_work_orders(
        tmp_path: Path, fmt: str) -> None:
    rows = [_REPAIRS] + [
        [f"GD2026090{i}", f"郜{i}", f"1380000{i:04d}", "空调不制冷", "补充冷媒后恢复",
         f"2026-09-1{i}", verdict] for i, verdict in enumerate(_VERDICTS, start=1)]
    extracted = _read(fmt, tmp_path / "repairs", rows)
    assert "survey_responses" not in extracted.records
    records = extracted.records["work_orders"]
    assert [r["record_id"] for r in records] == [f"GD2026090{i}" for i in range(1, 5)]
    assert records[0]["issue"] == "空调不制冷"


# ------------------------------------------- lone item ratings, the satisfaction score

@pytest.mark.parametrize("fmt", FORMATS)
def test_a_lone_item_rating_is_the_responses_rating(tmp_path: Path, fmt: str) -> None:
    rows = [["主叫号码", "开始时间", "通话时长", "服务质量"]] + [
        [f"1390000{i:04d}", f"2026-09-0{i} 10:00:00", "120", word]
        for i, word in enumerate(["满意", "一般", "很满意"], start=1)]
    records = _read(fmt, tmp_path / "quality", rows).records["survey_responses"]
    assert [r["overall"] for r in records] == ["满意", "一般", "很满意"]


def test_two_item_ratings_stay_items() -> None:
    mapped = map_columns(["回访编号", "客户姓名", "服务态度", "响应速度"], SV)
    assert "overall" not in mapped.fields
    assert mapped.survey_items == 2


def test_the_satisfaction_score_rates_no_aspect() -> None:
    assert rated_aspect("满意度评分") is None
    assert rated_aspect("满意评分") is None
    assert rated_aspect("完成义务评分") == "完成义务"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_satisfaction_score_beside_an_aspect_is_the_overall(tmp_path: Path, fmt: str) -> None:
    rows = [["业主ID", "满意度评分", "完成义务评分"]] + [
        [f"YZ{i:03d}", score, aspect] for i, (score, aspect)
        in enumerate([("5", "4"), ("4", "4"), ("3", "2")], start=1)]
    records = _read(fmt, tmp_path / "owners", rows).records["survey_responses"]
    assert [str(r["overall"]) for r in records] == ["5", "4", "3"]
    assert {k: str(v) for k, v in records[2]["items"].items()} == {"完成义务评分": "2"}


# ------------------------------------------- 抱怨 says complaint

_GRIEVANCES = ["抱怨单编号", "客户姓名", "联系电话", "抱怨内容", "抱怨时间", "处理过程",
               "回访结果", "回访日期", "关闭时间"]


@pytest.mark.parametrize("fmt", WITH_PDF)
def test_a_grievance_ledger_is_a_complaint_ledger(tmp_path: Path, fmt: str) -> None:
    """抱怨 names a complaint as 投诉 does: the ledger is complaints, not the call-back survey
    its 回访结果 and 回访日期 columns would make of it."""
    rows = [_GRIEVANCES] + [
        [f"BY{i:03d}", f"车{i}", f"1370000{i:04d}", "保养后发动机异响未解决", f"2026-09-0{i}",
         "安排技师复检并更换皮带", "满意", f"2026-09-1{i}", f"2026-09-1{i}"]
        for i in range(1, 4)]
    extracted = _read(fmt, tmp_path / "grievances", rows)
    assert "survey_responses" not in extracted.records
    records = extracted.records["complaints"]
    assert [r["record_id"] for r in records] == ["BY001", "BY002", "BY003"]
    assert records[0]["reason"] == "保养后发动机异响未解决"
    assert records[0]["received_at"] == datetime(2026, 9, 1)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_callback_survey_without_a_complaint_word_stays_a_survey(
        tmp_path: Path, fmt: str) -> None:
    rows = [["回访编号", "客户姓名", "联系电话", "回访日期", "回访结果"]] + [
        [f"H{i}", f"车{i}", f"1370000{i:04d}", f"2026-09-1{i}", "满意"] for i in range(1, 4)]
    extracted = _read(fmt, tmp_path / "survey", rows)
    assert "complaints" not in extracted.records
    assert len(extracted.records["survey_responses"]) == 3
