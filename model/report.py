"""report.json's shape, typed: what the pipeline assembles and every renderer reads.

The spec (report.schema.json) fixes the required keys; the rest are ours. The human-facing
texts (``message``, ``title``, ``reason``, ``error``) are rendered from the data beside them
(``params``, ``gaps``, ``reason_text``) by reports/catalogue.py, in the report's ``lang``.
"""

from __future__ import annotations

from typing import Any, NotRequired, TypedDict

from model.evidence import EvidenceDict
from model.findings import Finding
from model.texts import Gap


class FindingDict(TypedDict):
    code: str
    severity: str
    field: str | None
    evidence: list[EvidenceDict]
    params: dict[str, Any]
    title: NotRequired[str]  # rendered
    message: NotRequired[str]  # rendered


class ReasonText(TypedDict):
    en: str
    zh: str


class DocumentDict(TypedDict):
    file: str
    sha256: str
    format: str
    kinds: list[str]
    status: str
    records: int
    error: str | None  # rendered from reason_text
    reason_text: ReasonText | None
    unmapped_columns: list[str]
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


# The summary's sections hold counts, medians and chart series built in checks/summary.py.
Summary = dict[str, dict[str, Any]]


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


def finding_dict(finding: Finding) -> FindingDict:
    return {
        "code": finding.code,
        "severity": str(finding.severity),
        "field": finding.field,
        "evidence": [e.to_dict() for e in finding.evidence],
        "params": dict(finding.params),
    }
