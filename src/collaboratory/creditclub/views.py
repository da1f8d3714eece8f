"""Rotating Credit Club pages. The network middleware has scoped the request already."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.forms.models import model_to_dict
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext
from django.views.decorators.http import require_POST
from django_htmx.http import replace_url

from collaboratory.creditclub import services
from collaboratory.creditclub.forms import ProposalForm, ReviewForm, SettingsForm, ask_formset
from collaboratory.creditclub.models import (
    CreditClubSettings,
    PowerStage,
    Proposal,
    ProposalState,
    Review,
)
from collaboratory.creditclub.selectors import (
    CallWindow,
    announce_window,
    announced_already,
    anyone_attended,
    board_tally,
    call_window,
    carried_copies_standing,
    carried_copy,
    creditclub_settings_for,
    gatherings_attended_count,
    live_proposal_of,
    minor_name_hidden,
    presented_projects,
    proposals_of,
    proposer_hidden,
    proposer_hidden_from,
    review_board,
    reviewers_by_proposal,
    reviews_of,
    run_of_show,
    staged_ids,
)
from collaboratory.gatherings.models import Gathering
from collaboratory.gatherings.selectors import gatherings_upcoming
from collaboratory.networks import pagecache
from collaboratory.networks.http import NetworkRequest, deny_access, network_view
from collaboratory.networks.params import id_param
from collaboratory.networks.scoping import date_in
from collaboratory.periodic.selectors import worker_idle

# Marked for the catalog here, translated when the pack is drawn (in the viewer's language).
PRESENTER_DUTIES = (
    gettext_noop("A 5-7 minute presentation of the project and its asks."),
    gettext_noop("Slides uploaded or linked below, or none: talking is fine."),
    gettext_noop("Follow up with every member who makes a commitment."),
    gettext_noop("Share updates on the project, and feedback on the Rotating Credit Club."),
    gettext_noop("Keep attending later gatherings."),
)

PROPOSAL_FIELDS: list[str] = list(ProposalForm.Meta.fields)


def _proposal(request: NetworkRequest, proposal_id: int, perm: str) -> Proposal:
    proposal = get_object_or_404(
        Proposal.objects.select_related("gathering", "proposer"), pk=proposal_id
    )
    if not request.user.has_perm(perm, proposal):
        if request.user.has_perm("creditclub.view_proposal", proposal):
            deny_access(request, "not allowed on this proposal")
        raise Http404
    return proposal


def _gathering(request: NetworkRequest, gathering_id: int) -> Gathering:
    return get_object_or_404(Gathering, pk=gathering_id)


@network_view()
def call(request: NetworkRequest, network_slug: str) -> HttpResponse:
    """The call for proposals: open calls, my proposals, and whether I may propose."""
    network = request.network
    settings = creditclub_settings_for(network=network)
    now = timezone.now()
    calls = [
        (g, call_window(gathering=g, settings=settings))
        for g in gatherings_upcoming(network=network, limit=4)
    ]
    attended = gatherings_attended_count(user=request.user, network=network)
    eligible = settings.eligibility_rule == "any_member" or attended >= 1
    mine = list(proposals_of(user=request.user, network=network))
    mine_by_gathering = {p.gathering_id: p for p in mine}
    is_steward = request.user.has_perm("creditclub.review", network)
    # A network's first call: nobody has attended yet, so under the default rule nobody
    # could propose and the steward waited for proposals that could not come.
    nobody_eligible = (
        is_steward
        and bool(calls)
        and settings.eligibility_rule != "any_member"
        and not anyone_attended(network=network)
    )
    return render(
        request,
        "creditclub/call.html",
        {
            "calls": [(g, w, w.is_open(now), mine_by_gathering.get(g.pk)) for g, w in calls],
            "eligible": eligible,
            "eligibility_message": (
                services.eligibility_message(gathering=calls[0][0])
                if calls and not eligible
                else ""
            ),
            "mine": mine,
            "now": now,
            "is_steward": is_steward,
            "nobody_eligible": nobody_eligible,
            "slots": settings.presenter_slots,
        },
    )


def _ask_inputs(formset: Any) -> list[services.AskInput]:
    """The rows filled in, each with its row number: a problem with the second row, the
    first left empty, is "Ask 2" as the form's legend says, not "Ask 1"."""
    return [
        replace(a, row=row)
        for row, a in enumerate((f.to_input() for f in formset.forms), start=1)
        if a is not None
    ]


def _save(
    request: NetworkRequest, gathering: Gathering, proposal: Proposal | None
) -> tuple[Proposal | None, Any, Any]:
    form = ProposalForm(request.POST, instance=proposal)
    formset = ask_formset(data=request.POST, proposal=proposal)
    if not (form.is_valid() and formset.is_valid()):
        return None, form, formset
    try:
        saved = services.proposal_save(
            gathering=gathering,
            proposer=request.user,
            fields=form.cleaned_data,
            asks=_ask_inputs(formset),
            proposal=proposal,
        )
    except ValidationError as error:
        _attach_errors(form, error, formset)
        return None, form, formset
    return saved, form, formset


ASK_KEY = re.compile(r"ask_([0-9]+)")
IDS = re.compile(r"[0-9]{1,9}")


def _attach_errors(form: Any, error: ValidationError, formset: Any = None) -> None:
    """Each of the service's problems beside what it is about: a field's on the field, an
    ask's in that ask's fieldset (`ask_<row>`), the asks as a whole (`asks`) above them. On
    a phone the top of a long form is far from the ask it names."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error.messages)
        return
    for field, messages_ in error.message_dict.items():
        row = ASK_KEY.fullmatch(field)
        if formset is not None and row and 1 <= int(row[1]) <= len(formset.forms):
            ask = formset.forms[int(row[1]) - 1]
            ask.problems = [*getattr(ask, "problems", []), *messages_]
        elif formset is not None and field == "asks":
            formset.problems = [*getattr(formset, "problems", []), *messages_]
        else:
            form.add_error(field if field in form.fields else None, messages_)


@network_view()
def proposal_new(request: NetworkRequest, network_slug: str, gathering_id: int) -> HttpResponse:
    gathering = _gathering(request, gathering_id)
    existing = live_proposal_of(gathering=gathering, proposer=request.user)
    if request.method == "GET" and existing is not None:
        # A blank form here could only be refused on save: open the one they have.
        messages.info(request, _("You already have a proposal for this gathering: here it is."))
        return redirect("creditclub:proposal_edit", network_slug, existing.pk)
    try:
        services.ensure_can_propose(gathering=gathering, proposer=request.user)
    except ValidationError as error:
        if request.htmx:
            # An autosave while the call closed: the status line says so, not a whole page.
            form = ProposalForm(request.POST)
            form.is_valid()
            _attach_errors(form, error)
            return _autosave_status(request, form, None)
        return render(
            request, "creditclub/cannot_propose.html", {"gathering": gathering, "error": error}
        )
    if request.method == "POST":
        draft_id = id_param(request.POST.get("draft"), field=_("proposal"), required=False)
        if draft_id is not None:
            # This form's first autosave made the draft: save into it, not a second one.
            draft = _proposal(request, draft_id, "creditclub.edit_proposal")
            if draft.gathering_id != gathering.pk:
                raise Http404
            return _edit_post(request, draft)
        proposal, form, formset = _save(request, gathering, None)
        if proposal is None and not request.htmx:
            # Read again, not `existing`: a double tap's two posts can run at once, and the
            # other one may have made the draft after this one looked.
            mine = live_proposal_of(gathering=gathering, proposer=request.user)
            saved = _already_saved(request, mine) if mine is not None else None
            if saved is not None:
                return saved
        if request.htmx:
            return _autosave_status(request, form, proposal, created=proposal, formset=formset)
        if proposal is not None:
            messages.success(request, _("Draft saved. Keep going, or submit when it is ready."))
            return redirect("creditclub:proposal_edit", network_slug, proposal.pk)
    else:
        form, formset = ProposalForm(), ask_formset()
    return _render_form(request, gathering, None, form, formset)


def _already_saved(request: NetworkRequest, existing: Proposal) -> HttpResponse | None:
    """A double tap on "Save draft" without script: the first post made the draft, the
    second carries the same form, which holds no draft id. When what it says is what the
    draft holds, land on the draft as the first post would have; other text (a second
    blank form in another tab) is refused as before, its text kept on the page."""
    if existing.state != ProposalState.DRAFT:
        return None
    form = ProposalForm(request.POST)
    formset = ask_formset(data=request.POST)
    if not (form.is_valid() and formset.is_valid()):
        return None
    if not services.proposal_holds(
        proposal=existing, fields=form.cleaned_data, asks=_ask_inputs(formset)
    ):
        return None
    messages.success(request, _("Draft saved. Keep going, or submit when it is ready."))
    return redirect("creditclub:proposal_edit", request.network.slug, existing.pk)


def _problems(form: Any, formset: Any) -> list[str]:
    """Every problem of the form and its asks as one line each, for the status line: the
    asks' too (a refused ask's autosave said "Not saved:" and nothing more)."""
    lines = [*form.non_field_errors()]
    lines += [f"{field.label}: {e}" for field in form for e in field.errors]
    if formset is None:
        return lines
    lines += list(getattr(formset, "problems", []))
    is_bound = formset.is_bound
    for number, ask in enumerate(formset.forms, start=1):
        lines += list(getattr(ask, "problems", []))
        if is_bound:
            label = _("Ask %(n)s") % {"n": number}
            lines += [f"{label}: {field.label}: {e}" for field in ask for e in field.errors]
    return lines


def _autosave_status(
    request: NetworkRequest,
    form: Any,
    saved: Proposal | None,
    *,
    created: Proposal | None = None,
    formset: Any = None,
) -> HttpResponse:
    """What autosave redraws: the status line, which names each problem itself. A new
    proposal's first autosave also gives the page the draft's id (the form's `draft` field,
    out of band) and its edit address, so the next autosave, a save without script, a
    reload or a return all reach that draft instead of a blank form."""
    response = render(
        request,
        "creditclub/proposal_form.html#autosave-status",
        {
            "form": form,
            "problems": _problems(form, formset),
            "saved_at": timezone.now() if saved else None,
            "autosave": True,
            "created": created,
        },
    )
    if created is not None:
        replace_url(
            response,
            reverse("creditclub:proposal_edit", args=[request.network.slug, created.pk]),
        )
    return response


@network_view()
def proposal_edit(request: NetworkRequest, network_slug: str, proposal_id: int) -> HttpResponse:
    proposal = _proposal(request, proposal_id, "creditclub.edit_proposal")
    if request.method == "POST":
        return _edit_post(request, proposal)
    if proposal.state not in (ProposalState.DRAFT, ProposalState.SUBMITTED):
        messages.info(request, _("This proposal has been decided on and can no longer be edited."))
        return redirect("creditclub:proposal", network_slug, proposal.pk)
    if not _call_of(proposal.gathering).is_open(timezone.now()):
        # The form would take a member's typing and refuse every save: say so at once.
        return redirect("creditclub:proposal", network_slug, proposal.pk)
    form, formset = ProposalForm(instance=proposal), ask_formset(proposal=proposal)
    return _render_form(request, proposal.gathering, proposal, form, formset)


def _edit_post(request: NetworkRequest, proposal: Proposal) -> HttpResponse:
    """A saved proposal's form posted: an autosave, "Save draft" or "Submit". One decided
    meanwhile is no longer edited: an autosave says so on its status line (a redirect
    would have drawn the whole proposal page into it)."""
    if proposal.state not in (ProposalState.DRAFT, ProposalState.SUBMITTED):
        decided = _("This proposal has been decided on and can no longer be edited.")
        if request.htmx:
            form = ProposalForm(request.POST, instance=proposal)
            form.is_valid()
            form.add_error(None, decided)
            return _autosave_status(request, form, None)
        messages.info(request, decided)
        return redirect("creditclub:proposal", request.network.slug, proposal.pk)
    saved, form, formset = _save(request, proposal.gathering, proposal)
    if request.htmx:
        return _autosave_status(request, form, saved, formset=formset)
    if saved is not None:
        if "submit" in request.POST:
            return _submit(request, saved)
        messages.success(request, _("Draft saved."))
        return redirect("creditclub:proposal_edit", request.network.slug, saved.pk)
    return _render_form(request, proposal.gathering, proposal, form, formset)


def _call_of(gathering: Gathering) -> CallWindow:
    return call_window(
        gathering=gathering, settings=creditclub_settings_for(network=gathering.network)
    )


def _render_form(
    request: NetworkRequest,
    gathering: Gathering,
    proposal: Proposal | None,
    form: Any,
    formset: Any,
) -> HttpResponse:
    window = _call_of(gathering)
    return render(
        request,
        "creditclub/proposal_form.html",
        {
            "gathering": gathering,
            "proposal": proposal,
            "form": form,
            "formset": formset,
            "problems": _problems(form, formset),
            "window": window,
            "is_open": window.is_open(timezone.now()),
            "status": 400 if request.method == "POST" else 200,
        },
        status=400 if request.method == "POST" else 200,
    )


def _submit(request: NetworkRequest, proposal: Proposal) -> HttpResponse:
    try:
        services.proposal_submit(proposal=proposal, actor=request.user)
    except ValidationError as error:
        # Bound to what is stored, so the service's errors can be attached beside the fields
        # (an unbound form has no cleaned data to attach them to).
        form = ProposalForm(model_to_dict(proposal, PROPOSAL_FIELDS), instance=proposal)
        form.is_valid()
        # The stored asks, one row each, so an ask's problem lands in its own fieldset.
        formset = ask_formset(proposal=proposal)
        _attach_errors(form, error, formset)
        return _render_form(request, proposal.gathering, proposal, form, formset)
    messages.success(
        request,
        _("Submitted. You can edit it until the deadline; everyone hears the outcome together."),
    )
    return redirect("creditclub:proposal", proposal.network.slug, proposal.pk)


@network_view()
def proposal_detail(request: NetworkRequest, network_slug: str, proposal_id: int) -> HttpResponse:
    proposal = _proposal(request, proposal_id, "creditclub.view_proposal")
    is_proposer = proposal.proposer_id == request.user.pk
    is_steward = request.user.has_perm("creditclub.review", proposal.network)
    next_calls = []
    if (is_proposer or is_steward) and proposal.state == ProposalState.WAITLISTED:
        settings = creditclub_settings_for(network=proposal.network)
        now = timezone.now()
        next_calls = [
            g
            for g in gatherings_upcoming(network=proposal.network, limit=4)
            if g.starts_at > proposal.gathering.starts_at
            and call_window(gathering=g, settings=settings).is_open(now)
        ]
    # Where a waitlisted proposal went, for those who may see the new one; not while the new
    # one is reviewed anonymously, as this page names the proposer of both.
    carried_to = getattr(proposal, "carried_to", None)
    shown_carried_to = carried_to
    if carried_to is not None and (
        not request.user.has_perm("creditclub.view_proposal", carried_to)
        or proposer_hidden_from(proposal=carried_to, viewer=request.user)
    ):
        shown_carried_to = None
    # While the copy stands it holds the project's turn, and the service will not select
    # this one: the waitlist note says where the turn is instead of "if a slot opens".
    turn_in = None
    if carried_to is not None and carried_copies_standing().filter(pk=carried_to.pk).exists():
        turn_in = carried_to.gathering.title
    window = _call_of(proposal.gathering)
    return render(
        request,
        "creditclub/proposal_detail.html",
        {
            "proposal": proposal,
            "call": window,
            "call_open": window.is_open(timezone.now()),
            "asks": proposal.asks.all(),
            "is_proposer": is_proposer,
            "proposer_hidden": proposer_hidden_from(proposal=proposal, viewer=request.user),
            "minor_name_hidden": minor_name_hidden(
                proposal=proposal, viewer=request.user, steward=is_steward
            ),
            "next_calls": next_calls,
            "can_carry_over": carried_to is None,
            "carried_to": shown_carried_to,
            "turn_in": turn_in,
            "power_stages": [(v, label) for v, label in PowerStage.choices if v],
            "can_advance_power": is_steward,
            "is_steward": is_steward,
            # A waitlist means something until the gathering ends.
            "gathering_over": timezone.now() >= proposal.gathering.ends_at,
        },
    )


def _act(
    request: NetworkRequest, proposal: Proposal, action: Any, done: str, **kwargs: Any
) -> HttpResponse:
    try:
        action(proposal=proposal, actor=request.user, **kwargs)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, done)
    return redirect("creditclub:proposal", proposal.network.slug, proposal.pk)


@require_POST
@network_view()
def proposal_submit(request: NetworkRequest, network_slug: str, proposal_id: int) -> HttpResponse:
    proposal = _proposal(request, proposal_id, "creditclub.edit_proposal")
    return _submit(request, proposal)


@require_POST
@network_view()
def proposal_withdraw(request: NetworkRequest, network_slug: str, proposal_id: int) -> HttpResponse:
    proposal = _proposal(request, proposal_id, "creditclub.view_proposal")
    if not (
        proposal.proposer_id == request.user.pk
        or request.user.has_perm("creditclub.review", request.network)
    ):
        deny_access(request, "only the proposer or a steward can withdraw")
    if request.POST.get("confirm") != "yes":
        # Withdrawing is for good: a tap alone only opens the confirmation (the page's
        # `<details>`), whose button sends `confirm=yes`.
        messages.error(
            request, _("Nothing was changed: confirm with the button under “Withdraw…”.")
        )
        return redirect("creditclub:proposal", network_slug, proposal.pk)
    return _act(request, proposal, services.proposal_withdraw, _("The proposal is withdrawn."))


@require_POST
@network_view()
def proposal_carry_over(
    request: NetworkRequest, network_slug: str, proposal_id: int
) -> HttpResponse:
    """The proposer, or a steward they asked, carries a waitlisted proposal over."""
    proposal = _proposal(request, proposal_id, "creditclub.view_proposal")
    if not (
        proposal.proposer_id == request.user.pk
        or request.user.has_perm("creditclub.review", request.network)
    ):
        deny_access(request, "only the proposer or a steward can carry over")
    target = get_object_or_404(
        Gathering, pk=id_param(request.POST.get("gathering"), field=_("gathering"))
    )
    cleared = services.asks_past_their_date(proposal=proposal)
    try:
        carried = services.proposal_carry_over(
            proposal=proposal,
            to_gathering=target,
            actor=request.user,
        )
    except ValidationError as error:
        # A double tap's second press: the first carried it over to this gathering, so
        # this one lands where the first did instead of reading "already carried over".
        copy = carried_copy(proposal=proposal)
        if copy is not None and copy.gathering_id == target.pk:
            messages.success(
                request, _("Carried over to %(gathering)s.") % {"gathering": target.title}
            )
            return redirect("creditclub:proposal", network_slug, copy.pk)
        messages.error(request, " ".join(error.messages))
        return redirect("creditclub:proposal", network_slug, proposal.pk)
    done = _("Carried over to %(gathering)s.") % {"gathering": target.title}
    messages.success(
        request, " ".join(filter(None, [done, services.carried_over_dates_text(cleared)]))
    )
    return redirect("creditclub:proposal", network_slug, carried.pk)


@network_view()
def presenter_pack(request: NetworkRequest, network_slug: str, proposal_id: int) -> HttpResponse:
    proposal = _proposal(request, proposal_id, "creditclub.edit_proposal")
    if proposal.state not in (ProposalState.SELECTED, ProposalState.PRESENTED):
        raise Http404
    slides_errors: list[str] = []
    if request.method == "POST":
        try:
            services.presenter_pack_acknowledge(
                proposal=proposal,
                actor=request.user,
                slides_url=request.POST.get("slides_url", ""),
            )
        except ValidationError as error:
            # A refused link is said beside its field (kept there to correct), not at the
            # top of the page; anything else (no longer selected) is the page's message.
            problems = getattr(error, "error_dict", {})
            slides_errors = [m for e in problems.get("slides_url", []) for m in e.messages]
            if not slides_errors:
                messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Thank you: your presenter pack is acknowledged."))
            return redirect("creditclub:pack", network_slug, proposal.pk)
    # A fellow presenter who is a youth guest is "A youth member" to an adult presenter, as
    # on the project pages (`minor_name_hidden`).
    run = list(run_of_show(gathering=proposal.gathering))
    steward = request.user.has_perm("creditclub.review", request.network)
    for presenter in run:
        presenter.network = request.network  # the one in hand: no query per row
        presenter.name_hidden = minor_name_hidden(  # type: ignore[attr-defined]
            proposal=presenter, viewer=request.user, steward=steward
        )
    return render(
        request,
        "creditclub/pack.html",
        {
            "proposal": proposal,
            "duties": [_(d) for d in PRESENTER_DUTIES],
            "run": run,
            "slides_errors": slides_errors,
            # The pack's tense, and from the end nothing left to acknowledge.
            "begun": timezone.now() >= proposal.gathering.starts_at,
            "taken_place": timezone.now() >= proposal.gathering.ends_at,
        },
        status=400 if request.method == "POST" else 200,
    )


@network_view("creditclub.review")
def board(request: NetworkRequest, network_slug: str, gathering_id: int) -> HttpResponse:
    """The review board (`_board_page`)."""
    html, _placed = _board_page(request, gathering_id)
    if request.htmx:
        return HttpResponse(html)
    return render(request, "creditclub/board.html", {"page": html})


def _board_page(
    request: NetworkRequest,
    gathering_id: int,
    refused: tuple[Proposal, ReviewForm] | None = None,
    said: tuple[Proposal, list[str]] | None = None,
) -> tuple[str, bool]:
    """The board. Its cards are the same for every steward of the network, so they are
    rendered once per visibility class, filter and content version (networks.pagecache); a
    review or a staged decision renews the version (`review_save` calls `network_changed`,
    the decisions are audited). The one piece per steward, the review form's fields, fills
    a slot on each card: a steward who has not reviewed a proposal gets the blank fields
    kept with the part, one who has gets their own (read only when the part says they
    reviewed any), and a review just refused (`refused`: the proposal and its bound form)
    gets the form as posted, with its errors; a refused "Mark as presented" (`said`: the
    proposal and the service's messages) is said in its card's second slot. The gathering
    is read when the part is rendered: a part exists only for a gathering of this network
    (else 404)."""
    settings = creditclub_settings_for(network=request.network)
    state, never = _board_filter(request)
    htmx = bool(request.htmx)
    # The network's day is in the key: "Mark as presented…" shows from the gathering's first
    # day, a change no content version sees. One new rendering a day, not one a view.
    today = date_in(request.network, timezone.now())
    key = pagecache.shared_key(
        "review-board",
        request,
        gathering_id,
        state,
        never,
        htmx,
        settings.anonymized_review,
        settings.presenter_slots,
        today,
    )
    entry = pagecache.get_or_render(
        key,
        lambda: _board_part(
            request,
            _gathering(request, gathering_id),
            settings,
            state=state,
            never=never,
            htmx=htmx,
            today=today,
        ),
        # Until the call closes the announce form warns, and from the gathering's end it is
        # gone: the part ends with whichever comes next.
        fresh=pagecache.unexpired(timezone.now()),
        seconds=pagecache.SHARED_SECONDS,
    )
    staged: dict[str, str] = entry["staged"]
    fields = dict(entry["fields"])
    query = _filter_query(state, never)
    reviewed = [int(pk) for pk, ids in entry["reviewers"].items() if request.user.pk in ids]
    mine = reviews_of(reviewer=request.user, proposal_ids=reviewed) if reviewed else {}
    for proposal_id, review in mine.items():
        fields[str(proposal_id)] = _review_form(
            ReviewForm(
                instance=review,
                initial={"decision": staged[str(proposal_id)]},
                prefix=f"p{proposal_id}",
                decide=entry["decide"],
                decisions=entry["decisions"][str(proposal_id)],
            ),
            action=_review_action(request.network.slug, proposal_id, query),
        )
    # The steward's own proposal, while another steward can review it: the service refuses
    # their review (`own_proposal_refusal`), so the card says why instead of the form.
    own: dict[str, str] = {}
    for proposal_id, proposer_id in entry["proposers"].items():
        reason = services.own_proposal_refusal(
            proposer_id=proposer_id, steward=request.user, network=request.network
        )
        if reason:
            own[proposal_id] = reason
            fields[proposal_id] = _review_form(None, own=reason)
    # Whether the refused review's card is on the board (not withdrawn meanwhile, not
    # filtered out) to say its problems in.
    placed = refused is not None and str(refused[0].pk) in fields
    if refused is not None and placed:
        pk = str(refused[0].pk)
        fields[pk] = _review_form(
            refused[1],
            action=_review_action(request.network.slug, refused[0].pk, query),
            title=refused[0].title,
            own=own.get(pk, ""),
        )
    notes: dict[str, str] = {}
    if said is not None and str(said[0].pk) in fields:
        placed = True
        notes[str(said[0].pk)] = render_to_string(
            "creditclub/board.html#said",
            {"pk": said[0].pk, "title": said[0].title, "messages_said": said[1]},
        )
    html = pagecache.fill_slots(entry["html"], "review", fields)
    html = pagecache.with_csrf(request, pagecache.fill_slots(html, "said", notes))
    return html, placed


def _board_filter(request: NetworkRequest) -> tuple[str, bool]:
    """The board's filter from the query (the board's, or a review form's, which keeps it):
    a state, and "never presented"; anything else is no filter."""
    state = request.GET.get("state", "")
    if state not in ProposalState.values:
        state = ""
    return state, request.GET.get("never") == "1"


def _filter_query(state: str, never: bool) -> str:
    return urlencode({k: v for k, v in (("state", state), ("never", "1" if never else "")) if v})


def _review_form(
    form: ReviewForm | None, *, action: str = "", title: str = "", own: str = ""
) -> str:
    """One card's review form, a refused form's problems above its fields (`title` names
    it); on a steward's own proposal (`own`, the service's reason) no form: the reason, or
    the refusal saying it. The CSRF token is the placeholder the page fills."""
    return render_to_string(
        "creditclub/board.html#review-form",
        {
            "form": form,
            "action": action,
            "title": title,
            "own": own,
            "csrf_token": pagecache.csrf_placeholder(),
        },
    )


def _review_action(network_slug: str, proposal_id: int, query: str) -> str:
    """Where a card's review form posts: the board's filter kept, back at the card."""
    url = reverse("creditclub:review", args=[network_slug, proposal_id])
    return f"{url}{'?' + query if query else ''}#proposal-{proposal_id}"


def _board_part(
    request: NetworkRequest,
    gathering: Gathering,
    settings: CreditClubSettings,
    *,
    state: str,
    never: bool,
    htmx: bool,
    today: date,
) -> dict[str, Any]:
    """The board as every steward sees it, a slot where each card's review fields go, and
    the blank fields of each card (a steward's who has not reviewed it). "Mark as
    presented…" is offered from the gathering's first day on the network's calendar, as
    `proposal_mark_presented` allows: before it, the button only led to a refusal; and only
    where that service would mark it (`mark_presented_offered`). Each card offers the
    decisions `proposal_stage_decision` would stage (`decisions_offered`), and says why
    where it refuses "Select" (`selection_withheld`)."""
    proposals = list(
        review_board(
            gathering=gathering,
            state=state,
            never_presented=never,
            blind=settings.anonymized_review,
        )
    )
    for proposal in proposals:
        proposal.review_slot = pagecache.slot("review", proposal.pk)  # type: ignore[attr-defined]
        proposal.said_slot = pagecache.slot("said", proposal.pk)  # type: ignore[attr-defined]
        hidden = proposer_hidden(proposal=proposal, settings=settings)
        proposal.proposer_hidden = hidden  # type: ignore[attr-defined]
        # The service's own rule: no button it would refuse (a carried-over proposal had one).
        carried_to = proposal.carried_to_title  # type: ignore[attr-defined]
        proposal.offer_mark = services.mark_presented_offered(  # type: ignore[attr-defined]
            state=proposal.state, title=proposal.title, carried_to=carried_to
        )
        # The decisions `proposal_stage_decision` would stage, and in Select's place the
        # service's reason when it would refuse it (carried over: a later call holds the turn).
        proposal.decisions = services.decisions_offered(  # type: ignore[attr-defined]
            state=proposal.state, carried_to=carried_to
        )
        proposal.select_withheld = services.selection_withheld(  # type: ignore[attr-defined]
            state=proposal.state, carried_to=carried_to
        )
    # Each review form posts under the board's filter, back to its card.
    query = _filter_query(state, never)
    # An announcement before the call closes leaves out what is submitted after it; once
    # the gathering has ended there is nothing left to announce: the service's own reading.
    window = announce_window(gathering=gathering, now=timezone.now(), settings=settings)
    taken_place = window.taken_place
    tally = board_tally(gathering=gathering, slots=settings.presenter_slots)
    html = render_to_string(
        "creditclub/board.html#board-rows" if htmx else "creditclub/board.html#page",
        {
            "network": request.network,
            "gathering": gathering,
            "proposals": proposals,
            "tally": tally,
            # Over the slots the announcement is refused (`proposals_announce`): not offered.
            "slots_refused": services.slots_refusal(wanted=tally.filled, slots=tally.slots),
            "state": state,
            "never": never,
            "states": ProposalState.choices,
            "on_the_day": today >= date_in(request.network, gathering.starts_at),
            "call_open_until": window.call_open_until,
            "taken_place": taken_place,
            # Which decisions the announce form applies: a second press can tell it was done.
            "staged_ids": ",".join(str(pk) for pk in staged_ids(gathering=gathering)),
            "csrf_token": pagecache.csrf_placeholder(),
        },
    )
    return {
        "html": html,
        # The part changes when the call closes, and again when the gathering ends.
        "until": window.changes_at(gathering.ends_at),
        "staged": {str(p.pk): p.staged_decision for p in proposals},
        # Each card offers the decisions the service would stage (`ReviewForm`'s `decisions`).
        "decisions": {str(p.pk): p.decisions for p in proposals},  # type: ignore[attr-defined]
        # From the end no decision is staged (`proposal_stage_decision`), so none is offered.
        "decide": not taken_place,
        # Who has reviewed each card (never shown): only they read their own reviews.
        "reviewers": reviewers_by_proposal(proposal_ids=[p.pk for p in proposals]),
        # Who proposed each card (never shown): no form on a steward's own (`_board_page`).
        "proposers": {str(p.pk): p.proposer_id for p in proposals},
        "fields": {
            str(p.pk): _review_form(
                ReviewForm(
                    initial={"decision": p.staged_decision},
                    prefix=f"p{p.pk}",
                    decide=not taken_place,
                    decisions=p.decisions,  # type: ignore[attr-defined]
                ),
                action=_review_action(request.network.slug, p.pk, query),
            )
            for p in proposals
        },
    }


@require_POST
@network_view("creditclub.review")
def review(request: NetworkRequest, network_slug: str, proposal_id: int) -> HttpResponse:
    """Saved, back to this card under the filter the steward was using (on a phone the
    board is a long scroll). Refused, the board again (400) with this card's form as posted
    and its problems beside its fields; the form's action ends in the card's anchor, so the
    page opens there."""
    proposal = _proposal(request, proposal_id, "creditclub.view_proposal")
    # The board of an ended gathering sends no decision: the staged one stays (a missing
    # field is no "Not decided"). A board read before the end still sends one, and the
    # service refuses it.
    posted = f"p{proposal.pk}-decision" in request.POST
    form = ReviewForm(request.POST, prefix=f"p{proposal.pk}", decide=posted)
    if form.is_valid():
        data = form.cleaned_data
        try:
            services.review_submit(
                proposal=proposal,
                reviewer=request.user,
                scores={k: data[k] for k in Review.SCORE_FIELDS},
                note=data["note"],
                decision=data["decision"] if posted else proposal.staged_decision,
            )
        except ValidationError as error:
            form.add_error(None, error.messages)
    if form.errors:
        html, placed = _board_page(request, proposal.gathering_id, refused=(proposal, form))
        if not placed:
            # Its card has left the board (withdrawn meanwhile): said on top instead.
            problems = [*form.non_field_errors()] + [
                f"{field.label}: {m}" for field in form for m in field.errors
            ]
            messages.error(
                request,
                " ".join(
                    [_("The review of “%(t)s” was not saved:") % {"t": proposal.title}, *problems]
                ),
            )
        return render(request, "creditclub/board.html", {"page": html}, status=400)
    messages.success(request, _("Review saved for “%(t)s”.") % {"t": proposal.title})
    query = _filter_query(*_board_filter(request))
    board = reverse("creditclub:board", args=[network_slug, proposal.gathering_id])
    return redirect(f"{board}{'?' + query if query else ''}#proposal-{proposal.pk}")


@require_POST
@network_view("creditclub.review")
def announce(request: NetworkRequest, network_slug: str, gathering_id: int) -> HttpResponse:
    """Asked twice (`confirm=yes`), and while the call is still open a third time
    (`early=yes`, which `proposals_announce` requires): proposals may still come in until
    the deadline."""
    gathering = _gathering(request, gathering_id)
    if request.POST.get("confirm") != "yes":
        messages.error(
            request, _("Nothing was announced: confirm with the button under “Announce…”.")
        )
        return redirect("creditclub:board", network_slug, gathering.pk)
    try:
        # The service holds the rules (a gathering that has ended, the call still open):
        # the ticked box only says the steward asked to announce early.
        announced = services.proposals_announce(
            gathering=gathering, actor=request.user, early=request.POST.get("early") == "yes"
        )
    except ValidationError as error:
        # A double tap's second post (or a second steward's) finds nothing staged: the
        # decisions its form listed were announced, once. Said so, not "nothing staged".
        asked = _ids(request.POST.get("staged", ""))
        if announced_already(gathering=gathering, proposal_ids=asked):
            messages.info(
                request,
                _(
                    "These decisions were already announced; each proposer is emailed the "
                    "outcome once."
                ),
            )
        else:
            messages.error(request, " ".join(error.messages))
    else:
        _say_announced(request, len(announced))
    return redirect("creditclub:board", network_slug, gathering.pk)


def _say_announced(request: NetworkRequest, count: int) -> None:
    """The outcome emails are the worker's tasks: with none running lately, "being emailed"
    was untrue (as the gathering's announcement found)."""
    if worker_idle(now=timezone.now()):
        messages.success(
            request,
            ngettext(
                "Announced %(n)d decision. Its outcome email is waiting for the background "
                "worker, which has not run lately: ask whoever runs Collaboratory to start it.",
                "Announced %(n)d decisions. Their outcome emails are waiting for the background "
                "worker, which has not run lately: ask whoever runs Collaboratory to start it.",
                count,
            )
            % {"n": count},
        )
    else:
        messages.success(
            request,
            ngettext(
                "Announced %(n)d decision; its proposer is being emailed the outcome.",
                "Announced %(n)d decisions; each of those proposers is being emailed the outcome.",
                count,
            )
            % {"n": count},
        )


def _ids(text: str) -> list[int]:
    """The announce form's list of proposal ids ("3,7"); anything else is no list (it only
    chooses which message a refusal gets)."""
    parts = text.split(",") if text else []
    # ASCII digits only: "²" is a digit to `isdigit` and no number to `int`.
    return [int(p) for p in parts] if all(IDS.fullmatch(p) for p in parts) else []


@network_view("creditclub.review")
def run_of_show_view(request: NetworkRequest, network_slug: str, gathering_id: int) -> HttpResponse:
    gathering = _gathering(request, gathering_id)
    if request.method == "POST":
        # The move is made on the order as it stands, under the lock (`run_of_show_move`):
        # not on this page's copy, which another steward may have changed since.
        moved = id_param(request.POST.get("proposal"), field=_("proposal"), required=False)
        try:
            services.run_of_show_move(
                gathering=gathering,
                proposal_id=moved,
                # As posted: anything but "up" or "down" is refused, not read as "down".
                direction=request.POST.get("direction", ""),
                actor=request.user,
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect("creditclub:run_of_show", network_slug, gathering.pk)
    return _run_page(request, gathering)


def _run_page(
    request: NetworkRequest,
    gathering: Gathering,
    said: tuple[Proposal, list[str]] | None = None,
) -> HttpResponse:
    """The run of show; a refused "Mark as presented" (`said`) beside its presenter, 400.
    Who has not acknowledged the pack shows here; marking presented is offered from the
    gathering's day on (the network's calendar), when the steward is in the room."""
    run = list(run_of_show(gathering=gathering))
    for p in run:
        # Selected or presented: never waitlisted, so no carried-over copy to look up.
        p.offer_mark = services.mark_presented_offered(  # type: ignore[attr-defined]
            state=p.state, title=p.title, carried_to=None
        )
    today = date_in(request.network, timezone.now())
    return render(
        request,
        "creditclub/run_of_show.html",
        {
            "gathering": gathering,
            "run": run,
            "on_the_day": today >= date_in(request.network, gathering.starts_at),
            "back": "run",
            "said_pk": said[0].pk if said else None,
            "said": said[1] if said else [],
        },
        status=400 if said else 200,
    )


@require_POST
@network_view("creditclub.review")
def mark_presented(request: NetworkRequest, network_slug: str, proposal_id: int) -> HttpResponse:
    """Asked twice, as announcing is: the press opens a confirmation (`<details>`, no script
    needed) whose button sends `confirm=yes`; a mis-tap alone changes nothing. Pressed
    again, it stays presented (the service is idempotent). Back to where it was pressed:
    the run of show, or the proposal's card on the board. Refused, that page again (400)
    with the reason beside the presenter or in the card (it was a message at the top of a
    long board); a proposal no longer on that page has it said at the top."""
    proposal = _proposal(request, proposal_id, "creditclub.view_proposal")
    from_run = request.POST.get("back") == "run"
    if from_run:
        back = reverse("creditclub:run_of_show", args=[network_slug, proposal.gathering_id])
    else:
        board = reverse("creditclub:board", args=[network_slug, proposal.gathering_id])
        back = f"{board}#proposal-{proposal.pk}"
    if request.POST.get("confirm") != "yes":
        messages.error(
            request,
            _("Nothing was changed: confirm with the button under “Mark as presented…”."),
        )
        return redirect(back)
    try:
        services.proposal_mark_presented(proposal=proposal, actor=request.user)
    except ValidationError as error:
        said = (proposal, error.messages)
        if from_run:
            if proposal.pk in {p.pk for p in run_of_show(gathering=proposal.gathering)}:
                return _run_page(request, proposal.gathering, said=said)
        else:
            html, placed = _board_page(request, proposal.gathering_id, said=said)
            if placed:
                return render(request, "creditclub/board.html", {"page": html}, status=400)
        messages.error(request, " ".join(error.messages))
        return redirect(back)
    messages.success(request, _("“%(t)s” is marked as presented.") % {"t": proposal.title})
    return redirect(back)


@require_POST
@network_view("creditclub.review")
def power_advance(request: NetworkRequest, network_slug: str, proposal_id: int) -> HttpResponse:
    proposal = _proposal(request, proposal_id, "creditclub.view_proposal")
    return _act(request, proposal, services.power_project_advance, _("The Power Project moved on."))


@network_view("creditclub.review")
def settings_view(request: NetworkRequest, network_slug: str) -> HttpResponse:
    """The network's Credit Club rules (slots, who may propose, the call's deadline, blind
    review): there was no page for them, so blind review could not be turned on."""
    current = creditclub_settings_for(network=request.network)
    form = SettingsForm(request.POST or None, instance=current)
    if request.method == "POST" and form.is_valid():
        try:
            services.creditclub_settings_update(
                network=request.network, actor=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            _attach_errors(form, error)
        else:
            messages.success(request, _("Credit Club settings saved."))
            return redirect("creditclub:settings", network_slug=network_slug)
    status = 400 if request.method == "POST" else 200
    return render(request, "creditclub/settings.html", {"form": form}, status=status)


@network_view()
def projects(request: NetworkRequest, network_slug: str) -> HttpResponse:
    network = request.network
    projects = list(presented_projects(network=network).prefetch_related("asks"))
    steward = request.user.has_perm("creditclub.review", network)
    for project in projects:
        project.network = network  # the one in hand: no query per card
        project.name_hidden = minor_name_hidden(  # type: ignore[attr-defined]
            proposal=project, viewer=request.user, steward=steward
        )
    return render(request, "creditclub/projects.html", {"projects": projects})
