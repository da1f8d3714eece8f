"""A member on a phone (390 px) opens the directory, clicks a member, sees their profile,
goes to the asks board, offers help on an ask, and finds the commitment in My commitments."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled
from playwright.sync_api import Browser, expect

from collaboratory.capital import CapitalKind, HelpCategory
from collaboratory.commitments.models import Commitment
from collaboratory.people.services import offered_asset_add
from tests.e2e.conftest import log_in, open_menu, ready
from tests.factories import (
    GatheringFactory,
    MembershipFactory,
    NetworkFactory,
    PresentedProposalFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_member_finds_a_person_then_offers_help_on_an_ask(live_server, browser: Browser) -> None:  # type: ignore[no-untyped-def]
    with scopes_disabled():
        network = NetworkFactory(slug="tulsa", name="Tulsa Civic Collaboratory")
        me = MembershipFactory(network=network, user__email="me@example.org").user
        presenter = MembershipFactory(
            network=network, user__full_name="Hana Host", organization_name="Tulsa Tool Library"
        ).user
        offered_asset_add(
            user=presenter,
            kind=CapitalKind.INSTITUTIONAL,
            category=HelpCategory.SPACE,
            description="A hall for 60 people",
        )
        past = GatheringFactory(network=network, first_part_at=timezone.now() - timedelta(days=20))
        PresentedProposalFactory(
            gathering=past,
            proposer=presenter,
            title="Neighborhood tool library",
            asks=(("volunteers", "institutional", "Five volunteers for Saturday shifts"),),
        )
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    log_in(page, live_server.url, me.email)

    page.goto(f"{live_server.url}/n/tulsa/members/")
    page.get_by_role("link", name="Hana Host").click()
    expect(page.get_by_role("heading", name="Hana Host", level=1)).to_be_visible()
    expect(page.get_by_text("A hall for 60 people")).to_be_visible()
    expect(page.get_by_role("link", name="Neighborhood tool library")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") == 390

    open_menu(page)
    page.get_by_role("navigation").get_by_role("link", name="Asks").click()
    expect(page.get_by_role("heading", name="Five volunteers for Saturday shifts")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") == 390
    page.get_by_role("link", name="Offer help").click()
    page.get_by_label("What exactly will you deliver?").fill(
        "I will staff two Saturday shifts in March"
    )
    page.get_by_label("How much (optional)").fill("2")
    page.get_by_label("Unit").select_option("people")
    assert page.evaluate("document.documentElement.scrollWidth") == 390
    page.get_by_role("button", name="Commit").click()
    expect(page.get_by_text("your offer to Hana Host is saved")).to_be_visible()

    open_menu(page)
    page.get_by_role("navigation").get_by_role("link", name="My commitments").click()
    expect(page.get_by_text("I will staff two Saturday shifts in March")).to_be_visible()
    context.close()
    assert errors == []
    with scopes_disabled():
        assert Commitment.objects.filter(committer=me).count() == 1


def test_each_cards_buttons_are_touch_targets_on_a_phone(live_server, browser: Browser) -> None:  # type: ignore[no-untyped-def]
    """Both actions of an ask card take a 44 px tall tap (app.css's `.button`): "Who could
    help?" was a bare `secondary` button, 21 px tall."""
    with scopes_disabled():
        network = NetworkFactory(slug="tulsa")
        me = MembershipFactory(network=network, user__email="me@example.org").user
        past = GatheringFactory(network=network, first_part_at=timezone.now() - timedelta(days=20))
        PresentedProposalFactory(
            gathering=past, asks=(("volunteers", "institutional", "Five volunteers"),)
        )
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    log_in(page, live_server.url, me.email)

    page.goto(f"{live_server.url}/n/tulsa/asks/")
    card = page.locator(".ask-card").filter(has_text="Five volunteers")
    heights = {
        name: card.get_by_role(role, name=name).bounding_box()["height"]  # type: ignore[index]
        for role, name in (("link", "Who could help?"), ("link", "Offer help"))
    }
    context.close()

    assert [name for name, height in heights.items() if height < 44] == []


def test_an_ask_cards_title_starts_at_the_cards_padding(live_server, browser: Browser) -> None:  # type: ignore[no-untyped-def]
    """The heading's own top margin left a blank band above every card's title on a phone."""
    with scopes_disabled():
        network = NetworkFactory(slug="tulsa")
        me = MembershipFactory(network=network, user__email="me@example.org").user
        past = GatheringFactory(network=network, first_part_at=timezone.now() - timedelta(days=20))
        PresentedProposalFactory(
            gathering=past, asks=(("volunteers", "institutional", "Five volunteers"),)
        )
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    log_in(page, live_server.url, me.email)

    page.goto(f"{live_server.url}/n/tulsa/asks/")
    gap = page.locator(".ask-card").first.evaluate(
        "card => card.querySelector('h2').getBoundingClientRect().top"
        " - card.getBoundingClientRect().top - parseFloat(getComputedStyle(card).paddingTop)"
        " - parseFloat(getComputedStyle(card).borderTopWidth)"
    )
    context.close()

    assert round(gap) == 0


def test_who_could_help_swaps_in_with_javascript_and_opens_a_page_without(
    live_server,  # type: ignore[no-untyped-def]
    browser: Browser,
) -> None:
    """ "Who could help?" on a project's page was a button only htmx acted on. It is a link:
    with JavaScript the suggestions appear under the ask, the page staying where it is;
    without (or before it loads) the link opens them as a page of their own."""
    with scopes_disabled():
        network = NetworkFactory(slug="tulsa")
        me = MembershipFactory(network=network, user__email="me@example.org").user
        past = GatheringFactory(network=network, first_part_at=timezone.now() - timedelta(days=20))
        proposal = PresentedProposalFactory(
            gathering=past,
            title="Tool library",
            asks=(("volunteers", "institutional", "Five volunteers"),),
        )
    project = live_server.url + reverse(
        "creditclub:proposal", kwargs={"network_slug": "tulsa", "proposal_id": proposal.pk}
    )
    where = {}
    for javascript in (True, False):
        context = browser.new_context(java_script_enabled=javascript)
        page = context.new_page()
        log_in(page, live_server.url, me.email)
        page.goto(project)
        if javascript:
            ready(page)
        page.get_by_role("link", name="Who could help?").click()
        expect(page.locator(".suggestions")).to_be_visible()
        where[javascript] = (page.url, page.get_by_role("heading", level=1).inner_text())
        context.close()

    assert where[True] == (project, "Tool library")
    assert where[False][0].endswith("/suggestions/")
    assert where[False][1] == "Who could help?"
