"""Reusable reads for gatherings."""

from __future__ import annotations

from datetime import datetime

from django.db.models import QuerySet
from django.utils import timezone

from collaboratory.gatherings.models import Gathering
from collaboratory.networks.models import Network


def gatherings_upcoming(*, network: Network, limit: int) -> QuerySet[Gathering]:
    return Gathering.objects.filter(network=network, ends_at__gte=timezone.now()).order_by(
        "starts_at"
    )[:limit]


def gatherings_past_count(*, network: Network) -> int:
    return Gathering.objects.filter(network=network, ends_at__lt=timezone.now()).count()


def attendance_last_dates(*, network: Network) -> dict[int, datetime]:
    """User id -> end time of the last gathering part they attended in this network (from the
    attendance ledger), for the membership activity rule."""
    from django.db.models import Max
    from django_scopes import scopes_disabled

    from collaboratory.gatherings.models import Attendance

    with scopes_disabled():
        rows = (
            Attendance.objects.filter(network=network, part__ends_at__lte=timezone.now())
            .values("user_id")
            .annotate(last=Max("part__ends_at"))
            .values_list("user_id", "last")
        )
        return dict(rows)
