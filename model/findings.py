"""Findings: one problem of one kind, with the records that show it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field as dc_field
from enum import StrEnum

from preaudit.model.evidence import Evidence


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


class Readiness(StrEnum):
    """The state of one requirement of the readiness table (checks/readiness.py decides it)."""

    READY = "ready"
    NOT_READY = "not_ready"
    NOT_VERIFIED = "not_verified"  # its evidence was not found, not read, or a number unknown


def verdict_of(findings: list[Finding], readiness: Iterable[Readiness | str]) -> Verdict:
    """Any major → not ready; else any minor, or any requirement not shown ready → needs rework.

    So the verdict is ``ready`` only when every requirement is ``ready``: a package without a
    single finding but with a requirement nobody could verify is not ready to submit (spec).
    """
    severities = {f.severity for f in findings}
    if Severity.MAJOR in severities:
        return Verdict.NOT_READY
    if Severity.MINOR in severities or any(s != Readiness.READY for s in readiness):
        return Verdict.NEEDS_REWORK
    return Verdict.READY
