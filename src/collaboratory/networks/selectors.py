"""Reusable reads for networks and memberships."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet
from django_scopes import scopes_disabled

from collaboratory.networks.models import ADMITTED_STATUSES, Membership, Network, Role
from collaboratory.people.models import User


def membership_for(*, user: User, network: Network) -> Membership | None:
    """The person's admitted membership in this network, or None. Cached on the user object
    for the request, because every permission predicate asks."""
    if not user.is_authenticated:
        return None
    cache: dict[int, Membership | None] = user.__dict__.setdefault("_membership_cache", {})
    if network.pk not in cache:
        with scopes_disabled():
            cache[network.pk] = (
                Membership.objects.select_related("organization", "sector")
                .filter(network=network, user=user, status__in=ADMITTED_STATUSES)
                .first()
            )
    return cache[network.pk]


def networks_of_user(*, user: User) -> QuerySet[Network]:
    """The networks a person belongs to. Crossing networks on purpose: each is shown only
    through the person's own membership in it."""
    with scopes_disabled():
        ids = list(
            Membership.objects.filter(user=user, status__in=ADMITTED_STATUSES).values_list(
                "network_id", flat=True
            )
        )
    return Network.objects.filter(pk__in=ids).order_by("kind", "name")


@dataclass(frozen=True)
class NetworkCounts:
    members: int
    youth_members: int
    stewards: int
    organizations: int


def network_counts(*, network: Network) -> NetworkCounts:
    """Head counts for the network home, in one query."""
    admitted = Q(status__in=ADMITTED_STATUSES)
    with scopes_disabled():
        row = Membership.objects.filter(network=network).aggregate(
            members=Count("pk", filter=admitted),
            youth=Count("pk", filter=admitted & Q(role=Role.YOUTH_MEMBER)),
            stewards=Count("pk", filter=admitted & Q(role=Role.STEWARD)),
            organizations=Count("organization", filter=admitted, distinct=True),
        )
    return NetworkCounts(
        members=row["members"],
        youth_members=row["youth"],
        stewards=row["stewards"],
        organizations=row["organizations"],
    )


def networks_overview() -> QuerySet[Network]:
    """Every network with its admitted head count, for the platform admin (no member data)."""
    return Network.objects.select_related("parent").annotate(
        member_count=Count("memberships", filter=Q(memberships__status__in=ADMITTED_STATUSES))
    )
