"""The check registry: a leaf module every rule module imports to declare its checks.

It imports no rule module itself (checks/rules.py lists them and runs them), so the import
graph runs one way: rules → registry, never back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from preaudit.checks.context import CheckContext
from preaudit.model.findings import Finding

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
