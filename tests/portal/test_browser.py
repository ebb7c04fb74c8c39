"""Every role in headless Chromium against a real ``preaudit serve``: log in, upload the
defects package, wait for the report, compare the page with report.json, record a callback,
upload a second round (the licence replaced) and read what changed. Screenshots go to docs/ with
PREAUDIT_UPDATE_DOCS=1 (else to the test's temporary folder)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from tests.fonts import cjk_font_installed
from tests.portal.browser import Tab
from tests.portal.conftest import PACKAGES, PASSWORD, make_portal, zip_of
from tests.portal.test_jobs import _free_port, serve, wait_up
from tests.reports.chromium import Browser, find_chromium

DOCS = Path(__file__).resolve().parents[2] / "docs"


def _partly_fixed(target: Path) -> Path:
    """The defects package with the clean package's business licence: a consultant's round 2."""
    shutil.copytree(PACKAGES / "defects", target)
    shutil.copy(PACKAGES / "clean" / "scan_0001.pdf", target / "scan_0001.pdf")
    shutil.copy(PACKAGES / "clean" / "application.toml", target / "application.toml")
    return target


def _login(tab: Tab, name: str) -> None:
    tab.open("/login")
    tab.fill("input[name=name]", name)
    tab.fill("input[name=password]", PASSWORD)
    tab.submit("form[action='/login'] button")
    assert tab.text(".who").startswith(name), tab.text("#error")


def _upload(tab: Tab, application: str, package: Path) -> int:
    tab.open(application)
    tab.choose_files("input[type=file]", [package])
    tab.submit("form[enctype] button")
    assert tab.path().startswith("/rounds/"), tab.text("#error")
    return int(tab.path().rsplit("/", 1)[1])


def _check_numbers(tab: Tab, report: dict) -> None:
    counts = report["counts"]
    assert tab.attr("h1 [data-verdict]", "data-verdict") == report["verdict"]
    expected = f"{counts['major']}/{counts['minor']}/{counts['observation']}"
    assert tab.attr("#counts [data-counts]", "data-counts") == expected


@pytest.mark.slow
@pytest.mark.skipif(not cjk_font_installed(), reason="no CJK font: Chromium cannot draw the portal")
def test_three_roles_in_a_browser(tmp_path: Path) -> None:
    chromium = find_chromium()
    if chromium is None:
        pytest.skip("needs Debian's chromium (README: Browser tests and PDF)")
    shots = DOCS if os.environ.get("PREAUDIT_UPDATE_DOCS") == "1" else tmp_path
    (tmp_path / "data").mkdir()
    portal = make_portal(tmp_path, f"sqlite:///{tmp_path / 'data' / 'portal.db'}")
    defects = zip_of(PACKAGES / "defects", tmp_path / "defects.zip")
    clean = zip_of(_partly_fixed(tmp_path / "fixed"), tmp_path / "round2.zip")
    port = _free_port()
    server = serve(portal.data.root, portal.url, port)
    try:
        wait_up(port, server)
        with Browser(chromium) as browser:
            base = f"http://127.0.0.1:{port}"
            _walk_through(browser, base, portal, defects, clean, shots)
    finally:
        server.terminate()
        server.wait(timeout=30)


def _walk_through(browser, base, portal, defects: Path, clean: Path, shots: Path) -> None:
    # The applicant: a new application, the defects package, its report.
    alice = Tab(browser, base)
    _login(alice, "alice")
    alice.fill("input[name=title]", "Alice Appliances 2026")
    alice.submit("form[action='/applications'] button")
    application = alice.path()
    first = _upload(alice, application, defects)
    assert alice.wait_for_status(("done", "failed")) == "done"
    report = json.loads((portal.data.report(first) / "report.json").read_text())
    _check_numbers(alice, report)
    assert "有效工单数量不足" in alice.text("#to-fix")
    alice.screenshot(shots / "portal-applicant.png")
    alice.open(f"/rounds/{first}/report.html")
    assert report["package"] in alice.text("body") and "预审结论" in alice.text("body")

    # The auditor: the queue, the round, the callback worklist.
    ada = Tab(browser, base)
    _login(ada, "ada")
    assert ada.path() == "/queue"
    assert "Alice Appliances 2026" in ada.text("#queue")
    ada.open(f"/rounds/{first}/callbacks")
    record = report["callback_sample"][0]["record_id"]
    row = f"tr[data-record='{record}']"
    ada.js(f"document.querySelector(\"{row} select\").value = 'confirmed'")
    ada.fill(f"{row} input[name=note]", "customer confirms the repair")
    ada.submit(f"{row} button")
    assert ada.attr(f"{row} [data-outcome]", "data-outcome") == "confirmed"
    ada.screenshot(shots / "portal-auditor-callbacks.png")
    ada.open(application)
    assert ada.attr("[data-callbacks]", "data-callbacks") == "1"

    # The consultant: the client's second round and what changed.
    carl = Tab(browser, base)
    _login(carl, "carl")
    second = _upload(carl, application, clean)
    assert carl.wait_for_status(("done", "failed")) == "done"
    new = json.loads((portal.data.report(second) / "report.json").read_text())
    _check_numbers(carl, new)
    fixed = int(carl.attr("[data-fixed]", "data-fixed") or -1)
    still_open = int(carl.attr("[data-still-open]", "data-still-open") or -1)
    assert fixed > 0 and still_open > 0  # the licence was replaced, the rest not yet
    carl.screenshot(shots / "portal-consultant-round.png")
    ada.open("/queue")
    assert ada.text("#queue").count("Alice Appliances 2026") == 2
    ada.screenshot(shots / "portal-auditor-queue.png")

    # The admin sees users, not applications.
    root = Tab(browser, base)
    _login(root, "root")
    assert root.path() == "/admin/users" and "alice" in root.text("#users")
    root.open(application)
    assert "Not for your role" in root.text("#error")
    if shots != DOCS:
        assert (shots / "portal-applicant.png").stat().st_size > 10_000
