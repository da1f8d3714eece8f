"""Two drafts of one session published at once (two stewards, or two tabs) leave one plan
published. Each publish superseded the published plan it could see and then marked its own,
so on PostgreSQL the two could each see none and both end up published: members would be
shown one plan or the other depending on the query."""

from __future__ import annotations

import threading

import pytest
from django.db import connection
from django_scopes import scope, scopes_disabled

from collaboratory.seating.models import PlanStatus, SeatingPlan
from collaboratory.seating.services import plan_publish
from tests.seating.conftest import make_room, small_groups_plan
from tests.seating.races import before_statement

pytestmark = pytest.mark.django_db(transaction=True)


def test_two_drafts_published_at_once_leave_one_published() -> None:
    room = make_room()
    with scope(network=room.network):
        first, second = (small_groups_plan(room, table_sizes=[6, 6, 6]) for _ in range(2))

    def publish(pk: int) -> None:
        with scopes_disabled():
            plan_publish(plan=SeatingPlan.objects.get(pk=pk), actor=room.steward)

    started: list[threading.Thread] = []
    with (
        scopes_disabled(),
        # Right before the first publish writes its own status, its checks passed and the
        # published plan it could see superseded.
        connection.execute_wrapper(
            before_statement(
                'UPDATE "SEATING_SEATINGPLAN"',
                lambda: publish(second.pk),
                started,
                naming='"published_at"',
            )
        ),
    ):
        publish(first.pk)
    started[0].join()

    with scopes_disabled():
        statuses = dict(
            SeatingPlan.objects.filter(pk__in=[first.pk, second.pk]).values_list("pk", "status")
        )
    assert sorted(statuses.values()) == [PlanStatus.PUBLISHED, PlanStatus.SUPERSEDED]
