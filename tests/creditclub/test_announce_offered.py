"""The board's "Announce the staged decisions…" is offered only where `proposals_announce`
would announce them: staged selections beyond the network's presenter slots were refused
after the press ("That would select 4 presenters; … Waitlist someone first"), yet the board
offered the button. Board and service ask one rule, `slots_refusal`."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django_scopes import scopes_disabled

from collaboratory.creditclub import services
from collaboratory.creditclub.models import CreditClubSettings, Proposal
from tests.conftest import client_for
from tests.creditclub.conftest import Club

pytestmark = pytest.mark.django_db

BUTTON = "Announce the staged decisions…"
OVER = "That would select 3 presenters; this network has 2 slots. Waitlist someone first."


def _staged_to_select(club: Club, count: int) -> list[Proposal]:
    with scopes_disabled():
        CreditClubSettings.objects.update_or_create(
            network=club.network, defaults={"presenter_slots": 2}
        )
    proposals = [club.proposal(club.new_member(f"Proposer {n}")) for n in range(count)]
    with scopes_disabled():
        for proposal in proposals:
            services.proposal_stage_decision(
                proposal=proposal, decision="selected", actor=club.steward
            )
    return proposals


def _board(club: Club) -> str:
    return (
        client_for(club.steward)
        .get(f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/board/")
        .content.decode()
    )


def _announce_refusal(club: Club) -> str:
    with scopes_disabled():
        try:
            services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
        except ValidationError as error:
            return error.messages[0]
    return ""


def test_over_the_slots_the_board_says_why_instead_of_offering_announce(club: Club) -> None:
    _staged_to_select(club, 3)

    page = _board(club)

    assert BUTTON not in page
    assert OVER in page
    assert _announce_refusal(club) == OVER


def test_within_the_slots_announce_is_offered_and_announces(club: Club) -> None:
    _staged_to_select(club, 2)

    page = _board(club)

    assert BUTTON in page
    assert OVER not in page
    assert _announce_refusal(club) == ""
