"""Controls a member taps on a phone are at least 44 px tall."""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled
from playwright.sync_api import Page

from tests.e2e.conftest import log_in, ready
from tests.factories import MembershipFactory, NetworkFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_photo_picker_on_my_profile_is_a_full_tap_target(live_server, page: Page) -> None:  # type: ignore[no-untyped-def]
    """The browser's own file button was 21 px tall."""
    with scopes_disabled():
        me = MembershipFactory(network=NetworkFactory(slug="tulsa"), user__email="me@example.org")
    page.set_viewport_size({"width": 390, "height": 844})
    log_in(page, live_server.url, me.user.email)

    page.goto(f"{live_server.url}/me/profile/")
    ready(page)
    box = page.locator('input[type="file"]').first.bounding_box()

    assert box is not None
    assert box["height"] >= 44
    assert box["x"] + box["width"] <= 390
