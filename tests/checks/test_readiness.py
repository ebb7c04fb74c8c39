"""Readiness per requirement: ready only on evidence, not_verified when it is missing or unread."""

from __future__ import annotations

from typing import Any

import pytest

from preaudit.checks.codes import CODES
from preaudit.checks.readiness import MISSING_KIND_OWNER, REQUIREMENTS, assess, found_in
from preaudit.checks.registry import run_checks
from preaudit.checks.summary import build_summary
from preaudit.model.findings import Finding, Readiness, Severity, verdict_of
from preaudit.model.package import DocumentEntry, Manifest
from preaudit.model.records import DocKind
from tests.checks.conftest import (
    all_kinds_documents,
    complaint,
    enough_surveys,
    make_ctx,
    work_order,
)

MANIFEST = Manifest(
    applicant="上海申华电器有限公司", scope="家用电器的销售及售后服务", response_hours=24
)


def licence_fact(**values: object) -> dict[str, object]:
    fact: dict[str, object] = {
        "name": "上海申华电器有限公司",
        "credit_code": "91110000600037341L",
        "scope": "家用电器销售；家用电器维修",
        "term_end": None,
        "long_term": True,
        "_file": "执照.pdf",
        "_page": 1,
    }
    fact.update(values)
    return fact


def evidenced(**overrides: Any) -> dict[str, Any]:
    """A package with every requirement evidenced; a test overrides one piece of it."""
    given: dict[str, Any] = {
        "work_orders": [work_order(n) for n in range(1, 56)],
        "surveys": enough_surveys(),
        "complaints": [complaint(n) for n in range(1, 6)],
        "facts": {"business_license": [licence_fact()]},
        "manifest": MANIFEST,
    }
    given.update(overrides)
    return given


def audit(lang: str = "zh", **given: Any) -> tuple[list[Finding], dict[str, dict], str]:
    """Findings, readiness by requirement, verdict: as pipeline/run.py assembles them."""
    ctx = make_ctx(**given)
    ctx.lang = lang
    findings = run_checks(ctx)
    entries = assess(findings, build_summary(ctx), found_in(ctx), lang)
    verdict = verdict_of(findings, [e["state"] for e in entries])
    return findings, {e["requirement"]: e for e in entries}, str(verdict)


def states(readiness: dict[str, dict]) -> dict[str, str]:
    return {key: entry["state"] for key, entry in readiness.items()}


def without(kind: DocKind) -> list[DocumentEntry]:
    return [d for d in all_kinds_documents() if d.kinds != [kind.value]]


# Must not: a fully evidenced package ----------------------------------------------------------


def test_fully_evidenced_package_is_ready_everywhere() -> None:
    findings, readiness, verdict = audit(**evidenced())
    assert findings == []
    assert list(readiness) == list(REQUIREMENTS)
    assert set(states(readiness).values()) == {"ready"}
    assert all(e["reason"] is None and e["codes"] == [] for e in readiness.values())
    assert verdict == "ready"


def test_observation_alone_keeps_a_requirement_ready() -> None:
    _, readiness, verdict = audit(**evidenced(manifest=Manifest(
        applicant="上海申华电器有限公司", scope="家政服务", response_hours=24)))  # fmt: skip
    assert readiness["licence"]["state"] == "ready"
    assert readiness["licence"]["codes"] == ["SCOPE_NOT_ELIGIBLE"]
    assert verdict == "ready"


# Survey ---------------------------------------------------------------------------------------


def test_recognised_survey_with_nothing_read_counts_zero() -> None:
    findings, readiness, verdict = audit(**evidenced(surveys=[]))
    (sample,) = [f for f in findings if f.code == "SV_SAMPLE_BELOW_MIN"]
    assert sample.params["responses"] == 0 and sample.severity == Severity.MAJOR
    assert "satisfaction_survey.pdf" in sample.message and "0" in sample.message
    # A major finding says what fails: not_ready, not "maybe" (decision 61).
    assert readiness["survey_sample"]["state"] == "not_ready"
    assert readiness["survey_sample"]["codes"] == ["SV_SAMPLE_BELOW_MIN"]
    assert verdict == "not_ready"


def test_zero_responses_message_in_english_names_the_file() -> None:
    findings, _, _ = audit(lang="en", **evidenced(surveys=[]))
    (sample,) = [f for f in findings if f.code == "SV_SAMPLE_BELOW_MIN"]
    assert "survey found in satisfaction_survey.pdf, 0 responses could be read" in sample.message


def test_rows_read_but_none_valid_also_says_zero_could_be_read() -> None:
    rows = [dict(r, overall="") for r in enough_surveys()]  # no rating anywhere: none valid
    findings, _, _ = audit(lang="en", **evidenced(surveys=rows))
    (sample,) = [f for f in findings if f.code == "SV_SAMPLE_BELOW_MIN"]
    assert sample.params["responses"] == 0 and "附件3.xlsx" in sample.message


def test_no_survey_at_all_is_doc_missing_not_a_zero_count() -> None:
    documents = without(DocKind.SATISFACTION_SURVEY)
    findings, readiness, _ = audit(**evidenced(surveys=[], documents=documents))
    assert "SV_SAMPLE_BELOW_MIN" not in {f.code for f in findings}
    assert readiness["survey_sample"]["state"] == "not_ready"
    assert readiness["survey_sample"]["missing"] == ["satisfaction_survey"]


def test_stated_sample_alone_is_not_verified() -> None:
    facts = {
        "business_license": [licence_fact()],
        "survey_report": [{"valid": 120, "_file": "satisfaction_survey.pdf", "_page": None}],
    }
    findings, readiness, verdict = audit(**evidenced(surveys=[], facts=facts))
    assert findings == []  # the stated 120 satisfies SV_SAMPLE_BELOW_MIN (findings.md)
    entry = readiness["survey_sample"]
    assert entry["state"] == "not_verified"
    assert "satisfaction_survey.pdf" in entry["reason"] and "120" in entry["reason"]
    assert verdict == "needs_rework"


def test_stated_sample_below_minimum_is_not_ready() -> None:
    facts = {
        "business_license": [licence_fact()],
        "survey_report": [{"valid": 60, "_file": "satisfaction_survey.pdf", "_page": None}],
    }
    findings, readiness, _ = audit(lang="en", **evidenced(surveys=[], facts=facts))
    (sample,) = [f for f in findings if f.code == "SV_SAMPLE_BELOW_MIN"]
    assert sample.params["responses"] == 60
    assert "the sample size stated in satisfaction_survey.pdf" in sample.message
    assert readiness["survey_sample"]["state"] == "not_ready"


# Response time --------------------------------------------------------------------------------


def test_no_committed_hours_is_not_verified_and_not_ready_to_submit() -> None:
    manifest = Manifest(applicant="上海申华电器有限公司", scope="家用电器的销售及售后服务")
    findings, readiness, verdict = audit(**evidenced(manifest=manifest))
    assert findings == []
    entry = readiness["response_time"]
    assert entry["state"] == "not_verified"
    assert "response_hours" in entry["reason"] and "service_commitment.pdf" in entry["reason"]
    assert {k for k, s in states(readiness).items() if s != "ready"} == {"response_time"}
    assert verdict == "needs_rework"


def test_commitment_document_hours_verify_response_time() -> None:
    manifest = Manifest(applicant="上海申华电器有限公司", scope="家用电器的销售及售后服务")
    facts = {
        "business_license": [licence_fact()],
        "service_commitment": [{"response_hours": 24, "_file": "service_commitment.pdf"}],
    }
    _, readiness, verdict = audit(**evidenced(manifest=manifest, facts=facts))
    assert readiness["response_time"]["state"] == "ready" and verdict == "ready"


def test_no_commitment_document_and_no_hours_says_so_in_english() -> None:
    manifest = Manifest(applicant="上海申华电器有限公司", scope="家用电器的销售及售后服务")
    documents = without(DocKind.SERVICE_COMMITMENT)
    _, readiness, verdict = audit(lang="en", **evidenced(manifest=manifest, documents=documents))
    assert readiness["response_time"]["state"] == "not_verified"
    assert readiness["response_time"]["reason"].startswith("no committed response time")
    assert readiness["materials"]["state"] == "not_ready"  # DOC_MISSING service_commitment
    assert verdict == "not_ready"


def test_no_work_order_with_both_times_is_not_verified() -> None:
    orders = [work_order(n, responded_at=None) for n in range(1, 56)]
    _, readiness, verdict = audit(lang="en", **evidenced(work_orders=orders))
    entry = readiness["response_time"]
    assert entry["state"] == "not_verified"
    assert entry["reason"] == "no work order shows both the time reported and the time responded"
    assert verdict == "needs_rework"


def test_late_response_is_not_ready_even_when_other_orders_lack_times() -> None:
    orders = [work_order(n, responded_at=None) for n in range(1, 55)]
    late = work_order(55)
    late["responded_at"] = late["reported_at"].replace(day=late["reported_at"].day + 2)
    _, readiness, _ = audit(**evidenced(work_orders=[*orders, late]))
    assert readiness["response_time"]["state"] == "not_ready"
    assert readiness["response_time"]["reason"] is None


# Work orders, complaints, licence --------------------------------------------------------------


def test_work_order_document_with_no_record_read() -> None:
    _, readiness, _ = audit(**evidenced(work_orders=[]))
    assert readiness["work_order_count"]["state"] == "not_verified"
    assert "work_orders.pdf" in readiness["work_order_count"]["reason"]
    for key in ("work_order_fields", "work_order_signatures", "response_time"):
        assert readiness[key]["state"] == "not_verified", key


def test_no_work_orders_at_all_is_not_ready() -> None:
    documents = without(DocKind.WORK_ORDERS)
    _, readiness, verdict = audit(**evidenced(work_orders=[], documents=documents))
    assert readiness["work_order_count"]["state"] == "not_ready"
    assert readiness["work_order_count"]["missing"] == ["work_orders"]
    assert readiness["work_order_fields"]["state"] == "not_verified"
    assert verdict == "not_ready"


def test_complaint_ledger_with_no_entry_read_is_not_verified() -> None:
    _, readiness, verdict = audit(lang="en", **evidenced(complaints=[]))
    entry = readiness["complaint_chain"]
    assert entry["state"] == "not_verified"
    assert "complaint_ledger.pdf" in entry["reason"] and "no entry" in entry["reason"]
    assert verdict == "needs_rework"


def test_licence_recognised_but_not_read_is_not_verified() -> None:
    _, readiness, verdict = audit(**evidenced(facts={}))
    assert readiness["licence"]["state"] == "not_verified"
    assert "business_license.pdf" in readiness["licence"]["reason"]
    assert verdict == "needs_rework"


@pytest.mark.parametrize(
    ("values", "part"),
    [
        ({"long_term": False, "term_end": None}, "营业期限"),
        ({"scope": None}, "经营范围"),
        ({"name": ""}, "名称"),
    ],
)
def test_licence_item_not_read_is_not_verified(values: dict[str, object], part: str) -> None:
    facts = {"business_license": [licence_fact(**values)]}
    _, readiness, _ = audit(**evidenced(facts=facts))
    assert readiness["licence"]["state"] == "not_verified"
    assert part in readiness["licence"]["reason"]


def test_licence_term_read_as_a_date_is_verified() -> None:
    facts = {"business_license": [licence_fact(long_term=False, term_end="2036-05-01")]}
    _, readiness, _ = audit(**evidenced(facts=facts))
    assert readiness["licence"]["state"] == "ready"


def test_no_applied_scope_leaves_the_licence_scope_unverified() -> None:
    manifest = Manifest(applicant="上海申华电器有限公司", response_hours=24)
    _, readiness, _ = audit(**evidenced(manifest=manifest))
    assert readiness["licence"]["state"] == "not_verified"
    assert "scope" in readiness["licence"]["reason"]


# The mapping and the verdict -------------------------------------------------------------------


def test_every_code_bears_on_exactly_one_requirement() -> None:
    listed = [code for codes in REQUIREMENTS.values() for code in codes]
    assert len(listed) == len(set(listed))
    assert set(listed) | {"DOC_MISSING"} == set(CODES)
    assert set(MISSING_KIND_OWNER) <= {kind.value for kind in DocKind}


def finding(severity: Severity) -> Finding:
    return Finding("X_Y", severity, "")


@pytest.mark.parametrize(
    ("severities", "readiness", "verdict"),
    [
        ([], ["ready", "ready"], "ready"),
        ([], ["ready", "not_verified"], "needs_rework"),
        ([Severity.OBSERVATION], ["ready"], "ready"),
        ([Severity.OBSERVATION], [Readiness.NOT_VERIFIED], "needs_rework"),
        ([Severity.MINOR], ["not_ready"], "needs_rework"),
        ([Severity.MAJOR, Severity.MINOR], ["not_ready", "not_verified"], "not_ready"),
    ],
)
def test_verdict_is_ready_only_when_every_requirement_is(
    severities: list[Severity], readiness: list[str], verdict: str
) -> None:
    assert verdict_of([finding(s) for s in severities], readiness) == verdict
