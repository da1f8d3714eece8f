"""Reusable reads for gatherings."""

from __future__ import annotations

from datetime import datetime

from django.db.models import Count, IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from collaboratory.gatherings.models import (
    DecisionStatus,
    Gathering,
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
