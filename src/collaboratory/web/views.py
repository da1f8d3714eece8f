"""The front door: welcome or my networks; a health check; the platform admin's overview; and
the network's home page, which gathers what the apps below it offer."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast
from zoneinfo import ZoneInfo

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import connection
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from collaboratory.audit.services import audit_record
from collaboratory.creditclub.selectors import proposals_waiting
from collaboratory.followthrough.selectors import commitments_overdue_count
from collaboratory.gatherings.models import Gathering
from collaboratory.gatherings.selectors import (
    answer_for_home,
    gatherings_past_count,
    gatherings_upcoming,
    host_gatherings_for_youth,
    may_have_tie,
    pass_holders,
    stipends_waiting,
    substitute_tie,
)
from collaboratory.matching.selectors_profiles import introductions_pending_count
from collaboratory.networks import pagecache
from collaboratory.networks.forms import NetworkCreateForm
from collaboratory.networks.http import NetworkRequest, network_view
from collaboratory.networks.models import Network, Role
from collaboratory.networks.params import BadParameter
from collaboratory.networks.scoping import date_in
from collaboratory.networks.selectors import (
    consent_waits_of,
    national_networks,
    network_counts,
    networks_of_user,
    networks_overview,
    nominations_waiting_count,
)
from collaboratory.networks.services import network_create_with_steward


def home(request: HttpRequest) -> HttpResponse:
    """Signed out: what this is. Signed in: your networks, or, with one network, straight to
    "My commitments": what you owe and what was promised to you is the first thing a member
    sees, because pledges that are not shown by default are not kept. A platform admin lands
    on the platform overview."""
    if not request.user.is_authenticated:
        return render(request, "web/welcome.html")
    if request.user.has_perm("networks.view_platform"):
        # Running the installation is their work here: its overview is their home.
        return redirect("web:platform")
    networks = list(networks_of_user(user=request.user))
    # A student whose place waits for their guardian opens none of the cohort's pages:
    # this page is where they learn why and what unblocks it (they found "not a member of
    # any network yet" before).
    waits = consent_waits_of(user=request.user)
    if len(networks) == 1 and not waits and not request.user.is_superuser:
        return redirect("followthrough:mine", network_slug=networks[0].slug)
    return render(
        request,
        "web/my_networks.html",
        {"networks": networks, "consent_waits": waits, "now": timezone.now()},
    )


@never_cache
def healthz(request: HttpRequest) -> HttpResponse:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


@login_required
def platform_networks(request: HttpRequest) -> HttpResponse:
    """Names and head counts only: running the installation grants no view of a network. Here
    a platform admin opens a network and invites its first steward by email."""
    if not request.user.has_perm("networks.view_platform"):
        audit_record(
            action="access.denied",
            actor=request.user,
            data={"path": request.path, "reason": "not a platform admin"},
            request=request,
        )
        raise Http404
    form = NetworkCreateForm(request.POST or None, parents=national_networks())
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                network, invitation = network_create_with_steward(
                    **form.cleaned_data,
                    actor=request.user,  # type: ignore[arg-type]
                )
            except ValidationError as error:
                for field, problems in error.message_dict.items():
                    form.add_error(field if field in form.fields else None, problems)
            else:
                messages.success(
                    request,
                    _("%(network)s is open. An invitation to steward it went to %(email)s.")
                    % {"network": network.name, "email": invitation.email},
                )
                return redirect("web:platform")
        status = 400
    return render(
        request,
        "web/platform.html",
        {"networks": networks_overview(), "form": form},
        status=status,
    )


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    """The 400 page. It shows the message of our own BadParameter (written for the person);
    other 400s (Django's suspicious requests) keep their details to the log."""
    message = str(exception) if isinstance(exception, BadParameter) else ""
    return render(request, "400.html", {"message": message}, status=400)


def _room_is_live(gathering: Gathering, now: datetime) -> bool:
    """A gathering's room is live from its start to its end: commitments are made then."""
    return gathering.starts_at <= now <= gathering.ends_at


def _steward_todo(request: NetworkRequest, upcoming: list[Gathering]) -> dict[str, Any]:
    """What waits for a steward, each with a count and where to act: one query per kind."""
    network = request.network
    zone = ZoneInfo(network.time_zone)
    today = timezone.localdate(timezone=zone)
    room_today = next(
        (
            g
            for g in upcoming
            if g.starts_at.astimezone(zone).date() <= today <= g.ends_at.astimezone(zone).date()
        ),
        None,
    )
    return {
        "nominations": nominations_waiting_count(network=network),
        "stipends": stipends_waiting(network=network),
        "proposals": proposals_waiting(network=network),
        "introductions": introductions_pending_count(network=network, steward=request.user),
        "overdue": commitments_overdue_count(
            network=network, today=date_in(network, timezone.now())
        ),
        "room_today": room_today,
    }


@network_view()
def network_home(request: NetworkRequest, network_slug: str) -> HttpResponse:
    """The network's home, for who you are: a steward sees what waits for them; a member sees
    the next gathering with their answer and, while its room is live, the way to commit. It
    sits in the shell because it shows more than one app's pages. The network's part (head
    counts, gatherings to come) is the same for everyone of one visibility class, so it is
    rendered once per class and content version and shared (networks/pagecache.py), until
    the next gathering begins or ends; the welcome, the answer and a steward's to-do are
    read on every request."""
    network = request.network
    now = timezone.now()
    # The role is part of the shared part's key (pagecache.viewer_class): a steward's part
    # leads a network just opened to its roster and its first gathering.
    is_steward = request.membership.role == Role.STEWARD
    entry = pagecache.get_or_render(
        pagecache.shared_key("home", request),
        lambda: _network_part(network, now, is_steward=is_steward),
        fresh=pagecache.unexpired(now),
        seconds=pagecache.SHARED_SECONDS,
    )
    upcoming = cast(list[Gathering], entry["upcoming"])
    following = upcoming[0] if upcoming else None
    # A youth cohort's home said "No gathering is scheduled yet" while its members were
    # expected at the host's gathering: those gatherings too (one query, for youth only).
    hosted = host_gatherings_for_youth(network=network, membership=request.membership, now=now)
    # What the gathering page says, in one query: the RSVP, a request waiting for a steward
    # and, on the day, the check-in. The home once said "You have not answered yet" to a
    # member checked in at the door, or whose only answer was such a request.
    answer = (
        answer_for_home(gathering=following, user=request.user, now=now)
        if following is not None
        else None
    )
    return render(
        request,
        "web/network_home.html",
        {
            "network_part": mark_safe(entry["html"]),  # noqa: S308
            "network_part_first": is_steward and bool(entry.get("first_steps")),
            "hosted_part": render_to_string("gatherings/list.html#host", {"hosted": hosted})
            if hosted
            else "",
            "todo": _steward_todo(request, upcoming) if is_steward else None,
            "next_gathering": following,
            "next_checked_in": answer.checked_in_to if answer else "",
            "next_rsvp": answer.rsvp if answer else None,
            "next_stipend": answer.stipend if answer else None,
            "next_substitution": answer.substitution if answer else None,
            # Sent a substitute for a free seat (no RSVP), or comes as one: "You have not
            # answered yet" was wrong for both.
            # Asked only where a pass stands (`passes_standing`; an entry from before: ask).
            "next_tie": substitute_tie(gathering=following, user=request.user)
            if following is not None and _may_be_tied(entry, following, request)
            else None,
            "room_live": following is not None and _room_is_live(following, now),
        },
    )


def _may_be_tied(entry: dict[str, object], gathering: Gathering, request: NetworkRequest) -> bool:
    """Whether a standing pass to the next gathering was sent by or names the viewer, from
    the cached part's keys (`pass_holders`; an entry kept from before them: ask)."""
    holders = cast(dict[int, list[str]] | None, entry.get("pass_holders"))
    return holders is None or may_have_tie(holders.get(gathering.pk, []), request.user)


def _network_part(network: Network, now: datetime, *, is_steward: bool) -> dict[str, object]:
    """The network's figures and gatherings to come, rendered; and when they next change
    without a write (a gathering begins, so its room is live, or ends and joins the past).
    A steward of a network where only stewards have joined, or with no gathering coming, is
    told where to start: a network just opened showed only zeros."""
    upcoming = list(gatherings_upcoming(network=network, limit=3))
    counts = network_counts(network=network)
    only_stewards = is_steward and counts.members <= counts.stewards
    html = render_to_string(
        "web/network_home.html#network",
        {
            "network": network,
            "counts": counts,
            "upcoming": upcoming,
            "past_count": gatherings_past_count(network=network),
            "is_steward": is_steward,
            "only_stewards": only_stewards,
        },
    )
    moments = [g.ends_at for g in upcoming] + [g.starts_at for g in upcoming if g.starts_at > now]
    return {
        "html": html,
        # The part then opens with "First steps": the page puts it first (on a phone it sat
        # below the fold, under six zero cards of "Waiting for you").
        "first_steps": only_stewards,
        "upcoming": upcoming,
        # Who the passes tie, as keys (no address): most viewers need no query for it.
        "pass_holders": pass_holders(
            gathering_ids=[g.pk for g in upcoming if g.passes_standing]  # type: ignore[attr-defined]
        ),
        "until": min(moments, default=None),
    }
