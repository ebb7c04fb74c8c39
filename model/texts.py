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


class Note(str):
    """A reader's note on a file (a sheet read though hidden, dates it could not read …) in
    both report languages, like a Reason: the text itself is the English (logs,
    ``preaudit explain``, tests), ``zh`` the Chinese; the report shows its own language."""

    zh: str

    def __new__(cls, en: str, zh: str) -> Note:
        note = super().__new__(cls, en)
        note.zh = zh
        return note

    def __reduce__(self) -> tuple[type[Note], tuple[str, str]]:
        return (Note, (str(self), self.zh))  # pickled into and out of the reader's child


class ReasonText(TypedDict):
    """A text in both report languages, as report.json keeps it."""

    en: str
    zh: str


def note_text(note: str) -> ReasonText:
    """Both wordings of a note; a plain string (an older cache entry) reads the same in both."""
    return {"en": str(note), "zh": getattr(note, "zh", str(note))}


class Gap(TypedDict):
    """Why a requirement is not verified: a catalogue key and the values its template needs."""

    key: str
    params: dict[str, object]


def gap(key: str, **params: object) -> Gap:
    return {"key": key, "params": params}
