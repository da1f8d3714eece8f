"""Background work of webhooks. Thin: ids in, a service out."""

from __future__ import annotations

from datetime import timedelta

from django_tasks import task

from collaboratory.periodic.registry import periodic
from collaboratory.webhooks.services import (
    deliveries_attempt,
    deliveries_due_send,
    webhook_held_release,
)


@task()
def deliveries_send(delivery_ids: list[int]) -> int:
    """First attempt of one event's deliveries, enqueued when the change commits."""
    return len(deliveries_attempt(ids=delivery_ids))


@task()
def held_release(webhook_id: int) -> int:
    """What a hook missed while paused, enqueued when it is switched on again."""
    return len(webhook_held_release(webhook_id=webhook_id))


@periodic(every=timedelta(minutes=1))
@task()
def deliveries_sweep() -> int:
    """Retries whose wait is over, and any first attempt the enqueue above missed."""
    return deliveries_due_send()
