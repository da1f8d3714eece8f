"""Register django-tasks tasks to run every N minutes/hours/days, and enqueue those due.

    from collaboratory.periodic.registry import periodic

    @periodic(every=timedelta(days=1))
    @task()
    def membership_statuses_evaluate() -> None: ...

`run_due()` is called by `collaboratory worker` every minute and by `collaboratory run_due`
(for cron, or for tests that move the clock). A task is enqueued at most once per period.
A task that must not act twice on the same object (a reminder) still keeps its own
sent-log: "at most once per period" is about enqueueing, not about what the task does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from django.db import IntegrityError, transaction
from django.utils import timezone

from collaboratory.periodic.models import PeriodicRun

EPOCH = datetime(2000, 1, 3, tzinfo=UTC)  # a Monday, so weekly periods start on Mondays
TaskT = TypeVar("TaskT")


@dataclass(frozen=True)
class PeriodicTask:
    name: str
    every: timedelta
    task: Any  # a django_tasks.Task

    def period_start(self, now: datetime) -> datetime:
        periods = (now - EPOCH) // self.every
        return EPOCH + periods * self.every


_registry: dict[str, PeriodicTask] = {}


def periodic(*, every: timedelta, name: str | None = None) -> Callable[[TaskT], TaskT]:
    if every < timedelta(minutes=1):
        raise ValueError("Periodic tasks run at most once a minute.")

    def register(task: TaskT) -> TaskT:
        task_name = str(name or getattr(task, "module_path", None) or repr(task))
        _registry[task_name] = PeriodicTask(task_name, every, task)
        return task

    return register


def registered() -> list[PeriodicTask]:
    return sorted(_registry.values(), key=lambda p: p.name)


def run_due(*, now: datetime | None = None) -> list[str]:
    """Enqueue every registered task whose current period has not been enqueued yet."""
    now = now or timezone.now()
    enqueued = []
    for item in registered():
        try:
            with transaction.atomic():
                PeriodicRun.objects.create(name=item.name, period_start=item.period_start(now))
                item.task.enqueue()
        except IntegrityError:
            continue
        enqueued.append(item.name)
    return enqueued
