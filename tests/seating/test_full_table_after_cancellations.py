"""A table counts as full by the people still coming to it: a seat held by someone who
cancelled is free to take. The hard rules of a move were already scored on the people still
coming; the capacity check counted every seat row, so a steward could not move anyone into
the seat a cancellation left and was told to drop them on someone to swap."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from collaboratory.gatherings.services import rsvp_submit
from collaboratory.seating.models import SeatingPlan
from collaboratory.seating.selectors import person_key, plan_grid
from collaboratory.seating.services import seat_move
from tests.conftest import client_for
from tests.seating.conftest import Room, small_groups_plan


def _one_cancels_at_the_first_table(room: Room) -> tuple[SeatingPlan, list[list[str]]]:
    """The twelve at two full tables of six in one round; one at the first table cancels."""
    plan = small_groups_plan(room, table_sizes=[6, 6])
    grid = plan_grid(plan=plan)[0]
    by_key = {person_key(u.pk): u for u in room.people}
    rsvp_submit(gathering=room.gathering, user=by_key[grid[0][0]], answer="no")
    return plan, grid


def test_a_seat_left_by_a_cancellation_takes_a_move(room: Room) -> None:
    plan, grid = _one_cancels_at_the_first_table(room)
    mover = grid[1][0]

    seat_move(plan=plan, round_=0, person=mover, table=0, actor=room.steward)

    after = plan_grid(plan=plan)[0]
    assert mover in after[0]
    assert mover not in after[1]


def test_a_table_full_of_people_still_coming_stays_full(room: Room) -> None:
    plan = small_groups_plan(room, table_sizes=[6, 6])
    grid = plan_grid(plan=plan)[0]

    with pytest.raises(ValidationError, match="is full: swap"):
        seat_move(plan=plan, round_=0, person=grid[1][0], table=0, actor=room.steward)

    assert plan_grid(plan=plan)[0] == grid


def test_the_board_counts_only_people_still_coming_at_a_table(room: Room) -> None:
    plan, _grid = _one_cancels_at_the_first_table(room)

    board = (
        client_for(room.steward)
        .get(f"/n/{room.network.slug}/seating/plans/{plan.pk}/")
        .content.decode()
    )

    # Table 1 has a seat free (5 of 6 still coming); table 2 is full.
    assert board.count('class="meta">5/6<') == 1
    assert board.count('class="meta">6/6<') == 1
