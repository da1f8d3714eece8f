"""Every route x every role x own and foreign network, against the declared policy."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.api.helpers import api_client, persona_token
from tests.authz.policy import ADMITTED, FOREIGN_NETWORK, OWN_NETWORK, POLICY, ROLES, Rule
from tests.conftest import CANARIES, World, client_for


def _route_names(patterns: list, namespace: str = "") -> Iterator[str]:  # type: ignore[type-arg]
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace + (f"{pattern.namespace}:" if pattern.namespace else "")
            yield from _route_names(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern):
            yield namespace + (pattern.name or f"<unnamed {pattern.pattern}>")


def all_route_names() -> list[str]:
    return sorted(set(_route_names(get_resolver().url_patterns)))


def test_every_route_has_a_policy_row() -> None:
    missing = [name for name in all_route_names() if name not in POLICY]
    assert missing == []


def test_every_policy_row_names_a_route() -> None:
    stale = sorted(set(POLICY) - set(all_route_names()))
    assert stale == []


def _cases() -> Iterator[tuple[str, str, str]]:
    for name, rule in sorted(POLICY.items()):
        for role in ROLES:
            yield name, role, "own"
            if rule.foreign is not None:
                yield name, role, "foreign"


@pytest.mark.parametrize(("route", "role", "which"), list(_cases()))
def test_route_gives_declared_status_and_no_foreign_canary(
    world: World, route: str, role: str, which: str
) -> None:
    rule = POLICY[route]
    network_key = OWN_NETWORK[role] if which == "own" else FOREIGN_NETWORK[role]
    # A callable value names an object of that network (own or foreign) in the world.
    kwargs = {k: v(world, network_key) if callable(v) else v for k, v in rule.kwargs.items()}
    if rule.foreign is not None:
        kwargs["network" if rule.api else "network_slug"] = world.network(network_key).slug
    for argument, key in rule.tokens.get(role, {}).items():
        kwargs[argument] = world.tokens[key]
    expected = (rule.own if which == "own" else rule.foreign or {})[role]

    response = _request(_client(world, rule, role), rule, reverse(route, kwargs=kwargs))

    assert response.status_code == expected
    body = response.content.decode(errors="replace")
    leaked = [
        canary
        for network, canaries in CANARIES.items()
        if network not in ADMITTED[role]
        for canary in canaries
        if canary in body
    ]
    assert leaked == []


def _client(world: World, rule: Rule, role: str) -> Client:
    """Pages: the persona signed in. API operations: the persona's token of its own network
    and no session at all (the API reads no cookie)."""
    if rule.api:
        return api_client(persona_token(world, role))
    return client_for(world.personas[role])


def _request(client: Client, rule: Rule, url: str):  # type: ignore[no-untyped-def]
    if rule.body is not None:
        return getattr(client, rule.method)(url, rule.body, content_type="application/json")
    return getattr(client, rule.method)(url)
