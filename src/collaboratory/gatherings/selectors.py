"""Reusable reads for gatherings."""

from __future__ import annotations

from datetime import datetime

from django.db import connection
from django.db.models import Count, Field, IntegerField, Model, Prefetch, Q, QuerySet
from django.db.models.expressions import RawSQL
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


def _column(model: type[Model], field_name: str) -> str:
    field = model._meta.get_field(field_name)
    if not isinstance(field, Field) or not field.column:
        raise TypeError(f"{model.__name__}.{field_name} is not a concrete column")
    return field.column


def _count_of(model: type[Model], status: str) -> tuple[str, tuple[str]]:
    """SQL for the number of `model` rows of the outer gathering with this status.

    Written as a plain correlated subquery: the ORM's Subquery(...values().annotate(Count))
    costs more to compile (about 1 ms a page) than SQLite takes to run it. Only quoted
    identifiers from the models' metadata go into the text; the status is a parameter."""
    table = connection.ops.quote_name(model._meta.db_table)
    gathering = connection.ops.quote_name(Gathering._meta.db_table)
    gathering_id = connection.ops.quote_name(_column(Gathering, "id"))
    column = connection.ops.quote_name(_column(model, "gathering"))
    status_column = connection.ops.quote_name(_column(model, "status"))
    return (
        f"(SELECT COUNT(*) FROM {table} WHERE {table}.{column} = {gathering}.{gathering_id} "  # noqa: S608
        f"AND {table}.{status_column} = %s)",
        (status,),
    )


def _confirmed_count() -> RawSQL:
    sql, params = _count_of(Rsvp, RsvpStatus.CONFIRMED)
    return RawSQL(sql, params, output_field=IntegerField())  # noqa: S611  see _count_of


def _seats_taken() -> RawSQL:
    """Confirmed RSVPs plus approved substitutes, for each gathering of the outer query."""
    confirmed, confirmed_params = _count_of(Rsvp, RsvpStatus.CONFIRMED)
    substitutes, substitute_params = _count_of(Substitution, DecisionStatus.APPROVED)
    return RawSQL(  # noqa: S611  see _count_of
        f"{confirmed} + {substitutes}",
        confirmed_params + substitute_params,
        output_field=IntegerField(),
    )


def gathering_with_seats(*, network: Network, pk: int) -> Gathering:
    """One gathering with its parts and `seats_taken` (confirmed RSVPs plus approved
    substitutes) computed in the same query. Raises Gathering.DoesNotExist."""
    return (
        Gathering.objects.select_related("network", "host_organization")
        .prefetch_related("parts")
        .annotate(seats_taken=_seats_taken())
        .get(network=network, pk=pk)
    )


def gatherings_for_list(*, network: Network, user: User) -> QuerySet[Gathering]:
    """Every gathering, soonest upcoming first then past ones, with the seat count and the
    viewer's own RSVP (one query for the list, one for the RSVPs)."""
    return (
        Gathering.objects.filter(network=network)
        .annotate(confirmed_count=_confirmed_count())
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
