"""Reads of the audit log: a network's events, as its stewards' activity log lists them."""

from __future__ import annotations

from datetime import datetime

from django.db.models import QuerySet

from collaboratory.audit.models import AuditEvent


def network_events(
    *,
    network_id: int,
    area: str = "",
    since: datetime | None = None,
    before: datetime | None = None,
) -> QuerySet[AuditEvent]:
    """The events recorded for one network, newest first, each with its actor (one joined
    query, however many rows are read). `area` keeps the actions whose code starts with
    `area.`; `since` is inclusive and `before` exclusive."""
    events = AuditEvent.objects.filter(network_id=network_id).select_related("actor")
    if area:
        events = events.filter(action__startswith=f"{area}.")
    if since is not None:
        events = events.filter(created_at__gte=since)
    if before is not None:
        events = events.filter(created_at__lt=before)
    return events.order_by("-created_at", "-pk")
