"""Who is calling and what they may reach: the bearer token, its network, the membership
behind it (re-checked on every request), the rate limit, and the per-operation guard that
binds a path's network to the token's and runs the operation inside that network's scope."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import ParamSpec, TypeVar, cast

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest
from django.utils import timezone
from django_scopes import scope
from ninja.security import HttpBearer

from collaboratory.api.models import ApiToken
from collaboratory.api.problems import RateLimited
from collaboratory.api.ratelimit import rate_check
from collaboratory.api.selectors import api_caller_for
from collaboratory.api.services import api_token_touch
from collaboratory.audit.services import audit_record
from collaboratory.networks.models import Membership, Network
from collaboratory.people.models import User

# Longer than any token we issue (`<18 digits>.<43 characters>`): anything longer is junk.
TOKEN_MAX = 80


@dataclass(frozen=True)
class Caller:
    token: ApiToken
    user: User
    network: Network
    membership: Membership


class BearerToken(HttpBearer):
    """`Authorization: Bearer <id>.<secret>`. Session cookies are never read: the API is
    token-only, so no request it serves can be forged by another site (no CSRF)."""

    def authenticate(self, request: HttpRequest, token: str) -> Caller | None:
        if not token or len(token) > TOKEN_MAX:
            return None
        # Re-checked on every request, in the same query as the token: a suspended or
        # removed member's token stops at once.
        found = api_caller_for(presented=token.strip())
        if found is None:
            return None
        row, membership = found
        wait = rate_check(row.pk)
        if wait is not None:
            raise RateLimited(wait)
        api_token_touch(token=row)
        return Caller(token=row, user=row.user, network=row.network, membership=membership)


P = ParamSpec("P")
R = TypeVar("R")


def caller_of(request: HttpRequest) -> Caller:
    caller = getattr(request, "auth", None)
    if not isinstance(caller, Caller):  # every operation but the schema requires the token
        raise TypeError("an API operation ran without its bearer token")
    return caller


def _deny(request: HttpRequest, caller: Caller, reason: str, network: Network | None) -> None:
    audit_record(
        action="access.denied",
        actor=caller.user,
        network=network,
        data={"path": request.path, "reason": reason, "via": "api"},
        request=request,
    )


def network_operation(
    perm: str | None = None, *, write: bool = False
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Declare an operation on `/networks/{network}/...`: another network than the token's
    is 404 (as a stranger gets on the pages, whether or not it exists); `perm` is checked on
    the network (403); `write` needs a read-and-write token (403). The operation runs in the
    network's scope and time zone."""

    def decorate(operation: Callable[P, R]) -> Callable[P, R]:
        @wraps(operation)
        def wrapped(*args: P.args, **kwargs: P.kwargs) -> R:
            request = cast(HttpRequest, args[0])
            caller = caller_of(request)
            network = caller.network
            if kwargs.get("network") != network.slug:
                _deny(request, caller, "another network than the token's", None)
                raise Http404
            if perm is not None and not caller.user.has_perm(perm, network):
                _deny(request, caller, perm, network)
                raise PermissionDenied("Your role in this network does not allow this.")
            if write and not caller.token.can_write:
                raise PermissionDenied("This token may only read: make a read-and-write token.")
            with timezone.override(network.time_zone), scope(network=network):
                return operation(*args, **kwargs)

        return wrapped

    return decorate
