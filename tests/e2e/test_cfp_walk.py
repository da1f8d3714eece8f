"""The call for presenters after the proposal, in Chromium: a steward double-clicks
"Announce" (the second post found nothing staged and the page said "No decision is staged
yet" though the first had announced), then the presenter, on a phone, reaches the pack
from their proposal's page, acknowledges it, and the run of show says so."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled
from playwright.sync_api import Browser, Page, expect

from collaboratory.creditclub import services
from collaboratory.creditclub.models import Proposal
from collaboratory.gatherings.models import Gathering
from tests.conftest import World
from tests.creditclub.conftest import Club, make_club
from tests.e2e.test_propose_and_select import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def club(world: World) -> Club:
    return make_club(world)


def test_a_double_click_on_announce_then_the_presenter_prepares_on_a_phone(  # type: ignore[no-untyped-def]
    live_server, page: Page, browser: Browser, club: Club
) -> None:
    proposal = club.proposal()
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="selected", actor=club.steward)
        Gathering.objects.filter(pk=club.upcoming.pk).update(
            proposal_deadline=timezone.now() - timedelta(minutes=1)
        )

    sign_in(page, live_server, club.steward)
    page.goto(f"{live_server.url}/n/alpha/creditclub/gatherings/{club.upcoming.pk}/board/")
    page.get_by_text("Announce the staged decisions…").click()
    page.get_by_role("button", name="Announce and email 1 proposer").dblclick()
    page.wait_for_load_state("networkidle")

    messages = page.locator(".messages")
    expect(messages).to_contain_text(re.compile("Announced 1 decision|already announced"))
    expect(messages).not_to_contain_text("No decision is staged yet")
    with scopes_disabled():
        assert Proposal.objects.get(pk=proposal.pk).state == "selected"

    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    presenter = phone.new_page()
    sign_in(presenter, live_server, club.member)
    presenter.goto(f"{live_server.url}/n/alpha/creditclub/proposals/{proposal.pk}/")
    presenter.get_by_role("link", name="Your presenter pack").click()
    expect(presenter.get_by_role("heading", name="Your presenter pack")).to_be_visible()
    presenter.get_by_label("Slides (a link, optional)").fill("https://example.org/slides")
    presenter.get_by_role("button", name="I will do these things").click()
    expect(presenter.get_by_text("Thank you: your presenter pack is acknowledged.")).to_be_visible()
    width = presenter.evaluate("document.documentElement.scrollWidth")
    phone.close()

    page.goto(f"{live_server.url}/n/alpha/creditclub/gatherings/{club.upcoming.pk}/run-of-show/")
    expect(page.get_by_text("Acknowledged the presenter pack on")).to_be_visible()
    assert width == 390
