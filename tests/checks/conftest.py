"""Inline canonical records for rule tests: one clean record, then override what a test plants."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest

from preaudit.checks.config import Config
from preaudit.checks.context import CheckContext, make_frame
from preaudit.checks.registry import run_checks
from preaudit.model.findings import Finding
from preaudit.model.package import DocStatus, DocumentEntry, Manifest
from preaudit.model.records import DocKind, RecordKind

AS_OF = date(2026, 11, 20)

# Provenance of the same record as three readers would report it (findings.md "Locations").
LOCATIONS = {
    "xlsx": {"_file": "附件1.xlsx", "_sheet": "工单", "_page": None, "_table": None},
    "docx": {"_file": "资料/附件2.docx", "_sheet": None, "_page": None, "_table": 1},
    "pdf-form": {"_file": "scan_0007.pdf", "_sheet": None, "_table": None, "_row": None},
}


def work_order(n: int, fmt: str = "xlsx", **overrides: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "record_id": f"GD2026{n:05d}",
        "customer_name": f"客户{n}",
        "customer_phone": f"138{n:08d}",
        "customer_address": "上海市浦东新区张江路88号",
        "product": "海尔冰箱BCD-470",
        "issue": "冰箱不制冷",
        "resolution": "更换启动电容，试机正常",
        # spread over the whole window (2026-08-21 … 2026-11-17), all three months covered
        "reported_at": datetime(2026, 8, 21, 9, 0) + timedelta(days=(n * 7) % 88),
        "responded_at": None,
        "completed_at": None,
        "technician": "张师傅",
        "signature": f"客户{n}",
        "signature_image": None,
        "_reported_at_has_time": True,
        "_responded_at_has_time": True,
        "_completed_at_has_time": True,
        "_row": n + 1,
        "_page": n if fmt == "pdf-form" else None,
    }
    record.update(LOCATIONS[fmt])
    if fmt == "pdf-form":
        record["_page"] = n
        record["_row"] = None
    elif fmt == "docx":
        record["_row"] = n + 1
    record["responded_at"] = record["reported_at"].replace(hour=15)
    record["completed_at"] = record["reported_at"].replace(hour=17)
    record.update(overrides)
    return record


def survey(n: int, **overrides: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "record_id": f"WJ{n:04d}",
        "respondent": f"受访者{n}",
        "respondent_phone": f"139{n:08d}",
        "surveyed_at": datetime(2026, 10, 10),
        "overall": "满意",
        "_surveyed_at_has_time": False,
        "_file": "附件3.xlsx",
        "_sheet": "满意度调查",
        "_row": n + 2,
        "_page": None,
        "_table": None,
    }
    record.update(overrides)
    return record


def enough_surveys() -> list[dict[str, Any]]:
    """As many valid distinct responses as the default rule needs: a survey that passes."""
    return [survey(n) for n in range(1, 101)]


def complaint(n: int, **overrides: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "record_id": f"TS{n:03d}",
        "customer_name": f"投诉人{n}",
        "customer_phone": f"137{n:08d}",
        "received_at": datetime(2026, 10, 5),
        "reason": "上门迟到",
        "handling": "致歉并调整排班",
        "feedback": "满意",
        "closed_at": datetime(2026, 10, 8),
        "_received_at_has_time": False,
        "_closed_at_has_time": False,
        "_file": "scan_0003.pdf",
        "_page": 1,
        "_table": 1,
        "_row": n + 1,
        "_sheet": None,
    }
    record.update(overrides)
    return record


def all_kinds_documents() -> list[DocumentEntry]:
    return [DocumentEntry(f"{k.value}.pdf", "pdf", "0" * 64, kinds=[k.value]) for k in DocKind]


def make_ctx(
    work_orders: list[dict[str, Any]] | None = None,
    surveys: list[dict[str, Any]] | None = None,
    complaints: list[dict[str, Any]] | None = None,
    facts: dict[str, list[dict[str, object]]] | None = None,
    manifest: Manifest | None = None,
    documents: list[DocumentEntry] | None = None,
    config: Config | None = None,
) -> CheckContext:
    frames = {
        RecordKind.WORK_ORDER: make_frame(RecordKind.WORK_ORDER, work_orders or []),
        RecordKind.SURVEY_RESPONSE: make_frame(RecordKind.SURVEY_RESPONSE, surveys or []),
        RecordKind.COMPLAINT: make_frame(RecordKind.COMPLAINT, complaints or []),
    }
    return CheckContext(
        records=frames,
        documents=all_kinds_documents() if documents is None else documents,
        facts=facts or {},
        manifest=manifest or Manifest(),
        as_of=AS_OF,
        config=config or Config(),
    )


def codes_of(findings: list[Finding]) -> set[tuple[str, str | None]]:
    return {(f.code, f.field) for f in findings}


def flagged(findings: list[Finding], code: str, field: str | None = None) -> list[str | None]:
    """record_ids (or files) in the evidence of one finding; [] when it is absent."""
    for f in findings:
        if f.code == code and f.field == field:
            return [e.record_id or e.file for e in f.evidence]
    return []


@pytest.fixture
def run():
    return run_checks


def unparsed(name: str) -> DocumentEntry:
    return DocumentEntry(name, "pdf", "", status=DocStatus.UNREADABLE, error="not a valid PDF")
