"""Every rule module, listed once, and the one loop that runs their checks."""

from __future__ import annotations

from types import ModuleType

from preaudit.checks import complaints, documents, licence, ocr, surveys, work_orders
from preaudit.checks.context import CheckContext
from preaudit.checks.registry import CHECKS, Check
from preaudit.model.findings import SEVERITY_ORDER, Finding

# Importing a rule module registers its checks; a new module is one entry here.
RULE_MODULES: tuple[ModuleType, ...] = (complaints, documents, licence, ocr, surveys, work_orders)


class UndeclaredCode(RuntimeError):
    """A check emitted a code it did not declare: a bug in the check."""


def registered_checks() -> list[Check]:
    """The checks of the listed rule modules, in registration order."""
    modules = {module.__name__ for module in RULE_MODULES}
    return [item for item in CHECKS if item.name.rsplit(".", 1)[0] in modules]


def run_checks(ctx: CheckContext) -> list[Finding]:
    findings: list[Finding] = []
    for item in registered_checks():
        for finding in item.run(ctx):
            if finding.code not in item.emits:
                raise UndeclaredCode(f"{item.name} emitted undeclared {finding.code}")
            findings.append(finding)
    return sorted(findings, key=lambda f: (SEVERITY_ORDER[f.severity], f.code, f.field or ""))
