"""Browser tests: Playwright drives Debian's Chromium (/usr/bin/chromium, headless) against
pytest-django's live server."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

# Playwright's sync API runs an event loop in the test thread; Django's ORM guard would
# otherwise refuse the database calls that test set-up makes beside it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, ConsoleMessage, Page, Request, expect

from tests.e2e import chromium
from tests.factories import PASSWORD

ARTIFACTS = Path(os.environ.get("COLLABORATORY_TEST_ARTIFACTS", "test-artifacts"))


class _ViewsRunning:
    """The live server's views still running: a page's poll sent just before its context
    closed keeps running in a server thread after the test. When the test database was
    flushed under it, what it wrote next (a refusal audited as `access.denied`, since the
    member was gone) stayed committed, and the leak guard failed the test at teardown."""

    def __init__(self) -> None:
        self.count = 0
        self.lock = threading.Lock()

    def wrap(self, app: Callable[..., Any]) -> Callable[..., Any]:
        def counted(environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
            with self.lock:
                self.count += 1
            try:
                # A stream's body is read later: its view has returned by then.
                return app(environ, start_response)
            finally:
                with self.lock:
                    self.count -= 1

        counted.wrapped = True  # type: ignore[attr-defined]
        return counted

    def drain(self, seconds: float = 10.0) -> None:
        deadline = time.monotonic() + seconds
        while self.count and time.monotonic() < deadline:
            time.sleep(0.02)


_views = _ViewsRunning()


@pytest.fixture(autouse=True)
def _live_server_drained(request: pytest.FixtureRequest) -> Iterator[None]:
    """For a test on the live server, its views finish before the test database is flushed
    (set up after `transactional_db`, so torn down before it)."""
    if "live_server" not in request.fixturenames:
        yield
        return
    request.getfixturevalue("transactional_db")
    server = request.getfixturevalue("live_server")
    httpd = server.thread.httpd
    if not getattr(httpd.get_app(), "wrapped", False):
        httpd.set_app(_views.wrap(httpd.get_app()))
    yield
    _views.drain()


@pytest.fixture
def browser() -> Browser:
    """The worker's Chromium (tests/e2e/chromium.py: kept open from one browser test to the
    next, closed before a test that does not drive it)."""
    try:
        return chromium.browser()
    except FileNotFoundError as missing:
        pytest.fail(str(missing))


# A form refused with 400 answers with the fragment that explains why, and the page shows it;
# Chromium still logs the status, which is the answer working as meant, not a fault.
EXPECTED_REFUSAL = "the server responded with a status of 400"


def _unexpected(message: ConsoleMessage) -> bool:
    return message.type == "error" and EXPECTED_REFUSAL not in message.text


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    console_errors: list[str] = []
    page.on("console", lambda m: console_errors.append(m.text) if _unexpected(m) else None)
    yield page
    context.close()
    # A CSP violation or a script error shows up here: the page must run clean.
    assert console_errors == []


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


# axe-core's WCAG 2.2 A and AA rules; a page may have no critical or serious violation.
AXE = Axe()
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    "resultTypes": ["violations"],
}
# The rules whose answer depends on how the page is laid out at a given width, colour apart:
# targets squeezed together as a row wraps, a box that only scrolls on the narrower screen.
# Every other rule reads the markup, and colour contrast reads colours, which no width
# between 320 and 390 px changes (app.css's media queries all switch at 640 px or wider).
# Contrast was 60% of an audit's time; these two take a tenth of it.
AXE_LAYOUT_OPTIONS = {
    "runOnly": {"type": "rule", "values": ["target-size", "scrollable-region-focusable"]},
    "resultTypes": ["violations"],
}


def accessibility_problems(page: Page, options: dict | None = None) -> list[str]:
    """axe-core's critical and serious violations on the page as it stands, one line each,
    under `options` (all of `AXE_OPTIONS`' rules unless told). axe's 570 KB script is sent
    to a document once, not before every audit of it."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(AXE.axe_script)
    found = page.evaluate("options => axe.run(document, options)", options or AXE_OPTIONS)[
        "violations"
    ]
    return [
        f"{v['id']} ({v['impact']}): {', '.join(str(n['target']) for n in v['nodes'][:3])}"
        for v in found
        if v["impact"] in ("critical", "serious")
    ]


class Quiet:
    """Waits until a page has no request in flight and has sent none for a moment: its lazy
    htmx fragments (`hx-trigger="load"`) and scripts' fetches are in, so what is measured is
    the page a person sees. Playwright's "networkidle" does the same with a fixed 500 ms of
    silence per page; the phone walks load about 350 pages, and those half-seconds were over
    two minutes of CI. Start it when the page opens (it counts from the first request)."""

    def __init__(self, page: Page, silence_ms: int = 60) -> None:
        self.page = page
        self.silence_ms = silence_ms
        self.in_flight: set[Request] = set()
        # Playwright calls Python functions only (a set's bound builtin methods are refused).
        page.on("request", lambda request: self.in_flight.add(request))
        page.on("requestfinished", lambda request: self.in_flight.discard(request))
        page.on("requestfailed", lambda request: self.in_flight.discard(request))

    def wait(self, timeout_ms: int = 15_000) -> None:
        """Return once nothing has been in flight for `silence_ms`; fail after `timeout_ms`."""
        quiet_for = waited = 0
        step = 20
        while quiet_for < self.silence_ms or self.page.evaluate(SWAPPING):
            if waited > timeout_ms:
                pending = ", ".join(sorted(r.url for r in self.in_flight))
                raise AssertionError(f"{self.page.url} still loading: {pending}")
            self.page.wait_for_timeout(step)  # lets Playwright deliver the request events
            waited += step
            quiet_for = 0 if self.in_flight else quiet_for + step


# htmx marks an element while its request runs and while the answer is swapped in and settles.
SWAPPING = "() => !!document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')"


def log_in(page: Page, base_url: str, email: str) -> None:
    """Sign in through the login page with the factories' password, and wait to leave it."""
    page.goto(f"{base_url}/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def ready(page: Page) -> None:
    """Wait until the page's deferred scripts have run (app.js marks `<html data-ready>` on
    DOMContentLoaded). A click that navigates returns once the new page has committed, and
    what a test then sees can be parsed while htmx and the page's scripts are yet to run: a
    test waits here before pressing, typing into or dragging anything a script handles.
    Call it once something only the new page has is seen, so the old page cannot answer."""
    expect(page.locator("html")).to_have_attribute("data-ready", "1")


def settled(page: Page) -> None:
    """Wait until htmx has finished a swap. The swapped-in content shows before htmx has
    wired it (its hx- attributes are processed when it settles, a moment later): call this
    once the new content is seen, before pressing anything in it."""
    expect(
        page.locator(".htmx-request, .htmx-swapping, .htmx-settling, .htmx-added")
    ).to_have_count(0)


def open_menu(page: Page) -> None:
    """On a phone the navigation folds behind "Menu": open it (a wide screen has no button).
    app.js folds it and wires the button: before it has run, the button can be hidden while
    the menu is still unfolded, or shown and not yet wired."""
    ready(page)
    toggle = page.get_by_role("button", name="Menu")
    if toggle.is_visible() and toggle.get_attribute("aria-expanded") != "true":
        toggle.click()
