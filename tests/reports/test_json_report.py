from __future__ import annotations

import json
import stat
from pathlib import Path

import jsonschema

from preaudit.reports.json_report import write_json
from tests.reports.conftest import make_report

SCHEMA = Path(__file__).resolve().parents[2] / "reports" / "schema" / "report.schema.json"


def test_round_trip_keeps_content_and_key_order(tmp_path: Path) -> None:
    report = make_report()
    path = tmp_path / "report.json"
    write_json(report, path)
    text = path.read_text("utf-8")
    assert json.loads(text) == report
    assert list(json.loads(text)) == list(report)
    assert "上海申华电器有限公司" in text  # ensure_ascii=False: readable Chinese
    assert text.startswith('{\n  "schema_version"')


def test_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "report.json"
    path.write_text("old", "utf-8")
    path.chmod(0o644)
    write_json(make_report(), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_output_is_valid_against_the_schema(tmp_path: Path) -> None:
    path = tmp_path / "report.json"
    write_json(make_report(), path)
    schema = json.loads(SCHEMA.read_text("utf-8"))
    jsonschema.validate(json.loads(path.read_text("utf-8")), schema)


def test_nan_becomes_null_and_surrogates_survive(tmp_path: Path) -> None:
    report = make_report(package="bad\udcffname")
    report["summary"]["work_orders"]["response_hours_median"] = float("nan")
    path = tmp_path / "report.json"
    write_json(report, path)
    data = json.loads(path.read_bytes().decode("utf-8"))
    assert data["summary"]["work_orders"]["response_hours_median"] is None
    assert data["package"] == "bad\udcffname"
