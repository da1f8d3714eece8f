"""The front door: welcome or my networks; a health check; the platform admin's overview; and
the network's home page, which gathers what the apps below it offer."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache

from collaboratory.audit.services import audit_record
from collaboratory.gatherings.selectors import gatherings_past_count, gatherings_upcoming
from collaboratory.networks.http import NetworkRequest, network_view
from collaboratory.networks.params import BadParameter
from collaboratory.networks.selectors import network_counts, networks_of_user, networks_overview


def home(request: HttpRequest) -> HttpResponse:
    """Signed out: what this is. Signed in: your networks, or, with one network, straight to
    "My commitments": what you owe and what was promised to you is the first thing a member
    sees, because pledges that are not shown by default are not kept."""
    if not request.user.is_authenticated:
        return render(request, "web/welcome.html")
    networks = list(networks_of_user(user=request.user))
    if len(networks) == 1 and not request.user.is_superuser:
        return redirect("followthrough:mine", network_slug=networks[0].slug)
    return render(request, "web/my_networks.html", {"networks": networks})


@never_cache
def healthz(request: HttpRequest) -> HttpResponse:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


@login_required
def platform_networks(request: HttpRequest) -> HttpResponse:
    """Names and head counts only: running the installation grants no view of a network."""
    if not request.user.has_perm("networks.view_platform"):
        audit_record(
            action="access.denied",
            actor=request.user,
            data={"path": request.path, "reason": "not a platform admin"},
            request=request,
        )
        raise Http404
    return render(request, "web/platform.html", {"networks": networks_overview()})


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    """The 400 page. It shows the message of our own BadParameter (written for the person);
    other 400s (Django's suspicious requests) keep their details to the log."""
    message = str(exception) if isinstance(exception, BadParameter) else ""
    return render(request, "400.html", {"message": message}, status=400)


@network_view()
def network_home(request: NetworkRequest, network_slug: str) -> HttpResponse:
    """The network's home: head counts and the next gatherings. It sits in the shell because
    it shows more than one app's pages (networks' counts, gatherings' calendar)."""
    network = request.network
    return render(
        request,
        "web/network_home.html",
        {
            "counts": network_counts(network=network),
            "upcoming": gatherings_upcoming(network=network, limit=3),
            "past_count": gatherings_past_count(network=network),
        },
    )
