"""Work that visits every network, each inside its own scope."""

from __future__ import annotations

from collections.abc import Callable

from django_scopes import scope, scopes_disabled

from collaboratory.networks.models import Network


def each_network(work: Callable[[Network], int]) -> int:
    """Run `work(network)` for every network inside `scope(network=...)` and add up what it
    returns: the one way periodic tasks cross networks, so none forgets to scope its reads."""
    with scopes_disabled():
        networks = list(Network.objects.order_by("pk"))
    total = 0
    for network in networks:
        with scope(network=network):
            total += work(network)
    return total
