"""A steward reviewing proposals sees, beside each ask, who in the network can meet it:
loaded in place by htmx, with reasons, under the page's strict CSP."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from collaboratory.networks.models import Role
from tests.factories import PASSWORD
from tests.matching.conftest import HALL, NEWSLETTER, make_scene

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_steward_sees_suggestions_beside_an_ask_on_the_review_board(  # type: ignore[no-untyped-def]
    live_server, page: Page
) -> None:
    scene = make_scene()
    steward = scene.member("Stella Steward", role=Role.STEWARD)
    scene.member("Hana Hall", HALL, organization_name="Grange Hall Trust")
    scene.member("Nell News", NEWSLETTER)
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Email").fill(steward.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()

    page.goto(
        f"{live_server.url}/n/{scene.network.slug}/creditclub/gatherings/{scene.gathering.pk}/board/"
    )

    ask = page.locator(".asks-with-suggestions > li").filter(has_text=scene.ask.what)
    expect(ask.locator(".suggestion").first).to_contain_text("Hana Hall, Grange Hall Trust")
    expect(ask.locator(".suggestion").first).to_contain_text("offers: Our community hall seats 80")
    expect(ask.get_by_text("Nell News")).to_have_count(0)
