"""The authorization matrix for the live stream, with bodies: every persona asks for the
replay (GET ?once=1) of its own network's gathering and of a foreign one; the status is the
declared policy's, and no canary of a network the persona is not admitted to reaches it."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.authz.policy import ADMITTED, FOREIGN_NETWORK, OWN_NETWORK, POLICY, ROLES
from tests.conftest import CANARIES, World, client_for


@pytest.mark.parametrize("which", ["own", "foreign"])
@pytest.mark.parametrize("role", ROLES)
def test_the_replay_follows_the_policy_and_leaks_no_canary(
    world: World, role: str, which: str
) -> None:
    rule = POLICY["live:events"]
    network_key = OWN_NETWORK[role] if which == "own" else FOREIGN_NETWORK[role]
    gathering_id = rule.kwargs["gathering_id"](world, network_key)
    url = reverse(
        "live:events",
        kwargs={"network_slug": world.network(network_key).slug, "gathering_id": gathering_id},
    )
    expected = (rule.own if which == "own" else rule.foreign or {})[role]

    response = client_for(world.personas[role]).get(url + "?once=1")

    body = response.content.decode()
    leaked = [
        canary
        for network, canaries in CANARIES.items()
        if network not in ADMITTED[role]
        for canary in canaries
        if canary in body
    ]
    assert (response.status_code, leaked) == (expected, [])
    # Where the persona may listen, the canary person's commitment is there to be seen.
    network_canary = CANARIES["youth" if network_key == "alpha-youth" else network_key][1]
    assert (network_canary in body) == (expected == 200)
