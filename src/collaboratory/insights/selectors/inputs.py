"""The engine's inputs from the database, and the fingerprint of the rows they come from.

Inputs come from a handful of flat ``values_list`` queries (members, gatherings, attendance,
commitments, asks), whatever the size of the network. The fingerprint (counts and latest
change times, four cheap aggregate queries) sits beside them because it must watch exactly
the tables they read: a new commitment, a status change, an attendance record or a new
member changes it, and the cached figures (``figures.py``) are keyed by it. No signals: the
fingerprint is read on every view instead.

Ideology and race are not among a period's inputs (see ``sensitive.py``): a snapshot passes
its own population in.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import numpy as np
from django.db.models import Count, Max, OuterRef, Q, QuerySet, Subquery
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.commitments.models import COUNTED, Commitment, CommitmentStatus
from collaboratory.creditclub.models import Ask, ProposalState
from collaboratory.gatherings.models import Attendance, Gathering
from collaboratory.insights import engine, privacy
from collaboratory.insights.models import InsightsSettings
from collaboratory.networks.models import ADMITTED_STATUSES, Membership, Network, NetworkKind
from collaboratory.people.models import (
    MINOR_AGE_BANDS,
    AgeBand,
    Ideology,
    RaceEthnicity,
)

MORE_THAN_ONE_RACE = "more-than-one"
# Minors count as one generation: a minor's age band is for the stewards' roster only, and
# a table splitting 13-15 from 16-17 told every reader of the reports (youth members read
# their cohort's) the band of a youth member who was the difference between two periods
# (alumni count in the periods they took part in).
MINOR_GENERATION = "13-17"


def generation_of(band: str | None) -> str | None:
    """The generation insights count a person in: their age band, minors' merged."""
    if not band:
        return None
    return MINOR_GENERATION if band in MINOR_AGE_BANDS else band


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


# --------------------------------------------------------------------------- fingerprint


COMMITMENT_CHANGES = {
    "created": "created_at",
    "changed": "status_changed_at",
    "kept": "kept_at",
    "hidden": "hidden_at",
    "undone": "undone_at",
}


def _commitment_changes(network: Network) -> dict[str, object]:
    """The count and the latest of each change date of the network's commitments, in one
    query: each latest date is its own subquery that reads one entry of a (network, date)
    index, where MAX over five columns at once read every commitment of the network (at
    200,000 commitments, most of the dashboard's time). The count still walks the network's
    index, the cheapest way to notice a deletion."""
    count = (
        Commitment.objects.filter(network=OuterRef("pk"))
        .order_by()
        .values("network")
        .annotate(n=Count("pk"))
        .values("n")
    )
    latest = {
        name: Subquery(
            Commitment.objects.filter(network=OuterRef("pk"), **{f"{field}__isnull": False})
            .order_by(f"-{field}")
            .values(field)[:1]
        )
        for name, field in COMMITMENT_CHANGES.items()
    }
    return (
        Network.objects.filter(pk=network.pk)
        .annotate(n=Subquery(count), **latest)
        .values("n", *latest)
        .get()
    )


def insights_fingerprint(*, network: Network) -> str:
    """A short digest of what the figures depend on: counts and latest changes of the
    network's commitments, memberships, gatherings (with how many have begun) and attendance.
    Any write that changes a figure changes at least one of them, and so does a gathering
    beginning, which writes nothing. Self-descriptions are not among them on purpose:
    no figure computed here reads them (they reach pages only through snapshots)."""
    with scopes_disabled():
        parts = [
            _commitment_changes(network),
            Membership.objects.filter(network=network).aggregate(
                n=Count("pk"),
                last=Max("pk"),
                admitted=Count("pk", filter=Q(status__in=ADMITTED_STATUSES)),
            ),
            # `begun`: the clock passing a gathering's start writes nothing, yet the
            # gathering joins every period's figures from then on.
            Gathering.objects.filter(network=network).aggregate(
                n=Count("pk"),
                last=Max("pk"),
                started=Max("starts_at"),
                begun=Count("pk", filter=Q(starts_at__lte=timezone.now())),
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
    # Distinct committer -> presenter pairs between a minor and an adult, either way.
    youth_adult_ties: int = 0
    # Whether that count is suppressed (`youth_adult_ties_of`: with every period's).
    youth_adult_ties_hidden: bool = False
    # Distinct people in the attendance ledger of the gatherings in scope: who came, youth
    # guests and members since gone included (the roster's attendance drops neither).
    attended: int = 0


def youth_adult_ties(rows: Iterable[tuple[int, int, bool, bool]]) -> set[tuple[int, int]]:
    """Distinct (committer, presenter) pairs where one is a minor and the other an adult,
    from rows of (committer, presenter, committer is a minor, presenter is a minor). A pair
    with commitments both ways is two ties, as in the help graph."""
    return {(c, r) for c, r, c_minor, r_minor in rows if c_minor != r_minor}


def _youth_adult_pairs(
    network: Network, gathering_ids: Sequence[int]
) -> dict[int, set[tuple[int, int]]]:
    """{gathering id: its youth-adult ties (committer, presenter)}, for every gathering
    given, by the `COUNTED` rule, youth guests included. One query, of the commitments that
    involve a minor only."""
    rows_of: dict[int, list[tuple[int, int, bool, bool]]] = {pk: [] for pk in gathering_ids}
    with scopes_disabled():
        rows = (
            Commitment.objects.filter(
                Q(committer__age_band__in=MINOR_AGE_BANDS)
                | Q(proposal__proposer__age_band__in=MINOR_AGE_BANDS),
                COUNTED,
                network=network,
                gathering_id__in=gathering_ids,
            )
            .order_by()
            .values_list(
                "gathering_id",
                "committer_id",
                "proposal__proposer_id",
                "committer__age_band",
                "proposal__proposer__age_band",
            )
            .distinct()
        )
        for gathering, committer, presenter, c_band, p_band in rows:
            rows_of[gathering].append(
                (committer, presenter, c_band in MINOR_AGE_BANDS, p_band in MINOR_AGE_BANDS)
            )
    return {pk: youth_adult_ties(rows) for pk, rows in rows_of.items()}


def youth_adult_ties_of(
    *,
    scope: Scope,
    zone: ZoneInfo,
    begun: Sequence[tuple[int, datetime]],
    pairs: Mapping[int, set[tuple[int, int]]],
    k: int,
) -> tuple[int, bool]:
    """(this scope's youth-adult ties, whether that count is hidden). ``begun``: (id, start)
    of every gathering begun; ``pairs``: each one's ties.

    Every period is published (each gathering, each year, everything), so their counts
    are one table: a year holds its gatherings, everything holds the years. Suppressed one
    period at a time, a hidden gathering's ties were the gap between its year and the
    year's other gatherings, or between everything and the other years. So the counts of
    every period are suppressed together (`privacy.suppress`, the lines being a year with
    its gatherings and everything with the years): a count below k is hidden, and so is a
    complement wherever a line would hold a single hidden entry."""
    gatherings = [pk for pk, _starts in begun]
    year_of = {pk: starts.astimezone(zone).year for pk, starts in begun}
    years = sorted(set(year_of.values()))
    index = {f"g{pk}": i for i, pk in enumerate(gatherings)}
    index.update({f"y{y}": len(gatherings) + j for j, y in enumerate(years)})
    index["all"] = len(gatherings) + len(years)
    sets: list[set[tuple[int, int]]] = [set(pairs.get(pk, ())) for pk in gatherings]
    sets += [
        set().union(*(pairs.get(pk, set()) for pk in gatherings if year_of[pk] == y)) for y in years
    ]
    sets.append(set().union(*sets[: len(gatherings)]))
    lines = [
        [index[f"g{pk}"] for pk in gatherings if year_of[pk] == y] + [index[f"y{y}"]] for y in years
    ]
    lines.append([index[f"y{y}"] for y in years] + [index["all"]])
    hidden = privacy.suppress(
        np.array([len(s) for s in sets], dtype=np.int64),
        lines,
        k=k,
        totals=range(len(gatherings), len(sets)),
    )
    at = index.get(scope.key)
    if at is None:  # a scope with no gathering begun: nothing counted
        return 0, False
    return len(sets[at]), bool(hidden[at])


def _labels() -> dict[str, Sequence[str]]:
    return {
        "generation": [
            MINOR_GENERATION,
            *(str(b) for b in AgeBand.values if b not in MINOR_AGE_BANDS),
        ],
        "ideology": [str(i) for i in Ideology.values],
        "race": [*RaceEthnicity.values, MORE_THAN_ONE_RACE],
    }


def _in_scope(zone: ZoneInfo, scope: Scope, gathering_id: int, starts_at: datetime) -> bool:
    """`gatherings_in_scope`'s rule for one gathering already read (it has begun)."""
    if scope.gathering_id is not None:
        return gathering_id == scope.gathering_id
    if scope.year is not None:
        return starts_at.astimezone(zone).year == scope.year
    return True


def _former_by_gathering(
    network: Network, gathering_ids: Sequence[int], former: Mapping[int, object]
) -> dict[int, set[int]]:
    """{gathering id: former members (a membership here, no longer admitted) who committed,
    presented a project with commitments, or attended there}. Two queries; the former
    members by subquery, not a list of ids (a database takes only so many)."""
    took_part: dict[int, set[int]] = {}
    if not former:
        return took_part
    with scopes_disabled():
        gone = (
            Membership.objects.filter(network=network)
            .exclude(status__in=ADMITTED_STATUSES)
            .values("user_id")
        )
        for gathering, committer, presenter in Commitment.objects.filter(
            Q(committer_id__in=gone) | Q(proposal__proposer_id__in=gone),
            COUNTED,
            network=network,
            gathering_id__in=gathering_ids,
        ).values_list("gathering_id", "committer_id", "proposal__proposer_id"):
            took_part.setdefault(gathering, set()).update(
                p for p in (committer, presenter) if p in former
            )
        for gathering, person in (
            Attendance.objects.filter(
                network=network, part__gathering_id__in=gathering_ids, user_id__in=gone
            )
            .order_by()
            .values_list("part__gathering_id", "user_id")
            .distinct()
        ):
            took_part.setdefault(gathering, set()).add(person)
    return took_part


def periods_withheld(populations: Mapping[str, set[int]], people: set[int], k: int) -> set[str]:
    """The periods (scope keys) that must count their former members as of unknown value,
    so that no combination of the periods' tables isolates fewer than k of ``people``.

    ``populations``: each period's former members. A period's table is the admitted
    members' (the same in every period, and shown alone by a period without leavers) plus
    those of ``people`` it counts, so any sum and difference of published tables counts the
    leavers by their *pattern*, the set of periods that count them: people with the same
    pattern always move together. When every pattern is shared by none or at least k
    people, whatever tables are combined, the leavers left in the result are at least k
    (or none), the snapshots' release rule for any number of periods at once: checked two
    periods at a time, two gatherings of one year, minus their year, minus a period
    without leavers left the one person who came to both. Otherwise a period of the
    smallest pattern stops counting its leavers (a gathering before a year, a year before
    everything; the one with the fewest leavers first), and the patterns are read again."""
    keys = list(populations)
    rank = {key: (0 if key.startswith("g") else 1 if key.startswith("y") else 2) for key in keys}
    masks = []
    for person in people:
        mask = 0
        for bit, key in enumerate(keys):
            if person in populations[key]:
                mask |= 1 << bit
        masks.append(mask)
    sizes = {key: len(populations[key] & people) for key in keys}
    open_ = (1 << len(keys)) - 1
    withheld: set[str] = set()
    while True:
        patterns: dict[int, int] = {}
        for mask in masks:
            if mask & open_:
                patterns[mask & open_] = patterns.get(mask & open_, 0) + 1
        small = [(n, pattern) for pattern, n in patterns.items() if n < k]
        if not small:
            return withheld
        _n, pattern = min(small)
        bits = [bit for bit in range(len(keys)) if pattern >> bit & 1]
        bit = min(bits, key=lambda b: (rank[keys[b]], sizes[keys[b]], b))
        open_ &= ~(1 << bit)
        withheld.add(keys[bit])


def former_attributes_shown(
    *,
    scope: Scope,
    zone: ZoneInfo,
    begun: Sequence[tuple[int, datetime]],
    took_part: Mapping[int, set[int]],
    former: Mapping[int, Sequence[object]],
    k: int,
) -> tuple[bool, ...]:
    """For each public attribute (``PUBLIC_ATTRIBUTES`` order), whether this scope's tables
    may count the former members (alumni, removed) who took part in it. ``begun``: (id,
    start) of every gathering begun; ``took_part``: the former members per gathering;
    ``former``: their public attribute values.

    Admitted members are counted in every scope alike; former members only in the scopes
    they took part in, so two periods' tables differed by exactly those people, and a leaver
    who was the only difference between two reports had their sector, region, generation
    and organization read off the gap. Every period (each gathering begun, each year,
    everything) is decided together, per attribute, from the same rows whichever is
    viewed (`periods_withheld`): a withheld period counts its former members as of unknown
    value for that attribute."""
    populations: dict[str, set[int]] = {"all": set()}
    for pk, starts_at in begun:
        people = took_part.get(pk, set())
        populations[f"g{pk}"] = people
        populations.setdefault(f"y{starts_at.astimezone(zone).year}", set()).update(people)
        populations["all"] |= people
    mine = populations.get(scope.key, set())
    everyone = set().union(*populations.values())
    shown = []
    for index in range(len(PUBLIC_ATTRIBUTES)):
        # Leavers with no value for the attribute add nothing to its table.
        people = {p for p in everyone if p in former and former[p][index] is not None}
        if not mine & people:
            shown.append(True)
            continue
        shown.append(scope.key not in periods_withheld(populations, people, k))
    return tuple(shown)


def engine_inputs(
    *,
    network: Network,
    scope: Scope,
    sensitive: Mapping[int, tuple[str | None, str | None]] | None = None,
    k: int | None = None,
) -> Inputs:
    """The engine's inputs for one network and scope, in six flat queries (the sixth the
    youth-adult ties of every period, `youth_adult_ties_of`; two more for the guard on
    former members, when the network has any: `former_attributes_shown`).

    Without ``sensitive`` the members carry no ideology or race at all: the figures of a
    period never depend on them. A snapshot passes :func:`sensitive_population` and gets the
    two attributes too, known only for that population."""
    youth_network = network.kind == NetworkKind.YOUTH
    zone = ZoneInfo(network.time_zone)
    if k is None:
        k = insights_settings_for(network=network).min_cell_size
    with scopes_disabled():
        # Every gathering begun (the guard on former members compares every period).
        begun = list(
            gatherings_in_scope(network=network, scope=Scope()).values_list(
                "pk", "title", "starts_at"
            )
        )
        gatherings = [g for g in begun if _in_scope(zone, scope, g[0], g[2])]
        gathering_ids = [g[0] for g in gatherings]
        commitment_rows = list(
            Commitment.objects.filter(
                COUNTED, network=network, gathering_id__in=gathering_ids
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

    # Youth guests commit in the host network without a membership there: counted too.
    youth_adult_ties, youth_adult_ties_hidden = youth_adult_ties_of(
        scope=scope,
        zone=zone,
        begun=[(pk, starts_at) for pk, _title, starts_at in begun],
        pairs=_youth_adult_pairs(network, [g[0] for g in begun]),
        k=k,
    )
    # The roster: admitted members, and anyone else who took part in what is in scope
    # (alumni, removed members), so their past commitments still count.
    took_part = {r[0] for r in commitment_rows} | {r[1] for r in commitment_rows}
    took_part |= {user for _g, user in attendance_rows}
    values: dict[int, tuple[object, ...]] = {}
    for user_id, _status, sector, region, band, org, _name in membership_rows:
        minor = band in MINOR_AGE_BANDS
        values[user_id] = (
            sector or None,
            None if minor else (region or None),
            generation_of(band),
            org or None,
        )
    former = {
        u: values[u] for u, status, *_rest in membership_rows if status not in ADMITTED_STATUSES
    }
    shown = former_attributes_shown(
        scope=scope,
        zone=zone,
        begun=[(pk, starts_at) for pk, _title, starts_at in begun],
        took_part=_former_by_gathering(network, [g[0] for g in begun], former),
        former=former,
        k=k,
    )
    rows = []
    people: dict[int, Person] = {}
    admitted = 0
    for user_id, status, sector, _region, band, _org, name in membership_rows:
        is_admitted = status in ADMITTED_STATUSES
        admitted += is_admitted
        if not (is_admitted or user_id in took_part):
            continue
        minor = band in MINOR_AGE_BANDS
        row: tuple[object, ...] = (
            user_id,
            *(
                value if is_admitted or open_ else None
                for value, open_ in zip(values[user_id], shown, strict=True)
            ),
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
        youth_adult_ties=youth_adult_ties,
        youth_adult_ties_hidden=youth_adult_ties_hidden,
        attended=len({user for _g, user in attendance_rows}),
    )
