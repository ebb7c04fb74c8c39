"""Safety limits from the ``[limits]`` table of the ``--config`` TOML file.

checks/config.py owns ``[thresholds]`` and ``[severity]`` of the same file; the limits live
here because they configure the pipeline's jail and readers, which checks never see.

    [limits]                 # the per-file jail (JobLimits)
    wall_seconds = 60
    cpu_seconds = 60
    memory_mib = 1024        # any *_bytes field may be given in MiB as *_mib
    [limits.read]            # every reader (ReadLimits)
    max_pages = 2000
    [limits.archive]         # zips (ArchiveLimits)
    max_members = 10000

Unknown keys, non-numbers and values below 1 are errors: a typo must not silently leave a
limit at its default, and a zero limit would refuse every file.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, TypeVar

from checks.config import ConfigError
from parsers.limits import MIB, ReadLimits
from pipeline.discover import ArchiveLimits
from pipeline.isolate import JobLimits

_SUBTABLES = ("read", "archive")
T = TypeVar("T")


@dataclass(frozen=True)
class Limits:
    job: JobLimits = field(default_factory=JobLimits)
    archive: ArchiveLimits = field(default_factory=ArchiveLimits)


def load_limits(path: Path | None) -> Limits:
    """The defaults, overridden by the file's ``[limits]`` table when there is one."""
    if path is None:
        return Limits()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read configuration {path}: {exc}") from exc
    table = data.get("limits", {})
    if not isinstance(table, dict):
        raise ConfigError("[limits] must be a table")
    return limits_from_table(table)


def limits_from_table(table: dict[str, Any]) -> Limits:
    job_keys = {k: v for k, v in table.items() if k not in _SUBTABLES}
    read = _apply(ReadLimits(), _subtable(table, "read"), "limits.read")
    job = _apply(JobLimits(read=read), job_keys, "limits", skip={"read"})
    archive = _apply(ArchiveLimits(), _subtable(table, "archive"), "limits.archive")
    return Limits(job=job, archive=archive)


def _subtable(table: dict[str, Any], name: str) -> dict[str, Any]:
    value = table.get(name, {})
    if not isinstance(value, dict):
        raise ConfigError(f"[limits.{name}] must be a table")
    return value


def _apply(target: T, table: dict[str, Any], where: str, skip: frozenset | set = frozenset()) -> T:
    known = {f.name for f in fields(target) if f.name not in skip}  # type: ignore[arg-type]
    changes: dict[str, int | float] = {}
    for key, value in table.items():
        name, scale = _field_name(key)
        if name not in known:
            raise ConfigError(
                f"unknown key '{key}' in [{where}] (known: {', '.join(sorted(known))})"
            )
        changes[name] = _number(value, key, where, type(getattr(target, name))) * scale
    return replace(target, **changes)  # type: ignore[type-var]


def _field_name(key: str) -> tuple[str, int]:
    """``memory_mib`` → (``memory_bytes``, 1 MiB): sizes read better in MiB."""
    if key.endswith("_mib"):
        return key[: -len("_mib")] + "_bytes", MIB
    return key, 1


def _number(value: object, key: str, where: str, kind: type) -> int | float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigError(f"[{where}] {key} must be a number, got {value!r}")
    if value <= 0:
        raise ConfigError(f"[{where}] {key} must be above zero, got {value!r}")
    if kind is int and value != int(value):
        raise ConfigError(f"[{where}] {key} must be a whole number, got {value!r}")
    return kind(value)
