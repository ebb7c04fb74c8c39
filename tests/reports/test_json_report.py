from __future__ import annotations

import json
import stat
from pathlib import Path

import jsonschema

from preaudit.reports.json_report import report_bytes, write_json
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


def _stdlib_bytes(report: dict) -> bytes:
    """What report.json was before msgspec laid it out: the standard library's indenting."""
    text = json.dumps(report, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    return text.encode("utf-8", "backslashreplace")


AWKWARD = {
    "empty": [[], {}, [[]], {"": {}}],
    "floats": [0.1, 1 / 3, -0.0, 3.0, 1e16, 1e-7, 5e-324, 1.7976931348623157e308, 12345.678],
    "ints": [0, -1, 10**20],
    "text": "".join(chr(i) for i in range(0x80)) + "\u2028\u2029\u00a0\ufeff你\U0001f600\x85",
    "escapes": 'a"b\\c/d\te\nf\rg',
    "values": [None, True, False, (1, "two")],
    1: "an int key",
}


def test_bytes_equal_the_standard_library_layout() -> None:
    for report in (make_report(), AWKWARD, {"nested": [AWKWARD, [AWKWARD]]}):
        assert report_bytes(report) == _stdlib_bytes(report)  # type: ignore[arg-type]


def test_nan_and_surrogates_take_the_same_bytes_as_before() -> None:
    report = make_report(package="bad\udcffname", applicant="\ud83d\ude00 paired halves")
    report["summary"]["work_orders"]["response_hours_median"] = float("inf")
    expected = dict(report)
    expected["summary"] = json.loads(json.dumps(report["summary"]).replace("Infinity", "null"))
    assert report_bytes(report) == _stdlib_bytes(expected)
    finite = make_report()
    finite["summary"]["work_orders"]["response_hours_median"] = float("nan")
    assert b'"response_hours_median": null' in report_bytes(finite)
