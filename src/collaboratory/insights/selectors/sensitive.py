"""Ideology and race. Per period or live they could be differenced (a leaver's value is the
gap between two gatherings' tables, a newcomer's the gap between before and after they saved
it), so pages read them only from the latest released
:class:`~collaboratory.insights.models.SensitiveSnapshot` (:func:`sensitive_published`), the
same whatever the period; :func:`sensitive_population` is what a snapshot is taken of."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db.models import Q
from django.utils.crypto import salted_hmac
from django_scopes import scopes_disabled

from collaboratory.insights import engine, privacy, snapshots
from collaboratory.insights.models import SensitiveSnapshot
from collaboratory.insights.selectors.inputs import (
    MORE_THAN_ONE_RACE,
    SENSITIVE,
    insights_settings_for,
)
from collaboratory.networks.models import ADMITTED_STATUSES, Membership, Network
from collaboratory.people.models import (
    MINOR_AGE_BANDS,
    PrivateSelfDescription,
    RaceEthnicity,
)

RACE_VALUES = frozenset(str(v) for v in RaceEthnicity.values)


def _race(values: Sequence[str] | None) -> str | None:
    """Multi-select race mapped to one category so counts add up; free text is never used."""
    known = sorted({v for v in values or () if v in RACE_VALUES})
    if not known:
        return None
    return known[0] if len(known) == 1 else MORE_THAN_ONE_RACE


def sensitive_population(*, network: Network) -> dict[int, tuple[str | None, str | None]]:
    """{user id: (ideology, race)} for the population a snapshot describes: the network's
    admitted adult members who consent (a self-description row exists only while its owner
    consents). Several races become "more than one" so counts add up; the free-text
    self-description is never read; minors are never included."""
    with scopes_disabled():
        rows = PrivateSelfDescription.objects.filter(
            user__memberships__network=network,
            user__memberships__status__in=ADMITTED_STATUSES,
        ).exclude(user__age_band__in=MINOR_AGE_BANDS)
        return {
            user_id: (None if ideology is None else str(ideology), _race(race))
            for user_id, ideology, race in rows.values_list("user_id", "ideology", "race_ethnicity")
        }


def released_digests(*, network: Network, attribute: str) -> list[tuple[dict[str, str], str, int]]:
    """(digests, key id, network id) of every release of an attribute, oldest first: what a
    candidate is compared with. The snapshot service reads it inside its locked transaction.

    Not only this network's: also those of every network where someone who could be in its
    population (an admitted member who gave a self-description) holds a membership. A
    member of two networks sees both tables, so two networks whose populations differ by one
    person must not both publish (the difference is that person's value); networks sharing
    nobody cannot be differenced. A subquery, not a list of ids: a population may be larger
    than a database takes parameters."""
    with scopes_disabled():
        people = PrivateSelfDescription.objects.filter(
            user__memberships__network=network,
            user__memberships__status__in=ADMITTED_STATUSES,
        ).values("user_id")
        related = Membership.objects.filter(user_id__in=people).values("network_id")
        return list(
            SensitiveSnapshot.objects.filter(
                Q(network=network) | Q(network_id__in=related), attribute=attribute
            )
            .order_by("taken_at", "pk")
            .values_list("digests", "key_id", "network_id")
        )


SNAPSHOT_KEY_SALT = "collaboratory.insights.snapshots"


def snapshot_keys() -> dict[str, bytes]:
    """{key id: key} for the snapshot digests: derived from ``SECRET_KEY`` (first, the one new
    digests use) and each of ``SECRET_KEY_FALLBACKS``, so the key never sits in the database
    and digests made before a key rotation can still be compared while the old key is a
    fallback."""
    keys: dict[str, bytes] = {}
    for secret in [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]:
        key = salted_hmac(SNAPSHOT_KEY_SALT, "digests", secret=secret, algorithm="sha256").digest()
        keys.setdefault(snapshots.key_id(key), key)
    return keys


@dataclass(frozen=True)
class Published:
    """A sensitive attribute as the pages show it: the latest released snapshot's table (at
    the network's current k, if that was raised since), Blau index and bridging, as of when
    it was taken. ``table`` is None when nothing has been released yet."""

    attribute: str
    as_of: datetime | None
    table: privacy.CountTable | None
    blau: float | None
    bridging: engine.Bridging | None
    k: int


def _published(attribute: str, row: SensitiveSnapshot | None, k: int) -> Published:
    if row is None:
        return Published(attribute, None, None, None, None, k)
    shown_k = max(k, row.k)
    table = privacy.resuppress(snapshots.table_from_json(attribute, row.table), k=shown_k)
    bridging = (
        None if row.bridging is None else snapshots.bridging_from_json(attribute, row.bridging)
    )
    blau = row.blau
    if table.any_suppressed:
        # As the engine does: a suppressed group withholds the figures built on it.
        blau = None
        if bridging is not None and bridging.withheld is None:
            bridging = engine.Bridging(
                attribute, None, None, None, None, None, "withheld: a group is suppressed"
            )
    return Published(attribute, row.taken_at, table, blau, bridging, shown_k)


def sensitive_published(*, network: Network) -> tuple[Published, ...]:
    """The latest released snapshot of each sensitive attribute, in ``SENSITIVE`` order: the
    only source of ideology and race on any page, whatever period is chosen."""
    k = insights_settings_for(network=network).min_cell_size
    with scopes_disabled():
        latest = [
            SensitiveSnapshot.objects.filter(network=network, attribute=attribute)
            .order_by("-taken_at", "-pk")
            .defer("digests")
            .first()
            for attribute in SENSITIVE
        ]
    return tuple(_published(a, row, k) for a, row in zip(SENSITIVE, latest, strict=True))
