"""Two stewards reordering the run of show at once: each move is applied to the order the
other left, and the run keeps each presenter once, at positions 1 to n."""

from __future__ import annotations

import pytest
from django.test import Client
from django_scopes import scopes_disabled

from collaboratory.creditclub import services
from collaboratory.creditclub.models import Proposal
from collaboratory.creditclub.selectors import run_of_show
from collaboratory.networks.models import Role
from tests.conftest import World, client_for
from tests.creditclub.conftest import Club, make_club
from tests.factories import MembershipFactory
from tests.races import second_after_first_reads

pytestmark = pytest.mark.django_db(transaction=True)


def _selected(club: Club) -> list[Proposal]:
    proposals = [club.proposal(club.new_member(name), title=name) for name in ("A", "B", "C")]
    with scopes_disabled():
        for proposal in proposals:
            services.proposal_stage_decision(
                proposal=proposal, decision="selected", actor=club.steward
            )
        services.proposals_announce(gathering=club.upcoming, actor=club.steward)
    return proposals


def _move(client: Client, club: Club, proposal: Proposal, direction: str) -> None:
    response = client.post(
        f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/run-of-show/",
        {"proposal": proposal.pk, "direction": direction},
    )
    assert response.status_code == 302


def test_two_stewards_moving_presenters_at_once_both_count(world: World) -> None:
    """The page read the order, swapped two neighbours in its copy and wrote every position
    back, without a lock: a second steward's move that landed in between was undone (and a
    presenter selected meanwhile kept no position). Now the move reads the order under the
    gathering's row lock, so the second waits and then moves from the first's order."""
    club = make_club(world)
    a, _b, c = _selected(club)
    with scopes_disabled():
        other = MembershipFactory(network=club.network, role=Role.STEWARD).user
    first, second = client_for(club.steward), client_for(other)

    second_after_first_reads(
        lambda: _move(first, club, c, "up"),  # A B C -> A C B
        lambda: _move(second, club, a, "down"),  # B A C, had it gone first
        reads=lambda sql: 'FROM "creditclub_proposal"' in sql and "run_position" in sql,
    )

    with scopes_disabled():
        run = list(run_of_show(gathering=club.upcoming).values_list("title", "run_position"))
    # Whichever went first, both moves are in the result and the positions are 1, 2, 3.
    assert [position for _title, position in run] == [1, 2, 3]
    assert [title for title, _position in run] in (["C", "A", "B"], ["B", "C", "A"])
