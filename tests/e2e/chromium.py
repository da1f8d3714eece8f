"""One Chromium per test process, open only while browser tests run.

Playwright's sync API runs its event loop in the test thread and leaves that loop marked
running between calls for as long as Playwright is started. A test that follows on the same
worker and calls `async_to_sync` (the live stream's tests read it through Django's test
client) is then refused: "You cannot use AsyncToSync in the same thread as an async event
loop". Clearing the mark by hand while Playwright lived made the worker's SQLite database
lock. So Playwright is stopped, which clears the mark, before any test that does not drive
the browser (tests/conftest.py), and started again by the next one that does: the suite
runs whole modules one after another, so that costs a restart (~1 s) now and then.
"""

from __future__ import annotations

import os
from pathlib import Path

from playwright.sync_api import Browser, Playwright, sync_playwright

CHROMIUM = os.environ.get("COLLABORATORY_CHROMIUM", "/usr/bin/chromium")
# The machine has no network beyond the package registries: keep Chromium from calling home.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

_open: tuple[Playwright, Browser] | None = None


def browser() -> Browser:
    """The process's Chromium, launched if it is not open."""
    global _open
    if _open is None:
        if not Path(CHROMIUM).exists():
            raise FileNotFoundError(
                f"{CHROMIUM} is missing: `make test` installs Debian's chromium package."
            )
        playwright = sync_playwright().start()
        try:
            launched = playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
            )
        except BaseException:
            playwright.stop()
            raise
        _open = (playwright, launched)
    return _open[1]


def close() -> None:
    """Close Chromium and stop Playwright, so no event loop stays marked running."""
    global _open
    if _open is None:
        return
    playwright, launched = _open
    _open = None
    try:
        launched.close()
    finally:
        playwright.stop()
