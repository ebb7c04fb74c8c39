"""Findings: one problem of one kind, with the records that show it."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from enum import StrEnum

from model.evidence import Evidence


class Severity(StrEnum):
    MAJOR = "major"
    MINOR = "minor"
    OBSERVATION = "observation"


SEVERITY_ORDER = {Severity.MAJOR: 0, Severity.MINOR: 1, Severity.OBSERVATION: 2}


@dataclass
class Finding:
    code: str
    severity: Severity
    message: str
    field: str | None = None
    evidence: list[Evidence] = dc_field(default_factory=list)
    # Numbers that filled the message template, kept so a renderer in another language
    # can rebuild the sentence without re-computing anything.
    params: dict[str, object] = dc_field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "severity": str(self.severity),
            "field": self.field,
            "message": self.message,
            "evidence": [e.to_dict() for e in self.evidence],
        }


class Verdict(StrEnum):
    READY = "ready"
    NEEDS_REWORK = "needs_rework"
    NOT_READY = "not_ready"


def verdict_of(findings: list[Finding]) -> Verdict:
    severities = {f.severity for f in findings}
    if Severity.MAJOR in severities:
        return Verdict.NOT_READY
    if Severity.MINOR in severities:
        return Verdict.NEEDS_REWORK
    return Verdict.READY
