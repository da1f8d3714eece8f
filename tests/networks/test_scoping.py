"""each_network visits every network inside its own scope; date_in reads a network's calendar."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from django.utils import timezone
from django_scopes import get_scope

from collaboratory.networks.models import Membership, Network
from collaboratory.networks.scoping import date_in, each_network
from tests.factories import MembershipFactory


@pytest.mark.django_db
def test_each_network_runs_in_that_networks_scope_and_adds_up() -> None:
    first = MembershipFactory().network
    second = MembershipFactory().network
    seen: list[tuple[str, str, int]] = []

    def work(network: Network) -> int:
        count = Membership.objects.count()  # raises ScopeError outside a scope
        seen.append((network.slug, get_scope()["network"].slug, count))
        return count

    total = each_network(work)

    assert seen == [(first.slug, first.slug, 1), (second.slug, second.slug, 1)]
    assert total == 2


@pytest.mark.parametrize("active", ["UTC", "Asia/Tokyo", "America/New_York"])
def test_date_in_is_the_networks_day_whichever_zone_is_active(active: str) -> None:
    at = datetime(2026, 12, 4, 2, 30, tzinfo=UTC)  # 3 December, 21:30 in New York
    new_york = Network(slug="ny", name="NY", time_zone="America/New_York")
    tokyo = Network(slug="tokyo", name="Tokyo", time_zone="Asia/Tokyo")

    with timezone.override(active):
        days = (date_in(new_york, at), date_in(tokyo, at))

    assert days == (date(2026, 12, 3), date(2026, 12, 4))
