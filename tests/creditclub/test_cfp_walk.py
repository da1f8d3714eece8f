"""The call for presenters walked end to end with the test client, as a member proposing on a
phone, a steward announcing and a presenter preparing, and what a careful user met: a double
tap on "Announce" answered "No decision is staged yet" though the first press had announced;
an ask's problem named the wrong ask ("Ask 1" for the second row, the first left empty) and
showed at the top of a long form, not beside that ask; and a slides link refused on the
presenter pack said so at the top of the page, not beside the field, with a 200."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled
from django_tasks_db.models import DBTaskResult

from collaboratory.creditclub import services
from collaboratory.creditclub.models import Proposal, ProposalState
from collaboratory.gatherings.models import Gathering
from tests.conftest import client_for
from tests.creditclub.conftest import Club
from tests.creditclub.test_views import form_data

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


def _fieldset(html: str, legend: str) -> str:
    """The ask fieldset with this legend, as the page draws it."""
    start = rf'<fieldset class="ask"[^>]*>\s*<legend>{legend}</legend>'
    match = re.search(rf"{start}.*?</fieldset>", html, re.S)
    assert match, f"no fieldset {legend}"
    return match.group(0)


# --- the member proposing -------------------------------------------------------------------


def _second_row_only(**ask: str) -> dict[str, str]:
    """The first ask row left empty (skipped on a phone), the second filled in."""
    return form_data(
        **{
            "asks-0-category": "",
            "asks-0-what": "",
            "asks-0-quantity": "",
            "asks-1-category": "space",
            "asks-1-capital": "",
            "asks-1-quantity": "",
            "asks-1-what": "",
            "asks-1-needed_by": "2020-01-01",
            **ask,
        }
    )


def test_an_asks_problem_names_its_row_and_shows_in_that_asks_fieldset(club: Club) -> None:
    member = client_for(club.member)

    page = member.post(
        f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/propose/", _second_row_only()
    )

    html = page.content.decode()
    assert page.status_code == 400
    second = _fieldset(html, "Ask 2")
    assert "Ask 2: say what exactly you need; the &#x27;needed by&#x27; date has passed." in second
    assert 'aria-describedby="ask-2-errors"' in second
    assert "Ask 1:" not in html  # the empty first row has no problem
    with scopes_disabled():
        assert not Proposal.objects.exists()


def test_an_autosave_names_the_asks_row_on_its_status_line(club: Club) -> None:
    member = client_for(club.member)

    status = member.post(
        f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/propose/",
        _second_row_only(),
        **HTMX,
    ).content.decode()

    assert "Not saved:" in status
    assert "Ask 2: say what exactly you need" in status


def test_an_asks_problem_on_submit_from_the_proposal_page_shows_beside_the_ask(
    club: Club,
) -> None:
    """Submitted from the proposal's page (no form posted): the stored asks are drawn again
    with the problem in the ask's own fieldset."""
    proposal = club.proposal(submit=False)
    with scopes_disabled():
        proposal.asks.filter(position=1).update(needed_by=timezone.localdate() - timedelta(days=3))

    page = client_for(club.member).post(f"/n/alpha/creditclub/proposals/{proposal.pk}/submit/")

    html = page.content.decode()
    assert page.status_code == 400
    assert "the &#x27;needed by&#x27; date has passed" in _fieldset(html, "Ask 2")
    with scopes_disabled():
        assert Proposal.objects.get(pk=proposal.pk).state == ProposalState.DRAFT


def test_no_asks_at_all_is_said_beside_the_asks(club: Club) -> None:
    proposal = club.proposal(submit=False)
    empty = form_data(
        submit="1", **{"asks-0-category": "", "asks-0-what": "", "asks-0-quantity": ""}
    )

    page = client_for(club.member).post(f"/n/alpha/creditclub/proposals/{proposal.pk}/edit/", empty)

    html = page.content.decode()
    assert page.status_code == 400
    errors = re.search(r'<div id="asks-errors".*?</div>', html, re.S)
    assert errors
    assert "Add at least one ask" in errors.group(0)
    assert html.index('id="asks-errors"') < html.index("<legend>Ask 1</legend>")


# --- the steward announcing -----------------------------------------------------------------


def _staged_and_closed(club: Club) -> Proposal:
    proposal = club.proposal()
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="selected", actor=club.steward)
        Gathering.objects.filter(pk=club.upcoming.pk).update(
            proposal_deadline=timezone.now() - timedelta(minutes=1)
        )
    return proposal


def test_a_double_tap_on_announce_is_told_it_was_announced_not_refused(club: Club) -> None:
    proposal = _staged_and_closed(club)
    steward = client_for(club.steward)
    board = steward.get(f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/board/")
    form = re.search(
        r'<form method="post" action="[^"]*/announce/">.*?</form>', board.content.decode(), re.S
    )
    assert form
    posted = dict(
        re.findall(r'<input type="hidden" name="(confirm|staged)" value="([^"]*)">', form.group(0))
    )
    url = f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/announce/"

    first = steward.post(url, posted, follow=True).content.decode()
    second = steward.post(url, posted, follow=True).content.decode()

    assert posted["staged"] == str(proposal.pk)
    assert "Announced 1 decision" in first
    assert "No decision is staged yet" not in second
    assert "already announced" in second
    assert DBTaskResult.objects.filter(task_path__endswith="proposal_outcome_email").count() == 1
    with scopes_disabled():
        assert Proposal.objects.get(pk=proposal.pk).state == ProposalState.SELECTED


def test_an_announce_with_nothing_staged_and_nothing_announced_is_still_refused(
    club: Club,
) -> None:
    club.proposal()
    url = f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/announce/"

    page = client_for(club.steward).post(url, {"confirm": "yes", "early": "yes"}, follow=True)

    assert "No decision is staged yet" in page.content.decode()


# --- the presenter preparing ----------------------------------------------------------------


def _presenter(club: Club) -> Proposal:
    proposal = _staged_and_closed(club)
    with scopes_disabled():
        services.proposals_announce(gathering=club.upcoming, actor=club.steward)
    return proposal


def test_a_refused_slides_link_is_said_beside_the_field_and_nothing_is_acknowledged(
    club: Club,
) -> None:
    proposal = _presenter(club)
    pack = f"/n/alpha/creditclub/proposals/{proposal.pk}/pack/"

    page = client_for(club.member).post(pack, {"slides_url": "slides on my laptop"})

    html = page.content.decode()
    assert page.status_code == 400
    field = re.search(r'<p class="field">.*?</p>', html, re.S)
    assert field
    assert "Enter a valid URL." in field.group(0)
    assert 'aria-invalid="true"' in field.group(0)
    assert 'aria-describedby="slides_url_error"' in field.group(0)
    assert 'value="slides on my laptop"' in field.group(0)  # kept, to correct
    with scopes_disabled():
        assert Proposal.objects.get(pk=proposal.pk).pack_acknowledged_at is None


# --- the waitlisted proposer carrying over --------------------------------------------------


def test_a_double_tap_on_carry_over_lands_on_the_copy_not_an_error(club: Club) -> None:
    """The second press read "This proposal has already been carried over." (or, the two at
    once, "You already have a proposal for this gathering") though the first had done it."""
    proposal = club.proposal()
    with scopes_disabled():
        services.proposal_stage_decision(
            proposal=proposal, decision="waitlisted", actor=club.steward
        )
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
    member = client_for(club.member)
    url = f"/n/alpha/creditclub/proposals/{proposal.pk}/carry-over/"

    first = member.post(url, {"gathering": club.later.pk})
    second = member.post(url, {"gathering": club.later.pk}, follow=True)

    with scopes_disabled():
        copy = Proposal.objects.get(carried_from=proposal)
    text = second.content.decode()
    assert first["Location"] == f"/n/alpha/creditclub/proposals/{copy.pk}/"
    assert second.redirect_chain[0] == (f"/n/alpha/creditclub/proposals/{copy.pk}/", 302)
    assert "already been carried over" not in text
    assert "Carried over to Winter Gathering." in text


# --- what the proposer's page says after the announcement -----------------------------------


def _announced(club: Club, decision: str) -> Proposal:
    proposal = club.proposal()
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision=decision, actor=club.steward)
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
    return proposal


def test_a_waitlisted_proposer_reads_what_the_waitlist_means_even_with_no_call_open(
    club: Club,
) -> None:
    """The page said "Waitlisted" and, with no later call open yet, nothing else: the email's
    "if a slot opens" and "carry it over" were nowhere on it."""
    proposal = _announced(club, "waitlisted")
    with scopes_disabled():
        Gathering.objects.exclude(pk=club.upcoming.pk).update(
            proposal_deadline=timezone.now() - timedelta(minutes=1)
        )

    page = client_for(club.member).get(f"/n/alpha/creditclub/proposals/{proposal.pk}/")

    text = page.content.decode()
    assert "On the waitlist for Fall Gathering: if a slot opens" in text
    notice = re.search(r'<p class="notice" role="note">.*?</p>', text, re.S)
    assert notice, text
    assert "once a later gathering's call opens" in notice.group(0)


def test_a_presenter_who_has_not_acknowledged_is_asked_to_on_the_proposals_page(
    club: Club,
) -> None:
    proposal = _announced(club, "selected")
    member = client_for(club.member)
    page = f"/n/alpha/creditclub/proposals/{proposal.pk}/"

    before = member.get(page).content.decode()
    with scopes_disabled():
        services.presenter_pack_acknowledge(proposal=proposal, actor=club.member)
    after = member.get(page).content.decode()

    assert "Read and acknowledge your presenter pack" in before
    assert "Read and acknowledge your presenter pack" not in after
    assert "Your presenter pack" in after
