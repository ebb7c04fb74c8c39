"""One package holding every cheap attack of hostile-input.md §2 beside the valid sample files:
every hostile file ends with its expected status and a plain reason, the valid files are still
audited, and neither time nor the parent's memory runs away."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from preaudit.pipeline.exitcodes import ExitCode
from sample_data.gen.hostile import ATTACKS, REPO, TEST_CONFIG, build_package

# Python exception names must never reach a reader of the report.
EXCEPTION_NAME = re.compile(r"\b[A-Z][a-zA-Z]*(Error|Exception|Warning)\b|Traceback|KeyError")
CJK = re.compile(r"[\u4e00-\u9fff]")
pytestmark = pytest.mark.slow  # two full runs (en, zh) of a 40-file package: ~35 s
PARENT_PEAK_BOUND_MIB = 512  # the audit process itself, its jailed children excluded
# The per-file wall limit in TEST_CONFIG bounds every hang; this bounds the whole package
# with room for a busy CI machine (about 15 s when the machine is quiet).
TIME_BUDGET_S = 120


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """Both languages' report.json for one run each over the hostile package."""
    root = tmp_path_factory.mktemp("hostile")
    package = build_package(root)
    config = root / "limits.toml"
    config.write_text(TEST_CONFIG, encoding="utf-8")
    reports = {}
    for lang in ("en", "zh"):
        out = root / f"out-{lang}"
        started = time.monotonic()
        args = ["run", str(package), "--out", str(out), "--config", str(config), "--quiet"]
        # A fresh interpreter, so its own peak RSS is the audit's, not the test session's.
        done = subprocess.run(
            [sys.executable, "-c", _MEASURED_RUN, *args, "--lang", lang],
            capture_output=True,
            text=True,
            check=False,
            cwd=REPO,
        )
        assert done.returncode == ExitCode.OK, done.stderr[-2000:]
        reports[lang] = json.loads((out / "report.json").read_text("utf-8"))
        reports[lang]["_seconds"] = time.monotonic() - started
        reports[lang]["_parent_peak_mib"] = int(done.stdout.strip().splitlines()[-1]) / 1024
        reports[lang]["_out"] = out
    return reports


# Runs the command line, then prints this process's own peak RSS (KiB): children excluded.
_MEASURED_RUN = """
import resource, sys
from preaudit.pipeline import cli
code = cli.main(sys.argv[1:])
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
sys.exit(code)
"""


def _documents(report: dict) -> dict[str, dict]:
    return {doc["file"]: doc for doc in report["documents"]}


@pytest.mark.parametrize("attack", ATTACKS, ids=lambda attack: f"{attack.ref}:{attack.name}")
def test_each_attack_ends_as_expected(hostile_run: dict, attack) -> None:
    doc = _documents(hostile_run["en"]).get(attack.name)
    assert doc is not None, f"{attack.name} is missing from the documents table"
    assert doc["status"] in attack.status.split("|"), doc
    if doc["status"] != "unreadable":
        return
    reason = doc["error"] or ""
    assert any(word in reason for word in attack.words), reason
    assert not EXCEPTION_NAME.search(reason), reason
    zh = _documents(hostile_run["zh"])[attack.name]["error"] or ""
    assert CJK.search(zh) and not EXCEPTION_NAME.search(zh), zh


def test_valid_files_are_still_audited(hostile_run: dict) -> None:
    summary = hostile_run["en"]["summary"]
    assert summary["work_orders"]["total"] == 62  # as in sample_data/expected/clean.json
    assert summary["survey"]["responses"] == 110
    assert summary["complaints"]["total"] == 30
    docs = _documents(hostile_run["en"])
    assert docs["附件1.xlsx"]["records"] == 62 and docs["附件1.xlsx"]["status"] == "parsed"


def test_extension_lies_are_read_by_content(hostile_run: dict) -> None:
    docs = _documents(hostile_run["en"])
    assert docs["hostile/table.docx"]["format"] == "xlsx"
    assert docs["hostile/report.xlsx"]["format"] == "pdf"


def test_no_host_file_leaks_through_external_entities(hostile_run: dict) -> None:
    passwd = Path("/etc/passwd").read_text(errors="replace").splitlines()[0]
    text = json.dumps(hostile_run["en"], default=str, ensure_ascii=False)
    assert passwd not in text


def test_nothing_is_written_outside_the_output_folder(hostile_run: dict) -> None:
    out: Path = hostile_run["en"]["_out"]
    assert sorted(p.name for p in out.iterdir()) == ["findings.xlsx", "report.html", "report.json"]
    # "../../report.html" inside the zip must not have landed two levels up.
    assert not (out.parent.parent / "report.html").exists()
    assert not (out.parent / "x.pdf").exists()


def test_time_and_parent_memory_stay_bounded(hostile_run: dict) -> None:
    for lang in ("en", "zh"):
        assert hostile_run[lang]["_seconds"] < TIME_BUDGET_S
        assert hostile_run[lang]["_parent_peak_mib"] < PARENT_PEAK_BOUND_MIB
