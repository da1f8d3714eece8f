"""Periodic tasks are enqueued once per period, however often the clock is checked."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from django_tasks import task
from django_tasks_db.models import DBTaskResult

from collaboratory.periodic import registry


@task()
def sample_daily_job() -> None:
    """A task used only by these tests."""


@pytest.fixture
def daily() -> Iterator[None]:
    saved = dict(registry._registry)
    registry._registry.clear()
    registry.periodic(every=timedelta(days=1), name="sample")(sample_daily_job)
    yield
    registry._registry.clear()
    registry._registry.update(saved)


NOON = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


@pytest.mark.django_db
@pytest.mark.usefixtures("daily")
def test_checking_twice_in_a_period_enqueues_once() -> None:
    first = registry.run_due(now=NOON)
    second = registry.run_due(now=NOON + timedelta(hours=11))

    assert (first, second) == (["sample"], [])
    assert DBTaskResult.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.usefixtures("daily")
def test_the_next_period_enqueues_again() -> None:
    registry.run_due(now=NOON)
    later = registry.run_due(now=NOON + timedelta(hours=13))

    assert later == ["sample"]
    assert DBTaskResult.objects.count() == 2


def test_a_period_shorter_than_a_minute_is_refused() -> None:
    with pytest.raises(ValueError, match="at most once a minute"):
        registry.periodic(every=timedelta(seconds=5))
