"""The request type of network pages, for annotations: what NetworkMiddleware guarantees."""

from __future__ import annotations

from typing import NoReturn, cast

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django_htmx.middleware import HtmxDetails

from collaboratory.networks.models import Membership, Network
from collaboratory.people.models import User


class NetworkRequest(HttpRequest):
    network: Network
    membership: Membership
    # Signed in: the middleware sent anonymous visitors to log in.
    user: User
    htmx: HtmxDetails


def deny_access(request: HttpRequest, reason: str) -> NoReturn:
    """Refuse a network page with 403, after writing the refusal to the audit log: denials
    are part of the record (safeguards.md), whichever app's page refused."""
    from collaboratory.audit.services import audit_record

    request = cast(NetworkRequest, request)
    audit_record(
        action="access.denied",
        actor=request.user,
        network=request.network,
        data={"path": request.path, "reason": reason},
        request=request,
    )
    raise PermissionDenied(reason)


def require_perm(request: HttpRequest, permission: str) -> None:
    """403 (audited) unless the signed-in member holds `permission` on this network."""
    if not request.user.has_perm(permission, cast(NetworkRequest, request).network):
        deny_access(request, permission)
