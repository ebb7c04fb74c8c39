"""Ground truth: the records we write, where we write them, and what the package holds."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class Stamp:
    """A timestamp as written: ``timed`` is False when the file shows only the date."""

    value: datetime
    timed: bool = True

    def iso(self) -> str:
        if self.timed:
            return self.value.isoformat(timespec="minutes")
        return self.value.date().isoformat()

    @property
    def day(self) -> date:
        return self.value.date()


@dataclass
class Loc:
    """Where a record sits (the evidence conventions of model/evidence.py)."""

    file: str = ""
    page: int | None = None
    sheet: str | None = None
    table: int | None = None
    row: int | None = None

    def as_dict(self) -> dict[str, object]:
        return {"file": self.file, "page": self.page, "sheet": self.sheet,
                "table": self.table, "row": self.row}


@dataclass
class WorkOrder:
    record_id: str
    customer_name: str
    customer_phone: str
    customer_address: str
    product: str
    issue: str
    resolution: str
    reported_at: Stamp | None
    responded_at: Stamp | None
    completed_at: Stamp | None
    technician: str
    signature: str = ""  # the text in the signature cell
    signature_png: bytes | None = None  # the image drawn in the signature cell
    loc: Loc = field(default_factory=Loc)


@dataclass
class SurveyResponse:
    record_id: str
    respondent: str
    respondent_phone: str
    surveyed_at: Stamp
    overall: str | int
    items: dict[str, str | int] = field(default_factory=dict)
    loc: Loc = field(default_factory=Loc)


@dataclass
class Complaint:
    record_id: str
    customer_name: str
    customer_phone: str
    received_at: Stamp
    content: str  # 投诉内容: what the customer said, beside the reason analysis
    reason: str
    handling: str
    feedback: str
    closed_at: Stamp | None
    loc: Loc = field(default_factory=Loc)


@dataclass
class FileTruth:
    """One file of the package: what it is and the facts a parser should read from it."""

    file: str
    format: str
    kinds: list[str]
    status: str = "parsed"  # parsed | unreadable | unrecognised
    facts: dict[str, object] = field(default_factory=dict)


@dataclass
class Planted:
    """A defect put in on purpose: the finding we expect and the records that carry it."""

    code: str
    field: str | None = None
    record_ids: tuple[str, ...] = ()
    note: str = ""


@dataclass
class PackageTruth:
    name: str
    as_of: date
    manifest: dict[str, object]
    files: list[FileTruth] = field(default_factory=list)
    work_orders: list[WorkOrder] = field(default_factory=list)
    responses: list[SurveyResponse] = field(default_factory=list)
    complaints: list[Complaint] = field(default_factory=list)
    planted: list[Planted] = field(default_factory=list)

    def add_file(self, file: str, fmt: str, kinds: list[str], **facts: object) -> FileTruth:
        truth = FileTruth(file, fmt, kinds, facts=dict(facts))
        self.files.append(truth)
        return truth

    def facts_of(self, kind: str) -> tuple[FileTruth, dict[str, object]] | None:
        for item in self.files:
            if item.status == "parsed" and item.facts.get(kind):
                return item, item.facts[kind]  # type: ignore[return-value]
        return None
