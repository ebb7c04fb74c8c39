"""The audit names the seconds of each post-parse step (read by bench/run_bench.py)."""

from __future__ import annotations

from pathlib import Path

from preaudit.pipeline.run import RunOptions, audit

CLEAN = Path(__file__).resolve().parents[2] / "sample_data" / "packages" / "clean"


def test_checks_and_each_report_file_are_timed(tmp_path: Path) -> None:
    timings = audit(CLEAN, tmp_path, RunOptions()).timings
    parts = {"report.json", "report.html", "report.xlsx"}
    assert parts <= set(timings) and "report.pdf" not in timings  # no --pdf, no PDF time
    assert all(timings[key] >= 0 for key in parts | {"checks.frames", "checks.rules"})
    assert sum(timings[key] for key in parts) <= timings["report"]
    assert timings["checks.frames"] + timings["checks.rules"] <= timings["checks"]
    assert {p.name for p in tmp_path.iterdir()} >= {"report.json", "report.html", "findings.xlsx"}
