"""Read ``application.toml`` (every key optional)."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

from preaudit.model.package import Manifest
from preaudit.model.records import (
    CANONICAL_FIELDS,
    ITEM,
    NO_FIELD,
    OTHER_DOCUMENT,
    PRESENCE_MATERIALS,
    column_key,
)
from preaudit.pipeline.exitcodes import PackageError

MANIFEST_NAME = "application.toml"
_KEYS = {
    "applicant", "credit_code", "scope", "as_of", "target_level", "response_hours", "columns",
    "documents",
}


def read_manifest(path: Path | None) -> tuple[Manifest, list[str]]:
    """The manifest and warnings about keys we do not know (kept, not fatal)."""
    if path is None:
        return Manifest(), []
    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8-sig"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PackageError(f"{MANIFEST_NAME} is not valid TOML: {exc}") from exc
    warnings = [f"{MANIFEST_NAME}: unknown key '{k}' ignored" for k in sorted(set(data) - _KEYS)]
    return Manifest(
        applicant=_str(data, "applicant"),
        credit_code=_str(data, "credit_code"),
        scope=_str(data, "scope"),
        as_of=_date(data.get("as_of")),
        target_level=_str(data, "target_level"),
        response_hours=_hours(data.get("response_hours")),
        columns=_columns(data.get("columns")),
        file_columns=_file_columns(data.get("columns")),
        documents=_documents(data.get("documents")),
    ), warnings


def _file_columns(value: object) -> dict[str, dict[str, str]]:
    """[columns."path/in/package"]: headers mapped for that file only (decision 218), checked
    like the package's own [columns]."""
    if not isinstance(value, dict):
        return {}
    return {_package_path(path): _columns(table)
            for path, table in value.items() if isinstance(table, dict)}


def _documents(value: object) -> dict[str, str]:
    """[documents]: "path in the package" = "material"; only a material whose presence is all
    the checks ask (decision 217): a licence, a commitment or records must be read. "other"
    says the file is none of them and holds no records (decision 230)."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PackageError(f"{MANIFEST_NAME}: [documents] must be a table of file = material")
    allowed = [*sorted(PRESENCE_MATERIALS), OTHER_DOCUMENT]
    documents: dict[str, str] = {}
    for path, kind in value.items():
        if kind not in allowed:
            raise PackageError(
                f"{MANIFEST_NAME}: [documents] '{path}' = {kind!r} is not a material it may "
                f"name ({', '.join(allowed)}; {OTHER_DOCUMENT!r} is a file that is none)"
            )
        documents[_package_path(path)] = kind
    return documents


def _package_path(path: object) -> str:
    """A file's path as application.toml writes it, in the form documents list it
    (资料/附件6.docx)."""
    return str(path).replace("\\", "/").strip("/")


def _str(data: dict[str, object], key: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise PackageError(f"{MANIFEST_NAME}: '{key}' must be text, got {value!r}")
    return value.strip() or None


def _date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise PackageError(f"{MANIFEST_NAME}: as_of must be a date like 2026-11-20") from exc


def _hours(value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise PackageError(f"{MANIFEST_NAME}: response_hours must be a positive number")
    return float(value)


def _columns(value: object) -> dict[str, str]:
    """[columns]: "header as written" = "canonical field", "item" for a survey's item score
    (decision 214), or "" for no field (recognition leaves the column alone, decision 213);
    an unknown field is an error."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PackageError(f"{MANIFEST_NAME}: [columns] must be a table of header = field")
    fields = {name for names in CANONICAL_FIELDS.values() for name in names} | {ITEM, NO_FIELD}
    columns: dict[str, str] = {}
    for header, name in value.items():
        if isinstance(name, dict):
            continue  # [columns."file"]: one file's own table (_file_columns)
        if not isinstance(name, str) or name not in fields:
            known = ", ".join(sorted(fields - {NO_FIELD})) + ', or "" for none'
            raise PackageError(
                f"{MANIFEST_NAME}: [columns] '{header}' = {name!r} is not a field ({known})"
            )
        columns[column_key(header)] = name
    return columns
