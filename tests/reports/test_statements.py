"""What application.toml states over recognition is listed apart in the report (the spec: a
[columns] mapping "is listed in the report"; decisions 213, 214, 217, 218, 230)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import lxml.html
import pytest

from preaudit.pipeline import cli
from preaudit.reports.html import render_html
from tests.reports.conftest import make_report

ROOT = Path(__file__).resolve().parents[2]
CLEAN = ROOT / "sample_data" / "packages" / "clean"
STATED = """
[columns]
"回执联" = "signature"
"坐席电话" = ""

[columns."附件1.xlsx"]
"服务态度" = "item"

[documents]
"资料/附件8.xlsx" = "other"
"""


def _section(html: str, title: str) -> lxml.html.HtmlElement | None:
    tree = lxml.html.fromstring(html)
    found = [h.getparent() for h in tree.iter("h2") if h.text_content() == title]
    return found[0] if found else None


@pytest.mark.slow
def test_every_statement_is_in_report_json_and_html(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    shutil.copytree(CLEAN, package)
    manifest = package / "application.toml"
    manifest.write_text(manifest.read_text("utf-8") + STATED, "utf-8")
    out = tmp_path / "out"
    assert cli.main(["run", str(package), "--out", str(out), "--quiet", "--lang", "en"]) == 0
    report = json.loads((out / "report.json").read_text("utf-8"))
    assert report["statements"] == {
        "columns": [
            {"header": "回执联", "field": "signature", "file": None},
            {"header": "坐席电话", "field": "", "file": None},
            {"header": "服务态度", "field": "item", "file": "附件1.xlsx"},
        ],
        "documents": [{"file": "资料/附件8.xlsx", "kind": "other"}],
    }
    section = _section((out / "report.html").read_text("utf-8"), "Stated in application.toml")
    assert section is not None
    rows = [[td.text_content() for td in tr.iter("td")] for tr in section.iter("tr")]
    assert ["回执联", "Customer signature", "every file"] in rows
    assert ["坐席电话", "no field (not read)", "every file"] in rows
    assert ["服务态度", "item score", "附件1.xlsx"] in rows
    assert ["资料/附件8.xlsx", "Other document (no material, no records)"] in rows


def test_no_statement_no_section_and_old_reports_render() -> None:
    """Must not: a package that states nothing shows no such section; a report.json written
    before statements existed renders as before. (The run above is not ready for the
    equipment list its "other" took away: a statement proves nothing.)"""
    assert "statements" not in make_report()
    html = render_html(make_report(lang="en"))  # type: ignore[arg-type]
    assert _section(html, "Stated in application.toml") is None
    empty = make_report(lang="en", statements={"columns": [], "documents": []})
    assert _section(render_html(empty), "Stated in application.toml") is None  # type: ignore[arg-type]


def test_a_stated_header_is_escaped() -> None:
    hostile = "<script>alert(1)</script>"
    report = make_report(lang="en", statements={
        "columns": [{"header": hostile, "field": "signature", "file": hostile}],
        "documents": [{"file": hostile, "kind": "other"}],
    })
    html = render_html(report)  # type: ignore[arg-type]
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html
