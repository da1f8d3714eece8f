"""Resolve the network once per request and run the rest of the request inside its scope.

Every URL under /n/<network_slug>/ belongs to one network. Anonymous visitors are sent to log
in (whether or not the network exists, so slugs are not revealed); a signed-in person who is
not an admitted member gets 404 and the attempt is audited (one whose membership here has
ended is sent to the front door, told so, rather than "not found"), unless the page is one
gathering's that they may open as a youth guest (networks/guests.py): then their guest pass
stands in for the membership on this request only. A signed-in minor whose 18th birthday has
come is moved to the adult defaults first, on any page (networks/services/adulthood.py: one
query a request, for minors only). Inside, `request.network` and `request.membership` are
set, the network's time zone is active, and scoped managers only see that network's rows.
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.contrib.messages.storage.base import BaseStorage
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import Resolver404, resolve
from django_htmx.http import HttpResponseClientRedirect

from collaboratory.audit.services import audit_record
from collaboratory.networks.guests import guest_membership
from collaboratory.networks.http import membership_ended_text
from collaboratory.networks.models import Network
from collaboratory.networks.scoping import inside
from collaboratory.networks.selectors import (
    membership_ended_status,
    membership_for,
    membership_known,
)
from collaboratory.networks.services.adulthood import youth_member_comes_of_age


class NetworkMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.network = None  # type: ignore[attr-defined]
        request.membership = None  # type: ignore[attr-defined]
        if request.user.is_authenticated and request.user.is_minor:
            # Turned 18 today? Then this request, and every one after, is an adult's,
            # whenever the daily run gets to the account.
            youth_member_comes_of_age(user=request.user)
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return self.get_response(request)
        slug = match.kwargs.get("network_slug")
        if slug is None:
            return self.get_response(request)
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        network = Network.objects.filter(slug=slug).first()
        membership = membership_for(user=request.user, network=network) if network else None
        if network is not None and membership is None:
            membership = guest_membership(
                user=request.user,
                network=network,
                view_name=match.view_name,
                kwargs=match.kwargs,
            )
            if membership is not None:
                membership_known(user=request.user, network=network, membership=membership)
        if network is not None and membership is None:
            ended = membership_ended_status(user=request.user, network=network)
            if ended is not None:
                return _membership_ended(request, network, ended)
        if network is None or membership is None:
            audit_record(
                action="access.denied",
                actor=request.user,
                data={"path": request.path, "reason": "not a member of this network"},
                request=request,
            )
            raise Http404
        request.network = network  # type: ignore[attr-defined]
        request.membership = membership  # type: ignore[attr-defined]
        with inside(network):
            return self.get_response(request)


def _membership_ended(request: HttpRequest, network: Network, status: str) -> HttpResponse:
    """Someone whose membership here ended comes back: a second tap on the button that ended
    it, a retry, a bookmark. The front door says what happened; the request reaches no view
    (it changes nothing and shows nothing of the network). Still audited as a refusal."""
    audit_record(
        action="access.denied",
        actor=request.user,
        data={"path": request.path, "reason": "membership ended"},
        request=request,
    )
    text = membership_ended_text(network, status)
    # A double tap: the first answer's words may still wait unshown; say it once. Reading
    # the waiting messages marks them shown, so that mark is taken back.
    waiting = messages.get_messages(request)
    if all(str(m) != text for m in waiting):
        messages.info(request, text)
    if isinstance(waiting, BaseStorage):
        waiting.used = False
    if getattr(request, "htmx", False):
        # A fragment request: the whole page goes, rather than the front door in a fragment.
        return HttpResponseClientRedirect("/")
    return redirect("web:home")
