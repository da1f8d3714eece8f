"""The network home: who you are here, head counts, what is coming, in the network's zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import GatheringFormat
from collaboratory.gatherings.services import gathering_create
from collaboratory.networks.models import Network
from collaboratory.networks.selectors import NETWORK_COUNTS_SECONDS
from tests.conftest import CACHE_READ_QUERIES, CACHE_WRITE_QUERIES, World, client_for
from tests.factories import MembershipFactory


def add_gathering(network: Network, starts_at: datetime, title: str = "Spring Gathering") -> None:
    with scopes_disabled():
        gathering_create(
            network=network,
            title=title,
            format=GatheringFormat.IN_PERSON,
            city="Tulsa",
            parts=[("Meeting", starts_at, starts_at + timedelta(hours=7))],
        )


def test_member_sees_their_role_and_the_networks_head_counts(world: World) -> None:
    body = client_for(world.personas["member"]).get("/n/alpha/").content.decode()

    assert "You take part as: Member." in body
    # Alpha: member, steward, canary person; two of them with an organization.
    assert '<span class="figure">3</span><span class="figure-label">members</span>' in body
    assert '<span class="figure">2</span><span class="figure-label">organizations</span>' in body


def test_gathering_times_are_shown_in_the_networks_time_zone(world: World) -> None:
    world.alpha.time_zone = "America/Los_Angeles"
    world.alpha.save()
    starts = datetime(timezone.now().year + 1, 3, 6, 16, 0, tzinfo=UTC)  # 08:00 in Los Angeles
    add_gathering(world.alpha, starts)

    body = client_for(world.personas["member"]).get("/n/alpha/").content.decode()

    assert "Spring Gathering" in body
    assert ", 08:00</time>" in body
    assert "Times are shown in America/Los_Angeles." in body


@pytest.mark.parametrize("count", [1, 3])
def test_network_home_runs_a_fixed_number_of_queries(world: World, count: int) -> None:
    base = timezone.now() + timedelta(days=30)
    for i in range(count):
        add_gathering(world.alpha, base + timedelta(days=90 * i), title=f"Gathering {i}")
    client = client_for(world.personas["member"])
    client.get("/n/alpha/")  # warm the session
    cache.clear()

    with CaptureQueriesContext(connection) as cold:
        client.get("/n/alpha/")
    with CaptureQueriesContext(connection) as warm:
        response = client.get("/n/alpha/")

    assert response.status_code == 200
    assert response.content.decode().count("<strong>Gathering ") == count
    # Session, user, network, membership (shared by every permission check), the upcoming
    # gatherings and the past count; the head counts add one aggregate when not cached, and
    # are read from the cache (and stored there when not cached).
    assert (len(cold), len(warm)) == (
        7 + CACHE_READ_QUERIES + CACHE_WRITE_QUERIES,
        6 + CACHE_READ_QUERIES,
    )


def test_head_counts_are_kept_for_a_minute_per_network(world: World) -> None:
    client = client_for(world.personas["member"])
    client.get("/n/alpha/")
    MembershipFactory(network=world.alpha)

    within_the_minute = client.get("/n/alpha/").content.decode()
    cache.delete(f"networks:counts:{world.alpha.pk}")  # what the minute's expiry does
    after_expiry = client.get("/n/alpha/").content.decode()
    bravo = client_for(world.personas["foreign_steward"]).get("/n/bravo/").content.decode()

    assert NETWORK_COUNTS_SECONDS == 60
    assert '<span class="figure">3</span><span class="figure-label">members</span>' in (
        within_the_minute
    )
    assert '<span class="figure">4</span><span class="figure-label">members</span>' in (
        after_expiry
    )
    # Bravo (its steward and a canary person) has its own cached numbers, not Alpha's.
    assert '<span class="figure">2</span><span class="figure-label">members</span>' in bravo
