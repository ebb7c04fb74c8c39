"""What every check receives: canonical record frames plus the package's facts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

import pandas as pd
from pandas.api.types import is_datetime64_dtype

from preaudit.checks.config import Config
from preaudit.checks.window import Window, window_for
from preaudit.model.package import DocStatus, DocumentEntry, Manifest
from preaudit.model.records import (
    CANONICAL_FIELDS,
    PROVENANCE_COLUMNS,
    TIMESTAMP_FIELDS,
    DocKind,
    RecordKind,
)

T = TypeVar("T")


@dataclass
class CheckContext:
    records: dict[RecordKind, pd.DataFrame]
    documents: list[DocumentEntry]
    # facts per kind (business_license, survey_report, service_commitment), one per file
    facts: dict[str, list[dict[str, object]]]
    manifest: Manifest
    as_of: date
    config: Config = field(default_factory=Config)
    # Derived per-run values several checks need (e.g. the qualifying work orders), computed
    # once: the frames never change during a run.
    _derived: dict[str, object] = field(default_factory=dict, repr=False)

    def derived(self, name: str, compute: Callable[[], T]) -> T:
        if name not in self._derived:
            self._derived[name] = compute()
        return self._derived[name]  # type: ignore[return-value]

    @property
    def window(self) -> Window:
        return window_for(self.as_of, self.config.window_months)

    def frame(self, kind: RecordKind) -> pd.DataFrame:
        if kind in self.records:
            return self.records[kind]
        # Not a default argument of get(): building an empty frame costs a few ms, and the
        # rules ask for frames hundreds of times a run.
        return self.derived(f"empty_frame.{kind.value}", lambda: make_frame(kind, []))

    def first_fact(self, kind: str) -> dict[str, object] | None:
        found = self.facts.get(kind) or []
        return found[0] if found else None

    def files_of(self, kind: DocKind) -> list[str]:
        """The readable files recognised as ``kind``, in package order."""
        return [d.file for d in self.documents if d.status == DocStatus.PARSED and kind in d.kinds]

    def unproven_files(self, kind: DocKind) -> list[str]:
        """The readable files holding a table of unproven record kind that may be ``kind``
        (decision 220): not evidence of it, nor of its absence."""
        return [d.file for d in self.documents
                if d.status == DocStatus.PARSED and kind.value in d.unproven]

    def missing_kinds(self) -> list[DocKind]:
        """The required kinds of material no readable file was recognised as, less those a
        table of unproven record kind may be: those are not verified, not missing (decision
        221). DOC_MISSING and the summary judge by this one list."""
        present = {kind for d in self.documents if d.status == DocStatus.PARSED for kind in d.kinds}
        return [kind for kind in DocKind
                if kind.value not in present and not self.unproven_files(kind)]


def frame_columns(kind: RecordKind) -> list[str]:
    columns = list(CANONICAL_FIELDS[kind]) + list(PROVENANCE_COLUMNS)
    for name in TIMESTAMP_FIELDS[kind]:
        columns += [f"_{name}_has_time", f"_{name}_raw"]
    if kind is RecordKind.WORK_ORDER:
        columns.append("signature_image")
    return columns


def make_frame(kind: RecordKind, rows: list[dict[str, object]]) -> pd.DataFrame:
    """Canonical frame for one record kind: every expected column present, timestamps typed."""
    columns = frame_columns(kind)
    extra = sorted({key for row in rows for key in row} - set(columns))
    frame = pd.DataFrame(rows, columns=columns + extra)
    # Every value a plain object, missing ones None; but timestamp columns pandas already
    # typed skip the round trip through one Timestamp object per cell (a third of the time).
    typed = [name for name in TIMESTAMP_FIELDS[kind] if is_datetime64_dtype(frame[name])]
    plain = frame.drop(columns=typed)
    plain = plain.astype(object).where(plain.notna(), None)
    for name in typed:
        plain[name] = frame[name]
    frame = plain[columns + extra]
    for name in TIMESTAMP_FIELDS[kind]:
        frame[name] = pd.to_datetime(frame[name], errors="coerce")
        flag = f"_{name}_has_time"
        frame[flag] = frame[flag].map(bool)
    return frame.reset_index(drop=True)
