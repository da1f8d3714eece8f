"""A steward withdraws an approved substitute in a real browser: "Withdraw…" opens the
confirmation, the confirmed button withdraws the pass, and the pass then says so (410).
The page passes axe with the confirmation open."""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled
from playwright.sync_api import Page, expect

from collaboratory.gatherings.services import rsvp_submit, substitution_decide, substitution_request
from collaboratory.networks.models import Role
from tests.e2e.conftest import accessibility_problems, log_in
from tests.factories import GatheringFactory, MembershipFactory, NetworkFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_steward_withdraws_a_substitute_after_confirming(live_server, page: Page) -> None:  # type: ignore[no-untyped-def]
    with scopes_disabled():
        network = NetworkFactory(slug="delta", name="Delta Civic Collaboratory")
        steward = MembershipFactory(
            network=network, role=Role.STEWARD, user__email="steward@delta.example"
        ).user
        member = MembershipFactory(network=network, user__full_name="Maya Member").user
        gathering = GatheringFactory(network=network, title="Spring Gathering", capacity=10)
        rsvp_submit(gathering=gathering, user=member, answer="yes", both_parts=True)
        substitution = substitution_request(
            gathering=gathering,
            member=member,
            name="Sam Standin",
            email="sam@example.org",
            reason="Travelling for work",
        )
        token = substitution_decide(substitution=substitution, approve=True, actor=steward)
    log_in(page, live_server.url, steward.email)

    page.goto(f"{live_server.url}/n/delta/gatherings/{gathering.pk}/manage/")
    confirm = page.get_by_role("button", name="Withdraw the pass of Sam Standin")
    expect(confirm).to_be_hidden()
    page.get_by_text("Withdraw…").click()
    expect(page.get_by_text("Maya Member is told by email.")).to_be_visible()
    assert accessibility_problems(page) == []
    confirm.click()

    expect(page.get_by_text("The pass of Sam Standin is withdrawn")).to_be_visible()
    expect(page.get_by_text("Withdrawn by a steward")).to_be_visible()
    expect(page.get_by_text("Withdraw…")).to_have_count(0)
    # Fetched, not opened: the browser logs every 410 it loads as a console error.
    gone = page.request.get(f"{live_server.url}/gatherings/pass/key/{token}/")
    assert gone.status == 410
    assert "have withdrawn this pass for Spring Gathering" in gone.text()
