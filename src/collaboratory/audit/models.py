"""The append-only audit log.

Rows are only ever inserted, through `audit_record`. Saving an existing row, deleting one,
or bulk-updating or bulk-deleting through the manager raises. The one sanctioned change is
pseudonymizing the actor when an account is deleted (`audit_pseudonymize_actor`).
"""

from __future__ import annotations

from typing import Any, ClassVar

from django.conf import settings
from django.db import models


class AppendOnlyError(Exception):
    pass


class AuditQuerySet(models.QuerySet["AuditEvent"]):
    def update(self, **kwargs: Any) -> int:
        raise AppendOnlyError("The audit log is append-only.")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise AppendOnlyError("The audit log is append-only.")


class AuditEvent(models.Model):
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    action = models.CharField(max_length=60, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        db_constraint=False,
    )
    actor_label = models.CharField(max_length=120, blank=True)
    # No foreign key on purpose: the log outlives the network rows it describes.
    network_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    target_type = models.CharField(max_length=60, blank=True)
    target_id = models.CharField(max_length=64, blank=True)
    data = models.JSONField(default=dict, blank=True)
    ip = models.GenericIPAddressField(null=True, blank=True)

    objects: ClassVar[models.Manager[AuditEvent]] = AuditQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            # The stewards' activity log reads one network's rows newest first, 50 a page: with
            # this index SQLite walks them in order instead of sorting every row of the network
            # (bench/activity_log.py, 50,000 events in the network: first page p95 143-158 ->
            # 37-40 ms, page 100 199-247 -> 44-59 ms). The network_id index stays: the
            # paginator's COUNT reads it.
            models.Index(
                fields=["network_id", "created_at", "id"], name="audit_network_created_idx"
            ),
            # The log filtered by a person (by them or about them): each arm of the filter's OR
            # is an equality on one of these, so both databases read only that person's rows,
            # for the page and its COUNT, instead of every row of the network (50,000 events:
            # see docs/architecture.md, "The stewards' activity log at 50,000 events").
            # created_at last: with a days filter too, SQLite (no statistics) preferred the
            # (network_id, created_at) range in each arm, reading a wide range three times.
            models.Index(
                fields=["network_id", "actor", "created_at"], name="audit_network_actor_idx"
            ),
            models.Index(
                fields=["network_id", "target_type", "target_id", "created_at"],
                name="audit_network_target_idx",
            ),
            # The log filtered by an area: the COUNT reads this index alone, not the rows
            # (`action LIKE 'area.%'`; on PostgreSQL only a pattern_ops column serves a LIKE).
            models.Index(
                fields=["network_id", "action"],
                opclasses=["int8_ops", "varchar_pattern_ops"],
                name="audit_network_action_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise AppendOnlyError("The audit log is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise AppendOnlyError("The audit log is append-only.")
