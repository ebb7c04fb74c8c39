"""Material rules: every required kind present, every file readable and recognised."""

from __future__ import annotations

from collections.abc import Iterable

from preaudit.checks.context import CheckContext
from preaudit.checks.evidence import make_finding
from preaudit.checks.registry import check
from preaudit.model.evidence import Evidence
from preaudit.model.findings import Finding
from preaudit.model.package import DocStatus, DocumentEntry
from preaudit.model.records import PRESENCE_MATERIALS, RECORD_DOC_KINDS


@check("DOC_MISSING")
def missing_material(ctx: CheckContext) -> Iterable[Finding]:
    # Only readable files count: a kind whose only files are unreadable is missing.
    findings = [
        make_finding(ctx, "DOC_MISSING", field=kind.value, kind=kind.value)
        for kind in ctx.missing_kinds()
    ]
    # "Missing" may mean "there, but not placed": name the readable files of unknown kind, so
    # the remedy (preaudit explain, [columns]) is beside the finding, not only under another.
    unplaced = [doc.file for doc in ctx.documents if doc.status == DocStatus.UNRECOGNISED]
    if unplaced:
        for finding in findings:
            finding.params["unplaced"] = {"files": unplaced,
                                          "records": finding.field in RECORD_DOC_KINDS,
                                          "nameable": finding.field in PRESENCE_MATERIALS}
    return findings


@check("DOC_UNREADABLE")
def unreadable(ctx: CheckContext) -> Iterable[Finding]:
    bad = [d for d in ctx.documents if d.status == DocStatus.UNREADABLE]
    # Each file with its reason in both languages: the report words it in its own.
    details = [{"file": d.file, "reason": d.reason._asdict() if d.reason else None} for d in bad]
    return _files_finding(ctx, "DOC_UNREADABLE", bad, details=details)


@check("DOC_UNRECOGNISED")
def unrecognised(ctx: CheckContext) -> Iterable[Finding]:
    unknown = [d for d in ctx.documents if d.status == DocStatus.UNRECOGNISED]
    return _files_finding(ctx, "DOC_UNRECOGNISED", unknown, files=[d.file for d in unknown])


def _files_finding(
    ctx: CheckContext, code: str, documents: list[DocumentEntry], **params: object
) -> list[Finding]:
    """One finding naming every file of ``documents``; none when there are none."""
    if not documents:
        return []
    finding = make_finding(ctx, code, evidence=[Evidence(file=d.file) for d in documents])
    finding.params.update(count=len(documents), **params)
    return [finding]
