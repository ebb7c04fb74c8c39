"""Each bundled sample package, audited end to end, gives exactly its planted findings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from pipeline.run import RunOptions, audit

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ROOT / "sample_data" / "packages"
EXPECTED = ROOT / "sample_data" / "expected"
SCHEMA = json.loads((ROOT / "reports" / "schema" / "report.schema.json").read_text("utf-8"))
EVIDENCE_KEYS = ("file", "page", "sheet", "table", "row", "record_id")


def package_names() -> list[str]:
    return sorted(p.name for p in PACKAGES.iterdir() if p.is_dir() or p.suffix == ".zip")


def comparable(findings: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """Findings as sortable tuples: code, severity, field and the exact evidence list."""
    return sorted(
        (f["code"], f["severity"], f["field"] or "",
         tuple(sorted(tuple(str(e.get(k) or "") for k in EVIDENCE_KEYS) for e in f["evidence"])))
        for f in findings
    )


@pytest.fixture(scope="module", params=package_names())
def audited(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    name = request.param
    out = tmp_path_factory.mktemp(name.replace(".", "_"))
    result = audit(PACKAGES / name, out, RunOptions())
    expected = json.loads((EXPECTED / f"{name}.json").read_text("utf-8"))
    return name, out, result.report, expected


def test_writes_the_three_outputs(audited) -> None:
    _, out, _, _ = audited
    for name in ("report.json", "report.html", "findings.xlsx"):
        assert (out / name).stat().st_size > 0, name


def test_report_validates_against_schema(audited) -> None:
    _, out, _, _ = audited
    report = json.loads((out / "report.json").read_text("utf-8"))
    jsonschema.Draft202012Validator(SCHEMA).validate(report)


def test_findings_equal_the_planted_ones(audited) -> None:
    _, _, report, expected = audited
    assert comparable(report["findings"]) == comparable(expected["findings"])
    assert report["verdict"] == expected["verdict"]


def test_summary_numbers_equal_the_planted_ones(audited) -> None:
    _, _, report, expected = audited
    for section, numbers in expected["summary"].items():
        for key, value in numbers.items():
            assert report["summary"][section][key] == value, f"{section}.{key}"
