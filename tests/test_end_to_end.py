"""Each bundled sample package, audited end to end, gives exactly its planted findings."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import lxml.html
import pytest

from preaudit.pipeline import cli
from preaudit.pipeline.run import RunOptions, audit
from sample_data.gen.writers import Sheet, write_docx, write_xlsx

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
        (
            f["code"],
            f["severity"],
            f["field"] or "",
            tuple(sorted(tuple(str(e.get(k) or "") for k in EVIDENCE_KEYS) for e in f["evidence"])),
        )
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


def test_readiness_equals_the_restated_rules(audited) -> None:
    _, _, report, expected = audited
    got = [(r["requirement"], r["state"], sorted(r["codes"])) for r in report["readiness"]]
    assert got == [(r["requirement"], r["state"], r["codes"]) for r in expected["readiness"]]
    for entry in report["readiness"]:  # a reason exactly where a requirement is not verified
        assert (entry["reason"] is not None) == (entry["state"] == "not_verified")


def test_html_shows_each_requirement_in_the_state_report_json_gives(audited) -> None:
    _, out, report, _ = audited
    tree = lxml.html.parse(str(out / "report.html")).getroot()
    rows = tree.xpath("//table[contains(@class, 'readiness')]/tbody/tr")
    shown = [row.get("class").removeprefix("rd-") for row in rows]
    states = [r["state"] for r in report["readiness"]]
    assert [s.replace("advice", "ready") for s in shown] == states


@pytest.mark.slow
def test_commitment_without_hours_leaves_response_time_not_verified(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The clean package with its commitment rewritten to promise no hours: no finding at all,
    yet response time is not verified, so the package is not ready to submit."""
    package = tmp_path / "clean"
    shutil.copytree(PACKAGES / "clean", package)
    write_docx(
        package / "附件9.docx",
        "售后服务承诺",
        ["上海浦惠电器（集团）有限公司郑重向广大顾客承诺：", "一、及时响应客户需求。"],
    )
    assert cli.main(["run", str(package), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    assert "0 major, 0 minor, 0 observation, 1 requirement(s) not verified" in (
        capsys.readouterr().out
    )
    report = json.loads((tmp_path / "out" / "report.json").read_text("utf-8"))
    jsonschema.Draft202012Validator(SCHEMA).validate(report)
    assert report["findings"] == [] and report["verdict"] == "needs_rework"
    states = {r["requirement"]: r["state"] for r in report["readiness"]}
    assert states.pop("response_time") == "not_verified"
    assert set(states.values()) == {"ready"}
    (entry,) = [r for r in report["readiness"] if r["requirement"] == "response_time"]
    assert "附件9.docx" in entry["reason"] and "response_hours" in entry["reason"]
    tree = lxml.html.parse(str(tmp_path / "out" / "report.html")).getroot()
    (row,) = tree.xpath("//table[contains(@class, 'readiness')]/tbody/tr[@class='rd-not_verified']")
    assert "未能核实" in row.text_content() and entry["reason"] in row.text_content()
    assert "可以提交" not in tree.xpath("string(//div[contains(@class, 'verdict')])")


@pytest.mark.slow
def test_recognised_survey_with_no_readable_response_counts_zero(tmp_path: Path) -> None:
    """The clean package with its questionnaire workbook replaced by one that is titled as a
    survey but holds no response (only "see the paper forms"): the report 附件3.docx still
    states 110, yet nothing was read, so the sample is 0 and the package is not ready."""
    package = tmp_path / "clean"
    shutil.copytree(PACKAGES / "clean", package)
    rows: list[list[Any]] = [[f"第{n}份", "见纸质问卷"] for n in range(1, 30)]
    sheet = Sheet("满意度调查", ["序号", "附注"], rows, preamble=["客户满意度调查问卷汇总"])
    write_xlsx(package / "附件2.xlsx", [sheet])
    report = audit(package, tmp_path / "out", RunOptions(lang="en")).report
    jsonschema.Draft202012Validator(SCHEMA).validate(report)
    (sample,) = report["findings"]
    assert sample["code"] == "SV_SAMPLE_BELOW_MIN"
    assert "survey found in 附件2.xlsx, 0 responses could be read" in sample["message"]
    assert report["summary"]["survey"]["responses"] is None
    states = {r["requirement"]: r["state"] for r in report["readiness"]}
    assert states.pop("survey_sample") == "not_ready"  # a major finding, not a guess (dec. 61)
    assert set(states.values()) == {"ready"} and report["verdict"] == "not_ready"
