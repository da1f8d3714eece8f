"""Gathering routes outside any network (see public_urls): the calendar feed and the
substitute pass take a secret, the check-in short link a code; none needs a login."""

from __future__ import annotations

from contextlib import nullcontext
from datetime import datetime

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django_scopes import scope, scopes_disabled

from collaboratory.gatherings.calendar_sources import calendar_day_events
from collaboratory.gatherings.ical import calendar_bytes
from collaboratory.gatherings.selectors import (
    calendar_answers,
    calendar_feed_for_token,
    calendar_gatherings,
    gathering_for_check_in_code,
    host_gatherings_for_youth,
    substitute_reads_member,
    substitution_for_open_pass,
    substitution_pass_closed,
)
from collaboratory.gatherings.views import gathering_link, ics_response
from collaboratory.networks.scoping import inside
from collaboratory.networks.selectors import membership_for


@never_cache
@require_GET
def check_in_short_link(request: HttpRequest, code: str) -> HttpResponse:
    """The QR code's link: to the check-in page of the gathering whose day has this code
    (codes of days more than a day away find nothing)."""
    with scopes_disabled():
        gathering = gathering_for_check_in_code(code=code, now=timezone.now()) if code else None
    if gathering is None:
        raise Http404
    return redirect(
        "gatherings:check_in",
        network_slug=gathering.network.slug,
        pk=gathering.pk,
        code=code,
    )


@never_cache
@require_GET
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    with scopes_disabled():
        feed = calendar_feed_for_token(token=token)
    if feed is None:
        raise Http404
    network = feed.network
    # In the owner's saved language: a calendar app fetches the feed with no session and
    # its own Accept-Language (or none). With no saved choice, the request's stands.
    language = translation.override(feed.user.language) if feed.user.language else nullcontext()
    now = timezone.now()
    with scope(network=network), language:
        membership = membership_for(user=feed.user, network=network)
        if membership is None:
            raise Http404
        gatherings = list(calendar_gatherings(network=network, now=now))
        answers = calendar_answers(user=feed.user, network=network)
        days = calendar_day_events(user=feed.user, network=network)
    # A youth member takes part in the host network's gatherings open to youth (their list
    # shows them; their guest pass opens each page): those belong in their calendar too.
    hosted = host_gatherings_for_youth(network=network, membership=membership, now=now)
    if hosted:
        host = hosted[0].network
        with scope(network=host):
            gatherings += calendar_gatherings(network=host, now=now).filter(
                pk__in=[g.pk for g in hosted]
            )
            answers |= calendar_answers(user=feed.user, network=host)
        gatherings.sort(key=lambda g: (g.starts_at, g.pk))
    with language:
        content = calendar_bytes(
            name=network.name,
            gatherings=gatherings,
            answers=answers,
            links={g.pk: gathering_link(g) for g in gatherings},
            now=now,
            days=days,
        )
    response = ics_response(content, "gatherings.ics")
    response["Referrer-Policy"] = "no-referrer"
    return response


def closed_pass_answer(request: HttpRequest, *, token: str, now: datetime) -> HttpResponse:
    """The answer to a pass link that opens nothing, for every page a pass opens (this app's
    pass page, seating's table): 410 with the "stopped" page (a steward withdrew the pass,
    or the member who sent the substitute was removed; for its current link and for a
    replaced one alike) or the "replaced" page (an old link of a pass that still works,
    naming nothing); Http404 for a link that was never one (`substitution_pass_closed`).

    A fragment the pass page loads into itself (htmx: seating's table) has no page to show
    this in: it answers an empty 410 that tells htmx to load the page again (`HX-Refresh`),
    which then shows the pass page's own 410. htmx swaps no 4xx, and the error note it
    would leave says the server had a problem, which this is not."""
    with scopes_disabled():
        closed = substitution_pass_closed(token=token, now=now)
    if closed is None:
        raise Http404
    if request.headers.get("HX-Request"):
        response = HttpResponse("", status=410)
        response["HX-Refresh"] = "true"
    elif closed.stopped is None:
        # An old link of a pass sent again with a new one: say so, naming nothing (the page
        # says what any replaced link's holder may read), rather than a "not found" that
        # reads as if the pass were gone.
        response = render(request, "gatherings/pass_replaced.html", status=410)
    else:
        # A steward withdrew it, or the member who sent them was removed: say so, rather
        # than a bare "not found" that sends the substitute to the door anyway.
        response = render(
            request,
            "gatherings/pass_stopped.html",
            {"gathering": closed.stopped.gathering, "withdrawn": closed.withdrawn},
            status=410,
        )
    response["Referrer-Policy"] = "no-referrer"
    return response


@never_cache
@require_GET
def substitute_pass(request: HttpRequest, token: str) -> HttpResponse:
    now = timezone.now()
    with scopes_disabled():
        substitution = substitution_for_open_pass(token=token, now=now)
        if substitution is None:
            return closed_pass_answer(request, token=token, now=now)
        parts = list(substitution.gathering.parts.all())
    with inside(substitution.network):  # no network in the URL: its zone for the times
        response = render(
            request,
            "gatherings/pass.html",
            {
                "substitution": substitution,
                # The member by first name only: the link can be forwarded.
                "member": substitute_reads_member(substitution.member),
                "gathering": substitution.gathering,
                "parts": parts,
                "token": token,
            },
        )
    response["Referrer-Policy"] = "no-referrer"
    return response
