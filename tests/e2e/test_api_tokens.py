"""A member makes an API token on its page, copies it once, and the browsable API reference
loads from the app's own files under the site's CSP (no console error, no CDN)."""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled
from playwright.sync_api import Page, expect

from tests.factories import PASSWORD, MembershipFactory, NetworkFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_member_makes_a_token_and_reads_the_reference(live_server, page: Page) -> None:  # type: ignore[no-untyped-def]
    with scopes_disabled():
        network = NetworkFactory(slug="tulsa", name="Tulsa Civic Collaboratory")
        me = MembershipFactory(network=network, user__email="me@example.org").user
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Email").fill(me.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()

    page.goto(f"{live_server.url}/n/tulsa/api-tokens/")
    page.get_by_label("Name").fill("My spreadsheet")
    page.get_by_label("Access").select_option("read")
    page.get_by_role("button", name="Make the token").click()
    token = page.locator("code.token-text").inner_text()
    expect(page.get_by_role("cell", name="My spreadsheet")).to_be_visible()

    response = page.request.get(
        f"{live_server.url}/api/v1/networks", headers={"Authorization": f"Bearer {token}"}
    )
    assert [n["slug"] for n in response.json()] == ["tulsa"]

    page.goto(f"{live_server.url}/api/v1/docs")
    expect(page.get_by_text("/api/v1/networks/{network}/members")).to_be_visible()
    assert all(url.startswith(live_server.url) for url in requested)
