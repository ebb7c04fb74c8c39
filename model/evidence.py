"""Where a finding points: a file inside the package and a position in it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypedDict


class EvidenceDict(TypedDict):
    """An Evidence as report.json holds it."""

    file: str
    page: int | None
    sheet: str | None
    table: int | None
    row: int | None
    record_id: str | None


@dataclass(frozen=True, order=True)
class Evidence:
    """A location inside the package. Every number is 1-based; ``file`` uses ``/``.

    Workbooks: ``sheet`` + ``row`` (the row number Excel shows).
    Word / PDF tables: ``table`` (index of the table in the file) + ``row`` (header row = 1),
    plus ``page`` where the format has pages. PDF forms (one record per page): ``page``.
    """

    file: str
    page: int | None = None
    sheet: str | None = None
    table: int | None = None
    row: int | None = None
    record_id: str | None = None

    def to_dict(self) -> EvidenceDict:
        return {
            "file": self.file,
            "page": self.page,
            "sheet": self.sheet,
            "table": self.table,
            "row": self.row,
            "record_id": self.record_id,
        }
