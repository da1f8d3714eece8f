"""A newcomer opens the demo, logs in as the printed member and sees the network home."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from collaboratory.demo.generator import DEMO_PASSWORD, MEMBER_EMAIL, generate_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_member_logs_in_to_their_commitments_and_finds_the_network_home(
    live_server,
    page: Page,
    artifacts: Path,  # type: ignore[no-untyped-def]
) -> None:
    generate_demo(anchor=date.today())

    page.goto(live_server.url)
    expect(page.get_by_role("heading", name="Collaboratory")).to_be_visible()
    page.get_by_role("main").get_by_role("link", name="Log in").click()
    page.get_by_label("Email").fill(MEMBER_EMAIL)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Log in").click()

    expect(page).to_have_url(f"{live_server.url}/n/national/follow-through/")
    expect(page.get_by_role("heading", level=1)).to_have_text("My commitments")
    page.get_by_role("navigation", name="Network").get_by_role("link", name="Home").click()
    expect(page).to_have_url(f"{live_server.url}/n/national/")
    expect(page.get_by_role("heading", level=1)).to_have_text("National Civic Collaboratory")
    expect(page.get_by_text("You take part as: Member.")).to_be_visible()
    expect(
        page.get_by_role("navigation", name="Network").get_by_role("link", name="Home")
    ).to_have_attribute("aria-current", "page")
    page.screenshot(path=str(artifacts / "member-home.png"), full_page=True)


def test_keyboard_users_can_skip_to_the_content(live_server, page: Page) -> None:  # type: ignore[no-untyped-def]
    page.goto(live_server.url)

    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
