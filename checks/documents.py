"""Material rules: every required kind present, every file readable and recognised."""

from __future__ import annotations

from collections.abc import Iterable

from preaudit.checks.context import CheckContext
from preaudit.checks.evidence import make_finding
from preaudit.checks.registry import check
from preaudit.model.evidence import Evidence
from preaudit.model.findings import Finding
from preaudit.model.package import DocStatus
from preaudit.model.records import DocKind

KIND_NAMES = {
    DocKind.BUSINESS_LICENSE: ("营业执照", "business licence"),
    DocKind.SERVICE_POLICY: ("售后服务管理制度", "after-sales service policy"),
    DocKind.SERVICE_PROCESS: ("服务流程手册", "service process manual"),
    DocKind.JOB_DESCRIPTIONS: ("岗位说明书", "job descriptions"),
    DocKind.STAFF_TRAINING: ("售后人员名单及培训证明", "staff list and training records"),
    DocKind.EQUIPMENT_LIST: ("维修设备清单", "repair equipment list"),
    DocKind.SERVICE_OUTLETS: ("服务网点清单", "service outlets list"),
    DocKind.ORG_CHART: ("组织架构图", "organisation chart"),
    DocKind.SERVICE_COMMITMENT: ("服务承诺公示", "published service commitment"),
    DocKind.WORK_ORDERS: ("售后工单", "after-sales work orders"),
    DocKind.SATISFACTION_SURVEY: ("客户满意度调查", "customer satisfaction survey"),
    DocKind.COMPLAINT_LEDGER: ("投诉处理台账", "complaint ledger"),
}
_DETAILS_CAP = 5


@check("DOC_MISSING")
def missing_material(ctx: CheckContext) -> Iterable[Finding]:
    # Only readable files count: a kind whose only files are unreadable is missing.
    present = {
        kind for doc in ctx.documents if doc.status == DocStatus.PARSED for kind in doc.kinds
    }
    return [
        make_finding(
            ctx,
            "DOC_MISSING",
            field=kind.value,
            kind_zh=KIND_NAMES[kind][0],
            kind_en=KIND_NAMES[kind][1],
        )
        for kind in DocKind
        if kind.value not in present
    ]


def listing(items: list[str]) -> str:
    """The first few items, then how many more: a message stays short for 5,000 files."""
    shown = "; ".join(items[:_DETAILS_CAP])
    more = len(items) - _DETAILS_CAP
    return shown + (f"; … (+{more})" if more > 0 else "")


@check("DOC_UNREADABLE")
def unreadable(ctx: CheckContext) -> Iterable[Finding]:
    bad = [d for d in ctx.documents if d.status == DocStatus.UNREADABLE]
    if not bad:
        return []
    details = listing([f"{d.file}: {d.error}" for d in bad])
    return [
        make_finding(
            ctx,
            "DOC_UNREADABLE",
            evidence=[Evidence(file=d.file) for d in bad],
            count=len(bad),
            details=details,
        )
    ]


@check("DOC_UNRECOGNISED")
def unrecognised(ctx: CheckContext) -> Iterable[Finding]:
    unknown = [d for d in ctx.documents if d.status == DocStatus.UNRECOGNISED]
    if not unknown:
        return []
    return [
        make_finding(
            ctx,
            "DOC_UNRECOGNISED",
            evidence=[Evidence(file=d.file) for d in unknown],
            count=len(unknown),
            files=listing([d.file for d in unknown]),
        )
    ]
