"""What the report pages and filters may offer: the reporting years and the gatherings that
have begun (fixed reporting periods only, see ``Scope``)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Gathering
from collaboratory.networks.models import Network


def reporting_years(*, network: Network) -> list[int]:
    """Calendar years (in the network's time zone) with a gathering that has begun."""
    zone = ZoneInfo(network.time_zone)
    with scopes_disabled():
        starts = Gathering.objects.filter(
            network=network, starts_at__lte=timezone.now()
        ).values_list("starts_at", flat=True)
        return sorted({s.astimezone(zone).year for s in starts}, reverse=True)


def gathering_choices(*, network: Network) -> list[tuple[int, str, datetime]]:
    """Gatherings that have begun, newest first, for the filters and report links."""
    with scopes_disabled():
        return list(
            Gathering.objects.filter(network=network, starts_at__lte=timezone.now())
            .order_by("-starts_at", "-pk")
            .values_list("pk", "title", "starts_at")
        )


def next_gathering_start(*, network: Network) -> datetime | None:
    """When the network's next gathering begins (and joins `gathering_choices`), or None."""
    with scopes_disabled():
        return (
            Gathering.objects.filter(network=network, starts_at__gt=timezone.now())
            .order_by("starts_at")
            .values_list("starts_at", flat=True)
            .first()
        )


def report_gathering(*, network: Network, gathering_id: int) -> tuple[int, str] | None:
    """(id, title) of a gathering of this network that a report may cover (it has begun), or
    None: a gathering of another network, or one still to come, has no report here."""
    with scopes_disabled():
        row = (
            Gathering.objects.filter(network=network, pk=gathering_id)
            .values_list("pk", "title", "starts_at")
            .first()
        )
    if row is None or row[0] not in {pk for pk, _t, _s in gathering_choices(network=network)}:
        return None
    return row[0], row[1]
