"""Reads of the audit log: a network's events, as its stewards' activity log lists them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.db.models import Q, QuerySet

from collaboratory.audit.labels import UNNAMED_ACTOR_ACTIONS
from collaboratory.audit.models import AuditEvent


def network_events(
    *,
    network_id: int,
    area: str = "",
    since: datetime | None = None,
    before: datetime | None = None,
    person_id: int | None = None,
    person_targets: Iterable[tuple[str, Any]] = (),
) -> QuerySet[AuditEvent]:
    """The events recorded for one network, newest first, each with its actor (one joined
    query, however many rows are read). `area` keeps the actions whose code starts with
    `area.`; `since` is inclusive and `before` exclusive.

    `person_id` keeps the events that person did or that are about them: those they are the
    actor of, except the actions whose actor the log never names (`UNNAMED_ACTOR_ACTIONS`:
    filtering by a concern's reporter must not list the concern as theirs), and those whose
    target is one of `person_targets`, pairs of a target type and the target ids (as text,
    a list or a subquery) that stand for the person in this network: their account, their
    membership, their guardian's consent. No extra query: the ids go into the one read."""
    events = AuditEvent.objects.filter(network_id=network_id).select_related("actor")
    if area:
        events = events.filter(action__startswith=f"{area}.")
    if since is not None:
        events = events.filter(created_at__gte=since)
    if before is not None:
        events = events.filter(created_at__lt=before)
    if person_id is not None:
        by_them = Q(actor_id=person_id) & ~Q(action__in=UNNAMED_ACTOR_ACTIONS)
        about_them = Q()
        for target_type, ids in person_targets:
            about_them |= Q(target_type=target_type, target_id__in=ids)
        events = events.filter(by_them | about_them)
    return events.order_by("-created_at", "-pk")
