"""Write the expected findings and the ground-truth records of one package as JSON."""

from __future__ import annotations

import hashlib
import json
from dataclasses import fields
from datetime import date
from pathlib import Path

from sample_data.gen.model import Complaint, PackageTruth, Stamp, SurveyResponse, WorkOrder
from sample_data.gen.rules import expected

RECORD_KEYS = {
    "work_orders": ("record_id", "customer_name", "customer_phone", "customer_address", "product",
                    "issue", "resolution", "reported_at", "responded_at", "completed_at",
                    "technician", "signature"),
    "survey_responses": ("record_id", "respondent", "respondent_phone", "surveyed_at", "overall"),
    "complaints": ("record_id", "customer_name", "customer_phone", "received_at", "reason",
                   "handling", "feedback", "closed_at"),
}


def write_expected(truth: PackageTruth, expected_dir: Path) -> dict[str, object]:
    expected_dir.mkdir(parents=True, exist_ok=True)
    result = expected(truth)
    check_planted(truth, result)
    _dump(expected_dir / f"{truth.name}.json", result)
    _dump(expected_dir / f"{truth.name}.records.json", records(truth))
    return result


def check_planted(truth: PackageTruth, result: dict[str, object]) -> None:
    """The findings the rules derive must be exactly the ones we meant to plant: a stray
    defect in the "good" records (an unlucky random date, a phone typo) fails the build."""
    planted: dict[tuple[str, str | None], set[str]] = {}
    for item in truth.planted:
        planted.setdefault((item.code, item.field), set()).update(item.record_ids)
    found = {(f["code"], f["field"]): {e["record_id"] for e in f["evidence"] if e["record_id"]}
             for f in result["findings"]}  # type: ignore[union-attr, index]
    if found != planted:
        raise AssertionError(f"{truth.name}: planted {planted} but rules give {found}")


def _dump(path: Path, data: object) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2, default=_plain)
    path.write_text(text + "\n", encoding="utf-8")


def _plain(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(type(value))


def records(truth: PackageTruth) -> dict[str, object]:
    groups = {"work_orders": truth.work_orders, "survey_responses": truth.responses,
              "complaints": truth.complaints}
    files = []
    for item in truth.files:
        own = {kind: [_record(r, RECORD_KEYS[kind]) for r in rows if r.loc.file == item.file]
               for kind, rows in groups.items()}
        files.append({"file": item.file, "format": item.format, "kinds": item.kinds,
                      "status": item.status, "facts": item.facts,
                      "records": {kind: rows for kind, rows in own.items() if rows}})
    return {"package": truth.name, "as_of": truth.as_of, "manifest": truth.manifest,
            "files": files}


def _record(record: WorkOrder | SurveyResponse | Complaint, keys: tuple[str, ...]) -> dict:
    out: dict[str, object] = {}
    for key in keys:
        value = getattr(record, key)
        out[key] = value.iso() if isinstance(value, Stamp) else (value if value != "" else None)
    if isinstance(record, WorkOrder):
        png = record.signature_png
        out["signature_image_sha256"] = hashlib.sha256(png).hexdigest() if png else None
    if isinstance(record, Complaint):
        out["content"] = record.content  # 投诉内容, written beside 原因分析 (the reason)
    if isinstance(record, SurveyResponse) and record.items:
        out["items"] = record.items
    out["location"] = record.loc.as_dict()
    assert {f.name for f in fields(record)} >= set(keys)
    return out
