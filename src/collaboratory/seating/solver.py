"""Who sits with whom, round after round (pure: plain data in and out, NumPy, no Django).

A gathering seats its people at tables for several rounds. :func:`solve_seating` plans every
round at once so that, in this order:

1. **hard rules** hold: keep-apart pairs never share a table, keep-together groups always do,
   every table with a minor has at least two adults, and people a steward locked at a table
   stay there;
2. **repeats** are as few as possible: a *repeat* is a seating of two people together who have
   already sat together, in an earlier gathering (``met``) or an earlier round of this plan.
   A pair that meets twice in the plan without history is one repeat, a pair that met before
   and meets once again is one repeat; meetings that lie wholly in history never count, and
   neither do pairs kept together (the steward asked for them);
3. the **gain** is as large as possible: for every seating of two people together, the number
   of attributes (sector, region, generation, organization...) on which both are known and
   differ, plus the distance |a-b| of their ideology positions when both consented to give one
   (weighted by :class:`SeatingWeights`), plus a bonus once for every pair sitting together
   in this plan who are not yet tied in the help graph.

The objective minimised is ``total = repeat_weight * repeats - gain``; with the default
``repeat_weight`` (a bound on what one move can change the gain by) it is lexicographic.

**Search.** The start is greedy, round by round (every person to the table where they add
least cost, minors first into tables that keep two seats for adults), each round then
improved by swaps within it against the rounds before it. When the room is shaped like a
finite field (q tables of s seats, every seat taken, q a prime power at least s, at most q
rounds, q + 1 when s divides q) and nothing is locked, kept together or a minor, an affine
design replaces that start if it ranks better: no two people meet twice in it (the social
golfer's 32 people at 8 tables of 4 over 9 rounds, 16 people at 4 tables of 4 over 5); so
does one with a table more (q + 1 tables, ``designs.design_plus``: 300 people at 30
tables of 10 over 19 rounds), and in dense rooms a design without a repeat is the start; a dense
room whose only rule is pairs kept together (any number of full tables) can start from
one built on offsets mod q that seats each pair together (``designs.design_pairs``). When minors
or pairs kept apart (and at most a little history) are what keeps the start repeating, the
room is seated without them first and :func:`~collaboratory.seating.relabel.relabel` then
chooses who takes which schedule (:func:`_relabel_start`). Then
a tabu search over the whole schedule, on an engine that keeps every pair's meeting count
(history plus plan) and the cost of one more or one fewer seating of it, updated move by
move, so that the cost change of a swap is a few array look-ups:

- *while a seating repeats or breaks a rule*, moves are swaps of two people at different
  tables of one round, one of them in conflict (Dotú and Van Hentenryck's neighbourhood for
  the social golfer): all such swaps in every round when there are few conflicts, else all
  swaps in one round with a conflict; improving swaps at untouched tables are made together,
  best first, else (when few are in conflict) an ejection chain through tables where each
  mover meets only new people, else the best improving three-way move, else the best swap
  that is not tabu (moving someone back to a table they left in that round, for a random
  tenure, unless it beats the best cost seen);
- *once repeats are at the lower bound*, rounds are searched whole the same way, and every
  other iteration some people's whole schedules are exchanged with everyone else's (who sits
  where in every round): such an exchange never makes a repeat inside the plan, which nearly
  every single swap of a repeat-free plan does, and its cost change for every pair at once
  is two matrix products.

After a stall the search goes back to the best plan with a few random swaps. The plan kept is
the best in the lexicographic order (rules broken, repeats, then gain). Keep-together groups
move as whole units (a group changes place with as many single people of another table, or
a group of its size); locked people never move. Table sizes are fixed by the fill rule below,
so no move leaves a seat free. The search stops at ``time_limit``, at ``max_iterations``,
when repeats reach the lower bound and the gain has not improved for a while (at once when
there is no gain to seek; a while is 40n + 1000 iterations, or four sweeps of the
neighbourhood in a small room), or when nothing has improved in twenty sweeps.

**Small rooms.** A room with few plans (:func:`_every_plan`: six people at two tables of
three for three rounds have 1,000) is not searched: every plan that keeps the hard rules is
priced (:func:`_exhaustive`), the best is returned with ``iterations`` 0, and the lower
bound becomes its repeats, since no plan has fewer. That takes up to about half a second,
whatever ``time_limit`` says.

**Fill rule.** The seats of ``table_sizes`` may exceed the people: tables are then filled as
evenly as possible (sizes differ by at most one, within each table's size and the locked
people), and tables that would seat a lone person are left empty, from the last table on.
Empty tables stay in the result as empty lists, so table indices keep their meaning.

**Bound.** :attr:`SeatingResult.lower_bound` is a lower bound on repeats that any plan must
have (each person not kept together with anyone meets at least ``rounds x (smallest table -
1)`` people but has only so many partners not met before; seatings against pairs never met
and pairs kept together; a table's people spread over fewer tables of a later round, some
of them together again, pairs kept together left out): ``gap = repeats - lower_bound``.
A gap of 0 proves the plan has the fewest repeats possible. A gap above 0 proves nothing:
some rooms cannot avoid repeats although the bound allows it (100 people at 10 tables of 10
for 5 rounds without a repeat would be three mutually orthogonal Latin squares of order 10,
which nobody has found).

Impossible input raises :class:`SeatingError` (a ``ValueError``) with a specific message, and
so does a search that ends without meeting the hard rules (over-constrained keep-apart rules):
a returned plan always meets them.

Ideology enters only through pair distances: no result, message or violation names anyone's
position, and :attr:`PlanCost.diversity_without_ideology` is what a page may show live.
"""

from __future__ import annotations

import dataclasses
import functools
import heapq
import math
import time
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, TypeVar

import numpy as np
from numpy.typing import NDArray

from collaboratory.seating.designs import affine_design, design_pairs, design_plus
from collaboratory.seating.relabel import relabel

__all__ = [
    "PlanCost",
    "SeatingError",
    "SeatingResult",
    "SeatingWeights",
    "evaluate_plan",
    "plan_seating",
    "solve_seating",
]

Pair = frozenset[str]
Plan = list[list[list[str]]]
Floats = NDArray[np.float64]
Ints = NDArray[np.int64]
Bools = NDArray[np.bool_]
_Item = TypeVar("_Item", bound=np.generic)

_EMPTY_MET: Mapping[Pair, int] = {}
_EMPTY_ATTRIBUTES: Mapping[str, Mapping[str, str]] = {}
_EMPTY_IDEOLOGY: Mapping[str, float] = {}
_EMPTY_LOCKED: Mapping[tuple[int, int], Sequence[str]] = {}
_EPS = 1e-9
_TRIES = 8  # schedule exchanges tried per iteration (each checked by making it)
_STEPS = np.array([-1, 1, -1, 1], dtype=np.int64)
_RELABEL_SHARE = 0.8  # of the time limit (and of max_iterations) for the relabelled start
# A room with at most _ROUND_SEATINGS seatings to list (Python, about 6 us each) and plans
# times pairs of people at most _EXHAUSTIVE (about 60 ns each) has every plan priced instead
# of searched, _EXHAUSTIVE_SLICE pair counts at a time.
_EXHAUSTIVE = 10_000_000
_EXHAUSTIVE_SLICE = 1_000_000
_ROUND_SEATINGS = 20_000
_SETTLED_SWEEPS = 4  # neighbourhoods (_moves) without a new best: a settled search stops
_UNSETTLED_SWEEPS = 20  # and one whose repeats stay above the bound


class SeatingError(ValueError):
    """The input cannot be seated (or is malformed); the message says why."""


@dataclass(frozen=True)
class SeatingWeights:
    """How much each part of the gain counts. ``repeat=None`` makes repeats lexicographically
    first (a repeat costs more than any one move can gain); ``repeat=0`` and ``new_tie=0``
    optimise diversity alone (the benchmark's reference)."""

    repeat: float | None = None
    attribute: float = 1.0
    ideology: float = 1.0
    new_tie: float = 0.5


@dataclass(frozen=True)
class PlanCost:
    """What a plan costs. ``repeats``: seatings of a pair that had already sat together (history
    or an earlier round); ``repeated_pairs``: pairs with at least one such seating;
    ``violations``: hard rules broken, one human-readable line each (never naming ideology);
    ``diversity``: summed over seatings of two people, attributes that differ plus ideology
    distance; ``diversity_without_ideology``: the same without ideology (safe to show live);
    ``new_ties``: pairs seated together in the plan who are not tied in the help graph;
    ``new_contact_diversity``: the diversity of the contacts the plan makes, counted once for
    each pair that had never sat together before it (a second seating of the same two people
    makes no new contact across a divide, so the plan's diversity is only worth this much);
    ``total``: the objective minimised, ``repeat_weight * repeats - gain``."""

    repeats: int
    repeated_pairs: int
    violations: tuple[str, ...]
    diversity: float
    diversity_without_ideology: float
    new_ties: int
    total: float
    new_contact_diversity: float = 0.0


@dataclass(frozen=True)
class SeatingResult:
    """A plan and how good it is. ``lower_bound`` bounds the repeats of any plan for this input
    from below; ``gap = cost.repeats - lower_bound`` (0 proves the fewest repeats possible);
    ``diversity_bound`` bounds ``cost.diversity`` from above (each person seated every round
    with the most different people there are); ``settled_seconds``: when the search first held
    a plan with no rule broken and repeats at the bound (None if it never did)."""

    rounds: Plan
    cost: PlanCost
    lower_bound: int
    gap: int
    diversity_bound: float
    seconds: float
    iterations: int
    settled_seconds: float | None = None


# ------------------------------------------------------------------------------- input checks


def _index_people(people: Sequence[str]) -> dict[str, int]:
    index: dict[str, int] = {}
    for name in people:
        if not isinstance(name, str) or not name:
            raise SeatingError(f"every person must be a non-empty name, not {name!r}")
        if name in index:
            raise SeatingError(f"{name} is listed twice")
        index[name] = len(index)
    return index


def _known(index: Mapping[str, int], names: Iterable[str], what: str) -> list[int]:
    found = []
    for name in names:
        if name not in index:
            raise SeatingError(f"{what} names {name!r}, who is not among the people")
        found.append(index[name])
    return found


def _pairs(
    index: Mapping[str, int], pairs: Iterable[Pair], what: str, *, exact: bool
) -> list[list[int]]:
    out = []
    for pair in pairs:
        members = sorted(set(pair))
        if len(members) < 2 or (exact and len(members) != 2):
            raise SeatingError(f"{what} needs {'two' if exact else 'two or more'} people each")
        out.append(_known(index, members, what))
    return out


def _history(index: Mapping[str, int], met: Mapping[Pair, int]) -> Ints:
    """Pair meeting counts before this plan; people not present are ignored (history speaks of
    everyone who ever came)."""
    n = len(index)
    get = index.get
    rows, cols, counts = [], [], []
    for pair, count in met.items():
        try:
            a, b = pair
        except ValueError:  # not a pair: nothing to count
            continue
        i, j = get(a), get(b)
        if i is not None and j is not None:
            rows.append(i)
            cols.append(j)
            counts.append(count)
    if any(not isinstance(c, int) or c < 0 for c in counts):
        raise SeatingError("met counts must be whole numbers, zero or more")
    hist = np.zeros((n, n), dtype=np.int64)
    hist[rows, cols] = counts
    hist[cols, rows] = counts
    return hist


def _tied(index: Mapping[str, int], tied: Collection[Pair]) -> Bools:
    n = len(index)
    get = index.get
    rows, cols = [], []
    for pair in tied:
        try:
            a, b = pair
        except ValueError:  # not a pair: no tie
            continue
        i, j = get(a), get(b)
        if i is not None and j is not None:
            rows.append(i)
            cols.append(j)
    out = np.zeros((n, n), dtype=bool)
    out[rows, cols] = True
    out[cols, rows] = True
    return out


def _attribute_codes(index: Mapping[str, int], attributes: Mapping[str, Mapping[str, str]]) -> Ints:
    """One row per attribute, one column per person: a code per value, -1 when unknown."""
    keys: dict[str, dict[str, int]] = {}
    for name, values in attributes.items():
        if name in index:
            keys.update((key, {}) for key in values if key not in keys)
    if any(key.lower() == "ideology" for key in keys):
        raise SeatingError("ideology is given through `ideology`, never as an attribute")
    codes = np.full((len(keys), len(index)), -1, dtype=np.int64)
    for row, (key, seen) in enumerate(sorted(keys.items())):
        for name, values in attributes.items():
            value = values.get(key) if name in index else None
            if value is not None and value != "":
                codes[row, index[name]] = seen.setdefault(value, len(seen))
    return codes


def _ideology_vector(
    index: Mapping[str, int], ideology: Mapping[str, float], minor: Bools
) -> Floats:
    out = np.full(len(index), np.nan)
    for name, value in ideology.items():
        if name not in index:
            continue
        if not isinstance(value, int | float) or not 0.0 <= float(value) <= 1.0:
            raise SeatingError("ideology positions must be numbers from 0 to 1")
        if minor[index[name]]:
            raise SeatingError("ideology positions are for consenting adults only")
        out[index[name]] = float(value)
    return out


def _pair_diversity(codes: Ints, ideo: Floats, i: Ints, j: Ints) -> tuple[Floats, Floats]:
    """(attributes that differ, ideology distance) for the pairs (i[k], j[k])."""
    ci, cj = codes[:, i], codes[:, j]
    attr = ((ci >= 0) & (cj >= 0) & (ci != cj)).sum(axis=0).astype(np.float64)
    dist = np.abs(ideo[i] - ideo[j])
    return attr, np.where(np.isnan(dist), 0.0, dist)


class _Groups:
    """Keep-together groups (the transitive closure of the pairs/groups given)."""

    def __init__(self, n: int, together: list[list[int]]) -> None:
        parent = list(range(n))

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for members in together:
            for other in members[1:]:
                parent[find(other)] = find(members[0])
        by_root: dict[int, list[int]] = {}
        for x in range(n):
            by_root.setdefault(find(x), []).append(x)
        self.groups = [m for m in by_root.values() if len(m) > 1]
        self.of = np.full(n, -1, dtype=np.int64)
        for g, members in enumerate(self.groups):
            self.of[members] = g


# ------------------------------------------------------------------------------ evaluation


@functools.cache
def _upper(size: int) -> tuple[Ints, Ints]:
    a, b = np.triu_indices(size, k=1)
    return a, b


def _plan_pairs(rounds: Sequence[Sequence[Sequence[int]]]) -> tuple[Ints, Ints]:
    """Every seating of two people together, as index arrays i < j."""
    left, right = [], []
    for tables in rounds:
        for table in tables:
            if len(table) > 1:
                idx = np.sort(np.asarray(table, dtype=np.int64))
                a, b = _upper(len(idx))
                left.append(idx[a])
                right.append(idx[b])
    if not left:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    return np.concatenate(left), np.concatenate(right)


def _violations(
    names: Sequence[str],
    rounds: Sequence[Sequence[Sequence[int]]],
    apart: list[list[int]],
    groups: _Groups,
    minor: Bools,
) -> list[str]:
    out = []
    n = len(names)
    young = {int(x) for x in np.flatnonzero(minor)}
    for r, tables in enumerate(rounds, start=1):
        where = [-1] * n
        for t, table in enumerate(tables):
            for x in table:
                where[x] = t
            lonely = young and not young.isdisjoint(table)
            if lonely and sum(1 for x in table if x not in young) < 2:
                out.append(f"Table {t + 1}, round {r}: a minor with fewer than two adults")
        for a, b in apart:
            if where[a] >= 0 and where[a] == where[b]:
                out.append(
                    f"Table {where[a] + 1}, round {r}: {names[a]} and {names[b]}"
                    " are to be kept apart"
                )
        for members in groups.groups:
            if len({where[x] for x in members}) > 1:
                listed = ", ".join(names[x] for x in members)
                out.append(f"Round {r}: {listed} are to sit together")
    return out


def _cost(
    i: Ints,
    j: Ints,
    hist: Ints,
    tied: Bools,
    codes: Ints,
    ideo: Floats,
    weights: SeatingWeights,
    repeat_weight: float,
    violations: list[str],
    groups: _Groups,
) -> PlanCost:
    n = hist.shape[0]
    _, first, counts = np.unique(i * n + j, return_index=True, return_counts=True)
    pi, pj = i[first], j[first]
    before = hist[pi, pj]
    repeats = np.maximum(0, before + counts - 1) - np.maximum(0, before - 1)
    repeats[(groups.of[pi] >= 0) & (groups.of[pi] == groups.of[pj])] = 0  # kept together
    attr, dist = _pair_diversity(codes, ideo, pi, pj)
    fresh = before == 0  # never sat together before this plan
    new = ~tied[pi, pj]
    diversity_attr = float((attr * counts).sum())
    diversity_ideo = float((dist * counts).sum())
    gain = (
        weights.attribute * diversity_attr
        + weights.ideology * diversity_ideo
        + weights.new_tie * float(new.sum())
    )
    total_repeats = int(repeats.sum())
    return PlanCost(
        repeats=total_repeats,
        repeated_pairs=int((repeats > 0).sum()),
        violations=tuple(violations),
        diversity=diversity_attr + diversity_ideo,
        diversity_without_ideology=diversity_attr,
        new_ties=int(new.sum()),
        total=repeat_weight * total_repeats - gain,
        new_contact_diversity=float((attr[fresh] + dist[fresh]).sum()),
    )


def _repeat_weight(weights: SeatingWeights, codes: Ints, ideo_known: bool, largest: int) -> float:
    """Lexicographic by default: one swap changes at most 4 (largest - 1) seatings, each
    worth at most the largest pair gain."""
    if weights.repeat is not None:
        return float(weights.repeat)
    pair_max = (
        weights.attribute * codes.shape[0]
        + (weights.ideology if ideo_known else 0.0)
        + weights.new_tie
    )
    return 4.0 * max(1, largest - 1) * max(pair_max, 0.0) + 1.0


def evaluate_plan(
    rounds: Sequence[Sequence[Sequence[str]]],
    *,
    met: Mapping[Pair, int] = _EMPTY_MET,
    keep_apart: Iterable[Pair] = (),
    keep_together: Iterable[Pair] = (),
    attributes: Mapping[str, Mapping[str, str]] = _EMPTY_ATTRIBUTES,
    minors: Collection[str] = (),
    tied: Collection[Pair] = (),
    ideology: Mapping[str, float] = _EMPTY_IDEOLOGY,
    weights: SeatingWeights | None = None,
    table_sizes: Sequence[int] | None = None,
) -> PlanCost:
    """The cost of a plan (for instance one a steward is editing). The people are everyone the
    plan seats; someone seated in one round but not another, seated twice, or a table over its
    size in ``table_sizes`` is reported as a violation, like the hard rules."""
    weights = weights or SeatingWeights()
    names: list[str] = []
    index: dict[str, int] = {}
    for tables in rounds:
        for table in tables:
            for name in table:
                if name not in index:
                    index[name] = len(names)
                    names.append(name)
    minor = np.zeros(len(names), dtype=bool)
    minor[[index[m] for m in minors if m in index]] = True
    apart = _pairs(index, keep_apart, "keep_apart", exact=True)
    groups = _Groups(len(names), _pairs(index, keep_together, "keep_together", exact=False))
    codes = _attribute_codes(index, attributes)
    ideo = _ideology_vector(index, ideology, minor)
    as_ints = [[[index[name] for name in table] for table in tables] for tables in rounds]

    problems = []
    for r, seating in enumerate(as_ints, start=1):
        seen = np.zeros(len(names), dtype=np.int64)
        for t, seats in enumerate(seating):
            np.add.at(seen, seats, 1)
            if table_sizes is not None and t < len(table_sizes) and len(seats) > table_sizes[t]:
                problems.append(
                    f"Table {t + 1}, round {r}: {len(seats)} people at a table of {table_sizes[t]}"
                )
        problems += [f"Round {r}: {names[x]} is not seated" for x in np.flatnonzero(seen == 0)]
        problems += [f"Round {r}: {names[x]} is seated twice" for x in np.flatnonzero(seen > 1)]
    problems += _violations(names, as_ints, apart, groups, minor)

    largest = max((len(t) for tables in rounds for t in tables), default=2)
    repeat_weight = _repeat_weight(weights, codes, bool(ideology), largest)
    i, j = _plan_pairs(as_ints)
    return _cost(
        i,
        j,
        _history(index, met),
        _tied(index, tied),
        codes,
        ideo,
        weights,
        repeat_weight,
        problems,
        groups,
    )


# --------------------------------------------------------------------------------- problem


def _fill_sizes(n: int, caps: Sequence[int], least: Sequence[int]) -> list[int]:
    """Table sizes for one round: as even as possible within each table's size and its locked
    people; a table that would seat one person is emptied, from the last table on."""
    active = [True] * len(caps)
    while True:
        sizes = list(least)
        heap = [(sizes[t], t) for t in range(len(caps)) if active[t] and sizes[t] < caps[t]]
        heapq.heapify(heap)
        for _ in range(n - sum(sizes)):
            if not heap:
                raise SeatingError(
                    f"the tables seat {sum(caps)} people per round, fewer than the {n} people"
                )
            size, t = heapq.heappop(heap)
            sizes[t] = size + 1
            if sizes[t] < caps[t]:
                heapq.heappush(heap, (sizes[t], t))
        if 1 not in sizes:
            return sizes
        empty = [t for t in range(len(caps)) if active[t] and least[t] == 0]
        if not empty:
            return sizes
        active[min(empty, key=lambda t: (sizes[t], -t))] = False


def _check_apart_fits(
    apart: Sequence[Sequence[int]],
    groups: _Groups,
    names: Sequence[str],
    round_sizes: Sequence[int],
    r: int,
) -> None:
    """Refuse at once a round whose tables cannot part the people kept apart: any such pair
    at a single table, or a ring of an odd number of them at two (a keep-together group
    counts as one). The search would otherwise spend its whole time limit before saying so;
    with three tables or more, whether a split exists is left to the search."""
    tables = sum(1 for size in round_sizes if size > 0)
    if not apart or tables > 2:
        return
    unit = [int(groups.of[x]) if groups.of[x] >= 0 else -1 - x for x in range(len(names))]
    if tables == 1:
        a, b = apart[0]
        raise SeatingError(
            f"{names[a]} and {names[b]} are to be kept apart, but round {r + 1} has one table"
        )
    edges: dict[int, list[int]] = {}
    for a, b in apart:
        edges.setdefault(unit[a], []).append(unit[b])
        edges.setdefault(unit[b], []).append(unit[a])
    side: dict[int, int] = {}
    parent: dict[int, int] = {}  # unit -> the unit it was reached from
    for start in edges:
        if start in side:
            continue
        side[start] = 0
        queue = [start]
        for here in queue:
            for there in edges[here]:
                if there not in side:
                    side[there] = 1 - side[here]
                    parent[there] = here
                    queue.append(there)
                elif side[there] == side[here]:
                    ring = _ring(here, there, parent)
                    people = sorted(
                        {x for a, b in apart if {unit[a], unit[b]} <= ring for x in (a, b)}
                    )
                    listed = ", ".join(names[x] for x in people)
                    raise SeatingError(
                        f"the people to keep apart ({listed}) cannot be split over the"
                        f" two tables of round {r + 1}"
                    )


def _ring(here: int, there: int, parent: Mapping[int, int]) -> set[int]:
    """The units on the odd ring closed by the edge here-there: both paths back to where the
    breadth-first search reached them from."""
    path_here, path_there = [here], [there]
    while path_here[-1] in parent:
        path_here.append(parent[path_here[-1]])
    while path_there[-1] in parent:
        path_there.append(parent[path_there[-1]])
    shared = next(u for u in path_here if u in path_there)
    return set(
        path_here[: path_here.index(shared) + 1] + path_there[: path_there.index(shared) + 1]
    )


@dataclass
class Problem:
    names: list[str]
    rounds: int
    caps: list[int]
    sizes: Ints  # rounds x tables
    hist: Ints
    tied: Bools
    apart: list[list[int]]
    apart_matrix: Bools
    groups: _Groups
    minor: Bools
    pinned: list[dict[int, int]]  # per round: person -> table
    codes: Ints
    ideo: Floats
    gain: Floats  # pair gain per seating, weighted, without the new-tie bonus
    weights: SeatingWeights
    repeat_weight: float


def _problem(
    people: Sequence[str],
    table_sizes: Sequence[int],
    rounds: int,
    met: Mapping[Pair, int],
    keep_apart: Iterable[Pair],
    keep_together: Iterable[Pair],
    attributes: Mapping[str, Mapping[str, str]],
    minors: Collection[str],
    tied: Collection[Pair],
    ideology: Mapping[str, float],
    locked: Mapping[tuple[int, int], Sequence[str]],
    weights: SeatingWeights,
) -> Problem:
    index = _index_people(people)
    n = len(index)
    if n < 2:
        raise SeatingError("seating needs at least two people")
    if not isinstance(rounds, int) or rounds < 1:
        raise SeatingError("there must be at least one round")
    caps = list(table_sizes)
    if not caps:
        raise SeatingError("there must be at least one table")
    for size in caps:
        if not isinstance(size, int) or size < 2:
            raise SeatingError(f"every table seats two or more, not {size!r}")
    if sum(caps) < n:
        raise SeatingError(
            f"the tables seat {sum(caps)} people per round, fewer than the {n} people"
        )

    minor = np.zeros(n, dtype=bool)
    minor[[index[m] for m in minors if m in index]] = True
    apart = _pairs(index, keep_apart, "keep_apart", exact=True)
    groups = _Groups(n, _pairs(index, keep_together, "keep_together", exact=False))
    names = list(index)
    for a, b in apart:
        if groups.of[a] >= 0 and groups.of[a] == groups.of[b]:
            raise SeatingError(
                f"{names[a]} and {names[b]} are to be kept apart and to sit together"
            )
    largest = max(caps)
    for members in groups.groups:
        need = len(members)
        if minor[members].any():
            need += max(0, 2 - int((~minor[members]).sum()))
        if need > largest:
            listed = ", ".join(names[x] for x in members)
            raise SeatingError(
                f"the group to keep together ({listed}) needs {need} seats;"
                f" the largest table has {largest}"
            )
    if minor.any() and int((~minor).sum()) < 2:
        raise SeatingError("minors need at least two adults at their table; there are fewer")

    pinned: list[dict[int, int]] = [{} for _ in range(rounds)]
    for key, who in locked.items():
        if not (isinstance(key, tuple) and len(key) == 2 and all(type(k) is int for k in key)):
            raise SeatingError("a locked table is named by (round index, table index)")
        if isinstance(who, str):
            raise SeatingError("a locked table lists its people, not one name")
        r, t = key
        if not 0 <= r < rounds:
            raise SeatingError(f"a locked table is in round {r + 1}, which the plan lacks")
        if not 0 <= t < len(caps):
            raise SeatingError(f"a locked table is table {t + 1}, which the plan lacks")
        for x in _known(index, who, "locked"):
            for y in groups.groups[groups.of[x]] if groups.of[x] >= 0 else [x]:
                if pinned[r].get(y, t) != t:
                    raise SeatingError(
                        f"{names[y]} is locked at two tables in round {r + 1}"
                        " (directly or through a group to keep together)"
                    )
                pinned[r][y] = t
    sizes = []
    for r in range(rounds):
        least = [0] * len(caps)
        for t in pinned[r].values():
            least[t] += 1
        for t, count in enumerate(least):
            if count > caps[t]:
                raise SeatingError(
                    f"table {t + 1} in round {r + 1} has {count} locked people but seats {caps[t]}"
                )
        for a, b in apart:
            if a in pinned[r] and pinned[r].get(b) == pinned[r][a]:
                raise SeatingError(
                    f"{names[a]} and {names[b]} are locked at one table in round {r + 1}"
                    " but are to be kept apart"
                )
        round_sizes = _fill_sizes(n, caps, least)
        minor_room = sum(max(0, s - 2) for s in round_sizes)
        if int(minor.sum()) > minor_room:
            raise SeatingError(
                f"{int(minor.sum())} minors cannot all sit with two adults:"
                f" the tables leave room for {minor_room}"
            )
        for t in range(len(caps)):
            at = [x for x, u in pinned[r].items() if u == t]
            if minor[at].any() and int((~minor[at]).sum()) + round_sizes[t] - len(at) < 2:
                raise SeatingError(
                    f"table {t + 1} in round {r + 1} has a locked minor and no room for two adults"
                )
        _check_apart_fits(apart, groups, names, round_sizes, r)
        sizes.append(round_sizes)

    apart_matrix = np.zeros((n, n), dtype=bool)
    for a, b in apart:
        apart_matrix[a, b] = apart_matrix[b, a] = True
    codes = _attribute_codes(index, attributes)
    ideo = _ideology_vector(index, ideology, minor)
    ii, jj = np.meshgrid(np.arange(n), np.arange(n), indexing="ij")
    attr, dist = _pair_diversity(codes, ideo, ii.ravel(), jj.ravel())
    gain = (weights.attribute * attr + weights.ideology * dist).reshape(n, n)
    np.fill_diagonal(gain, 0.0)
    size_max = int(np.max(sizes))
    return Problem(
        names=names,
        rounds=rounds,
        caps=caps,
        sizes=np.asarray(sizes, dtype=np.int64),
        hist=_history(index, met),
        tied=_tied(index, tied),
        apart=apart,
        apart_matrix=apart_matrix,
        groups=groups,
        minor=minor,
        pinned=pinned,
        codes=codes,
        ideo=ideo,
        gain=gain,
        weights=weights,
        repeat_weight=_repeat_weight(weights, codes, bool(np.isfinite(ideo).any()), size_max),
    )


def _lower_bound(p: Problem) -> int:
    """Repeats every plan must have (see the module docstring). Pairs kept together meet
    every round without repeating; everyone else needs a partner never met for each seating
    that is not a repeat."""
    n = len(p.names)
    together = np.zeros((n, n), dtype=bool)
    for members in p.groups.groups:
        together[np.ix_(members, members)] = True
    np.fill_diagonal(together, False)
    fresh = (p.hist == 0) & ~together
    np.fill_diagonal(fresh, False)
    used = np.where(p.sizes > 0, p.sizes, np.iinfo(np.int64).max).min(axis=1)
    meetings = int((used - 1).sum())
    single = p.groups.of < 0
    per_person = np.maximum(0, meetings - fresh.sum(axis=1))[single].sum()
    seatings = int((p.sizes * (p.sizes - 1) // 2).sum())
    overall = seatings - int(fresh.sum() // 2) - p.rounds * int(together.sum() // 2)
    crowded = _crowded_bound(p.sizes, [len(members) for members in p.groups.groups])
    return max(0, math.ceil(per_person / 2), overall, crowded)


def _crowded_bound(sizes: Ints, groups: Sequence[int] = ()) -> int:
    """Repeats forced by few tables: the people of a table of s, spread over the k tables of
    a later round, put at least the pairs of s split as evenly as those seats allow at one
    table again (s > k: two of them at least). Each later round repeats at least as many
    pairs as it must share with any one earlier round (:func:`_shared`). ``groups`` are the
    sizes of the keep-together groups, whose pairs sit together every round and never
    repeat: with them the bound was left out, and a room of five tables of ten with one
    such pair said nothing of the 25 repeats its crowding forces."""
    kept = sum(g * (g - 1) // 2 for g in groups)
    alone = int(sizes[0].sum()) - sum(groups) if len(sizes) else 0
    total = 0
    for later in range(1, len(sizes)):
        caps = tuple(sizes[later].tolist())
        total += max(
            _shared(tuple(sizes[earlier].tolist()), caps, kept, alone) for earlier in range(later)
        )
    return total


def _shared(earlier: tuple[int, ...], caps: tuple[int, ...], kept: int, alone: int) -> int:
    """The fewest pairs not kept together that sit together both in a round of tables
    ``earlier`` and in a round of tables ``caps``. Two bounds, the larger holds: every
    table's pairs spread (:func:`_crowding`), less the ``kept`` pairs of the groups, which
    sit at one table each and count there however the table is made up; and the ``alone``
    people (in no group) by themselves, who sit somewhere in the earlier round: whatever
    their tables, each table's share spreads again, and spreading them as evenly as the
    seats allow gives the fewest such pairs, since each more person at a table adds at
    least as many as the one before (``_crowding`` adds the least filled table's load)."""
    every = sum(_crowding(size, caps) for size in earlier)
    if not kept:
        return every  # everyone is alone: the second bound is the first
    share = [0] * len(earlier)
    pairs = 0
    for _ in range(alone):
        t = min(
            (x for x in range(len(earlier)) if share[x] < earlier[x]),
            key=lambda x: _crowding(share[x] + 1, caps) - _crowding(share[x], caps),
        )
        pairs += _crowding(share[t] + 1, caps) - _crowding(share[t], caps)
        share[t] += 1
    return max(every - kept, pairs)


@functools.cache
def _crowding(size: int, caps: tuple[int, ...]) -> int:
    """The fewest pairs among ``size`` people seated at tables of ``caps`` seats that share
    a table: each next person at the least filled table with a seat left."""
    if size <= sum(1 for cap in caps if cap):
        return 0
    load = [0] * len(caps)
    pairs = 0
    for _ in range(size):
        t = min((x for x in range(len(caps)) if load[x] < caps[x]), key=load.__getitem__)
        pairs += load[t]
        load[t] += 1
    return pairs


def _diversity_bound(p: Problem) -> float:
    codes, ideo = p.codes, p.ideo
    n = len(p.names)
    ii, jj = np.meshgrid(np.arange(n), np.arange(n), indexing="ij")
    attr, dist = _pair_diversity(codes, ideo, ii.ravel(), jj.ravel())
    pair = (attr + dist).reshape(n, n)
    np.fill_diagonal(pair, 0.0)
    top = -np.sort(-pair, axis=1)
    total = 0.0
    for r in range(p.rounds):
        biggest = int(p.sizes[r].max())
        total += float(top[:, : biggest - 1].sum()) / 2
    return total


# ---------------------------------------------------------------------------------- search


def _padded(matrix: NDArray[_Item], size: int) -> NDArray[_Item]:
    """``matrix`` with an extra zero row and column (the empty seat's)."""
    out = np.zeros((size, size), dtype=matrix.dtype)
    out[: size - 1, : size - 1] = matrix
    return out


def _design_first(state: _Engine, rng: np.random.Generator, bound: int) -> bool:
    """Start from a design, before any greedy plan, when it already breaks no rule and has
    no more repeats than ``bound`` (no history in its way), in dense rooms (everyone meets
    more than 40% of the others): there the greedy plan keeps repeats and its polish takes
    seconds in the largest rooms (300 at 10 over 19 rounds); in sparser rooms it is often
    without a repeat and has more gain than a design (300 at 10 over 8 rounds: 79% of the
    diversity-only gain against 70% from a design), so it goes first."""
    p = state.p
    meets = p.rounds * (int(p.sizes.max()) - 1)
    if any(p.pinned) or state.any_minor or meets <= 0.4 * (state.n - 1):
        return False
    if p.groups.groups:
        where = design_pairs(p, rng)
    else:
        where = affine_design(p, rng)
        if where is None:
            where = design_plus(p, rng)
    if where is None:
        return False
    state.load(where)
    if state.rank()[:2] <= (0, bound):
        return True
    state.clear()
    return False


def _design_start(state: _Engine, rng: np.random.Generator) -> None:
    """Replace the greedy start by a design (:mod:`~collaboratory.seating.designs`) when the
    room has its shape, nothing is locked, no group is kept together, no minor is seated, and
    it ranks no worse (history may make it repeat)."""
    p = state.p
    if p.groups.groups or any(p.pinned) or state.any_minor:
        return
    where = affine_design(p, rng)
    if where is None:
        where = design_plus(p, rng)
    if where is None:
        return
    greedy_rank, greedy_where = state.rank(), state.where.copy()
    state.load(where)
    if _better(greedy_rank, state.rank()):
        state.load(greedy_where)


class _Engine:
    """A whole schedule with what a move needs, kept up to date move by move.

    People are indices 0..n-1; index n is an empty seat, whose row and column in every pair
    matrix are zero, so tables padded to one width sum without masks. ``tabs[r, t]`` lists
    table t's seats in round r, ``pos[r, x]`` is x's seat there and ``where[r, x]`` x's table;
    ``meet`` counts each pair's meetings (history plus plan); ``add[x, y]`` and
    ``remove[x, y]`` are what one more and one fewer seating of x with y cost; ``bad`` marks
    pairs whose seating breaks a rule or repeats. The objective is ``weight * repeats + hard *
    (rule breaks) - gain``; keep-together pairs never count as repeats."""

    def __init__(self, p: Problem) -> None:
        n, rounds, tables = len(p.names), p.rounds, len(p.caps)
        width = int(p.sizes.max())
        size = n + 1
        self.p, self.n, self.rounds, self.tables, self.width = p, n, rounds, tables, width
        self.hist = _padded(p.hist, size)
        together = np.zeros((size, size), dtype=bool)
        for members in p.groups.groups:
            together[np.ix_(members, members)] = True
        ok = np.ones((size, size), dtype=bool)
        ok[n, :] = ok[:, n] = False
        np.fill_diagonal(ok, False)
        self.ok = ok & ~together  # the pairs whose second meeting is a repeat
        self.apart = _padded(p.apart_matrix, size)
        self.any_apart = bool(p.apart_matrix.any())
        self.gain = _padded(p.gain, size)
        untied = _padded(~p.tied, size)
        np.fill_diagonal(untied, False)
        self.untied = untied
        self.new_tie = float(p.weights.new_tie)
        self.hard = 100.0 * (p.repeat_weight + float(np.abs(p.gain).max(initial=0.0)) + 1.0)
        self.hard += 100.0 * abs(self.new_tie)
        self.weight = p.repeat_weight
        self.base = self.hard * self.apart - self.gain
        self.bonus = self.new_tie * untied
        self.minor = np.append(p.minor, False)
        self.any_minor = bool(p.minor.any())
        self.where = np.full((rounds, n), -1, dtype=np.int64)
        self.tabs = np.full((rounds, tables, width), n, dtype=np.int64)
        self.pos = np.full((rounds, n), -1, dtype=np.int64)
        self.count = np.zeros((rounds, tables), dtype=np.int64)
        self.minors = np.zeros((rounds, tables), dtype=np.int64)
        self.meet = self.hist.copy()
        self.repeat_count = 0
        self.apart_count = 0
        self.value = 0.0  # the gain: pair gains per seating plus new ties
        self.add = np.zeros((size, size))
        self.remove = np.zeros((size, size))
        # a seated pair breaks a rule or repeats once it has met this often
        self.limit = np.where(self.apart, 0, np.where(self.ok, 2, np.iinfo(np.int64).max))
        self.track = bool(self.gain.any() or self.new_tie)  # is there a gain to keep?
        self.refresh()

    # -- pair costs

    def _pair_costs(self, xs: Ints, ys: Ints) -> tuple[Floats, Floats]:
        m = self.meet[xs, ys]
        w = self.weight * self.ok[xs, ys]
        base = self.base[xs, ys]
        add = w * (m >= 1) + base
        remove = -base - w * (m >= 2)
        if self.new_tie:
            bonus, plan = self.bonus[xs, ys], m - self.hist[xs, ys]
            add -= bonus * (plan == 0)
            remove += bonus * (plan == 1)
        return add, remove

    def _update_pairs(self, xs: Ints, ys: Ints) -> None:
        add, remove = self._pair_costs(xs, ys)
        self.add[xs, ys] = self.add[ys, xs] = add
        self.remove[xs, ys] = self.remove[ys, xs] = remove

    def refresh(self) -> None:
        """Every pair's costs from the meeting counts (after a change of weight)."""
        m, h = self.meet, self.hist
        w = self.weight * self.ok
        self.add = w * (m >= 1) + self.base - self.bonus * (m == h)
        self.remove = self.bonus * (m == h + 1) - self.base - w * (m >= 2)
        for matrix in (self.add, self.remove):
            np.fill_diagonal(matrix, 0.0)
            matrix[self.n, :] = matrix[:, self.n] = 0.0
        n = self.n
        seat = w[:n, :n] * (h[:n, :n] >= 1) + self.base[:n, :n] - self.bonus[:n, :n]
        np.fill_diagonal(seat, 0.0)
        self.seat_cost = seat  # what a pair's first seating in the plan costs
        clash = (self.ok & (h >= 1) & (self.weight > 0)) | self.apart
        self.clash = clash[:n, :n].astype(np.float64)  # a seating that repeats or breaks a rule

    def _penalty(self, minors: Ints, count: Ints) -> Floats:
        return self.hard * (minors > 0) * np.maximum(0, 2 - (count - minors))

    # -- moves

    def seat(self, r: int, x: int, t: int) -> float:
        """Seat x (unseated in round r) at table t; the cost change."""
        row = self.tabs[r, t]
        free = np.flatnonzero(row == self.n)
        mates = row[row != self.n]
        delta = float(self.add[x, mates].sum())
        if self.any_minor:
            m, c = self.minors[r, t], self.count[r, t]
            m2 = m + int(self.minor[x])
            delta += float(self._penalty(m2, c + 1) - self._penalty(m, c))
            self.minors[r, t] = m2
        self.count[r, t] += 1
        fresh = self.meet[x, mates] == self.hist[x, mates]
        self.value += float(
            self.gain[x, mates].sum() + self.new_tie * (self.untied[x, mates] & fresh).sum()
        )
        self.repeat_count += int((self.ok[x, mates] & (self.meet[x, mates] >= 1)).sum())
        self.apart_count += int(self.apart[x, mates].sum())
        self.meet[x, mates] += 1
        self.meet[mates, x] += 1
        self._update_pairs(np.full(len(mates), x), mates)
        row[free[0]] = x
        self.pos[r, x] = free[0]
        self.where[r, x] = t
        return delta

    def unseat(self, r: int, x: int) -> float:
        t = int(self.where[r, x])
        row = self.tabs[r, t]
        row[self.pos[r, x]] = self.n
        mates = row[row != self.n]
        delta = float(self.remove[x, mates].sum())
        if self.any_minor:
            m, c = self.minors[r, t], self.count[r, t]
            m2 = m - int(self.minor[x])
            delta += float(self._penalty(m2, c - 1) - self._penalty(m, c))
            self.minors[r, t] = m2
        self.count[r, t] -= 1
        once = self.meet[x, mates] == self.hist[x, mates] + 1
        self.value -= float(
            self.gain[x, mates].sum() + self.new_tie * (self.untied[x, mates] & once).sum()
        )
        self.repeat_count -= int((self.ok[x, mates] & (self.meet[x, mates] >= 2)).sum())
        self.apart_count -= int(self.apart[x, mates].sum())
        self.meet[x, mates] -= 1
        self.meet[mates, x] -= 1
        self._update_pairs(np.full(len(mates), x), mates)
        self.where[r, x] = -1
        self.pos[r, x] = -1
        return delta

    def relocate(self, r: int, moves: Sequence[tuple[int, int]]) -> float:
        """Move each x to table t (pairs (x, t)) in round r; the cost change."""
        delta = sum(self.unseat(r, x) for x, _ in moves)
        return delta + sum(self.seat(r, x, t) for x, t in moves)

    def swap(self, r: int, a: int, b: int) -> float:
        """Swap a and b (at different tables of round r); the cost change."""
        n = self.n
        ta, tb = int(self.where[r, a]), int(self.where[r, b])
        sa, sb = self.tabs[r, ta], self.tabs[r, tb]
        mates_a = sa[(sa != a) & (sa != n)]
        mates_b = sb[(sb != b) & (sb != n)]
        la, lb = len(mates_a), len(mates_b)
        # the pairs a-mates_a and b-mates_b part, a-mates_b and b-mates_a meet
        xs = np.repeat(np.array([a, b]), la + lb)
        ys = np.concatenate((mates_a, mates_b, mates_b, mates_a))
        step = np.repeat(_STEPS, (la, lb, lb, la))
        leaving = step < 0
        met = self.meet[xs, ys]
        delta = float(np.where(leaving, self.remove[xs, ys], self.add[xs, ys]).sum())
        counted = self.ok[xs, ys] & (met >= 1 + leaving)
        self.repeat_count += int(step @ counted)
        if self.any_apart:
            self.apart_count += int(step @ self.apart[xs, ys])
        if self.track:
            plan = met - self.hist[xs, ys]
            ties = self.untied[xs, ys] & (plan == leaving)
            self.value += float(step @ (self.gain[xs, ys] + self.new_tie * ties))
        self.meet[xs, ys] += step
        self.meet[ys, xs] += step
        self._update_pairs(xs, ys)
        if self.minor[a] != self.minor[b]:
            shift = 1 if self.minor[b] else -1  # minors gained by a's old table
            m, c = self.minors[r], self.count[r]
            before = self._penalty(m[[ta, tb]], c[[ta, tb]]).sum()
            m[ta] += shift
            m[tb] -= shift
            delta += float(self._penalty(m[[ta, tb]], c[[ta, tb]]).sum() - before)
        sa[self.pos[r, a]] = b
        sb[self.pos[r, b]] = a
        self.pos[r, a], self.pos[r, b] = self.pos[r, b], self.pos[r, a]
        self.where[r, a], self.where[r, b] = tb, ta
        return delta

    # -- figures

    def hard_units(self) -> int:
        """Rule breaks: kept-apart seatings plus missing adults at tables with a minor."""
        shortfall = 0
        if self.any_minor:
            adults = self.count - self.minors
            shortfall = int(((self.minors > 0) * np.maximum(0, 2 - adults)).sum())
        return self.apart_count + shortfall

    def total(self) -> float:
        """The objective from scratch."""
        n = self.n
        iu = _upper(n)
        m, h = self.meet[:n, :n][iu], self.hist[:n, :n][iu]
        plan = m - h
        repeats = float(((np.maximum(0, m - 1) - np.maximum(0, h - 1)) * self.ok[:n, :n][iu]).sum())
        value = self.weight * repeats + float((self.base[:n, :n][iu] * plan).sum())
        value -= float((self.bonus[:n, :n][iu] * (plan > 0)).sum())
        if self.any_minor:
            value += float(self._penalty(self.minors, self.count).sum())
        return value

    def rank(self) -> tuple[int, int, float]:
        """The plan's place in the lexicographic order: rule breaks, repeats (unless they
        weigh nothing), then gain."""
        return self.hard_units(), self.repeat_count if self.weight else 0, -self.value

    def conflicts(self, movable: Bools) -> Ints:
        """``r * n + x`` for every movable x who, in round r, sits with someone x has met
        before or is kept apart from, or at a table with a minor and too few adults."""
        n, seats = self.n, self.tabs
        rows, cols = seats[..., :, None], seats[..., None, :]
        hit = (self.meet[rows, cols] >= self.limit[rows, cols]).any(axis=-1)
        if self.any_minor:
            broken = (self.minors > 0) & (self.count - self.minors < 2)
            hit |= broken[:, :, None]
        hit &= seats < n
        rounds = np.nonzero(hit)[0]
        flat = rounds * n + seats[hit]
        return flat[movable.ravel()[flat]]

    def evaluate(self, rs: Ints, xs: Ints, movable: Bools) -> Floats:
        """The cost change of swapping x = xs[k] with every person b of round rs[k]: an
        array k x n, +inf where b sits at x's table or cannot move."""
        n, add = self.n, self.add
        k = len(rs)
        rows = np.arange(k)[:, None]
        home_t = self.where[rs, xs]
        home = self.tabs[rs, home_t]  # k x width, x among them
        t = self.where[rs]  # k x n
        # x joins b's table (b gone): x's cost per table, less the pair x-b
        join = add[xs[:, None, None], self.tabs[rs]].sum(axis=2)
        delta = join[rows, t] - add[xs, :n]
        # x leaves home
        delta += self.remove[xs[:, None], home].sum(axis=1)[:, None]
        # b joins home (x gone): add is symmetric, so rows of home's people
        delta += add[home].sum(axis=1)[:, :n] - add[xs, :n]
        # b leaves its table
        delta += self._leave(rs)
        if self.any_minor:
            m, c = self.minors[rs], self.count[rs]
            now = self._penalty(m, c)
            x_minor = self.minor[xs]
            shift = np.where(x_minor, -1, 1)  # minors gained by x's home
            at_home = now[rows[:, 0], home_t]
            home_change = self._penalty(m[rows[:, 0], home_t] + shift, c[rows[:, 0], home_t])
            there = self._penalty(m - shift[:, None], c) - now
            cross = self.minor[None, :n] != x_minor[:, None]
            delta += np.where(cross, (home_change - at_home)[:, None] + there[rows, t], 0.0)
        delta[(t == home_t[:, None]) | ~movable[rs]] = np.inf
        return delta

    def round_deltas(self, r: int, movable: Bools) -> Floats:
        """The cost change of every swap in round r (n x n, +inf where it is no move)."""
        n, add = self.n, self.add
        t = self.where[r]
        join = add[:n][:, self.tabs[r]].sum(axis=2)  # n x tables
        delta = join[:, t] - add[:n, :n] + self._leave(np.array([r]))[0][:, None]
        delta += delta.T
        if self.any_minor:
            minor = self.minor[:n]
            m, c = self.minors[r], self.count[r]
            now = self._penalty(m, c)
            gain_minor = (self._penalty(m + 1, c) - now)[t]  # at x's table, a minor for an adult
            lose_minor = (self._penalty(m - 1, c) - now)[t]
            # a minor at a's table leaves for b's (an adult), and the reverse
            cross = minor[:, None] & ~minor[None, :]
            extra = np.where(cross, lose_minor[:, None] + gain_minor[None, :], 0.0)
            delta += extra + extra.T
        delta[(t[:, None] == t[None, :]) | ~movable[r][:, None] | ~movable[r][None, :]] = np.inf
        return delta

    def replaceable(self, r: int, movable: Bools) -> Bools:
        """``ok[u, v]``: in round r, u could take v's seat without sitting with anyone u has
        met or is kept apart from (v's tablemates but v), u and v at different tables, both
        movable and of one kind (minor or adult). A cycle of such replacements through
        tables met once each clears a conflict of its first person and makes none."""
        n = self.n
        clash = self.meet >= self.limit - 1  # one more seating repeats or breaks a rule
        clash[n, :] = clash[:, n] = False
        t = self.where[r]
        into = clash[:n][:, self.tabs[r]].sum(axis=2)  # n x tables
        ok = (into[:, t] - clash[:n, :n]) == 0
        ok &= t[:, None] != t[None, :]
        ok &= self.minor[:n][:, None] == self.minor[None, :n]
        ok &= movable[r][:, None] & movable[r][None, :]
        return ok

    def cycle_parts(self, r: int) -> tuple[Floats, Floats, Floats, Bools]:
        """What every three-way move of round r shares (:meth:`cycle_deltas`): x joining
        table u (n x tables), leaving one's table (n), b joining c's table with c gone (n x
        n), and b and c at one table (n x n). Computed once per round, not per person: the
        search asks for several people of a round in a row, and this is most of the work."""
        n, add = self.n, self.add
        t = self.where[r]
        join = add[:n][:, self.tabs[r]].sum(axis=2)
        leave = self._leave(np.array([r]))[0]
        return join, leave, join[:, t] - add[:n, :n], t[:, None] == t[None, :]

    def cycle_deltas(
        self,
        r: int,
        a: int,
        movable: Bools,
        parts: tuple[Floats, Floats, Floats, Bools] | None = None,
    ) -> Floats:
        """The cost change of a three-way move in round r: a to b's table, b to c's, c to
        a's, for every (b, c) (n x n; +inf unless the three sit at three tables, can move
        and are of a's kind, minor or adult, so no table's count of minors changes). The
        three moves touch distinct pairs, so their changes add up exactly. ``parts``: the
        round's :meth:`cycle_parts`, if already at hand (the plan unchanged since)."""
        n, add = self.n, self.add
        t = self.where[r]
        ta = int(t[a])
        join, leave, b_to_c, same = parts if parts is not None else self.cycle_parts(r)
        a_in = join[a, t] - add[a, :n] + leave  # a to b's table, b gone; b leaves
        c_in = join[:n, ta] - add[:n, a] + leave  # c to a's table, a gone; c leaves
        delta = b_to_c + (a_in[:, None] + (c_in + leave[a])[None, :])
        ok = movable[r] & (t != ta) & (self.minor[:n] == self.minor[a])
        bad = ~(ok[:, None] & ok[None, :]) | same
        delta[bad] = np.inf
        return delta

    def label_deltas(self, xs: Ints, free: Bools) -> Floats:
        """The cost change of exchanging x = xs[k]'s whole schedule with every person b's
        (k x n, +inf where b is x, of the other kind (minor or adult) or not ``free``).
        Exact while no pair meets twice in the plan: a seating of a pair then costs what the
        pair's first meeting in the plan costs, ``seat[x, y]``."""
        n = self.n
        delta = self._exchange(xs, self.seat_cost)
        bad = ~free[None, :] | (self.minor[:n][None, :] != self.minor[xs][:, None])
        bad[np.arange(len(xs)), xs] = True
        delta[bad] = np.inf
        return delta

    def label_clashes(self, xs: Ints) -> Floats:
        """How many more seatings of a pair that met before (history) or is kept apart
        exchanging x = xs[k]'s schedule with every person b's makes (k x n): a plan that
        repeats no pair stays so exactly when this is at most 0."""
        return self._exchange(xs, self.clash)

    def _exchange(self, xs: Ints, matrix: Floats) -> Floats:
        """The change of the sum of ``matrix[x, y]`` over seatings of x with y in the plan
        when x = xs[k] and b exchange their schedules (k x n): x takes b's partners and b
        takes x's; a pair x-b keeps its meetings. From the tables' sums, not a matrix
        product: ``F[b, x]`` sums ``matrix[x, y]`` over b's tablemates y and b, every round
        (a product of n x n matrices runs on BLAS threads, which on a busy machine took 25
        ms instead of 0.2)."""
        n, rounds = self.n, self.rounds
        padded = _padded(matrix, n + 1)
        at_table = padded[self.tabs].sum(axis=2)  # rounds x tables x (n + 1)
        sums = np.zeros((n, n))
        for r in range(rounds):
            sums += at_table[r][self.where[r], :n]
        own = np.diagonal(sums)
        pair = matrix[xs]  # k x n
        plan = (self.meet[xs, :n] - self.hist[xs, :n]).astype(np.float64)
        delta = sums[:, xs].T + sums[xs] - own[None, :] - own[xs][:, None]
        delta += 2.0 * (plan - rounds) * pair
        return delta

    def label_swap(self, a: int, b: int) -> float:
        """Exchange a's and b's seats in every round; the cost change."""
        delta = 0.0
        for r in np.flatnonzero(self.where[:, a] != self.where[:, b]).tolist():
            delta += self.swap(r, a, b)
        return delta

    def _leave(self, rs: Ints) -> Floats:
        """What leaving their table costs everyone, in each round of ``rs`` (k x n)."""
        if self.rounds * self.n * self.width <= 40_000:
            uniq, inverse = np.arange(self.rounds), rs
        else:
            uniq, inverse = np.unique(rs, return_inverse=True)
        seats = self.tabs[uniq]
        per_seat = self.remove[seats[..., :, None], seats[..., None, :]].sum(axis=-1)
        out = np.zeros((len(uniq), self.n + 1))
        out[np.arange(len(uniq))[:, None, None], seats] = per_seat
        return out[inverse, : self.n]

    def clear(self) -> None:
        """No one seated (before a fresh greedy start)."""
        self.load(np.full((self.rounds, self.n), -1, dtype=np.int64))

    def load(self, where: Ints) -> None:
        """Rebuild everything from a full plan (after a restart)."""
        n, p = self.n, self.p
        self.where = where.copy()
        self.tabs.fill(n)
        self.pos.fill(-1)
        self.count.fill(0)
        self.minors.fill(0)
        for r in range(self.rounds):
            order = np.argsort(where[r], kind="stable")
            order = order[where[r][order] >= 0]
            tables = where[r][order]
            starts = np.searchsorted(tables, np.arange(self.tables))
            slot = np.arange(len(order)) - starts[tables]
            self.tabs[r, tables, slot] = order
            self.pos[r, order] = slot
            self.count[r] = np.bincount(tables, minlength=self.tables)
            self.minors[r] = np.bincount(tables, weights=p.minor[order], minlength=self.tables)
        seats = self.tabs
        meet = self.hist.copy()
        np.add.at(meet, (seats[..., :, None], seats[..., None, :]), 1)
        diagonal = np.arange(n + 1)
        meet[diagonal, diagonal] = self.hist[diagonal, diagonal]
        meet[n, :] = self.hist[n, :]
        meet[:, n] = self.hist[:, n]
        self.meet = meet
        iu = _upper(n)
        m, h = meet[:n, :n][iu], self.hist[:n, :n][iu]
        plan = m - h
        ok = self.ok[:n, :n][iu]
        self.repeat_count = int(((np.maximum(0, m - 1) - np.maximum(0, h - 1)) * ok).sum())
        self.apart_count = int((plan * self.apart[:n, :n][iu]).sum())
        untied = self.untied[:n, :n][iu]
        self.value = float((plan * self.gain[:n, :n][iu]).sum()) + self.new_tie * float(
            (untied & (plan > 0)).sum()
        )
        self.refresh()

    def plan(self) -> Plan:
        names = self.p.names
        return [
            [[names[x] for x in sorted(row.tolist()) if x != self.n] for row in self.tabs[r]]
            for r in range(self.rounds)
        ]


def _greedy(
    state: _Engine, rng: np.random.Generator, rounds: Iterable[int], *, polish: bool = False
) -> None:
    """Round by round: locked people first, then keep-together groups (largest first), then
    minors (only where two seats stay for adults), then adults; each to the table with free
    seats where they add least cost. With ``polish``, each round is then improved by swaps
    within it (against the rounds before it) until none helps."""
    p = state.p
    n = state.n
    movable = _movable(p, n) if polish else None
    for r in rounds:
        sizes = p.sizes[r]
        for x, t in p.pinned[r].items():
            state.seat(r, x, t)
        units: list[list[int]] = []
        for members in sorted(p.groups.groups, key=len, reverse=True):
            if members[0] not in p.pinned[r]:
                units.append(members)
        singles = [x for x in rng.permutation(n).tolist() if x not in p.pinned[r]]
        singles = [x for x in singles if p.groups.of[x] < 0]
        units += [[x] for x in singles if p.minor[x]]
        units += [[x] for x in singles if not p.minor[x]]
        for unit in units:
            free = sizes - state.count[r]
            minors_in = int(p.minor[unit].sum())
            room = free >= len(unit)
            if minors_in:
                adults_after = state.count[r] - state.minors[r] + len(unit) - minors_in
                room &= adults_after + free - len(unit) >= 2
            if not room.any():
                room = free >= len(unit)
            if not room.any():
                raise SeatingError(
                    f"the groups to keep together cannot be packed into the tables in round {r + 1}"
                )
            cost = state.add[unit][:, state.tabs[r]].sum(axis=(0, 2))
            cost = cost + rng.random(state.tables) * 1e-6
            cost[~room] = np.inf
            t = int(np.argmin(cost))
            for x in unit:
                state.seat(r, x, t)
        if movable is not None:
            _polish(state, r, movable)


def _polish(state: _Engine, r: int, movable: Bools) -> None:
    """Make improving swaps in round r, best first at untouched tables, until none helps."""
    n = state.n
    for _ in range(4 * state.tables):
        delta = state.round_deltas(r, movable)
        improving = np.flatnonzero(delta < -_EPS)
        if not len(improving):
            return
        used: set[int] = set()
        for k in improving[np.argsort(delta.flat[improving])].tolist():
            a, b = divmod(k, n)
            ta, tb = int(state.where[r, a]), int(state.where[r, b])
            if ta not in used and tb not in used:
                state.swap(r, a, b)
                used.update((ta, tb))


def _movable(p: Problem, n: int) -> Bools:
    movable = np.ones((p.rounds, n), dtype=bool)
    movable[:, p.groups.of >= 0] = False
    for r in range(p.rounds):
        movable[r, list(p.pinned[r])] = False
    return movable


def _group_move(state: _Engine, r: int, rng: np.random.Generator, movable: Bools) -> float:
    """Try one random exchange of a keep-together group with as many people of another table
    (single people, or a group of the same size); keep it if it costs nothing."""
    p = state.p
    free_groups = [g for g in p.groups.groups if g[0] not in p.pinned[r]]
    if not free_groups:
        return 0.0
    group = free_groups[int(rng.integers(len(free_groups)))]
    home = int(state.where[r, group[0]])
    other = int(rng.integers(state.tables))
    if other == home:
        return 0.0
    there = [int(x) for x in state.tabs[r, other] if x != state.n]
    singles = [x for x in there if movable[r, x]]
    same = [
        g
        for g in p.groups.groups
        if len(g) == len(group) and g[0] not in p.pinned[r] and state.where[r, g[0]] == other
    ]
    if same and (len(singles) < len(group) or rng.random() < 0.5):
        swap_in = same[int(rng.integers(len(same)))]
    elif len(singles) >= len(group):
        swap_in = rng.choice(singles, size=len(group), replace=False).tolist()
    else:
        return 0.0
    there_moves = [(x, other) for x in group] + [(x, home) for x in swap_in]
    delta = state.relocate(r, there_moves)
    if delta > _EPS:
        state.relocate(r, [(x, home) for x in group] + [(x, other) for x in swap_in])
        return 0.0
    return delta


@dataclass
class _Tuning:
    """How the search walks (defaults chosen on bench/seating.py; see docs/architecture.md)."""

    candidates: int = 0  # rows evaluated per iteration while fixing; 0: from the size
    tenure: tuple[int, int] = (0, 0)  # while fixing; (0, 0): 1 to max(4, n / 4)
    tenure_free: tuple[int, int] = (5, 20)  # once repeats are at the bound
    stall: int = 0  # iterations without a new best before a perturbation; 0: from the size
    kicks: int = 0  # random swaps of a perturbation; 0: from the size


def _better(a: tuple[int, int, float], b: tuple[int, int, float]) -> bool:
    return a[:2] < b[:2] or (a[:2] == b[:2] and a[2] < b[2] - _EPS)


def _apply_best_first(
    state: _Engine,
    rs: Ints,
    xs: Ints,
    allowed: Floats,
    improving: Ints,
    tabu: Ints,
    until: Ints,
) -> float:
    """Make the improving swaps best first, each between two tables that no swap made so
    far touched: swaps at disjoint tables of one round change disjoint pairs, so each
    keeps its computed cost change; a swap in another round may have been changed by an
    earlier one and is checked by its exact cost, and undone if it no longer improves.
    ``rs[i], xs[i]`` are row i's round and person (xs = -1: row i is person i)."""
    n = state.n
    order = improving[np.argsort(allowed.flat[improving])]
    used: set[tuple[int, int]] = set()
    rounds_seen: set[int] = set()
    total = 0.0
    for k, wait in zip(order.tolist(), until.tolist(), strict=False):
        i, b = divmod(k, n)
        r = int(rs[i])
        a = int(xs[i]) if xs[i] >= 0 else i
        ta, tb = int(state.where[r, a]), int(state.where[r, b])
        if ta == tb or (r, ta) in used or (r, tb) in used:
            continue
        delta = state.swap(r, a, b)
        if len(rounds_seen - {r}) and delta >= -_EPS:
            state.swap(r, a, b)
            continue
        rounds_seen.add(r)
        used.update(((r, ta), (r, tb)))
        total += delta
        tabu[r, a, ta] = wait
        tabu[r, b, tb] = wait
    return total


def _cycle(state: _Engine, chosen: Ints, rng: np.random.Generator, movable: Bools) -> float:
    """When no swap improves: the best improving three-way move (:meth:`_Engine.cycle_deltas`)
    of a few people in conflict, made; 0.0 when none improves. A swap's local optimum is
    often not one for these moves, which pass between tables a swap cannot reach at once."""
    n = state.n
    best, found = -_EPS, None
    parts: dict[int, tuple[Floats, Floats, Floats, Bools]] = {}
    for k in rng.choice(chosen, size=min(_TRIES, len(chosen)), replace=False).tolist():
        r, a = divmod(k, n)
        if r not in parts:
            parts[r] = state.cycle_parts(r)
        delta = state.cycle_deltas(r, a, movable, parts[r])
        flat = int(np.argmin(delta))
        if delta.flat[flat] < best:
            best, found = float(delta.flat[flat]), (r, a, *divmod(flat, n))
    if found is None:
        return 0.0
    r, a, b, c = found
    t = state.where[r]
    return state.relocate(r, [(a, int(t[b])), (b, int(t[c])), (c, int(t[a]))])


def _chain(
    state: _Engine, chosen: Ints, rng: np.random.Generator, movable: Bools, depth: int = 5
) -> float | None:
    """An ejection chain for one of a few people in conflict: a takes v1's seat, v1 takes
    v2's, ..., the last takes a's, each joining only people they never met, at tables met
    once each (:meth:`_Engine.replaceable`); depth-first, up to ``depth`` seats. It clears
    a's conflicts at its table and makes none. The cost change, None when none was made."""
    n = state.n
    oks: dict[int, Bools] = {}  # per round (the plan changes only when a chain is made)
    for k in rng.permutation(chosen)[:_TRIES].tolist():
        r, a = divmod(k, n)
        if r not in oks:
            oks[r] = state.replaceable(r, movable)
        ok = oks[r]
        found = _cycle_through(a, ok, state.where[r], rng, depth)
        if found is None:
            continue
        before = state.rank()
        seats = [int(state.where[r, x]) for x in found]
        moves = [(x, seats[(i + 1) % len(found)]) for i, x in enumerate(found)]
        delta = state.relocate(r, moves)
        if state.rank()[:2] < before[:2]:
            return delta
        state.relocate(r, [(x, seats[i]) for i, x in enumerate(found)])  # not expected
    return None


def _cycle_through(
    a: int, ok: Bools, table: Ints, rng: np.random.Generator, depth: int, budget: int = 2000
) -> list[int] | None:
    """People [a, v1, ..., vk], each able to take the next one's seat (``ok``) and vk a's,
    at distinct tables; depth-first in random order, at most ``budget`` steps."""
    path, tables = [a], {int(table[a])}
    stack = [iter(rng.permutation(np.flatnonzero(ok[a])).tolist())]
    while stack and budget > 0:
        v = next(stack[-1], None)
        if v is None:
            stack.pop()
            tables.discard(int(table[path.pop()]))
            continue
        budget -= 1
        if int(table[v]) in tables:
            continue
        path.append(v)
        tables.add(int(table[v]))
        if ok[v, a]:
            return path
        if len(path) < depth:
            stack.append(iter(rng.permutation(np.flatnonzero(ok[v])).tolist()))
        else:
            tables.discard(int(table[path.pop()]))
    return None


def _exchange_schedules(state: _Engine, free: Bools, free_people: Ints, fixing: bool) -> float:
    """Exchanges of two people's whole schedules that lower the cost, best first, each
    checked by making it, at most ``_TRIES`` of them between people not yet moved. Once the
    plan is no longer being fixed, only those that seat no pair that met before or is kept
    apart: an exchange changes many seatings at once, whose gain could outweigh a repeat.
    The cost change."""
    n = state.n
    xs = free_people
    delta = state.label_deltas(xs, free)
    if not fixing:
        delta[state.label_clashes(xs) > 0.5] = np.inf
    improving = np.flatnonzero(delta < -_EPS)
    total = 0.0
    touched: set[int] = set()
    for k in improving[np.argsort(delta.flat[improving])][: 4 * _TRIES].tolist():
        i, b = divmod(k, n)
        a = int(xs[i])
        if a in touched or b in touched:
            continue
        touched.update((a, b))
        change = state.label_swap(a, b)
        if change >= -_EPS:
            state.label_swap(a, b)
        else:
            total += change
        if len(touched) >= 2 * _TRIES:
            break
    return total


def _flat(p: Problem) -> bool:
    """Whether every plan has the same gain (no attributes, ideology or ties to tell them
    apart): a plan with repeats at the bound is then final."""
    return bool(np.ptp(p.gain) == 0) and not (p.weights.new_tie and p.tied.any())


def _moves(state: _Engine, movable: Bools) -> int:
    """The size of the search's neighbourhood: swaps of two movable people at different
    tables of a round, schedule exchanges of two free people, and places a group can move
    to (the search's patience is counted in these)."""
    total = 0
    for r in range(state.rounds):
        counts = np.bincount(state.where[r][movable[r]], minlength=state.tables)
        total += (int(counts.sum()) ** 2 - int((counts**2).sum())) // 2
    free = int(np.all(movable, axis=0).sum())
    return (
        total
        + free * (free - 1) // 2
        + len(state.p.groups.groups) * state.rounds * (state.tables - 1)
    )


def _search(
    state: _Engine,
    rng: np.random.Generator,
    deadline: float,
    max_iterations: int | None,
    lower_bound: int,
    tuning: _Tuning | None = None,
) -> tuple[Ints, int, float | None]:
    """Tabu search over the whole schedule (module docstring); returns the best plan's tables,
    the number of iterations and when (``time.monotonic()``) a plan first had no rule broken
    and repeats at ``lower_bound``."""
    tuning = tuning or _Tuning()
    p = state.p
    n, rounds = state.n, p.rounds
    movable = _movable(p, n)
    flat_movable = np.flatnonzero(movable.ravel())
    swappable = np.flatnonzero(movable.sum(axis=1) >= 2)
    settled_at = time.monotonic() if state.rank()[:2] <= (0, lower_bound) else None
    if not len(swappable) and not p.groups.groups:
        return state.where.copy(), 0, settled_at
    rows = tuning.candidates or max(4, min(64, 60_000 // (n * state.width)))
    moves = _moves(state, movable)
    # back to the best plan, kicked, after 200 iterations (4n) without a new best, or after
    # a sweep of the neighbourhood in a room with fewer moves
    stall = tuning.stall or max(4 * n, min(200, moves))
    kicks = tuning.kicks or max(2, n // 8)
    fix_tenure = tuning.tenure if tuning.tenure[1] else (1, max(4, n // 4))
    current = state.total()
    level = current  # the lowest cost seen since the last perturbation (aspiration)
    best_rank, best_where = state.rank(), state.where.copy()
    tabu = np.zeros((rounds, n, state.tables), dtype=np.int64)
    everyone = np.arange(n)
    flat = _flat(p)
    # Iterations without a new best (fewer repeats, or gain up by a ten-thousandth) before
    # stopping: once settled, 40n + 1000, or 4 neighbourhoods when that is fewer (a small
    # room); not settled (the bound may be out of reach), 20 neighbourhoods: 81,600 for the
    # social golfer, whose search alone went up to 27,000 between new bests, and more than
    # any bench room does in its time (docs/architecture.md).
    patience = min(40 * n + 1000, max(stall, _SETTLED_SWEEPS * moves))
    hopeless = max(stall, _UNSETTLED_SWEEPS * moves)
    last_best = iteration = 0
    cycle: list[int] = []
    free: Bools = np.all(movable, axis=0)
    free_people = np.flatnonzero(free)
    label_every = 3
    while time.monotonic() < deadline and (max_iterations is None or iteration < max_iterations):
        iteration += 1
        settled = best_rank[0] == 0 and best_rank[1] <= lower_bound
        if settled and (flat or iteration - last_best > patience):
            break
        if not settled and iteration - last_best > hopeless:
            break
        if p.groups.groups and (not len(swappable) or iteration % 10 == 0):
            current += _group_move(state, int(rng.integers(rounds)), rng, movable)
        fixing = state.hard_units() > 0 or (state.weight > 0 and state.repeat_count > lower_bound)
        few = not fixing or state.repeat_count + state.hard_units() <= rows
        if few and len(free_people) > 1 and iteration % (label_every if fixing else 2) == 0:
            current += _exchange_schedules(state, free, free_people, fixing)
        elif len(swappable):
            low, high = fix_tenure if fixing else tuning.tenure_free
            chosen = state.conflicts(movable) if fixing else np.zeros(0, dtype=np.int64)
            if len(chosen) and len(chosen) <= rows:
                # few conflicts: every swap moving one of them, in every round (D&VH)
                rs, xs = np.divmod(chosen, n)
                delta = state.evaluate(rs, xs, movable)
                t = state.where[rs]
                home = t[np.arange(len(rs)), xs]
                banned = tabu[rs[:, None], xs[:, None], t] > iteration
                banned |= tabu[rs[:, None], everyone[None, :], home[:, None]] > iteration
            else:
                if len(chosen):
                    # many: every swap in one round with a conflict that moves one of them
                    r = int(chosen[int(rng.integers(len(chosen)))] // n)
                    hot = np.zeros(n, dtype=bool)
                    hot[chosen[chosen // n == r] % n] = True
                else:
                    if not cycle:
                        cycle = rng.permutation(swappable).tolist()
                    r = cycle.pop()
                rs = np.full(n, r)
                xs = np.full(n, -1)
                delta = state.round_deltas(r, movable)
                if len(chosen):
                    delta[~(hot[:, None] | hot[None, :])] = np.inf
                t = np.broadcast_to(state.where[r], (n, n))
                home = state.where[r]
                banned = tabu[r][:, t[0]] > iteration  # a to b's table
                banned |= banned.T  # b to a's table
            allowed = np.where(banned & (current + delta >= level - _EPS), np.inf, delta)
            allowed += rng.random(allowed.shape) * 1e-7
            improving = np.flatnonzero(allowed < -_EPS)
            if not len(improving) and few and len(chosen):
                chained = _chain(state, chosen, rng, movable)
                moved = _cycle(state, chosen, rng, movable) if chained is None else chained
            else:
                moved = 0.0
            if moved:
                current += moved
            elif len(improving) > 1:
                until = iteration + rng.integers(low, high + 1, size=len(improving))
                current += _apply_best_first(state, rs, xs, allowed, improving, tabu, until)
            else:
                k = int(np.argmin(allowed))
                if np.isfinite(allowed.flat[k]):
                    i, b = divmod(k, n)
                    r, a = int(rs[i]), (int(xs[i]) if xs[i] >= 0 else i)
                    ta, tb = int(home[i]), int(t[i, b])
                    current += state.swap(r, a, b)
                    tabu[r, a, ta] = iteration + int(rng.integers(low, high + 1))
                    tabu[r, b, tb] = iteration + int(rng.integers(low, high + 1))
        level = min(level, current)
        rank = state.rank()
        if _better(rank, best_rank):
            # only a gain up by a ten-thousandth (or fewer repeats) restarts the patience
            if rank[:2] < best_rank[:2] or rank[2] < best_rank[2] - 1e-4 * abs(best_rank[2]):
                last_best = iteration
            best_rank, best_where = rank, state.where.copy()
            if settled_at is None and rank[:2] <= (0, lower_bound):
                settled_at = time.monotonic()
        elif iteration - last_best > stall and (iteration - last_best) % stall == 0:
            state.load(best_where)
            # kick the people in conflict when there are any, else anyone
            hot = state.conflicts(movable) if best_rank[:2] > (0, lower_bound) else flat_movable
            pool = hot if len(hot) else flat_movable
            for _ in range(kicks if pool is flat_movable else max(2, min(kicks, len(pool)))):
                r, a = divmod(int(pool[int(rng.integers(len(pool)))]), n)
                others = np.flatnonzero(movable[r] & (state.where[r] != state.where[r, a]))
                if len(others):
                    state.swap(r, a, int(others[int(rng.integers(len(others)))]))
            current = level = state.total()
            tabu[:] = 0
    return best_where, iteration, settled_at


def _round_count(p: Problem, r: int) -> int:
    """How many seatings round r has at most (hard rules left out): the ways to share the
    seats left by locked people among the others, tables of one size with nobody locked
    counted once whatever their order (a table's number changes no cost)."""
    free = p.sizes[r].tolist()
    for t in p.pinned[r].values():
        free[t] -= 1
    ways = math.factorial(len(p.names) - len(p.pinned[r]))
    for seats in free:
        ways //= math.factorial(seats)
    alike: dict[int, int] = {}
    for t, size in enumerate(p.sizes[r].tolist()):
        if size and t not in p.pinned[r].values():
            alike[size] = alike.get(size, 0) + 1
    for count in alike.values():
        ways //= math.factorial(count)
    return ways


def _round_seatings(p: Problem, r: int) -> Ints:
    """Every seating of round r that keeps the hard rules (locked people at their tables,
    groups together, kept-apart pairs apart, two adults beside any minor), one per way of
    parting the people: a unit goes to the first empty unlocked table of a size only, the
    others of that size being the same parting. Rows are ``where`` (person -> table)."""
    n = len(p.names)
    sizes = p.sizes[r].tolist()
    minor = p.minor.tolist()
    apart = [set(np.flatnonzero(row).tolist()) for row in p.apart_matrix]
    where = [-1] * n
    fill = [0] * len(sizes)
    young = [0] * len(sizes)
    for x, t in p.pinned[r].items():
        where[x] = t
        fill[t] += 1
        young[t] += minor[x]
    locked = set(p.pinned[r].values())
    units = [g for g in p.groups.groups if g[0] not in p.pinned[r]]
    units += [[x] for x in range(n) if where[x] < 0 and p.groups.of[x] < 0]
    units.sort(key=lambda unit: unit[0])
    found: list[list[int]] = []

    def place(i: int) -> None:
        if i == len(units):
            if all(not y or f - y >= 2 for f, y in zip(fill, young, strict=True)):
                found.append(list(where))
            return
        unit = units[i]
        minors = sum(minor[x] for x in unit)
        started: set[int] = set()
        for t, size in enumerate(sizes):
            if fill[t] + len(unit) > size:
                continue
            if not fill[t] and t not in locked:
                if size in started:
                    continue
                started.add(size)
            if any(where[y] == t for x in unit for y in apart[x]):
                continue
            for x in unit:
                where[x] = t
            fill[t] += len(unit)
            young[t] += minors
            place(i + 1)
            fill[t] -= len(unit)
            young[t] -= minors
            for x in unit:
                where[x] = -1

    place(0)
    return np.array(found, dtype=np.int64).reshape(len(found), n)


def _every_plan(p: Problem) -> list[Ints] | None:
    """Per round, every seating that keeps the hard rules, when the room has so few plans
    that pricing them all (:func:`_exhaustive`) is cheaper than searching: at most
    ``_ROUND_SEATINGS`` seatings to list (rounds alike listed once), and plans times pairs
    at most ``_EXHAUSTIVE``. None for a larger room."""
    keys = [
        (tuple(sorted(p.pinned[r].items())), tuple(p.sizes[r].tolist())) for r in range(p.rounds)
    ]
    kinds = {key: r for r, key in enumerate(keys)}  # rounds alike list the same seatings
    if sum(_round_count(p, r) for r in kinds.values()) > _ROUND_SEATINGS:
        return None
    listed = {key: _round_seatings(p, r) for key, r in kinds.items()}
    rows = [listed[key] for key in keys]
    plans = math.prod(len(seatings) for seatings in rows)
    n = len(p.names)
    return rows if plans * max(1, n * (n - 1) // 2) <= _EXHAUSTIVE else None


def _exhaustive(state: _Engine, rows: list[Ints]) -> Ints:
    """The best plan made of the seatings ``rows`` (every one that keeps the hard rules,
    per round), in the lexicographic order of :meth:`_Engine.rank`: every combination is
    priced, so no search can do better. The first best in the order listed. The rounds but
    the one with most seatings are combined first, then priced against that one's seatings
    a slice at a time (at most ``_EXHAUSTIVE_SLICE`` pair counts held at once)."""
    iu, ju = _upper(state.n)
    pairs = len(iu)
    last = max(range(len(rows)), key=lambda r: len(rows[r]))
    order = [r for r in range(len(rows)) if r != last] + [last]
    head = np.zeros((1, pairs), dtype=np.int16)
    for r in order[:-1]:
        together = (rows[r][:, iu] == rows[r][:, ju]).astype(np.int16)
        head = (head[:, None, :] + together[None, :, :]).reshape(-1, pairs)
    tail = (rows[last][:, iu] == rows[last][:, ju]).astype(np.int16)
    hist, ok = state.hist[iu, ju], state.ok[iu, ju]
    gain, untied = state.gain[iu, ju], state.untied[iu, ju]
    step = max(1, _EXHAUSTIVE_SLICE // (len(tail) * max(1, pairs)))
    best = (0, math.inf, 0)
    for first in range(0, len(head), step):
        meets = (head[first : first + step, None, :] + tail[None, :, :]).reshape(-1, pairs)
        repeats = (np.maximum(0, hist + meets - 1) - np.maximum(0, hist - 1)) @ ok
        value = meets @ gain + state.new_tie * ((meets > 0) & untied).sum(axis=1)
        if not state.weight:
            repeats = np.zeros_like(repeats)
        k = int(np.lexsort((-value, repeats))[0])
        key = (int(repeats[k]), -float(value[k]), first * len(tail) + k)
        if not first or key[:2] < best[:2]:
            best = key
    picks = np.unravel_index(best[2], [len(rows[r]) for r in order])
    where = np.empty((len(rows), state.n), dtype=np.int64)
    for r, pick in zip(order, picks, strict=True):
        where[r] = rows[r][int(pick)]
    return where


def _relabel_worth(p: Problem) -> bool:
    """Whether the room's label-only rules are few enough to seat by relabelling: minors or
    pairs kept apart, nothing locked, and at most n / 2 pairs to keep from sitting together
    (kept apart, or met before). History from past rounds is far more (2 rounds of 8 at 120
    people: 817 pairs), and there relabelling a plan without repeats left 27-37 of them
    (docs/architecture.md, "Tried and dropped"). Only while repeats come first: with a soft
    price the search trades them for gain, and the plan kept is the one with fewest repeats
    seen, which a start without repeats and with little gain would always be."""
    n = len(p.names)
    if p.weights.repeat is not None or any(p.pinned) or not (p.minor.any() or p.apart):
        return False
    # minors: seats beside two adults for twice as many in every round, else a plan made
    # without them seldom has schedules that fit them (tables of 5 with 2 adults each)
    room = np.maximum(0, p.sizes - 2).sum(axis=1).min()
    if 2 * int(p.minor.sum()) > room:
        return False
    return int(np.count_nonzero(p.hist)) // 2 + len(p.apart) <= n // 2


def _minor_slots(where: Ints, minor: Bools, single: Bools, rng: np.random.Generator) -> Ints:
    """A labelling of ``where`` (person x takes x's schedule unless moved) in which every
    table with a minor has two adults: schedules exchanged between a minor at a table short
    of adults and a single adult elsewhere while that lowers the shortfall (a few hundred
    tries at most). The shortfall may stay above 0; the caller checks."""
    rounds, n = where.shape
    slot = np.arange(n, dtype=np.int64)

    def shortfall(slot: Ints) -> int:
        held = np.zeros(n, dtype=np.float64)
        held[slot] = minor  # is the holder of schedule s a minor?
        total = 0
        for r in range(rounds):
            minors = np.bincount(where[r], weights=held, minlength=1)
            count = np.bincount(where[r], minlength=len(minors))
            total += int(((minors > 0) * np.maximum(0, 2 - (count - minors))).sum())
        return total

    now = shortfall(slot)
    adults = np.flatnonzero(single & ~minor)
    minors = np.flatnonzero(single & minor)
    for _ in range(20 * n):
        if now == 0 or not len(adults) or not len(minors):
            break
        x = int(minors[int(rng.integers(len(minors)))])
        y = int(adults[int(rng.integers(len(adults)))])
        slot[x], slot[y] = slot[y], slot[x]
        after = shortfall(slot)
        if after <= now:
            now = after
        else:
            slot[x], slot[y] = slot[y], slot[x]
    return slot


def _relabel_start(
    state: _Engine,
    rng: np.random.Generator,
    deadline: float,
    end: float,
    max_iterations: int | None,
) -> int:
    """Minors, pairs kept apart and a little history concern who sits where, not how the
    tables mix: a schedule exchange keeps a plan's repeats and moves them. So seat the room
    without them (keep-together groups only, gain left out so the search stops once it has
    no repeat: minors and kept-apart pairs restrict the moves that clear the last repeats,
    and without them a design may apply), then choose who takes which schedule (minors
    first, :func:`_minor_slots`, then :func:`relabel`: single people, minors with minors),
    and start from that plan when it ranks better.
    The room without the rules is searched until ``deadline``, the labelling for at most 4n
    exchanges (few pairs need a few) or until ``end``. Returns the iterations spent."""
    p = state.p
    n = state.n
    relaxed = dataclasses.replace(
        p,
        hist=np.zeros_like(p.hist),
        apart=[],
        apart_matrix=np.zeros_like(p.apart_matrix),
        minor=np.zeros(n, dtype=bool),
        gain=np.zeros_like(p.gain),
        weights=SeatingWeights(attribute=0.0, ideology=0.0, new_tie=0.0),
    )
    base = _Engine(relaxed)
    bound = _lower_bound(relaxed)
    if not _design_first(base, rng, bound):
        _greedy(base, rng, range(p.rounds), polish=True)
        _design_start(base, rng)
    where, spent, _ = _search(base, rng, deadline, max_iterations, bound)
    base.load(where)
    meets = base.meet[:n, :n].copy()
    np.fill_diagonal(meets, 0)
    # the pairs whose seating costs: met before (a group kept together is no repeat), apart
    weight = ((p.hist > 0) & state.ok[:n, :n]) + state.hard * p.apart_matrix
    single = p.groups.of < 0
    found = relabel(
        meets,
        weight.astype(np.float64),
        p.minor.astype(np.int64),
        single,
        rng,
        deadline=end,
        max_iterations=4 * n,
        start=_minor_slots(where, p.minor, single, rng) if p.minor.any() else None,
    )
    before, kept = state.rank(), state.where.copy()
    state.load(where[:, found.slot])
    if not _better(state.rank(), before):
        state.load(kept)
    return spent


def solve_seating(
    people: Sequence[str],
    table_sizes: Sequence[int],
    rounds: int,
    *,
    met: Mapping[Pair, int] = _EMPTY_MET,
    keep_apart: Iterable[Pair] = (),
    keep_together: Iterable[Pair] = (),
    attributes: Mapping[str, Mapping[str, str]] = _EMPTY_ATTRIBUTES,
    minors: Collection[str] = (),
    seed: int = 0,
    time_limit: float = 10.0,
    tied: Collection[Pair] = (),
    ideology: Mapping[str, float] = _EMPTY_IDEOLOGY,
    locked: Mapping[tuple[int, int], Sequence[str]] = _EMPTY_LOCKED,
    weights: SeatingWeights | None = None,
    method: Literal["search", "greedy"] = "search",
    max_iterations: int | None = None,
    design: bool = True,
) -> SeatingResult:
    """Plan every round (see the module docstring). ``method="greedy"`` stops after the greedy
    start (one round at a time); ``max_iterations`` caps the search so that a seed gives the
    same plan whatever the machine's speed."""
    started = time.monotonic()
    if not isinstance(time_limit, int | float) or not 0 < time_limit < math.inf:
        raise SeatingError("the time limit must be more than zero seconds, and finite")
    if max_iterations is not None and max_iterations < 0:
        raise SeatingError("max_iterations cannot be negative")
    if method not in ("search", "greedy"):
        raise SeatingError(f"unknown method {method!r}")
    weights = weights or SeatingWeights()
    p = _problem(
        people,
        table_sizes,
        rounds,
        met,
        list(keep_apart),
        list(keep_together),
        attributes,
        minors,
        tied,
        ideology,
        locked,
        weights,
    )
    rng = np.random.default_rng(seed)
    state = _Engine(p)
    bound = _lower_bound(p)
    iterations, settled_at = 0, None
    if not (method == "search" and design and _design_first(state, rng, bound)):
        _greedy(state, rng, range(p.rounds), polish=method == "search")
        if method == "search" and design:
            _design_start(state, rng)
    every = _every_plan(p) if method == "search" else None
    if every is not None and all(len(seatings) for seatings in every):
        # (with none keeping the rules, the greedy plan names what it breaks)
        if not (_flat(p) and state.rank()[:2] <= (0, bound)):  # else final already
            state.load(_exhaustive(state, every))
            if state.weight:
                bound = max(bound, state.repeat_count)  # every plan was priced: none has fewer
        settled_at = time.monotonic()
    if method == "search" and every is None:
        spent = 0
        if _relabel_worth(p) and state.rank()[:2] > (0, bound):
            spent = _relabel_start(
                state,
                rng,
                started + _RELABEL_SHARE * float(time_limit),
                started + float(time_limit),
                None if max_iterations is None else int(_RELABEL_SHARE * max_iterations),
            )
        best, iterations, settled_at = _search(
            state,
            rng,
            started + float(time_limit),
            None if max_iterations is None else max_iterations - spent,
            bound,
        )
        iterations += spent
        state.load(best)
    plan = state.plan()
    cost = evaluate_plan(
        plan,
        met=met,
        keep_apart=[frozenset((p.names[a], p.names[b])) for a, b in p.apart],
        keep_together=[frozenset(p.names[x] for x in g) for g in p.groups.groups],
        attributes=attributes,
        minors=[p.names[x] for x in np.flatnonzero(p.minor)],
        tied=tied,
        ideology=ideology,
        weights=SeatingWeights(
            repeat=p.repeat_weight,
            attribute=weights.attribute,
            ideology=weights.ideology,
            new_tie=weights.new_tie,
        ),
    )
    if cost.violations:
        raise SeatingError(
            "no plan meeting the hard rules was found: " + "; ".join(cost.violations[:3])
        )
    return SeatingResult(
        rounds=plan,
        cost=cost,
        lower_bound=bound,
        gap=cost.repeats - bound,
        diversity_bound=_diversity_bound(p),
        seconds=time.monotonic() - started,
        iterations=iterations,
        settled_seconds=None if settled_at is None else settled_at - started,
    )


def plan_seating(
    people: Sequence[str],
    table_sizes: Sequence[int],
    rounds: int,
    *,
    met: Mapping[Pair, int] = _EMPTY_MET,
    keep_apart: Iterable[Pair] = (),
    keep_together: Iterable[Pair] = (),
    attributes: Mapping[str, Mapping[str, str]] = _EMPTY_ATTRIBUTES,
    minors: Collection[str] = (),
    seed: int = 0,
    time_limit: float = 10.0,
    tied: Collection[Pair] = (),
    ideology: Mapping[str, float] = _EMPTY_IDEOLOGY,
    locked: Mapping[tuple[int, int], Sequence[str]] = _EMPTY_LOCKED,
    weights: SeatingWeights | None = None,
    method: Literal["search", "greedy"] = "search",
    max_iterations: int | None = None,
    design: bool = True,
) -> Plan:
    """For each round, the tables as lists of people: :func:`solve_seating`'s ``rounds``."""
    return solve_seating(**locals()).rounds  # the same arguments, by name
