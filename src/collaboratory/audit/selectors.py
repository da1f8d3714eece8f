"""Reads of the audit log: a network's events, as its stewards' activity log lists them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

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
    person_targets: Iterable[tuple[str, Iterable[str]]] = (),
) -> QuerySet[AuditEvent]:
    """The events recorded for one network, newest first, each with its actor (one joined
    query, however many rows are read). `area` keeps the actions whose code starts with
    `area.`; `since` is inclusive and `before` exclusive.

    `person_id` keeps the events that person did or that are about them: those they are the
    actor of, except the actions whose actor the log never names (`UNNAMED_ACTOR_ACTIONS`:
    filtering by a concern's reporter must not list the concern as theirs), and those whose
    target is one of `person_targets`, pairs of a target type and the target ids (as text)
    that stand for the person in this network: their account, their membership, their
    guardian's consents. A type with no ids matches nothing.

    With a person, the network is named in each arm of the `OR` rather than once beside it,
    and the ids are plain lists: each arm is then an equality on an index of audit 0003
    ((network_id, actor_id, created_at), (network_id, target_type, target_id, created_at)),
    so both databases read only the person's rows (of the days asked for), for the page and
    for its COUNT, however big the network
    (bench/activity_log.py). Named once beside the `OR`, SQLite, which has no statistics,
    walks every row of the network instead; a subquery among the ids keeps PostgreSQL from
    using the index for that arm, and so for the whole `OR`."""
    if person_id is None:
        events = AuditEvent.objects.filter(network_id=network_id)
    else:
        in_network = Q(network_id=network_id)
        matches = in_network & Q(actor_id=person_id) & ~Q(action__in=UNNAMED_ACTOR_ACTIONS)
        for target_type, ids in person_targets:
            ids = list(ids)
            if ids:
                matches |= in_network & Q(target_type=target_type, target_id__in=ids)
        events = AuditEvent.objects.filter(matches)
    events = events.select_related("actor")
    if area:
        events = events.filter(action__startswith=f"{area}.")
    if since is not None:
        events = events.filter(created_at__gte=since)
    if before is not None:
        events = events.filter(created_at__lt=before)
    return events.order_by("-created_at", "-pk")
