"""The stewards' activity log, /n/<slug>/activity/: the network's audit events in plain
words, newest first, filtered by area, days and a person they are by or about.

Only the network's stewards see it (`networks.manage_network`, as the other steward pages);
only rows recorded for this network are read. Each row says what happened (audit/labels.py),
who did it and, where the log names a person of this network, whom it was about. It never
shows the address a request came from, nor the event's data: a few actions get a short
summary built from known values only (a role, a status, a count)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from collaboratory.audit.labels import (
    APPLICANT_ACTIONS,
    GUARDIAN_ACTIONS,
    UNNAMED_ACTOR_ACTIONS,
    action_label,
)
from collaboratory.audit.models import AuditEvent
from collaboratory.audit.selectors import network_events
from collaboratory.commitments.models import CommitmentStatus
from collaboratory.creditclub.selectors import minor_name
from collaboratory.networks.http import NetworkRequest, network_view
from collaboratory.networks.models import (
    Membership,
    MembershipStatus,
    Network,
    NominationStatus,
    Role,
)
from collaboratory.people.models import GuardianConsent, User
from collaboratory.web.forms import ActivityFilterForm

PER_PAGE = 50

# What pseudonymization leaves where a person's account was (audit.services).
DELETED_PERSON = "deleted-person"


@dataclass(frozen=True)
class ActivityRow:
    at: datetime
    what: str
    action: str
    who: str
    about: str
    summary: str


def _day_start(network: Network, day: date) -> datetime:
    """The first instant of `day` on the network's calendar."""
    return datetime.combine(day, time.min, tzinfo=ZoneInfo(network.time_zone))


def person_name(user: User) -> str:
    """A person as this page names them: a young person by first name only."""
    return minor_name(user.full_name) if user.is_minor else user.full_name


def _memberships(network: Network) -> list[Membership]:
    """Every membership of this network, current or ended, with its person: one query,
    read once a page, for the person filter's choices and for naming the rows' people."""
    return list(Membership.objects.filter(network=network).select_related("user").order_by("pk"))


def person_choices(memberships: list[Membership]) -> list[tuple[str, str]]:
    """The person filter's choices: the network's current and former members, named as the
    rows name them (a young person by first name only, never an email), in name order.
    Two people the page names alike are told apart by a number in the order they joined,
    not by anything more about them; a former member says so."""
    ended = {MembershipStatus.REMOVED, MembershipStatus.ALUMNI}
    names = [person_name(m.user) for m in memberships]
    seen: dict[str, int] = {}
    total = Counter(names)
    choices = []
    for membership, name in zip(memberships, names, strict=True):
        label = name
        if total[name] > 1:
            seen[name] = seen.get(name, 0) + 1
            label = f"{name} ({seen[name]})"
        if membership.status in ended:
            label = _("%(name)s, former member") % {"name": label}
        choices.append((str(membership.user_id), label))
    return sorted(choices, key=lambda c: (c[1].casefold(), c[0]))


def _members(
    network: Network, events: list[AuditEvent], memberships: list[Membership]
) -> dict[str, dict[int, User]]:
    """The people of this network the page's events name, in at most one more query
    whatever the number of rows: {"user": {user id: user}, "membership": {membership id:
    user}, "consent": {consent id: user}}. Someone who never belonged to this network is not
    in it, so the page does not name them (another network's member, a platform admin)."""
    found: dict[str, dict[int, User]] = {
        "user": {m.user_id: m.user for m in memberships},
        "membership": {m.pk: m.user for m in memberships},
        "consent": {},
    }
    consent_ids = {
        int(e.target_id)
        for e in events
        if e.target_type == "people.guardianconsent" and e.target_id.isdigit()
    }
    if consent_ids:
        consents = GuardianConsent.objects.filter(network=network, pk__in=consent_ids)
        found["consent"] = {
            pk: found["user"][user_id]
            for pk, user_id in consents.values_list("pk", "user_id")
            if user_id in found["user"]
        }
    return found


def _who(event: AuditEvent, members: dict[int, User]) -> str:
    if event.action in UNNAMED_ACTOR_ACTIONS:
        return _("only the safeguarding leads see who")
    if event.actor is not None:
        if event.actor_id in members:
            return person_name(members[event.actor_id])
        if event.action in APPLICANT_ACTIONS:
            # Signed in elsewhere, applying here: an applicant, as an anonymous sender reads.
            return _("an applicant")
        if event.actor.is_platform_admin:
            return _("a platform administrator")
        return _("someone outside this network")
    if event.actor_label == DELETED_PERSON or event.actor_label.startswith("user:"):
        # Pseudonymized, or an account gone without it: the row named a person once.
        return _("a former member")
    if event.action in GUARDIAN_ACTIONS or (
        # A youth member's absence notice given from their guardian's view (no account).
        event.action == "youth.absence_notice"
        and isinstance(event.data, dict)
        and event.data.get("by_guardian") is True
    ):
        return _("a guardian")
    if event.action in APPLICANT_ACTIONS:
        # Sent from a public form signed out: someone applying, not automatic work.
        return _("an applicant")
    return _("the system")


def _about(event: AuditEvent, found: dict[str, dict[int, User]]) -> str:
    kind = {
        "people.user": "user",
        "networks.membership": "membership",
        "people.guardianconsent": "consent",
    }.get(event.target_type)
    if kind is None or not event.target_id.isdigit():
        return ""
    person = found[kind].get(int(event.target_id))
    return person_name(person) if person is not None else ""


def _choice(choices: Any, value: object) -> str:
    """The label of a known choice; "" for anything else (the log's data is never shown)."""
    labels = dict(choices.choices)
    return str(labels[value]) if isinstance(value, str) and value in labels else ""


def _count(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _moved(choices: Any, data: dict[str, Any]) -> str:
    before, after = _choice(choices, data.get("from")), _choice(choices, data.get("to"))
    if before and after:
        return _("%(before)s → %(after)s") % {"before": before, "after": after}
    return after


def summary(event: AuditEvent) -> str:
    """A short summary of the event's data for the few actions where it helps, built only
    from values the page knows (a role, a status, a count); never the data itself."""
    data = event.data if isinstance(event.data, dict) else {}
    if event.action == "membership.role_changed":
        return _moved(Role, data)
    if event.action == "membership.status_overridden":
        return _moved(MembershipStatus, data)
    if event.action == "commitment.status":
        return _moved(CommitmentStatus, data)
    if event.action == "commitment.created" and data.get("scribe") is True:
        # The actor is the scribe who typed it in, not the person who committed.
        return _("entered for another member")
    if event.action == "nomination.decided":
        return _choice(NominationStatus, data.get("status"))
    if event.action in ("invitation.bulk_issued", "roster.imported", "membership.bulk_created"):
        n = _count(data.get("count"))
        if n is not None:
            return ngettext("%(count)d person", "%(count)d people", n) % {"count": n}
    if event.action in ("mail.dropped", "mail.withheld"):
        n = _count(data.get("messages"))
        if n is not None:
            return ngettext("%(count)d email", "%(count)d emails", n) % {"count": n}
    return ""


def activity_rows(
    network: Network, events: list[AuditEvent], memberships: list[Membership]
) -> list[ActivityRow]:
    found = _members(network, events, memberships)
    return [
        ActivityRow(
            at=event.created_at,
            what=action_label(event.action),
            action=event.action,
            who=_who(event, found["user"]),
            about=_about(event, found),
            summary=summary(event),
        )
        for event in events
    ]


def _person_targets(
    network: Network, person_id: int | None, memberships: list[Membership]
) -> list[tuple[str, list[str]]]:
    """What stands for the person as an event's target in this network, as `_about` names
    them: their account, their membership here, and their guardian's consents here. The
    consents' ids are read first, as a list (one small query, only with this filter): as a
    subquery inside the filter's `OR`, PostgreSQL checked it against every row of the
    network, for the page and again for its COUNT (bench/activity_log.py)."""
    if person_id is None:
        return []
    consents = GuardianConsent.objects.filter(network=network, user_id=person_id)
    return [
        ("people.user", [str(person_id)]),
        ("networks.membership", [str(m.pk) for m in memberships if m.user_id == person_id]),
        ("people.guardianconsent", [str(pk) for pk in consents.values_list("pk", flat=True)]),
    ]


@network_view(perm="networks.manage_network")
def activity_log(request: NetworkRequest, network_slug: str) -> HttpResponse:
    network = request.network
    wanted = {k: request.GET.get(k, "") for k in ("area", "since", "until", "person")}
    memberships = _memberships(network)
    form = ActivityFilterForm(wanted, people=person_choices(memberships))
    if not form.is_valid():
        # A filter the page cannot read: said on the form, and no list that looks filtered.
        return render(
            request, "web/activity.html", {"form": form, "page_obj": None, "rows": []}, status=400
        )
    since, until = form.cleaned_data["since"], form.cleaned_data["until"]
    person_id = int(form.cleaned_data["person"]) if form.cleaned_data["person"] else None
    events = network_events(
        network_id=network.pk,
        area=form.cleaned_data["area"],
        since=_day_start(network, since) if since else None,
        before=_day_start(network, until + timedelta(days=1)) if until else None,
        person_id=person_id,
        person_targets=_person_targets(network, person_id, memberships),
    )
    page_obj = Paginator(events, PER_PAGE).get_page(request.GET.get("page"))
    kept = {k: v for k, v in wanted.items() if v}
    return render(
        request,
        "web/activity.html",
        {
            "form": form,
            "page_obj": page_obj,
            "rows": activity_rows(network, list(page_obj), memberships),
            "query": urlencode(kept),
            "filtered": bool(kept),
        },
    )
