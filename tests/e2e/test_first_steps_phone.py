"""A steward whose network has just opened reads "First steps" without scrolling on a phone
(390 x 844): it sat under the six zero cards of "Waiting for you" and the member's links."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

from collaboratory.networks.models import Role
from tests.e2e.conftest import log_in
from tests.factories import MembershipFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_new_networks_steward_sees_first_steps_on_a_phone_without_scrolling(
    live_server,  # type: ignore[no-untyped-def]
    browser: Browser,
    artifacts: Path,
) -> None:
    steward = MembershipFactory(role=Role.STEWARD)
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    log_in(page, live_server.url, steward.user.email)

    page.goto(f"{live_server.url}/n/{steward.network.slug}/")
    heading = page.get_by_role("heading", name="First steps")
    box = heading.bounding_box()
    page.screenshot(path=str(artifacts / "first-steps-phone.png"))
    context.close()

    assert box is not None
    assert box["y"] + box["height"] <= 844
