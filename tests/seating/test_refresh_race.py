"""A move on a draft while the same draft is being refreshed from the RSVPs. The refresh read
the plan outside any lock, so a move landing between its read and its write was kept only
on the old version, which the steward then left behind: the move was silently lost."""

from __future__ import annotations

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django_scopes import scope, scopes_disabled

from collaboratory.gatherings.services import rsvp_submit
from collaboratory.seating.models import Seat, SeatingPlan
from collaboratory.seating.selectors import person_key, plan_grid
from collaboratory.seating.services import plan_refresh, seat_move
from tests.factories import MembershipFactory
from tests.seating.conftest import make_room, small_groups_plan
from tests.seating.races import before_statement

pytestmark = pytest.mark.django_db(transaction=True)


def _table_of(plan: SeatingPlan, key: str) -> int:
    return next(t for t, table in enumerate(plan_grid(plan=plan)[0]) if key in table)


def test_a_move_during_a_refresh_is_in_the_new_version_or_refused() -> None:
    room = make_room()
    with scope(network=room.network):
        plan = small_groups_plan(room, table_sizes=[6, 6, 6])
        for i, user in enumerate(room.people):
            Seat.objects.filter(plan=plan, user=user).update(table=i // 4)
        late = MembershipFactory(network=room.network).user
        rsvp_submit(gathering=room.gathering, user=late, answer="yes", both_parts=True)
    mover = person_key(room.people[0].pk)
    refusals: list[ValidationError] = []

    def other_tab() -> None:
        with scopes_disabled():
            try:
                seat_move(
                    plan=SeatingPlan.objects.get(pk=plan.pk),
                    round_=0,
                    person=mover,
                    table=2,
                    actor=room.steward,
                )
            except ValidationError as error:
                refusals.append(error)

    started: list[threading.Thread] = []
    # Right before the refresh writes its new version: the move has had its chance to land.
    with (
        scopes_disabled(),
        connection.execute_wrapper(
            before_statement('INSERT INTO "SEATING_SEATINGPLAN"', other_tab, started)
        ),
    ):
        new, _summary = plan_refresh(plan=plan, actor=room.steward)
    started[0].join()

    with scopes_disabled():
        old_table = _table_of(SeatingPlan.objects.get(pk=plan.pk), mover)
        new_table = _table_of(new, mover)
    if refusals:
        assert "newer version" in " ".join(refusals[0].messages)
        assert old_table == new_table == 0
    else:
        assert old_table == new_table == 2
