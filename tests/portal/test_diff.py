"""Round against round: fixed, new and still open, keyed by code, field and record."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

from preaudit.reports.diff import diff_reports, finding_items, record_of
from tests.portal.conftest import PACKAGES, PortalUnderTest, new_application, upload, zip_of


def _finding(code: str, *evidence: dict, field: str | None = None, severity: str = "major"):
    return {
        "code": code,
        "severity": severity,
        "field": field,
        "title": code,
        "message": "",
        "evidence": list(evidence),
    }


# The requirement each code bears on, as a report's own readiness entries say (the audit
# decides it; the diff only reads it).
OWNERS = {
    "WO_MISSING_FIELD": "work_order_fields",
    "WO_COUNT_BELOW_MIN": "work_order_count",
    "SV_STATED_MISMATCH": "survey_sample",
}


def _report(*findings: dict) -> dict:
    codes = {f["code"] for f in findings}
    return {
        "package": "p",
        "as_of": "2026-11-20",
        "verdict": "not_ready",
        "counts": {},
        "findings": list(findings),
        "readiness": [
            {"requirement": req, "state": "not_ready",
             "codes": sorted(c for c, r in OWNERS.items() if r == req and c in codes)}
            for req in dict.fromkeys(OWNERS.values())
        ],
    }


def test_a_record_is_its_id_else_its_file_and_row() -> None:
    assert record_of({"file": "a.xlsx", "row": 7, "record_id": "WO-1"}) == "#WO-1"
    assert record_of({"file": "a.xlsx", "sheet": "工单", "row": 7}) == "a.xlsx · sheet 工单 · row 7"
    assert record_of(None) == ""


def test_fixed_new_and_still_open_per_record() -> None:
    old = _report(
        _finding(
            "WO_MISSING_FIELD",
            {"file": "a.xlsx", "row": 3, "record_id": "WO-1"},
            {"file": "a.xlsx", "row": 4, "record_id": "WO-2"},
            field="customer_phone",
        ),
        _finding("WO_COUNT_BELOW_MIN"),
    )
    new = _report(
        # WO-2 fixed; WO-1 still open though it moved to another row and file; WO-9 is new
        _finding(
            "WO_MISSING_FIELD",
            {"file": "b.xlsx", "row": 10, "record_id": "WO-1"},
            {"file": "b.xlsx", "row": 11, "record_id": "WO-9"},
            field="customer_phone",
        ),
        # the same record, another field: a different problem, so new
        _finding(
            "WO_MISSING_FIELD",
            {"file": "b.xlsx", "row": 10, "record_id": "WO-1"},
            field="resolution",
        ),
    )
    diff = diff_reports(old, new)
    assert diff["counts"] == {"fixed": 2, "new": 2, "still_open": 1}
    assert {(i["code"], i["record"]) for i in diff["fixed"]} == {
        ("WO_MISSING_FIELD", "#WO-2"),
        ("WO_COUNT_BELOW_MIN", None),
    }
    assert {(i["field"], i["record"]) for i in diff["new"]} == {
        ("customer_phone", "#WO-9"),
        ("resolution", "#WO-1"),
    }
    assert [i["record"] for i in diff["still_open"]] == ["#WO-1"]
    assert diff["by_requirement"]["work_order_fields"] == {"fixed": 1, "new": 2, "still_open": 1}
    assert diff["by_requirement"]["work_order_count"] == {"fixed": 1, "new": 0, "still_open": 0}


def test_the_same_report_has_nothing_fixed_or_new() -> None:
    old = _report(_finding("SV_STATED_MISMATCH", {"file": "s.docx", "table": 1, "row": 2}))
    diff = diff_reports(old, copy.deepcopy(old))
    assert diff["counts"] == {"fixed": 0, "new": 0, "still_open": 1}


def test_hostile_text_is_escaped_in_the_html(tmp_path: Path) -> None:
    from preaudit.reports.diff import render_diff_html

    evil = _report(_finding("<script>x</script>", {"file": "<img src=x onerror=1>.xlsx", "row": 1}))
    html = render_diff_html(diff_reports(_report(), evil))
    assert "<script>x" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html


@pytest.fixture(scope="module")
def two_rounds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("diff")
    preaudit = Path(sys.executable).parent / "preaudit"
    for name in ("defects", "clean"):
        subprocess.run(
            [
                str(preaudit),
                "run",
                str(PACKAGES / name),
                "--out",
                str(root / name),
                "--quiet",
                "--as-of",
                "2026-11-20",
            ],
            check=True,
        )
    return root / "defects" / "report.json", root / "clean" / "report.json"


@pytest.mark.slow
def test_preaudit_diff_writes_html_and_json(two_rounds, tmp_path: Path) -> None:
    old, new = two_rounds
    preaudit = Path(sys.executable).parent / "preaudit"
    result = subprocess.run(
        [str(preaudit), "diff", str(old), str(new), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    written = json.loads((tmp_path / "diff.json").read_text())
    expected = diff_reports(json.loads(old.read_text()), json.loads(new.read_text()))
    assert written == json.loads(json.dumps(expected, ensure_ascii=False))
    counts = written["counts"]
    assert f"{counts['fixed']} fixed, {counts['new']} new" in result.stdout
    assert counts["fixed"] == len(finding_items(json.loads(old.read_text()))) - counts["still_open"]
    assert counts["fixed"] > 20  # the defects package's planted problems, gone in the clean one
    assert (tmp_path / "diff.html").read_text().count("<tr>") > counts["fixed"]


def test_preaudit_diff_refuses_what_is_not_a_report(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]")
    preaudit = Path(sys.executable).parent / "preaudit"
    result = subprocess.run([str(preaudit), "diff", str(bad), str(bad)], capture_output=True)
    assert result.returncode == 2 and not (tmp_path / "diff.html").exists()


@pytest.mark.slow
def test_a_second_upload_shows_what_changed(sqlite_portal: PortalUnderTest, tmp_path: Path) -> None:
    alice = sqlite_portal.login("alice")
    app_id = new_application(alice, "two rounds")
    rounds = []
    for name in ("defects", "clean"):
        package = zip_of(PACKAGES / name, tmp_path / f"{name}.zip")
        rounds.append(upload(alice, app_id, [(package.name, package.read_bytes())]))
    assert sqlite_portal.run_jobs() == ["done", "done"]
    second = rounds[1].headers["location"]
    page = alice.get(second).text
    old = alice.get(rounds[0].headers["location"] + "/report.json").json()
    new = alice.get(second + "/report.json").json()
    counts = diff_reports(old, new)["counts"]
    assert f'data-fixed="{counts["fixed"]}"' in page
    assert f'data-new="{counts["new"]}"' in page
    assert f'data-still-open="{counts["still_open"]}"' in page
    assert "Since round 1" in page
    assert 'id="diff"' not in alice.get(rounds[0].headers["location"]).text  # nothing before
