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
    """What is wrong, as data: the words are the report's (reports/catalogue.py)."""

    code: str
    severity: Severity
    field: str | None = None
    evidence: list[Evidence] = dc_field(default_factory=list)
    # The values the code's message template needs (counts, dates, field and kind names,
    # file lists), all language-neutral: any language's sentence is rebuilt from them.
    params: dict[str, object] = dc_field(default_factory=dict)


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
