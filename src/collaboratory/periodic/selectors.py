"""Whether the background worker (`collaboratory worker`) is running, from what it already
writes: no heartbeat of its own is needed."""

from __future__ import annotations

from datetime import datetime, timedelta

from django_tasks_db.models import DBTaskResult

from collaboratory.periodic.models import PeriodicRun
from collaboratory.periodic.registry import registered

# A running worker's scheduler enqueues the shortest periodic task every period (webhooks'
# sender: every minute); this much quiet beyond that period means it is not running.
WORKER_QUIET = timedelta(minutes=5)


def worker_idle(*, now: datetime) -> bool:
    """True when no worker has run lately: the scheduler inside `collaboratory worker` has
    recorded no periodic run within the shortest period plus `WORKER_QUIET`, or a task has
    waited in the queue longer than `WORKER_QUIET` (a scheduler run from cron with no
    worker to take the tasks). Two indexed reads: the newest run by id, the oldest task
    waiting (the queue's partial index)."""
    shortest = min((p.every for p in registered()), default=timedelta(minutes=1))
    last = PeriodicRun.objects.order_by("-pk").values_list("enqueued_at", flat=True).first()
    if last is None or last < now - shortest - WORKER_QUIET:
        return True
    oldest = (
        DBTaskResult.objects.ready()
        .order_by("enqueued_at")
        .values_list("enqueued_at", flat=True)
        .first()
    )
    return oldest is not None and oldest < now - WORKER_QUIET
