"""An anonymized review holds on every page that shows a proposal, not only on the board: a
steward who opens a proposal by its URL learns no more about who wrote it than the board
says, until its decision is announced. The proposer always sees their own name."""

from __future__ import annotations

from typing import Any

import pytest
from django_scopes import scopes_disabled

from collaboratory.creditclub import services
from collaboratory.creditclub.models import Proposal
from collaboratory.creditclub.selectors import creditclub_settings_for
from tests.conftest import client_for
from tests.creditclub.conftest import Club

HIDDEN = "Name hidden until the decision"


def _anonymize(club: Club, on: bool = True) -> None:
    with scopes_disabled():
        settings = creditclub_settings_for(network=club.network)
        settings.anonymized_review = on
        settings.save()


def _announce(club: Club, proposal: Proposal, decision: str, calls: Any) -> None:
    """As a request would: the content versions renew after the commit."""
    with scopes_disabled(), calls(execute=True):
        services.proposal_stage_decision(proposal=proposal, decision=decision, actor=club.steward)
        services.proposals_announce(gathering=proposal.gathering, actor=club.steward)


@pytest.fixture
def zelda(club: Club) -> Proposal:
    _anonymize(club)
    return club.proposal(club.new_member("Zelda Hiddenname"))


def test_the_proposal_page_hides_the_proposer_from_a_steward_until_announced(
    club: Club, zelda: Proposal, django_capture_on_commit_callbacks: Any
) -> None:
    steward = client_for(club.steward)
    url = f"/n/alpha/creditclub/proposals/{zelda.pk}/"

    hidden = steward.get(url)
    _announce(club, zelda, "selected", django_capture_on_commit_callbacks)
    shown = steward.get(url).content.decode()

    assert hidden.status_code == 200
    assert "Hiddenname" not in hidden.content.decode()
    assert HIDDEN in hidden.content.decode()
    assert "Tulsa Tool Library" in hidden.content.decode()  # the proposal itself is there
    assert "Zelda Hiddenname" in shown
    assert HIDDEN not in shown


def test_the_proposal_page_names_the_proposer_when_the_review_is_not_anonymized(
    club: Club,
) -> None:
    proposal = club.proposal(club.new_member("Zelda Hiddenname"))

    body = client_for(club.steward).get(f"/n/alpha/creditclub/proposals/{proposal.pk}/")

    assert "Zelda Hiddenname" in body.content.decode()


def test_the_proposer_sees_their_own_name_during_the_anonymized_review(
    club: Club, zelda: Proposal
) -> None:
    body = client_for(zelda.proposer).get(f"/n/alpha/creditclub/proposals/{zelda.pk}/")

    assert "Zelda Hiddenname" in body.content.decode()


def test_a_withdrawn_proposal_stays_anonymous(club: Club, zelda: Proposal) -> None:
    """Withdrawn before any decision: its review never ended, so nothing named it."""
    with scopes_disabled():
        services.proposal_withdraw(proposal=zelda, actor=zelda.proposer)

    body = client_for(club.steward).get(f"/n/alpha/creditclub/proposals/{zelda.pk}/")

    assert "Hiddenname" not in body.content.decode()


def test_a_carried_over_proposal_is_not_linked_from_its_named_original(
    club: Club, django_capture_on_commit_callbacks: Any
) -> None:
    """The waitlisted original was announced, so it names its proposer; while the next
    gathering reviews anonymously, a link from it to the carried-over copy would name that
    copy's proposer too."""
    proposal = club.proposal(club.new_member("Zelda Hiddenname"))
    _announce(club, proposal, "waitlisted", django_capture_on_commit_callbacks)
    with scopes_disabled():
        proposal.refresh_from_db()
        carried = services.proposal_carry_over(
            proposal=proposal, to_gathering=club.later, actor=proposal.proposer
        )
    _anonymize(club)
    carried_url = f"/n/alpha/creditclub/proposals/{carried.pk}/"

    original = client_for(club.steward).get(f"/n/alpha/creditclub/proposals/{proposal.pk}/")
    own = client_for(proposal.proposer).get(f"/n/alpha/creditclub/proposals/{proposal.pk}/")
    copy = client_for(club.steward).get(carried_url).content.decode()

    assert "Zelda Hiddenname" in original.content.decode()
    assert carried_url not in original.content.decode()
    assert "carry-over/" not in original.content.decode()  # still carried once only
    assert carried_url in own.content.decode()
    assert "Hiddenname" not in copy


def test_the_follow_up_page_hides_the_proposer_from_a_steward_until_announced(
    club: Club, zelda: Proposal, django_capture_on_commit_callbacks: Any
) -> None:
    steward = client_for(club.steward)
    url = f"/n/alpha/live/{club.upcoming.pk}/presenters/{zelda.pk}/"

    hidden = steward.get(url)
    _announce(club, zelda, "selected", django_capture_on_commit_callbacks)
    shown = steward.get(url).content.decode()

    assert hidden.status_code == 200
    assert "Hiddenname" not in hidden.content.decode()
    assert "Tulsa Tool Library" in hidden.content.decode()
    assert "Zelda Hiddenname" in shown


def test_the_board_follows_the_same_rule(
    club: Club, zelda: Proposal, django_capture_on_commit_callbacks: Any
) -> None:
    """The board's cards and the pages agree: the name comes back with the announcement."""
    steward = client_for(club.steward)
    board = f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/board/"

    hidden = steward.get(board).content.decode()
    _announce(club, zelda, "selected", django_capture_on_commit_callbacks)
    shown = steward.get(board).content.decode()

    assert (HIDDEN in hidden, "Hiddenname" in hidden) == (True, False)
    assert "Zelda Hiddenname" in shown
