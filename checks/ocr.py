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
        masks = [(frame, _flagged(frame, name)) for frame in frames]
        # Copy out only the rows flagged: most fields of most frames have none.
        flagged = [frame[mask] for frame, mask in masks if mask.any()]
        if not flagged:
            continue
        rows = pd.concat(flagged, ignore_index=True)
        everyone = pd.Series(True, index=rows.index)
        findings += rows_finding(ctx, "OCR_LOW_CONFIDENCE", rows, everyone, field=name, name=name)
    return findings
