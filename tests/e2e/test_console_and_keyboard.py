"""The facilitator console's first screen and keyboard-only use of the live room: at
1366x768 the presenter, the timer, the window and the newest commitments show without
scrolling; a member commits from the phone view with the keyboard alone, and a facilitator
runs the console's main controls the same way, with the focus always visible."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django_scopes import scopes_disabled
from playwright.sync_api import Browser, Page, expect

from collaboratory.commitments.models import Commitment, LiveSession
from collaboratory.commitments.services import commitment_window_open, presentation_start
from tests.commitments.conftest import Room
from tests.commitments.conftest import room as room
from tests.e2e.conftest import accessibility_problems
from tests.e2e.test_live_room import PHONE, signed_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LAPTOP = {"width": 1366, "height": 768}
TYPED = "I will introduce you to 2 county commissioners by May 15"


@pytest.fixture
def live(room: Room) -> Room:
    with scopes_disabled():
        gathering = room.proposal.gathering
        presentation_start(gathering=gathering, proposal=room.proposal, actor=room.steward)
        commitment_window_open(gathering=gathering, proposal=room.proposal, actor=room.steward)
    return room


@pytest.fixture
def console(browser: Browser, live_server, live: Room) -> Iterator[Page]:  # type: ignore[no-untyped-def]
    context = signed_in(browser, live_server, live.steward, LAPTOP)
    page = context.new_page()
    page.goto(f"{live_server.url}/n/alpha/live/{live.proposal.gathering_id}/console/")
    yield page
    context.close()


def tab_to(page: Page, selector: str, limit: int = 80) -> None:
    """Press Tab until the element matching `selector` has the focus (and fail if it never
    does), then check that the focus can be seen."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement?.matches(s) ?? false", selector):
            outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
            assert outline != "none", f"no visible focus on {selector}"
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_the_console_first_screen_holds_presenter_timer_window_and_newest(  # type: ignore[no-untyped-def]
    live: Room, live_server, browser: Browser
) -> None:
    for i in range(8):
        live.commit(what=f"I will host you on May {i + 3} for 40 people")
    context = signed_in(browser, live_server, live.steward, LAPTOP)
    page = context.new_page()
    page.goto(f"{live_server.url}/n/alpha/live/{live.proposal.gathering_id}/console/")

    for selector in (
        ".now-presenter",
        "[data-timer]",
        "[data-console-window]",
        ".console-main button[value=window_close]",
        ".console-commitment >> nth=0",
    ):
        box = page.locator(selector).bounding_box()
        assert box is not None, selector
        assert box["y"] + box["height"] <= 768, (selector, box)
    expect(page.locator(".console-commitment").first).to_contain_text("May 10")
    assert accessibility_problems(page) == []
    context.close()


def test_a_member_commits_from_the_phone_view_with_the_keyboard_only(  # type: ignore[no-untyped-def]
    live: Room, live_server, browser: Browser
) -> None:
    context = signed_in(browser, live_server, live.dana, PHONE)
    phone = context.new_page()
    phone.goto(f"{live_server.url}/n/alpha/live/{live.proposal.gathering_id}/")

    tab_to(phone, "#what")
    phone.keyboard.type(TYPED)
    tab_to(phone, "button[type=submit]")
    phone.keyboard.press("Enter")

    expect(phone.locator(".queue-item[data-state=saved]")).to_contain_text(TYPED)
    with scopes_disabled():
        assert list(Commitment.objects.values_list("what", "committer")) == [(TYPED, live.dana.pk)]
    context.close()


def test_the_console_main_controls_work_from_the_keyboard(console: Page, live: Room) -> None:
    def session() -> LiveSession:
        with scopes_disabled():
            return LiveSession.objects.get(gathering_id=live.proposal.gathering_id)

    tab_to(console, ".console-main button[value=window_close]")
    console.keyboard.press("Enter")
    expect(console.locator("[data-console-window]")).to_contain_text("Commitments are closed")
    assert session().window_proposal_id is None

    tab_to(console, ".console-main button[value=window_open]")
    console.keyboard.press("Enter")
    expect(console.locator("[data-console-window]")).to_contain_text("Commitments are open")
    assert session().window_proposal_id == live.proposal.pk

    tab_to(console, ".console-timer-settings summary")
    console.keyboard.press("Enter")
    tab_to(console, "#minutes")
    console.keyboard.press("Home")
    tab_to(console, ".console-timer-settings button[type=submit]")
    console.keyboard.press("Enter")
    expect(console.locator(".console-timer-settings summary")).to_contain_text("Timer: 5 minutes")
    assert session().timer_minutes == 5

    tab_to(console, ".console-main button[value=stop]")
    console.keyboard.press("Enter")
    expect(console.locator(".console-main button[value=stop]")).to_have_count(0)
    assert session().stopped_at is not None
