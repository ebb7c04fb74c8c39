"""The finding-code registry: a mirror of spec/findings.md.

One entry per code: its default severity. A test parses findings.md and fails when this table
and the spec drift apart. What each code says, in each language, is reports/catalogue.py's.
"""

from __future__ import annotations

from dataclasses import dataclass

from preaudit.model.findings import Severity

MAJOR, MINOR, OBSERVATION = Severity.MAJOR, Severity.MINOR, Severity.OBSERVATION


@dataclass(frozen=True)
class CodeSpec:
    severity: Severity


_SEVERITIES: dict[str, Severity] = {
    "DOC_UNREADABLE": MINOR,
    "DOC_UNRECOGNISED": OBSERVATION,
    "DOC_MISSING": MAJOR,
    "WO_COUNT_BELOW_MIN": MAJOR,
    "WO_OUT_OF_WINDOW": MINOR,
    "WO_DATE_MISSING": MINOR,
    "WO_MISSING_FIELD": MINOR,
    "WO_MISSING_SIGNATURE": MINOR,
    "WO_INVALID_PHONE": MINOR,
    "WO_DATE_ORDER": MINOR,
    "WO_RESPONSE_LATE": MINOR,
    "WO_MONTH_GAP": OBSERVATION,
    "WO_DUPLICATE_ID": MINOR,
    "WO_DUPLICATE_RECORD": MAJOR,
    "WO_SIGNATURE_REUSED": MAJOR,
    "SV_SAMPLE_BELOW_MIN": MAJOR,
    "SV_STATED_MISMATCH": MINOR,
    "SV_DUPLICATE_RESPONSE": MINOR,
    "SV_OUT_OF_WINDOW": OBSERVATION,
    "CP_MISSING_FIELD": MINOR,
    "CP_DUPLICATE_ID": MINOR,
    "LIC_CREDIT_CODE_INVALID": MAJOR,
    "LIC_EXPIRED": MAJOR,
    "LIC_SCOPE_MISMATCH": MAJOR,
    "LIC_NAME_MISMATCH": MINOR,
    "SCOPE_NOT_ELIGIBLE": OBSERVATION,
    "OCR_LOW_CONFIDENCE": OBSERVATION,
}
CODES: dict[str, CodeSpec] = {code: CodeSpec(severity) for code, severity in _SEVERITIES.items()}

# Codes this project added that spec/findings.md does not list yet (the spec folder is
# read-only to us): pending addition to findings.md. The registry test compares the rest.
PROJECT_CODES = frozenset({"OCR_LOW_CONFIDENCE"})
