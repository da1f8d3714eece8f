"""Reads for the insights pages: the engine's inputs from the database, the cached result,
and the released snapshots of the sensitive tables.

Inputs come from a handful of flat ``values_list`` queries (members, gatherings, attendance,
commitments, asks), whatever the size of the network. The computed figures are kept in
Django's cache under a key that carries a *fingerprint* of the rows they were computed from
(counts and latest change times, four cheap aggregate queries), so a new commitment, a status
change, an attendance record or a new member gives a new key and the next page view
recomputes. No signals: the fingerprint is read on every view instead.

Ideology and race are not among those figures: per period or live they could be differenced
(a leaver's value is the gap between two gatherings' tables, a newcomer's the gap between
before and after they saved it). They are read only from the latest released
:class:`~.models.SensitiveSnapshot` (:func:`sensitive_published`), the same whatever the
period; :func:`sensitive_population` is what a snapshot is taken of.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import igraph as ig
import numpy as np
from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Max, Q, QuerySet
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _
from django_scopes import scopes_disabled

from collaboratory.commitments.models import Commitment, CommitmentStatus
from collaboratory.creditclub.models import Ask, ProposalState
from collaboratory.gatherings.models import Attendance, Gathering
from collaboratory.insights import engine, privacy, snapshots
from collaboratory.insights.models import InsightsSettings, SensitiveSnapshot
from collaboratory.networks.models import ADMITTED_STATUSES, Membership, Network, NetworkKind
from collaboratory.people.models import (
    MINOR_AGE_BANDS,
    AgeBand,
    Ideology,
    PrivateSelfDescription,
    RaceEthnicity,
)

CACHE_SECONDS = 60 * 60
CACHE_VERSION = 1
# The map draws the members with the most ties; the figures always cover everyone.
MAP_MEMBERS = 120
MORE_THAN_ONE_RACE = "more-than-one"
RACE_VALUES = frozenset(str(v) for v in RaceEthnicity.values)


def insights_settings_for(*, network: Network) -> InsightsSettings:
    """The network's insights settings, created with the defaults on first use."""
    with scopes_disabled():
        row, _created = InsightsSettings.objects.get_or_create(network=network)
    return row


# --------------------------------------------------------------------------- the adapter


# The follow-through lifecycle has ten states; the engine reasons about five. This is the one
# place that maps them (documented in docs/architecture.md, "Insights dashboards"):
# - offered, acknowledged, adjust requested: promised, nothing delivered yet -> made;
# - in progress, done (awaiting confirmation), disputed: delivery under way or claimed but
#   not confirmed by the recipient -> in progress (a dispute is not yet a failure);
# - kept and partly kept: the recipient confirmed that help arrived -> kept (partly kept
#   help still flowed; the amount is follow-through's business, not the graph's);
# - released and lapsed keep their names.
ENGINE_STATUS: dict[str, str] = {
    CommitmentStatus.OFFERED: "made",
    CommitmentStatus.ACKNOWLEDGED: "made",
    CommitmentStatus.ADJUST_REQUESTED: "made",
    CommitmentStatus.IN_PROGRESS: "in_progress",
    CommitmentStatus.DONE: "in_progress",
    CommitmentStatus.DISPUTED: "in_progress",
    CommitmentStatus.KEPT: "kept",
    CommitmentStatus.PARTLY_KEPT: "kept",
    CommitmentStatus.RELEASED: "released",
    CommitmentStatus.LAPSED: "lapsed",
}


def engine_status(status: str) -> str:
    """The engine's status (one of ``engine.STATUSES``) for a stored commitment status."""
    try:
        return ENGINE_STATUS[status]
    except KeyError:
        raise ValueError(f"unknown commitment status {status!r}") from None


# --------------------------------------------------------------------------- scope


@dataclass(frozen=True)
class Scope:
    """What the figures cover: the whole history, one calendar year of gatherings (fixed
    reporting periods: no free date ranges whose differences could single people out), or
    one gathering."""

    year: int | None = None
    gathering_id: int | None = None

    @property
    def key(self) -> str:
        if self.gathering_id is not None:
            return f"g{self.gathering_id}"
        if self.year is not None:
            return f"y{self.year}"
        return "all"


def _year_bounds(network: Network, year: int) -> tuple[datetime, datetime]:
    zone = ZoneInfo(network.time_zone)
    return datetime(year, 1, 1, tzinfo=zone), datetime(year + 1, 1, 1, tzinfo=zone)


def gatherings_in_scope(*, network: Network, scope: Scope) -> QuerySet[Gathering]:
    """Gatherings that have begun, oldest first, limited to the scope."""
    with scopes_disabled():
        qs = Gathering.objects.filter(network=network, starts_at__lte=timezone.now())
    if scope.gathering_id is not None:
        qs = qs.filter(pk=scope.gathering_id)
    elif scope.year is not None:
        start, end = _year_bounds(network, scope.year)
        qs = qs.filter(starts_at__gte=start, starts_at__lt=end)
    return qs.order_by("starts_at", "pk")


def reporting_years(*, network: Network) -> list[int]:
    """Calendar years (in the network's time zone) with a gathering that has begun."""
    zone = ZoneInfo(network.time_zone)
    with scopes_disabled():
        starts = Gathering.objects.filter(
            network=network, starts_at__lte=timezone.now()
        ).values_list("starts_at", flat=True)
        return sorted({s.astimezone(zone).year for s in starts}, reverse=True)


# --------------------------------------------------------------------------- fingerprint


def insights_fingerprint(*, network: Network) -> str:
    """A short digest of what the figures depend on: counts and latest changes of the
    network's commitments, memberships, gatherings and attendance. Any write that changes a
    figure changes at least one of them. Self-descriptions are not among them on purpose:
    no figure computed here reads them (they reach pages only through snapshots)."""
    with scopes_disabled():
        parts = [
            Commitment.objects.filter(network=network).aggregate(
                n=Count("pk"),
                created=Max("created_at"),
                changed=Max("status_changed_at"),
                kept=Max("kept_at"),
                hidden=Max("hidden_at"),
                undone=Max("undone_at"),
            ),
            Membership.objects.filter(network=network).aggregate(
                n=Count("pk"),
                last=Max("pk"),
                admitted=Count("pk", filter=Q(status__in=ADMITTED_STATUSES)),
            ),
            Gathering.objects.filter(network=network).aggregate(
                n=Count("pk"), last=Max("pk"), started=Max("starts_at")
            ),
            Attendance.objects.filter(network=network).aggregate(n=Count("pk"), last=Max("pk")),
        ]
    text = repr([sorted((k, str(v)) for k, v in p.items()) for p in parts])
    return hashlib.sha256(text.encode()).hexdigest()[:20]


# --------------------------------------------------------------------------- engine inputs


PUBLIC_ATTRIBUTES = ("sector", "region", "generation", "organization")
SENSITIVE = ("ideology", "race")
ATTRIBUTES = (*PUBLIC_ATTRIBUTES, *SENSITIVE)


@dataclass(frozen=True)
class Person:
    """What the map may show of a member: a display name (None for a minor outside a youth
    cohort, who appears without a name) and their sector."""

    user_id: int
    name: str | None
    sector: str
    is_minor: bool


@dataclass(frozen=True)
class Inputs:
    members: engine.Members
    commitments: engine.Commitments
    attendance: engine.Attendance
    asks: list[int]
    gatherings: list[tuple[int, str, datetime]]
    people: dict[int, Person]
    admitted: int


def _race(values: Sequence[str] | None) -> str | None:
    """Multi-select race mapped to one category so counts add up; free text is never used."""
    known = sorted({v for v in values or () if v in RACE_VALUES})
    if not known:
        return None
    return known[0] if len(known) == 1 else MORE_THAN_ONE_RACE


def _labels() -> dict[str, Sequence[str]]:
    return {
        "generation": [str(b) for b in AgeBand.values],
        "ideology": [str(i) for i in Ideology.values],
        "race": [*RaceEthnicity.values, MORE_THAN_ONE_RACE],
    }


def engine_inputs(
    *,
    network: Network,
    scope: Scope,
    sensitive: Mapping[int, tuple[str | None, str | None]] | None = None,
) -> Inputs:
    """The engine's inputs for one network and scope, in five flat queries.

    Without ``sensitive`` the members carry no ideology or race at all: the figures of a
    period never depend on them. A snapshot passes :func:`sensitive_population` and gets the
    two attributes too, known only for that population."""
    youth_network = network.kind == NetworkKind.YOUTH
    with scopes_disabled():
        gatherings = list(
            gatherings_in_scope(network=network, scope=scope).values_list(
                "pk", "title", "starts_at"
            )
        )
        gathering_ids = [g[0] for g in gatherings]
        commitment_rows = list(
            Commitment.objects.filter(
                network=network,
                gathering_id__in=gathering_ids,
                hidden_at__isnull=True,
                undone_at__isnull=True,
            ).values_list(
                "committer_id",
                "proposal__proposer_id",
                "ask_id",
                "capital",
                "status",
                "created_at",
                "kept_at",
                "gathering_id",
            )
        )
        attendance_rows = list(
            Attendance.objects.filter(network=network, part__gathering_id__in=gathering_ids)
            .order_by()
            .values_list("part__gathering_id", "user_id")
            .distinct()
        )
        membership_rows = list(
            Membership.objects.filter(network=network)
            .order_by("pk")
            .values_list(
                "user_id",
                "status",
                "sector__name",
                "user__region",
                "user__age_band",
                "organization__name",
                "user__full_name",
            )
        )
        asks = list(
            Ask.objects.filter(
                network=network,
                proposal__gathering_id__in=gathering_ids,
                proposal__state__in=(ProposalState.SELECTED, ProposalState.PRESENTED),
            ).values_list("pk", flat=True)
        )

    # The roster: admitted members, and anyone else who took part in what is in scope
    # (alumni, removed members), so their past commitments still count.
    took_part = {r[0] for r in commitment_rows} | {r[1] for r in commitment_rows}
    took_part |= {user for _g, user in attendance_rows}
    rows = []
    people: dict[int, Person] = {}
    admitted = 0
    for user_id, status, sector, region, band, org, name in membership_rows:
        is_admitted = status in ADMITTED_STATUSES
        admitted += is_admitted
        if not (is_admitted or user_id in took_part):
            continue
        minor = band in MINOR_AGE_BANDS
        row: tuple[object, ...] = (
            user_id,
            sector,
            None if minor else (region or None),
            band or None,
            org,
        )
        if sensitive is not None:
            row += sensitive.get(user_id, (None, None))
        rows.append(row)
        people[user_id] = Person(
            user_id=user_id,
            name=name if (youth_network or not minor) else None,
            sector=sector or "",
            is_minor=minor,
        )
    members = engine.Members.from_rows(
        rows,
        PUBLIC_ATTRIBUTES if sensitive is None else ATTRIBUTES,
        sensitive=SENSITIVE,
        labels=_labels(),
    )
    # Commitments whose committer or recipient has no membership here (cannot happen through
    # the services; a defensive filter so one odd row never breaks a report).
    commitment_rows = [
        (c, r, -1 if a is None else a, kind, engine_status(s), created, kept, g)
        for c, r, a, kind, s, created, kept, g in commitment_rows
        if c in people and r in people
    ]
    return Inputs(
        members=members,
        commitments=engine.Commitments.from_rows(
            commitment_rows, members, gatherings=gathering_ids
        ),
        attendance=engine.Attendance.from_rows(
            [(g, u) for g, u in attendance_rows if u in people],
            members,
            gatherings=gathering_ids,
        ),
        asks=asks,
        gatherings=gatherings,
        people=people,
        admitted=admitted,
    )


# --------------------------------------------------------------------------- the map


@dataclass(frozen=True)
class MapNode:
    user_id: int
    label: str
    sector: str
    x: float
    y: float
    given: int
    received: int


@dataclass(frozen=True)
class MapTie:
    source: int  # user ids
    target: int
    weight: int


@dataclass(frozen=True)
class HelpMap:
    nodes: tuple[MapNode, ...]
    ties: tuple[MapTie, ...]
    members_with_ties: int
    shown: int


def help_map(inputs: Inputs, result: engine.Insights, *, limit: int = MAP_MEMBERS) -> HelpMap:
    """A layout of who helped whom (Kamada-Kawai from a circle, so the same data gives the
    same picture), over the ``limit`` members with the most distinct ties."""
    n = inputs.members.size
    graph = engine.help_graph(n, inputs.commitments)
    flows = result.flows
    degree = flows.helped + flows.helped_by
    with_ties = np.flatnonzero(degree > 0)
    order = with_ties[np.lexsort((flows.ids[with_ties], -degree[with_ties]))][:limit]
    keep = np.zeros(n, dtype=bool)
    keep[order] = True
    use = keep[graph.src] & keep[graph.dst]
    position = {int(p): i for i, p in enumerate(order)}
    edges = [
        (position[int(s)], position[int(d)])
        for s, d in zip(graph.src[use], graph.dst[use], strict=True)
    ]
    count = len(order)
    coords: list[list[float]] = []
    if count:
        seed = [
            [math.cos(2 * math.pi * i / count), math.sin(2 * math.pi * i / count)]
            for i in range(count)
        ]
        layout = ig.Graph(n=count, edges=edges, directed=False).layout_kamada_kawai(seed=seed)
        coords = [list(c) for c in layout.coords]
        xs = [c[0] for c in coords]
        ys = [c[1] for c in coords]
        span_x = (max(xs) - min(xs)) or 1.0
        span_y = (max(ys) - min(ys)) or 1.0
        coords = [[(c[0] - min(xs)) / span_x, (c[1] - min(ys)) / span_y] for c in coords]
    ids = flows.ids
    nodes = []
    for i, p in enumerate(order):
        user_id = int(ids[p])
        person = inputs.people[user_id]
        nodes.append(
            MapNode(
                user_id=user_id,
                label=person.name or _("A youth member"),
                sector=person.sector,
                x=coords[i][0],
                y=coords[i][1],
                given=int(flows.given[p]),
                received=int(flows.received[p]),
            )
        )
    ties = tuple(
        MapTie(int(ids[s]), int(ids[d]), int(w))
        for s, d, w in zip(graph.src[use], graph.dst[use], graph.weight[use], strict=True)
    )
    return HelpMap(nodes=tuple(nodes), ties=ties, members_with_ties=len(with_ties), shown=count)


# --------------------------------------------------------------------------- the figures


@dataclass(frozen=True)
class Figures:
    """Everything the dashboards and reports show for one network and scope. Viewer
    independent (the light view shows a part of it), so one cached copy serves everyone."""

    network_id: int
    scope: Scope
    k: int
    admitted: int
    gatherings: tuple[tuple[int, str, datetime], ...]
    result: engine.Insights
    map: HelpMap
    computed_at: datetime


def _compute(network: Network, scope: Scope, k: int) -> Figures:
    inputs = engine_inputs(network=network, scope=scope)
    result = engine.compute(
        inputs.members,
        inputs.commitments,
        asks=inputs.asks,
        attendance=inputs.attendance,
        n_gatherings=len(inputs.gatherings),
        k=k,
    )
    return Figures(
        network_id=network.pk,
        scope=scope,
        k=k,
        admitted=inputs.admitted,
        gatherings=tuple(inputs.gatherings),
        result=result,
        map=help_map(inputs, result),
        computed_at=timezone.now(),
    )


def figures_cache_key(*, network: Network, scope: Scope, k: int, fingerprint: str) -> str:
    return f"insights:v{CACHE_VERSION}:{network.pk}:{scope.key}:k{k}:{fingerprint}"


def insights_figures(*, network: Network, scope: Scope | None = None) -> Figures:
    """The figures for a network and scope, from the cache when nothing they depend on has
    changed, computed (and cached) otherwise."""
    scope = scope or Scope()
    k = insights_settings_for(network=network).min_cell_size
    key = figures_cache_key(
        network=network, scope=scope, k=k, fingerprint=insights_fingerprint(network=network)
    )
    figures: Figures | None = cache.get(key)
    if figures is None:
        figures = _compute(network, scope, k)
        cache.set(key, figures, CACHE_SECONDS)
    return figures


def gathering_choices(*, network: Network) -> list[tuple[int, str, datetime]]:
    """Gatherings that have begun, newest first, for the filters and report links."""
    with scopes_disabled():
        return list(
            Gathering.objects.filter(network=network, starts_at__lte=timezone.now())
            .order_by("-starts_at", "-pk")
            .values_list("pk", "title", "starts_at")
        )


# --------------------------------------------------------------------------- sensitive snapshots


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
