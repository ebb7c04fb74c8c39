"""Survey and complaint rules: must-flag and must-not-flag cases."""

from __future__ import annotations

from datetime import datetime

import pytest

from preaudit.checks.rules import run_checks
from preaudit.checks.surveys import computed_rate
from preaudit.model.package import DocumentEntry
from preaudit.model.records import RecordKind
from tests.checks.conftest import (
    all_kinds_documents,
    complaint,
    flagged,
    make_ctx,
    message,
    survey,
)


def responses(n: int, **overrides) -> list[dict]:
    return [survey(i, **overrides) for i in range(1, n + 1)]


def report_fact(**values) -> dict[str, list[dict[str, object]]]:
    return {"survey_report": [{"_file": "附件4.docx", "_page": None, **values}]}


def test_sample_size_counts_valid_distinct() -> None:
    rows = responses(100)
    rows[5]["overall"] = ""  # no rating: invalid
    assert [
        f.params["responses"]
        for f in run_checks(make_ctx(surveys=rows))
        if f.code == "SV_SAMPLE_BELOW_MIN"
    ] == [99]
    rows = [*responses(100), survey(200, respondent_phone="13900000001")]  # a repeat of #1
    assert "SV_SAMPLE_BELOW_MIN" not in {f.code for f in run_checks(make_ctx(surveys=rows))}


def report_only() -> list[DocumentEntry]:
    """Every kind present, the survey as the report 附件4.docx alone (no raw responses)."""
    documents = [d for d in all_kinds_documents() if d.kinds != ["satisfaction_survey"]]
    return [*documents, DocumentEntry("附件4.docx", "docx", "", kinds=["satisfaction_survey"])]


def test_sample_size_from_stated_report_without_raw_data() -> None:
    ctx = make_ctx(facts=report_fact(distributed=120, returned=90), documents=report_only())
    findings = run_checks(ctx)
    assert [f.params["responses"] for f in findings if f.code == "SV_SAMPLE_BELOW_MIN"] == [90]
    ctx = make_ctx(
        facts=report_fact(distributed=90, returned=95, valid=101), documents=report_only()
    )
    assert "SV_SAMPLE_BELOW_MIN" not in {f.code for f in run_checks(ctx)}


def test_unread_raw_survey_counts_zero_even_beside_a_stated_report() -> None:
    # A questionnaire file was recognised but nothing could be read from it: the report's
    # stated 120 does not stand in for responses that exist and were not read (spec).
    documents = [
        *report_only(),
        DocumentEntry("问卷.pdf", "pdf", "", kinds=["satisfaction_survey"]),
    ]
    findings = run_checks(make_ctx(facts=report_fact(valid=120), documents=documents))
    (sample,) = [f for f in findings if f.code == "SV_SAMPLE_BELOW_MIN"]
    assert sample.params["responses"] == 0
    assert "问卷.pdf" in message(sample) and "附件4.docx" not in message(sample)


def test_report_without_a_stated_size_counts_zero() -> None:
    findings = run_checks(make_ctx(facts=report_fact(rate=0.95), documents=report_only()))
    (sample,) = [f for f in findings if f.code == "SV_SAMPLE_BELOW_MIN"]
    assert sample.params["responses"] == 0 and "附件4.docx" in message(sample)


@pytest.mark.parametrize(
    ("answers", "rate"),
    [
        (
            ["非常满意", "满意", "比较满意", "较满意", "一般", "基本满意", "不满意", "非常不满意"],
            0.5,
        ),
        ([5, 4, 3, 2, 1], 0.4),  # 5-point: 4–5 satisfied
        ([10, 9, 8, 7, 6, 5], 0.5),  # 10-point: 8–10 satisfied
        (["4", "5分", "3"], 2 / 3),
    ],
)
def test_rate_definitions(answers: list[object], rate: float) -> None:
    rows = [survey(i, overall=a) for i, a in enumerate(answers, 1)]
    ctx = make_ctx(surveys=rows)
    assert computed_rate(ctx.frame(RecordKind.SURVEY_RESPONSE)) == pytest.approx(rate)


def test_stated_mismatch_sample_and_rate() -> None:
    rows = responses(110)
    for row in rows[:11]:
        row["overall"] = "一般"  # 99/110 = 90.0 %
    fine = run_checks(make_ctx(surveys=rows, facts=report_fact(valid=110, rate=0.905)))
    assert "SV_STATED_MISMATCH" not in {f.code for f in fine}
    bad = run_checks(make_ctx(surveys=rows, facts=report_fact(valid=120, returned=110, rate=0.98)))
    fields = sorted(f.field for f in bad if f.code == "SV_STATED_MISMATCH")
    assert fields == ["sample_size", "satisfaction_rate"]
    assert flagged(bad, "SV_STATED_MISMATCH", "sample_size") == ["附件4.docx"]


def test_duplicate_response_by_phone_else_name() -> None:
    rows = responses(101)
    rows.append(survey(300, respondent_phone="13900000007"))  # phone of #7
    rows.append(survey(301, respondent="受访者9", respondent_phone=""))  # no phone, other name
    rows.append(survey(302, respondent="张三", respondent_phone=None))
    rows.append(survey(303, respondent="张三", respondent_phone=None))
    findings = run_checks(make_ctx(surveys=rows))
    assert flagged(findings, "SV_DUPLICATE_RESPONSE") == ["WJ0007", "WJ0300", "WJ0302", "WJ0303"]


def test_survey_out_of_window() -> None:
    rows = [
        *responses(100),
        survey(400, surveyed_at=datetime(2026, 6, 15)),
        survey(401, surveyed_at=datetime(2026, 8, 20)),
    ]
    findings = run_checks(make_ctx(surveys=rows))
    assert flagged(findings, "SV_OUT_OF_WINDOW") == ["WJ0400"]
    assert "SV_SAMPLE_BELOW_MIN" not in {f.code for f in findings}  # still counts to the sample


@pytest.mark.parametrize("field", ["reason", "handling", "feedback"])
def test_complaint_chain(field: str) -> None:
    rows = [complaint(i) for i in range(1, 6)] + [complaint(9, **{field: "无"})]
    findings = run_checks(make_ctx(complaints=rows))
    assert flagged(findings, "CP_MISSING_FIELD", field) == ["TS009"]
    assert [f.field for f in findings if f.code == "CP_MISSING_FIELD"] == [field]


def test_complaint_duplicate_id() -> None:
    rows = [complaint(i) for i in range(1, 6)]
    rows += [
        complaint(1, customer_name="另一位投诉人", _row=20),
        dict(complaint(2), _file="copy.pdf"),
    ]  # the same entry in two files
    findings = run_checks(make_ctx(complaints=rows))
    assert flagged(findings, "CP_DUPLICATE_ID") == ["TS001", "TS001"]


def _item_only(items: dict[str, object], n: int = 10) -> list[dict]:
    return [survey(i, overall="", items=dict(items)) for i in range(1, n + 1)]


def test_items_on_different_scales_are_brought_to_one_before_the_mean() -> None:
    """Decision 184: five-point aspects beside a 0–10 recommendation (5, 5, 9 → 10, 10, 9)
    are satisfied; averaged raw (6.3 of 10) they would not be."""
    rows = _item_only({"服务态度": "5", "响应速度": "5", "推荐意愿": "9"})
    assert computed_rate(make_ctx(surveys=rows).frame(RecordKind.SURVEY_RESPONSE)) == 1.0
    rows = _item_only({"服务态度": "3", "响应速度": "3", "推荐意愿": "6"})  # 6, 6, 6 of 10
    assert computed_rate(make_ctx(surveys=rows).frame(RecordKind.SURVEY_RESPONSE)) == 0.0


def test_items_on_one_scale_are_averaged_as_written() -> None:
    """Must not rescale: 4 and 5 of five points average 4.5 (satisfied); 3 and 4 give 3.5."""
    rows = _item_only({"服务态度": "4", "响应速度": "5"}, 5) + [
        survey(i, overall="", items={"服务态度": "3", "响应速度": "4"}) for i in range(6, 11)]
    assert computed_rate(make_ctx(surveys=rows).frame(RecordKind.SURVEY_RESPONSE)) == 0.5


def test_english_rating_steps_count_as_the_chinese_steps_they_translate() -> None:
    """Decision 399: Very Satisfied is 非常满意, Neutral 一般; an unknown English word is no
    rating, and case and spacing do not matter."""
    import pandas as pd

    from preaudit.checks.surveys import rating_flags

    frame = pd.DataFrame({"overall": ["Very Satisfied", "satisfied", "Neutral",
                                      "Very  dissatisfied", "Great", "满意"],
                          "items": [{}] * 6})
    rated, satisfied = rating_flags(frame)
    assert rated.tolist() == [True, True, True, True, False, True]
    assert satisfied.tolist() == [True, True, False, False, False, True]
