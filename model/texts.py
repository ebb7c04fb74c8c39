"""Human-facing text as data: what to say (a key and its parameters), never how to say it.

The checks and the pipeline describe findings, readiness gaps and unread files with these;
reports/catalogue.py alone turns them into sentences in the report's language, so a
report.json can be re-rendered in another language without re-running the audit.
"""

from __future__ import annotations

from typing import NamedTuple, TypedDict


class Reason(NamedTuple):
    """Why a file was not read, in both report languages.

    Readers still word their reasons where they raise them (parsers/errors.py); the report
    keeps both wordings, so either language can be rendered later.
    """

    en: str
    zh: str


class Gap(TypedDict):
    """Why a requirement is not verified: a catalogue key and the values its template needs."""

    key: str
    params: dict[str, object]


def gap(key: str, **params: object) -> Gap:
    return {"key": key, "params": params}
