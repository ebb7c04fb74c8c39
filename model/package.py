"""The applicant package as discovered, and the manifest."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from preaudit.model.texts import Reason, note_text

if TYPE_CHECKING:
    from preaudit.model.report import DocumentDict

# The mark every report preaudit writes carries (HTML generator meta, xlsx creator), so that a
# report copied into a package is known as ours and never audited as the applicant's evidence.
GENERATOR = "preaudit"


@dataclass
class Manifest:
    """``application.toml`` at the package root; every key optional."""

    applicant: str | None = None
    credit_code: str | None = None
    scope: str | None = None
    as_of: date | None = None
    target_level: str | None = None
    response_hours: float | None = None
    # [columns]: a header exactly as written -> canonical field; wins over recognition
    columns: dict[str, str] = field(default_factory=dict)
    # [columns."path/in/package.xlsx"]: the same for one file only, over the above (decision 218)
    file_columns: dict[str, dict[str, str]] = field(default_factory=dict)
    # [documents]: a file's path in the package -> the material it is, where recognition could
    # not tell (decision 217); listed in the report like [columns]
    documents: dict[str, str] = field(default_factory=dict)


class DocStatus:
    PARSED = "parsed"
    UNREADABLE = "unreadable"
    UNRECOGNISED = "unrecognised"


@dataclass
class DocumentEntry:
    """One file of the package, as report.json's ``documents`` lists it."""

    file: str
    format: str
    sha256: str
    kinds: list[str] = field(default_factory=list)
    status: str = DocStatus.PARSED
    records: int = 0
    reason: Reason | None = None  # why it is unreadable, in both languages
    unmapped_columns: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # the record document kinds a table of unproven record kind in it may hold (decision 220)
    unproven: list[str] = field(default_factory=list)

    def to_dict(self) -> DocumentDict:
        return {
            "file": self.file,
            "sha256": self.sha256,
            "format": self.format,
            "kinds": list(self.kinds),
            "status": self.status,
            "records": self.records,
            "error": None,  # rendered in the report's language (reports/catalogue.py)
            "reason_text": {"en": self.reason.en, "zh": self.reason.zh} if self.reason else None,
            "unmapped_columns": list(self.unmapped_columns),
            "unproven_kinds": list(self.unproven),
            "notes": [str(note) for note in self.notes],  # worded again in the report's language
            "notes_text": [note_text(note) for note in self.notes],
        }
