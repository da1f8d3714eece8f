"""The member directory filters in place (htmx) on a phone-sized screen, with no CSP or
script errors."""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled
from playwright.sync_api import Page, expect

from collaboratory.capital import CapitalKind, HelpCategory
from collaboratory.people.services import offered_asset_add
from tests.factories import PASSWORD, MembershipFactory, NetworkFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_member_filters_the_directory_in_place(live_server, page: Page) -> None:  # type: ignore[no-untyped-def]
    with scopes_disabled():
        network = NetworkFactory(slug="tulsa", name="Tulsa Civic Collaboratory")
        me = MembershipFactory(network=network, user__email="me@example.org").user
        host = MembershipFactory(network=network, user__full_name="Hana Host").user
        MembershipFactory(network=network, user__full_name="Omar Other")
    offered_asset_add(
        user=host,
        kind=CapitalKind.INSTITUTIONAL,
        category=HelpCategory.SPACE,
        description="A hall for 60 people",
    )
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Email").fill(me.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()

    page.goto(f"{live_server.url}/n/tulsa/members/")
    expect(page.get_by_text("3 members")).to_be_visible()
    page.get_by_label("Offers").select_option("space")

    expect(page.get_by_text("1 member", exact=True)).to_be_visible()
    expect(page.get_by_role("heading", name="Hana Host")).to_be_visible()
    expect(page.get_by_role("heading", name="Omar Other")).to_have_count(0)
    expect(page).to_have_url(
        f"{live_server.url}/n/tulsa/members/?q=&category=space&issue=&sector=&region="
    )
