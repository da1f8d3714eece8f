"""Every route x every role x own and foreign network, against the declared policy."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.conf import settings
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
    postgres = "postgresql" in settings.DATABASES["default"]["ENGINE"]
    for name, rule in sorted(POLICY.items()):
        refusal_kept = False
        for role in ROLES:
            if not postgres or _renders(rule, role) or not refusal_kept:
                refusal_kept = refusal_kept or not _renders(rule, role)
                yield name, role, "own"
            if rule.foreign is not None and (not postgres or role == "steward"):
                yield name, role, "foreign"


def _renders(rule: Rule, role: str) -> bool:
    """Whether `role` gets past the route's checks into its own queries (a page drawn, a
    form written), where a database could answer differently: PostgreSQL is stricter about
    types, grouping and lengths than SQLite.

    CI's PostgreSQL pass runs only these rows, one refusal per route and one request into
    another network (the steward's): who is refused, and that another network's canaries
    never show, is decided before the route's own queries by the same scoping and
    membership reads for every row, which the SQLite pass checks in full. That kept more
    than half of the rows out of the pass, which had 30 minutes to share with SQLite."""
    status = rule.own[role]
    return status < 400 and not (status == 302 and role in ("anonymous", "guardian"))


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
