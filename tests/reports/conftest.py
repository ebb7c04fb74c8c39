"""Report dicts built inline, shaped exactly like report.json."""

from __future__ import annotations

import copy
from typing import Any

import pytest


def entry(
    requirement: str, state: str = "ready", codes: list[str] | None = None, missing=None
) -> dict[str, Any]:
    """One readiness entry of report.json."""
    return {
        "requirement": requirement,
        "state": state,
        "reason": None,
        "gaps": [],
        "codes": codes or [],
        "missing": missing or [],
    }


BASE: dict[str, Any] = {
    "schema_version": "1",
    "tool_version": "0.1.0",
    "package": "defects",
    "applicant": "上海申华电器有限公司",
    "credit_code": "91310115MA1K4PQ7XH",
    "scope": "家用电器的销售及售后服务",
    "target_level": "四星",
    "lang": "zh",
    "as_of": "2026-11-20",
    "window": {"start": "2026-08-20", "end": "2026-11-20"},
    "verdict": "not_ready",
    "counts": {"major": 1, "minor": 3, "observation": 0},
    "documents": [
        {
            "file": "资料/附件1.xlsx",
            "sha256": "ab" * 32,
            "format": "xlsx",
            "kinds": ["work_orders", "complaint_ledger"],
            "status": "parsed",
            "records": 62,
            "error": None,
            "reason_text": None,
            "unmapped_columns": ["备注"],
            "notes": [],
        },
        {
            "file": "scan_0007.pdf",
            "sha256": "cd" * 32,
            "format": "pdf",
            "kinds": [],
            "status": "unreadable",
            "records": 0,
            "error": "文件已加密",
            "reason_text": {"en": "the file is encrypted", "zh": "文件已加密"},
            "unmapped_columns": [],
            "notes": [],
        },
    ],
    "summary": {
        "work_orders": {
            "total": 62,
            "in_window": 60,
            "qualifying": 38,
            "required": 50,
            "signed": 61,
            "response_hours_median": 5.5,
            "committed_response_hours": 24,
            "window_months": 3,
            "per_week": [
                {"week_start": "2026-08-17", "count": 4},
                {"week_start": "2026-08-24", "count": 0},
                {"week_start": "2026-08-31", "count": 9},
            ],
            "outside_weeks": 2,
            "response_hours_histogram": [
                {"upto": 4, "count": 40},
                {"upto": 24, "count": 19},
                {"upto": None, "count": 1},
            ],
        },
        "survey": {
            "responses": 110,
            "stated_sample_size": 112,
            "satisfaction_rate": 0.95,
            "stated_satisfaction_rate": 0.964,
            "required": 100,
            "rating_distribution": [
                {"rating": "非常满意", "count": 70, "satisfied": True},
                {"rating": "满意", "count": 34, "satisfied": True},
                {"rating": "一般", "count": 6, "satisfied": False},
            ],
        },
        "complaints": {"total": 30, "complete": 29},
        "materials": {"required": 12, "present": 11, "missing": ["org_chart"]},
    },
    "findings": [
        {
            "code": "WO_COUNT_BELOW_MIN",
            "severity": "major",
            "field": None,
            "title": "有效工单数量不足",
            "message": "近 3 个月内合格工单 38 份，少于要求的 50 份",
            "evidence": [],
        },
        {
            "code": "WO_MISSING_FIELD",
            "severity": "minor",
            "field": "customer_phone",
            "title": "工单缺少必填字段",
            "message": "2 张工单缺少「客户电话」",
            "evidence": [
                {
                    "file": "资料/附件1.xlsx",
                    "page": None,
                    "sheet": "工单",
                    "table": None,
                    "row": 5,
                    "record_id": "GD20260901",
                },
                {
                    "file": "资料/附件1.xlsx",
                    "page": None,
                    "sheet": "工单",
                    "table": None,
                    "row": 9,
                    "record_id": "GD20260905",
                },
            ],
        },
        {
            "code": "WO_MISSING_SIGNATURE",
            "severity": "minor",
            "field": None,
            "title": "工单缺少客户签字",
            "message": "1 张工单没有客户签字",
            "evidence": [
                {
                    "file": "资料/附件1.xlsx",
                    "page": None,
                    "sheet": "工单",
                    "table": None,
                    "row": 5,
                    "record_id": "GD20260901",
                },
            ],
        },
        {
            "code": "DOC_UNREADABLE",
            "severity": "minor",
            "field": None,
            "title": "文件无法读取",
            "message": "1 个文件无法读取：scan_0007.pdf（文件已加密）",
            "evidence": [
                {
                    "file": "scan_0007.pdf",
                    "page": None,
                    "sheet": None,
                    "table": None,
                    "row": None,
                    "record_id": None,
                }
            ],
        },
    ],
    "readiness": [
        entry("work_order_count", "not_ready", ["WO_COUNT_BELOW_MIN"]),
        entry("work_order_fields", "not_ready", ["WO_MISSING_FIELD"]),
        entry("work_order_signatures", "not_ready", ["WO_MISSING_SIGNATURE"]),
        entry("survey_sample"),
        entry("complaint_chain"),
        entry("response_time"),
        entry("materials", "not_ready", ["DOC_UNREADABLE", "DOC_MISSING"], ["org_chart"]),
        entry("licence"),
    ],
    "callback_sample": [
        {
            "record_id": "GD20260903",
            "file": "资料/附件1.xlsx",
            "page": None,
            "sheet": "工单",
            "table": None,
            "row": 7,
            "customer_name": "王建国",
            "customer_phone": "13800138000",
            "reported_at": "2026-09-03",
        },
    ],
}


def make_report(**overrides: Any) -> dict[str, Any]:
    """A fresh copy of the base report with top-level keys replaced."""
    report = copy.deepcopy(BASE)
    report.update(overrides)
    return report


def evidence(file: str, **where: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "file": file,
        "page": None,
        "sheet": None,
        "table": None,
        "row": None,
        "record_id": None,
    }
    entry.update(where)
    return entry


def finding(code: str, severity: str = "minor", **rest: Any) -> dict[str, Any]:
    item: dict[str, Any] = {
        "code": code,
        "severity": severity,
        "field": None,
        "title": code.lower(),
        "message": f"message of {code}",
        "evidence": [],
        "params": {},
    }
    item.update(rest)
    return item


def set_readiness(report: dict[str, Any], requirement: str, state: str, **rest: Any) -> None:
    """Replace one requirement's readiness entry (as checks/readiness.py would have decided)."""
    for entry in report["readiness"]:
        if entry["requirement"] == requirement:
            entry.update(state=state, reason=None, codes=[], missing=[])
            entry.update(rest)


@pytest.fixture
def report() -> dict[str, Any]:
    return make_report()
