"""Thresholds and severities: the spec's defaults, overridable from a TOML file.

The numbers are the source article's guidance for the material review, not clauses of
GB/T 27922; certification bodies differ, so every one can be changed.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

from preaudit.model.findings import Severity


class ConfigError(ValueError):
    """The configuration file is unreadable or names an unknown key or value."""


@dataclass
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
    severity_overrides: dict[str, Severity] = field(default_factory=dict)


def load_config(path: Path | None, known_codes: set[str]) -> Config:
    """Read ``[thresholds]`` and ``[severity]`` tables; unknown keys are errors, not ignored."""
    config = Config()
    if path is None:
        return config
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read configuration {path}: {exc}") from exc
    _apply_thresholds(config, data.get("thresholds", {}))
    _apply_severities(config, data.get("severity", {}), known_codes)
    return config


def _apply_thresholds(config: Config, table: dict[str, object]) -> None:
    names = {f.name: f for f in fields(Config) if f.name != "severity_overrides"}
    for key, value in table.items():
        if key not in names:
            raise ConfigError(f"unknown threshold '{key}' (known: {', '.join(sorted(names))})")
        default = getattr(Config(), key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(f"threshold '{key}' must be a number, got {value!r}")
        setattr(config, key, type(default)(value))


def _apply_severities(config: Config, table: dict[str, object], known_codes: set[str]) -> None:
    for code, value in table.items():
        if code not in known_codes:
            raise ConfigError(f"unknown finding code '{code}' in [severity]")
        try:
            config.severity_overrides[code] = Severity(str(value))
        except ValueError as exc:
            raise ConfigError(f"severity of {code} must be major, minor or observation") from exc
