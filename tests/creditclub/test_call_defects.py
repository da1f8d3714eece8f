"""Defects found in review of the call for presenters as its users meet it: a draft that
stewards could score, a blind review that named people by their record, a run of show two
stewards could scramble."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django_scopes import scopes_disabled

from collaboratory.creditclub import services
from collaboratory.creditclub.models import Proposal, Review
from tests.conftest import client_for
from tests.creditclub.conftest import Club

pytestmark = pytest.mark.usefixtures("club")


def test_a_draft_cannot_be_reviewed_it_is_the_members_own(club: Club) -> None:
    """A steward could score and note a proposal its member had not submitted yet (the
    review form took any proposal id). A draft is its member's until they submit it."""
    draft = club.proposal(submit=False)

    with scopes_disabled(), pytest.raises(ValidationError) as error:
        services.review_save(proposal=draft, reviewer=club.steward, scores={"timing": 2})
    posted = client_for(club.steward).post(
        f"/n/alpha/creditclub/proposals/{draft.pk}/review/",
        {f"p{draft.pk}-timing": "2", f"p{draft.pk}-note": "Too early"},
    )

    assert error.value.messages == [
        "This proposal is still a draft: it can be reviewed once its proposer submits it."
    ]
    assert posted.status_code == 404
    with scopes_disabled():
        assert Review.objects.filter(proposal=draft).count() == 0


def test_a_steward_does_not_open_a_members_draft(club: Club) -> None:
    draft = club.proposal(submit=False, title="Half-written idea")
    steward = client_for(club.steward)

    page = steward.get(f"/n/alpha/creditclub/proposals/{draft.pk}/")
    suggestions = steward.get(f"/n/alpha/matching/proposals/{draft.pk}/suggestions/")
    own = client_for(club.member).get(f"/n/alpha/creditclub/proposals/{draft.pk}/")
    with scopes_disabled():
        services.proposal_submit(proposal=draft, actor=club.member)
    submitted = steward.get(f"/n/alpha/creditclub/proposals/{draft.pk}/")

    assert (page.status_code, suggestions.status_code) == (404, 404)
    assert "Half-written idea" not in page.content.decode()
    assert "Half-written idea" in own.content.decode()
    assert "Half-written idea" in submitted.content.decode()


def test_a_proposal_withdrawn_before_review_cannot_be_scored(club: Club) -> None:
    proposal = club.proposal()
    with scopes_disabled():
        services.proposal_withdraw(proposal=proposal, actor=club.member)
        stale = Proposal.objects.get(pk=proposal.pk)
        stale.state = "submitted"  # the board was read before the withdrawal

        with pytest.raises(ValidationError):
            services.review_save(proposal=stale, reviewer=club.steward, scores={"timing": 4})
        assert Review.objects.filter(proposal=proposal).count() == 0
