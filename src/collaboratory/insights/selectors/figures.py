"""The computed figures of one network and scope, and the map of who helped whom, kept in
Django's cache under a key that carries the inputs' fingerprint, so any write that changes a
figure makes the next page view recompute."""

from __future__ import annotations

import math
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import igraph as ig
import numpy as np
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.insights import engine
from collaboratory.insights.selectors.inputs import (
    PUBLIC_ATTRIBUTES,
    Inputs,
    Scope,
    engine_inputs,
    insights_fingerprint,
    insights_settings_for,
)
from collaboratory.networks.models import Membership, Network, NetworkKind

CACHE_SECONDS = 60 * 60
# 2: youth-adult ties; 3: minors one generation; 4: former members guarded; 5: attended;
# 6: youth-adult ties suppressed with every period's; 7: a youth cohort's public tables
# suppressed, former members decided over every period at once
CACHE_VERSION = 7
# Audited writes that change a member's sector, organization, region or generation in
# place: the fingerprint (counts and latest changes) cannot see them, so each gives the
# figures of the networks concerned a new attributes token (`attributes_changed`).
ATTRIBUTE_ACTIONS = frozenset(
    {
        "profile.updated",  # region (the person's own, so every network they belong to)
        "membership.organization_changed",  # organization and sector
        "membership.came_of_age",  # generation
        "membership.born_on_recorded",  # generation
    }
)
# The map draws the members with the most ties; the figures always cover everyone.
MAP_MEMBERS = 120


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
    youth_adult_ties: int = 0
    youth_adult_ties_hidden: bool = False
    # People in the attendance ledger of the scope's gatherings (0: none recorded).
    attended: int = 0


def guarded_attributes(network: Network) -> tuple[str, ...]:
    """The public attributes whose tables a network's figures suppress like ideology and
    race: every one in a youth cohort. Its adults are a handful among the students (minors
    have no region and one generation), so "35-44: 1" and "Fresno: 1" beside the students'
    counts were the one adult's age band and region, read by every youth member."""
    return PUBLIC_ATTRIBUTES if network.kind == NetworkKind.YOUTH else ()


def _compute(network: Network, scope: Scope, k: int) -> Figures:
    inputs = engine_inputs(network=network, scope=scope, k=k)
    result = engine.compute(
        inputs.members,
        inputs.commitments,
        asks=inputs.asks,
        attendance=inputs.attendance,
        n_gatherings=len(inputs.gatherings),
        k=k,
        guarded=guarded_attributes(network),
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
        youth_adult_ties=inputs.youth_adult_ties,
        youth_adult_ties_hidden=inputs.youth_adult_ties_hidden,
        attended=inputs.attended,
    )


def attributes_key(network_id: int) -> str:
    """The cache key of a network's attributes token (`attributes_versions`)."""
    return f"insights:attributes:{network_id}"


def attributes_versions(
    network_ids: Iterable[int], found: dict[str, object] | None = None
) -> dict[int, str]:
    """{network id: its attributes token}. The token changes after every write that moves
    a member's public attribute in place (`ATTRIBUTE_ACTIONS`), which the fingerprint
    cannot see; cached figures carry the token they were computed under and are recomputed
    when it differs. ``found``: what a cache look-up already read (the caller asks for the
    tokens' keys together with its entries, so reading them costs no look-up more). Read
    before the data: figures stored with a token are never older than it. A token missing
    from the cache (evicted) is replaced by a new random one."""
    keys = {network_id: attributes_key(network_id) for network_id in network_ids}
    if found is None:
        found = cache.get_many(list(keys.values()))
    tokens = {}
    for network_id, key in keys.items():
        if key not in found:
            # add() keeps a token another process has just set; get() then reads the winner.
            token = secrets.token_hex(8)
            found[key] = token if cache.add(key, token, None) else cache.get(key)
        tokens[network_id] = str(found[key])
    return tokens


def attributes_changed(event: AuditEvent) -> None:
    """The audit listener (registered by the app): after the writer commits, each network
    whose members' public attributes the event changed gets a new attributes token, so its
    cached figures (and the national roll-up's bridging of it) are recomputed on the next
    view instead of up to an hour later. A person's own region belongs to every network
    they are a member of."""
    if event.action not in ATTRIBUTE_ACTIONS:
        return
    network_id, actor_id = event.network_id, event.actor_id

    def bump() -> None:
        if network_id is not None:
            ids = [network_id]
        elif actor_id is not None:
            with scopes_disabled():
                ids = list(
                    Membership.objects.filter(user_id=actor_id).values_list("network_id", flat=True)
                )
        else:
            return
        cache.set_many({attributes_key(i): secrets.token_hex(8) for i in ids}, None)

    transaction.on_commit(bump)


def figures_cache_key(*, network: Network, scope: Scope, k: int, fingerprint: str) -> str:
    # The language too: the figures carry translated labels ("A youth member").
    language = translation.get_language() or ""
    return f"insights:v{CACHE_VERSION}:{network.pk}:{scope.key}:k{k}:{fingerprint}:{language}"


def insights_figures(*, network: Network, scope: Scope | None = None) -> Figures:
    """The figures for a network and scope, from the cache when nothing they depend on has
    changed, computed (and cached) otherwise."""
    scope = scope or Scope()
    k = insights_settings_for(network=network).min_cell_size
    key = figures_cache_key(
        network=network, scope=scope, k=k, fingerprint=insights_fingerprint(network=network)
    )
    # The entry and the network's attributes token in one look-up; the entry is
    # (token it was computed under, figures).
    found = cache.get_many([key, attributes_key(network.pk)])
    token = attributes_versions([network.pk], found)[network.pk]
    entry = found.get(key)
    if isinstance(entry, tuple) and entry[0] == token:
        return entry[1]
    figures = _compute(network, scope, k)
    cache.set(key, (token, figures), CACHE_SECONDS)
    return figures
