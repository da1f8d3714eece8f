"""Reads of API tokens: a person's own list, and the row a presented token names."""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.api.models import ApiToken
from collaboratory.networks.models import Network
from collaboratory.networks.tokens import digests_match, keyed_token_parse
from collaboratory.people.models import User


def api_tokens_of(*, network: Network, user: User) -> QuerySet[ApiToken]:
    """The person's tokens in this network, live ones first, newest first."""
    return ApiToken.objects.filter(network=network, user=user).order_by(
        "revoked_at", "-created_at", "-pk"
    )


def api_token_of(*, network: Network, user: User, token_id: int | None) -> ApiToken | None:
    return api_tokens_of(network=network, user=user).filter(pk=token_id or 0).first()


def api_token_for(*, presented: str) -> ApiToken | None:
    """The live token that `presented` (`<id>.<secret>`) names, with its network and user;
    None for unknown, wrong, revoked and expired alike (the same cost and the same answer)."""
    pk, secret = keyed_token_parse(presented)
    token = None
    if pk is not None:
        # Crossing networks on purpose: the token names its network; the caller's requests
        # then run inside that network's scope only.
        with scopes_disabled():
            token = ApiToken.objects.select_related("network", "user").filter(pk=pk).first()
    if not digests_match(secret, token.digest if token else None) or token is None:
        return None
    if token.revoked_at is not None or token.expires_at <= timezone.now():
        return None
    return token
