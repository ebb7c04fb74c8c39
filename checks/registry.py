"""Explicit check registry: each check declares the codes it may emit."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from preaudit.checks.context import CheckContext
from preaudit.model.findings import SEVERITY_ORDER, Finding

CheckFn = Callable[[CheckContext], Iterable[Finding]]


@dataclass(frozen=True)
class Check:
    name: str
    emits: frozenset[str]
    run: CheckFn


CHECKS: list[Check] = []


def check(*codes: str) -> Callable[[CheckFn], CheckFn]:
    """Register a check function with the codes it may emit."""

    def register(fn: CheckFn) -> CheckFn:
        CHECKS.append(Check(f"{fn.__module__}.{fn.__name__}", frozenset(codes), fn))
        return fn

    return register


class UndeclaredCode(RuntimeError):
    """A check emitted a code it did not declare: a bug in the check."""


def run_checks(ctx: CheckContext) -> list[Finding]:
    _load_rule_modules()
    findings: list[Finding] = []
    for item in CHECKS:
        for finding in item.run(ctx):
            if finding.code not in item.emits:
                raise UndeclaredCode(f"{item.name} emitted undeclared {finding.code}")
            findings.append(finding)
    return sorted(findings, key=lambda f: (SEVERITY_ORDER[f.severity], f.code, f.field or ""))


def _load_rule_modules() -> None:
    # Importing the rule modules registers their checks; listed here so registration is
    # explicit and a new module is one line.
    from preaudit.checks import complaints, documents, licence, ocr, surveys, work_orders  # noqa: F401
