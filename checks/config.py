"""Thresholds and severities: the spec's defaults, overridable from the ``--config`` TOML file
(read and validated once by pipeline/settings.py).

The numbers are the source article's guidance for the material review, not clauses of
GB/T 27922; certification bodies differ, so every one can be changed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from preaudit.model.findings import Severity


class ConfigError(ValueError):
    """The configuration file is unreadable or names an unknown key or value."""


@dataclass(frozen=True)
class Config:
    min_work_orders: int = 50
    min_survey_responses: int = 100
    window_months: int = 3
    # SV_STATED_MISMATCH tolerance on the rate, as a fraction (0.01 = 1 percentage point)
    rate_tolerance: float = 0.01
    callback_sample_size: int = 10
    callback_seed: int = 0
    # WO_SIGNATURE_REUSED: differing bits (of a 128-bit ink hash) under which two signature
    # pictures are the same picture pasted, re-encoded or scanned (0 = identical only);
    # measured in bench/signatures.md, decision 110
    signature_max_bits: int = 28
    severity_overrides: Mapping[str, Severity] = field(default_factory=dict)
