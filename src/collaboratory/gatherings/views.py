"""Gathering pages. Network routes run inside the network's scope (see networks.middleware);
the public routes (calendar feed, substitute pass, check-in short link) take a secret or a
code instead of a login."""

from __future__ import annotations

import csv
from datetime import date, datetime, time
from typing import cast
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Model, Prefetch, Q
from django.forms import Form
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django_scopes import scope, scopes_disabled

from collaboratory.audit.services import audit_record
from collaboratory.gatherings import pagecache, services
from collaboratory.gatherings.forms import (
    GatheringEditForm,
    GatheringForm,
    RsvpForm,
    SettingsForm,
    StipendForm,
    SubstituteForm,
    apply_errors,
)
from collaboratory.gatherings.ical import calendar_bytes
from collaboratory.gatherings.models import (
    Attendance,
    CalendarFeed,
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
    check_in_code_day,
    check_in_code_to_show,
    check_in_day,
    gathering_for_check_in_code,
    gathering_rsvp_counts,
    gathering_rsvps,
    gathering_seats_taken,
    gathering_settings_for,
    gatherings_for_list,
    part_open_among,
    part_open_for_check_in,
)
from collaboratory.networks.models import ADMITTED_STATUSES, Membership, Network
from collaboratory.networks.params import id_param
from collaboratory.people.models import User
from collaboratory.qr import qr_svg_response


def _gathering(request: HttpRequest, pk: int) -> Gathering:
    gathering = get_object_or_404(
        Gathering.objects.select_related("network", "host_organization").prefetch_related("parts"),
        pk=pk,
        network=request.network,  # type: ignore[attr-defined]
    )
    return gathering


def _user(request: HttpRequest) -> User:
    """Network pages are only reached signed in (the middleware sends others to log in)."""
    return cast(User, request.user)


def _require(request: HttpRequest, permission: str, obj: Model) -> None:
    if not request.user.has_perm(permission, obj):
        raise PermissionDenied


def _steward_gathering(request: HttpRequest, pk: int) -> Gathering:
    gathering = _gathering(request, pk)
    _require(request, "gatherings.manage_gathering", gathering)
    return gathering


def _check_in_gathering(request: HttpRequest, pk: int) -> Gathering:
    """For the people who run check-in (stewards and facilitators): they see the day's code."""
    gathering = _gathering(request, pk)
    _require(request, "gatherings.run_check_in", gathering)
    return gathering


def _short_link(code: CheckInCode) -> str:
    return settings.SITE_URL + reverse("gatherings_public:short", kwargs={"code": code.code})


def _end_of_day(day: date | None, network: Network) -> datetime | None:
    if day is None:
        return None
    return datetime.combine(day, time(23, 59), tzinfo=ZoneInfo(network.time_zone))


def gathering_list(request: HttpRequest, network_slug: str) -> HttpResponse:
    network = request.network  # type: ignore[attr-defined]
    user = _user(request)
    can_manage = request.user.has_perm("gatherings.manage_gathering", network)
    # The token first, the data after: see pagecache.
    version = gathering_settings_for(network=network).version
    now = timezone.now()

    def render_body() -> dict[str, object]:
        rows = list(gatherings_for_list(network=network, user=user))
        upcoming = sorted((g for g in rows if g.ends_at >= now), key=lambda g: g.starts_at)
        past = [g for g in rows if g.ends_at < now]
        html = render_to_string(
            "gatherings/list.html#body",
            {"network": network, "upcoming": upcoming, "past": past, "can_manage": can_manage},
        )
        # The soonest upcoming gathering moves to the past list once it ends.
        return {"html": html, "until": min((g.ends_at for g in upcoming), default=None)}

    entry = pagecache.get_or_render(
        pagecache.cache_key("list", network.pk, network.slug, version, user.pk, can_manage),
        render_body,
        fresh=lambda entry: entry["until"] is None or now <= entry["until"],
    )
    return render(request, "gatherings/list.html", {"body": mark_safe(entry["html"])})  # noqa: S308


def gathering_new(request: HttpRequest, network_slug: str) -> HttpResponse:
    network = request.network  # type: ignore[attr-defined]
    _require(request, "gatherings.manage_gathering", network)
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
                actor=_user(request),
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("The gathering is created. Announce it when ready."))
            return redirect("gatherings:manage", network_slug=network.slug, pk=gathering.pk)
    return render(request, "gatherings/new.html", {"form": form})


def gathering_settings(request: HttpRequest, network_slug: str) -> HttpResponse:
    network = request.network  # type: ignore[attr-defined]
    _require(request, "gatherings.manage_gathering", network)
    options = gathering_settings_for(network=network)
    template_text = "\n".join(
        f"{p['day']} | {p['start']} | {p['end']} | {p['title']}" for p in options.part_template
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
                network=network, actor=_user(request), **form.cleaned_data
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("Gathering settings saved."))
            return redirect("gatherings:settings", network_slug=network_slug)
    return render(request, "gatherings/settings.html", {"form": form})


def gathering_edit(request: HttpRequest, network_slug: str, pk: int) -> HttpResponse:
    gathering = _steward_gathering(request, pk)
    network = gathering.network
    zone = ZoneInfo(network.time_zone)
    agenda_text = "\n".join(
        f"{item.starts_at.astimezone(zone):%Y-%m-%d %H:%M} | {item.kind} | {item.title}"
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
                f"{p.ends_at.astimezone(zone):%H:%M} | {p.title}"
                for p in gathering.parts.all()
            ),
        },
    )
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            agenda = services.agenda_parse(data.pop("agenda"), zone=zone)
            parts = services.parts_parse(data.pop("parts"), zone=zone)
            data["rsvp_deadline"] = _end_of_day(data["rsvp_deadline"], network)
            data["proposal_deadline"] = _end_of_day(data["proposal_deadline"], network)
            services.gathering_update(
                gathering=gathering, actor=_user(request), agenda=agenda, parts=parts, **data
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("The gathering is updated."))
            return redirect("gatherings:manage", network_slug=network_slug, pk=pk)
    return render(request, "gatherings/edit.html", {"gathering": gathering, "form": form})


def gathering_detail(request: HttpRequest, network_slug: str, pk: int) -> HttpResponse:
    gathering = get_object_or_404(
        Gathering.objects.select_related("host_organization"),
        pk=pk,
        network=request.network,  # type: ignore[attr-defined]
    )
    gathering.network = request.network  # type: ignore[attr-defined]
    if request.method != "POST":
        return _detail_page(request, gathering)
    user = _user(request)
    rsvp = Rsvp.objects.filter(gathering=gathering, user=user).first()
    action = request.POST.get("action")
    rsvp_form = RsvpForm(request.POST if action == "rsvp" else None, initial=_rsvp_initial(rsvp))
    stipend_form = StipendForm(request.POST if action == "stipend" else None, prefix="stipend")
    substitute_form = SubstituteForm(request.POST if action == "substitute" else None)
    done = None
    if action == "rsvp" and rsvp_form.is_valid():
        try:
            rsvp = services.rsvp_submit(gathering=gathering, user=user, **rsvp_form.cleaned_data)
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
        return redirect("gatherings:detail", network_slug=network_slug, pk=gathering.pk)
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


def _detail_page(
    request: HttpRequest, gathering: Gathering, forms: dict[str, Form] | None = None
) -> HttpResponse:
    """The gathering page. Its sections below the heading (details, agenda and the viewer's
    own RSVP, stipend and substitute forms) are rendered once per gathering version, viewer
    and RSVP window and then served from the cache (see pagecache); forms sent back with
    errors are rendered afresh and not cached. The heading, the steward links and the
    check-in notice are rendered on every request. Members get no check-in code or link
    here: the code reaches them only in the room (the QR code, or a steward at the door)."""
    user = _user(request)
    now = timezone.now()
    is_open = gathering.ends_at > now and (
        gathering.rsvp_deadline is None or now <= gathering.rsvp_deadline
    )

    def render_body() -> dict[str, object]:
        parts = list(gathering.parts.all())
        rsvp = Rsvp.objects.filter(gathering=gathering, user=user).first()
        context: dict[str, object] = {
            "rsvp_form": RsvpForm(initial=_rsvp_initial(rsvp)),
            "stipend_form": StipendForm(prefix="stipend"),
            "substitute_form": SubstituteForm(),
            **(forms or {}),
            "network": gathering.network,
            "gathering": gathering,
            "parts": parts,
            "agenda": list(gathering.agenda.all()),
            "rsvp": rsvp,
            "stipend": StipendRequest.objects.filter(gathering=gathering, user=user).first(),
            "substitution": Substitution.objects.filter(gathering=gathering, member=user).first(),
            "seats_taken": gathering_seats_taken(gathering=gathering),
            "open": is_open,
            "multi_part": len(parts) > 1,
            "csrf_token": pagecache.csrf_placeholder(),
        }
        return {"parts": parts, "html": render_to_string("gatherings/detail.html#body", context)}

    if forms is None:
        key = pagecache.cache_key(
            "detail", gathering.pk, gathering.network.slug, gathering.version, user.pk, is_open
        )
        entry = pagecache.get_or_render(key, render_body, fresh=lambda entry: True)
    else:
        entry = render_body()
    return render(
        request,
        "gatherings/detail.html",
        {
            "gathering": gathering,
            "body": pagecache.with_csrf(request, cast(str, entry["html"])),
            "check_in_open": part_open_among(cast(list[GatheringPart], entry["parts"]), now=now),
            "can_manage": request.user.has_perm("gatherings.manage_gathering", gathering),
            "runs_check_in": request.user.has_perm("gatherings.run_check_in", gathering),
        },
    )


def _gathering_link(gathering: Gathering) -> str:
    return settings.SITE_URL + reverse(
        "gatherings:detail", kwargs={"network_slug": gathering.network.slug, "pk": gathering.pk}
    )


def _ics_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
def gathering_ics(request: HttpRequest, network_slug: str, pk: int) -> HttpResponse:
    gathering = _gathering(request, pk)
    rsvp = Rsvp.objects.filter(gathering=gathering, user=_user(request)).first()
    content = calendar_bytes(
        name=gathering.title,
        gatherings=[gathering],
        rsvp_labels={gathering.pk: rsvp.get_status_display()} if rsvp else {},
        links={gathering.pk: _gathering_link(gathering)},
        now=timezone.now(),
    )
    return _ics_response(content, f"gathering-{gathering.pk}.ics")


def gathering_manage(request: HttpRequest, network_slug: str, pk: int) -> HttpResponse:
    gathering = _steward_gathering(request, pk)
    if request.method == "POST":
        action = request.POST.get("action", "")
        try:
            if action == "announce":
                services.gathering_announce(gathering=gathering, actor=_user(request))
                messages.success(request, _("Announced: every member gets an email shortly."))
            elif action in ("stipend_approve", "stipend_deny"):
                stipend = get_object_or_404(
                    StipendRequest,
                    pk=id_param(request.POST.get("stipend"), field="stipend"),
                    gathering=gathering,
                )
                services.stipend_decide(
                    stipend=stipend,
                    approve=action == "stipend_approve",
                    actor=_user(request),
                )
                messages.success(request, _("Stipend decision saved."))
            elif action in ("substitution_approve", "substitution_deny"):
                substitution = get_object_or_404(
                    Substitution,
                    pk=id_param(request.POST.get("substitution"), field="substitution"),
                    gathering=gathering,
                )
                token = services.substitution_decide(
                    substitution=substitution,
                    approve=action == "substitution_approve",
                    actor=_user(request),
                )
                if token:
                    messages.success(
                        request,
                        _("Approved. The pass was emailed to %(email)s.")
                        % {"email": substitution.email},
                    )
                else:
                    messages.success(request, _("Substitution denied."))
            else:
                messages.error(request, _("Unknown action; reload the page and try again."))
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        return redirect("gatherings:manage", network_slug=network_slug, pk=gathering.pk)
    gathering.refresh_from_db(fields=["stipend_committed", "stipend_budget", "announced_at"])
    check_in = check_in_code_to_show(gathering=gathering, now=timezone.now())
    return render(
        request,
        "gatherings/manage.html",
        {
            "gathering": gathering,
            "counts": gathering_rsvp_counts(gathering=gathering),
            "rsvps": gathering_rsvps(gathering=gathering),
            "stipends": StipendRequest.objects.filter(gathering=gathering).select_related("user"),
            "substitutions": Substitution.objects.filter(gathering=gathering).select_related(
                "member"
            ),
            "remaining": gathering.stipend_budget - gathering.stipend_committed,
            "seats_taken": gathering_seats_taken(gathering=gathering),
            "check_in": check_in,
            "short_link": _short_link(check_in),
        },
    )


def _attendees(gathering: Gathering) -> list[dict[str, str]]:
    rows = []
    confirmed = Rsvp.objects.filter(gathering=gathering, status=RsvpStatus.CONFIRMED)
    memberships = {
        m.user_id: m
        for m in Membership.objects.filter(
            network=gathering.network, user__in=confirmed.values("user_id")
        ).select_related("organization")
    }
    for rsvp in gathering_rsvps(gathering=gathering).filter(status=RsvpStatus.CONFIRMED):
        membership = memberships.get(rsvp.user_id)
        rows.append(
            {
                "name": rsvp.user.full_name,
                # Safeguards: no minor's contact details go to an adult, stewards included.
                "email": "" if rsvp.user.is_minor else rsvp.user.email,
                "organization": str(membership.organization or "") if membership else "",
                "kind": _("Member"),
                "presenting": _("yes") if rsvp.wants_to_present else "",
                "dietary_needs": rsvp.dietary_needs,
                "access_needs": rsvp.access_needs,
            }
        )
    for sub in Substitution.objects.filter(
        gathering=gathering, status=DecisionStatus.APPROVED
    ).select_related("member"):
        rows.append(
            {
                "name": sub.name,
                "email": sub.email,
                "organization": "",
                "kind": _("Substitute for %(member)s") % {"member": sub.member},
                "presenting": "",
                "dietary_needs": "",
                "access_needs": "",
            }
        )
    return rows


def _csv_safe(value: str) -> str:
    """Spreadsheets run cells that start with = + - @ as formulas; neutralize them."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


@require_GET
def gathering_export(request: HttpRequest, network_slug: str, pk: int) -> HttpResponse:
    gathering = _steward_gathering(request, pk)
    rows = _attendees(gathering)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="attendees-{gathering.pk}.csv"'
    fields = [
        "name",
        "email",
        "organization",
        "kind",
        "presenting",
        "dietary_needs",
        "access_needs",
    ]
    writer = csv.writer(response)
    writer.writerow(fields)
    for row in rows:
        writer.writerow([_csv_safe(row[f]) for f in fields])
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
def gathering_badges(request: HttpRequest, network_slug: str, pk: int) -> HttpResponse:
    gathering = _steward_gathering(request, pk)
    return render(
        request, "gatherings/badges.html", {"gathering": gathering, "rows": _attendees(gathering)}
    )


def gathering_door(request: HttpRequest, network_slug: str, pk: int) -> HttpResponse:
    gathering = _steward_gathering(request, pk)
    parts = list(gathering.parts.all())
    part_id = request.POST.get("part") or request.GET.get("part")
    part = next((p for p in parts if str(p.pk) == part_id), None)
    if part is None:
        part = part_open_for_check_in(gathering=gathering, now=timezone.now()) or parts[0]
    query = (request.POST.get("q") or request.GET.get("q", "")).strip()
    if request.method == "POST":
        try:
            if request.POST.get("substitution"):
                substitution = get_object_or_404(
                    Substitution,
                    pk=id_param(request.POST["substitution"], field="substitution"),
                    gathering=gathering,
                )
                services.substitution_check_in(substitution=substitution, actor=_user(request))
                messages.success(
                    request, _("%(name)s is checked in.") % {"name": substitution.name}
                )
            else:
                user_id = id_param(request.POST.get("user"), field="user", required=False) or 0
                services.attendance_door_check_in(part=part, user_id=user_id, actor=_user(request))
                messages.success(request, _("Checked in."))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        url = reverse("gatherings:door", kwargs={"network_slug": network_slug, "pk": pk})
        return redirect(f"{url}?part={part.pk}&q={query}")
    members = Membership.objects.filter(
        network=gathering.network, status__in=ADMITTED_STATUSES
    ).select_related("user", "organization")
    if query:
        members = members.filter(user__full_name__icontains=query)
    else:
        confirmed = Rsvp.objects.filter(gathering=gathering, status=RsvpStatus.CONFIRMED)
        members = members.filter(user__in=confirmed.values("user_id"))
    members = members.order_by("user__full_name")[:100]
    checked_in = set(Attendance.objects.filter(part=part).values_list("user_id", flat=True))
    substitutes = Substitution.objects.filter(
        gathering=gathering, status=DecisionStatus.APPROVED
    ).select_related("member")
    if query:
        substitutes = substitutes.filter(Q(name__icontains=query))
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
            "checked_in_count": len(checked_in),
            "check_in": check_in_code_to_show(gathering=gathering, now=timezone.now()),
        },
    )


@never_cache
@require_GET
def gathering_qr(request: HttpRequest, network_slug: str, pk: int) -> HttpResponse:
    """The QR code of the day's check-in link (it changes each gathering day)."""
    gathering = _check_in_gathering(request, pk)
    code = check_in_code_to_show(gathering=gathering, now=timezone.now())
    return qr_svg_response(_short_link(code), title=gathering.title, scale=8)


@never_cache
@require_GET
def gathering_check_in_screen(request: HttpRequest, network_slug: str, pk: int) -> HttpResponse:
    """The day's check-in QR code, full screen, for a steward or facilitator to project or
    hold up in the room."""
    gathering = _check_in_gathering(request, pk)
    code = check_in_code_to_show(gathering=gathering, now=timezone.now())
    return render(
        request,
        "gatherings/check_in_screen.html",
        {"gathering": gathering, "code": code, "short_link": _short_link(code)},
    )


@never_cache
def gathering_check_in(request: HttpRequest, network_slug: str, pk: int, code: str) -> HttpResponse:
    gathering = _gathering(request, pk)
    parts = list(gathering.parts.all())
    code_day = check_in_code_day(gathering=gathering, code=code, parts=parts)
    if code_day is None:
        raise Http404
    part = part_open_among(parts, now=timezone.now())
    zone = ZoneInfo(gathering.network.time_zone)
    other_day = part is not None and check_in_day(part=part, zone=zone) != code_day
    already = (
        part is not None
        and not other_day
        and Attendance.objects.filter(part=part, user=_user(request)).exists()
    )
    if request.method == "POST":
        try:
            checked = services.attendance_check_in(
                gathering=gathering,
                user=_user(request),
                code=code,
            )
            messages.success(
                request, _("You are checked in to %(part)s. Welcome!") % {"part": checked.title}
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
        {"gathering": gathering, "part": part, "other_day": other_day, "already": already},
    )


def calendar_settings(request: HttpRequest, network_slug: str) -> HttpResponse:
    network = request.network  # type: ignore[attr-defined]
    feed_url = None
    if request.method == "POST":
        if request.POST.get("action") == "revoke":
            services.calendar_feed_revoke(network=network, user=_user(request))
            messages.success(request, _("Your calendar link no longer works."))
            return redirect("gatherings:calendar", network_slug=network_slug)
        token = services.calendar_feed_issue(network=network, user=_user(request))
        feed_url = settings.SITE_URL + reverse("gatherings_public:feed", kwargs={"token": token})
    active = CalendarFeed.objects.filter(
        network=network, user=_user(request), revoked_at__isnull=True
    ).first()
    response = render(request, "gatherings/calendar.html", {"feed_url": feed_url, "active": active})
    response["Cache-Control"] = "no-store"
    return response


# --- Public routes (no network in the path) -------------------------------------------------


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
        feed = services.calendar_feed_for_token(token=token)
    if feed is None:
        raise Http404
    network = feed.network
    with scope(network=network):
        if not Membership.objects.filter(
            network=network, user=feed.user, status__in=ADMITTED_STATUSES
        ).exists():
            raise Http404
        gatherings = (
            Gathering.objects.filter(network=network, ends_at__gte=timezone.now())
            .prefetch_related(Prefetch("parts", queryset=GatheringPart.objects.all()))
            .select_related("network")
            .order_by("starts_at")
        )
        labels = {
            r.gathering_id: r.get_status_display()
            for r in Rsvp.objects.filter(user=feed.user, gathering__network=network)
        }
        content = calendar_bytes(
            name=network.name,
            gatherings=gatherings,
            rsvp_labels=labels,
            links={g.pk: _gathering_link(g) for g in gatherings},
            now=timezone.now(),
        )
    response = _ics_response(content, "gatherings.ics")
    response["Referrer-Policy"] = "no-referrer"
    return response


@never_cache
@require_GET
def substitute_pass(request: HttpRequest, token: str) -> HttpResponse:
    with scopes_disabled():
        substitution = services.substitution_for_pass(token=token)
        if substitution is None or substitution.gathering.ends_at < timezone.now():
            raise Http404
        parts = list(substitution.gathering.parts.all())
    response = render(
        request,
        "gatherings/pass.html",
        {"substitution": substitution, "gathering": substitution.gathering, "parts": parts},
    )
    response["Referrer-Policy"] = "no-referrer"
    return response
