"""The asks board: live asks of this network's presented projects, between gatherings, and
"offer help" on one. An offer is a commitment with the same lifecycle as one made in the
room: it is parsed by the room's parser and stored by `commitment_offer` (`commitment_create`
with the guard and the minor's money rule, one row per idempotency key, and one per open
offer of the same words), then followed through like any other."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from collaboratory.capital import CapitalKind
from collaboratory.commitments.forms import commitment_entry_parse, entry_data
from collaboratory.commitments.hints import refused_for_hint_alone
from collaboratory.commitments.models import Commitment, GuardianApproval, Unit
from collaboratory.commitments.services import (
    OWN_ASK,
    Offered,
    OfferOutcome,
    commitment_offer,
    latest_due_on,
    same_words,
)
from collaboratory.creditclub.models import Ask
from collaboratory.matching.profile_forms import AskFilterForm
from collaboratory.matching.selectors_asks import (
    ASKS_PAGE_SIZE,
    AskFilters,
    board_asks,
    board_changes_at,
    closed_ask,
    guest_projects_with_open_asks,
    offer_under_key,
    offers_help,
    open_ask,
    own_offers,
)
from collaboratory.matching.services_asks import ask_mark_met, ask_reopen
from collaboratory.networks import pagecache
from collaboratory.networks.http import (
    STAND_IN_ID,
    NetworkRequest,
    network_view,
    require_perm,
    url_for_each,
)
from collaboratory.networks.models import Network
from collaboratory.networks.params import parse_id
from collaboratory.networks.scoping import date_in
from collaboratory.plaintext import fold_lines

# The date an offer is due by unless the person picks another: a month ahead, as in the room.
DEFAULT_DUE_DAYS = 30
# The session's note of the ask this person just marked met: the next board they see offers
# to undo it, once.
UNDO_MET = "matching.undo_met"
# The fields this page shows errors beside; any other problem is shown above the form.
FORM_FIELDS = ("what", "capital", "amount", "unit", "due_on", "idempotency_key")


@network_view("matching.view_asks")
def asks(request: NetworkRequest, network_slug: str) -> HttpResponse:
    """The board. It lists the network's asks, never the viewer's, so the rendered board is
    kept per visibility class, filter, day and content version (networks.pagecache) until
    an ask's six months run out; the per-viewer pieces fill slots left on each card: "Offer
    help" on every ask but one's own, and "Mark as met" on a presenter's own asks (a
    steward's board carries it on every card)."""
    network, user = request.network, request.user
    steward = request.membership.is_steward
    now = timezone.now()
    today = date_in(network, now)
    params = board_params(request.GET)
    # Keyed on what the board reads, normalised: any other parameter (`?x=1`, a tracking
    # tag) made an entry of its own, so a loop of them filled the cache with cold renders.
    key = pagecache.shared_key(
        "asks", request, steward, today, params.category, params.capital, params.page
    )
    entry = pagecache.get_or_render(
        key,
        lambda: _board(request, steward=steward, today=today, params=params),
        fresh=pagecache.unexpired(now),
        seconds=pagecache.SHARED_SECONDS,
        keep=lambda entry: entry["page"] == params.page,
    )
    html = str(entry["html"])
    # "Offer help" on every card but the viewer's own asks (commitments.commit): the link
    # rendered once and given each ask's number.
    link = render_to_string(
        "matching/asks/board.html#offer", {"network": network, "ask_id": STAND_IN_ID}
    )
    others = [
        int(a)
        for a, proposer_id in entry["proposers"].items()
        if offers_help(proposer_id=proposer_id, viewer=user)
    ]
    offered = _offered_lines(network, own_offers(network=network, user=user, ask_ids=others))
    offers = {
        str(ask_id): offered.get(str(ask_id), "") + link.replace(str(STAND_IN_ID), str(ask_id))
        for ask_id in others
    }
    html = pagecache.fill_slots(html, "offer", offers)
    if not steward:
        own = {
            ask_id: render_to_string(
                "matching/asks/board.html#met",
                {"network": network, "ask_id": ask_id, "csrf_token": pagecache.csrf_placeholder()},
            )
            for ask_id, proposer_id in entry["proposers"].items()
            if proposer_id == user.pk
        }
        html = pagecache.fill_slots(html, "met", own)
    # A youth guest's own asks are off the host's board and never on this one: say where
    # they went (per viewer, outside the shared board).
    guest_projects = guest_projects_with_open_asks(
        network=network, membership=request.membership, now=now
    )
    guest = (
        render_to_string("matching/asks/board.html#guest", {"guest_projects": guest_projects})
        if guest_projects
        else ""
    )
    html = pagecache.fill_slots(html, "guest", {"": guest})
    noted = request.session.pop(UNDO_MET, None)
    # Noted as [network, ask]: another network's board (a second tab) offers nothing.
    undo = noted[1] if isinstance(noted, list) and noted[:1] == [network.pk] else None
    return render(
        request,
        "matching/asks/board.html",
        {
            "page": pagecache.with_csrf(request, html),
            "undo_ask_id": undo,
            "network": network,
        },
    )


def _offered_lines(network: Network, offered: dict[int, list[Commitment]]) -> dict[str, str]:
    """ "You offered: …" above "Offer help" on each card the viewer already offered on, by
    ask id."""
    url = _commitment_url(network)
    return {str(ask_id): you_offered(url, commitments) for ask_id, commitments in offered.items()}


def _commitment_url(network: Network) -> Callable[[int], str]:
    return url_for_each("followthrough:commitment", "commitment_id", network_slug=network.slug)


def you_offered(url: Callable[[int], str], commitments: list[Commitment]) -> SafeString:
    """The viewer's own offers on one ask, each linked to its page (`url`: the address
    reversed once), on the board's card and atop the offer form. Written here rather than
    in a template: rendered through one, a line cost ~0.1 ms, and a member who had offered
    on most of a board's twenty cards spent a millisecond on them, a quarter of the board's
    own time at first view."""
    said = _("You offered:")
    lines = format_html_join(
        "",
        '<p class="meta">{} <a href="{}">{}</a> ({})</p>',
        (
            (
                said,
                url(c.pk),
                c.what,
                c.get_guardian_approval_display()
                if c.guardian_approval == GuardianApproval.AWAITING
                else c.get_status_display(),
            )
            for c in commitments
        ),
    )
    return format_html('<div class="you-offered">{}</div>', lines)


@dataclass(frozen=True)
class BoardParams:
    """What the board reads of its address: the two filters and the page."""

    category: str = ""
    capital: str = ""
    page: int = 1


def board_params(query: QueryDict) -> BoardParams:
    """The board's parameters, normalised: a filter the form would refuse (its select
    never sends one) reads as no filter, and a page that is not a whole number from 1 as
    the first, as junk always read; anything else in the address is not the board's."""
    page = parse_id(query.get("page")) or 1
    if not query.get("category") and not query.get("capital"):
        return BoardParams(page=page)  # the usual board: no form to build and clean
    form = AskFilterForm(
        {"category": query.get("category", ""), "capital": query.get("capital", "")}
    )
    form.is_valid()  # a refused field is left out of cleaned_data; the other one stands
    return BoardParams(
        category=form.cleaned_data.get("category", ""),
        capital=form.cleaned_data.get("capital", ""),
        page=page,
    )


def _board(
    request: NetworkRequest, *, steward: bool, today: date, params: BoardParams
) -> dict[str, Any]:
    """The shared board, from the normalised parameters only (the pager's links too)."""
    filters = AskFilters(category=params.category, capital=params.capital)
    chosen = {k: v for k, v in (("category", filters.category), ("capital", filters.capital)) if v}
    form = AskFilterForm(chosen or None)
    rows = board_asks(network=request.network, filters=filters, today=today)
    page_obj = Paginator(rows, ASKS_PAGE_SIZE).get_page(params.page)
    for ask in page_obj:
        ask.met_slot = pagecache.slot("met", ask.pk)  # type: ignore[attr-defined]
        ask.offer_slot = pagecache.slot("offer", ask.pk)  # type: ignore[attr-defined]
    html = render_to_string(
        "matching/asks/board.html#page",
        {
            "network": request.network,
            "form": form,
            "page_obj": page_obj,
            "query": urlencode(chosen),
            "steward": steward,
            "csrf_token": pagecache.csrf_placeholder(),
            "guest_slot": pagecache.slot("guest", ""),
        },
    )
    return {
        "html": html,
        "proposers": {str(ask.pk): ask.proposal.proposer_id for ask in page_obj},
        "page": page_obj.number,
        "until": board_changes_at(network=request.network, filters=filters, today=today),
    }


def _offer_context(
    request: NetworkRequest, ask: Ask, values: dict[str, str], errors: dict[str, list[str]]
) -> dict[str, Any]:
    today = date_in(request.network, timezone.now())
    # Reached from a profile or the project page, past the board's "You offered" line,
    # the empty form read as if nothing had been offered, and a second offer followed.
    offered = own_offers(network=request.network, user=request.user, ask_ids=[ask.pk]).get(
        ask.pk, []
    )
    return {
        "ask": ask,
        "values": values,
        "errors": errors,
        "vague": refused_for_hint_alone(values.get("what", ""), errors),
        "other_errors": [m for f, ms in errors.items() if f not in FORM_FIELDS for m in ms],
        "capital_choices": CapitalKind.choices,
        "unit_choices": Unit.choices,
        "today": today.isoformat(),
        "latest": latest_due_on(today).isoformat(),
        "minor_money": request.user.is_minor,
        "offered": offered,
        "offered_html": you_offered(_commitment_url(request.network), offered),
    }


@network_view("commitments.commit")
def offer(request: NetworkRequest, network_slug: str, ask_id: int) -> HttpResponse:
    """Offer help on one live ask: what, how much, by when. Refusals re-render the form with
    each problem beside its field; a vague text can be saved anyway, with the same key."""
    today = date_in(request.network, timezone.now())
    ask = open_ask(network=request.network, ask_id=ask_id, today=today)
    if ask is None:
        closed = closed_ask(network=request.network, ask_id=ask_id, today=today)
        if closed is None:
            raise Http404(_("This ask is not open on the board."))
        if request.method != "POST":
            return _closed_before_writing(request, closed)
        stored = _stored_offer(request, closed)
        if stored is not None:  # this form's offer was saved before the ask closed
            _say_what_became_of(request, stored, closed.proposal.proposer.full_name)
            return redirect(
                "followthrough:commitment",
                network_slug=request.network.slug,
                commitment_id=stored.commitment.pk,
            )
        return _closed_while_writing(request, closed)
    proposal = ask.proposal
    try:
        require_perm(request, "commitments.commit", proposal)
    except PermissionDenied:  # audited; a member is refused only their own ask
        context = _offer_context(request, ask, {}, {})
        context["refused"] = OWN_ASK
        context["posted"] = request.method == "POST"
        return render(request, "matching/asks/offer.html", context, status=403)
    if request.method != "POST":
        # The ask's date, but never past the last date a commitment may be due: an ask
        # needed years ahead made the untouched form one that is refused.
        due = min(ask.needed_by or today + timedelta(days=DEFAULT_DUE_DAYS), latest_due_on(today))
        values = {
            "capital": ask.capital,
            "due_on": due.isoformat(),
            "idempotency_key": str(uuid.uuid4()),
        }
        return render(request, "matching/asks/offer.html", _offer_context(request, ask, values, {}))
    # The room's parser, with the presenter and ask this page is about and the viewer as
    # the committer: the same reading as the phone view's. A body that is not the fields
    # (broken JSON, a JSON list) is a refusal like any other, not a server error.
    values = {}
    try:
        values = dict(entry_data(request))
        values.update(proposal=str(proposal.pk), ask=str(ask.pk), committer="")
        entry = commitment_entry_parse(
            values, gathering=proposal.gathering, entered_by=request.user, scribe=False
        )
        offered = commitment_offer(**entry.create_kwargs())
    except (ValidationError, PermissionDenied) as error:
        errors = (
            error.message_dict
            if isinstance(error, ValidationError) and hasattr(error, "error_dict")
            else {"__all__": list(getattr(error, "messages", [str(error)]))}
        )
        if not values.get("idempotency_key") or "idempotency_key" in errors:
            # A key that is unusable or belongs to another offer: the form sent back gets a
            # fresh one (a vague text keeps its key, so "save it anyway" stores it once).
            values["idempotency_key"] = str(uuid.uuid4())
        return render(
            request,
            "matching/asks/offer.html",
            _offer_context(request, ask, values, errors),
            status=400,
        )
    _say_what_became_of(request, offered, proposal.proposer.full_name)
    return redirect(
        "followthrough:commitment",
        network_slug=request.network.slug,
        commitment_id=offered.commitment.pk,
    )


def _stored_offer(request: NetworkRequest, ask: Ask) -> Offered | None:
    """The offer this form already stored on the ask (a resend after the ask closed, often
    marked met because of that very offer), as `commitment_offer` answers a resend: the
    same words repeat it, other words keep it. None for any other form."""
    try:
        data = entry_data(request)
    except ValidationError:
        return None
    found = offer_under_key(ask=ask, committer=request.user, key=data["idempotency_key"])
    if found is None:
        return None
    same = same_words(found.what, fold_lines(data["what"]).strip())
    return Offered(found, OfferOutcome.REPEATED if same else OfferOutcome.KEPT_EARLIER)


def _closed_before_writing(request: NetworkRequest, ask: Ask) -> HttpResponse:
    """ "Offer help" tapped on an ask that has left the board since the board was loaded (a
    tab kept open on a phone): the page says so, with the way back to the board, where a
    404 said the page belonged to a network one is not part of. Such an ask was on every
    member's board, as for an offer posted after it closed."""
    context = _offer_context(request, ask, {}, {})
    context["closed"] = (
        _("This ask was marked as met, so it takes no more offers.")
        if ask.is_met  # type: ignore[attr-defined]
        else _("This ask has left the board, so it takes no more offers.")
    )
    return render(request, "matching/asks/offer.html", context, status=410)


def _closed_while_writing(request: NetworkRequest, ask: Ask) -> HttpResponse:
    """An offer posted after its ask left the board (someone marked it met while the form
    was open): nothing is saved, and the page says why and gives back what was typed."""
    context = _offer_context(request, ask, {"what": request.POST.get("what", "")}, {})
    context["posted"] = True
    context["closed"] = (
        _("This ask was marked as met while you were writing, so it takes no more offers.")
        if ask.is_met  # type: ignore[attr-defined]
        else _("This ask left the board while you were writing (its date has passed).")
    )
    return render(request, "matching/asks/offer.html", context, status=409)


def _say_what_became_of(request: NetworkRequest, offered: Offered, presenter: str) -> None:
    if offered.outcome is OfferOutcome.ALREADY_OFFERED:
        messages.info(request, _("You already offered this; it is saved."))
    elif offered.outcome is OfferOutcome.KEPT_EARLIER:
        messages.warning(
            request,
            _(
                "This form was already sent, so your earlier offer was kept as it was: "
                "“%(what)s”. Your changes were not saved; to offer something else, open the "
                "ask again from the board."
            )
            % {"what": offered.commitment.what},
        )
    else:  # created, or the same submission again (its first answer never arrived)
        messages.success(
            request,
            _("Thank you: your offer to %(name)s is saved. You will find it in My commitments.")
            % {"name": presenter},
        )


@require_POST
@network_view("matching.view_asks")
def ask_met(request: NetworkRequest, network_slug: str, ask_id: int) -> HttpResponse:
    """The presenter (or a steward) says this ask needs no more help; it leaves the board."""
    today = date_in(request.network, timezone.now())
    ask = open_ask(network=request.network, ask_id=ask_id, today=today)
    if ask is None:
        closed = closed_ask(network=request.network, ask_id=ask_id, today=today)
        if closed is None or not closed.is_met:  # type: ignore[attr-defined]
            raise Http404(_("This ask is not open on the board."))
        require_perm(request, "matching.mark_ask_met", closed)
        messages.info(request, _("“%(ask)s” is already marked as met.") % {"ask": closed.what})
        return redirect("matching:asks", network_slug=request.network.slug)
    require_perm(request, "matching.mark_ask_met", ask)
    if request.POST.get("met") != "1":
        messages.error(request, _("Nothing changed: use the “Mark as met” button."))
    else:
        ask_mark_met(ask=ask, actor=request.user)
        messages.success(
            request, _("“%(ask)s” is marked met and left the board.") % {"ask": ask.what}
        )
        request.session[UNDO_MET] = [request.network.pk, ask.pk]
    return redirect("matching:asks", network_slug=request.network.slug)


@require_POST
@network_view("matching.view_asks")
def ask_reopen_view(request: NetworkRequest, network_slug: str, ask_id: int) -> HttpResponse:
    """Undo "Mark as met": the ask goes back on the board (the board offers it once, right
    after the mark). Only for asks the board listed, as "Mark as met"; any other number 404."""
    today = date_in(request.network, timezone.now())
    ask = open_ask(network=request.network, ask_id=ask_id, today=today)
    if ask is not None:
        require_perm(request, "matching.mark_ask_met", ask)
        messages.info(request, _("“%(ask)s” is on the board.") % {"ask": ask.what})
        return redirect("matching:asks", network_slug=request.network.slug)
    closed = closed_ask(network=request.network, ask_id=ask_id, today=today)
    if closed is None or not closed.is_met:  # type: ignore[attr-defined]
        raise Http404(_("This ask is not marked as met."))
    require_perm(request, "matching.mark_ask_met", closed)
    ask_reopen(ask=closed, actor=request.user)
    if open_ask(network=request.network, ask_id=ask_id, today=today) is not None:
        messages.success(request, _("“%(ask)s” is back on the board.") % {"ask": closed.what})
    else:
        messages.info(
            request,
            _(
                "“%(ask)s” is no longer marked met, but its date has passed, so it stays off "
                "the board."
            )
            % {"ask": closed.what},
        )
    return redirect("matching:asks", network_slug=request.network.slug)
