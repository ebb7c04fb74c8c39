"""A browser tab for portal tests, on the project's DevTools-protocol harness (no JS in pages).

Each Tab lives in its own browser context, so two roles can be logged in side by side.
"""

from __future__ import annotations

import base64
import time
from pathlib import Path
from typing import Any

from tests.reports.chromium import Browser


class Tab:
    def __init__(self, browser: Browser, base: str, width: int = 1280) -> None:
        self.browser, self.base, self.width = browser, base, width
        context = browser.send("Target.createBrowserContext")["browserContextId"]
        target = browser.send("Target.createTarget", url="about:blank", browserContextId=context)[
            "targetId"
        ]
        self.session = browser.send("Target.attachToTarget", targetId=target, flatten=True)[
            "sessionId"
        ]
        for domain in ("Page", "Runtime", "DOM"):
            browser.send(f"{domain}.enable", self.session)
        self._viewport(900)

    def _viewport(self, height: int) -> None:
        self.browser.send(
            "Emulation.setDeviceMetricsOverride",
            self.session,
            width=self.width,
            height=height,
            deviceScaleFactor=1,
            mobile=False,
        )

    def _until_loaded(self, action: Any) -> None:
        self.browser.events.clear()
        action()
        self.browser.wait_for("Page.loadEventFired")

    def open(self, path: str) -> None:
        self._until_loaded(
            lambda: self.browser.send("Page.navigate", self.session, url=self.base + path)
        )

    def js(self, expression: str) -> Any:
        reply = self.browser.send(
            "Runtime.evaluate", self.session, expression=expression, returnByValue=True
        )
        if "exceptionDetails" in reply:
            raise RuntimeError(reply["exceptionDetails"])
        return reply["result"].get("value")

    def fill(self, selector: str, value: str) -> None:
        self.js(f"document.querySelector({selector!r}).value = {value!r}")

    def submit(self, selector: str) -> None:
        """Click the form's button, as a person would, and wait for the next page."""
        self._until_loaded(lambda: self.js(f"document.querySelector({selector!r}).click()"))

    def choose_files(self, selector: str, files: list[Path]) -> None:
        node = self.browser.send(
            "Runtime.evaluate", self.session, expression=f"document.querySelector({selector!r})"
        )["result"]["objectId"]
        self.browser.send(
            "DOM.setFileInputFiles",
            self.session,
            files=[str(f) for f in files],
            objectId=node,
        )

    def text(self, selector: str) -> str:
        return str(self.js(f"document.querySelector({selector!r})?.textContent ?? ''"))

    def attr(self, selector: str, name: str) -> str | None:
        return self.js(f"document.querySelector({selector!r})?.getAttribute({name!r}) ?? null")

    def path(self) -> str:
        return str(self.js("location.pathname"))

    def wait_for_status(self, wanted: tuple[str, ...], timeout: float = 180) -> str:
        """Wait while the page refreshes itself (meta refresh) until the round is done."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                status = self.attr("h1 ~ p [data-status]", "data-status")
            except RuntimeError:  # the page was reloading
                status = None
            if status in wanted:
                time.sleep(0.3)
                return str(status)
            time.sleep(0.5)
        raise AssertionError(f"status stayed {status}")

    def screenshot(self, target: Path) -> None:
        height = int(self.js("document.documentElement.scrollHeight"))
        self._viewport(height)
        shot = self.browser.send("Page.captureScreenshot", self.session, format="png")
        target.write_bytes(base64.b64decode(shot["data"]))
        self._viewport(900)
