from __future__ import annotations

from django.db import models


class PeriodicRun(models.Model):
    """One row per task per period: the unique constraint makes enqueueing exactly-once even
    when two workers (or a worker and cron) look at the clock at the same moment."""

    name = models.CharField(max_length=200)
    period_start = models.DateTimeField()
    enqueued_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["name", "period_start"], name="periodic_run_once")
        ]

    def __str__(self) -> str:
        return f"{self.name} @ {self.period_start:%Y-%m-%d %H:%M}"
