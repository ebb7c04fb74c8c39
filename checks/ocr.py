"""Fields read from scans by OCR with low confidence: asked of a person, never guessed.

The scan reader (parsers/scan_layout.py) lists, per record, the canonical fields whose cell
OCR read with a confidence under its threshold in ``_ocr_low_fields``. One finding per
(code, field) across every record kind, one evidence entry per record (findings.md's
row-level convention).
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from preaudit.checks.context import CheckContext
from preaudit.checks.evidence import rows_finding
from preaudit.checks.registry import check
from preaudit.model.findings import Finding
from preaudit.model.records import CANONICAL_FIELDS, RecordKind

LOW_FIELDS = "_ocr_low_fields"

# Field names in the report's two languages; the rest of the canonical fields fall back to
# their own name.
_NAMES = {
    "record_id": ("编号", "number"),
    "customer_name": ("客户姓名", "customer name"),
    "customer_phone": ("客户电话", "customer phone"),
    "customer_address": ("客户地址", "customer address"),
    "product": ("产品", "product"),
    "issue": ("问题描述", "issue description"),
    "resolution": ("处理结果", "resolution"),
    "reported_at": ("报修时间", "reported time"),
    "responded_at": ("响应时间", "response time"),
    "completed_at": ("完成时间", "completion time"),
    "technician": ("维修人员", "technician"),
    "signature": ("客户签字", "customer signature"),
    "respondent": ("受访者", "respondent"),
    "respondent_phone": ("受访者电话", "respondent phone"),
    "surveyed_at": ("调查日期", "survey date"),
    "overall": ("总体评价", "overall rating"),
    "received_at": ("受理时间", "received time"),
    "reason": ("投诉原因", "complaint reason"),
    "handling": ("处理过程", "handling"),
    "feedback": ("客户反馈", "customer feedback"),
    "closed_at": ("结案时间", "closing time"),
}


def _flagged(frame: pd.DataFrame, name: str) -> pd.Series:
    if LOW_FIELDS not in frame.columns:
        return pd.Series(False, index=frame.index, dtype=bool)
    return frame[LOW_FIELDS].map(lambda low: isinstance(low, list) and name in low).astype(bool)


@check("OCR_LOW_CONFIDENCE")
def low_confidence(ctx: CheckContext) -> Iterable[Finding]:
    findings: list[Finding] = []
    fields = dict.fromkeys(name for kind in RecordKind for name in CANONICAL_FIELDS[kind])
    for name in fields:
        frames = [ctx.frame(kind) for kind in RecordKind if name in CANONICAL_FIELDS[kind]]
        flagged = [frame[_flagged(frame, name)] for frame in frames]
        flagged = [frame for frame in flagged if not frame.empty]
        if not flagged:
            continue
        rows = pd.concat(flagged, ignore_index=True)
        zh, en = _NAMES.get(name, (name, name))
        findings += rows_finding(
            ctx,
            "OCR_LOW_CONFIDENCE",
            rows,
            pd.Series(True, index=rows.index),
            field=name,
            field_zh=zh,
            field_en=en,
        )
    return findings
