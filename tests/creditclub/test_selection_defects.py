"""Selection and announcement as a steward walks them: "Mark as presented…" offered weeks
before the gathering (and then refused), an announcement made while the call was still
open without a word about the proposals still to come, and a double tap on a new
proposal's "Save draft" answered with an error although the draft was saved."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.core.cache import caches
from django.core.exceptions import ValidationError
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.creditclub import services
from collaboratory.creditclub.models import CreditClubSettings, Proposal, ProposalState
from collaboratory.gatherings.models import Gathering
from tests.conftest import client_for
from tests.creditclub.conftest import Club
from tests.creditclub.test_views import form_data

pytestmark = pytest.mark.django_db

MARK = "Mark as presented…"


def _board(club: Club) -> str:
    return f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/board/"


def _board_parts() -> int:
    local = caches["local"]
    return sum(1 for key in list(local._cache) if ":shared:review-board:" in key)  # type: ignore[attr-defined]


def test_mark_as_presented_shows_on_the_board_from_the_gatherings_day_only(
    club: Club, monkeypatch: pytest.MonkeyPatch
) -> None:
    proposal = club.proposal()
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="selected", actor=club.steward)
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
        # Two days ahead on any calendar; an unaudited write: the content version stays.
        starts = timezone.now() + timedelta(hours=50)
        Gathering.objects.filter(pk=club.upcoming.pk).update(starts_at=starts)
    steward = client_for(club.steward)

    before = steward.get(_board(club)).content.decode()
    again = steward.get(_board(club)).content.decode()
    parts_before = _board_parts()
    monkeypatch.setattr(timezone, "now", lambda: starts + timedelta(hours=1))
    on_the_day = steward.get(_board(club)).content.decode()

    assert MARK not in before
    assert MARK not in again
    # The same day's views share one rendering; the day itself names a new one.
    assert parts_before == 1
    assert MARK in on_the_day
    assert _board_parts() == 2


# --- announcing while the call is open ----------------------------------------------------


def _staged(club: Club) -> Proposal:
    proposal = club.proposal()
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="selected", actor=club.steward)
    return proposal


def _state(proposal: Proposal) -> str:
    with scopes_disabled():
        return Proposal.objects.get(pk=proposal.pk).state


def test_announcing_while_the_call_is_open_warns_and_needs_its_own_confirmation(
    club: Club,
) -> None:
    proposal = _staged(club)
    steward = client_for(club.steward)
    announce = f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/announce/"

    board = steward.get(_board(club)).content.decode()
    refused = steward.post(announce, {"confirm": "yes"}, follow=True).content.decode()
    state_after_refusal = _state(proposal)
    done = steward.post(announce, {"confirm": "yes", "early": "yes"}, follow=True)

    assert "The call is still open" in board
    assert 'name="early"' in board
    assert "Nothing was announced: the call is still open" in refused
    assert state_after_refusal == ProposalState.SUBMITTED
    assert "Announced 1 decision" in done.content.decode()
    assert _state(proposal) == ProposalState.SELECTED


def test_once_the_call_has_closed_no_warning_and_no_extra_confirmation(
    club: Club, django_capture_on_commit_callbacks: Any
) -> None:
    proposal = _staged(club)
    with scopes_disabled():
        Gathering.objects.filter(pk=club.upcoming.pk).update(
            proposal_deadline=timezone.now() - timedelta(minutes=1)
        )
    steward = client_for(club.steward)

    board = steward.get(_board(club)).content.decode()
    steward.post(f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/announce/", {"confirm": "yes"})

    assert "The call is still open" not in board
    assert 'name="early"' not in board
    assert _state(proposal) == ProposalState.SELECTED


# --- a double tap on "Save draft" without script ------------------------------------------


def test_a_double_tap_on_save_draft_lands_on_the_saved_draft(club: Club) -> None:
    member = client_for(club.member)
    url = f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/propose/"

    first = member.post(url, form_data(draft=""))
    second = member.post(url, form_data(draft=""), follow=True)

    with scopes_disabled():
        draft = Proposal.objects.get()
    edit = f"/n/alpha/creditclub/proposals/{draft.pk}/edit/"
    assert first["Location"] == edit
    assert second.redirect_chain[0] == (edit, 302)
    text = second.content.decode()
    assert "You already have a proposal" not in text
    assert "Draft saved." in text


def test_a_second_new_form_with_other_text_is_still_refused_and_keeps_its_text(
    club: Club,
) -> None:
    member = client_for(club.member)
    url = f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/propose/"
    member.post(url, form_data(draft=""))

    other = member.post(url, form_data(draft="", title="A different project"))

    assert other.status_code == 400
    text = other.content.decode()
    assert "You already have a proposal" in text
    assert "A different project" in text
    with scopes_disabled():
        assert Proposal.objects.get().title == "Tulsa Tool Library"


# --- a presenter marked presented keeps their slot -------------------------------------------


def test_a_presented_presenter_still_fills_a_slot(club: Club) -> None:
    """On the day, a presenter marked presented had their slot counted free again: the board
    read "2 of 3" and a fourth presenter could be selected for a room of three."""
    with scopes_disabled():
        CreditClubSettings.objects.create(network=club.network, presenter_slots=2)
    first, second, third = (club.proposal(club.new_member(f"P {i}")) for i in range(3))
    with scopes_disabled():
        for proposal in (first, second):
            services.proposal_stage_decision(
                proposal=proposal, decision="selected", actor=club.steward
            )
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
        services.proposal_mark_presented(
            proposal=first, actor=club.steward, now=club.upcoming.starts_at
        )
        services.proposal_stage_decision(proposal=third, decision="selected", actor=club.steward)
    board = client_for(club.steward).get(_board(club)).content.decode()

    with scopes_disabled(), pytest.raises(ValidationError, match="Waitlist someone first"):
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
    assert "3 of 2 presenter slots filled: 2 selected, 1 staged to be selected." in board
    assert _state(third) == ProposalState.SUBMITTED


# --- the outcome email says what was announced --------------------------------------------


def test_the_outcome_email_tells_the_announced_decision_not_a_later_state(
    club: Club,
    run_tasks,  # type: ignore[no-untyped-def]
) -> None:
    """The email read the proposal's state when the worker sent it: a presenter withdrawn
    meanwhile was told "was not selected … there were more proposals than slots", and one
    waitlisted then chosen in a second announcement got "selected" twice."""
    left, promoted = (club.proposal(club.new_member(n)) for n in ("Ana Reyes", "Ben Okafor"))
    with scopes_disabled():
        services.proposal_stage_decision(proposal=left, decision="selected", actor=club.steward)
        services.proposal_stage_decision(
            proposal=promoted, decision="waitlisted", actor=club.steward
        )
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
        # Before the worker sends: a steward withdraws the first for its proposer, and
        # chooses the waitlisted one in a second announcement.
        services.proposal_withdraw(proposal=left, actor=club.steward)
        services.proposal_stage_decision(proposal=promoted, decision="selected", actor=club.steward)
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
    mail.outbox.clear()
    run_tasks()

    to_left = [m.body for m in mail.outbox if m.to == [left.proposer.email]]
    to_promoted = [m.body for m in mail.outbox if m.to == [promoted.proposer.email]]
    assert not any("was not selected" in body for body in to_left)
    assert len(to_promoted) == 2
    assert "is on the waitlist" in to_promoted[0]
    assert "has been selected" in to_promoted[1]
