"""The check-in code is projected or held up in the room: its page is a focused screen (no
site menu, a small way back), and the code and its short link show without scrolling on a
laptop (1366x768) and on a phone (walk-through: the menu pushed them below the fold)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import Browser, Page, expect

from collaboratory.networks.models import Role
from tests.e2e.conftest import log_in, ready
from tests.factories import GatheringFactory, MembershipFactory, NetworkFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENS = {"laptop": (1366, 768, False), "phone": (390, 844, True)}


def _within_viewport(page: Page, selector: str) -> bool:
    box = page.locator(selector).bounding_box()
    size = page.viewport_size
    assert box is not None
    assert size is not None
    return (
        box["x"] >= 0
        and box["y"] >= 0
        and box["x"] + box["width"] <= size["width"]
        and box["y"] + box["height"] <= size["height"]
    )


@pytest.mark.parametrize("screen", SCREENS)
def test_the_code_and_short_link_fit_the_screen_without_the_menu(
    live_server,  # type: ignore[no-untyped-def]
    browser: Browser,
    screen: str,
) -> None:
    network = NetworkFactory(slug="kappa", name="Kappa Collaboratory")
    MembershipFactory(network=network, role=Role.STEWARD, user__email="steward@kappa.example")
    gathering = GatheringFactory(
        network=network,
        title="Autumn Gathering",
        first_part_at=timezone.now().replace(microsecond=0) - timedelta(minutes=30),
    )
    width, height, mobile = SCREENS[screen]
    context = browser.new_context(viewport={"width": width, "height": height}, is_mobile=mobile)
    page = context.new_page()
    log_in(page, live_server.url, "steward@kappa.example")

    page.goto(f"{live_server.url}/n/kappa/gatherings/{gathering.pk}/check-in-code/")
    expect(page.get_by_role("img", name="QR code for check-in")).to_be_visible()
    ready(page)
    page.wait_for_load_state("networkidle")  # the code's image has its size

    assert _within_viewport(page, "img.qr-screen")
    assert _within_viewport(page, ".check-in-short-link")
    assert page.evaluate("window.scrollY") == 0
    expect(page.get_by_role("navigation", name="Network")).to_have_count(0)
    expect(page.get_by_role("button", name="Menu")).to_have_count(0)
    back = page.get_by_role("link", name="Back to the gathering")
    expect(back).to_have_attribute("href", f"/n/kappa/gatherings/{gathering.pk}/")
    context.close()
