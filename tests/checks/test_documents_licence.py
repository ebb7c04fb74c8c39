"""Material and licence rules."""

from __future__ import annotations

import pytest

from preaudit.checks.licence import credit_code_valid, scope_covers
from preaudit.checks.rules import run_checks
from preaudit.model.package import DocStatus, DocumentEntry, Manifest
from tests.checks.conftest import (
    all_kinds_documents,
    codes_of,
    enough_surveys,
    flagged,
    make_ctx,
    message,
    unparsed,
)

VALID_CODES = ["91110000600037341L", "91310115MA1K4PQ7XH"]


def licence(**values) -> dict[str, list[dict[str, object]]]:
    fact = {
        "name": "上海申华电器有限公司",
        "credit_code": "91110000600037341L",
        "scope": "家用电器销售；家用电器维修；日用百货销售",
        "term_end": None,
        "long_term": True,
        "_file": "执照.pdf",
        "_page": 1,
    }
    fact.update(values)
    return {"business_license": [fact]}


MANIFEST = Manifest(applicant="上海申华电器有限公司", scope="家用电器的销售及售后服务")


def test_credit_code_check_character() -> None:
    assert all(credit_code_valid(c) for c in VALID_CODES)
    assert not credit_code_valid("91110000600037341M")
    assert not credit_code_valid("9111000060003734")  # short
    assert not credit_code_valid("91110000600037341I")  # I is not in the charset
    # A, N and Y lead valid codes too (python-stdnum rejects them; GB 32100 does not)
    for lead in "ANY":
        body = lead + "1110000600037341"
        from preaudit.checks.licence import CREDIT_CHARSET, CREDIT_WEIGHTS

        total = sum(CREDIT_CHARSET.index(c) * w for c, w in zip(body, CREDIT_WEIGHTS, strict=False))
        assert credit_code_valid(body + CREDIT_CHARSET[(31 - total % 31) % 31])


def test_licence_clean_raises_nothing() -> None:
    findings = run_checks(make_ctx(facts=licence(name="上海申华电器有限公司 "), manifest=MANIFEST))
    assert {c for c, _ in codes_of(findings)} & {
        "LIC_CREDIT_CODE_INVALID",
        "LIC_EXPIRED",
        "LIC_SCOPE_MISMATCH",
        "LIC_NAME_MISMATCH",
    } == set()


def test_licence_defects_all_flag() -> None:
    facts = licence(
        credit_code="91110000600037341M",
        term_end="2025-12-31",
        long_term=False,
        scope="服装、鞋帽的批发零售",
        name="上海申华电器销售有限公司",
    )
    findings = run_checks(make_ctx(facts=facts, manifest=MANIFEST))
    for code in (
        "LIC_CREDIT_CODE_INVALID",
        "LIC_EXPIRED",
        "LIC_SCOPE_MISMATCH",
        "LIC_NAME_MISMATCH",
    ):
        assert flagged(findings, code) == ["执照.pdf"], code


def test_name_compare_ignores_width_and_spaces() -> None:
    facts = licence(name="上海申华电器（集团）有限公司")
    manifest = Manifest(applicant="上海申华电器 (集团) 有限公司", scope=MANIFEST.scope)
    assert "LIC_NAME_MISMATCH" not in {
        f.code for f in run_checks(make_ctx(facts=facts, manifest=manifest))
    }


@pytest.mark.parametrize(
    ("licence_scope", "applied", "covers"),
    [
        ("家用电器、电子产品的销售、维修", "家用电器的销售及售后服务", True),
        ("家电维修服务", "家用电器售后服务", True),
        ("服装批发零售", "家用电器的销售及售后服务", False),
        ("家用电器研发", "家用电器的销售及售后服务", False),  # category without an activity
        ("汽车销售；汽车维修", "汽车销售及售后服务", True),
    ],
)
def test_scope_coverage(licence_scope: str, applied: str, covers: bool) -> None:
    assert scope_covers(licence_scope, applied) is covers


def test_scope_not_eligible_is_advice() -> None:
    findings = run_checks(
        make_ctx(
            facts=licence(scope="家政服务；保洁服务；家用电器维修"),
            manifest=Manifest(scope="家政服务"),
        )
    )
    eligible = [f for f in findings if f.code == "SCOPE_NOT_ELIGIBLE"]
    assert len(eligible) == 1 and eligible[0].severity == "observation"
    assert "LIC_SCOPE_MISMATCH" not in {f.code for f in findings}
    findings = run_checks(make_ctx(facts=licence(), manifest=MANIFEST))
    assert "SCOPE_NOT_ELIGIBLE" not in {f.code for f in findings}


def test_doc_missing_names_each_kind() -> None:
    documents = [d for d in all_kinds_documents() if d.kinds != ["org_chart"]]
    documents.append(
        DocumentEntry(
            "图.pdf", "pdf", "", kinds=["org_chart"], status=DocStatus.UNREADABLE
        )
    )
    findings = run_checks(make_ctx(documents=documents))
    assert [f.field for f in findings if f.code == "DOC_MISSING"] == ["org_chart"]
    assert codes_of(run_checks(make_ctx(surveys=enough_surveys()))) == set()


def test_doc_missing_names_the_files_that_could_not_be_placed() -> None:
    """A survey that was not recognised reads as a missing survey: the finding names the
    readable files of unknown kind and the remedy; with none, it says nothing of the kind."""
    from preaudit.reports.catalogue import finding_message

    def message(finding, lang: str) -> str:
        return finding_message({"code": finding.code, "field": finding.field,  # type: ignore[typeddict-item]
                                "params": finding.params}, lang)

    documents = [d for d in all_kinds_documents()
                 if d.kinds not in (["satisfaction_survey"], ["org_chart"])]
    documents.append(DocumentEntry("附件4.xlsx", "xlsx", "", status=DocStatus.UNRECOGNISED))
    missing = {f.field: f for f in run_checks(make_ctx(documents=documents))
               if f.code == "DOC_MISSING"}
    assert set(missing) == {"satisfaction_survey", "org_chart"}
    survey = message(missing["satisfaction_survey"], "zh")
    assert "附件4.xlsx" in survey and "[columns]" in survey and "--draft-columns" in survey
    chart = message(missing["org_chart"], "en")
    assert "附件4.xlsx" in chart and "[columns]" not in chart  # no columns in an org chart
    placed = [d for d in documents if d.status != DocStatus.UNRECOGNISED]
    alone = [f for f in run_checks(make_ctx(documents=placed)) if f.code == "DOC_MISSING"]
    assert all("unplaced" not in f.params for f in alone)
    assert all("preaudit explain" not in message(f, "en") for f in alone)


def test_unreadable_and_unrecognised_one_finding_each() -> None:
    documents = [
        *all_kinds_documents(),
        unparsed("a.pdf"),
        unparsed("b/c.pdf"),
        DocumentEntry("通知.docx", "docx", "", status=DocStatus.UNRECOGNISED),
    ]
    findings = run_checks(make_ctx(documents=documents))
    assert flagged(findings, "DOC_UNREADABLE") == ["a.pdf", "b/c.pdf"]
    unreadable = next(f for f in findings if f.code == "DOC_UNREADABLE")
    assert "not a valid PDF" in message(unreadable, "en")
    assert "不是有效的 PDF 文件" in message(unreadable, "zh")
    assert flagged(findings, "DOC_UNRECOGNISED") == ["通知.docx"]
