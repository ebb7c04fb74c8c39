"""Run settings: the ``--config`` TOML file, read once into one frozen, validated object.

    [thresholds]             # checks.config.Config: min_work_orders = 50, window_months = 3 …
    [severity]               # finding code = "major" | "minor" | "observation"
    [limits]                 # the per-file jail (JobLimits): wall_seconds, memory_mib …
    [limits.read]            # every reader (ReadLimits): max_pages …
    [limits.archive]         # zips (ArchiveLimits): max_members …

The file's schema is derived from those dataclasses (one definition of each setting, with its
default) and checked by msgspec: wrong types, unknown keys and values below 1 are refused with
the key's path (``$.limits.read.max_pages``), so a typo never silently keeps a default and a zero
limit never refuses every file. Any ``*_bytes`` limit may be written ``*_mib``.
msgspec rather than pydantic or attrs: it validates into plain frozen dataclasses we already
have, with path-bearing errors, in one small C extension and no runtime model layer (decision 120).
The package's own ``application.toml`` (``[columns]`` among it) is per package, not per run:
pipeline/manifest.py reads it.
"""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

import msgspec

from preaudit.checks.config import Config, ConfigError
from preaudit.model.findings import Severity
from preaudit.parsers.limits import MIB, ReadLimits
from preaudit.pipeline.discover import ArchiveLimits
from preaudit.pipeline.isolate import JobLimits

T = TypeVar("T")
_SEVERITIES = Literal["major", "minor", "observation"]


@dataclass(frozen=True)
class Settings:
    """Everything a run is configured with; made once by ``load_settings``, never changed."""

    checks: Config = field(default_factory=Config)
    job: JobLimits = field(default_factory=JobLimits)  # job.read: every reader's limits
    archive: ArchiveLimits = field(default_factory=ArchiveLimits)


def load_settings(path: Path | None, known_codes: set[str]) -> Settings:
    """The defaults, overridden by the file when there is one; ConfigError says what is wrong."""
    if path is None:
        return Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read configuration {path}: {exc}") from exc
    return settings_from(data, known_codes, str(path))


def settings_from(data: Mapping[str, Any], known_codes: set[str], where: str = "") -> Settings:
    try:
        given = msgspec.convert(_mib_to_bytes(data), _file_schema())
    except msgspec.ValidationError as exc:
        raise ConfigError(f"configuration {where}: {exc}".replace(" :", ":")) from exc
    unknown = sorted(set(given.severity) - known_codes)
    if unknown:
        raise ConfigError(f"unknown finding code '{unknown[0]}' in [severity]")
    limits = given.limits
    read = _overridden(ReadLimits(), limits.read)
    return Settings(
        checks=dataclasses.replace(
            _overridden(Config(), given.thresholds),
            severity_overrides={code: Severity(s) for code, s in given.severity.items()},
        ),
        job=dataclasses.replace(_overridden(JobLimits(), limits), read=read),
        archive=_overridden(ArchiveLimits(), limits.archive),
    )


def _overridden(defaults: T, given: msgspec.Struct) -> T:
    """``defaults`` with every value the file gave (the schema's fields default to None)."""
    changes = {
        name: value
        for name in given.__struct_fields__
        if (value := getattr(given, name)) is not None and not isinstance(value, msgspec.Struct)
    }
    return dataclasses.replace(defaults, **changes)  # type: ignore[type-var]


def _mib_to_bytes(data: Mapping[str, Any]) -> dict[str, Any]:
    """``memory_mib = 512`` → ``memory_bytes = 512 MiB`` in [limits] and its sub-tables."""
    result = dict(data)
    limits = data.get("limits")
    if isinstance(limits, dict):
        result["limits"] = _scaled(limits)
        for name in ("read", "archive"):
            if isinstance(limits.get(name), dict):
                result["limits"][name] = _scaled(limits[name])
    return result


def _scaled(table: dict[str, Any]) -> dict[str, Any]:
    scaled: dict[str, Any] = {}
    for key, value in table.items():
        if key.endswith("_mib") and isinstance(value, int | float) and not isinstance(value, bool):
            scaled[key[: -len("_mib")] + "_bytes"] = value * MIB if value > 0 else value
        else:
            scaled[key] = value
    return scaled


@cache
def _file_schema() -> type[msgspec.Struct]:
    """The file's shape, derived from the settings dataclasses: every key optional."""
    thresholds = _table("thresholds", Config, skip={"severity_overrides"}, at_least=0)
    read = _table("limits.read", ReadLimits)
    archive = _table("limits.archive", ArchiveLimits)
    limits = _table(
        "limits",
        JobLimits,
        skip={"read"},
        extra=[
            ("read", read, msgspec.field(default_factory=read)),
            ("archive", archive, msgspec.field(default_factory=archive)),
        ],
    )
    return msgspec.defstruct(
        "ConfigFile",
        [
            ("thresholds", thresholds, msgspec.field(default_factory=thresholds)),
            ("severity", dict[str, _SEVERITIES], msgspec.field(default_factory=dict)),
            ("limits", limits, msgspec.field(default_factory=limits)),
        ],
        forbid_unknown_fields=True,
    )


def _table(
    name: str,
    source: type,
    skip: set[str] | None = None,
    extra: list[Any] | None = None,
    at_least: int = 1,
) -> type[msgspec.Struct]:
    """One TOML table: each numeric field of ``source`` as an optional number ≥ ``at_least``
    (limits: 1, since a zero limit refuses every file; thresholds: 0, e.g. no callback sample)."""
    fields = [
        (f.name, _bounded(type(getattr(source(), f.name)), at_least) | None, None)
        for f in dataclasses.fields(source)
        if f.name not in (skip or set()) and isinstance(getattr(source(), f.name), int | float)
    ]
    return msgspec.defstruct(name, fields + (extra or []), forbid_unknown_fields=True)


def _bounded(kind: type, at_least: int) -> Any:
    # An int field takes whole numbers only (cpu_seconds = 2.5 is refused); a float field
    # takes both. Limits must be above zero, thresholds at least zero.
    meta = msgspec.Meta(gt=0) if at_least == 1 else msgspec.Meta(ge=at_least)
    return Annotated[kind, meta]
