"""Two moves at once on one draft (two tabs, or a second drag dropped while the first is on
its way) are checked one after the other. Each move was checked against the plan as it read
it, outside any lock, so two moves that were each fine alone could together break a hard
rule: here the two people of a keep-apart rule both moved to the same free table."""

from __future__ import annotations

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django_scopes import scope, scopes_disabled

from collaboratory.seating.models import PairKind, Seat, SeatingPlan
from collaboratory.seating.selectors import person_key, plan_grid
from collaboratory.seating.services import seat_move
from tests.seating.conftest import add_rule, make_room, small_groups_plan
from tests.seating.races import before_statement

pytestmark = pytest.mark.django_db(transaction=True)


def test_two_moves_at_once_cannot_seat_a_kept_apart_pair_together() -> None:
    room = make_room()
    first, second = room.people[0], room.people[4]
    with scope(network=room.network):
        add_rule(room, PairKind.APART, first, second)
        plan = small_groups_plan(room, table_sizes=[6, 6, 6])
        # Four a table: the first two people of the rule at tables 1 and 2, two free seats
        # at table 3.
        for i, user in enumerate(room.people):
            Seat.objects.filter(plan=plan, user=user).update(table=i // 4)
    refusals: list[ValidationError] = []

    def move(user_index: int) -> None:
        with scopes_disabled():
            fresh = SeatingPlan.objects.get(pk=plan.pk)
            seat_move(
                plan=fresh,
                round_=0,
                person=person_key(room.people[user_index].pk),
                table=2,
                actor=room.steward,
            )

    def other_tab() -> None:
        try:
            move(4)
        except ValidationError as error:
            refusals.append(error)

    started: list[threading.Thread] = []
    with (
        scopes_disabled(),
        connection.execute_wrapper(before_statement('UPDATE "SEATING_SEAT"', other_tab, started)),
    ):
        move(0)
    started[0].join()

    with scopes_disabled():
        grid = plan_grid(plan=SeatingPlan.objects.get(pk=plan.pk))
    together = [t for t in grid[0] if {person_key(first.pk), person_key(second.pk)} <= set(t)]
    assert together == []
    assert len(refusals) == 1
    assert "Refused" in " ".join(refusals[0].messages)
