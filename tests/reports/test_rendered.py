"""The defects package's reports as people get them: one language per page, numbers from
report.json, a real browser with no errors and no network, and a PDF with the same content.

The browser and PDF tests need Debian's chromium and fonts-noto-cjk; they are skipped where
either is absent (report.pdf itself is refused without a Chinese font, decision 265). CI
installs both (.ci/run).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import lxml.html
import pypdfium2
import pytest

from preaudit.pipeline import cli
from preaudit.pipeline.run import RunOptions, audit
from preaudit.reports.catalogue import FINDINGS, GAPS
from preaudit.reports.i18n import STRINGS
from preaudit.reports.mask import mask_phone
from preaudit.reports.pdf import PdfError, find_renderer, write_pdf
from tests.fonts import cjk_font_installed
from tests.reports.chromium import Browser, find_chromium
from tests.reports.conftest import evidence, finding, make_report, set_readiness

DEFECTS = Path(__file__).parents[2] / "sample_data" / "packages" / "defects"
needs_chromium = pytest.mark.skipif(find_chromium() is None, reason="chromium not installed")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """The defects package audited once per language: report dict, HTML text and out dir."""
    out: dict[str, dict[str, Any]] = {}
    for lang in ("zh", "en"):
        folder = tmp_path_factory.mktemp(f"defects-{lang}")
        audit(DEFECTS, folder, RunOptions(lang=lang))
        html = (folder / "report.html").read_text("utf-8")
        out[lang] = {
            "dir": folder,
            "report": json.loads((folder / "report.json").read_text("utf-8")),
            "html": html,
            "text": _visible_text(html),
        }
    return out


def _visible_text(html: str) -> str:
    """The title and the body's text: what a reader sees (not the CSS)."""
    tree = lxml.html.document_fromstring(html)
    return tree.findtext(".//title") + "\n" + tree.body.text_content()


# One language per page -------------------------------------------------------------------


def _data_text(report: dict[str, Any]) -> str:
    """Text the applicant supplied (names, files, sheets): may be in any language."""
    parts = [str(report.get(k) or "") for k in ("applicant", "scope", "package", "target_level")]
    for doc in report["documents"]:
        parts += [doc["file"], str(doc.get("error") or ""), *map(str, doc.get("notes") or [])]
        parts += [str(c) for c in doc.get("unmapped_columns") or []]
    for item in report["findings"]:
        parts += [json.dumps(e, ensure_ascii=False) for e in item["evidence"]]
    return "\n".join(parts)


def _catalogue(lang: str) -> set[str]:
    """UI strings and finding titles/message fragments of one language, long enough to mean
    something and different from the other language's."""
    other = "en" if lang == "zh" else "zh"
    texts = {v for k, v in STRINGS[lang].items() if v != STRINGS[other].get(k)}
    index = 0 if lang == "zh" else 1
    for title, template in (pair[index] for pair in FINDINGS.values()):
        texts.add(title)
        texts.update(re.split(r"\{\w+\}", template))
    for template in (pair[index] for pair in GAPS.values()):
        texts.update(re.split(r"\{\w+\}", template))
    minimum = 2 if lang == "zh" else 6  # two Chinese characters already say something
    return {t.strip() for t in texts if len(t.strip()) >= minimum and "{" not in t}


@pytest.mark.parametrize(("lang", "other"), [("zh", "en"), ("en", "zh")])
def test_page_holds_no_catalogue_string_of_the_other_language(
    rendered: dict[str, dict[str, Any]], lang: str, other: str
) -> None:
    page = rendered[lang]
    data = _data_text(page["report"])
    leaks = sorted(s for s in _catalogue(other) if s in page["text"] and s not in data)
    assert leaks == []
    # And the page's own language is really there.
    assert STRINGS[lang]["sec.readiness"] in page["text"]
    assert STRINGS[lang]["chart.weekly.title"] in page["text"]


# Every number shown comes from report.json ------------------------------------------------

NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _flat_numbers(value: Any, allowed: set[str]) -> None:
    """Every number in ``value``, as written and as the HTML may format it, plus list sizes."""
    if isinstance(value, bool) or value is None:
        return
    if isinstance(value, int | float):
        allowed.update({str(value), f"{value:.1f}", f"{value * 100:.1f}"})
        if float(value).is_integer():
            allowed.add(str(int(value)))
    elif isinstance(value, str):
        for token in NUMBER.findall(value):
            allowed.update({token, token.lstrip("0") or "0"})
    elif isinstance(value, dict | list):
        items = value.values() if isinstance(value, dict) else value
        if isinstance(value, list):
            allowed.add(str(len(value)))
        for item in items:
            _flat_numbers(item, allowed)


def _allowed_numbers(report: dict[str, Any]) -> set[str]:
    allowed: set[str] = set()
    _flat_numbers(report, allowed)
    for item in report["findings"]:  # records flagged per code (the readiness "issues")
        same = [f for f in report["findings"] if f["code"] == item["code"]]
        keys = {json.dumps(e, sort_keys=True) for f in same for e in f["evidence"]}
        allowed.add(str(len(keys)))
    return allowed


def _masked(report: dict[str, Any]) -> set[str]:
    """The digit groups of the callback sample's phones as the HTML masks them (138****5678)."""
    phones = [mask_phone(str(c.get("customer_phone") or "")) for c in report["callback_sample"]]
    return {token for phone in phones for token in NUMBER.findall(phone)}


def _static_numbers(lang: str) -> set[str]:
    """Numbers in our own fixed text (e.g. "GB/T 27922-2011"), not data."""
    fixed = " ".join(re.sub(r"\{\w+\}", " ", v) for v in STRINGS[lang].values())
    return set(NUMBER.findall(fixed))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_number_in_the_html_comes_from_report_json(
    rendered: dict[str, dict[str, Any]], lang: str
) -> None:
    page = rendered[lang]
    body = lxml.html.document_fromstring(page["html"]).body
    # Node by node: table cells have no space between them, "a.docx" + "11" is not "a.docx11".
    shown = [n for text in body.itertext() for n in NUMBER.findall(text)]
    allowed = _allowed_numbers(page["report"]) | _static_numbers(lang) | _masked(page["report"])
    assert len(shown) > 100  # the page really shows numbers
    assert sorted({n for n in shown if n not in allowed}) == []


def test_chart_numbers_are_the_summary_numbers(rendered: dict[str, dict[str, Any]]) -> None:
    page = rendered["zh"]
    tree = lxml.html.document_fromstring(page["html"])
    weekly, response, rating = tree.xpath("//svg")
    wo = page["report"]["summary"]["work_orders"]
    shown_weeks = [int(v) for v in weekly.xpath(".//text[@class='value']/text()")]
    assert shown_weeks == [w["count"] for w in wo["per_week"] if w["count"]]
    shown_bins = [int(v) for v in response.xpath(".//text[@class='value']/text()")]
    assert shown_bins == [b["count"] for b in wo["response_hours_histogram"] if b["count"]]
    ratings = page["report"]["summary"]["survey"]["rating_distribution"]
    shown_ratings = [int(v) for v in rating.xpath(".//text[@class='value']/text()")]
    assert shown_ratings == [r["count"] for r in ratings]
    assert sum(shown_ratings) == page["report"]["summary"]["survey"]["responses"]


# A real browser ------------------------------------------------------------------------------


@needs_chromium
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_browser_loads_without_errors_or_network(
    rendered: dict[str, dict[str, Any]], lang: str, tmp_path: Path
) -> None:
    page_path = rendered[lang]["dir"] / "report.html"
    with Browser(find_chromium() or "") as browser:
        loaded = browser.load(page_path)
    assert loaded.console_errors == []
    assert loaded.requests == [page_path.resolve().as_uri()]  # the page itself, nothing else
    assert not re.search(r"https?://", loaded.dom)
    assert "<svg" in loaded.dom and STRINGS[lang]["sec.readiness"] in loaded.dom
    shot = tmp_path / f"report-{lang}.png"
    shot.write_bytes(loaded.screenshot)
    assert loaded.screenshot.startswith(b"\x89PNG") and loaded.height > 2000


# PDF ---------------------------------------------------------------------------------------


def _pdf_pages(path: Path) -> list[str]:
    document = pypdfium2.PdfDocument(path)
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


@needs_chromium
@pytest.mark.skipif(not cjk_font_installed(), reason="no CJK font: Chromium prints the report's Chinese blank")
def test_pdf_of_the_defects_package(rendered: dict[str, dict[str, Any]], tmp_path: Path) -> None:
    report = rendered["zh"]["report"]
    write_pdf(report, tmp_path / "report.pdf")
    pages = _pdf_pages(tmp_path / "report.pdf")
    text = re.sub(r"\s+", "", "".join(pages))
    assert 4 <= len(pages) <= 20
    assert report["applicant"] in text
    assert STRINGS["zh"][f"verdict.{report['verdict']}"] in text
    assert STRINGS["zh"]["sec.readiness"] in text and STRINGS["zh"]["sec.charts"] in text
    assert re.sub(r"\s+", "", STRINGS["zh"]["footer.disclaimer"]) in re.sub(r"\s+", "", pages[-1])


@needs_chromium
@pytest.mark.skipif(not cjk_font_installed(), reason="no CJK font: Chromium prints the report's Chinese blank")
def test_pdf_page_count_and_folded_evidence_printed_open(tmp_path: Path) -> None:
    rows = [evidence("a.xlsx", sheet="工单", row=n + 2, record_id=f"GD{n:04d}") for n in range(25)]
    report = make_report(findings=[finding("WO_OUT_OF_WINDOW", evidence=rows)])
    for entry in report["readiness"]:  # as checks/readiness.py decides for this one finding
        entry.update(state="ready", codes=[], missing=[])
    set_readiness(report, "work_order_count", "not_ready", codes=["WO_OUT_OF_WINDOW"])
    write_pdf(report, tmp_path / "report.pdf")
    pages = _pdf_pages(tmp_path / "report.pdf")
    assert len(pages) == 3  # header, readiness, charts, one finding, documents, callback
    assert "GD0024" in "".join(pages)  # the 25th row, folded in the HTML, is on paper


def test_pdf_without_renderer_exits_2_and_writes_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PREAUDIT_CHROMIUM", str(tmp_path / "no-such-chromium"))
    assert find_renderer() is None
    code = cli.main(["run", str(DEFECTS), "--out", str(tmp_path / "out"), "--quiet", "--pdf"])
    assert code == 2
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == ["findings.xlsx", "report.html", "report.json"]
    assert "apt-get install chromium" in capsys.readouterr().err


def _fake_fc_list(folder: Path, families: str) -> Path:
    """A `fc-list` that lists the given font families for any pattern, first on PATH."""
    folder.mkdir()
    script = folder / "fc-list"
    script.write_text(f"#!/bin/sh\nprintf '%s' '{families}'\n", encoding="utf-8")
    script.chmod(0o755)
    return folder


def test_pdf_without_a_chinese_font_exits_2_and_writes_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Chromium prints Chinese blank without a CJK font and exits 0: refused before it runs
    (a Chromium that is a plain file would fail if it were started)."""
    chromium = tmp_path / "chromium"
    chromium.write_text("not a browser", encoding="utf-8")
    monkeypatch.setenv("PREAUDIT_CHROMIUM", str(chromium))
    bin_dir = _fake_fc_list(tmp_path / "bin", "")
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")
    code = cli.main(["run", str(DEFECTS), "--out", str(tmp_path / "out"), "--quiet", "--pdf"])
    assert code == 2
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == ["findings.xlsx", "report.html", "report.json"]
    assert "fonts-noto-cjk" in capsys.readouterr().err


def test_a_listed_chinese_font_lets_the_pdf_go_to_chromium(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The must-not: with a Chinese font listed, the font check passes and Chromium is asked
    (here a file that cannot run, so the error is Chromium's, not the font's)."""
    chromium = tmp_path / "chromium"
    chromium.write_text("not a browser", encoding="utf-8")
    monkeypatch.setenv("PREAUDIT_CHROMIUM", str(chromium))
    bin_dir = _fake_fc_list(tmp_path / "bin", "Noto Sans CJK SC\n")
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")
    with pytest.raises(PdfError, match="Chromium could not be started"):
        write_pdf(make_report(), tmp_path / "report.pdf")
