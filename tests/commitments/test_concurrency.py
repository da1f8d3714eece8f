"""Double taps and retries racing each other: threads, each on its own database connection,
submit the same commitment with the same idempotency key at the same moment."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable

import pytest
from django.db import connection
from django_scopes import scopes_disabled

from collaboratory.commitments.models import Commitment, LiveEvent, LiveSettings
from collaboratory.commitments.services import live_settings_update
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


def test_two_first_saves_of_the_live_settings_make_one_row(room: Room) -> None:
    """Two stewards save the default at once on a network that has no row yet (reads no
    longer make it): both saves succeed, one row holds the later."""

    def save(minutes: int) -> Callable[[], int]:
        def job() -> int:
            with scopes_disabled():
                row = live_settings_update(
                    network=room.world.alpha, actor=room.steward, presentation_minutes=minutes
                )
            return row.pk

        return job

    results, errors = run_together([save(5), save(6), save(5), save(6)])

    assert errors == []
    with scopes_disabled():
        rows = list(LiveSettings.objects.values_list("pk", "presentation_minutes"))
    assert len(rows) == 1
    assert set(results) == {rows[0][0]}
