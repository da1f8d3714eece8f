"""Reusable reads for gatherings."""

from __future__ import annotations

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
