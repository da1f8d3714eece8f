"""Cancellations after a plan was made can leave a young person's table with one adult: the
board counts the rule broken (it scores only people still coming), and Refresh moves an
adult in from a table that can spare one, or says plainly that it could not."""

from __future__ import annotations

from collaboratory.gatherings.services import rsvp_submit
from collaboratory.people.models import AgeBand, User
from collaboratory.seating.models import SeatingPlan
from collaboratory.seating.selectors import person_key, plan_grid, plans_evaluated
from collaboratory.seating.services import (
    plan_generate,
    plan_publish,
    plan_refresh,
    table_lock_set,
)
from tests.conftest import client_for
from tests.factories import MembershipFactory
from tests.seating.conftest import Room


def _plan_with_youth(room: Room) -> tuple[SeatingPlan, User, int]:
    """13 coming (a youth among them) at three tables of five, in one round."""
    youth = MembershipFactory(network=room.network, user__age_band=AgeBand.AGE_13_15).user
    rsvp_submit(gathering=room.gathering, user=youth, answer="yes", both_parts=True)
    plan = plan_generate(
        gathering=room.gathering,
        agenda_item=room.groups,
        rounds=1,
        table_sizes=[5, 5, 5],
        actor=room.steward,
        time_limit=0.2,
    )
    table = next(
        t for t, seated in enumerate(plan_grid(plan=plan)[0]) if person_key(youth.pk) in seated
    )
    return plan, youth, table


def _cancel_all_adults_but_one(room: Room, plan: SeatingPlan, table: int) -> list[User]:
    """Every adult at `table` but one says no; returns who stays."""
    keys = set(plan_grid(plan=plan)[0][table])
    adults = [u for u in room.people if person_key(u.pk) in keys]
    for user in adults[1:]:
        rsvp_submit(gathering=room.gathering, user=user, answer="no")
    return adults[:1]


def test_the_board_counts_a_minor_left_with_one_adult_by_cancellations(room: Room) -> None:
    plan, _youth, table = _plan_with_youth(room)
    plan_publish(plan=plan, actor=room.steward)

    _cancel_all_adults_but_one(room, plan, table)

    state = plans_evaluated(plans=[plan])[plan.pk]
    assert state.cost.violations == (
        f"Table {table + 1}, round 1: a minor with fewer than two adults",
    )
    board = (
        client_for(room.steward)
        .get(f"/n/{room.network.slug}/seating/plans/{plan.pk}/")
        .content.decode()
    )
    assert f"Table {table + 1}, round 1: a minor with fewer than two adults" in board


def test_refresh_moves_an_adult_to_a_minor_left_with_one(room: Room) -> None:
    plan, youth, table = _plan_with_youth(room)
    (stays,) = _cancel_all_adults_but_one(room, plan, table)
    before = plan_grid(plan=plan)[0]

    new, summary = plan_refresh(plan=plan, actor=room.steward)

    grid = plan_grid(plan=new)[0]
    adults_there = [p for p in grid[table] if p != person_key(youth.pk)]
    assert len(adults_there) == 2
    assert person_key(stays.pk) in adults_there
    (moved,) = set(adults_there) - {person_key(stays.pk)}
    # The one moved came from another table; everyone else kept their seat.
    assert all(set(grid[t]) == set(before[t]) - {moved} for t in range(3) if t != table)
    assert (summary.adults_moved, summary.broken) == (1, ())
    assert plans_evaluated(plans=[new])[new.pk].cost.violations == ()
    assert new.violations == 0


def test_refresh_that_cannot_repair_a_minors_table_says_which(room: Room) -> None:
    plan, _youth, table = _plan_with_youth(room)
    for other in range(3):
        if other != table:
            table_lock_set(plan=plan, round_=0, table=other, locked=True, actor=room.steward)
    _cancel_all_adults_but_one(room, plan, table)

    response = client_for(room.steward).post(
        f"/n/{room.network.slug}/seating/plans/{plan.pk}/refresh/", follow=True
    )

    body = response.content.decode()
    assert (
        f"It still breaks 1 hard rule, so it cannot be published yet: Table {table + 1}, "
        "round 1: a minor with fewer than two adults. Move people by hand, unlock a table or "
        "re-plan everyone."
    ) in body
    assert SeatingPlan.objects.get(version=2).violations == 1
