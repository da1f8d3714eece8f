"""Work inside a network: its scope and its time zone, for a request (networks.middleware)
or for a page reached without one in its URL (a pass, a guardian's or trainee's link); work
that visits every network, each inside its own scope; and the day on a network's calendar."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.utils import timezone
from django_scopes import scope, scopes_disabled

from collaboratory.networks.models import Network


@contextmanager
def inside(network: Network) -> Iterator[None]:
    """The network's scope, and its time zone for every time shown: without it a page with no
    network in its URL shows UTC (a 6 pm dinner in Los Angeles read as 2 am)."""
    with timezone.override(network.time_zone), scope(network=network):
        yield


def each_network(work: Callable[[Network], int]) -> int:
    """Run `work(network)` for every network `inside` it (its scope and time zone) and add up
    what it returns: the one way periodic tasks cross networks, so none forgets to scope its
    reads, and an email's times read as the network's pages do (the weekly digest gave a
    gathering's start in UTC)."""
    with scopes_disabled():
        networks = list(Network.objects.order_by("pk"))
    total = 0
    for network in networks:
        with inside(network):
            total += work(network)
    return total


def date_in(network: Network, at: datetime) -> date:
    """The day `at` falls on in the network's calendar, whichever time zone is active (a task
    runs in UTC, a test or another network's page in its own). A calendar day is always the
    network's: "today", a date that has passed, the day someone joined. `at.date()` is UTC's
    day, wrong in a New York evening or a Tokyo morning."""
    return timezone.localdate(at, ZoneInfo(network.time_zone))
