"""The announcement's rules held by the service, for every caller: announcing while the call
is open needs `early=True` (it was checked only in the board's view, so the API, a command or
a retry announced early without a word); a gathering that has taken place has nothing left to
announce (its email said "You will present" after the day); and a presenter selected again
after being waitlisted acknowledges the pack afresh (the first selection's acknowledgement
counted for the second, and no reminder went)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone
from django_scopes import scopes_disabled
from django_tasks_db.models import DBTaskResult

from collaboratory.creditclub import services
from collaboratory.creditclub.models import Proposal, ProposalState
from collaboratory.creditclub.selectors import (
    AnnounceWindow,
    announce_window,
    call_window,
    creditclub_settings_for,
)
from collaboratory.gatherings.models import Gathering
from tests.conftest import client_for
from tests.creditclub.conftest import Club

pytestmark = pytest.mark.django_db


def _stage(proposal: Proposal, decision: str, club: Club) -> None:
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision=decision, actor=club.steward)


def _fresh(proposal: Proposal) -> Proposal:
    with scopes_disabled():
        return Proposal.objects.get(pk=proposal.pk)


def _queued_emails() -> int:
    return DBTaskResult.objects.filter(task_path__endswith="proposal_outcome_email").count()


def _close_the_call(club: Club) -> None:
    with scopes_disabled():
        Gathering.objects.filter(pk=club.upcoming.pk).update(
            proposal_deadline=timezone.now() - timedelta(minutes=1)
        )
    club.upcoming.refresh_from_db()


def _move_into_the_past(club: Club, *, ended_ago: timedelta) -> None:
    """The gathering (and its one part) took place: it ended `ended_ago`."""
    ends = timezone.now() - ended_ago
    with scopes_disabled():
        Gathering.objects.filter(pk=club.upcoming.pk).update(
            starts_at=ends - timedelta(hours=2),
            ends_at=ends,
            proposal_deadline=ends - timedelta(days=28),
        )
        club.upcoming.parts.update(starts_at=ends - timedelta(hours=2), ends_at=ends)
    club.upcoming.refresh_from_db()


# --- 1. early announcement: the service's rule ---------------------------------------------


def test_the_service_refuses_an_early_announcement_unless_asked_for(club: Club) -> None:
    proposal = club.proposal()
    _stage(proposal, "selected", club)

    with scopes_disabled(), pytest.raises(ValidationError, match="call is still open until"):
        services.proposals_announce(gathering=club.upcoming, actor=club.steward)

    refused = _fresh(proposal)
    assert refused.state == ProposalState.SUBMITTED
    assert refused.staged_decision == ProposalState.SELECTED
    assert _queued_emails() == 0
    with scopes_disabled():
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
    assert _fresh(proposal).state == ProposalState.SELECTED
    assert _queued_emails() == 1


def test_after_the_deadline_no_early_flag_is_needed(club: Club) -> None:
    proposal = club.proposal()
    _stage(proposal, "selected", club)
    _close_the_call(club)

    with scopes_disabled():
        services.proposals_announce(gathering=club.upcoming, actor=club.steward)

    assert _fresh(proposal).state == ProposalState.SELECTED


def test_the_early_refusal_names_the_deadline_on_the_networks_clock(club: Club) -> None:
    """A task or an API call has no page's time zone: the deadline is the network's."""
    proposal = club.proposal()
    _stage(proposal, "selected", club)
    with scopes_disabled():
        club.network.time_zone = "Asia/Tokyo"
        club.network.save(update_fields=["time_zone"])
        deadline = call_window(
            gathering=club.upcoming, settings=creditclub_settings_for(network=club.network)
        ).closes_at
    tokyo = timezone.localtime(deadline, timezone.get_fixed_timezone(9 * 60))

    with (
        timezone.override("UTC"),
        scopes_disabled(),
        pytest.raises(ValidationError) as refused,
    ):
        services.proposals_announce(gathering=club.upcoming, actor=club.steward)

    assert tokyo.strftime("%H:%M") in refused.value.messages[0]


def test_the_board_and_the_service_read_one_window_at_its_edges(club: Club) -> None:
    """`announce_window` is what the service refuses by and what the board words its form
    by: the call counts as open until its deadline's very instant, the gathering as over
    from its end's, and the service agrees with the reading at each of those instants."""
    with scopes_disabled():
        deadline = call_window(
            gathering=club.upcoming, settings=creditclub_settings_for(network=club.network)
        ).closes_at
    ends = club.upcoming.ends_at
    second = timedelta(seconds=1)

    before = announce_window(gathering=club.upcoming, now=deadline - second)
    at_deadline = announce_window(gathering=club.upcoming, now=deadline)
    at_end = announce_window(gathering=club.upcoming, now=ends)

    assert before == AnnounceWindow(taken_place=False, call_open_until=deadline)
    assert before.changes_at(ends) == deadline
    assert at_deadline == AnnounceWindow(taken_place=False, call_open_until=None)
    assert at_deadline.changes_at(ends) == ends
    assert announce_window(gathering=club.upcoming, now=ends - second).taken_place is False
    assert at_end == AnnounceWindow(taken_place=True, call_open_until=None)
    assert at_end.changes_at(ends) is None

    proposal = club.proposal()
    _stage(proposal, "selected", club)
    with scopes_disabled():
        with pytest.raises(ValidationError, match="call is still open until"):
            services.proposals_announce(
                gathering=club.upcoming, actor=club.steward, now=deadline - second
            )
        with pytest.raises(ValidationError, match="has already taken place"):
            services.proposals_announce(
                gathering=club.upcoming, actor=club.steward, early=True, now=ends
            )
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, now=deadline)
    assert _fresh(proposal).state == ProposalState.SELECTED


# --- 3. a gathering that has taken place ----------------------------------------------------


def test_announcing_for_a_gathering_that_has_taken_place_is_refused(
    club: Club, django_capture_on_commit_callbacks: Any
) -> None:
    proposal = club.proposal()
    _stage(proposal, "selected", club)
    _move_into_the_past(club, ended_ago=timedelta(days=2))

    with scopes_disabled(), pytest.raises(ValidationError, match="has already taken place"):
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)

    assert _fresh(proposal).state == ProposalState.SUBMITTED
    assert _queued_emails() == 0
    assert mail.outbox == []


def test_on_the_day_while_it_is_under_way_a_substitute_can_still_be_announced(
    club: Club,
) -> None:
    """A presenter who cannot come is replaced that morning: "You will present" is still true."""
    proposal = club.proposal()
    _stage(proposal, "selected", club)
    ends = timezone.now() + timedelta(hours=1)
    with scopes_disabled():
        Gathering.objects.filter(pk=club.upcoming.pk).update(
            starts_at=ends - timedelta(hours=3), ends_at=ends
        )
    club.upcoming.refresh_from_db()

    with scopes_disabled():
        services.proposals_announce(gathering=club.upcoming, actor=club.steward)

    assert _fresh(proposal).state == ProposalState.SELECTED


def test_the_board_of_a_past_gathering_says_so_instead_of_offering_to_announce(
    club: Club,
) -> None:
    proposal = club.proposal()
    _stage(proposal, "selected", club)
    _move_into_the_past(club, ended_ago=timedelta(days=2))
    steward = client_for(club.steward)
    board = f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/board/"

    page = steward.get(board).content.decode()
    posted = steward.post(
        f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/announce/",
        {"confirm": "yes", "early": "yes"},
        follow=True,
    ).content.decode()

    assert "Announce the staged decisions…" not in page
    assert "has already taken place" in page
    assert "has already taken place" in posted
    assert _fresh(proposal).state == ProposalState.SUBMITTED


# --- 2. selected again: a fresh acknowledgement ---------------------------------------------


def test_a_presenter_selected_again_acknowledges_the_pack_afresh(club: Club) -> None:
    proposal = club.proposal()
    _close_the_call(club)
    _stage(proposal, "selected", club)
    with scopes_disabled():
        services.proposals_announce(gathering=club.upcoming, actor=club.steward)
        services.presenter_pack_acknowledge(
            proposal=_fresh(proposal), actor=club.member, slides_url="https://example.org/s"
        )
        Proposal.objects.filter(pk=proposal.pk).update(pack_reminded_at=timezone.now())
    _stage(proposal, "waitlisted", club)
    with scopes_disabled():
        services.proposals_announce(gathering=club.upcoming, actor=club.steward)
    _stage(proposal, "selected", club)
    with scopes_disabled():
        services.proposals_announce(gathering=club.upcoming, actor=club.steward)

    again = _fresh(proposal)
    pack = client_for(club.member).get(f"/n/alpha/creditclub/proposals/{proposal.pk}/pack/")
    run = client_for(club.steward).get(
        f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/run-of-show/"
    )

    assert again.state == ProposalState.SELECTED
    assert again.pack_acknowledged_at is None
    assert again.pack_reminded_at is None  # the reminder goes again, for this selection
    assert again.slides_url == "https://example.org/s"  # their link is theirs to keep
    assert "You acknowledged these duties" not in pack.content.decode()
    assert "I will do these things" in pack.content.decode()
    assert "Has not acknowledged the presenter pack yet." in run.content.decode()
