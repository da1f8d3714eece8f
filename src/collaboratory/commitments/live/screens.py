"""The live room's screens: the facilitator console, the projection board, the phone view,
and the presenter's follow-up list. Every change goes through a service (`live.services`
for the session, `commitments.services` for commitments); the board and phones follow along
through the gathering's event stream (`live.stream.events`) with a small static script
(`static/commitments/live.js`, `phone.js`). Pages that only stewards and facilitators see
declare `commitments.run_room` on `network_view`."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.html import conditional_escape
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRefresh

from collaboratory.capital import CapitalKind
from collaboratory.commitments.forms import commitment_entry_parse
from collaboratory.commitments.hints import hint_text, refused_for_hint_alone
from collaboratory.commitments.live.selectors import (
    PhoneRefusal,
    commitments_by_ask,
    live_last_event_id,
    live_session_for,
    live_settings_for,
    phone_refusal,
    room_commitment,
    room_name,
    room_people,
    room_person,
    room_proposal,
    room_run_of_show,
)
from collaboratory.commitments.live.services import (
    commitment_window_close,
    commitment_window_open,
    live_session_timer_set,
    live_settings_update,
    presentation_start,
    presentation_stop,
)
from collaboratory.commitments.models import (
    PRESENTATION_MINUTES_MAX,
    PRESENTATION_MINUTES_MIN,
    Commitment,
    GuardianApproval,
    Unit,
)
from collaboratory.commitments.rules import presents
from collaboratory.commitments.selectors import (
    commitments_for_followup,
    commitments_shown,
    money_awaiting_guardian_at,
)
from collaboratory.commitments.services import (
    UNDO_WINDOW,
    commitment_create,
    commitment_hide,
    commitment_undo,
)
from collaboratory.commitments.specificity import assess_commitment
from collaboratory.creditclub.models import Proposal
from collaboratory.creditclub.selectors import proposer_hidden_from
from collaboratory.gatherings.models import Gathering
from collaboratory.networks import pagecache
from collaboratory.networks.guests import is_guest
from collaboratory.networks.http import NetworkRequest, deny_access, network_view, page_url
from collaboratory.networks.params import parse_id
from collaboratory.networks.scoping import date_in
from collaboratory.networks.selectors import stewards_of_network
from collaboratory.plaintext import search_text
from collaboratory.qr import qr_svg_response
from collaboratory.validators import check_text

ROOM = "commitments.run_room"
# The phone form's default "by when": a month from today, the usual follow-up horizon.
DEFAULT_DUE_DAYS = 30
ASSESS_MAX_CHARS = 1000


def _gathering(request: NetworkRequest, gathering_id: int) -> Gathering:
    return get_object_or_404(
        Gathering.objects.select_related("network").filter(network=request.network),
        pk=gathering_id,
    )


def _stream_url(request: NetworkRequest, gathering: Gathering) -> str:
    return reverse(
        "live:events",
        kwargs={"network_slug": request.network.slug, "gathering_id": gathering.pk},
    )


def _phone_link(request: NetworkRequest, gathering: Gathering) -> str:
    return page_url(
        request,
        reverse(
            "live:phone",
            kwargs={"network_slug": request.network.slug, "gathering_id": gathering.pk},
        ),
    )


def _live_context(
    request: NetworkRequest, gathering: Gathering, after: int | None = None
) -> dict[str, Any]:
    """What every live screen shares. The last event id is read before the state (here, or
    by the caller: `after`), so the script asks for everything after it: an event committed
    in between is applied, never missed."""
    if after is None:
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


# What the console's list of commitments reads (console.html's console-commitments and the
# undo check below): whole rows of the five tables joined took a third longer to load. A
# column left out would cost a query per row, which the landing pages' query counts catch.
CONSOLE_COLUMNS = (
    "network_id",
    "gathering_id",
    "committer__full_name",
    "proposal__proposer__full_name",
    "ask__what",
    "what",
    "amount",
    "unit",
    "due_on",
    "firm",
    "entered_by_id",
    "created_at",
)


def _console_context(request: NetworkRequest, gathering: Gathering, after: int) -> dict[str, Any]:
    """What the console shows every one who runs the room, the same for each of them: read
    after the last event id (`_live_context`) and the content versions, so it is never
    older than either. The undo buttons and the scribe's idempotency key are each viewer's
    and fill slots (`_console_page`)."""
    context = _live_context(request, gathering, after)
    run = room_run_of_show(gathering=gathering)
    shown = list(
        commitments_shown(gathering=gathering)
        .select_related("proposal__proposer")
        .only(*CONSOLE_COLUMNS)
        .order_by("-created_at", "-pk")
    )
    for commitment in shown:
        commitment.undo_label = pagecache.slot("undo-label", commitment.pk)  # type: ignore[attr-defined]
        commitment.undo_slot = pagecache.slot("undo", commitment.pk)  # type: ignore[attr-defined]
    current = next((p for p in run if p.pk == context["session"].current_proposal_id), None)
    context.update(
        network=request.network,
        run=run,
        current=current,
        commitments=shown,
        awaiting=list(
            money_awaiting_guardian_at(gathering=gathering)
            .only(*CONSOLE_COLUMNS)
            .order_by("-created_at", "-pk")
        ),
        timer_choices=range(PRESENTATION_MINUTES_MIN, PRESENTATION_MINUTES_MAX + 1),
        capital_choices=CapitalKind.choices,
        unit_choices=Unit.choices,
        default_due=(
            date_in(request.network, timezone.now()) + timedelta(days=DEFAULT_DUE_DAYS)
        ).isoformat(),
        fragment_url=reverse(
            "live:console",
            kwargs={"network_slug": request.network.slug, "gathering_id": gathering.pk},
        )
        + "?fragment=commitments",
        # Every button of the console posts here: reversed once, not once per form.
        action_url=reverse(
            "live:console_action",
            kwargs={"network_slug": request.network.slug, "gathering_id": gathering.pk},
        ),
        sets_defaults=request.user.has_perm("networks.manage_network", request.network),
        csrf_token=pagecache.csrf_placeholder(),
    )
    return context


def _console_part(
    request: NetworkRequest,
    gathering: Gathering,
    *,
    after: int,
    fragment: bool,
    scribe: dict[str, Any],
    problem: dict[str, Any] | None = None,
) -> dict[str, Any]:
    context = _console_context(request, gathering, after)
    context["scribe"] = {"due_on": context["default_due"], **scribe}
    context["problem"] = problem or {}
    template = "commitments/console.html#console-" + ("commitments" if fragment else "part")
    return {
        "html": render_to_string(template, context),
        "after": context["after"],
        "action_url": context["action_url"],
        # Who entered each commitment and when: the undo button is theirs for a minute.
        "entered": {
            str(c.pk): (c.entered_by_id, c.created_at)
            for c in context["commitments"]
            if c.entered_by_id is not None
        },
        "pks": [str(c.pk) for c in context["commitments"]],
    }


def _console_page(
    request: NetworkRequest, gathering_id: int, entry: dict[str, Any], *, status: int = 200
) -> HttpResponse:
    """The console from its part: this viewer's undo buttons (commitments they entered in
    the last minute), a fresh idempotency key for the scribe form, their CSRF token."""
    now = timezone.now()
    mine = [
        pk
        for pk, (entered_by, created_at) in entry["entered"].items()
        if entered_by == request.user.pk and now - created_at <= UNDO_WINDOW
    ]
    # Say what hiding does: the entry leaves the board on the room's screen (and every count).
    labels = dict.fromkeys(entry["pks"], conditional_escape(_("Hide from the room's screen")))
    labels.update(
        dict.fromkeys(mine, conditional_escape(_("Undo, or hide from the room's screen")))
    )
    undo = {
        pk: render_to_string(
            "commitments/console.html#console-undo",
            {
                "pk": pk,
                "action_url": entry["action_url"],
                "csrf_token": pagecache.csrf_placeholder(),
            },
        )
        for pk in mine
    }
    html = pagecache.fill_slots(entry["html"], "undo-label", labels)
    html = pagecache.fill_slots(html, "undo", undo)
    html = pagecache.fill_slots(html, "scribe", {"key": str(uuid.uuid4())})
    if request.GET.get("fragment") == "commitments":
        return HttpResponse(pagecache.with_csrf(request, html))
    context = {
        "part": pagecache.with_csrf(request, html),
        "after": entry["after"],
        "stream_url": reverse(
            "live:events",
            kwargs={"network_slug": request.network.slug, "gathering_id": gathering_id},
        ),
        "server_now": now,
    }
    return render(request, "commitments/console.html", context, status=status)


@network_view(perm=ROOM)
def console(request: NetworkRequest, network_slug: str, gathering_id: int) -> HttpResponse:
    """The facilitator console. What it shows is the same for everyone who runs the room,
    so it is rendered once per visibility class, last live event, content version and day
    (networks.pagecache): every change the console shows either records a live event (the
    session, commitments entered, undone, hidden or approved) or is audited (the run of
    show, names, the network's timer), so the next request after it reads a new key."""
    fragment = request.GET.get("fragment") == "commitments"
    # The gathering is read when the part is rendered: a part exists only for a gathering
    # of this network (else 404), and its event id is read by id, before the versions.
    after = live_last_event_id(gathering=gathering_id)
    key = pagecache.shared_key(
        "console",
        request,
        gathering_id,
        after,
        fragment,
        date_in(request.network, timezone.now()),
        request.user.has_perm("networks.manage_network", request.network),
    )
    entry = pagecache.get_or_render(
        key,
        lambda: _console_part(
            request,
            _gathering(request, gathering_id),
            after=after,
            fragment=fragment,
            scribe={"idempotency_key": pagecache.slot("scribe", "key")},
        ),
        fresh=lambda _entry: True,
        seconds=pagecache.SHARED_SECONDS,
    )
    return _console_page(request, gathering_id, entry)


def _proposal_of(gathering: Gathering, raw: str) -> Proposal:
    proposal = room_proposal(gathering=gathering, proposal_id=parse_id(raw))
    if proposal is None:
        raise ValidationError(
            {"proposal": [_("Choose a presenter from this gathering's run of show.")]}
        )
    return proposal


def _commitment_of(gathering: Gathering, raw: str) -> Commitment:
    commitment = room_commitment(gathering=gathering, commitment_id=parse_id(raw))
    if commitment is None:
        raise ValidationError({"commitment": [_("That commitment is not in this room.")]})
    return commitment


def _scribe(request: NetworkRequest, gathering: Gathering, now: datetime) -> Commitment:
    """The scribe's entry, parsed as the phone's is (`commitment_entry_parse`), entered for
    the person chosen; stored at `now`, so a form sent again is told apart by its date."""
    entry = commitment_entry_parse(
        request.POST, gathering=gathering, entered_by=request.user, scribe=True
    )
    return commitment_create(**entry.create_kwargs(), entered_by=request.user, now=now)


# The console's one-field forms whose problems stand beside that field.
FIELD_OF_ACTION = {"hide": "reason", "timer": "minutes"}


def _error_text(error: ValidationError) -> str:
    """The messages alone: each already names what to fix."""
    return " ".join(error.messages)


@require_POST
@network_view(perm=ROOM)
def console_action(request: NetworkRequest, network_slug: str, gathering_id: int) -> HttpResponse:
    """One POST route for the console's buttons; each calls one service."""
    gathering = _gathering(request, gathering_id)
    action = request.POST.get("action", "")
    actor = request.user
    back = redirect("live:console", network_slug, gathering.pk)
    try:
        if action == "start":
            proposal = _proposal_of(gathering, request.POST.get("proposal", ""))
            presentation_start(gathering=gathering, proposal=proposal, actor=actor)
            messages.success(
                request, _("%(name)s is presenting.") % {"name": proposal.proposer.full_name}
            )
        elif action == "stop":
            presentation_stop(gathering=gathering, actor=actor)
            messages.success(request, _("Presentation stopped."))
        elif action == "window_open":
            proposal = _proposal_of(gathering, request.POST.get("proposal", ""))
            commitment_window_open(gathering=gathering, proposal=proposal, actor=actor)
            messages.success(
                request,
                _("Commitments are open for %(name)s.") % {"name": proposal.proposer.full_name},
            )
        elif action == "window_close":
            commitment_window_close(gathering=gathering, actor=actor)
            messages.success(request, _("Commitments are closed."))
        elif action == "timer":
            live_session_timer_set(
                gathering=gathering, minutes=request.POST.get("minutes", ""), actor=actor
            )
            messages.success(request, _("Timer length saved."))
        elif action == "undo":
            commitment = _commitment_of(gathering, request.POST.get("commitment", ""))
            commitment_undo(commitment=commitment, actor=actor)
            messages.success(request, _("Undone: it is off the board."))
        elif action == "hide":
            commitment = _commitment_of(gathering, request.POST.get("commitment", ""))
            reason = request.POST.get("reason", "")
            check_text(reason, field="reason", what=gettext_lazy("the reason"))
            commitment_hide(commitment=commitment, actor=actor, reason=reason)
            messages.success(request, _("Hidden from the board."))
        elif action == "scribe":
            now = timezone.now()
            commitment = _scribe(request, gathering, now)
            # The console's script keeps what was sent until the page says this key was
            # saved: a failed or hung answer brings the form back under the same key.
            back = redirect(
                reverse(
                    "live:console",
                    kwargs={"network_slug": network_slug, "gathering_id": gathering.pk},
                )
                + f"?saved={commitment.idempotency_key}"
            )
            if commitment.created_at != now:
                # The same form sent again (a retry on bad wifi): one commitment, said so.
                messages.info(request, _("Already saved: nothing was stored twice."))
                return back
            if commitment.guardian_approval == GuardianApproval.AWAITING:
                # Listed apart on the console, on no board until approved: said, so it is not
                # entered again.
                saved = _(
                    "Saved for %(name)s: it waits for their guardian's approval, and shows on "
                    "the board once approved. Do not enter it again."
                )
            else:
                saved = _("Saved for %(name)s. You can undo it for a minute.")
            messages.success(request, saved % {"name": commitment.committer.full_name})
        else:
            messages.error(request, _("Unknown action: use the console's buttons."))
    except ValidationError as error:
        if action == "scribe":
            errors = (
                error.message_dict if hasattr(error, "error_dict") else {"__all__": error.messages}
            )
            committer_raw = request.POST.get("committer", "")
            scribe = {
                **{key: request.POST.get(key, "") for key in request.POST},
                "errors": errors,
                # Each field's problems stand beside it; the alert above lists the rest.
                "other_errors": [
                    m for f, ms in errors.items() if f not in SCRIBE_FIELDS for m in ms
                ],
                "committer_user": room_person(gathering=gathering, user_id=parse_id(committer_raw)),
                "vague": refused_for_hint_alone(request.POST.get("what", ""), errors),
            }
            if "idempotency_key" in errors:
                # The key is unusable or another commitment's (the form came back through
                # Back after a saved entry): the form comes back with a fresh one.
                scribe["idempotency_key"] = pagecache.slot("scribe", "key")
            # What was typed is this request's alone: rendered, never kept.
            after = live_last_event_id(gathering=gathering)
            entry = _console_part(request, gathering, after=after, fragment=False, scribe=scribe)
            return _console_page(request, gathering.pk, entry, status=422)
        field = FIELD_OF_ACTION.get(action, "")
        errors = error.message_dict if hasattr(error, "error_dict") else {}
        if field in errors:
            # Beside the field to fix (its tools open, what was typed kept), as the scribe's
            # problems are; until 2026-12-05 a message at the top of the console.
            problem = {
                "action": action,
                "errors": errors[field],
                "value": request.POST.get(field, ""),
                "commitment": parse_id(request.POST.get("commitment", "")),
            }
            after = live_last_event_id(gathering=gathering)
            entry = _console_part(
                request,
                gathering,
                after=after,
                fragment=False,
                scribe={"idempotency_key": pagecache.slot("scribe", "key")},
                problem=problem,
            )
            return _console_page(request, gathering.pk, entry, status=422)
        messages.error(request, _error_text(error))
    except PermissionDenied as error:
        messages.error(request, str(error))
    return back


@network_view(perm=ROOM)
def people(request: NetworkRequest, network_slug: str, gathering_id: int) -> HttpResponse:
    """The scribe's name search (an htmx partial): people in the room, substitutes apart."""
    gathering = _gathering(request, gathering_id)
    query = search_text(request.GET.get("q", ""))
    found = room_people(gathering=gathering, query=query)
    return render(
        request,
        "commitments/_people.html",
        {"gathering": gathering, "found": found, "query": query},
    )


# --- Projection board ------------------------------------------------------------------------


# The board shows this many commitments in full, newest first; earlier ones are condensed to
# a line of names, so the board fits a projected screen at any count.
BOARD_NEWEST = 8


def _board_context(request: NetworkRequest, gathering: Gathering) -> dict[str, Any]:
    context = _live_context(request, gathering)
    run = room_run_of_show(gathering=gathering)
    session = context["session"]
    current = next((p for p in run if p.pk == session.current_proposal_id), None)
    shown = list(commitments_shown(gathering=gathering)) if current is not None else []
    groups = commitments_by_ask(proposal=current, commitments=shown) if current else []
    newest = sorted(
        (c for g in groups for c in g.commitments),
        key=lambda c: (c.created_at, c.pk),
        reverse=True,
    )
    earlier = newest[BOARD_NEWEST:]
    # The whole room reads the board: a young person by first name (`room_name`), as in the
    # stream's frames and the gratitude roll call.
    for commitment in newest:
        commitment.committer_name = room_name(commitment.committer)  # type: ignore[attr-defined]
    if current is not None:
        current.presenter_name = room_name(current.proposer)  # type: ignore[attr-defined]
    context.update(
        current=current,
        groups=[g for g in groups if g.commitments or g.ask is not None],
        newest=newest[:BOARD_NEWEST],
        earlier_count=len(earlier),
        # Once per person (two young people may share a first name).
        earlier_names=", ".join(
            {c.committer_id: c.committer_name for c in earlier}.values()  # type: ignore[attr-defined]
        ),
        total=len(newest),
        window_open=current is not None and session.window_proposal_id == current.pk,
        phone_link=_phone_link(request, gathering),
        fragment_url=reverse(
            "live:board",
            kwargs={"network_slug": request.network.slug, "gathering_id": gathering.pk},
        )
        + "?fragment=body",
    )
    return context


@network_view()
def board(request: NetworkRequest, network_slug: str, gathering_id: int) -> HttpResponse:
    """The big screen: read-only, for every member of the network (what it shows is what
    the gathering's stream already tells them)."""
    gathering = _gathering(request, gathering_id)
    context = _board_context(request, gathering)
    if request.GET.get("fragment") == "body":
        return render(request, "commitments/board.html#board-body", context)
    return render(request, "commitments/board.html", context)


@network_view()
def join_qr(request: NetworkRequest, network_slug: str, gathering_id: int) -> HttpResponse:
    gathering = _gathering(request, gathering_id)
    return qr_svg_response(_phone_link(request, gathering), title=_("Join on your phone"))


# --- Phone view --------------------------------------------------------------------------------


# The phone form's fields shown beside their own input; any other problem (the submission
# key, the person, the whole entry) is listed above the form.
PHONE_FIELDS = ("proposal", "ask", "capital", "what", "amount", "unit", "due_on")
SCRIBE_FIELDS = ("committer", *PHONE_FIELDS)


def phone_page(
    request: NetworkRequest,
    gathering: Gathering,
    *,
    values: dict[str, str] | None = None,
    errors: dict[str, list[str]] | None = None,
    status: int = 200,
) -> HttpResponse:
    """The phone form, empty or as it was posted without JavaScript (`views.submit`): each
    problem beside its field and what was typed kept, under the same submission key (nothing
    was stored under it), so sending it again stores the commitment once."""
    refusal = phone_refusal(user=request.user, gathering=gathering)
    if refusal is not None:
        return _phone_closed(request, gathering, refusal, status=status)
    context = _live_context(request, gathering)
    # Help comes from the rest of the room: the service refuses a commitment to one's own
    # project (`presents`), so the phone does not offer it.
    everyone = room_run_of_show(gathering=gathering)
    run = [p for p in everyone if not presents(request.user, p)]
    own = [p.pk for p in everyone if p not in run]
    session = context["session"]
    today = date_in(request.network, timezone.now())
    errors = errors or {}
    values = {
        "due_on": (today + timedelta(days=DEFAULT_DUE_DAYS)).isoformat(),
        "capital": CapitalKind.choices[0][0],
        **(values or {}),
    }
    if not values.get("idempotency_key"):
        values["idempotency_key"] = str(uuid.uuid4())
    chosen = parse_id(values.get("proposal", ""))
    offered = {p.pk for p in run}
    if chosen not in offered:
        chosen = session.window_proposal_id or session.current_proposal_id
    if chosen not in offered:
        chosen = run[0].pk if run else None
    for proposal in run:
        # Each presenter's group of asks keeps the one ticked (the form names them apart).
        proposal.chosen_ask = values.get(f"ask-{proposal.pk}") or "general"  # type: ignore[attr-defined]
        # As the stream's frames name them (`session_payload`): a young presenter by first name.
        proposal.presenter_name = room_name(proposal.proposer)  # type: ignore[attr-defined]
    window = next((p for p in everyone if p.pk == session.window_proposal_id), None)
    context.update(
        run=run,
        own=own,
        chosen=chosen,
        values=values,
        errors=errors,
        other_errors=[m for f, ms in errors.items() if f not in PHONE_FIELDS for m in ms],
        vague=refused_for_hint_alone(values.get("what", ""), errors),
        window_name=room_name(window.proposer) if window is not None else "",
        # Hands up for the viewer's own project: the note says the room commits to them.
        window_own=window is not None and presents(request.user, window),
        capital_choices=CapitalKind.choices,
        unit_choices=Unit.choices,
        today=today.isoformat(),
        minor_money=request.user.is_minor,
        submit_url=reverse(
            "live:submit",
            kwargs={"network_slug": request.network.slug, "gathering_id": gathering.pk},
        ),
        assess_url=reverse(
            "live:assess",
            kwargs={"network_slug": request.network.slug, "gathering_id": gathering.pk},
        ),
    )
    return render(request, "commitments/phone.html", context, status=status)


def phone_refusal_text(refusal: PhoneRefusal) -> str:
    """The refusal in one sentence, for a submission the phone's script sent: the reason the
    closed page gives, so the two never disagree."""
    if refusal.reason == "youth_not_taking_part":
        return _("Youth members make commitments at gatherings where youth take part.")
    if refusal.reason == "stand_in":
        # The door's own words (`attendance_check_in`): sent there, the member is refused.
        return _(
            "%(name)s comes in your place: your seat is theirs. If plans changed, ask "
            "a steward at the door."
        ) % {"name": refusal.stand_in}
    return _("Check in to the gathering first; then your commitments can be saved here.")


def _phone_closed(
    request: NetworkRequest, gathering: Gathering, refusal: PhoneRefusal, *, status: int = 200
) -> HttpResponse:
    """Why not yet, with the page's own redraw: htmx asks this page again every little while
    and when the phone is looked at again, and gets the reason part alone."""
    context = {"gathering": gathering, "refusal": refusal}
    if request.htmx:
        return render(request, "commitments/phone_closed.html#reason", context, status=status)
    return render(request, "commitments/phone_closed.html", context, status=status)


@network_view()
def phone(request: NetworkRequest, network_slug: str, gathering_id: int) -> HttpResponse:
    """Make a commitment from one's own phone: checked-in members, stewards, facilitators.
    Everyone else in the network sees why not (and where to check in); that page redraws its
    reason by itself, and once the person may commit it reloads into the form."""
    gathering = _gathering(request, gathering_id)
    if request.htmx:
        refusal = phone_refusal(user=request.user, gathering=gathering)
        if refusal is None:
            return HttpResponseClientRefresh()
        return _phone_closed(request, gathering, refusal)
    return phone_page(request, gathering)


@require_http_methods(["GET", "POST"])
@network_view()
def assess(request: NetworkRequest, network_slug: str, gathering_id: int) -> JsonResponse:
    """The guard's verdict on a draft, for the phone form to show its hint before saving."""
    _gathering(request, gathering_id)
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
                        ngettext(
                            "Keep it under %(n)d character: what, how much, by when.",
                            "Keep it under %(n)d characters: what, how much, by when.",
                            ASSESS_MAX_CHARS,
                        )
                        % {"n": ASSESS_MAX_CHARS}
                    ]
                }
            },
            status=422,
        )
    verdict = assess_commitment(text)
    return JsonResponse(
        {"firm": verdict.firm, "problems": list(verdict.problems), "hint": hint_text(verdict)}
    )


# --- After the session: the presenter's follow-up list ---------------------------------------


@network_view()
def followup(
    request: NetworkRequest, network_slug: str, gathering_id: int, proposal_id: int
) -> HttpResponse:
    """Every commitment to one presenter with the committer's email, for following up: the
    presenter of that proposal (a youth guest's own Power Project too) and stewards only.
    Contact details are shown between adults only: otherwise the page says to go through a
    steward."""
    gathering = _gathering(request, gathering_id)
    proposal = get_object_or_404(
        Proposal.objects.select_related("proposer"), gathering=gathering, pk=proposal_id
    )
    if not request.user.has_perm("commitments.follow_up", proposal):
        if not request.user.has_perm("commitments.listen", gathering):
            raise Http404
        deny_access(request, "presenter and stewards only")
    if not request.user.has_perm("creditclub.view_proposal", proposal):
        # A draft is its member's own, the stewards' once sent (as its own page has it).
        raise Http404
    rows = list(commitments_for_followup(proposal=proposal))
    # A young committer reads by first name to the presenter, as in the room (`room_name`);
    # the stewards, who follow them up, keep the full name.
    steward = request.user.has_perm("networks.manage_network", request.network)
    named = [(c, c.committer.full_name if steward else room_name(c.committer)) for c in rows]
    minor = request.user.is_minor
    # Contact across the age line goes through a steward: name who (name only, no contact
    # detail, as anywhere a minor reads an adult), read only when a row needs it.
    through = (
        sorted(s.full_name for s in stewards_of_network(network=request.network))
        if minor or any(c.committer.is_minor for c in rows)
        else []
    )
    return render(
        request,
        "commitments/followup.html",
        {
            "gathering": gathering,
            "proposal": proposal,
            "proposer_hidden": proposer_hidden_from(proposal=proposal, viewer=request.user),
            "commitments": named,
            "viewer_is_minor": minor,
            "stewards": ", ".join(through),
            # A youth guest's pass opens this list only: not the host's members and offers.
            "viewer_is_guest": is_guest(request.membership),
        },
    )


# --- The network's live-room settings -----------------------------------------------------------


@require_http_methods(["GET", "POST"])
@network_view(perm="networks.manage_network")
def live_settings(request: NetworkRequest, network_slug: str) -> HttpResponse:
    """Stewards set the network's default presentation length; a facilitator may still
    change it for one gathering on the console."""
    current = live_settings_for(network=request.network)
    errors: list[str] = []
    chosen = str(current.presentation_minutes)
    if request.method == "POST":
        chosen = request.POST.get("presentation_minutes", "")
        try:
            saved = live_settings_update(
                network=request.network, actor=request.user, presentation_minutes=chosen
            )
        except ValidationError as error:
            errors = error.message_dict.get("presentation_minutes", error.messages)
        else:
            # The length as stored: " 07" typed is 7.
            messages.success(
                request,
                _("Saved: presentations now run %s minutes.") % saved.presentation_minutes,
            )
            return redirect("live:settings", network_slug=request.network.slug)
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
