"""The review board and the presenter's pages on the gathering's day and after it, in
Chromium: a steward on a laptop marks a presentation that was never announced (a presenter
chosen and told outside the app) and is told beside the card why a declined one cannot be;
a presenter on a 375 px phone reads the pack in the tense of the day, and after the end is
asked for nothing. Every page fits the phone and passes axe."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled
from playwright.sync_api import Browser, Page, expect

from collaboratory.creditclub import services
from collaboratory.creditclub.models import Proposal
from collaboratory.gatherings.models import Gathering
from collaboratory.matching.services import vectors_sweep
from tests.conftest import World
from tests.creditclub.conftest import Club, make_club
from tests.e2e.conftest import accessibility_problems
from tests.e2e.test_propose_and_select import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def club(world: World) -> Club:
    return make_club(world)


def _dates(club: Club, *, ended: bool) -> None:
    now = timezone.now()
    if ended:
        starts, ends = now - timedelta(days=2, hours=2), now - timedelta(days=2)
    else:
        starts, ends = now - timedelta(hours=1), now + timedelta(hours=1)
    with scopes_disabled():
        Gathering.objects.filter(pk=club.upcoming.pk).update(
            starts_at=starts, ends_at=ends, proposal_deadline=starts - timedelta(days=28)
        )
        club.upcoming.parts.update(starts_at=starts, ends_at=ends)


def _call(club: Club) -> tuple[Proposal, Proposal, Proposal]:
    """One presenter selected, one declined (both announced), one submitted and never
    announced; the matching vectors swept, as the periodic task would have."""
    selected = club.proposal()
    declined = club.proposal(club.new_member("Dee Declined"), title="Mural walk")
    submitted = club.proposal(club.new_member("Sam Submitted"), title="Bike kitchen")
    with scopes_disabled():
        for proposal, decision in ((selected, "selected"), (declined, "declined")):
            services.proposal_stage_decision(
                proposal=proposal, decision=decision, actor=club.steward
            )
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
        vectors_sweep()
    return selected, declined, submitted


def _fits(page: Page, width: int) -> None:
    page.wait_for_load_state("networkidle")
    assert page.evaluate("document.documentElement.scrollWidth") == width
    assert accessibility_problems(page) == []


def test_on_the_day_a_steward_marks_a_presentation_never_announced(  # type: ignore[no-untyped-def]
    live_server, page: Page, club: Club
) -> None:
    _selected, declined, submitted = _call(club)
    _dates(club, ended=False)
    board = f"{live_server.url}/n/alpha/creditclub/gatherings/{club.upcoming.pk}/board/"
    sign_in(page, live_server, club.steward)
    # A second tab read before the declined one's card lost its button: the same form.
    page.goto(board)
    _fits(page, 1280)

    card = page.locator(f"#proposal-{submitted.pk}")
    card.get_by_text("Mark as presented…").click()
    expect(card).to_contain_text("It was never announced as selected")
    card.get_by_role("button", name="Yes, “Bike kitchen” was presented").click()
    expect(page.locator(".messages")).to_contain_text("“Bike kitchen” is marked as presented.")
    with scopes_disabled():
        assert Proposal.objects.get(pk=submitted.pk).state == "presented"

    # A declined proposal posted from a page drawn before its decision: refused in its card.
    page.evaluate(
        """([url]) => { const f = document.createElement('form'); f.method = 'post';
        f.action = url; for (const [k, v] of [['confirm', 'yes'],
        ['csrfmiddlewaretoken', document.querySelector('[name=csrfmiddlewaretoken]').value]])
        { const i = document.createElement('input'); i.type = 'hidden'; i.name = k;
        i.value = v; f.append(i); } document.body.append(f); f.submit(); }""",
        [
            f"{live_server.url}/n/alpha/creditclub/proposals/{declined.pk}/presented/"
            f"#proposal-{declined.pk}"
        ],
    )
    alert = page.locator(f"#proposal-{declined.pk} [role=alert]")
    expect(alert).to_contain_text("“Mural walk” was declined")
    # The address's fragment opens the page at the card (a fragment outranks `autofocus`).
    expect(alert).to_be_in_viewport()
    _fits(page, 1280)
    with scopes_disabled():
        assert Proposal.objects.get(pk=declined.pk).state == "declined"


@pytest.mark.parametrize(("ended", "says"), [(False, "It began on"), (True, "It took place on")])
def test_a_presenter_on_a_phone_reads_the_pack_in_the_tense_of_the_day(  # type: ignore[no-untyped-def]
    live_server, browser: Browser, club: Club, ended: bool, says: str
) -> None:
    selected, _declined, _submitted = _call(club)
    _dates(club, ended=ended)
    phone = browser.new_context(viewport={"width": 375, "height": 812}, is_mobile=True)
    presenter = phone.new_page()
    sign_in(presenter, live_server, club.member)
    base = f"{live_server.url}/n/alpha/creditclub/proposals/{selected.pk}"

    presenter.goto(f"{base}/")
    _fits(presenter, 375)
    link = "Your presenter pack" if ended else "Read and acknowledge your presenter pack"
    presenter.get_by_role("link", name=link, exact=True).click()
    expect(presenter.get_by_role("heading", name="Your presenter pack")).to_be_visible()
    expect(presenter.locator("main")).to_contain_text(says)
    acknowledge = presenter.get_by_role("button", name="I will do these things")
    expect(acknowledge).to_have_count(0 if ended else 1)
    _fits(presenter, 375)
    phone.close()


def test_an_ended_gatherings_board_on_a_phone_shows_what_was_staged(  # type: ignore[no-untyped-def]
    live_server, browser: Browser, club: Club
) -> None:
    _selected, _declined, submitted = _call(club)
    with scopes_disabled():
        services.proposal_stage_decision(
            proposal=submitted, decision="selected", actor=club.steward
        )
    _dates(club, ended=True)
    phone = browser.new_context(viewport={"width": 375, "height": 812}, is_mobile=True)
    steward = phone.new_page()
    sign_in(steward, live_server, club.steward)

    steward.goto(f"{live_server.url}/n/alpha/creditclub/gatherings/{club.upcoming.pk}/board/")

    expect(steward.locator(".lede")).to_contain_text("1 of 3 presenter slots were filled.")
    expect(steward.locator(f"#proposal-{submitted.pk}")).to_contain_text(
        "Staged, never announced: Selected."
    )
    _fits(steward, 375)
    phone.close()
