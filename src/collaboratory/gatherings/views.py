"""Gathering pages. Network routes run inside the network's scope (see networks.middleware);
the public routes are in public_views."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import cast
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.forms import Form
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from collaboratory.audit.services import audit_record
from collaboratory.csvfile import csv_text
from collaboratory.gatherings import services
from collaboratory.gatherings.forms import (
    GatheringEditForm,
    GatheringForm,
    PassAddressForm,
    RsvpForm,
    SettingsForm,
    StipendForm,
    SubstituteForm,
    apply_errors,
    pass_address_form,
)
from collaboratory.gatherings.ical import calendar_bytes
from collaboratory.gatherings.models import (
    PART_DEFAULTS,
    DecisionStatus,
    Gathering,
    GatheringPart,
    Rsvp,
    RsvpStatus,
    StipendRequest,
    Substitution,
)
from collaboratory.gatherings.selectors import (
    CheckInCode,
    PresenterCall,
    answered_anything,
    attendance_recorded,
    calendar_answers,
    calendar_feed_active,
    check_in_code_day,
    check_in_code_to_show,
    check_in_day,
    checked_in_anywhere,
    checked_in_part,
    door_members,
    gathering_attendees,
    gathering_rsvp_counts,
    gathering_rsvps,
    gathering_seats_and_passes,
    gathering_seats_taken,
    gathering_settings_for,
    gathering_stipends,
    gathering_substitutions,
    gatherings_for_list,
    host_gatherings_for_youth,
    may_have_tie,
    own_projects,
    part_checked_in,
    part_open_among,
    part_open_for_check_in,
    pass_holders,
    person_checked_in,
    presenter_call,
    propose_step,
    rsvp_of,
    rsvps_by_gathering,
    rsvps_open,
    stipend_of,
    substitute_pass_naming,
    substitute_tie,
    substitute_ties,
    substitutes_approved,
    substitution_of,
    waitlist_position,
)
from collaboratory.gatherings.selectors_notices import announcement_unsent_count
from collaboratory.networks import pagecache
from collaboratory.networks.guests import is_guest
from collaboratory.networks.http import (
    NetworkRequest,
    deny_access,
    network_view,
    page_url,
    require_perm,
)
from collaboratory.networks.models import Network
from collaboratory.networks.params import id_param
from collaboratory.networks.scoping import date_in
from collaboratory.periodic.selectors import worker_idle
from collaboratory.plaintext import search_text
from collaboratory.qr import qr_svg_response


def _gathering(request: NetworkRequest, pk: int) -> Gathering:
    return get_object_or_404(
        Gathering.objects.select_related("network", "host_organization").prefetch_related("parts"),
        pk=pk,
        network=request.network,
    )


def _steward_gathering(request: NetworkRequest, pk: int) -> Gathering:
    gathering = _gathering(request, pk)
    require_perm(request, "gatherings.manage_gathering", gathering)
    return gathering


def _check_in_gathering(request: NetworkRequest, pk: int) -> Gathering:
    """For the people who run check-in (stewards and facilitators): they see the day's code."""
    gathering = _gathering(request, pk)
    require_perm(request, "gatherings.run_check_in", gathering)
    return gathering


def _short_link(request: NetworkRequest, code: CheckInCode) -> str:
    return page_url(request, reverse("gatherings_public:short", kwargs={"code": code.code}))


def _end_of_day(day: date | None, network: Network) -> datetime | None:
    if day is None:
        return None
    return datetime.combine(day, time(23, 59), tzinfo=ZoneInfo(network.time_zone))


@network_view()
def gathering_list(request: NetworkRequest, network_slug: str) -> HttpResponse:
    """The network's gatherings. The list is the same for everyone of one visibility class
    (a steward's carries the steward's buttons), so it is rendered once per class and list
    version and shared (networks/pagecache.py); the viewer's own RSVP badges, read on every
    request, fill the slots left beside the gatherings to come."""
    network = request.network
    user = request.user
    can_manage = request.user.has_perm("gatherings.manage_gathering", network)
    # The token first, the data after: see networks/pagecache.py.
    version = gathering_settings_for(network=network).version
    now = timezone.now()

    def render_body() -> dict[str, object]:
        rows = list(gatherings_for_list(network=network))
        upcoming = sorted((g for g in rows if g.ends_at >= now), key=lambda g: g.starts_at)
        past = [g for g in rows if g.ends_at < now]
        for g in upcoming:
            g.rsvp_slot = pagecache.slot("rsvp", g.pk)  # type: ignore[attr-defined]
        html = render_to_string(
            "gatherings/list.html#body",
            {
                "network": network,
                "upcoming": upcoming,
                "past": past,
                "can_manage": can_manage,
                "host_slot": pagecache.slot("host", 0),
            },
        )
        # The soonest upcoming gathering moves to the past list once it ends.
        return {
            "html": html,
            # Who the passes tie, as keys (no address): most viewers need no query for it.
            "pass_holders": pass_holders(
                gathering_ids=[g.pk for g in upcoming if g.passes_standing]  # type: ignore[attr-defined]
            ),
            "upcoming": [g.pk for g in upcoming],
            "until": min((g.ends_at for g in upcoming), default=None),
        }

    viewer_class = pagecache.viewer_class(user, request.membership)
    entry = pagecache.get_or_render(
        pagecache.cache_key("list", network.pk, network.slug, version, viewer_class, can_manage),
        render_body,
        fresh=lambda entry: entry["until"] is None or now <= entry["until"],
    )
    upcoming = cast(list[int], entry["upcoming"])
    mine = rsvps_by_gathering(user=user, gathering_ids=upcoming)
    # A substitute sent for a free seat leaves no RSVP, nor does coming as one: the badge
    # said "You have not answered".
    # Asked only where a pass ties this viewer (`pass_holders`): no query for most.
    holders = cast(dict[int, list[str]] | None, entry.get("pass_holders"))
    ties = substitute_ties(
        user=user,
        gathering_ids=upcoming  # an entry kept from before the holders were: ask
        if holders is None
        else [pk for pk in upcoming if may_have_tie(holders.get(pk, []), user)],
    )
    badges = {
        str(pk): render_to_string(
            "gatherings/list.html#badge", {"rsvp": mine.get(pk), "tie": ties.get(pk)}
        )
        for pk in upcoming
    }
    html = pagecache.fill_slots(cast(str, entry["html"]), "rsvp", badges)
    # A youth member's way to the host network's gatherings they take part in (their own
    # piece: the host's list changes apart from this network's version token).
    hosted = host_gatherings_for_youth(network=network, membership=request.membership)
    host = render_to_string("gatherings/list.html#host", {"hosted": hosted}) if hosted else ""
    html = pagecache.fill_slots(html, "host", {"0": host})
    return render(request, "gatherings/list.html", {"body": mark_safe(html)})  # noqa: S308


@network_view("gatherings.manage_gathering")
def gathering_new(request: NetworkRequest, network_slug: str) -> HttpResponse:
    network = request.network
    options = gathering_settings_for(network=network)
    form = GatheringForm(request.POST or None, initial={"capacity": options.default_capacity})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            gathering = services.gathering_create(
                network=network,
                title=data["title"],
                format=data["format"],
                parts=services.gathering_parts_from_template(
                    network=network, format=data["format"], first_day=data["first_day"]
                ),
                city=data["city"],
                venue=data["venue"],
                address=data["address"],
                video_link=data["video_link"],
                capacity=data["capacity"],
                rsvp_deadline=_end_of_day(data["rsvp_deadline"], network),
                proposal_deadline=_end_of_day(data["proposal_deadline"], network),
                youth_take_part=data["youth_take_part"],
                stipend_budget=data["stipend_budget"],
                actor=request.user,
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("The gathering is created. Announce it when ready."))
            return redirect("gatherings:manage", network_slug=network.slug, pk=gathering.pk)
    return render(request, "gatherings/new.html", {"form": form})


@network_view("gatherings.manage_gathering")
def gathering_settings(request: NetworkRequest, network_slug: str) -> HttpResponse:
    network = request.network
    options = gathering_settings_for(network=network)
    template_text = "\n".join(
        f"{p['day']} | {p['start']} | {p['end']} | {PART_DEFAULTS.text(str(p['title']))}"
        for p in options.part_template
    )
    form = SettingsForm(
        request.POST or None,
        initial={
            "part_template": template_text,
            "default_capacity": options.default_capacity,
            "rsvp_reminder_days": options.rsvp_reminder_days,
            "gathering_reminder_days": options.gathering_reminder_days,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.gathering_settings_update(
                network=network, actor=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("Gathering settings saved."))
            return redirect("gatherings:settings", network_slug=network_slug)
    return render(request, "gatherings/settings.html", {"form": form})


def _parts_and_agenda(
    parts_text: str, agenda_text: str, zone: ZoneInfo
) -> tuple[list[tuple[str, datetime, datetime]], list[tuple[datetime, str, str]]]:
    """Both textareas parsed, or one ValidationError naming the bad lines of both: a bad
    part line kept the agenda's problems for the next save."""
    problems: dict[str, list[str]] = {}
    parts: list[tuple[str, datetime, datetime]] = []
    try:
        parts = services.parts_parse(parts_text, zone=zone)
    except ValidationError as error:
        problems.update(error.message_dict)
    # The agenda keeps to the days of the parts as saved with it (checked once they parse).
    local = [moment.astimezone(zone).date() for _t, *moments in parts for moment in moments]
    days = (min(local), max(local)) if local else None
    try:
        agenda = services.agenda_parse(agenda_text, zone=zone, days=days)
    except ValidationError as error:
        problems.update(error.message_dict)
    if problems:
        raise ValidationError(problems)
    return parts, agenda


@network_view()
def gathering_edit(request: NetworkRequest, network_slug: str, pk: int) -> HttpResponse:
    gathering = _steward_gathering(request, pk)
    network = gathering.network
    zone = ZoneInfo(network.time_zone)
    agenda_text = "\n".join(
        # The kind by its name in the steward's language, as they may write it (agenda_kind).
        f"{item.starts_at.astimezone(zone):%Y-%m-%d %H:%M} | {item.get_kind_display()} | "
        f"{item.label}"
        for item in gathering.agenda.all()
    )

    def local_day(value: datetime | None) -> date | None:
        return value.astimezone(zone).date() if value else None

    form = GatheringEditForm(
        request.POST or None,
        initial={
            "venue": gathering.venue,
            "address": gathering.address,
            "video_link": gathering.video_link,
            "capacity": gathering.capacity,
            "rsvp_deadline": local_day(gathering.rsvp_deadline),
            "proposal_deadline": local_day(gathering.proposal_deadline),
            "stipend_budget": gathering.stipend_budget,
            "youth_take_part": gathering.youth_take_part,
            "agenda": agenda_text,
            "parts": "\n".join(
                f"{p.starts_at.astimezone(zone):%Y-%m-%d %H:%M} | "
                f"{p.ends_at.astimezone(zone):%H:%M} | {p.label}"
                for p in gathering.parts.all()
            ),
        },
    )
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            parts, agenda = _parts_and_agenda(data.pop("parts"), data.pop("agenda"), zone)
            data["rsvp_deadline"] = _end_of_day(data["rsvp_deadline"], network)
            data["proposal_deadline"] = _end_of_day(data["proposal_deadline"], network)
            services.gathering_update(
                gathering=gathering, actor=request.user, agenda=agenda, parts=parts, **data
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("The gathering is updated."))
            return redirect("gatherings:manage", network_slug=network_slug, pk=pk)
    return render(request, "gatherings/edit.html", {"gathering": gathering, "form": form})


@network_view()
def gathering_detail(request: NetworkRequest, network_slug: str, pk: int) -> HttpResponse:
    gathering = get_object_or_404(
        Gathering.objects.select_related("host_organization"),
        pk=pk,
        network=request.network,
    )
    gathering.network = request.network
    if request.method != "POST":
        return _detail_page(request, gathering)
    user = request.user
    rsvp = rsvp_of(gathering=gathering, user=user)
    action = request.POST.get("action")
    if is_guest(request.membership) and action != "rsvp":
        deny_access(request, "a youth guest answers the RSVP only")
    call = presenter_call(gathering)
    rsvp_form = RsvpForm(
        request.POST if action == "rsvp" else None,
        initial=_rsvp_initial(rsvp),
        presenting=call is not None and call.is_open(timezone.now()),
    )
    stipend_form = StipendForm(request.POST if action == "stipend" else None, prefix="stipend")
    substitute_form = SubstituteForm(request.POST if action == "substitute" else None)
    done = None
    if action == "rsvp" and rsvp_form.is_valid():
        try:
            # Once the call for presenters is over the form no longer asks: the answer stays.
            kept = {"wants_to_present": rsvp.wants_to_present if rsvp else False}
            rsvp = services.rsvp_submit(
                gathering=gathering, user=user, **{**kept, **rsvp_form.cleaned_data}
            )
            done_messages: dict[str, str] = {
                RsvpStatus.CONFIRMED: _("You are confirmed. See you there!"),
                RsvpStatus.WAITLISTED: _(
                    "The gathering is full: you are on the waitlist and will get an email "
                    "if a seat opens."
                ),
            }
            done = done_messages.get(rsvp.status, _("Your answer is saved."))
        except ValidationError as error:
            apply_errors(rsvp_form, error)
    elif action == "stipend" and stipend_form.is_valid():
        try:
            services.stipend_request_submit(
                gathering=gathering, user=user, **stipend_form.cleaned_data
            )
            done = _("Your stipend request is with the stewards.")
        except ValidationError as error:
            apply_errors(stipend_form, error)
    elif action == "substitute" and substitute_form.is_valid():
        data = substitute_form.cleaned_data
        try:
            services.substitution_request(
                gathering=gathering,
                member=user,
                name=data["sub_name"],
                email=data["sub_email"],
                reason=data["sub_reason"],
            )
            done = _("Your substitute request is with the stewards.")
        except ValidationError as error:
            apply_errors(substitute_form, error)
    if done is not None:
        messages.success(request, done)
        # The forms post to their own section ("#stipend"), so a refusal opens beside the
        # field on a phone, not at the top of a long page; the answer is said at the top of
        # <main>, where the message is (without a fragment of its own the redirect kept the
        # form's, below the message).
        url = reverse(
            "gatherings:detail", kwargs={"network_slug": network_slug, "pk": gathering.pk}
        )
        return redirect(url + "#main")
    forms = {
        "rsvp_form": rsvp_form,
        "stipend_form": stipend_form,
        "substitute_form": substitute_form,
    }
    return _detail_page(request, gathering, forms=forms)


def _rsvp_initial(rsvp: Rsvp | None) -> dict[str, object]:
    if rsvp is None:
        return {}
    return {
        "answer": {
            RsvpStatus.CONFIRMED: "yes",
            RsvpStatus.WAITLISTED: "yes",
            RsvpStatus.MAYBE: "maybe",
        }.get(RsvpStatus(rsvp.status), "no"),
        "both_parts": rsvp.both_parts,
        "wants_to_present": rsvp.wants_to_present,
        "dietary_needs": rsvp.dietary_needs,
        "access_needs": rsvp.access_needs,
    }


def _stipend_initial(stipend: StipendRequest | None) -> dict[str, object]:
    if stipend is None or stipend.status != DecisionStatus.PENDING:
        return {}
    return {"amount": stipend.amount, "reason": stipend.reason, "no_institutional_support": True}


def _detail_page(
    request: NetworkRequest, gathering: Gathering, forms: dict[str, Form] | None = None
) -> HttpResponse:
    """The gathering page. Below the heading, two parts rendered once and then served from
    the cache (networks/pagecache.py), both under the gathering's version token: the
    details (when and where, seats, agenda), shared by everyone of one visibility class;
    and the viewer's own part (RSVP, stipend and substitute forms), shared by everyone of
    the class who has answered nothing here yet (one query tells), else kept per viewer;
    both keys say whether the viewer is checked in to the part under way, since one checked
    in without an RSVP is asked nothing there. Forms sent back with errors are rendered
    afresh and not cached. The heading, the steward links and the check-in notice are
    rendered on every request. Members get no check-in code or link here: the code reaches
    them only in the room (the QR code, or a steward at the door)."""
    user = request.user
    guest = is_guest(request.membership)
    now = timezone.now()
    is_open = rsvps_open(gathering, now)
    # `substitution_request` refuses once the gathering has started: no form from then on.
    started = now >= gathering.starts_at
    viewer_class = pagecache.viewer_class(user, request.membership)

    def render_details() -> dict[str, object]:
        parts = list(gathering.parts.all())
        seats_taken, passes = gathering_seats_and_passes(gathering=gathering)
        context: dict[str, object] = {
            "network": gathering.network,
            "gathering": gathering,
            "parts": parts,
            "agenda": list(gathering.agenda.all()),
            "seats_taken": seats_taken,
        }
        return {
            # Who the passes tie, as keys (no address): most viewers need no query for it.
            "pass_holders": (
                pass_holders(gathering_ids=[gathering.pk]).get(gathering.pk, []) if passes else []
            ),
            "parts": parts,
            # Its dates are kept with the details; whether it is open is asked per request.
            "call": presenter_call(gathering),
            # Whether a seat is free, for the substitute form: kept under the version, which
            # every change of the seats renews.
            "full": gathering.capacity is not None and seats_taken >= gathering.capacity,
            "html": render_to_string("gatherings/detail.html#details", context),
        }

    version = gathering.version
    slug = gathering.network.slug
    details = pagecache.get_or_render(
        pagecache.cache_key("details", gathering.pk, slug, version, viewer_class),
        render_details,
        # Entries stored before the call, or whether it is full, were kept: render afresh.
        fresh=lambda entry: "call" in entry and "full" in entry,
    )

    call = cast(PresenterCall | None, details["call"])
    call_open = call is not None and call.is_open(now)
    # Said instead, while not open: when it opens, or when it closed.
    call_upcoming = (
        call is not None and not call_open and call.opens_at is not None and now < call.opens_at
    )

    # Whether a standing pass was sent by or names the viewer, from the details' keys (an
    # entry kept from before they were: ask). Most viewers: no query for it.
    holders = cast(list[str] | None, details.get("pass_holders"))
    tied = holders is None or may_have_tie(holders, user)

    # Per request, only while check-in is open (one query): after checking in, the page told
    # them to check in at the door again. Asked before their own part, which it keys: one
    # checked in without an RSVP was asked "Will you come?" there, and "Answer yes first".
    check_in_part = part_open_among(cast(list[GatheringPart], details["parts"]), now=now)
    checked_in = (
        check_in_part is not None
        and checked_in_part(gathering=gathering, user=user, now=now) is not None
    )
    # Checked in at the door before the window (the door list opens on the first day): no
    # part is open, yet `substitution_request` refuses them. Asked only then (one query), so
    # the substitute form is offered exactly when the service takes it.
    in_ledger = checked_in or (
        check_in_part is None
        and not started
        and date_in(gathering.network, now) >= date_in(gathering.network, gathering.starts_at)
        and checked_in_anywhere(gathering=gathering, user=user)
    )
    # Nothing written marks the end, so asked per request (one query, for a gathering over
    # only): whatever they answered, "Your answer: Maybe" or "Coming" was read ever after.
    # What they read follows the ledger, or the pass naming them as another's substitute
    # (their one record of coming); the answer stays stored.
    over = gathering.ends_at <= now
    came = over and person_checked_in(gathering=gathering, user=user)

    def render_mine(answered: bool) -> dict[str, object]:
        rsvp = rsvp_of(gathering=gathering, user=user) if answered else None
        stipend = stipend_of(gathering=gathering, user=user) if answered else None
        substitution = substitution_of(gathering=gathering, member=user) if answered else None
        # Closed by their check-in: say why, not "Denied" as if a steward had turned it
        # down (and a steward's denial stays one when they come after all).
        substitution_closed = (
            substitution is not None
            and substitution.status == DecisionStatus.DENIED
            and substitution.closed_by == Substitution.ClosedBy.CHECK_IN
        )
        context: dict[str, object] = {
            "rsvp_form": RsvpForm(initial=_rsvp_initial(rsvp), presenting=call_open),
            # A request waiting is shown to be changed: the empty form under "You asked
            # for ..." read as if it had not been sent, and was sent again.
            "stipend_form": StipendForm(prefix="stipend", initial=_stipend_initial(stipend)),
            "substitute_form": SubstituteForm(),
            # Shown while the pass email is not delivered (`_pass_undelivered.html`).
            "pass_form": pass_address_form(substitution.pk) if substitution else None,
            **(forms or {}),
            "network": gathering.network,
            "gathering": gathering,
            "rsvp": rsvp,
            "waitlist_position": waitlist_position(rsvp=rsvp),
            "stipend": stipend,
            "substitution": substitution,
            "substitution_closed": substitution_closed,
            "tie": substitute_tie(gathering=gathering, user=user) if answered and tied else None,
            "open": is_open,
            "started": started,
            # Without a seat of their own, a substitute needs a free one
            # (`substitution_request` refuses otherwise): no form, its refusal instead.
            "full": details["full"],
            "multi_part": len(cast(list[GatheringPart], details["parts"])) > 1,
            "guest": guest,
            "call": call,
            "call_open": call_open,
            "call_upcoming": call_upcoming,
            "csrf_token": pagecache.csrf_placeholder(),
            "checked_in": checked_in,
            "in_ledger": in_ledger,
            "over": over,
            "came": came,
        }
        return {
            "html": render_to_string("gatherings/detail.html#mine", context),
            # Whether to lead them on to proposing (asked per request, outside the parts: a
            # proposal made since writes no gathering version).
            "presenting": rsvp is not None
            and rsvp.wants_to_present
            and rsvp.status != RsvpStatus.DECLINED,
        }

    if forms is not None:
        mine = render_mine(answered=True)
    elif answered_anything(gathering=gathering, user=user):
        key = pagecache.cache_key(
            "mine",
            gathering.pk,
            slug,
            version,
            user.pk,
            is_open,
            started,
            call_open,
            call_upcoming,
            checked_in,
            in_ledger,
            over,
            came,
        )
        mine = pagecache.get_or_render(key, lambda: render_mine(True), fresh=lambda entry: True)
    else:
        key = pagecache.cache_key(
            "blank",
            gathering.pk,
            slug,
            version,
            viewer_class,
            is_open,
            started,
            call_open,
            call_upcoming,
            checked_in,
            in_ledger,
            over,
            came,
        )
        mine = pagecache.get_or_render(key, lambda: render_mine(False), fresh=lambda entry: True)
    body = cast(str, details["html"]) + cast(str, mine["html"])
    # Per request, only while check-in is open (one query): a member whose substitute holds
    # the seat was sent to the door to check in, which refuses them.
    tie = (
        substitute_tie(gathering=gathering, user=user)
        if check_in_part is not None and tied
        else None
    )
    # Named as another's substitute: checked in on that pass (once), not in the ledger.
    named = (
        substitute_pass_naming(gathering=gathering, user=user) if tie and tie.standing_for else None
    )
    named_in = named if named is not None and named.checked_in_at else None
    # Ticked "I would like to present" (kept in their own part, so no query for anyone
    # else): while the call is open, the way to propose, or why they cannot yet.
    step = (
        propose_step(gathering, user)
        if call_open and not guest and mine.get("presenting", False)
        else None
    )
    return render(
        request,
        "gatherings/detail.html",
        {
            "gathering": gathering,
            "body": pagecache.with_csrf(request, body),
            "check_in_open": check_in_part,
            "checked_in": checked_in,
            "stand_in": tie.stand_in if tie else "",
            "named_in": named_in,
            "can_manage": request.user.has_perm("gatherings.manage_gathering", gathering),
            "runs_check_in": request.user.has_perm("gatherings.run_check_in", gathering),
            "guest": guest,
            # A guest's own Power Project here: the host's navigation is not theirs.
            "own_projects": own_projects(gathering, user.pk) if guest else [],
            "call": call,
            "call_open": call_open,
            "call_upcoming": call_upcoming,
            # Asked per request, outside the cached parts: nothing is written when a
            # gathering ends, so no version token would change then.
            "over": over,
            "propose_step": step if step is not None and not step.has_proposal else None,
        },
    )


def gathering_link(gathering: Gathering) -> str:
    """The gathering page's full address, for calendars and emails."""
    return settings.SITE_URL + reverse(
        "gatherings:detail", kwargs={"network_slug": gathering.network.slug, "pk": gathering.pk}
    )


def ics_response(content: bytes, filename: str) -> HttpResponse:
    """A calendar file to download."""
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
@network_view()
def gathering_ics(request: NetworkRequest, network_slug: str, pk: int) -> HttpResponse:
    gathering = _gathering(request, pk)
    content = calendar_bytes(
        name=gathering.title,
        gatherings=[gathering],
        answers=calendar_answers(user=request.user, network=request.network, gathering=gathering),
        links={gathering.pk: gathering_link(gathering)},
        now=timezone.now(),
    )
    return ics_response(content, f"gathering-{gathering.pk}.ics")


def _announcement_waiting(gathering: Gathering) -> int:
    """How many announcement emails wait for a background worker that has not run lately
    (0 when none wait, or a worker is running and sends them within 15 minutes). Announcing
    only marks the gathering: the worker's notice task sends the emails, and without it
    "every member gets an email shortly" was untrue."""
    if gathering.announced_at is None or not worker_idle(now=timezone.now()):
        return 0
    return announcement_unsent_count(gathering=gathering)


def _manage_action(request: NetworkRequest, gathering: Gathering) -> None:
    """Do the manage page's posted action and say how it went; a refusal raises."""
    action = request.POST.get("action", "")
    if action == "announce":
        services.gathering_announce(gathering=gathering, actor=request.user)
        if _announcement_waiting(gathering):  # the manage page says how many, and why
            messages.success(request, _("Announced."))
        else:
            messages.success(request, _("Announced: every member gets an email shortly."))
    elif action in ("stipend_approve", "stipend_deny"):
        stipend = get_object_or_404(
            StipendRequest,
            pk=id_param(request.POST.get("stipend"), field=_("stipend")),
            gathering=gathering,
        )
        services.stipend_decide(
            stipend=stipend,
            approve=action == "stipend_approve",
            actor=request.user,
        )
        messages.success(request, _("Stipend decision saved."))
    elif action in ("substitution_approve", "substitution_deny"):
        substitution = get_object_or_404(
            Substitution,
            pk=id_param(request.POST.get("substitution"), field=_("substitution")),
            gathering=gathering,
        )
        token = services.substitution_decide(
            substitution=substitution,
            approve=action == "substitution_approve",
            actor=request.user,
        )
        if token:
            messages.success(
                request,
                _("Approved. The pass was emailed to %(email)s.") % {"email": substitution.email},
            )
        else:
            messages.success(request, _("Substitution denied."))
    else:
        messages.error(request, _("Unknown action; reload the page and try again."))


@network_view()
def gathering_manage(request: NetworkRequest, network_slug: str, pk: int) -> HttpResponse:
    gathering = _steward_gathering(request, pk)
    if request.method == "POST":
        try:
            _manage_action(request, gathering)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        return redirect("gatherings:manage", network_slug=network_slug, pk=gathering.pk)
    return _manage_page(request, gathering)


def _manage_page(
    request: NetworkRequest, gathering: Gathering, *, address_form: PassAddressForm | None = None
) -> HttpResponse:
    """The manage page; `address_form`, a "send the pass again" form sent back with its
    address refused, is shown on its pass's row, the refusal under the field."""
    gathering.refresh_from_db(fields=["stipend_committed", "stipend_budget", "announced_at"])
    check_in = check_in_code_to_show(gathering=gathering, now=timezone.now())
    substitutions = list(gathering_substitutions(gathering=gathering))
    for s in substitutions:
        refused = address_form is not None and address_form.auto_id == f"id_pass{s.pk}_%s"
        s.address_form = address_form if refused else pass_address_form(s.pk)  # type: ignore[attr-defined]
    return render(
        request,
        "gatherings/manage.html",
        {
            "gathering": gathering,
            "counts": gathering_rsvp_counts(gathering=gathering),
            "rsvps": gathering_rsvps(gathering=gathering),
            "stipends": gathering_stipends(gathering=gathering),
            "substitutions": substitutions,
            # Over: its passes stopped, so no "send the pass again" button.
            "over": gathering.ends_at <= timezone.now(),
            "remaining": gathering.stipend_budget - gathering.stipend_committed,
            "seats_taken": gathering_seats_taken(gathering=gathering),
            "check_in": check_in,
            "short_link": _short_link(request, check_in),
            "announcement_waiting": _announcement_waiting(gathering),
        },
    )


@require_POST
@network_view()
def substitution_revoke(
    request: NetworkRequest, network_slug: str, pk: int, substitution_id: int
) -> HttpResponse:
    """Withdraw an approved substitute (the confirmed button under "Withdraw…" on the manage
    page), then back to the manage page with what happened."""
    gathering = _steward_gathering(request, pk)
    substitution = get_object_or_404(
        Substitution,
        pk=id_param(str(substitution_id), field=_("substitution")),
        gathering=gathering,
    )
    if request.POST.get("confirm") != "yes":
        messages.error(
            request, _("Nothing was withdrawn: confirm with the button under “Withdraw…”.")
        )
    else:
        try:
            revoked = services.substitution_revoke(substitution=substitution, actor=request.user)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            names = {"name": substitution.name, "member": substitution.member.full_name}
            if revoked:
                messages.success(
                    request,
                    _(
                        "The pass of %(name)s is withdrawn: it no longer works, its seat is "
                        "freed and %(member)s has been told by email."
                    )
                    % names,
                )
            else:
                messages.info(
                    request,
                    _("The pass of %(name)s was already withdrawn: nothing changed.") % names,
                )
    return redirect("gatherings:manage", network_slug=network_slug, pk=gathering.pk)


def _posted_moment(value: str) -> datetime | None:
    """A moment a page posted back (ISO 8601 with its offset), or None for anything else:
    a form sent with no mark, or junk, is answered as one with none."""
    try:
        moment = parse_datetime(value.strip())
    except ValueError:
        return None
    return moment if moment is not None and timezone.is_aware(moment) else None


def _pass_resend_posted(
    request: NetworkRequest, substitution: Substitution
) -> tuple[PassAddressForm, bool]:
    """Do a posted "send the pass again" form (the steward's or the member's: the views
    check who may) and say how it went in the messages. Returns the form and whether it is
    done; not done, the form carries the refusal of its address, to be shown under the
    field with the page. The page's mark (`undelivered`) tells a second POST of it (a
    double click) from a request for a pass that was never reported undelivered."""
    form = pass_address_form(substitution.pk, request.POST)
    if not form.is_valid():
        return form, False
    try:
        resent = services.substitution_pass_resend(
            substitution=substitution,
            actor=request.user,
            undelivered_at=_posted_moment(request.POST.get("undelivered", "")),
            email=form.cleaned_data["email"],
        )
    except ValidationError as error:
        if hasattr(error, "error_dict") and "email" in error.error_dict:
            apply_errors(form, error)
            return form, False
        for message in error.messages:
            messages.error(request, message)
        return form, True
    names = {
        "name": substitution.name,
        "email": substitution.email,
        "member": substitution.member.full_name,
    }
    if resent is None:
        messages.info(
            request,
            _("The pass of %(name)s was already sent again: nothing more was sent.") % names,
        )
    elif resent.member_told:
        # The steward is told that the member who named them was emailed, or they would
        # write to the member themselves.
        messages.success(
            request,
            _(
                "The address of %(name)s is corrected: the pass was sent to %(email)s, with a "
                "new link. The old link no longer opens it. %(member)s, who named them, is "
                "told by email."
            )
            % names,
        )
    elif resent.corrected:
        messages.success(
            request,
            _(
                "The address of %(name)s is corrected: the pass was sent to %(email)s, with a "
                "new link. The old link no longer opens it."
            )
            % names,
        )
    else:
        messages.success(
            request,
            _(
                "The pass of %(name)s was sent again to %(email)s, with a new link: the "
                "old link no longer opens it."
            )
            % names,
        )
    return form, True


@require_POST
@network_view()
def substitution_pass_resend(
    request: NetworkRequest, network_slug: str, pk: int, substitution_id: int
) -> HttpResponse:
    """Send a substitute's pass again after the mail queue gave up its email, to the same
    address or a corrected one (the form beside "Pass email not delivered" on the manage
    page), then back to the manage page with what happened; an address refused is said
    under the field, the page shown again."""
    gathering = _steward_gathering(request, pk)
    substitution = get_object_or_404(
        Substitution,
        pk=id_param(str(substitution_id), field=_("substitution")),
        gathering=gathering,
    )
    form, done = _pass_resend_posted(request, substitution)
    if not done:
        return _manage_page(request, gathering, address_form=form)
    return redirect("gatherings:manage", network_slug=network_slug, pk=gathering.pk)


@require_POST
@network_view()
def substitution_pass_resend_own(
    request: NetworkRequest, network_slug: str, pk: int, substitution_id: int
) -> HttpResponse:
    """The member who named the substitute sends the pass again, to the same address or a
    corrected one, from their gathering page while it says the pass email was not
    delivered: they typed the address, and a request is made once per gathering, so this
    is where a mistyped one is put right. Only their own substitution (another's, as any
    other network's, is not found); the service refuses what the stewards' form would."""
    gathering = get_object_or_404(
        Gathering.objects.select_related("host_organization"),
        pk=pk,
        network=request.network,
    )
    gathering.network = request.network
    substitution = get_object_or_404(
        Substitution,
        pk=id_param(str(substitution_id), field=_("substitution")),
        gathering=gathering,
        member=request.user,
    )
    form, done = _pass_resend_posted(request, substitution)
    if not done:
        return _detail_page(request, gathering, forms={"pass_form": form})
    url = reverse("gatherings:detail", kwargs={"network_slug": network_slug, "pk": gathering.pk})
    return redirect(url + "#main")


# The attendee export's columns, in this order in every language: the header is in the
# steward's language (it was the field names in English), the keys read the rows.
ATTENDEE_COLUMNS = (
    ("name", gettext_lazy("Name")),
    ("email", gettext_lazy("Email")),
    ("organization", gettext_lazy("Organization")),
    ("kind", gettext_lazy("Kind")),
    ("presenting", gettext_lazy("Would like to present")),
    ("dietary_needs", gettext_lazy("Dietary needs")),
    ("access_needs", gettext_lazy("Access needs")),
)
ATTENDEE_FIELDS = tuple(key for key, _label in ATTENDEE_COLUMNS)


@require_GET
@network_view()
def gathering_export(request: NetworkRequest, network_slug: str, pk: int) -> HttpResponse:
    gathering = _steward_gathering(request, pk)
    rows = gathering_attendees(gathering=gathering)
    response = HttpResponse(
        csv_text(
            ([row[f] for f in ATTENDEE_FIELDS] for row in rows),
            header=[str(label) for _key, label in ATTENDEE_COLUMNS],
        ),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="attendees-{gathering.pk}.csv"'
    audit_record(
        action="gathering.attendees_exported",
        actor=request.user,
        network=gathering.network,
        target=gathering,
        data={"rows": len(rows)},
        request=request,
    )
    return response


@require_GET
@network_view()
def gathering_badges(request: NetworkRequest, network_slug: str, pk: int) -> HttpResponse:
    gathering = _steward_gathering(request, pk)
    return render(
        request,
        "gatherings/badges.html",
        {"gathering": gathering, "rows": gathering_attendees(gathering=gathering)},
    )


@network_view()
def gathering_door(request: NetworkRequest, network_slug: str, pk: int) -> HttpResponse:
    gathering = _steward_gathering(request, pk)
    parts = list(gathering.parts.all())
    part_id = request.POST.get("part") or request.GET.get("part")
    part = next((p for p in parts if str(p.pk) == part_id), None)
    # A part named that is not one of these (a list loaded before the parts were rewritten,
    # which makes them anew): a check-in to it is refused, not put on the part open now.
    part_gone = bool(part_id) and part is None
    if part is None:
        part = part_open_for_check_in(gathering=gathering, now=timezone.now()) or parts[0]
    query = search_text(request.POST.get("q") or request.GET.get("q", ""))
    if request.method == "POST":
        try:
            if request.POST.get("substitution"):
                substitution = get_object_or_404(
                    Substitution,
                    pk=id_param(request.POST["substitution"], field=_("substitution")),
                    gathering=gathering,
                )
                if services.substitution_check_in(substitution=substitution, actor=request.user):
                    messages.success(
                        request, _("%(name)s is checked in.") % {"name": substitution.name}
                    )
                else:
                    messages.info(
                        request,
                        _("%(name)s is already checked in.") % {"name": substitution.name},
                    )
            else:
                if part_gone:
                    raise ValidationError(
                        _(
                            "That part is not one of this gathering's: reload the door list "
                            "and check them in again."
                        )
                    )
                user_id = id_param(request.POST.get("user"), field=_("person"), required=False) or 0
                services.attendance_door_check_in(part=part, user_id=user_id, actor=request.user)
                messages.success(request, _("Checked in."))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        url = reverse("gatherings:door", kwargs={"network_slug": network_slug, "pk": pk})
        return redirect(f"{url}?{urlencode({'part': part.pk, 'q': query})}")
    members = door_members(gathering=gathering, query=query)
    checked_in = part_checked_in(part=part)
    # A member named on a pass is listed once, on their member row (which says whose
    # substitute they are and checks them in on the pass): a search for them showed the
    # same person twice, with two buttons.
    on_member_rows = {getattr(m, "pass_id", None) for m in members} - {None}
    substitutes = [
        s
        for s in substitutes_approved(gathering=gathering, query=query)
        if s.pk not in on_member_rows
    ]
    # Substitutes have no account, so the member ledger leaves them out: those checked in
    # count too, as the list marks them (whatever the search).
    substitutes_in = substitutes_approved(gathering=gathering).filter(checked_in_at__isnull=False)
    return render(
        request,
        "gatherings/door.html",
        {
            "gathering": gathering,
            "parts": parts,
            "part": part,
            "query": query,
            "members": members,
            "checked_in": checked_in,
            "substitutes": substitutes,
            "checked_in_count": len(checked_in) + substitutes_in.count(),
            "check_in": check_in_code_to_show(gathering=gathering, now=timezone.now()),
        },
    )


@never_cache
@require_GET
@network_view()
def gathering_qr(request: NetworkRequest, network_slug: str, pk: int) -> HttpResponse:
    """The QR code of the day's check-in link (it changes each gathering day)."""
    gathering = _check_in_gathering(request, pk)
    code = check_in_code_to_show(gathering=gathering, now=timezone.now())
    return qr_svg_response(_short_link(request, code), title=gathering.title, scale=8)


@never_cache
@require_GET
@network_view()
def gathering_check_in_screen(request: NetworkRequest, network_slug: str, pk: int) -> HttpResponse:
    """The day's check-in QR code, full screen, for a steward or facilitator to project or
    hold up in the room."""
    gathering = _check_in_gathering(request, pk)
    code = check_in_code_to_show(gathering=gathering, now=timezone.now())
    return render(
        request,
        "gatherings/check_in_screen.html",
        {"gathering": gathering, "code": code, "short_link": _short_link(request, code)},
    )


@never_cache
@network_view()
def gathering_check_in(
    request: NetworkRequest, network_slug: str, pk: int, code: str
) -> HttpResponse:
    gathering = _gathering(request, pk)
    parts = list(gathering.parts.all())
    code_day = check_in_code_day(gathering=gathering, code=code, parts=parts)
    if code_day is None:
        raise Http404
    now = timezone.now()
    part = part_open_among(parts, now=now)
    zone = ZoneInfo(gathering.network.time_zone)
    other_day = part is not None and check_in_day(part=part, zone=zone) != code_day
    already = (
        part is not None and not other_day and attendance_recorded(part=part, user=request.user)
    )
    # The seat is their substitute's: `attendance_check_in` refuses them, so the page says
    # so rather than offer "I am here".
    tie = (
        None if part is None or already else substitute_tie(gathering=gathering, user=request.user)
    )
    # Named as another member's substitute: they come on that pass, checked in once on it.
    named = (
        substitute_pass_naming(gathering=gathering, user=request.user)
        if tie and tie.standing_for and not other_day
        else None
    )
    if request.method == "POST":
        try:
            checked = services.attendance_check_in(
                gathering=gathering,
                user=request.user,
                code=code,
            )
            if named is not None:
                messages.success(
                    request,
                    _("You are checked in as the substitute of %(member)s. Welcome!")
                    % {"member": named.member},
                )
            else:
                messages.success(
                    request,
                    _("You are checked in to %(part)s. Welcome!") % {"part": checked.label},
                )
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        return redirect(request.path)
    # The code is in this page's address. The site-wide `Referrer-Policy: same-origin` keeps
    # it from other sites; "no-referrer" would not do, as it makes the browser send
    # `Origin: null` with the form, which fails the CSRF check.
    return render(
        request,
        "gatherings/check_in.html",
        {
            "gathering": gathering,
            "part": part,
            "other_day": other_day,
            "already": already,
            "stand_in": tie.stand_in if tie else "",
            "named": named,
            # Checked in to a part under way (in the ledger, or on the pass that names them):
            # the room is live, commitments are made now.
            "room_live": (already or (named is not None and named.checked_in_at is not None))
            and part is not None
            and part.starts_at <= now,
        },
    )


@network_view()
def calendar_settings(request: NetworkRequest, network_slug: str) -> HttpResponse:
    network = request.network
    feed_url = None
    if request.method == "POST":
        if request.POST.get("action") == "revoke":
            services.calendar_feed_revoke(network=network, user=request.user)
            messages.success(request, _("Your calendar link no longer works."))
            return redirect("gatherings:calendar", network_slug=network_slug)
        token = services.calendar_feed_issue(network=network, user=request.user)
        feed_url = page_url(request, reverse("gatherings_public:feed", kwargs={"token": token}))
    active = calendar_feed_active(network=network, user=request.user)
    # The same address for a phone's calendar: one tap opens its subscribe dialog, where
    # the box above needs the link selected, copied and pasted into the app's settings.
    webcal_url = "webcal://" + feed_url.split("://", 1)[1] if feed_url else None
    response = render(
        request,
        "gatherings/calendar.html",
        {"feed_url": feed_url, "webcal_url": webcal_url, "active": active},
    )
    response["Cache-Control"] = "no-store"
    return response
