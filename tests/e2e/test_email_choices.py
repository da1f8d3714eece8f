"""A member opens Email choices from the account menu, takes reminders in the weekly digest,
and sees the choice saved."""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled
from playwright.sync_api import Page, expect

from collaboratory.networks.models import Delivery, MailKind
from collaboratory.networks.selectors import notification_choices_of
from tests.e2e.conftest import accessibility_problems
from tests.factories import PASSWORD, MembershipFactory, NetworkFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_member_takes_reminders_in_the_weekly_digest(live_server, page: Page) -> None:  # type: ignore[no-untyped-def]
    with scopes_disabled():
        network = NetworkFactory(slug="tulsa", name="Tulsa Civic Collaboratory")
        me = MembershipFactory(network=network, user__email="me@example.org").user
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Email").fill(me.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.goto(f"{live_server.url}/me/profile/")

    page.get_by_role("link", name="Email choices").click()
    reminders = page.get_by_role("group", name="Reminders")
    reminders.get_by_label("In the weekly digest").check()
    page.get_by_role("button", name="Save my email choices").click()

    expect(page.get_by_text("Saved: your email choices apply from now on.")).to_be_visible()
    expect(
        page.get_by_role("group", name="Reminders").get_by_label("In the weekly digest")
    ).to_be_checked()
    expect(page.get_by_role("group", name="Digests").get_by_label("By email")).to_be_checked()
    assert notification_choices_of(user=me)[MailKind.REMINDERS] == Delivery.DIGEST
    assert accessibility_problems(page) == []
