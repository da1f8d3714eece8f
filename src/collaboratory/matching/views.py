"""Suggestion fragments, loaded by htmx on other apps' pages: beside each ask of a proposal
(the review board, the presenter's follow-up page), for one ask (the asks board), and for
every ask of a gathering's run of show among the people checked in (the facilitator
console). Each fragment ranks all its asks in one read of the network
(`suggestions_for_asks`); the page around it gives the heading."""

from __future__ import annotations

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from collaboratory.commitments.live.selectors import room_run_of_show
from collaboratory.creditclub.models import Ask, Proposal
from collaboratory.gatherings.models import Gathering
from collaboratory.matching.ranking import suggestions_for_ask, suggestions_for_asks
from collaboratory.networks.http import NetworkRequest, network_view, require_perm


def _shows_record(request: NetworkRequest) -> bool:
    return request.user.has_perm("matching.view_records", request.network)


def _require_visible(
    request: NetworkRequest, permission: str, obj: Ask | Proposal, proposal: Proposal
) -> None:
    """As for any object a viewer may not see: an ask or proposal still private to its
    proposer and the stewards (not yet presented) is not found (404), so its number tells
    nothing; one the viewer can see but whose suggestions are not theirs is refused
    (audited 403)."""
    if request.user.has_perm(permission, obj):
        return
    if not request.user.has_perm("creditclub.view_proposal", proposal):
        raise Http404
    require_perm(request, permission, obj)


@require_GET
@network_view()
def ask_suggestions(request: NetworkRequest, network_slug: str, ask_id: int) -> HttpResponse:
    """Who in the network can meet this ask: stewards and the ask's presenter."""
    ask = get_object_or_404(
        Ask.objects.select_related("proposal", "network"), network=request.network, pk=ask_id
    )
    _require_visible(request, "matching.view_ask_suggestions", ask, ask.proposal)
    return render(
        request,
        "matching/_suggestions.html",
        {
            "ask": ask,
            "suggestions": suggestions_for_ask(ask=ask),
            "show_record": _shows_record(request),
        },
    )


@require_GET
@network_view()
def proposal_suggestions(
    request: NetworkRequest, network_slug: str, proposal_id: int
) -> HttpResponse:
    """The proposal's asks, each with who can meet it: stewards and the presenter."""
    proposal = get_object_or_404(Proposal, network=request.network, pk=proposal_id)
    _require_visible(request, "matching.view_proposal_suggestions", proposal, proposal)
    asks = list(proposal.asks.select_related("proposal", "network").order_by("position", "pk"))
    found = suggestions_for_asks(asks=asks)
    return render(
        request,
        "matching/_asks.html",
        {
            "rows": [(ask, found[ask.pk]) for ask in asks],
            "proposal": proposal,
            "show_record": _shows_record(request),
        },
    )


@require_GET
@network_view(perm="matching.view_room_suggestions")
def room_suggestions(request: NetworkRequest, network_slug: str, gathering_id: int) -> HttpResponse:
    """Who in the room holds this: every ask of the run of show, ranked among the people
    checked in to the gathering, for the facilitator console."""
    gathering = get_object_or_404(Gathering, network=request.network, pk=gathering_id)
    run = room_run_of_show(gathering=gathering)
    asks = [ask for proposal in run for ask in proposal.asks.all()]
    for ask in asks:
        ask.network = request.network  # known already: ranking reads it without a query
    found = suggestions_for_asks(asks=asks, among=gathering)
    return render(
        request,
        "matching/_room.html",
        {
            "run": [
                (proposal, [(ask, found[ask.pk]) for ask in proposal.asks.all()])
                for proposal in run
            ],
            "room": True,
            "show_record": _shows_record(request),
        },
    )
