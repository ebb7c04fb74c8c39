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

from preaudit.checks.context import CheckContext
from preaudit.checks.licence import term_end
from preaudit.checks.surveys import stated_sample_size
from preaudit.checks.work_orders import work_orders
from preaudit.model.findings import Finding, Readiness, Severity
from preaudit.model.records import DocKind
from preaudit.model.report import ReadinessEntry, Summary
from preaudit.model.texts import Gap, gap

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
    # DocKind value -> files with a table of unproven record kind that may be it (decision 221)
    unproven: dict[str, tuple[str, ...]] = field(default_factory=dict)
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
        unproven={kind.value: tuple(ctx.unproven_files(kind)) for kind in DocKind},
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


def assess(findings: list[Finding], summary: Summary, found: Found) -> list[ReadinessEntry]:
    """report.json's ``readiness``: one entry per requirement, in REQUIREMENTS order."""
    owned: dict[str, list[Finding]] = {key: [] for key in REQUIREMENTS}
    for finding in findings:
        owned[requirement_of(finding)].append(finding)
    return [_entry(key, owned[key], GAPS[key](summary, found)) for key in REQUIREMENTS]


def _entry(key: str, findings: list[Finding], gaps: list[Gap]) -> ReadinessEntry:
    if any(f.severity in BLOCKING for f in findings):
        state = Readiness.NOT_READY  # a finding already says what fails; it is not a guess
    elif gaps:
        state = Readiness.NOT_VERIFIED
    else:
        state = Readiness.READY
    return {
        "requirement": key,
        "state": str(state),
        "reason": None,  # worded from the gaps by the report (reports/catalogue.py)
        "gaps": gaps if state == Readiness.NOT_VERIFIED else [],
        "codes": list(dict.fromkeys(f.code for f in findings)),
        "missing": [f.field for f in findings if f.code == "DOC_MISSING" and f.field],
    }


# What each requirement needs, and why it is not verified without it (the gap keys are
# reports/catalogue.py's) ---------------------------------------------------------------------


def _unread_or_absent(files: tuple[str, ...], unread: str, absent: str) -> Gap:
    """ "Recognised in these files but nothing read", or "not found" when no file was."""
    return gap(unread, files=list(files)) if files else gap(absent)


def _records_gap(found: Found, kind: DocKind, prefix: str) -> Gap:
    """Why no record of a ledger was read: recognised but unread, held by a table whose record
    kind is not proven (decision 221), or not found."""
    unproven = found.unproven.get(kind.value, ())
    if unproven and not found.files_of(kind):
        return gap(f"{prefix}.unproven", files=list(unproven))
    return _unread_or_absent(found.files_of(kind), f"{prefix}.unread", f"{prefix}.none")


def _work_order_count_gaps(summary: Summary, found: Found) -> list[Gap]:
    if summary["work_orders"]["total"]:
        return []
    return [_records_gap(found, DocKind.WORK_ORDERS, "wo")]


def _work_order_record_gaps(summary: Summary, found: Found) -> list[Gap]:
    """Fields and signatures are judged on the records: none read, nothing judged."""
    return [] if summary["work_orders"]["total"] else [gap("wo.nothing_to_check")]


def _survey_gaps(summary: Summary, found: Found) -> list[Gap]:
    if summary["survey"]["responses"]:
        return []
    stated = summary["survey"]["stated_sample_size"]
    if stated is None:
        return [gap("sv.unread")]
    # A stated number is a claim: validity and distinctness are judged on raw responses only.
    return [gap("sv.stated_only", files=list(found.survey_report_files), stated=stated)]


def _complaint_gaps(summary: Summary, found: Found) -> list[Gap]:
    if summary["complaints"]["total"]:
        return []
    return [_records_gap(found, DocKind.COMPLAINT_LEDGER, "cp")]


def _response_gaps(summary: Summary, found: Found) -> list[Gap]:
    gaps = []
    if summary["work_orders"]["committed_response_hours"] is None:
        files = found.files_of(DocKind.SERVICE_COMMITMENT)
        gaps.append(_unread_or_absent(files, "rt.commitment_silent", "rt.no_commitment"))
    if not summary["work_orders"]["total"]:
        gaps.append(gap("wo.nothing_to_check"))
    elif not found.timed_responses:
        gaps.append(gap("rt.untimed"))
    return gaps


def _material_gaps(summary: Summary, found: Found) -> list[Gap]:
    del summary, found
    return []  # a required kind not read is a DOC_MISSING finding (not_ready), never a gap


def _licence_gaps(summary: Summary, found: Found) -> list[Gap]:
    del summary
    if not found.licence_read:
        files = found.files_of(DocKind.BUSINESS_LICENSE)
        return [_unread_or_absent(files, "lic.unread", "lic.none")]
    gaps = []
    if found.licence_unread:
        gaps.append(gap("lic.parts", parts=list(found.licence_unread)))
    if not found.applied_scope:
        gaps.append(gap("lic.no_scope"))
    return gaps


GAPS: dict[str, Callable[[Summary, Found], list[Gap]]] = {
    "work_order_count": _work_order_count_gaps,
    "work_order_fields": _work_order_record_gaps,
    "work_order_signatures": _work_order_record_gaps,
    "survey_sample": _survey_gaps,
    "complaint_chain": _complaint_gaps,
    "response_time": _response_gaps,
    "materials": _material_gaps,
    "licence": _licence_gaps,
}
