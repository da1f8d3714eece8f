"""A newcomer opens the emailed invitation link, accepts the pledges and lands on the packet."""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled
from playwright.sync_api import Page, expect

from collaboratory.networks.models import Role
from collaboratory.networks.services import invitation_create
from tests.factories import MembershipFactory, NetworkFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_newcomer_accepts_an_invitation_in_the_browser(live_server, page: Page) -> None:  # type: ignore[no-untyped-def]
    with scopes_disabled():
        network = NetworkFactory(slug="tulsa", name="Tulsa Civic Collaboratory")
        steward = MembershipFactory(network=network, role=Role.STEWARD).user
        _invitation, token = invitation_create(
            network=network, email="nia@example.org", full_name="Nia Newcomer", actor=steward
        )

    page.goto(f"{live_server.url}/invitations/token/{token}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Join Tulsa Civic Collaboratory")
    page.get_by_label("Your age").select_option("30-44")
    page.get_by_label("Choose a password").fill("a-fine-long-passphrase")
    page.get_by_role("button", name="Accept the invitation").click()
    expect(page.get_by_text("Tick all three member pledges to join")).to_be_visible()

    page.get_by_label("Your age").select_option("30-44")
    page.get_by_label("Choose a password").fill("a-fine-long-passphrase")
    for pledge in (
        "Share and listen to build trust.",
        "Use your knowledge, skills and network for the group.",
        "Make and keep commitments to fellow members.",
    ):
        page.get_by_label(pledge).check()
    page.get_by_role("button", name="Accept the invitation").click()

    expect(page).to_have_url(f"{live_server.url}/n/tulsa/welcome/")
    expect(page.get_by_role("heading", name="The new-member packet")).to_be_visible()
    expect(page.get_by_role("heading", name="Welcome to the Collaboratory")).to_be_visible()
