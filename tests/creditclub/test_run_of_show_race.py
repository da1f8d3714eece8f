"""Two stewards reordering the run of show at once: each move is applied to the order the
other left, and the run keeps each presenter once, at positions 1 to n."""

from __future__ import annotations

import pytest
from django.test import Client
from django_scopes import scopes_disabled

from collaboratory.creditclub import services
from collaboratory.creditclub.models import Proposal
from collaboratory.creditclub.selectors import creditclub_settings_for, run_of_show
from collaboratory.networks.models import Role
from tests.conftest import World, client_for
from tests.creditclub.conftest import Club, make_club
from tests.factories import MembershipFactory
from tests.races import second_after_first_reads

pytestmark = pytest.mark.django_db(transaction=True)


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
    a, _b, c = club.three_announced()
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


def _positions(club: Club) -> list[tuple[str, int | None]]:
    with scopes_disabled():
        return list(run_of_show(gathering=club.upcoming).values_list("title", "run_position"))


def _more_slots(club: Club) -> None:
    with scopes_disabled():
        settings = creditclub_settings_for(network=club.network)
        settings.presenter_slots = 5
        settings.save()


def _select_late(club: Club, name: str) -> Proposal:
    """A steward selects one more presenter after the run was ordered."""
    late = club.proposal(club.new_member(name), title=name)
    with scopes_disabled():
        services.proposal_stage_decision(proposal=late, decision="selected", actor=club.steward)
    return late


def _announce(club: Club) -> None:
    with scopes_disabled():
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)


def test_a_presenter_selected_later_takes_the_next_place_in_the_run(world: World) -> None:
    """Selected after the run was ordered, a presenter had no position: the run of show
    and the live console listed them with none, and the presenter pack numbered nobody."""
    club = make_club(world)
    _more_slots(club)
    a, _b, c = club.three_announced()
    with scopes_disabled():
        services.run_of_show_set(
            gathering=club.upcoming, order=[c.pk, a.pk, _b.pk], actor=club.steward
        )
    _select_late(club, "D")
    _announce(club)

    assert _positions(club) == [("C", 1), ("A", 2), ("B", 3), ("D", 4)]


def test_a_presenter_leaving_the_run_closes_the_gap(world: World) -> None:
    """Waitlisted by an announcement or withdrawn, a presenter leaves the run and those after
    them move up a place: the run stays 1 to n, and one selected later comes last."""
    club = make_club(world)
    _more_slots(club)
    a, b, _c = club.three_announced()
    with scopes_disabled():
        services.proposal_withdraw(proposal=a, actor=a.proposer)
        services.proposal_stage_decision(proposal=b, decision="waitlisted", actor=club.steward)
    _select_late(club, "D")
    _announce(club)
    with scopes_disabled():
        left = dict(
            Proposal.objects.filter(pk__in=[a.pk, b.pk]).values_list("title", "run_position")
        )

    assert _positions(club) == [("C", 1), ("D", 2)]
    assert left == {"A": None, "B": None}


def test_a_selection_while_a_steward_moves_a_presenter_gets_the_last_place(
    world: World,
) -> None:
    """The announcement places its presenters under the gathering's lock, the one a move
    takes: the move made meanwhile stands, and the new presenter comes after it."""
    club = make_club(world)
    _more_slots(club)
    _a, _b, c = club.three_announced()
    _select_late(club, "D")
    steward = client_for(club.steward)

    second_after_first_reads(
        lambda: _move(steward, club, c, "up"),  # A B C -> A C B
        lambda: _announce(club),
        reads=lambda sql: 'FROM "creditclub_proposal"' in sql and "run_position" in sql,
    )

    assert _positions(club) == [("A", 1), ("C", 2), ("B", 3), ("D", 4)]


def test_a_selection_while_a_presenter_withdraws_leaves_no_gap(world: World) -> None:
    """A withdrawal renumbers the run while an announcement places a new presenter: read
    outside the lock, the new one took the place after the old last, leaving a hole."""
    club = make_club(world)
    _more_slots(club)
    a, _b, _c = club.three_announced()
    _select_late(club, "D")

    def withdraw() -> None:
        with scopes_disabled():
            services.proposal_withdraw(proposal=a, actor=a.proposer)

    second_after_first_reads(
        withdraw,
        lambda: _announce(club),
        reads=lambda sql: 'FROM "creditclub_proposal"' in sql and "run_position" in sql,
    )

    assert _positions(club) == [("B", 1), ("C", 2), ("D", 3)]
