"""Readiness per requirement of the source article: ready, not ready, or not verified.

Absence of evidence is never compliance (spec): a requirement is ``not_ready`` when a major or
minor finding bears on it, else ``not_verified`` when the evidence it needs was not found, could
not be read, or a number it needs is unknown, else ``ready``. The decision is a pure function of
the findings, the summary numbers and what the package showed (``Found``); report.json carries
it as ``readiness`` and the renderers only print it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from preaudit.checks.context import CheckContext
from preaudit.checks.documents import listing
from preaudit.checks.licence import term_end
from preaudit.checks.surveys import stated_sample_size
from preaudit.checks.work_orders import work_orders
from preaudit.model.findings import Finding, Readiness, Severity
from preaudit.model.records import DocKind

# Requirement (stable key, in the report's order) -> the finding codes that bear on it.
# DOC_MISSING is placed by its field (MISSING_KIND_OWNER); every other code is listed once.
REQUIREMENTS: dict[str, tuple[str, ...]] = {
    "work_order_count": (
        "WO_COUNT_BELOW_MIN",
        "WO_OUT_OF_WINDOW",
        "WO_DATE_MISSING",
        "WO_DUPLICATE_ID",
        "WO_DUPLICATE_RECORD",
        "WO_MONTH_GAP",
    ),
    "work_order_fields": ("WO_MISSING_FIELD", "WO_INVALID_PHONE"),
    "work_order_signatures": ("WO_MISSING_SIGNATURE", "WO_SIGNATURE_REUSED"),
    "survey_sample": (
        "SV_SAMPLE_BELOW_MIN",
        "SV_STATED_MISMATCH",
        "SV_DUPLICATE_RESPONSE",
        "SV_OUT_OF_WINDOW",
    ),
    "complaint_chain": ("CP_MISSING_FIELD", "CP_DUPLICATE_ID"),
    "response_time": ("WO_RESPONSE_LATE", "WO_DATE_ORDER"),
    "materials": ("DOC_UNREADABLE", "DOC_UNRECOGNISED", "OCR_LOW_CONFIDENCE"),
    "licence": (
        "LIC_CREDIT_CODE_INVALID",
        "LIC_EXPIRED",
        "LIC_SCOPE_MISMATCH",
        "LIC_NAME_MISMATCH",
        "SCOPE_NOT_ELIGIBLE",
    ),
}
# A missing kind of material counts against the requirement it is the evidence of; the
# policy and resource documents (and the service commitment) against "materials".
MISSING_KIND_OWNER = {
    DocKind.WORK_ORDERS.value: "work_order_count",
    DocKind.SATISFACTION_SURVEY.value: "survey_sample",
    DocKind.COMPLAINT_LEDGER.value: "complaint_chain",
    DocKind.BUSINESS_LICENSE.value: "licence",
}
CODE_OWNER = {code: key for key, codes in REQUIREMENTS.items() for code in codes}
BLOCKING = frozenset({Severity.MAJOR, Severity.MINOR})


@dataclass(frozen=True)
class Found:
    """What the package showed, beyond the summary numbers: files and what was read from them."""

    files: dict[str, tuple[str, ...]] = field(default_factory=dict)  # DocKind value -> files
    survey_report_files: tuple[str, ...] = ()  # files a stated sample size was read from
    timed_responses: int = 0  # work orders with both a reported and a responded time
    licence_read: bool = False  # licence facts were read at all
    licence_unread: tuple[str, ...] = ()  # credit_code, term, scope, name: needed, not read
    applied_scope: bool = False  # the manifest names the certification scope applied for

    def files_of(self, kind: DocKind) -> tuple[str, ...]:
        return self.files.get(kind.value, ())


def found_in(ctx: CheckContext) -> Found:
    frame = work_orders(ctx)
    timed = frame["reported_at"].notna() & frame["responded_at"].notna()
    reports = [r for r in ctx.facts.get("survey_report") or [] if stated_sample_size(r) is not None]
    licence = ctx.first_fact("business_license")
    return Found(
        files={kind.value: tuple(ctx.files_of(kind)) for kind in DocKind},
        survey_report_files=tuple(str(r.get("_file")) for r in reports),
        timed_responses=int(timed.sum()),
        licence_read=licence is not None,
        licence_unread=_licence_unread(licence, bool(ctx.manifest.applicant)),
        applied_scope=bool(ctx.manifest.scope),
    )


def _licence_unread(licence: dict[str, object] | None, applicant_given: bool) -> tuple[str, ...]:
    """The licence items its checks need that were not read (the same reads checks/licence.py
    makes: a missing one means that check could not be made, not that it passed)."""
    if licence is None:
        return ()
    needed = {
        "credit_code": bool(licence.get("credit_code")),
        "term": bool(licence.get("long_term")) or term_end(licence) is not None,
        "scope": bool(licence.get("scope")),
        "name": bool(licence.get("name")) or not applicant_given,
    }
    return tuple(part for part, read in needed.items() if not read)


def requirement_of(finding: Finding) -> str:
    """The requirement a finding bears on."""
    if finding.code == "DOC_MISSING":
        return MISSING_KIND_OWNER.get(finding.field or "", "materials")
    return CODE_OWNER.get(finding.code, "materials")


def assess(
    findings: list[Finding], summary: dict[str, Any], found: Found, lang: str
) -> list[dict[str, Any]]:
    """report.json's ``readiness``: one entry per requirement, in REQUIREMENTS order."""
    owned: dict[str, list[Finding]] = {key: [] for key in REQUIREMENTS}
    for finding in findings:
        owned[requirement_of(finding)].append(finding)
    return [_entry(key, owned[key], GAPS[key](summary, found, lang), lang) for key in REQUIREMENTS]


def _entry(key: str, findings: list[Finding], gaps: list[str], lang: str) -> dict[str, Any]:
    if any(f.severity in BLOCKING for f in findings):
        state = Readiness.NOT_READY  # a finding already says what fails; it is not a guess
    elif gaps:
        state = Readiness.NOT_VERIFIED
    else:
        state = Readiness.READY
    return {
        "requirement": key,
        "state": str(state),
        "reason": _text(lang, "sep").join(gaps) if state == Readiness.NOT_VERIFIED else None,
        "codes": list(dict.fromkeys(f.code for f in findings)),
        "missing": [f.field for f in findings if f.code == "DOC_MISSING" and f.field],
    }


# What each requirement needs, and why it is not verified without it --------------------------

REASONS: dict[str, tuple[str, str]] = {
    "sep": ("；", "; "),
    "wo.unread": (
        "在 {files} 中识别出售后工单，但未能读取到任何工单记录",
        "work orders were recognised in {files}, but no record could be read",
    ),
    "wo.none": ("未找到售后工单", "no work orders were found"),
    "wo.nothing_to_check": (
        "未读取到任何工单记录，无法核对",
        "no work-order record was read, so this could not be checked",
    ),
    "sv.stated_only": (
        "仅有 {files} 所述样本量 {stated} 份，未读取到可核对的原始问卷",
        "only the sample size stated in {files} ({stated}); no raw responses were read to "
        "verify it",
    ),
    "sv.unread": ("未读取到任何有效答卷", "no valid survey response could be read"),
    "cp.unread": (
        "在 {files} 中识别出投诉处理台账，但未能读取到任何投诉记录",
        "a complaint ledger was recognised in {files}, but no entry could be read",
    ),
    "cp.none": ("未找到投诉处理台账", "no complaint ledger was found"),
    "rt.commitment_silent": (
        "{files} 未写明以小时计的响应时限，application.toml 也未给出 response_hours",
        "the service commitment in {files} states no response time in hours, and "
        "application.toml gives no response_hours",
    ),
    "rt.no_commitment": (
        "未找到承诺的响应时限（application.toml 的 response_hours 或服务承诺公示）",
        "no committed response time was found (application.toml response_hours or a service "
        "commitment)",
    ),
    "rt.untimed": (
        "没有一份工单同时写明报修时间和响应时间",
        "no work order shows both the time reported and the time responded",
    ),
    "lic.unread": (
        "在 {files} 中识别出营业执照，但未能读取其内容",
        "a business licence was recognised in {files}, but its contents could not be read",
    ),
    "lic.none": ("未读取到营业执照", "no business licence was read"),
    "lic.parts": ("营业执照的{parts}未能读取", "the licence's {parts} could not be read"),
    "lic.no_scope": (
        "未给出申请认证范围（application.toml 的 scope），无法核对经营范围",
        "no certification scope applied for (application.toml scope) to check the business "
        "scope against",
    ),
    "part.credit_code": ("统一社会信用代码", "credit code"),
    "part.term": ("营业期限", "term"),
    "part.scope": ("经营范围", "business scope"),
    "part.name": ("名称", "company name"),
    "part.sep": ("、", ", "),
}


def _text(lang: str, key: str, **params: object) -> str:
    template = REASONS[key][0 if lang == "zh" else 1]
    return template.format(**params) if params else template


def _files(files: tuple[str, ...]) -> str:
    return listing(list(files))


def _unread_or_absent(lang: str, files: tuple[str, ...], unread: str, absent: str) -> str:
    """ "Recognised in these files but nothing read", or "not found" when no file was."""
    return _text(lang, unread, files=_files(files)) if files else _text(lang, absent)


def _number(summary: dict[str, Any], section: str, key: str) -> Any:
    return (summary.get(section) or {}).get(key)


def _work_order_count_gaps(summary: dict[str, Any], found: Found, lang: str) -> list[str]:
    if _number(summary, "work_orders", "total"):
        return []
    files = found.files_of(DocKind.WORK_ORDERS)
    return [_unread_or_absent(lang, files, "wo.unread", "wo.none")]


def _work_order_record_gaps(summary: dict[str, Any], found: Found, lang: str) -> list[str]:
    """Fields and signatures are judged on the records: none read, nothing judged."""
    return [] if _number(summary, "work_orders", "total") else [_text(lang, "wo.nothing_to_check")]


def _survey_gaps(summary: dict[str, Any], found: Found, lang: str) -> list[str]:
    if _number(summary, "survey", "responses"):
        return []
    stated = _number(summary, "survey", "stated_sample_size")
    if stated is None:
        return [_text(lang, "sv.unread")]
    # A stated number is a claim: validity and distinctness are judged on raw responses only.
    return [_text(lang, "sv.stated_only", files=_files(found.survey_report_files), stated=stated)]


def _complaint_gaps(summary: dict[str, Any], found: Found, lang: str) -> list[str]:
    if _number(summary, "complaints", "total"):
        return []
    files = found.files_of(DocKind.COMPLAINT_LEDGER)
    return [_unread_or_absent(lang, files, "cp.unread", "cp.none")]


def _response_gaps(summary: dict[str, Any], found: Found, lang: str) -> list[str]:
    gaps = []
    if _number(summary, "work_orders", "committed_response_hours") is None:
        files = found.files_of(DocKind.SERVICE_COMMITMENT)
        gaps.append(_unread_or_absent(lang, files, "rt.commitment_silent", "rt.no_commitment"))
    if not _number(summary, "work_orders", "total"):
        gaps.append(_text(lang, "wo.nothing_to_check"))
    elif not found.timed_responses:
        gaps.append(_text(lang, "rt.untimed"))
    return gaps


def _material_gaps(summary: dict[str, Any], found: Found, lang: str) -> list[str]:
    del summary, found, lang
    return []  # a required kind not read is a DOC_MISSING finding (not_ready), never a gap


def _licence_gaps(summary: dict[str, Any], found: Found, lang: str) -> list[str]:
    del summary
    if not found.licence_read:
        files = found.files_of(DocKind.BUSINESS_LICENSE)
        return [_unread_or_absent(lang, files, "lic.unread", "lic.none")]
    gaps = []
    if found.licence_unread:
        names = [_text(lang, f"part.{part}") for part in found.licence_unread]
        gaps.append(_text(lang, "lic.parts", parts=_text(lang, "part.sep").join(names)))
    if not found.applied_scope:
        gaps.append(_text(lang, "lic.no_scope"))
    return gaps


GAPS: dict[str, Callable[[dict[str, Any], Found, str], list[str]]] = {
    "work_order_count": _work_order_count_gaps,
    "work_order_fields": _work_order_record_gaps,
    "work_order_signatures": _work_order_record_gaps,
    "survey_sample": _survey_gaps,
    "complaint_chain": _complaint_gaps,
    "response_time": _response_gaps,
    "materials": _material_gaps,
    "licence": _licence_gaps,
}
