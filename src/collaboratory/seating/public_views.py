"""A substitute's table (see public_urls). A substitute has no account: the pass link the
steward's approval emailed them is their only key, so this page answers to it alone, as the
pass page does, and says nothing the pass does not already entitle them to."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django_scopes import scopes_disabled

from collaboratory.gatherings.public_views import closed_pass_answer
from collaboratory.gatherings.selectors import substitution_for_open_pass
from collaboratory.networks.scoping import inside
from collaboratory.seating.selectors import substitute_tables


@never_cache
@require_GET
def substitute_table(request: HttpRequest, token: str) -> HttpResponse:
    """The pass page loads this into itself; without JavaScript it is a page of its own."""
    now = timezone.now()
    with scopes_disabled():
        substitution = substitution_for_open_pass(token=token, now=now)
    if substitution is None:
        # Stopped or replaced: the pass page's own 410 (or 404), not a "not found" of its own.
        return closed_pass_answer(request, token=token, now=now)
    with inside(substitution.network):  # no network in the URL: its scope and zone
        plans = substitute_tables(substitution=substitution)
        fragment = bool(request.headers.get("HX-Request"))
        if fragment and not plans:
            response = HttpResponse("")
        else:
            response = render(
                request,
                "seating/pass_table.html" if not fragment else "seating/_mine.html",
                {
                    "plans": plans,
                    "fragment": fragment,
                    "gathering": substitution.gathering,
                    "substitution": substitution,
                },
            )
    response["Referrer-Policy"] = "no-referrer"
    return response
