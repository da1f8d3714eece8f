"""The live room's screens: the facilitator console, the projection board, the phone view,
and the presenter's follow-up list. Every change goes through `commitments.services`; the
board and phones follow along through the gathering's event stream (`views.events`) with a
small static script (`static/commitments/live.js`, `phone.js`)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any, cast

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from collaboratory.capital import CapitalKind
from collaboratory.commitments import services
from collaboratory.commitments.models import (
    PRESENTATION_MINUTES_MAX,
    PRESENTATION_MINUTES_MIN,
    Commitment,
    Unit,
)
from collaboratory.commitments.rules import runs_the_room
from collaboratory.commitments.selectors import (
    PhoneAccess,
    commitments_by_ask,
    commitments_for_followup,
    commitments_shown,
    live_last_event_id,
    live_session_for,
    live_settings_for,
    phone_access,
    room_people,
    room_run_of_show,
)
from collaboratory.commitments.specificity import assess_commitment
from collaboratory.creditclub.models import Proposal
from collaboratory.gatherings.models import Gathering
from collaboratory.networks.http import NetworkRequest, deny_access, require_perm
from collaboratory.networks.params import parse_id
from collaboratory.people.models import User
from collaboratory.qr import qr_svg_response
from collaboratory.validators import check_text

# The phone form's default "by when": a month from today, the usual follow-up horizon.
DEFAULT_DUE_DAYS = 30
ASSESS_MAX_CHARS = 1000


def _gathering(request: NetworkRequest, gathering_id: int) -> Gathering:
    return get_object_or_404(
        Gathering.objects.select_related("network").filter(network=request.network),
        pk=gathering_id,
    )


def _room_only(request: NetworkRequest) -> None:
    if not runs_the_room(request.user, request.network):
        deny_access(request, "stewards and facilitators only")


def _stream_url(request: NetworkRequest, gathering: Gathering) -> str:
    return reverse(
        "live:events",
        kwargs={"network_slug": request.network.slug, "gathering_id": gathering.pk},
    )


def _phone_link(request: NetworkRequest, gathering: Gathering) -> str:
    return settings.SITE_URL + reverse(
        "live:phone", kwargs={"network_slug": request.network.slug, "gathering_id": gathering.pk}
    )


def _live_context(request: NetworkRequest, gathering: Gathering) -> dict[str, Any]:
    """What every live screen shares. The last event id is read before the state, so the
    script asks for everything after it: an event committed in between is applied, never
    missed."""
    after = live_last_event_id(gathering=gathering)
    session = live_session_for(gathering=gathering)
    return {
        "gathering": gathering,
        "session": session,
        "after": after,
        "stream_url": _stream_url(request, gathering),
        "server_now": timezone.now(),
    }


# --- Facilitator console ---------------------------------------------------------------------


def _console_context(request: NetworkRequest, gathering: Gathering) -> dict[str, Any]:
    context = _live_context(request, gathering)
    run = room_run_of_show(gathering=gathering)
    shown = list(
        commitments_shown(gathering=gathering)
        .select_related("proposal__proposer")
        .order_by("-created_at", "-pk")
    )
    now = timezone.now()
    for commitment in shown:
        commitment.can_undo = (  # type: ignore[attr-defined]
            commitment.entered_by_id == request.user.pk
            and now - commitment.created_at <= services.UNDO_WINDOW
        )
    current = next((p for p in run if p.pk == context["session"].current_proposal_id), None)
    context.update(
        run=run,
        current=current,
        commitments=shown,
        timer_choices=range(PRESENTATION_MINUTES_MIN, PRESENTATION_MINUTES_MAX + 1),
        capital_choices=CapitalKind.choices,
        unit_choices=Unit.choices,
        default_due=(timezone.localdate() + timedelta(days=DEFAULT_DUE_DAYS)).isoformat(),
        fragment_url=reverse(
            "live:console",
            kwargs={"network_slug": request.network.slug, "gathering_id": gathering.pk},
        )
        + "?fragment=commitments",
    )
    return context


def console(request: HttpRequest, network_slug: str, gathering_id: int) -> HttpResponse:
    req = cast(NetworkRequest, request)
    _room_only(req)
    gathering = _gathering(req, gathering_id)
    context = _console_context(req, gathering)
    if request.GET.get("fragment") == "commitments":
        return render(request, "commitments/console.html#console-commitments", context)
    context["scribe"] = {"idempotency_key": uuid.uuid4(), "due_on": context["default_due"]}
    return render(request, "commitments/console.html", context)


def _proposal_of(gathering: Gathering, raw: str) -> Proposal:
    proposal = (
        Proposal.objects.select_related("proposer", "gathering")
        .filter(gathering=gathering, pk=parse_id(raw) or 0)
        .first()
    )
    if proposal is None:
        raise ValidationError(
            {"proposal": [_("Choose a presenter from this gathering's run of show.")]}
        )
    return proposal


def _commitment_of(gathering: Gathering, raw: str) -> Commitment:
    commitment = (
        Commitment.objects.select_related("network", "gathering")
        .filter(gathering=gathering, pk=parse_id(raw) or 0)
        .first()
    )
    if commitment is None:
        raise ValidationError({"commitment": [_("That commitment is not in this room.")]})
    return commitment


def _scribe(request: NetworkRequest, gathering: Gathering) -> Commitment:
    data = request.POST
    check_text(data.get("what", ""), field="what", what=gettext_lazy("the commitment"))
    proposal = _proposal_of(gathering, data.get("proposal", ""))
    ask_raw = data.get("ask", "")
    ask = None
    if ask_raw not in ("", "general"):
        ask = proposal.asks.filter(pk=parse_id(ask_raw) or 0).first()
        if ask is None:
            raise ValidationError({"ask": [_("Choose one of this presenter's asks or 'general'.")]})
    committer_raw = data.get("committer", "")
    committer = User.objects.filter(pk=parse_id(committer_raw) or 0).first()
    if committer is None:
        raise ValidationError(
            {"committer": [_("Search for the person by name and choose them from the list.")]}
        )
    due_raw = data.get("due_on", "")
    try:
        due_on = date.fromisoformat(due_raw) if due_raw else None
    except ValueError:
        raise ValidationError({"due_on": [_("Give the date as YYYY-MM-DD.")]}) from None
    return services.commitment_create(
        proposal=proposal,
        ask=ask,
        committer=committer,
        entered_by=request.user,
        what=data.get("what", ""),
        capital=data.get("capital", ""),
        amount=data.get("amount") or None,
        unit=data.get("unit", ""),
        due_on=due_on,
        idempotency_key=data.get("idempotency_key", ""),
        accept_vague=data.get("accept_vague") in ("1", "on", "true"),
    )


def _error_text(error: ValidationError) -> str:
    """The messages alone: each already names what to fix."""
    return " ".join(error.messages)


@require_POST
def console_action(request: HttpRequest, network_slug: str, gathering_id: int) -> HttpResponse:
    """One POST route for the console's buttons; each calls one service."""
    req = cast(NetworkRequest, request)
    _room_only(req)
    gathering = _gathering(req, gathering_id)
    action = request.POST.get("action", "")
    actor = req.user
    back = redirect("live:console", network_slug, gathering.pk)
    try:
        if action == "start":
            proposal = _proposal_of(gathering, request.POST.get("proposal", ""))
            services.presentation_start(gathering=gathering, proposal=proposal, actor=actor)
            messages.success(
                request, _("%(name)s is presenting.") % {"name": proposal.proposer.full_name}
            )
        elif action == "stop":
            services.presentation_stop(gathering=gathering, actor=actor)
            messages.success(request, _("Presentation stopped."))
        elif action == "window_open":
            proposal = _proposal_of(gathering, request.POST.get("proposal", ""))
            services.commitment_window_open(gathering=gathering, proposal=proposal, actor=actor)
            messages.success(
                request,
                _("Commitments are open for %(name)s.") % {"name": proposal.proposer.full_name},
            )
        elif action == "window_close":
            services.commitment_window_close(gathering=gathering, actor=actor)
            messages.success(request, _("Commitments are closed."))
        elif action == "timer":
            services.live_session_timer_set(
                gathering=gathering, minutes=request.POST.get("minutes", ""), actor=actor
            )
            messages.success(request, _("Timer length saved."))
        elif action == "undo":
            commitment = _commitment_of(gathering, request.POST.get("commitment", ""))
            services.commitment_undo(commitment=commitment, actor=actor)
            messages.success(request, _("Undone: it is off the board."))
        elif action == "hide":
            commitment = _commitment_of(gathering, request.POST.get("commitment", ""))
            reason = request.POST.get("reason", "")
            check_text(reason, field="reason", what=gettext_lazy("the reason"))
            services.commitment_hide(commitment=commitment, actor=actor, reason=reason)
            messages.success(request, _("Hidden from the board."))
        elif action == "scribe":
            commitment = _scribe(req, gathering)
            messages.success(
                request,
                _("Saved for %(name)s. You can undo it for a minute.")
                % {"name": commitment.committer.full_name},
            )
        else:
            messages.error(request, _("Unknown action: use the console's buttons."))
    except ValidationError as error:
        if action == "scribe":
            context = _console_context(req, gathering)
            errors = (
                error.message_dict if hasattr(error, "error_dict") else {"__all__": error.messages}
            )
            committer_raw = request.POST.get("committer", "")
            context["scribe"] = {
                **{key: request.POST.get(key, "") for key in request.POST},
                "errors": errors,
                "committer_user": User.objects.filter(pk=parse_id(committer_raw) or 0).first(),
                "vague": "what" in errors and bool(request.POST.get("what", "").strip()),
            }
            return render(request, "commitments/console.html", context, status=422)
        messages.error(request, _error_text(error))
    except PermissionDenied as error:
        messages.error(request, str(error))
    return back


def people(request: HttpRequest, network_slug: str, gathering_id: int) -> HttpResponse:
    """The scribe's name search (an htmx partial): people in the room, substitutes apart."""
    req = cast(NetworkRequest, request)
    _room_only(req)
    gathering = _gathering(req, gathering_id)
    query = request.GET.get("q", "")[:100]
    found = room_people(gathering=gathering, query=query)
    return render(
        request,
        "commitments/_people.html",
        {"gathering": gathering, "found": found, "query": query},
    )


# --- Projection board ------------------------------------------------------------------------


def _board_context(request: NetworkRequest, gathering: Gathering) -> dict[str, Any]:
    context = _live_context(request, gathering)
    run = room_run_of_show(gathering=gathering)
    session = context["session"]
    current = next((p for p in run if p.pk == session.current_proposal_id), None)
    shown = list(commitments_shown(gathering=gathering)) if current is not None else []
    groups = commitments_by_ask(proposal=current, commitments=shown) if current else []
    context.update(
        current=current,
        groups=groups,
        total=sum(len(g.commitments) for g in groups),
        window_open=current is not None and session.window_proposal_id == current.pk,
        phone_link=_phone_link(request, gathering),
        fragment_url=reverse(
            "live:board",
            kwargs={"network_slug": request.network.slug, "gathering_id": gathering.pk},
        )
        + "?fragment=body",
    )
    return context


def board(request: HttpRequest, network_slug: str, gathering_id: int) -> HttpResponse:
    """The big screen: read-only, for every member of the network (what it shows is what
    the gathering's stream already tells them)."""
    req = cast(NetworkRequest, request)
    gathering = _gathering(req, gathering_id)
    context = _board_context(req, gathering)
    if request.GET.get("fragment") == "body":
        return render(request, "commitments/board.html#board-body", context)
    return render(request, "commitments/board.html", context)


def join_qr(request: HttpRequest, network_slug: str, gathering_id: int) -> HttpResponse:
    req = cast(NetworkRequest, request)
    gathering = _gathering(req, gathering_id)
    return qr_svg_response(_phone_link(req, gathering), title=_("Join on your phone"))


# --- Phone view --------------------------------------------------------------------------------


def phone(request: HttpRequest, network_slug: str, gathering_id: int) -> HttpResponse:
    """Make a commitment from one's own phone: checked-in members, stewards, facilitators.
    Everyone else in the network sees why not (and where to check in)."""
    req = cast(NetworkRequest, request)
    gathering = _gathering(req, gathering_id)
    access = phone_access(user=req.user, gathering=gathering)
    context = _live_context(req, gathering)
    if access is not PhoneAccess.ALLOWED:
        context["access"] = access.value
        return render(request, "commitments/phone_closed.html", context)
    run = room_run_of_show(gathering=gathering)
    session = context["session"]
    chosen = session.window_proposal_id or session.current_proposal_id
    if chosen is None and run:
        chosen = run[0].pk
    window = next((p for p in run if p.pk == session.window_proposal_id), None)
    context.update(
        run=run,
        chosen=chosen,
        window_name=window.proposer.full_name if window is not None else "",
        capital_choices=CapitalKind.choices,
        unit_choices=Unit.choices,
        default_due=(timezone.localdate() + timedelta(days=DEFAULT_DUE_DAYS)).isoformat(),
        today=timezone.localdate().isoformat(),
        minor_money=req.user.is_minor,
        submit_url=reverse(
            "live:submit",
            kwargs={"network_slug": req.network.slug, "gathering_id": gathering.pk},
        ),
        assess_url=reverse(
            "live:assess",
            kwargs={"network_slug": req.network.slug, "gathering_id": gathering.pk},
        ),
    )
    return render(request, "commitments/phone.html", context)


@require_http_methods(["GET", "POST"])
def assess(request: HttpRequest, network_slug: str, gathering_id: int) -> JsonResponse:
    """The guard's verdict on a draft, for the phone form to show its hint before saving."""
    req = cast(NetworkRequest, request)
    _gathering(req, gathering_id)
    text = request.POST.get("text") if request.method == "POST" else request.GET.get("text")
    text = (text or "").strip()
    if not text:
        return JsonResponse(
            {"errors": {"text": [_("Type what you will deliver, then check it.")]}}, status=422
        )
    if len(text) > ASSESS_MAX_CHARS:
        return JsonResponse(
            {
                "errors": {
                    "text": [
                        _("Keep it under %(n)d characters: what, how much, by when.")
                        % {"n": ASSESS_MAX_CHARS}
                    ]
                }
            },
            status=422,
        )
    verdict = assess_commitment(text)
    return JsonResponse(
        {"firm": verdict.firm, "problems": list(verdict.problems), "hint": verdict.hint}
    )


# --- After the session: the presenter's follow-up list ---------------------------------------


def followup(
    request: HttpRequest, network_slug: str, gathering_id: int, proposal_id: int
) -> HttpResponse:
    """Every commitment to one presenter with the committer's email, for following up: the
    presenter of that proposal and stewards only. A youth member's contact details are never
    shown to adults: the page says to reach them through a steward."""
    req = cast(NetworkRequest, request)
    gathering = _gathering(req, gathering_id)
    proposal = get_object_or_404(
        Proposal.objects.select_related("proposer"), gathering=gathering, pk=proposal_id
    )
    if not req.user.has_perm("commitments.follow_up", proposal):
        if not req.user.has_perm("commitments.listen", gathering):
            raise Http404
        deny_access(req, "presenter and stewards only")
    rows = list(commitments_for_followup(proposal=proposal))
    return render(
        request,
        "commitments/followup.html",
        {
            "gathering": gathering,
            "proposal": proposal,
            "commitments": rows,
            "viewer_is_minor": req.user.is_minor,
        },
    )


# --- The network's live-room settings -----------------------------------------------------------


@require_http_methods(["GET", "POST"])
def live_settings(request: HttpRequest, network_slug: str) -> HttpResponse:
    """Stewards set the network's default presentation length; a facilitator may still
    change it for one gathering on the console."""
    req = cast(NetworkRequest, request)
    require_perm(req, "networks.manage_network")
    current = live_settings_for(network=req.network)
    errors: list[str] = []
    chosen = str(current.presentation_minutes)
    if request.method == "POST":
        chosen = request.POST.get("presentation_minutes", "")
        try:
            services.live_settings_update(
                network=req.network, actor=req.user, presentation_minutes=chosen
            )
        except ValidationError as error:
            errors = error.message_dict.get("presentation_minutes", error.messages)
        else:
            messages.success(request, _("Saved: presentations now run %s minutes.") % chosen)
            return redirect("live:settings", network_slug=req.network.slug)
    return render(
        request,
        "commitments/settings.html",
        {
            "choices": [
                str(n) for n in range(PRESENTATION_MINUTES_MIN, PRESENTATION_MINUTES_MAX + 1)
            ],
            "chosen": chosen,
            "errors": errors,
        },
        status=400 if errors else 200,
    )
