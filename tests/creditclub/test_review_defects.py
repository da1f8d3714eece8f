"""Defects found in review of the call and selection: a removed member's proposal left in
the call, a steward reviewing and deciding on their own proposal."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django_scopes import scopes_disabled

from collaboratory.creditclub import services
from collaboratory.creditclub.models import Proposal, Review
from collaboratory.creditclub.selectors import board_tally, review_board
from collaboratory.networks.models import Membership, MembershipStatus, Role
from collaboratory.networks.services.memberships import membership_status_override
from tests.conftest import client_for
from tests.creditclub.conftest import ASKS, COMPLETE, Club
from tests.factories import MembershipFactory

pytestmark = pytest.mark.usefixtures("club")


def _remove(club: Club, user_id: int) -> None:
    with scopes_disabled():
        membership = Membership.objects.get(network=club.network, user_id=user_id)
        membership_status_override(
            membership=membership,
            status=MembershipStatus.REMOVED,
            note="Two years without attending",
            actor=club.steward,
        )


def _state(proposal: Proposal) -> tuple[str, str]:
    with scopes_disabled():
        row = Proposal.objects.get(pk=proposal.pk)
    return row.state, row.staged_decision


def test_a_removed_members_proposal_leaves_the_call_and_cannot_be_selected(club: Club) -> None:
    proposal = club.proposal()
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="selected", actor=club.steward)

    _remove(club, club.member.pk)

    assert _state(proposal) == ("withdrawn", "")
    with scopes_disabled():
        assert list(review_board(gathering=club.upcoming)) == []
        with pytest.raises(ValidationError):
            services.proposal_stage_decision(
                proposal=proposal, decision="selected", actor=club.steward
            )
        with pytest.raises(ValidationError):
            services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
    assert _state(proposal) == ("withdrawn", "")


def test_removing_a_member_leaves_a_presented_proposal_as_it_was(club: Club) -> None:
    proposal = club.proposal()
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="selected", actor=club.steward)
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
        services.proposal_mark_presented(
            proposal=proposal, actor=club.steward, now=club.upcoming.starts_at
        )

    _remove(club, club.member.pk)

    assert _state(proposal) == ("presented", "")


def test_a_steward_cannot_review_or_decide_on_their_own_proposal(club: Club) -> None:
    MembershipFactory(network=club.network, role=Role.STEWARD)  # who reviews it instead
    club.attended(club.steward)
    own = club.proposal(club.steward)

    with scopes_disabled():
        with pytest.raises(ValidationError) as error:
            services.review_submit(
                proposal=own,
                reviewer=club.steward,
                scores={"past_concept": 5},
                note="Mine is great",
                decision="selected",
            )
        assert Review.objects.filter(proposal=own).count() == 0
        with pytest.raises(ValidationError):
            services.proposal_stage_decision(proposal=own, decision="selected", actor=club.steward)

    assert "your own proposal" in error.value.messages[0]
    assert _state(own) == ("submitted", "")


def test_a_networks_only_steward_may_decide_on_their_own_proposal(club: Club) -> None:
    """Nobody else could: refused, a lone steward's project would never be chosen."""
    club.attended(club.steward)
    own = club.proposal(club.steward)

    with scopes_disabled():
        services.proposal_stage_decision(proposal=own, decision="selected", actor=club.steward)

    assert _state(own) == ("submitted", "selected")


def _copy(proposal: Proposal) -> Proposal:
    """The proposal as an edit request read it, before a steward acted."""
    with scopes_disabled():
        return Proposal.objects.select_related("gathering", "proposer").get(pk=proposal.pk)


def test_an_autosave_read_before_a_staged_decision_keeps_that_decision(club: Club) -> None:
    proposal = club.proposal()
    read_by_the_edit = _copy(proposal)
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="selected", actor=club.steward)

        services.proposal_save(
            gathering=club.upcoming,
            proposer=club.member,
            fields={**COMPLETE, "title": "Tulsa Tool Library, north side"},
            asks=ASKS,
            proposal=read_by_the_edit,
        )

        row = Proposal.objects.get(pk=proposal.pk)
    assert (row.state, row.staged_decision, row.title) == (
        "submitted",
        "selected",
        "Tulsa Tool Library, north side",
    )


def test_an_autosave_read_before_the_announcement_does_not_undo_the_selection(
    club: Club,
) -> None:
    proposal = club.proposal()
    read_by_the_edit = _copy(proposal)
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="selected", actor=club.steward)
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)

        with pytest.raises(ValidationError) as error:
            services.proposal_save(
                gathering=club.upcoming,
                proposer=club.member,
                fields={**COMPLETE, "title": "Changed after the decision"},
                asks=ASKS,
                proposal=read_by_the_edit,
            )
        row = Proposal.objects.get(pk=proposal.pk)

    assert "can no longer be edited" in error.value.messages[0]
    assert (row.state, row.title) == ("selected", COMPLETE["title"])
    assert row.announced_at is not None


def test_a_bad_note_is_named_rather_than_blamed_on_the_scores(club: Club) -> None:
    proposal = club.proposal()

    response = client_for(club.steward).post(
        f"/n/alpha/creditclub/proposals/{proposal.pk}/review/",
        {f"p{proposal.pk}-timing": "4", f"p{proposal.pk}-note": "Ready\x07"},
        follow=True,
    )

    text = response.content.decode()
    assert "Remove the control characters (such as NUL) from the note" in text
    assert "Scores run from 1 to 5" not in text
    with scopes_disabled():
        assert not proposal.reviews.exists()


def test_a_proposal_is_not_marked_presented_before_its_gathering_day(club: Club) -> None:
    proposal = club.proposal()
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="selected", actor=club.steward)
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)

        with pytest.raises(ValidationError) as error:
            services.proposal_mark_presented(proposal=proposal, actor=club.steward)
        before = _state(proposal)
        # On the gathering's day (the network's calendar) it may be marked.
        services.proposal_mark_presented(
            proposal=proposal, actor=club.steward, now=club.upcoming.starts_at
        )

    assert "has not happened yet" in error.value.messages[0]
    assert before == ("selected", "")
    assert _state(proposal) == ("presented", "")


def test_a_presenter_waitlisted_and_another_selected_swap_within_the_slots(club: Club) -> None:
    """All three slots filled; the steward waitlists one presenter and selects a fourth
    proposal in the same announcement, as the refusal itself advises ("Waitlist someone
    first"): three presenters after it, so it is allowed."""
    chosen = [club.proposal(club.new_member(f"Member {i}")) for i in range(3)]
    fourth = club.proposal(club.new_member("Member 3"))
    with scopes_disabled():
        for proposal in chosen:
            services.proposal_stage_decision(
                proposal=proposal, decision="selected", actor=club.steward
            )
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
        services.proposal_stage_decision(
            proposal=chosen[0], decision="waitlisted", actor=club.steward
        )
        services.proposal_stage_decision(proposal=fourth, decision="selected", actor=club.steward)
        tally = board_tally(gathering=club.upcoming, slots=3)

        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)

    assert tally.filled == 3
    assert [_state(p)[0] for p in (*chosen, fourth)] == [
        "waitlisted",
        "selected",
        "selected",
        "selected",
    ]
