"""The command line's promises: exit codes, one bad file never stops a package, limits hold."""

from __future__ import annotations

import json
import time
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from preaudit.pipeline import cli, isolate
from preaudit.pipeline.discover import discover
from preaudit.pipeline.exitcodes import ExitCode, PackageError
from preaudit.pipeline.isolate import JobLimits, parse_all

HEADER = ["工单编号", "客户姓名", "联系电话", "故障现象", "处理结果", "报修时间", "客户签字"]


def write_work_orders(path: Path, count: int = 3) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "工单"
    sheet.append(["售后服务工单登记表"])
    sheet.append(HEADER)
    for n in range(1, count + 1):
        sheet.append([f"GD{n:04d}", f"客户{n}", f"1380013{n:04d}", "不制冷", "更换电容",
                      datetime(2026, 10, n % 28 + 1, 9), f"客户{n}"])
    book.save(path)


@pytest.fixture
def package(tmp_path: Path) -> Path:
    root = tmp_path / "pkg"
    root.mkdir()
    write_work_orders(root / "附件1.xlsx")
    (root / "附件9.pdf").write_text("<html><body>这不是PDF</body></html>", encoding="utf-8")
    (root / "application.toml").write_text('applicant = "测试公司"\nas_of = 2026-11-20\n',
                                           encoding="utf-8")
    return root


def findings_of(out: Path) -> dict[str, dict]:
    report = json.loads((out / "report.json").read_text("utf-8"))
    return {f["code"] + (":" + f["field"] if f["field"] else ""): f for f in report["findings"]}


def test_bad_file_is_a_finding_and_the_rest_is_audited(package: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert cli.main(["run", str(package), "--out", str(out), "--quiet"]) == ExitCode.OK
    found = findings_of(out)
    unreadable = found["DOC_UNREADABLE"]
    assert [e["file"] for e in unreadable["evidence"]] == ["附件9.pdf"]
    assert "PDF" in unreadable["message"] or "pdf" in unreadable["message"]
    assert "WO_COUNT_BELOW_MIN" in found  # the work orders were still read: 3 < 50
    report = json.loads((out / "report.json").read_text("utf-8"))
    assert report["summary"]["work_orders"]["total"] == 3


def test_fail_on_major_exits_1(package: Path, tmp_path: Path) -> None:
    args = ["run", str(package), "--out", str(tmp_path / "o"), "--quiet"]
    assert cli.main([*args, "--fail-on", "major"]) == ExitCode.FAIL_ON


@pytest.mark.parametrize("make", ["missing", "plain-file", "bad-manifest"])
def test_unreadable_package_exits_2(make: str, tmp_path: Path, capsys) -> None:
    target = tmp_path / "pkg"
    if make == "plain-file":
        target.write_text("not a package", encoding="utf-8")
    elif make == "bad-manifest":
        target.mkdir()
        (target / "application.toml").write_text("applicant = [unclosed", encoding="utf-8")
    code = cli.main(["run", str(target), "--out", str(tmp_path / "o"), "--quiet"])
    assert code == ExitCode.USAGE_OR_UNREADABLE_PACKAGE
    assert "preaudit:" in capsys.readouterr().err


def test_usage_error_exits_2(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.main(["run", str(tmp_path)])  # --out missing
    assert stop.value.code == 2


def test_internal_error_exits_3(package: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    def broken(*_args, **_kwargs):
        raise ZeroDivisionError("bug")

    monkeypatch.setattr("preaudit.pipeline.run.run_checks", broken)
    code = cli.main(["run", str(package), "--out", str(tmp_path / "o"), "--quiet"])
    assert code == ExitCode.INTERNAL_ERROR
    assert "internal error" in capsys.readouterr().err


def test_reader_crash_becomes_doc_unreadable(package: Path, tmp_path: Path, monkeypatch) -> None:
    def crash(*_args, **_kwargs):
        raise TypeError("unexpected keyword argument")  # as openpyxl does on odd styles

    monkeypatch.setattr(isolate, "parse_file", crash)
    out = tmp_path / "o"
    assert cli.main(["run", str(package), "--out", str(out), "--quiet"]) == ExitCode.OK
    evidence = findings_of(out)["DOC_UNREADABLE"]["evidence"]
    assert sorted(e["file"] for e in evidence) == ["附件1.xlsx", "附件9.pdf"]


def _sleep_forever(*_args, **_kwargs):
    time.sleep(60)


def _allocate(*_args, **_kwargs):
    hog = bytearray(3 * 1024**3)
    return hog


def test_hang_is_stopped_by_the_wall_clock(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(isolate, "parse_file", _sleep_forever)
    target = tmp_path / "a.pdf"
    target.write_bytes(b"%PDF-1.4\n")
    started = time.monotonic()
    [outcome] = parse_all([("a.pdf", target)], JobLimits(wall_seconds=1.0))
    assert time.monotonic() - started < 10
    assert "time limit" in (outcome.error or "")


def test_memory_blowup_is_stopped_by_the_limit(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(isolate, "parse_file", _allocate)
    target = tmp_path / "a.xlsx"
    target.write_bytes(b"PK")
    [outcome] = parse_all([("a.xlsx", target)], JobLimits(memory_bytes=256 * 1024**2))
    assert "memory" in (outcome.error or "")


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_zip_slip_member_is_refused_and_nothing_escapes(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "p.zip", {"../evil.pdf": b"%PDF-1.4", "/etc/x.pdf": b"%PDF",
                                        "ok/a.txt": b"hello"})
    package = discover(archive)
    try:
        refused = {f.name: f.refused.en if f.refused else None for f in package.files}
        assert "zip slip" in refused["../evil.pdf"] and "zip slip" in refused["/etc/x.pdf"]
        assert refused["ok/a.txt"] is None
    finally:
        package.close()
    assert not (tmp_path.parent / "evil.pdf").exists()


def test_zip_bomb_ratio_is_refused(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "b.zip", {"big.xlsx": b"\0" * (50 * 1024 * 1024)})
    package = discover(archive)
    try:
        assert "zip bomb" in package.files[0].refused.en
        assert "压缩炸弹" in package.files[0].refused.zh
    finally:
        package.close()


def test_gbk_member_names_are_decoded(tmp_path: Path) -> None:
    # Chinese Windows zippers store GBK bytes without the UTF-8 flag; zipfile would write
    # UTF-8, so write an ASCII stand-in of the same length and swap the bytes in.
    gbk = "售后工单.xlsx".encode("gbk")
    stand_in = b"A" * (len(gbk) - 5) + b".xlsx"
    archive = _zip(tmp_path / "g.zip", {stand_in.decode(): b"data"})
    archive.write_bytes(archive.read_bytes().replace(stand_in, gbk))
    package = discover(archive)
    try:
        assert [f.name for f in package.files] == ["售后工单.xlsx"]
    finally:
        package.close()


def test_overlapping_entries_refuse_the_package(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "o.zip", {"a.pdf": b"%PDF-1.4" * 100})
    data = bytearray(archive.read_bytes())
    # Duplicate the central-directory entry so two members share one local file (gh-109858).
    end = data.rfind(b"PK\x05\x06")
    central = data.rfind(b"PK\x01\x02", 0, end)
    entry = data[central:end]
    entry_copy = entry.replace(b"a.pdf", b"b.pdf")
    eocd = bytearray(data[end:])
    eocd[8:10] = (2).to_bytes(2, "little")
    eocd[10:12] = (2).to_bytes(2, "little")
    eocd[12:16] = (len(entry) * 2).to_bytes(4, "little")
    archive.write_bytes(bytes(data[:end]) + bytes(entry_copy) + bytes(eocd))
    with pytest.raises(PackageError, match="overlap"):
        discover(archive)


def test_version_is_the_installed_one(capsys) -> None:
    import importlib.metadata

    with pytest.raises(SystemExit) as stop:
        cli.main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"preaudit {importlib.metadata.version('preaudit')}"


@pytest.mark.slow
def test_reports_written_into_the_package_are_never_audited(tmp_path, capsys) -> None:
    """Issue 14: --out inside the package made the next run audit its own reports."""
    import json
    import shutil

    package = tmp_path / "clean"
    shutil.copytree(Path(__file__).resolve().parents[2] / "sample_data/packages/clean", package)
    out = package / "preaudit-report"
    for _ in range(2):
        assert cli.main(["run", str(package), "--out", str(out), "--quiet"]) == 0
    report = json.loads((out / "report.json").read_text("utf-8"))
    assert report["verdict"] == "ready"
    assert not any(d["file"].startswith("preaudit-report/") for d in report["documents"])
    assert "were not audited (our reports)" in capsys.readouterr().err


@pytest.mark.slow
def test_our_reports_copied_into_the_package_are_never_audited(tmp_path, capsys) -> None:
    """Issue 14: anything preaudit wrote is never evidence, wherever it is filed: last round's
    report.html, report.json and findings.xlsx copied among the documents are known by their
    generator mark and left out, while an applicant's own workbook and page are still read."""
    import json
    import shutil

    from openpyxl import Workbook

    package = tmp_path / "clean"
    shutil.copytree(Path(__file__).resolve().parents[2] / "sample_data/packages/clean", package)
    first = tmp_path / "first"
    assert cli.main(["run", str(package), "--out", str(first), "--quiet"]) == 0
    filed = package / "上轮预审"
    filed.mkdir()
    for name in ("report.html", "report.json", "findings.xlsx"):
        shutil.copy(first / name, filed / name)
    own = Workbook()
    own.active.append(["说明"])
    own.save(package / "自制清单.xlsx")  # openpyxl's own creator mark: the applicant's file
    again = tmp_path / "again"
    assert cli.main(["run", str(package), "--out", str(again), "--quiet"]) == 0
    report = json.loads((again / "report.json").read_text("utf-8"))
    files = {d["file"] for d in report["documents"]}
    assert not any(name.startswith("上轮预审/") for name in files)
    assert "自制清单.xlsx" in files
    assert "3 report(s) written by preaudit were not audited" in capsys.readouterr().err


def test_biggest_files_start_first_and_results_keep_package_order(tmp_path: Path) -> None:
    """The longest reads start while every worker is free; the report still lists files in
    package order, and a file that vanished is reported, not fatal."""
    sizes = {"a.xlsx": 10, "b.pdf": 5_000, "c.docx": 10, "d.pdf": 900}
    files = []
    for name, size in sizes.items():
        (tmp_path / name).write_bytes(b"x" * size)
        files.append((name, tmp_path / name))
    files.append(("gone.pdf", tmp_path / "gone.pdf"))
    order = [name for name, _ in isolate._largest_first(files)]
    assert order == ["b.pdf", "d.pdf", "a.xlsx", "c.docx", "gone.pdf"]  # ties: package order
    started: list[str] = []
    outcomes = parse_all(files, JobLimits(workers=1),
                         on_done=lambda outcome, done, total: started.append(outcome.name))
    assert started == order  # one worker: finished in the order started
    assert [o.name for o in outcomes] == [name for name, _ in files]
    assert all(o.error for o in outcomes)  # none of these is a readable document
