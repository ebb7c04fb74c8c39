"""A report.json re-worded in the other language equals a direct audit in that language."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from preaudit.checks.rules import run_checks
from preaudit.pipeline import cli
from preaudit.pipeline.run import RunOptions, assemble_report, audit, write_outputs
from preaudit.reports.catalogue import (
    GAPS,
    READER_REASONS,
    SOURCES,
    NotRenderable,
    reader_reason,
    rerender,
)
from tests.checks.conftest import all_kinds_documents, make_ctx, unparsed

ROOT = Path(__file__).resolve().parents[2]
DEFECTS = ROOT / "sample_data" / "packages" / "defects"


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folders = {}
    for lang in ("zh", "en"):
        folders[lang] = tmp_path_factory.mktemp(f"direct_{lang}")
        audit(DEFECTS, folders[lang], RunOptions(lang=lang))
    return folders


def _report(folder: Path) -> dict:
    return json.loads((folder / "report.json").read_text("utf-8"))


@pytest.mark.slow
@pytest.mark.parametrize(("source", "target"), [("zh", "en"), ("en", "zh")])
def test_rerendered_report_equals_a_direct_audit(
    audited: dict[str, Path], tmp_path: Path, source: str, target: str
) -> None:
    out = tmp_path / "out"
    code = cli.main(["render", str(audited[source] / "report.json"), "--lang", target,
                     "--out", str(out)])  # fmt: skip
    assert code == 0
    again, direct = _report(out), _report(audited[target])
    original = _report(audited[source])
    # The same findings (codes, evidence, params), worded as the direct audit words them …
    assert again["findings"] == direct["findings"]
    assert again["readiness"] == direct["readiness"]
    assert again["documents"] == direct["documents"]
    assert again == direct
    # … and really in the other language: every message changed.
    assert again["lang"] == target
    messages = {f["code"]: f["message"] for f in original["findings"]}
    assert all(f["message"] != messages[f["code"]] for f in again["findings"])
    for name in ("report.html", "findings.xlsx"):
        assert (out / name).stat().st_size > 0


@pytest.mark.slow
def test_rerendered_html_is_in_the_target_language(audited: dict[str, Path], tmp_path: Path) -> None:
    report = rerender(_report(audited["zh"]), "en")
    write_outputs(report, tmp_path, mask=True)
    html = (tmp_path / "report.html").read_text("utf-8")
    assert '<html lang="en"' in html
    # The English sentences are there; the Chinese ones are gone.
    assert "qualifying work orders in the window" in html
    assert "合格工单" not in html


def test_a_report_without_params_is_refused_not_guessed() -> None:
    old = {"schema_version": "1", "lang": "zh", "documents": [], "readiness": [],
           "findings": [{"code": "WO_COUNT_BELOW_MIN", "message": "…", "evidence": []}]}  # fmt: skip
    with pytest.raises(NotRenderable, match="lacks the codes and parameters"):
        rerender(old, "en")
    with pytest.raises(NotRenderable, match="schema_version"):
        rerender(["not", "a", "report"], "en")
    with pytest.raises(NotRenderable, match="unknown language"):
        rerender(old, "fr")


def test_render_command_says_why_it_cannot(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    broken = tmp_path / "report.json"
    broken.write_text("{not json", encoding="utf-8")
    assert cli.main(["render", str(broken), "--lang", "en", "--out", str(tmp_path / "o")]) == 2
    assert "cannot read a report.json" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_readiness_gaps_and_reader_reasons_are_reworded_too() -> None:
    # Every kind recognised, nothing read, a licence without code and term: gaps nearly everywhere.
    documents = [*all_kinds_documents(), unparsed("坏.pdf")]
    licence = {"name": "某公司", "scope": "家用电器销售", "_file": "business_license.pdf"}
    survey_report = {"valid": 120, "_file": "satisfaction_survey.pdf", "_page": None}
    facts = {"business_license": [licence], "survey_report": [survey_report]}
    ctx = make_ctx(documents=documents, facts=facts)
    findings = run_checks(ctx)
    direct = {lang: assemble_report("p", ctx, findings, "key", lang) for lang in ("zh", "en")}
    reasons = {e["requirement"]: e["reason"] for e in direct["en"]["readiness"] if e["reason"]}
    assert {"work_order_count", "survey_sample", "response_time", "licence"} <= set(reasons)
    assert "credit code, term" in reasons["licence"] and "120" in reasons["survey_sample"]
    again = rerender(json.loads(json.dumps(direct["zh"])), "en")
    assert again == json.loads(json.dumps(direct["en"]))
    assert "不是有效的 PDF 文件" in rerender(again, "zh")["documents"][-1]["error"]


@pytest.mark.parametrize("table", [GAPS, SOURCES, READER_REASONS], ids=["gaps", "sources", "reader"])
def test_both_languages_fill_the_same_placeholders(table: dict[str, tuple[str, str]]) -> None:
    for key, (zh, en) in table.items():
        assert zh and en, key
        assert set(re.findall(r"{(\w+)}", zh)) == set(re.findall(r"{(\w+)}", en)), key


def test_a_pipeline_reason_is_worded_in_both_languages_from_the_catalogue() -> None:
    reason = reader_reason("archive.too_many", count=9, limit=5)
    assert reason.en == "archive holds 9 files, over the 5 limit"
    assert reason.zh == "压缩包内有 9 个文件，超过 5 个的上限"
