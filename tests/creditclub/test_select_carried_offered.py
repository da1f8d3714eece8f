"""A waitlisted proposal carried over to a later call holds its project's turn there: the
service refuses to select the original (one project, two gatherings). Its card on the review
board offered "Select" all the same, and "Save review" was refused. The card now offers
what `proposal_stage_decision` would stage, by the same rule (`decision_refusal`), and says
in Select's place where the proposal went and what the steward can do instead."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django_scopes import scopes_disabled

from collaboratory.creditclub import lifecycle, services
from collaboratory.creditclub.models import Proposal, Review
from collaboratory.people.models import User
from tests.conftest import client_for
from tests.creditclub.conftest import Club
from tests.creditclub.test_announce_offered import _board
from tests.creditclub.test_decisions_offered import _offered
from tests.creditclub.test_presented_unannounced import _announce, _card

pytestmark = pytest.mark.django_db

REASON = "This proposal was carried over to Winter Gathering."


def _carried(club: Club) -> Proposal:
    proposal = club.proposal()
    _announce(club, proposal, "waitlisted")
    with scopes_disabled():
        services.proposal_carry_over(proposal=proposal, to_gathering=club.later, actor=club.steward)
        proposal.refresh_from_db()
    return proposal


def post_review(user: User, proposal: Proposal, *, timing: str, decision: str):  # type: ignore[no-untyped-def]
    """A steward's "Save review" on `proposal`'s card, with a timing score and a decision."""
    return client_for(user).post(
        f"/n/alpha/creditclub/proposals/{proposal.pk}/review/",
        {f"p{proposal.pk}-timing": timing, f"p{proposal.pk}-decision": decision},
    )


def _accepted(club: Club, proposal: Proposal) -> list[str]:
    """The decisions the service stages on `proposal` (each un-staged again)."""
    accepted = []
    with scopes_disabled():
        for decision in lifecycle.DECISIONS:
            try:
                services.proposal_stage_decision(
                    proposal=proposal, decision=decision, actor=club.steward
                )
            except ValidationError:
                continue
            accepted.append(decision)
            services.proposal_stage_decision(proposal=proposal, decision="", actor=club.steward)
    return accepted


def test_a_carried_over_card_offers_no_select_and_says_why(club: Club) -> None:
    proposal = _carried(club)

    card = _card(_board(club), proposal)

    assert _offered(card) == ["declined"]
    assert _accepted(club, proposal) == ["declined"]
    assert REASON in card
    assert "Withdraw it there first, or select it in that call." in card


def test_select_posted_anyway_is_refused_in_its_card_and_changes_nothing(club: Club) -> None:
    """A board read before the carry-over still posts "Select"."""
    proposal = _carried(club)

    response = post_review(club.steward, proposal, timing="4", decision="selected")

    assert response.status_code == 400
    card = _card(response.content.decode(), proposal)
    assert "The review of “Tulsa Tool Library” was not saved" in card
    assert REASON in card
    with scopes_disabled():
        row = Proposal.objects.get(pk=proposal.pk)
        assert (row.state, row.staged_decision) == ("waitlisted", "")
        assert not Review.objects.filter(proposal=proposal).exists()


def test_the_copy_given_up_gives_select_back(club: Club) -> None:
    """Withdrawn in the later call, the copy no longer holds the turn: the original may be
    selected, and the card says nothing of it."""
    proposal = _carried(club)
    with scopes_disabled():
        services.proposal_withdraw(proposal=proposal.carried_to, actor=club.steward)

    card = _card(_board(club), proposal)

    assert _offered(card) == ["selected", "declined"]
    assert _accepted(club, proposal) == ["selected", "declined"]
    assert REASON not in card


def test_the_copy_in_the_later_call_offers_select(club: Club) -> None:
    """What the reason advises ("select it in that call"): the copy's card offers it, and
    the service stages it."""
    proposal = _carried(club)
    copy = proposal.carried_to

    page = (
        client_for(club.steward)
        .get(f"/n/alpha/creditclub/gatherings/{club.later.pk}/board/")
        .content.decode()
    )

    assert _offered(_card(page, copy)) == ["selected", "waitlisted", "declined"]
    assert "carried over" not in _card(page, copy)
    assert _accepted(club, copy) == ["selected", "waitlisted", "declined"]


def test_a_select_staged_before_the_carry_over_is_not_announced(club: Club) -> None:
    """A "Select" staged on a waitlisted card, then the proposal carried over (by its proposer,
    who does not see the board): announcing would select the original while its copy stands
    in the later call, one project in two gatherings. The announcement is refused, names the
    proposal and says what to do, and nothing changes."""
    proposal = club.proposal()
    _announce(club, proposal, "waitlisted")
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="selected", actor=club.steward)
        services.proposal_carry_over(proposal=proposal, to_gathering=club.later, actor=club.steward)

        with pytest.raises(ValidationError) as refused:
            services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)

        assert "“Tulsa Tool Library”" in str(refused.value)
        assert REASON in str(refused.value)
        row = Proposal.objects.get(pk=proposal.pk)
        assert (row.state, row.staged_decision, row.announced_at) == (
            "waitlisted",
            "selected",
            proposal.announced_at,
        )
        assert row.carried_to.state == "submitted"


def test_the_proposers_page_no_longer_promises_a_slot_here(club: Club) -> None:
    """The proposer's page said "if a slot opens, a steward selects it" of a proposal that
    the service will not select while its copy stands: it now says where its turn is."""
    proposal = _carried(club)
    page = client_for(proposal.proposer).get(f"/n/alpha/creditclub/proposals/{proposal.pk}/")

    text = page.content.decode()
    assert "if a slot opens" not in text
    assert "Its turn is now in the call for Winter Gathering" in text

    with scopes_disabled():
        services.proposal_withdraw(proposal=proposal.carried_to, actor=club.steward)
    again = client_for(proposal.proposer).get(f"/n/alpha/creditclub/proposals/{proposal.pk}/")
    assert "if a slot opens, a steward selects it" in again.content.decode()
