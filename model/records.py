"""The format-agnostic record model between parsers and checks.

A reader turns one file into a :class:`RawDocument` (tables and text with provenance).
One shared step (``parsers.recognise``) decides what each table or text is and maps it
onto the canonical fields below, giving an :class:`ExtractedFile`. Checks only ever see
canonical records, never a format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

# A cell as a reader hands it over: text, a number, a date (readers that know a cell is a
# date, e.g. an Excel date format, convert it themselves), or empty.
CellValue = str | int | float | datetime | date | None


class RecordKind(StrEnum):
    """Row-level record kinds: each becomes one DataFrame for the checks."""

    WORK_ORDER = "work_orders"
    SURVEY_RESPONSE = "survey_responses"
    COMPLAINT = "complaints"


class DocKind(StrEnum):
    """What a document is; the values are the names findings.md uses under DOC_MISSING."""

    BUSINESS_LICENSE = "business_license"
    SERVICE_POLICY = "service_policy"
    SERVICE_PROCESS = "service_process"
    JOB_DESCRIPTIONS = "job_descriptions"
    STAFF_TRAINING = "staff_training"
    EQUIPMENT_LIST = "equipment_list"
    SERVICE_OUTLETS = "service_outlets"
    ORG_CHART = "org_chart"
    SERVICE_COMMITMENT = "service_commitment"
    WORK_ORDERS = "work_orders"
    SATISFACTION_SURVEY = "satisfaction_survey"
    COMPLAINT_LEDGER = "complaint_ledger"


# Materials whose presence is all the checks ask of them: no record, no fact read from them.
# application.toml's [documents] may name a file one of these where recognition could not
# (decision 217); a licence, a commitment or records must be read to count.
PRESENCE_MATERIALS = frozenset({
    DocKind.SERVICE_POLICY, DocKind.SERVICE_PROCESS, DocKind.JOB_DESCRIPTIONS,
    DocKind.STAFF_TRAINING, DocKind.EQUIPMENT_LIST, DocKind.SERVICE_OUTLETS, DocKind.ORG_CHART,
})
# What [documents] calls a file that is none of those materials and holds no records the
# checks judge (a maintenance plan or an owners' register read as work orders): it counts for
# nothing, and rows read from it as records are not checked (decision 230).
OTHER_DOCUMENT = "other"

# The document kind a record kind proves present.
DOC_KIND_OF_RECORDS = {
    RecordKind.WORK_ORDER: DocKind.WORK_ORDERS,
    RecordKind.SURVEY_RESPONSE: DocKind.SATISFACTION_SURVEY,
    RecordKind.COMPLAINT: DocKind.COMPLAINT_LEDGER,
}
# Their names, as documents list them: one set for recognition, the checks and the pipeline.
RECORD_DOC_KINDS = frozenset(kind.value for kind in DOC_KIND_OF_RECORDS.values())
# What a file is listed as when it holds records whose kind no column proves (decision 220).
UNPROVEN_RECORDS = "unproven_records"

# Fields written out case by case, never picked from a list: a fault, a remedy, a complaint
# and its handling (a reason holding codes, A类, is a category beside the complaint's words).
FREE_TEXT_FIELDS = frozenset({"issue", "resolution", "handling", "reason"})

TIMESTAMP_FIELDS = {
    RecordKind.WORK_ORDER: ("reported_at", "responded_at", "completed_at"),
    RecordKind.SURVEY_RESPONSE: ("surveyed_at",),
    RecordKind.COMPLAINT: ("received_at", "closed_at"),
}

# What [columns] gives a header that is no field: recognition must leave that column alone
# (a phone of the desk read as the customer's, say; decision 213).
NO_FIELD = ""
# What [columns] gives a column of a survey's item scores (服务态度, 响应速度, Q3 …), which the
# spec lists among a survey response's fields without a name of their own (decision 214).
ITEM = "item"


def column_key(header: object) -> str:
    """A header as application.toml's [columns] names it: without white space. A PDF's narrow
    column wraps 保修工单号 one character a line and 字段10 as 字段1⏎0, so the reader hands over
    保 修 工 单 号, while the consultant writes what the page shows (decision 212)."""
    return "".join(str(header if header is not None else "").split())


# Canonical fields per record kind (spec/README.md "Record kinds and their canonical fields").
CANONICAL_FIELDS: dict[RecordKind, tuple[str, ...]] = {
    RecordKind.WORK_ORDER: (
        "record_id",
        "customer_name",
        "customer_phone",
        "customer_address",
        "product",
        "issue",
        "resolution",
        "reported_at",
        "responded_at",
        "completed_at",
        "technician",
        "signature",
    ),
    RecordKind.SURVEY_RESPONSE: (
        "record_id",
        "respondent",
        "respondent_phone",
        "surveyed_at",
        "overall",
    ),
    RecordKind.COMPLAINT: (
        "record_id",
        "customer_name",
        "customer_phone",
        "received_at",
        "reason",
        "handling",
        "feedback",
        "closed_at",
    ),
}

# Provenance columns carried by every canonical record; names start with "_" so they can
# never collide with a canonical field.
PROVENANCE_COLUMNS = ("_file", "_page", "_sheet", "_table", "_row")


@dataclass
class RowLocation:
    """Where one row of a raw table sits in its file (1-based).

    ``row`` is the worksheet row number for workbooks, and the row within the logical
    table (header row = 1) for Word and PDF tables.
    """

    row: int
    page: int | None = None


@dataclass
class RawTable:
    """A table as read, before anyone knows what it holds."""

    rows: list[list[CellValue]]
    locations: list[RowLocation]
    sheet: str | None = None
    table_index: int | None = None  # 1-based index of the table in its file (Word, PDF)
    page: int | None = None  # first page the table is on
    title: str = ""  # text just above the table (sheet title rows, a heading)
    # (row index, column index) -> sha256 of each image inside that cell
    images: dict[tuple[int, int], list[str]] = field(default_factory=dict)
    # True for a table that is one page of a one-record-per-page form (PDF forms)
    whole_page: bool = False
    # (row index, column index) -> lowest OCR confidence (0-1) of the text in that cell;
    # empty for born-digital tables, whose text is exact
    scores: dict[tuple[int, int], float] = field(default_factory=dict)
    # (row index, column index) -> the text as OCR read it, for cells whose text
    # parsers/ocr_repair.py repaired (a fused date and time split, O read for 0)
    ocr_raw: dict[tuple[int, int], str] = field(default_factory=dict)


@dataclass
class TextBlock:
    """Running text of a page (PDF) or of the whole body (Word; page is None)."""

    text: str
    page: int | None = None


@dataclass
class RawDocument:
    file: str
    format: str
    tables: list[RawTable] = field(default_factory=list)
    texts: list[TextBlock] = field(default_factory=list)
    page_count: int | None = None
    # What the reader skipped or cut because of a limit, in plain words (copied to the
    # ExtractedFile's notes, so it reaches report.json): nothing is dropped silently.
    notes: list[str] = field(default_factory=list)

    @property
    def full_text(self) -> str:
        return "\n".join(block.text for block in self.texts)


@dataclass
class ExtractedFile:
    """What one file contributed once recognised and mapped to canonical fields.

    Records are plain dicts (picklable, so a worker process can return them): canonical
    fields plus the provenance columns ``_file _page _sheet _table _row``, and for each
    timestamp field ``F`` the helpers ``_F_has_time`` (bool) and ``_F_raw`` (the text when it
    could not be parsed). ``signature_image`` holds the sha256 of an image in the signature
    cell. Facts are document-level values, keyed by kind (``business_license``,
    ``survey_report``, ``service_commitment``).
    """

    kinds: list[str] = field(default_factory=list)
    records: dict[str, list[dict[str, object]]] = field(default_factory=dict)
    facts: dict[str, dict[str, object]] = field(default_factory=dict)
    unmapped_columns: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # The record document kinds (work_orders, complaint_ledger …) a table of unproven record
    # kind may hold: none of them is proven present, and none may be called missing (decision
    # 220). ``kinds`` then lists UNPROVEN_RECORDS.
    unproven: list[str] = field(default_factory=list)

    @property
    def record_count(self) -> int:
        return sum(len(rows) for rows in self.records.values())
