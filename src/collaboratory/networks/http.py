"""The toolkit of network pages: the request type NetworkMiddleware guarantees, the audited
refusal, and `network_view`, the one decorator every network page wears."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Concatenate, NoReturn, ParamSpec, cast

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Model
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django_htmx.middleware import HtmxDetails

from collaboratory.audit.services import audit_record
from collaboratory.networks.models import Membership, MembershipStatus, Network
from collaboratory.people.models import User


class NetworkRequest(HttpRequest):
    network: Network
    membership: Membership
    # Signed in: the middleware sent anonymous visitors to log in.
    user: User
    htmx: HtmxDetails


def page_url(request: HttpRequest, path: str) -> str:
    """A full address for a link shown on a page (a QR code, a short link to read out): the
    configured public address, else the host the person reached us on. Emails use SITE_URL."""
    if settings.PUBLIC_URL:
        return settings.PUBLIC_URL + path
    return request.build_absolute_uri(path)


def membership_ended_text(network: Network, status: str) -> str:
    """What someone whose membership of `network` has just ended, or ended long ago, is told
    on the front door: the same words after the tap that ended it and after a second one."""
    if status == MembershipStatus.SUSPENDED:
        return _("Your membership of %(network)s is suspended.") % {"network": network.name}
    return _("Your membership of %(network)s has ended.") % {"network": network.name}


# An id no page has: reversed once, then replaced by each row's own id.
STAND_IN_ID = 987_654_321


def url_for_each(viewname: str, id_kwarg: str, **kwargs: object) -> Callable[[int], str]:
    """The address of `viewname` for any id, reversing once: a long list's links (a roster
    page's 100 rows, My commitments' 200) cost a string join each instead of a resolver walk
    each, which was a quarter of the roster's time. Refuses an address where the id's place
    is ambiguous (another argument contains the stand-in id)."""
    sample = reverse(viewname, kwargs={**kwargs, id_kwarg: STAND_IN_ID})
    head, found, tail = sample.partition(str(STAND_IN_ID))
    if not found or str(STAND_IN_ID) in tail:
        raise ValueError(f"{viewname} does not place {id_kwarg} once in its address")
    return lambda pk: f"{head}{pk}{tail}"


def record_denial(request: HttpRequest, reason: str) -> None:
    """Write a refused network page to the audit log: denials are part of the record
    (safeguards.md), whichever app's page refused, and whether the generic 403 page or a
    page of the view's own (one that says why) answers it."""
    request = cast(NetworkRequest, request)
    audit_record(
        action="access.denied",
        actor=request.user,
        network=request.network,
        data={"path": request.path, "reason": reason},
        request=request,
    )


def deny_access(request: HttpRequest, reason: str) -> NoReturn:
    """Refuse a network page with the generic 403, audited (`record_denial`)."""
    record_denial(request, reason)
    raise PermissionDenied(reason)


def require_perm(request: HttpRequest, permission: str, obj: Model | None = None) -> None:
    """403 (audited) unless the signed-in member holds `permission` on `obj` (by default the
    request's network)."""
    target = obj if obj is not None else cast(NetworkRequest, request).network
    if not request.user.has_perm(permission, target):
        deny_access(request, permission)


P = ParamSpec("P")
NetworkView = Callable[Concatenate[NetworkRequest, P], HttpResponse]


def network_view(
    perm: str | None = None,
) -> Callable[[NetworkView[P]], Callable[Concatenate[HttpRequest, P], HttpResponse]]:
    """Declare a network page: the request is typed once as `NetworkRequest` (the middleware
    has resolved the network and the viewer's membership), and with `perm` anyone who does
    not hold it on the network is refused with an audited 403 before the view runs. Checks
    on one object (a gathering, a proposal) stay in the view: `require_perm(request, perm,
    obj)`."""

    def decorate(view: NetworkView[P]) -> Callable[Concatenate[HttpRequest, P], HttpResponse]:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: P.args, **kwargs: P.kwargs) -> HttpResponse:
            if perm is not None:
                require_perm(request, perm)
            return view(cast(NetworkRequest, request), *args, **kwargs)

        return wrapped

    return decorate
