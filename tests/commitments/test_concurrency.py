"""Double taps and retries racing each other: threads, each on its own database connection,
submit the same commitment with the same idempotency key at the same moment."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable

import pytest
from django.db import connection
from django_scopes import scopes_disabled

from collaboratory.commitments.models import Commitment, LiveEvent
from tests.commitments.conftest import Room

pytestmark = pytest.mark.django_db(transaction=True)


def run_together(jobs: list[Callable[[], int]]) -> tuple[list[int], list[BaseException]]:
    barrier = threading.Barrier(len(jobs))
    results: list[int] = []
    errors: list[BaseException] = []

    def wrap(job: Callable[[], int]) -> None:
        try:
            barrier.wait()
            results.append(job())
        except BaseException as error:  # collected and asserted by the test
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=wrap, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, errors


def test_concurrent_duplicates_store_one_commitment_and_all_get_it(room: Room) -> None:
    key = uuid.uuid4()

    results, errors = run_together([lambda: room.commit(idempotency_key=key).pk] * 6)

    assert errors == []
    with scopes_disabled():
        stored = list(Commitment.objects.values_list("pk", flat=True))
        events = LiveEvent.objects.count()
    assert results == stored * 6
    assert events == 1


def test_concurrent_different_commitments_get_consecutive_event_ids(room: Room) -> None:
    results, errors = run_together([lambda: room.commit().pk for _ in range(5)])

    assert errors == []
    with scopes_disabled():
        ids = sorted(LiveEvent.objects.values_list("event_id", flat=True))
    assert (len(set(results)), ids) == (5, [1, 2, 3, 4, 5])
