"""Public malformed files, configurable limits, bilingual reasons and archive edge cases."""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from pathlib import Path

import openpyxl.xml
import pytest

from preaudit.checks.codes import CODES
from preaudit.checks.config import ConfigError
from preaudit.parsers import UNREADABLE
from preaudit.pipeline import cli
from preaudit.pipeline.discover import ArchiveLimits, discover
from preaudit.pipeline.exitcodes import ExitCode
from preaudit.pipeline.isolate import JobLimits
from preaudit.pipeline.settings import Settings, load_settings
from sample_data.gen.hostile import pdf_zip_polyglot, reportlab_pdf, zip_bytes

REPO = Path(__file__).resolve().parents[2]
CORPUS = (REPO / ".." / "shared" / "corpus").resolve()
EXCEPTION_NAME = re.compile(r"\b[A-Z][a-zA-Z]*(Error|Exception)\b|Traceback|KeyError")
CJK = re.compile(r"[\u4e00-\u9fff]")


def _run(package: Path, out: Path, *extra: str) -> dict:
    assert cli.main(["run", str(package), "--out", str(out), "--quiet", *extra]) == ExitCode.OK
    return json.loads((out / "report.json").read_text("utf-8"))


# ----------------------------------------------------------------- public malformed corpus


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not available")
def test_public_corpus_through_the_pipeline(tmp_path: Path) -> None:
    package = tmp_path / "corpus"
    shutil.copytree(CORPUS, package, ignore=shutil.ignore_patterns("*.md"))
    names = {p.relative_to(package).as_posix() for p in package.rglob("*") if p.is_file()}
    report = _run(package, tmp_path / "out", "--lang", "en")
    documents = {doc["file"]: doc for doc in report["documents"]}
    assert set(documents) == names  # every file is accounted for
    for name, doc in documents.items():
        assert doc["status"] in ("parsed", "unrecognised", "unreadable"), name
        if doc["status"] == "unreadable":
            reason = doc["error"] or ""
            assert reason and not EXCEPTION_NAME.search(reason), (name, reason)
    # The cases whose outcome is a promise, not just "no crash":
    expected = {
        "apache-poi/spreadsheet/protected_passtika.xlsx": "encrypted",
        "apache-poi/spreadsheet/SampleSS.xls": "save it as .docx/.xlsx",
        "apache-poi/spreadsheet/poc-xmlbomb.xlsx": "XML entity",
        "qpdf/enc-XI-R6,V5,U=view,O=master.pdf": "encrypted",
    }
    for name, words in expected.items():
        assert words in (documents[name]["error"] or ""), name
    # append-xref-loop.pdf: pdfium resolves the loop that pdfminer refused (decision 106).
    for readable in ("qpdf/enc-XI-R6,V5,O=master.pdf", "qpdf/V4-aes.pdf", "qpdf/bad-xref.pdf",
                     "qpdf/append-xref-loop.pdf"):
        assert documents[readable]["status"] != "unreadable", readable  # owner-only, empty pw


# ------------------------------------------------------------------------ reasons in zh/en


def test_corrupt_pdf_reason_follows_the_report_language(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "损坏.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    errors = {}
    for lang in ("zh", "en"):
        report = _run(package, tmp_path / lang, "--lang", lang)
        [doc] = report["documents"]
        errors[lang] = doc["error"]
        [finding] = [f for f in report["findings"] if f["code"] == "DOC_UNREADABLE"]
        assert doc["error"] in finding["message"]
    assert CJK.search(errors["zh"]) and not re.search(
        r"[A-Za-z]{4,}", errors["zh"].replace("PDF", "")
    )
    assert not CJK.search(errors["en"]) and "not a valid PDF" in errors["en"]


def test_every_unreadable_format_has_a_chinese_reason() -> None:
    for fmt, error in UNREADABLE.items():
        assert CJK.search(error.reason_zh), fmt
        assert not CJK.search(error.reason), fmt


def test_archive_refusals_are_bilingual(tmp_path: Path) -> None:
    archive = tmp_path / "p.zip"
    archive.write_bytes(zip_bytes({"../x.pdf": b"%PDF", "big.pdf": bytes(5 * 2**20)}))
    package = discover(archive)
    try:
        for item in package.files:
            assert item.refused is not None
            assert CJK.search(item.refused.zh) and not CJK.search(item.refused.en)
    finally:
        package.close()


# ------------------------------------------------------------------------- archive cases


def test_duplicate_member_names_first_read_second_refused(tmp_path: Path) -> None:
    archive = tmp_path / "dup.zip"
    with zipfile.ZipFile(archive, "w") as zf, pytest.warns(UserWarning, match="Duplicate"):
        zf.writestr("a/工单.pdf", reportlab_pdf("first"))
        zf.writestr("a/工单.pdf", reportlab_pdf("second"))
    package = discover(archive)
    try:
        files = {f.name: f for f in package.files}
        assert list(files) == ["a/工单.pdf", "a/工单 (2).pdf"]
        assert files["a/工单.pdf"].path is not None and files["a/工单.pdf"].refused is None
        assert "same path" in files["a/工单 (2).pdf"].refused.en
    finally:
        package.close()


def test_nested_archives_read_one_level_and_refuse_deeper(tmp_path: Path) -> None:
    level3 = zip_bytes({"deep.pdf": reportlab_pdf()})
    level2 = zip_bytes({"ok.pdf": reportlab_pdf(), "level3.zip": level3})
    archive = tmp_path / "p.zip"
    archive.write_bytes(zip_bytes({"level2.zip": level2}))
    package = discover(archive)
    try:
        files = {f.name: f for f in package.files}
        assert files["level2.zip/ok.pdf"].path is not None
        assert "nested" in files["level2.zip/level3.zip"].refused.en
        assert "level2.zip/level3.zip/deep.pdf" not in files
    finally:
        package.close()
    # max_depth is a limit like any other: 1 refuses even the first inner zip.
    package = discover(archive, ArchiveLimits(max_depth=1))
    try:
        assert "nested" in package.files[0].refused.en
    finally:
        package.close()


def test_polyglot_inside_a_zip_is_not_unpacked_but_refused(tmp_path: Path) -> None:
    package_dir = tmp_path / "pkg"
    package_dir.mkdir()
    (package_dir / "合同.pdf").write_bytes(pdf_zip_polyglot())
    report = _run(package_dir, tmp_path / "out", "--lang", "en")
    [doc] = report["documents"]
    assert doc["status"] == "unreadable" and "both a PDF and a zip" in doc["error"]


def test_zip_slip_variants_never_write_outside(tmp_path: Path) -> None:
    names = ["../../report.html", "out/../x.pdf", "/abs/y.pdf", "..\\..\\w.pdf", "C:\\d.pdf"]
    archive = tmp_path / "deep" / "p.zip"
    archive.parent.mkdir()
    with zipfile.ZipFile(archive, "w") as zf:
        for name in names:
            zf.writestr(zipfile.ZipInfo(name), b"%PDF-1.4")
    out = tmp_path / "deep" / "out"
    report = _run(archive, out, "--lang", "en")
    assert all("zip slip" in d["error"] for d in report["documents"])
    assert len(report["documents"]) == len(names)
    assert not (tmp_path / "report.html").exists() and not (out.parent / "x.pdf").exists()
    assert sorted(p.name for p in out.iterdir()) == ["findings.xlsx", "report.html", "report.json"]


# ------------------------------------------------------------------------- XML libraries


def test_openpyxl_parses_with_defusedxml() -> None:
    # If this fails, openpyxl no longer refuses entity declarations (hostile-input.md X1/X2):
    # keep defusedxml installed and OPENPYXL_DEFUSEDXML unset.
    assert openpyxl.xml.DEFUSEDXML is True


# ------------------------------------------------------------------------ limits from TOML


def test_limits_table_overrides_defaults(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text(
        "[thresholds]\nmin_work_orders = 10\n"
        "[limits]\nwall_seconds = 5\nmemory_mib = 256\n"
        "[limits.read]\nmax_pages = 50\nmax_part_mib = 4\n"
        "[limits.archive]\nmax_members = 99\nmax_ratio = 50.5\n",
        encoding="utf-8",
    )
    limits = load_settings(config, set(CODES))
    assert limits.checks.min_work_orders == 10
    assert limits.job.wall_seconds == 5.0 and limits.job.memory_bytes == 256 * 2**20
    assert limits.job.cpu_seconds == JobLimits().cpu_seconds  # untouched keys keep defaults
    assert limits.job.read.max_pages == 50 and limits.job.read.max_part_bytes == 4 * 2**20
    assert limits.archive.max_members == 99 and limits.archive.max_ratio == 50.5
    assert load_settings(None, set(CODES)) == Settings()


@pytest.mark.parametrize(
    "text",
    [
        "[limits]\nwall_second = 5\n",  # typo
        "[limits.read]\nmax_pages = 0\n",  # would refuse every PDF
        "[limits]\ncpu_seconds = 1.5\n",  # RLIMIT_CPU takes whole seconds
        '[limits.archive]\nmax_members = "many"\n',
    ],
)
def test_bad_limits_are_a_usage_error(tmp_path: Path, text: str) -> None:
    config = tmp_path / "c.toml"
    config.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"at `\$.limits"):
        load_settings(config, set(CODES))
    package = tmp_path / "pkg"
    package.mkdir()
    args = ["run", str(package), "--out", str(tmp_path / "o"), "--config", str(config), "--quiet"]
    assert cli.main(args) == ExitCode.USAGE_OR_UNREADABLE_PACKAGE


def test_page_limit_from_the_config_reaches_the_reader(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "a.pdf").write_bytes(reportlab_pdf())
    config = tmp_path / "c.toml"
    config.write_text("[limits.read]\nmax_pages = 1\n", encoding="utf-8")
    report = _run(package, tmp_path / "o1", "--config", str(config), "--lang", "en")
    assert report["documents"][0]["status"] != "unreadable"  # one page is within one
    big = tmp_path / "pkg" / "b.pdf"
    big.write_bytes(_two_page_pdf())
    report = _run(package, tmp_path / "o2", "--config", str(config), "--lang", "en")
    docs = {d["file"]: d for d in report["documents"]}
    assert "1-page limit" in docs["b.pdf"]["error"]


def _two_page_pdf() -> bytes:
    import io

    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pages = canvas.Canvas(buffer)
    for text in ("one", "two"):
        pages.drawString(72, 720, text)
        pages.showPage()
    pages.save()
    return buffer.getvalue()
