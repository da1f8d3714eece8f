"""each_network visits every network inside its own scope."""

from __future__ import annotations

import pytest
from django_scopes import get_scope

from collaboratory.networks.models import Membership, Network
from collaboratory.networks.scoping import each_network
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
