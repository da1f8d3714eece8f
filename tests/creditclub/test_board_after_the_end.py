"""The review board of a gathering that has ended: a decision staged there can never be
announced (`proposals_announce` refuses from the end on), so staging one is refused too, and
the board no longer offers the decision's control. Scores and notes are still kept."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.creditclub import services
from collaboratory.creditclub.models import Proposal, Review
from collaboratory.gatherings.models import Gathering
from tests.conftest import client_for
from tests.creditclub.conftest import Club

pytestmark = pytest.mark.django_db


def _end(club: Club) -> None:
    """The upcoming gathering took place: it ended two days ago."""
    ends = timezone.now() - timedelta(days=2)
    with scopes_disabled():
        Gathering.objects.filter(pk=club.upcoming.pk).update(
            starts_at=ends - timedelta(hours=2),
            ends_at=ends,
            proposal_deadline=ends - timedelta(days=28),
        )
        club.upcoming.parts.update(starts_at=ends - timedelta(hours=2), ends_at=ends)
    club.upcoming.refresh_from_db()


def _staged(proposal: Proposal) -> str:
    with scopes_disabled():
        return Proposal.objects.get(pk=proposal.pk).staged_decision


def _stagings() -> int:
    with scopes_disabled():
        return AuditEvent.objects.filter(action="proposal.decision_staged").count()


@pytest.mark.parametrize("decision", ["selected", "waitlisted", "declined"])
def test_staging_a_decision_after_the_gathering_ended_is_refused(club: Club, decision: str) -> None:
    proposal = club.proposal()
    _end(club)

    with scopes_disabled(), pytest.raises(ValidationError, match="has already taken place"):
        services.proposal_stage_decision(proposal=proposal, decision=decision, actor=club.steward)

    assert _staged(proposal) == ""
    assert _stagings() == 0


def test_the_refusal_reads_the_gathering_as_it_is_not_the_callers_copy(club: Club) -> None:
    proposal = club.proposal()
    with scopes_disabled():
        stale = Proposal.objects.select_related("gathering").get(pk=proposal.pk)
    _end(club)

    with scopes_disabled(), pytest.raises(ValidationError, match="has already taken place"):
        services.proposal_stage_decision(proposal=stale, decision="selected", actor=club.steward)

    assert _staged(proposal) == ""


def test_a_decision_staged_before_the_end_can_still_be_cleared(club: Club) -> None:
    """Un-staging announces nothing: it only tidies the board."""
    proposal = club.proposal()
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="selected", actor=club.steward)
    _end(club)

    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="", actor=club.steward)

    assert _staged(proposal) == ""


def test_until_the_end_a_decision_is_still_staged(club: Club) -> None:
    """On the day, while the gathering is under way, a substitute can be staged."""
    proposal = club.proposal()
    ends = timezone.now() + timedelta(hours=1)
    with scopes_disabled():
        Gathering.objects.filter(pk=club.upcoming.pk).update(
            starts_at=ends - timedelta(hours=3), ends_at=ends
        )

    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="selected", actor=club.steward)

    assert _staged(proposal) == "selected"


def test_the_board_of_an_ended_gathering_offers_no_decision(club: Club) -> None:
    proposal = club.proposal()
    reviewed = club.proposal(club.new_member("Second Proposer"))
    with scopes_disabled():
        services.review_save(proposal=reviewed, reviewer=club.steward, scores={"timing": 4})
    _end(club)

    page = (
        client_for(club.steward)
        .get(f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/board/")
        .content.decode()
    )

    # Neither the blank fields nor a steward's own review offer the decision.
    assert f'name="p{proposal.pk}-decision"' not in page
    assert f'name="p{reviewed.pk}-decision"' not in page
    assert f'name="p{proposal.pk}-timing"' in page
    assert f'name="p{reviewed.pk}-timing"' in page


def test_a_review_saved_after_the_end_keeps_the_staged_decision(club: Club) -> None:
    """The form without the decision is no "Not decided": the staged one stays as it was."""
    proposal = club.proposal()
    with scopes_disabled():
        services.proposal_stage_decision(
            proposal=proposal, decision="waitlisted", actor=club.steward
        )
    _end(club)

    client_for(club.steward).post(
        f"/n/alpha/creditclub/proposals/{proposal.pk}/review/",
        {f"p{proposal.pk}-timing": "4", f"p{proposal.pk}-note": "Came anyway"},
    )

    with scopes_disabled():
        review = Review.objects.get(proposal=proposal)
    assert (review.timing, review.note) == (4, "Came anyway")
    assert _staged(proposal) == "waitlisted"


def test_a_board_read_before_the_end_cannot_stage_after_it(club: Club) -> None:
    proposal = club.proposal()
    _end(club)

    response = client_for(club.steward).post(
        f"/n/alpha/creditclub/proposals/{proposal.pk}/review/",
        {f"p{proposal.pk}-timing": "4", f"p{proposal.pk}-decision": "selected"},
        follow=True,
    )

    assert "could never be announced" in response.content.decode()
    assert _staged(proposal) == ""
    with scopes_disabled():
        assert not Review.objects.filter(proposal=proposal).exists()
