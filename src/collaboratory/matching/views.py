"""Suggestion fragments, loaded by htmx on other apps' pages: beside each ask of a proposal
(the review board, the presenter's follow-up page), for one ask (the asks board), and for
every ask of a gathering's run of show among the people checked in (the facilitator
console). Each fragment ranks all its asks in one read of the network
(`suggestions_for_asks`); the page around it gives the heading."""

from __future__ import annotations

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from collaboratory.commitments.live.selectors import room_run_of_show
from collaboratory.creditclub.models import Ask, Proposal
from collaboratory.creditclub.selectors import proposer_hidden_from
from collaboratory.gatherings.models import Gathering
from collaboratory.matching.ranking import suggestions_for_ask, suggestions_for_asks
from collaboratory.matching.selectors_asks import (
    closed_ask,
    offers_help,
    open_ask,
    suggestions_shown,
)
from collaboratory.networks.http import NetworkRequest, network_view, require_perm
from collaboratory.networks.scoping import date_in


def _shows_record(request: NetworkRequest) -> bool:
    return request.user.has_perm("matching.view_records", request.network)


def _require_not_blind(request: NetworkRequest, proposal: Proposal) -> None:
    """While a network reviews anonymously, suggestions are ranked against the proposer ("new
    tie across sectors", their circle set apart, never themselves), which tells who wrote the
    proposal: not found until its decision is announced, as the blind board shows none."""
    if proposer_hidden_from(proposal=proposal, viewer=request.user):
        raise Http404


def _require_visible(request: NetworkRequest, proposal: Proposal) -> None:
    """As for any object a viewer may not see: a proposal still private to its proposer and
    the stewards (not yet presented) is not found (404), so its number tells nothing; one the
    viewer can see but whose suggestions are not theirs is refused (audited 403). A draft
    is its member's own: not found for stewards too."""
    if not request.user.has_perm("creditclub.view_proposal", proposal):
        raise Http404
    if request.user.has_perm("matching.view_proposal_suggestions", proposal):
        return
    require_perm(request, "matching.view_proposal_suggestions", proposal)


@require_GET
@network_view()
def ask_suggestions(request: NetworkRequest, network_slug: str, ask_id: int) -> HttpResponse:
    """Who in the network can meet this ask. Stewards and the ask's presenter see it for any
    ask of theirs, as on the review board and the follow-up page; anyone else only for an ask
    the board lists or listed (`open_ask`, `closed_ask`, the offer page's selectors), so a
    private proposal's ask or a youth guest's (safeguards.md) is not found, as on the offer
    page: a 403 would confirm the number. A plain request (the link followed without
    JavaScript) gets a whole page, htmx's the fragment."""
    ask = (
        Ask.objects.select_related("proposal", "network")
        .filter(network=request.network, pk=ask_id)
        .first()
    )
    if ask is None:
        raise Http404(_("This ask is not open on the board."))
    if not suggestions_shown(
        viewer=request.user, ask=ask, on_the_board=lambda: _on_the_board(request, ask_id)
    ):
        raise Http404(_("This ask is not open on the board."))
    context = {
        "ask": ask,
        "suggestions": suggestions_for_ask(ask=ask),
        "show_record": _shows_record(request),
    }
    if not request.htmx:
        # As a page it is reached from the board too: it leads on to offering (as the
        # board's card does) and back to the board, while the ask is on it.
        listed = open_ask(
            network=request.network, ask_id=ask.pk, today=date_in(request.network, timezone.now())
        )
        context["on_the_board"] = listed is not None
        context["may_offer"] = listed is not None and offers_help(
            proposer_id=ask.proposal.proposer_id, viewer=request.user
        )
    response = render(
        request,
        # htmx swaps the fragment in beside the ask; the link it sits on, followed without
        # JavaScript (or before it loads), opens the same suggestions as a page.
        "matching/_suggestions.html" if request.htmx else "matching/ask_suggestions.html",
        context,
    )
    patch_vary_headers(response, ["HX-Request"])  # one address, two answers: no cache mixes them
    return response


def _on_the_board(request: NetworkRequest, ask_id: int) -> bool:
    """The viewer's board lists this ask, or listed it before it closed: the board's own
    permission and selectors (presented, its presenter admitted here), not a copy of them."""
    if not request.user.has_perm("matching.view_asks", request.network):
        return False
    today = date_in(request.network, timezone.now())
    return (
        open_ask(network=request.network, ask_id=ask_id, today=today) is not None
        or closed_ask(network=request.network, ask_id=ask_id, today=today) is not None
    )


@require_GET
@network_view()
def proposal_suggestions(
    request: NetworkRequest, network_slug: str, proposal_id: int
) -> HttpResponse:
    """The proposal's asks, each with who can meet it: stewards and the presenter. A plain
    request (the board's or follow-up page's `<noscript>` link) gets a whole page, htmx's the
    fragment, as `ask_suggestions` does."""
    proposal = get_object_or_404(Proposal, network=request.network, pk=proposal_id)
    _require_visible(request, proposal)
    _require_not_blind(request, proposal)
    asks = list(proposal.asks.select_related("proposal", "network").order_by("position", "pk"))
    found = suggestions_for_asks(asks=asks)
    response = render(
        request,
        "matching/_asks.html" if request.htmx else "matching/proposal_suggestions.html",
        {
            "rows": [(ask, found[ask.pk]) for ask in asks],
            "proposal": proposal,
            "show_record": _shows_record(request),
        },
    )
    patch_vary_headers(response, ["HX-Request"])  # one address, two answers: no cache mixes them
    return response


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
