"""report.json's shape, typed: what the pipeline assembles and every renderer reads.

The spec (report.schema.json) fixes the required keys; the rest are ours. The human-facing
texts (``message``, ``title``, ``reason``, ``error``) are rendered from the data beside them
(``params``, ``gaps``, ``reason_text``) by reports/catalogue.py, in the report's ``lang``.
"""

from __future__ import annotations

from typing import Any, NotRequired, TypedDict

from preaudit.model.evidence import EvidenceDict
from preaudit.model.findings import Finding
from preaudit.model.texts import Gap, ReasonText


class FindingDict(TypedDict):
    code: str
    severity: str
    field: str | None
    evidence: list[EvidenceDict]
    params: dict[str, Any]
    title: NotRequired[str]  # rendered
    message: NotRequired[str]  # rendered


class DocumentDict(TypedDict):
    file: str
    sha256: str
    format: str
    kinds: list[str]
    status: str
    records: int
    error: str | None  # rendered from reason_text
    reason_text: ReasonText | None
    notes_text: list[ReasonText]  # each note in both languages; ``notes`` holds the report's
    unmapped_columns: list[str]
    unproven_kinds: list[str]  # what a table of unproven record kind may be (decision 220)
    notes: list[str]


class ReadinessEntry(TypedDict):
    requirement: str
    state: str
    reason: str | None  # rendered from gaps, for not_verified only
    gaps: list[Gap]
    codes: list[str]
    missing: list[str]


class Window(TypedDict):
    start: str
    end: str


class CallbackEntry(TypedDict):
    file: str
    page: int | None
    sheet: str | None
    table: int | None
    row: int | None
    record_id: str
    customer_name: str | None
    customer_phone: str | None
    reported_at: str | None


class WeekCount(TypedDict):
    week_start: str  # a Monday, ISO date
    count: int


class ResponseBin(TypedDict):
    upto: float | None  # upper edge in hours (lower edge exclusive); None: the overflow bin
    count: int


class RatingCount(TypedDict):
    rating: str | float  # the applicant's word, or a score
    count: int
    satisfied: bool  # the rule's own judgement (checks/surveys.py)


class WorkOrderSummary(TypedDict):
    total: int
    in_window: int
    qualifying: int
    required: int
    signed: int
    response_hours_median: float | None
    committed_response_hours: float | None
    window_months: NotRequired[int]  # absent from reports written before it (portal rounds)
    per_week: list[WeekCount]
    outside_weeks: int  # dated orders outside the charted weeks
    response_hours_histogram: list[ResponseBin]


class SurveySummary(TypedDict):
    responses: int | None  # valid distinct raw responses; None where no raw data
    stated_sample_size: int | None
    satisfaction_rate: float | None
    stated_satisfaction_rate: float | None
    required: int
    rating_distribution: list[RatingCount]


class ComplaintSummary(TypedDict):
    total: int
    complete: int


class MaterialSummary(TypedDict):
    required: int
    present: int
    missing: list[str]  # document kinds


class Summary(TypedDict):
    """report.json's ``summary``: the numbers checks/summary.py computes."""

    work_orders: WorkOrderSummary
    survey: SurveySummary
    complaints: ComplaintSummary
    materials: NotRequired[MaterialSummary]  # absent from reports written before it


class ColumnStatement(TypedDict):
    header: str
    field: str  # a canonical field, "item", or "" for no field (decisions 213, 214)
    file: str | None  # None: every file of the package; else [columns."file"] (decision 218)


class DocumentStatement(TypedDict):
    file: str
    kind: str  # a presence material, or "other" (decisions 217, 230)


class Statements(TypedDict):
    """What application.toml says over recognition, listed apart so that the auditor sees every
    claim of the applicant's in one place (the spec: a mapping "is listed in the report")."""

    columns: list[ColumnStatement]
    documents: list[DocumentStatement]


class Report(TypedDict):
    schema_version: str
    tool_version: str
    package: str
    applicant: str | None
    credit_code: str | None
    scope: str | None
    target_level: str | None
    lang: str
    as_of: str
    window: Window
    verdict: str
    counts: dict[str, int]
    documents: list[DocumentDict]
    summary: Summary
    readiness: list[ReadinessEntry]
    findings: list[FindingDict]
    callback_sample: list[CallbackEntry]
    statements: NotRequired[Statements]  # absent from reports written before it


def finding_dict(finding: Finding) -> FindingDict:
    return {
        "code": finding.code,
        "severity": str(finding.severity),
        "field": finding.field,
        "evidence": [e.to_dict() for e in finding.evidence],
        "params": dict(finding.params),
    }
