"""Reusable reads for gatherings."""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.db.models import Count, IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from collaboratory.gatherings.models import (
    DecisionStatus,
    Gathering,
    GatheringPart,
    GatheringSettings,
    Rsvp,
    RsvpStatus,
    Substitution,
    default_part_template,
)
from collaboratory.networks.models import Network
from collaboratory.people.models import User


def gatherings_upcoming(*, network: Network, limit: int) -> QuerySet[Gathering]:
    return Gathering.objects.filter(network=network, ends_at__gte=timezone.now()).order_by(
        "starts_at"
    )[:limit]


def gatherings_past_count(*, network: Network) -> int:
    return Gathering.objects.filter(network=network, ends_at__lt=timezone.now()).count()


def gathering_settings_for(*, network: Network) -> GatheringSettings:
    """The network's gathering settings, created with the national defaults on first use."""
    row, _created = GatheringSettings.objects.get_or_create(
        network=network, defaults={"part_template": default_part_template()}
    )
    return row


def gathering_seats_taken(*, gathering: Gathering) -> int:
    """Confirmed RSVPs plus approved substitutes: the seats that count against capacity."""
    confirmed = Rsvp.objects.filter(gathering=gathering, status=RsvpStatus.CONFIRMED).count()
    substitutes = Substitution.objects.filter(
        gathering=gathering, status=DecisionStatus.APPROVED
    ).count()
    return confirmed + substitutes


def _count_of(model: type[Rsvp] | type[Substitution], status: str) -> Coalesce:
    """The number of `model` rows with this status for each gathering of the outer query."""
    counted = (
        model.objects.filter(gathering=OuterRef("pk"), status=status)
        .values("gathering")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def gatherings_for_list(*, network: Network, user: User) -> QuerySet[Gathering]:
    """Every gathering, soonest upcoming first then past ones, with the seat count and the
    viewer's own RSVP (one query for the list, one for the RSVPs)."""
    return (
        Gathering.objects.filter(network=network)
        .annotate(confirmed_count=_count_of(Rsvp, RsvpStatus.CONFIRMED))
        .prefetch_related(
            Prefetch("rsvps", queryset=Rsvp.objects.filter(user=user), to_attr="my_rsvps")
        )
        .order_by("-starts_at")
    )


def gathering_rsvp_counts(*, gathering: Gathering) -> dict[str, int]:
    row = Rsvp.objects.filter(gathering=gathering).aggregate(
        **{status: Count("pk", filter=Q(status=status)) for status in RsvpStatus.values},
        presenting=Count("pk", filter=Q(wants_to_present=True, status=RsvpStatus.CONFIRMED)),
    )
    return {key: int(value) for key, value in row.items()}


def gathering_rsvps(*, gathering: Gathering) -> QuerySet[Rsvp]:
    return (
        Rsvp.objects.filter(gathering=gathering)
        .select_related("user")
        .order_by("status", "user__full_name")
    )


def attendance_last_dates(*, network: Network) -> dict[int, datetime]:
    """User id -> end time of the last gathering part they attended in this network (from the
    attendance ledger), for the membership activity rule."""
    from django.db.models import Max
    from django_scopes import scopes_disabled

    from collaboratory.gatherings.models import Attendance

    with scopes_disabled():
        rows = (
            Attendance.objects.filter(network=network, part__ends_at__lte=timezone.now())
            .values("user_id")
            .annotate(last=Max("part__ends_at"))
            .values_list("user_id", "last")
        )
        return dict(rows)


# --- Check-in -------------------------------------------------------------------------------

# Self check-in opens this long before a part starts and closes when it ends.
CHECK_IN_OPENS = timedelta(hours=2)
# Characters of the day's code kept (base64url of an HMAC-SHA256): 96 bits.
CHECK_IN_CODE_LENGTH = 16


def part_open_among(parts: Iterable[GatheringPart], *, now: datetime) -> GatheringPart | None:
    """The first of these parts whose check-in window holds `now`, or None."""
    for part in parts:
        if part.starts_at - CHECK_IN_OPENS <= now <= part.ends_at:
            return part
    return None


def part_open_for_check_in(*, gathering: Gathering, now: datetime) -> GatheringPart | None:
    return part_open_among(gathering.parts.all(), now=now)


def check_in_day(*, part: GatheringPart, zone: ZoneInfo) -> date:
    """The gathering day a part belongs to: the local date it starts on."""
    return part.starts_at.astimezone(zone).date()


def check_in_code_for(*, gathering: Gathering, day: date) -> str:
    """The check-in code of one gathering day: an HMAC of the date under the gathering's
    secret. Each day has its own code, one day's code says nothing about another's, and no
    code is stored, so there is none to leak from the database or a page."""
    mac = hmac.new(
        gathering.check_in_secret.encode(), f"check-in:{day.isoformat()}".encode(), hashlib.sha256
    ).digest()
    return base64.urlsafe_b64encode(mac).decode()[:CHECK_IN_CODE_LENGTH]


def _same_code(expected: str, given: str) -> bool:
    return hmac.compare_digest(expected.encode(), given.encode())


def check_in_code_day(
    *, gathering: Gathering, code: str, parts: Sequence[GatheringPart]
) -> date | None:
    """The day of this gathering (among its `parts`) whose code `code` is, or None. Every day
    is compared, in constant time, so the answer's timing does not tell which day matched."""
    zone = ZoneInfo(gathering.network.time_zone)
    found = None
    for day in sorted({check_in_day(part=part, zone=zone) for part in parts}):
        if _same_code(check_in_code_for(gathering=gathering, day=day), code):
            found = day
    return found


@dataclass(frozen=True)
class CheckInCode:
    day: date
    code: str
    is_open: bool  # check-in for a part of this day is open now


def check_in_code_to_show(*, gathering: Gathering, now: datetime) -> CheckInCode:
    """The code the room's QR code carries, for stewards and facilitators: the day whose
    check-in is open, else the next day to come, else the last day."""
    parts = list(gathering.parts.all())
    part = part_open_among(parts, now=now)
    is_open = part is not None
    if part is None:
        part = next((p for p in parts if p.starts_at > now), parts[-1])
    day = check_in_day(part=part, zone=ZoneInfo(gathering.network.time_zone))
    code = check_in_code_for(gathering=gathering, day=day)
    return CheckInCode(day=day, code=code, is_open=is_open)


def gathering_for_check_in_code(*, code: str, now: datetime) -> Gathering | None:
    """The gathering a short link's code names: among parts within a day of `now`, the one
    whose day has this code. A code from a day further off finds nothing. The short link has
    no network, so this reads across networks: call it inside `scopes_disabled()`."""
    parts = GatheringPart.objects.filter(
        starts_at__lte=now + timedelta(days=1), ends_at__gte=now - timedelta(days=1)
    ).select_related("gathering__network")
    found = None
    for part in parts:
        gathering = part.gathering
        day = check_in_day(part=part, zone=ZoneInfo(gathering.network.time_zone))
        if _same_code(check_in_code_for(gathering=gathering, day=day), code) and found is None:
            found = gathering
    return found
