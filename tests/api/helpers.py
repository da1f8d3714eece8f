"""API tokens for the test personas: each persona with a membership gets a read-and-write
token of its own network (made once per world, through the service)."""

from __future__ import annotations

from typing import Any

from django.test import Client

from collaboratory.api.services import api_token_create
from tests.authz.policy import OWN_NETWORK

# Personas with no membership in their "own" network hold no token.
NO_TOKEN = {"anonymous", "guardian", "platform_admin"}


def persona_token(world: Any, role: str) -> str | None:
    if role in NO_TOKEN:
        return None
    tokens: dict[str, str] = world.__dict__.setdefault("_api_tokens", {})
    if role not in tokens:
        user = world.personas[role]
        _row, tokens[role] = api_token_create(
            network=world.network(OWN_NETWORK[role]), user=user, name=f"{role} tool", scope="write"
        )
    return tokens[role]


def api_client(token: str | None) -> Client:
    """A client that sends the bearer token (None: no Authorization header at all)."""
    if token is None:
        return Client()
    return Client(HTTP_AUTHORIZATION=f"Bearer {token}")
