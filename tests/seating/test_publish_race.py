"""Two drafts of one session published at once (two stewards, or two tabs) leave one plan
published. Each publish superseded the published plan it could see and then marked its own,
so on PostgreSQL the two could each see none and both end up published: members would be
shown one plan or the other depending on the query."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django_scopes import scope, scopes_disabled

from collaboratory.seating.models import PlanStatus, SeatingPlan
from collaboratory.seating.services import plan_generate, plan_publish
from tests.creditclub.test_concurrency import in_another_connection
from tests.seating.conftest import make_room

pytestmark = pytest.mark.django_db(transaction=True)


def before_marking_published(job: Callable[[], None], started: list[threading.Thread]) -> Any:
    """Right before a plan's own status is written (its checks passed, the published plan
    it could see superseded), run `job` on another connection and give it two seconds:
    time to finish unless it waits for this publish."""

    def wrapper(execute: Callable[..., Any], sql: str, *args: Any) -> Any:
        own_status = sql.lstrip().upper().startswith('UPDATE "SEATING_SEATINGPLAN"') and (
            '"published_at"' in sql
        )
        if not started and own_status:
            started.append(in_another_connection(job))
            started[0].join(timeout=2)
        return execute(sql, *args)

    return wrapper


def test_two_drafts_published_at_once_leave_one_published() -> None:
    room = make_room()
    with scope(network=room.network):
        first, second = (
            plan_generate(
                gathering=room.gathering,
                agenda_item=room.groups,
                rounds=1,
                table_sizes=[6, 6, 6],
                actor=room.steward,
                time_limit=0.2,
            )
            for _ in range(2)
        )

    def publish(pk: int) -> None:
        with scopes_disabled():
            plan_publish(plan=SeatingPlan.objects.get(pk=pk), actor=room.steward)

    started: list[threading.Thread] = []
    with (
        scopes_disabled(),
        connection.execute_wrapper(before_marking_published(lambda: publish(second.pk), started)),
    ):
        publish(first.pk)
    started[0].join()

    with scopes_disabled():
        statuses = dict(
            SeatingPlan.objects.filter(pk__in=[first.pk, second.pk]).values_list("pk", "status")
        )
    assert sorted(statuses.values()) == [PlanStatus.PUBLISHED, PlanStatus.SUPERSEDED]
