"""preaudit batch: every package audited, one broken package is a row, Ctrl-C keeps what's done."""

from __future__ import annotations

import csv
import json
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from preaudit.pipeline import cli
from preaudit.pipeline.batch import find_packages, report_folder_name, run_batch
from preaudit.pipeline.run import RunOptions
from preaudit.reports.batch import neutralise, render_summary_html, summary_csv

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ROOT / "sample_data" / "packages"
EXPECTED = ROOT / "sample_data" / "expected"


def expected_verdict(name: str) -> str:
    return json.loads((EXPECTED / f"{name}.json").read_text("utf-8"))["verdict"]


@pytest.fixture
def batch_dir(tmp_path: Path) -> Path:
    """clean, defects, rework.zip, a .zip that is no zip, a folder with an invalid manifest."""
    source = tmp_path / "in"
    source.mkdir()
    shutil.copytree(PACKAGES / "clean", source / "clean")
    shutil.copytree(PACKAGES / "defects", source / "defects")
    shutil.copy(PACKAGES / "rework.zip", source / "rework.zip")
    (source / "fake.zip").write_bytes(b"this is not a zip archive")
    broken = source / "broken"
    broken.mkdir()
    (broken / "application.toml").write_text("applicant = [unclosed", encoding="utf-8")
    (source / "notes.txt").write_text("not a package", encoding="utf-8")
    (source / ".hidden").mkdir()
    return source


def read_summary(out: Path) -> dict[str, dict[str, str]]:
    with (out / "summary.csv").open(encoding="utf-8-sig", newline="") as handle:
        return {row["package"]: row for row in csv.DictReader(handle)}


def test_batch_audits_every_package_and_reports_failures(
    batch_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    code = cli.main(["batch", str(batch_dir), "--out", str(out), "--workers", "2", "--quiet"])
    assert code == 0
    said = re.search(r"5 package\(s\) audited in ([\d.]+) s \(([\d.]+) packages/min\)",
                     capsys.readouterr().out)
    assert said
    seconds, per_minute = float(said[1]), float(said[2])  # both rounded to 0.1
    assert 300 / (seconds + 0.05) - 0.05 <= per_minute <= 300 / max(seconds - 0.05, 0.01) + 0.05
    rows = read_summary(out)
    assert sorted(rows) == ["broken", "clean", "defects", "fake.zip", "rework.zip"]
    for name in ("clean", "defects", "rework.zip"):
        assert rows[name]["verdict"] == expected_verdict(name)
        folder = out / rows[name]["report"]
        report = json.loads((folder / "report.json").read_text("utf-8"))
        assert report["verdict"] == rows[name]["verdict"]
        assert int(rows[name]["major"]) == report["counts"]["major"]
        assert (folder / "report.html").exists() and (folder / "findings.xlsx").exists()
    assert rows["clean"]["qualifying_work_orders"] and rows["clean"]["survey_responses"]
    # rework.zip commits to no response hours: that requirement is listed as not verified
    assert rows["rework.zip"]["not_verified"] == "response_time"
    assert rows["clean"]["not_verified"] == rows["defects"]["not_verified"] == ""
    for name in ("broken", "fake.zip"):
        assert rows[name]["verdict"] == "error"
        assert rows[name]["error"] and rows[name]["report"] == ""
    assert "application.toml" in rows["broken"]["error"]
    html = (out / "summary.html").read_text("utf-8")
    assert "Content-Security-Policy" in html and 'href="clean/report.html"' in html
    assert re.search(r'<span class="speed">[\d.]+ s, [\d.]+ packages/min</span>', html)
    assert not [p for p in out.iterdir() if p.name.startswith(".partial-")]
    assert (out / ".cache").is_dir()  # cache on by default for batch


def test_rerun_with_cache_parses_nothing(batch_dir: Path, tmp_path: Path) -> None:
    for name in ("defects", "rework.zip", "fake.zip", "broken"):
        path = batch_dir / name
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    out = tmp_path / "out"
    options = RunOptions()
    from preaudit.parsers.limits import ReadLimits
    from preaudit.pipeline.cache import open_cache

    options.cache = open_cache(out / ".cache", ReadLimits(), "t")
    first = run_batch(batch_dir, out, options, workers=1)
    second = run_batch(batch_dir, out, options, workers=1)
    assert [r["verdict"] for r in first.rows] == [r["verdict"] for r in second.rows] == ["ready"]
    report = json.loads((out / "clean" / "report.json").read_text("utf-8"))
    assert report["verdict"] == "ready"


def test_no_packages_is_a_usage_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert cli.main(["batch", str(empty), "--out", str(tmp_path / "o"), "--quiet"]) == 2
    assert cli.main(["batch", str(tmp_path / "nope"), "--out", str(tmp_path / "o"), "--quiet"]) == 2


def test_folder_names_cannot_escape_or_collide() -> None:
    taken: set[str] = set()
    names = [report_folder_name(n, taken) for n in
             ["../../etc", ".cache", "a/b\\c", "公司 资料.zip", "公司 资料", "CON", "..", ""]]
    assert names[0] == "etc" and names[1] == "cache"
    assert names[2] == "a_b_c"
    assert names[3] == "公司_资料" and names[4] == "公司_资料-2"
    assert names[6] == "package" and names[7] == "package-2"
    assert all("/" not in n and "\\" not in n and not n.startswith(".") for n in names)


def test_out_folder_inside_source_is_not_a_package(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "out").mkdir()
    assert [p.name for p in find_packages(tmp_path, tmp_path / "out")] == ["a"]


def test_csv_cells_cannot_become_formulas() -> None:
    assert neutralise("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    for start in ("+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert neutralise(start).startswith("'")
    assert neutralise("公司") == "公司" and neutralise(3) == "3" and neutralise(None) == ""
    text = summary_csv([{"package": "=cmd|' /C calc'!A0", "verdict": "error"}])
    assert "\"'=cmd|' /C calc'!A0\"" in text
    assert text.splitlines()[0].startswith('"package","verdict"')  # QUOTE_ALL


def test_summary_html_escapes_package_names() -> None:
    html = render_summary_html(
        [{"package": "<script>alert(1)</script>", "verdict": "<b>x</b>", "report": "a\"b"}]
    )
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert 'class="error"' in html  # an unknown verdict never becomes a CSS class
    assert 'href="a%22b/report.html"' in html
    assert "packages/min" not in html  # no batch timing given, none shown


def test_summary_html_states_the_batch_speed() -> None:
    html = render_summary_html([{"package": "p", "verdict": "ready"}], seconds=90, per_minute=0.7)
    assert "90.0 s, 0.7 packages/min" in html


@pytest.mark.slow
def test_ctrl_c_keeps_finished_reports(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    for n in range(6):
        shutil.copytree(PACKAGES / "defects", source / f"p{n}")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "preaudit.pipeline.cli", "batch", str(source), "--out", str(out),
               "--workers", "1", "--no-cache", "--quiet"]
    # A shell may start us with SIGINT ignored; the batch must get Ctrl-C as a terminal sends it.
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while not (out / "p0" / "report.json").exists():
        assert time.monotonic() < deadline and process.poll() is None, "no package finished"
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err.decode()
    finished = [p for p in out.iterdir() if p.is_dir() and not p.name.startswith(".")]
    assert 1 <= len(finished) < 6
    for folder in finished:  # every finished folder is complete and its JSON parses
        json.loads((folder / "report.json").read_text("utf-8"))
        assert (folder / "report.html").exists() and (folder / "findings.xlsx").exists()
    assert not [p for p in out.rglob("*") if p.name.startswith((".partial-", ".report"))]
    rows = read_summary(out)
    # Every summary row has its complete folder; a package finishing in the very instant of
    # the stop may have a folder without a row, never the other way round.
    assert "p0" in rows and set(rows) <= {p.name for p in finished}
    assert b"interrupted" in err


@pytest.mark.slow
def test_dask_local_cluster_runs_the_same_tasks(batch_dir: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    for name in ("rework.zip", "fake.zip"):
        (batch_dir / name).unlink()
    out = tmp_path / "out"
    result = run_batch(batch_dir, out, RunOptions(), workers=2, dask="local")
    verdicts = {row["package"]: row["verdict"] for row in result.rows}
    assert verdicts == {"broken": "error", "clean": expected_verdict("clean"),
                        "defects": expected_verdict("defects")}
    report = json.loads((out / "defects" / "report.json").read_text("utf-8"))
    # Workers started non-daemonic: files were parsed in isolated children, not in-process.
    assert report["verdict"] == expected_verdict("defects")
    assert (out / "summary.csv").exists()


def test_in_process_fallback_when_daemonic(tmp_path: Path, monkeypatch) -> None:
    import multiprocessing

    monkeypatch.setattr(multiprocessing.current_process(), "_config",
                        {**multiprocessing.current_process()._config, "daemon": True})
    lines: list[str] = []
    from preaudit.pipeline.run import audit

    result = audit(PACKAGES / "clean", tmp_path / "o", RunOptions(progress=lines.append))
    assert result.report["verdict"] == expected_verdict("clean")
    assert any("isolation is off" in line for line in lines)


def test_in_process_parsing_survives_a_library_crash(tmp_path: Path, monkeypatch) -> None:
    """The daemonic (Dask) path has no child to absorb a library error: one file pays, not all."""
    from preaudit.pipeline import run as run_module

    def crash(*_args, **_kwargs):
        raise TypeError("unexpected keyword argument")

    monkeypatch.setattr(run_module, "parse_file", crash)
    target = tmp_path / "a.xlsx"
    target.write_bytes(b"PK")
    outcome = run_module._parse_in_process("a.xlsx", target, run_module.JobLimits())
    assert outcome.extracted is None
    assert outcome.error and "TypeError" not in outcome.error
    assert outcome.error_zh
