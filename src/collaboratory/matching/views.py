"""Suggestion fragments, loaded by htmx beside an ask on other apps' pages (the review
board, the presenter's follow-up page, the facilitator console). Each is a bare fragment:
the page around it gives the heading."""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from collaboratory.creditclub.models import Ask
from collaboratory.gatherings.models import Gathering
from collaboratory.matching.ranking import suggestions_for_ask
from collaboratory.networks.http import NetworkRequest, network_view, require_perm


@require_GET
@network_view()
def ask_suggestions(request: NetworkRequest, network_slug: str, ask_id: int) -> HttpResponse:
    """Who in the network can meet this ask: stewards and the ask's presenter."""
    ask = get_object_or_404(
        Ask.objects.select_related("proposal", "network"), network=request.network, pk=ask_id
    )
    require_perm(request, "matching.view_ask_suggestions", ask)
    return render(
        request,
        "matching/_suggestions.html",
        {"ask": ask, "suggestions": suggestions_for_ask(ask=ask)},
    )


@require_GET
@network_view(perm="matching.view_room_suggestions")
def room_suggestions(
    request: NetworkRequest, network_slug: str, gathering_id: int, ask_id: int
) -> HttpResponse:
    """Who in the room holds this: the same ranking among people checked in to the
    gathering, for the facilitator console."""
    gathering = get_object_or_404(Gathering, network=request.network, pk=gathering_id)
    ask = get_object_or_404(
        Ask.objects.select_related("proposal", "network"),
        network=request.network,
        proposal__gathering=gathering,
        pk=ask_id,
    )
    return render(
        request,
        "matching/_suggestions.html",
        {"ask": ask, "suggestions": suggestions_for_ask(ask=ask, among=gathering), "room": True},
    )
