"""The national roll-up: every real local network under a national one, side by side, and
their sums, read across networks (the federation rule of safeguards.md: a national
steward's roll-up of local figures) in a fixed number of grouped queries.

Sharing is enforced here and nowhere else: a local network's people cross to the national
team only as counts, plus what its stewards chose (`SharingLevel`): the titles of its
published partnerships, then its stewards' names and emails. Members' names and contacts
never cross. Small-cell suppression (insights' rule, `privacy.suppress_counts`) is applied
to the breakdowns of people and to the help ties crossing *after* summing over the
networks: a group small in one network may be large nationally, and a group small
nationally is hidden even when no network alone would show it; so is a count that the
national stewards (alone or together) could take their own local networks' figures away
from to leave 1..k-1 (`_readers`).

Bridging comes from each network's engine inputs and the insights engine (the dashboard's
observed figures, without its random baseline); only the few numbers the roll-up needs are
kept, in Django's cache, keyed by a digest of
every local network's rows read in four grouped queries. So a warm roll-up runs the same
number of queries whatever the number of networks or people; a local network whose rows
changed since its figures were computed costs its own insights computation once.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
from django.core.cache import cache
from django.db.models import Count, Exists, Max, OuterRef, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django_scopes import scopes_disabled

from collaboratory.commitments.models import COUNTED, Commitment
from collaboratory.followthrough.models import Partnership
from collaboratory.gatherings.models import Attendance, Gathering
from collaboratory.insights import engine
from collaboratory.insights.privacy import CountTable, suppress_counts
from collaboratory.insights.selectors import (
    ENGINE_STATUS,
    Scope,
    attributes_key,
    attributes_versions,
    engine_inputs,
    insights_settings_for,
)
from collaboratory.national.models import SHARING_ORDER, NationalSharing, SharingLevel
from collaboratory.networks.defaults import default_text, label_sort_key
from collaboratory.networks.models import (
    ADMITTED_STATUSES,
    Membership,
    Network,
    NetworkKind,
    Role,
    Sector,
)
from collaboratory.networks.selectors import networks_of_user
from collaboratory.people.models import MINOR_AGE_BANDS, AgeBand, User

# Bridging across these attributes of the help ties (the public ones; organization would
# mostly count ties that cross organizations, which nearly all do).
BRIDGING_ATTRIBUTES = ("sector", "region", "generation")
BRIDGING_CACHE_SECONDS = 24 * 60 * 60
ACTIVE_DAYS = 365


def real_local_networks(national: Network) -> QuerySet[Network]:
    """The local networks under `national` whose figures count. The one place that says
    which networks roll up: a practice network (training) is excluded here, by one filter."""
    with scopes_disabled():
        return (
            Network.objects.filter(parent=national, kind=NetworkKind.LOCAL, is_practice=False)
            .select_related("national_sharing")
            .order_by("name", "pk")
        )


def sharing_level(network: Network) -> str:
    """What `network` shares (no row: the default, figures only)."""
    try:
        row: NationalSharing = network.national_sharing
    except NationalSharing.DoesNotExist:
        return SharingLevel.FIGURES
    return row.level


def shares(network: Network, level: str) -> bool:
    """Whether `network` shares at least `level` (each level adds to the one before)."""
    return SHARING_ORDER.index(SharingLevel(sharing_level(network))) >= SHARING_ORDER.index(
        SharingLevel(level)
    )


@dataclass(frozen=True)
class Local:
    """One local network's figures (and, as far as it shares them, names)."""

    network_id: int
    slug: str
    name: str
    sharing: str
    members: int = 0
    active: int = 0
    gatherings_planned: int = 0
    gatherings_held: int = 0
    made: int = 0
    kept: int = 0
    released: int = 0
    lapsed: int = 0
    partnerships: dict[str, int] = field(default_factory=dict)
    spanning: int = 0
    bridging: dict[str, tuple[int, int]] = field(default_factory=dict)  # (crossing, known)
    partnership_titles: tuple[tuple[str, str], ...] | None = None  # None: not shared
    stewards: tuple[tuple[str, str], ...] | None = None  # None: not shared

    @property
    def kept_rate(self) -> float | None:
        closed = self.kept + self.released + self.lapsed
        return self.kept / closed if closed else None

    @property
    def partnerships_total(self) -> int:
        return sum(self.partnerships.values())


@dataclass(frozen=True)
class BridgeTotal:
    """The help ties crossing one attribute, summed over the local networks and then
    suppressed as the breakdowns of people are (`_bridge_totals`): None where hidden."""

    attribute: str
    crossing: int | None
    known: int | None

    @property
    def share(self) -> float | None:
        """None when either count is hidden (the share and the one shown would give the
        other) or no tie has both values known."""
        if self.crossing is None or not self.known:
            return None
        return self.crossing / self.known

    @property
    def suppressed(self) -> bool:
        return self.crossing is None or self.known is None


@dataclass(frozen=True)
class Readers:
    """What the readers of the national tables (its stewards) may subtract from a count
    shown: `sets`, the sets of local networks (bitmasks over the roll-up's positions) whose
    own figures some of them know, each steward's and their unions (stewards who pool what
    they know). When the unions are too many to list (`exact` False), `pooled`, every one
    of them at once, stands in for all: a group is hidden unless at least k are left
    outside it (`_rest_small`), which covers every union inside it."""

    sets: tuple[int, ...] = ()
    pooled: int = 0
    exact: bool = True


@dataclass(frozen=True)
class Rollup:
    national_id: int
    year: int
    k: int | None  # the breakdowns' k (None: not read, see `breakdowns`)
    locals: tuple[Local, ...]
    totals: Local
    bridging: tuple[BridgeTotal, ...]
    partnerships_by_status: tuple[tuple[str, str, int], ...]  # (status, label, count)
    sectors: CountTable
    generations: CountTable
    computed_at: datetime
    # False: the row alone was read (`national_rollup_of`); k, bridging and the breakdowns
    # of people above are empty, not the national ones, and no report is made of it.
    breakdowns: bool = True


# --------------------------------------------------------------------------- reads


def _grouped(qs: QuerySet[Any], **aggregates: Any) -> dict[int, dict[str, Any]]:
    return {
        row.pop("network_id"): row
        for row in qs.order_by().values("network_id").annotate(**aggregates)
    }


def _fingerprints(ids: list[int]) -> tuple[dict[int, str], dict[int, int]]:
    """A digest per network of the rows its insights figures read (the same counts and
    latest changes as `insights_fingerprint`, grouped), and its admitted members."""
    parts: dict[int, list[Any]] = defaultdict(list)
    admitted: dict[int, int] = {}
    groups = (
        _grouped(
            Commitment.objects.filter(network_id__in=ids),
            n=Count("pk"),
            created=Max("created_at"),
            changed=Max("status_changed_at"),
            kept=Max("kept_at"),
            hidden=Max("hidden_at"),
            undone=Max("undone_at"),
        ),
        _grouped(
            Membership.objects.filter(network_id__in=ids),
            n=Count("pk"),
            last=Max("pk"),
            admitted=Count("pk", filter=Q(status__in=ADMITTED_STATUSES)),
        ),
        _grouped(
            Gathering.objects.filter(network_id__in=ids),
            n=Count("pk"),
            last=Max("pk"),
            started=Max("starts_at"),
        ),
        _grouped(Attendance.objects.filter(network_id__in=ids), n=Count("pk"), last=Max("pk")),
    )
    for number, group in enumerate(groups):
        for network_id in ids:
            row = group.get(network_id, {})
            if number == 1:
                admitted[network_id] = row.get("admitted", 0)
            parts[network_id].append(sorted((k, str(v)) for k, v in row.items()))
    digests = {
        network_id: hashlib.sha256(repr(parts[network_id]).encode()).hexdigest()[:20]
        for network_id in ids
    }
    return digests, admitted


def _bridging(networks: list[Network], digests: dict[int, str]) -> dict[int, dict[str, Any]]:
    keys = {n.pk: f"national:bridging:v2:{n.pk}:{digests[n.pk]}" for n in networks}
    # Each entry is (the network's attributes token, its figures): a member's sector or
    # region edited in place changes no count the digest reads, it changes the token
    # (`insights.selectors.attributes_versions`), read in the same look-up.
    found = cache.get_many([*keys.values(), *(attributes_key(n.pk) for n in networks)])
    tokens = attributes_versions((n.pk for n in networks), found)
    result: dict[int, dict[str, Any]] = {}
    for network in networks:
        key = keys[network.pk]
        entry = found.get(key)
        if isinstance(entry, tuple) and entry[0] == tokens[network.pk]:
            result[network.pk] = entry[1]
            continue
        # The dashboard's inputs and engine, without the random baseline (draws=0): the
        # observed crossing and known ties are the dashboard's own, at a fraction of
        # the cost, and no map is laid out.
        inputs = engine_inputs(network=network, scope=Scope())
        figures = engine.compute(
            inputs.members,
            inputs.commitments,
            asks=inputs.asks,
            attendance=inputs.attendance,
            n_gatherings=len(inputs.gatherings),
            draws=0,
        )
        result[network.pk] = {
            b.attribute: (b.crossing or 0, b.ties_known or 0)
            for b in figures.bridging
            if b.attribute in BRIDGING_ATTRIBUTES and b.withheld is None
        }
        cache.set(key, (tokens[network.pk], result[network.pk]), BRIDGING_CACHE_SECONDS)
    return result


def _named(
    shared_ids: Iterable[int], rows: Iterable[tuple[int, str, str]]
) -> dict[int, tuple[tuple[str, str], ...]]:
    named: dict[int, list[tuple[str, str]]] = {i: [] for i in shared_ids}
    for network_id, first, second in rows:
        named[network_id].append((first, second))
    return {i: tuple(v) for i, v in named.items()}


def national_rollup(
    *, national: Network, now: datetime | None = None, only: Network | None = None
) -> Rollup:
    """Every real local network under `national`, side by side, with the national sums and
    the suppressed breakdowns. Raises nothing for a national network without locals.
    `only` reads one of them (its stewards' view of their own row): its breakdowns would
    not be the national ones and are never shown, so they are not read, nor their k (whose
    first read writes the national network's settings row), nor its bridging (the
    insights engine's work on a cold cache): `breakdowns` is False."""
    breakdowns = only is None
    now = now or timezone.now()
    zone = ZoneInfo(national.time_zone)
    year = timezone.localtime(now, zone).year
    statuses = dict(Partnership.Status.choices)
    with scopes_disabled():
        networks = list(
            real_local_networks(national).filter(pk=only.pk)
            if only is not None
            else real_local_networks(national)
        )
        ids = [n.pk for n in networks]
        k = insights_settings_for(network=national).min_cell_size if breakdowns else None
        readers = _readers(ids, national) if breakdowns else Readers()
        digests, admitted = _fingerprints(ids)
        bridging = _bridging(networks, digests) if breakdowns else {}
        # Active members: admitted members here who attended this year (not someone removed
        # since, nor a youth guest, who is no member), so never more than `members`.
        still_members = Membership.objects.filter(
            network_id=OuterRef("network_id"),
            user_id=OuterRef("user_id"),
            status__in=ADMITTED_STATUSES,
        )
        active = _grouped(
            Attendance.objects.filter(
                Exists(still_members),
                network_id__in=ids,
                part__gathering__starts_at__gte=now - timedelta(ACTIVE_DAYS),
            ),
            n=Count("user_id", distinct=True),
        )
        gatherings = _grouped(
            Gathering.objects.filter(_in_year(networks, year)),
            planned=Count("pk"),
            held=Count("pk", filter=Q(ends_at__lte=now)),
        )
        outcomes: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for network_id, status, n in (
            # Commitments of gatherings begun, as the network's own dashboard counts them
            # (one to a project selected for a gathering to come counted here only).
            Commitment.objects.filter(COUNTED, network_id__in=ids, gathering__starts_at__lte=now)
            .order_by()
            .values_list("network_id", "status")
            .annotate(n=Count("pk"))
        ):
            # Every commitment counts once as made; settled ones also under their outcome
            # (an open one's engine status is "made" itself: added once, not twice).
            outcomes[network_id]["made"] += n
            outcome = ENGINE_STATUS.get(status, "made")
            if outcome != "made":
                outcomes[network_id][outcome] += n
        joint: dict[int, dict[str, int]] = defaultdict(dict)
        spanning: dict[int, int] = defaultdict(int)
        for network_id, status, n, spans in (
            Partnership.objects.filter(network_id__in=ids, published_at__isnull=False)
            .order_by()
            .values_list("network_id", "status")
            .annotate(n=Count("pk"), spans=Count("pk", filter=Q(partner_network__isnull=False)))
        ):
            joint[network_id][status] = n
            spanning[network_id] += spans
        title_ids = [n.pk for n in networks if shares(n, SharingLevel.PARTNERSHIPS)]
        titles = _named(
            title_ids,
            (
                (i, t, str(statuses.get(s, s)))
                for i, t, s in Partnership.objects.filter(
                    network_id__in=title_ids, published_at__isnull=False
                )
                .order_by("network_id", "-created_at", "pk")
                .values_list("network_id", "title", "status")
            )
            if title_ids
            else (),
        )
        contact_ids = [n.pk for n in networks if shares(n, SharingLevel.CONTACTS)]
        contacts = _named(
            contact_ids,
            Membership.objects.filter(
                network_id__in=contact_ids, role=Role.STEWARD, status__in=ADMITTED_STATUSES
            )
            # No service makes a student a steward; a minor's contact never crosses anyway.
            .exclude(user__age_band__in=MINOR_AGE_BANDS)
            .order_by("network_id", "user__full_name", "pk")
            .values_list("network_id", "user__full_name", "user__email")
            if contact_ids
            else (),
        )
        sectors, generations = (
            _breakdowns(ids, k, readers)
            if k is not None
            else (_empty("sector"), _empty("generation"))
        )
    locals_ = tuple(
        Local(
            network_id=n.pk,
            slug=n.slug,
            name=n.name,
            sharing=sharing_level(n),
            members=admitted.get(n.pk, 0),
            active=active.get(n.pk, {}).get("n", 0),
            gatherings_planned=gatherings.get(n.pk, {}).get("planned", 0),
            gatherings_held=gatherings.get(n.pk, {}).get("held", 0),
            made=outcomes[n.pk]["made"],
            kept=outcomes[n.pk]["kept"],
            released=outcomes[n.pk]["released"],
            lapsed=outcomes[n.pk]["lapsed"],
            partnerships=dict(joint[n.pk]),
            spanning=spanning[n.pk],
            bridging=bridging.get(n.pk, {}),
            partnership_titles=titles.get(n.pk),
            stewards=contacts.get(n.pk),
        )
        for n in networks
    )
    return Rollup(
        national_id=national.pk,
        year=year,
        k=k,
        locals=locals_,
        totals=_sum(locals_),
        bridging=_bridge_totals(locals_, k, readers) if k is not None else (),
        partnerships_by_status=tuple(
            (value, str(label), sum(x.partnerships.get(value, 0) for x in locals_))
            for value, label in Partnership.Status.choices
        ),
        sectors=sectors,
        generations=generations,
        computed_at=now,
        breakdowns=breakdowns,
    )


def _readers(ids: list[int], national: Network) -> Readers:
    """What the national stewards (the only readers of the national tables) know of the
    local networks, in one query: every local network where one of them has a membership,
    whatever its status. Not only those they are admitted to today: a steward who was a
    member of Tulsa last year kept what its roster and dashboard showed, and one invited
    or waiting for consent will read them soon (a table checked against today's memberships
    alone could be taken apart with what they knew or will know). Then their unions, for
    stewards who pool what they know (`_steward_sets`)."""
    national_stewards = Membership.objects.filter(
        network=national, role=Role.STEWARD, status__in=ADMITTED_STATUSES
    ).values("user_id")
    held: dict[int, set[int]] = defaultdict(set)
    for user_id, network_id in Membership.objects.filter(
        network_id__in=ids, user_id__in=national_stewards
    ).values_list("user_id", "network_id"):
        held[user_id].add(network_id)
    return _steward_sets(ids, held.values())


def _breakdowns(ids: list[int], k: int, readers: Readers) -> tuple[CountTable, CountTable]:
    """Members by sector and by generation over these networks, suppressed after the sum.
    People, not memberships: someone in two local networks is one person in a breakdown
    (k counts people; six teenagers in two networks read "12"). Each row read carries its
    network, so the suppression can see what a steward of some of the networks subtracts
    (`_suppressed`)."""
    admitted_rows = Membership.objects.filter(network_id__in=ids, status__in=ADMITTED_STATUSES)
    # One read for both tables: each admitted membership's sector, age band, person and
    # network (a bit of `ids`' positions, OR-ed per person: where they are in the group).
    position = {network_id: i for i, network_id in enumerate(ids)}
    rows = list(
        admitted_rows.order_by().values_list(
            "sector__name", "user__age_band", "user_id", "network_id"
        )
    )
    sector_rows: list[tuple[str | None, int | None, int]] = [
        (name, user_id, 1 << position[network_id]) for name, _band, user_id, network_id in rows
    ]
    # Every sector of these networks is a row even when nobody is in it, as every
    # generation is: listed only where someone was, a federation whose members all gave
    # one sector (or none) had a single row, hidden beside its shown total, which it was
    # ("Faith: suppressed, Total: 4"). A zero row is its complement now; with one sector
    # in all the networks, "Not given" is that row.
    sector_rows += [
        (name, None, 0)
        for name in Sector.objects.filter(network_id__in=ids).values_list("name", flat=True)
    ]
    sector_groups = _merge_people(sector_rows)
    if len(sector_groups) == 1 and sector_groups[0][0] is not None:
        sector_groups.append((None, {}))
    band_people: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for _name, band, user_id, network_id in rows:
        band_people[band or ""][user_id] |= 1 << position[network_id]
    sectors = _suppressed(
        "sector",
        sorted(
            (
                (default_text(name) if name else _("Not given"), people)
                for (name, people) in sector_groups
            ),
            key=lambda item: label_sort_key(item[0]),
        ),
        k,
        readers,
    )
    generations = _suppressed(
        "generation",
        [(str(label), band_people.get(value, {})) for value, label in AgeBand.choices]
        + [(_("Not given"), band_people.get("", {}))],
        k,
        readers,
    )
    return sectors, generations


def _empty(attribute: str) -> CountTable:
    """A breakdown not read (`Rollup.breakdowns` False): no rows, never shown."""
    return CountTable(attribute=attribute, labels=(), counts=(), total=None, k=0)


def national_rollup_of(local: Network, *, now: datetime | None = None) -> Rollup | None:
    """The roll-up of `local` alone: the row the national team sees of it in the
    side-by-side view, read the same way (None when it rolls up nowhere: no national
    network above, or a practice network)."""
    national = national_above(local)
    if national is None:
        return None
    rollup = national_rollup(national=national, now=now, only=local)
    return rollup if rollup.locals else None


def national_above(network: Network) -> Network | None:
    """The national network whose team sees `network`'s figures, or None when it rolls up
    nowhere: only a real local network under a national one does (`real_local_networks`'
    rule). The sharing page and its service ask it, so a network that rolls up nowhere is
    offered no choice that would reach no one."""
    if network.kind != NetworkKind.LOCAL or network.is_practice or network.parent_id is None:
        return None
    with scopes_disabled():
        return Network.objects.filter(pk=network.parent_id, kind=NetworkKind.NATIONAL).first()


def locals_open_to(*, user: User, rollup: Rollup) -> frozenset[int]:
    """The local networks of `rollup` that `user` may open (an admitted member there, as
    the middleware admits): their names link to them. The national role opens none of them
    by itself, so a link anywhere else would answer 404."""
    ids = [x.network_id for x in rollup.locals]
    return frozenset(networks_of_user(user=user).filter(pk__in=ids).values_list("pk", flat=True))


def _in_year(networks: list[Network], year: int) -> Q:
    """Gatherings of these networks that begin in `year` on their own network's calendar
    (a Seattle New Year's Eve is already January in New York): one condition per zone."""
    zones: dict[str, list[int]] = defaultdict(list)
    for network in networks:
        zones[network.time_zone].append(network.pk)
    found = Q(pk__in=[])
    for name, ids in zones.items():
        zone = ZoneInfo(name)
        found |= Q(
            network_id__in=ids,
            starts_at__gte=datetime(year, 1, 1, tzinfo=zone),
            starts_at__lt=datetime(year + 1, 1, 1, tzinfo=zone),
        )
    return found


def _merge_people(
    rows: Iterable[tuple[str | None, int | None, int]],
) -> list[tuple[str | None, dict[int, int]]]:
    """The people in each sector, each with the networks where they are in it (a bitmask
    over the networks' positions), from (sector name, person, network bit) rows; a row
    without a person names a sector listed even if empty. Names that match once case and
    spaces are set aside are one group: each network keeps its own list of sectors, so
    "Faith" here and "faith " there are one national group. Stored names are merged before
    a default is translated for the reader, so the groups and what suppression hides are
    the same in every language. A person who is "Faith" in two networks is one member of
    faith, not two (k counts people)."""
    people: dict[str, tuple[str | None, dict[int, int]]] = {}
    for name, user_id, bit in rows:
        key = (name or "").strip().casefold()
        found = people.setdefault(key, (name.strip() if name else None, {}))[1]
        if user_id is not None:
            found[user_id] = found.get(user_id, 0) | bit
    return list(people.values())


# Distinct sets of local networks held by the national stewards whose every union is
# listed (at most 2**12 unions); past it, all of them pooled stands in (`Readers`).
POOLED_SETS_LISTED = 12


def _steward_sets(ids: list[int], held: Iterable[Iterable[int]]) -> Readers:
    """The sets of local networks (bitmasks over `ids`' positions) whose own members a
    reader of the national table may know and subtract: the local networks each national
    steward (the only readers of these tables) has a membership in (`held`, `_readers`),
    and every union of those, since the national team reads its report together and two
    stewards who put their networks' figures side by side subtract both (a steward of
    Fresno and one of Tulsa: 18 of faith nationally minus Fresno's 6 and Tulsa's 6 was
    Boise's 6). Not the empty set (the national table itself) nor all of them (nothing is
    left to single out). Every local network alone was a set too, for a national steward
    who might join one later: with local networks of 16 members, as the demo's, that hid
    every sector of the national breakdown, which then told the national team nothing
    (docs/architecture.md)."""
    position = {network_id: i for i, network_id in enumerate(ids)}
    full = (1 << len(ids)) - 1
    own: set[int] = set()
    for networks in held:
        mask = 0
        for network_id in networks:
            mask |= 1 << position[network_id]
        own.add(mask)
    own.discard(0)
    pooled = 0
    for mask in own:
        pooled |= mask
    if len(own) > POOLED_SETS_LISTED:
        return Readers(sets=(), pooled=pooled, exact=False)
    unions: set[int] = set()
    for mask in own:
        unions |= {mask | u for u in unions}
        unions.add(mask)
    return Readers(sets=tuple(sorted(unions - {full})), pooled=pooled)


def _rest_small(people: dict[int, int], readers: Readers, k: int) -> bool:
    """Whether, for some set of local networks the readers know (`readers`), the people of
    this group outside them are 1..k-1: what a steward of those networks (who knows their
    own members' sectors and age bands from their rosters) reads by subtracting their own
    from a national count shown. `people`: each person's networks in the group, as a
    bitmask."""
    masks: dict[int, int] = defaultdict(int)
    for mask in people.values():
        masks[mask] += 1
    return _rest_small_counts(masks, readers, k)


def _rest_small_counts(masks: dict[int, int], readers: Readers, k: int) -> bool:
    """`_rest_small` over counts by the set of networks they are in (a bitmask): people,
    or help ties (each in one network). With too many unions to list, the whole pool
    decides: the count outside every known network is the smallest any union leaves, so
    at least k there means at least k outside each; below k the count is hidden unless
    it is 0 altogether."""
    if not readers.exact:
        rest = sum(n for mask, n in masks.items() if not mask & readers.pooled)
        return rest < k and any(n for n in masks.values())
    if masks and len(readers.sets) > 64 and max(*readers.sets, *masks) < 1 << 64:
        return _rest_small_array(masks, readers.sets, k)
    return _rest_small_loop(masks, readers.sets, k)


def _rest_small_loop(masks: dict[int, int], sets: Iterable[int], k: int) -> bool:
    """Whether some set of known networks leaves 1..k-1 of `masks`' counts outside it."""
    for held in sets:
        rest = sum(n for mask, n in masks.items() if not mask & held)
        if 0 < rest < k:
            return True
    return False


def _rest_small_array(masks: dict[int, int], sets: tuple[int, ...], k: int) -> bool:
    """`_rest_small_loop` as one array expression, for up to 64 local networks: with 12
    sets held there are 4,095 unions a cell, and the loop took 1.5 s of CPU for a report's
    70 cells over 50 local networks."""
    held = np.array(sets, dtype=np.uint64)
    keys = np.fromiter(masks, dtype=np.uint64, count=len(masks))
    counts = np.fromiter(masks.values(), dtype=np.int64, count=len(masks))
    rests = ((held[:, None] & keys[None, :]) == 0) @ counts
    return bool(((rests > 0) & (rests < k)).any())


def _bridge_totals(locals_: tuple[Local, ...], k: int, readers: Readers) -> tuple[BridgeTotal, ...]:
    """The help ties crossing each attribute, summed over the networks and then suppressed
    as the breakdowns of people are: they were plain sums, so a steward of Fresno read
    Tulsa's 3 crossing ties as the national 40 minus Fresno's 37 (its own dashboard), a
    per-network count no one is shown. Each attribute is a one-way table whose cells are
    the ties crossing and those within (known minus crossing, which the two shown give),
    its total the ties with both values known: a count is hidden when it is 1..k-1, or
    when what is left of it after taking away the networks some stewards know is
    (`_rest_small_counts`; ties belong to one network each), then complementary
    suppression, so a hidden count is never the known total minus the one shown."""
    totals = []
    for attribute in BRIDGING_ATTRIBUTES:
        crossing: dict[int, int] = defaultdict(int)
        within: dict[int, int] = defaultdict(int)
        known: dict[int, int] = defaultdict(int)
        for i, x in enumerate(locals_):
            c, n = x.bridging.get(attribute, (0, 0))
            crossing[1 << i] += c
            within[1 << i] += n - c
            known[1 << i] += n
        table = suppress_counts(
            ["crossing", "within"],
            [sum(crossing.values()), sum(within.values())],
            k=k,
            attribute=attribute,
            also_hidden=[
                _rest_small_counts(crossing, readers, k),
                _rest_small_counts(within, readers, k),
            ],
            total_hidden=_rest_small_counts(known, readers, k),
        )
        totals.append(BridgeTotal(attribute=attribute, crossing=table.counts[0], known=table.total))
    return tuple(totals)


def _suppressed(
    attribute: str,
    rows: list[tuple[str, dict[int, int]]],
    k: int,
    readers: Readers,
) -> CountTable:
    """The national breakdown, suppressed after the sum (insights' rule), from each group's
    people with the networks where they are in it.

    A group is hidden when its national count is 1..k-1, and also when the people left
    after taking away those of some local networks are 1..k-1 (`_rest_small`): a steward
    of the national network and of a local one knows the local's members by sector and age
    band, so "Faith: 13" nationally and 12 of them in their own network were the other
    networks' single member of faith, a per-network count no one is shown. Then
    complementary suppression, as insights' rule does it. Its total (the people counted,
    close to the members the side-by-side table publishes whatever this table hides) is
    treated as shown: a hidden cell alone in the table (the total was small, every other
    cell 0) was that total, given away; it gets a complement, as insights' rule gives one
    when a table's total is shown."""
    labels = [label for label, _people in rows]
    counts = [len(people) for _label, people in rows]
    also = [bool(people) and _rest_small(people, readers, k) for _label, people in rows]
    table = suppress_counts(labels, counts, k=k, attribute=attribute, also_hidden=also)
    shown = list(table.counts)
    hidden = [i for i, n in enumerate(shown) if n is None]
    if len(hidden) == 1:
        others = [i for i, n in enumerate(shown) if n is not None]
        if others:  # the smallest non-zero cell, else a zero one (the rule's own order)
            shown[min(others, key=lambda i: (counts[i] == 0, counts[i], i))] = None
    return CountTable(
        attribute=table.attribute,
        labels=table.labels,
        counts=tuple(shown),
        total=sum(counts),
        k=table.k,
    )


def _sum(locals_: tuple[Local, ...]) -> Local:
    joint: dict[str, int] = defaultdict(int)
    for x in locals_:
        for status, n in x.partnerships.items():
            joint[status] += n
    return Local(
        network_id=0,
        slug="",
        name=_("All local networks"),
        sharing="",
        members=sum(x.members for x in locals_),
        active=sum(x.active for x in locals_),
        gatherings_planned=sum(x.gatherings_planned for x in locals_),
        gatherings_held=sum(x.gatherings_held for x in locals_),
        made=sum(x.made for x in locals_),
        kept=sum(x.kept for x in locals_),
        released=sum(x.released for x in locals_),
        lapsed=sum(x.lapsed for x in locals_),
        partnerships=dict(joint),
        spanning=sum(x.spanning for x in locals_),
    )
