"""Who sits with whom, round after round (pure: plain data in and out, NumPy, no Django).

A gathering seats its people at tables for several rounds. :func:`solve_seating` plans every
round at once so that, in this order:

1. **hard rules** hold: keep-apart pairs never share a table, keep-together groups always do,
   every table with a minor has at least two adults, and people a steward locked at a table
   stay there;
2. **repeats** are as few as possible: a *repeat* is a seating of two people together who have
   already sat together, in an earlier gathering (``met``) or an earlier round of this plan.
   A pair that meets twice in the plan without history is one repeat, a pair that met before
   and meets once again is one repeat; meetings that lie wholly in history never count;
3. the **gain** is as large as possible: for every seating of two people together, the number
   of attributes (sector, region, generation, organization...) on which both are known and
   differ, plus the distance |a-b| of their ideology positions when both consented to give one
   (weighted by :class:`SeatingWeights`), plus a bonus once for every pair sitting together
   in this plan who are not yet tied in the help graph.

The objective minimised is ``total = repeat_weight * repeats - gain``; with the default
``repeat_weight`` (a bound on what one move can change the gain by) it is lexicographic.

**Search.** A greedy start (round by round, every person to the table where they add least
cost, minors first into tables that keep two seats for adults) is improved by tabu search over
the whole schedule: a move swaps two people sitting at different tables in the same round; the
cost change of *every* swap in every round (a few rounds at a time for large gatherings) is
computed at once from a matrix of pair meeting counts (history plus plan) with NumPy. While
some seating repeats or breaks a rule, only swaps moving one of those people count
(conflict-directed); all improving swaps between distinct tables are taken best first, else
the best swap that is not tabu (moving someone back to a table they recently left, unless it
beats the best cost seen); after a stall the search restarts from the best plan with a few
random swaps. The weight of a repeat oscillates during the search (low while plans have none,
rising while they do), because at the full lexicographic weight almost no swap of a
repeat-free plan stays repeat-free and diversity stops improving; the plan kept is the best in
the lexicographic order (rules broken, repeats, then cost). Keep-together groups move as whole
units (a group changes place with as many single people of another table, or a group of its
size); locked people never move. Table sizes are fixed by the fill rule below, so no move
leaves a seat free. The search stops at ``time_limit``, at ``max_iterations``, or when repeats
reach the lower bound and the cost has not improved for a while.

**Fill rule.** The seats of ``table_sizes`` may exceed the people: tables are then filled as
evenly as possible (sizes differ by at most one, within each table's size and the locked
people), and tables that would seat a lone person are left empty, from the last table on.
Empty tables stay in the result as empty lists, so table indices keep their meaning.

**Bound.** :attr:`SeatingResult.lower_bound` is a lower bound on repeats that any plan must
have (each person meets at least ``rounds x (smallest table - 1)`` people but has only so many
partners not met before; seatings per round against pairs never met; keep-together pairs meet
every round): ``gap = repeats - lower_bound``. A gap of 0 proves the plan has the fewest
repeats possible.

Impossible input raises :class:`SeatingError` (a ``ValueError``) with a specific message, and
so does a search that ends without meeting the hard rules (over-constrained keep-apart rules):
a returned plan always meets them.

Ideology enters only through pair distances: no result, message or violation names anyone's
position, and :attr:`PlanCost.diversity_without_ideology` is what a page may show live.
"""

from __future__ import annotations

import functools
import heapq
import math
import time
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
from numpy.typing import NDArray

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

_EMPTY_MET: Mapping[Pair, int] = {}
_EMPTY_ATTRIBUTES: Mapping[str, Mapping[str, str]] = {}
_EMPTY_IDEOLOGY: Mapping[str, float] = {}
_EMPTY_LOCKED: Mapping[tuple[int, int], Sequence[str]] = {}
_EPS = 1e-9


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
    ``total``: the objective minimised, ``repeat_weight * repeats - gain``."""

    repeats: int
    repeated_pairs: int
    violations: tuple[str, ...]
    diversity: float
    diversity_without_ideology: float
    new_ties: int
    total: float


@dataclass(frozen=True)
class SeatingResult:
    """A plan and how good it is. ``lower_bound`` bounds the repeats of any plan for this input
    from below; ``gap = cost.repeats - lower_bound`` (0 proves the fewest repeats possible);
    ``diversity_bound`` bounds ``cost.diversity`` from above (each person seated every round
    with the most different people there are)."""

    rounds: Plan
    cost: PlanCost
    lower_bound: int
    gap: int
    diversity_bound: float
    seconds: float
    iterations: int


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
) -> PlanCost:
    n = hist.shape[0]
    _, first, counts = np.unique(i * n + j, return_index=True, return_counts=True)
    pi, pj = i[first], j[first]
    before = hist[pi, pj]
    repeats = np.maximum(0, before + counts - 1) - np.maximum(0, before - 1)
    attr, dist = _pair_diversity(codes, ideo, pi, pj)
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


@dataclass
class _Problem:
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
) -> _Problem:
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
    return _Problem(
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


def _lower_bound(p: _Problem) -> int:
    """Repeats every plan must have (see the module docstring)."""
    fresh = p.hist == 0
    np.fill_diagonal(fresh, False)
    used = np.where(p.sizes > 0, p.sizes, np.iinfo(np.int64).max).min(axis=1)
    meetings = int((used - 1).sum())
    per_person = np.maximum(0, meetings - fresh.sum(axis=1)).sum()
    seatings = int((p.sizes * (p.sizes - 1) // 2).sum())
    overall = seatings - int(fresh.sum() // 2)
    together = 0
    for members in p.groups.groups:
        for k, a in enumerate(members):
            for b in members[k + 1 :]:
                together += p.rounds - 1 + int(p.hist[a, b] > 0)
    return max(0, math.ceil(per_person / 2), overall, together)


def _diversity_bound(p: _Problem) -> float:
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


def _by_table(matrix: Floats, onehot: Floats, where: Ints) -> Floats:
    """``matrix @ onehot``: row sums per table, for a few rounds (``where``) at once. Past
    about a million multiplications OpenBLAS spreads the product over threads, which on a
    busy 2-core machine made it 20-35 times slower (12 ms for 300 people and two rounds);
    summing the columns of people sorted by table takes under 1 ms."""
    if matrix.shape[0] ** 2 * onehot.shape[-1] < 1_000_000:
        return np.matmul(matrix, onehot)
    out = np.zeros(onehot.shape)
    for k, seats in enumerate(where):
        order = np.argsort(seats, kind="stable")
        used = np.flatnonzero(np.bincount(seats, minlength=onehot.shape[-1]))
        starts = np.searchsorted(seats[order], used)
        out[k][:, used] = np.add.reduceat(matrix[:, order], starts, axis=1)
    return out


class _State:
    """A full schedule with its pair meeting counts and the cost of adding or removing one
    seating of every pair, kept up to date move by move."""

    def __init__(self, p: _Problem) -> None:
        self.p = p
        n, tables = len(p.names), len(p.caps)
        self.n, self.tables = n, tables
        self.hard = 100.0 * (p.repeat_weight + float(np.abs(p.gain).max(initial=0.0)) + 1.0)
        self.where = np.full((p.rounds, n), -1, dtype=np.int64)
        self.count = np.zeros((p.rounds, tables), dtype=np.int64)
        self.minors = np.zeros((p.rounds, tables), dtype=np.int64)
        self.any_minor = bool(p.minor.any())
        self.meet = p.hist.copy()
        untied = ~p.tied
        np.fill_diagonal(untied, False)
        self.bonus = p.weights.new_tie * untied
        self.apart = self.hard * p.apart_matrix
        self.base = self.apart - p.gain  # what a seating costs before repeats and ties
        self.weight = p.repeat_weight  # what a repeat costs the search (see _search)
        self.add = np.zeros((n, n))
        self.remove = np.zeros((n, n))
        # kept move by move, so that ranking a plan needs no pass over every pair
        self.repeat_count = 0
        self.apart_count = 0
        for x in range(n):
            self._refresh(x)

    def _refresh(self, x: int) -> None:
        p, m = self.p, self.meet[x]
        plan = m - p.hist[x]
        add = self.base[x] + self.weight * (m >= 1) - self.bonus[x] * (plan == 0)
        remove = self.bonus[x] * (plan == 1) - self.base[x] - self.weight * (m >= 2)
        add[x] = remove[x] = 0.0
        self.add[x], self.add[:, x] = add, add
        self.remove[x], self.remove[:, x] = remove, remove

    def _penalty(self, minors: Ints, count: Ints) -> Floats:
        adults = count - minors
        return self.hard * (minors > 0) * np.maximum(0, 2 - adults)

    def members(self, r: int, t: int) -> Ints:
        return np.flatnonzero(self.where[r] == t)

    def seat(self, r: int, x: int, t: int) -> float:
        """Seat x (unseated in round r) at table t; the cost change."""
        at = self.members(r, t)
        delta = float(self.add[x, at].sum())
        self.count[r, t] += 1
        if self.any_minor:
            before = self._penalty(self.minors[r, t], self.count[r, t] - 1)
            self.minors[r, t] += int(self.p.minor[x])
            delta += float(self._penalty(self.minors[r, t], self.count[r, t]) - before)
        self.repeat_count += int((self.meet[x, at] >= 1).sum())
        self.apart_count += int(self.p.apart_matrix[x, at].sum())
        self.meet[x, at] += 1
        self.meet[at, x] += 1
        self.where[r, x] = t
        self._refresh(x)
        return delta

    def unseat(self, r: int, x: int) -> float:
        t = int(self.where[r, x])
        self.where[r, x] = -1
        at = self.members(r, t)
        delta = float(self.remove[x, at].sum())
        self.count[r, t] -= 1
        if self.any_minor:
            before = self._penalty(self.minors[r, t], self.count[r, t] + 1)
            self.minors[r, t] -= int(self.p.minor[x])
            delta += float(self._penalty(self.minors[r, t], self.count[r, t]) - before)
        self.repeat_count -= int((self.meet[x, at] >= 2).sum())
        self.apart_count -= int(self.p.apart_matrix[x, at].sum())
        self.meet[x, at] -= 1
        self.meet[at, x] -= 1
        self._refresh(x)
        return delta

    def move(self, r: int, people: Iterable[int], t: int) -> float:
        delta = 0.0
        for x in people:
            delta += self.unseat(r, x)
            delta += self.seat(r, x, t)
        return delta

    def total(self) -> float:
        """The objective from scratch (hard penalties included)."""
        p = self.p
        iu = _upper(self.n)
        m, h = self.meet[iu], p.hist[iu]
        plan = m - h
        repeats = (np.maximum(0, m - 1) - np.maximum(0, h - 1)).sum()
        value = self.weight * float(repeats)
        value -= float((p.gain[iu] * plan).sum()) + float((self.bonus[iu] * (plan > 0)).sum())
        value += float((self.apart[iu] * plan).sum())
        return value + float(self._penalty(self.minors, self.count).sum())

    def reweigh(self, weight: float) -> None:
        """Change what a repeat costs the search, and every add and remove cost with it."""
        p, m = self.p, self.meet
        self.weight = weight
        plan = m - p.hist
        self.add = self.base + weight * (m >= 1) - self.bonus * (plan == 0)
        self.remove = self.bonus * (plan == 1) - self.base - weight * (m >= 2)
        np.fill_diagonal(self.add, 0.0)
        np.fill_diagonal(self.remove, 0.0)

    def rank(self, total: float | None = None) -> tuple[int, int, float]:
        """The plan's place in the lexicographic order: rules broken, repeats, then cost
        (``total``, when the caller kept it up to date, spares a pass over every pair)."""
        repeats = self.repeats()
        total = self.total() if total is None else total
        return self.hard_count(), repeats, total - self.weight * repeats

    def repeats(self) -> int:
        return self.repeat_count

    def hard_count(self) -> int:
        adults = self.count - self.minors
        return self.apart_count + int(((self.minors > 0) & (adults < 2)).sum())

    def swap_deltas(self, rounds: Ints, movable: Bools) -> Floats:
        """The cost change of swapping a and b (at different tables of round r) for every
        round r in ``rounds`` and all a, b: an array rounds x people x people, +inf where the
        swap is not a move. While some seatings break a rule or repeat, only swaps moving
        one of those people count (the conflict-directed neighbourhood)."""
        n, k = self.n, len(rounds)
        t = self.where[rounds]  # k x n
        onehot = np.zeros((k, n, self.tables))
        onehot[np.arange(k)[:, None], np.arange(n)[None, :], t] = 1.0
        joins = _by_table(self.add, onehot, t)  # k x n x tables
        rows, people = np.arange(k)[:, None], np.arange(n)[None, :]
        leaves = _by_table(self.remove, onehot, t)[rows, people, t]
        gain_in = joins[rows[:, :, None], people[:, :, None], t[:, None, :]]
        delta = gain_in + gain_in.transpose(0, 2, 1) - 2.0 * self.add[None]
        delta += leaves[:, :, None] + leaves[:, None, :]
        same = t[:, :, None] == t[:, None, :]
        minor = self.p.minor
        if minor.any():
            m, c = self.minors[rounds], self.count[rounds]
            now = self._penalty(m, c)
            minor_out = (self._penalty(m - 1, c) - now)[rows, t]  # a minor leaves, an adult comes
            minor_in = (self._penalty(m + 1, c) - now)[rows, t]  # an adult leaves, a minor comes
            cross = minor[:, None] & ~minor[None, :]
            extra = np.where(cross[None], minor_out[:, :, None] + minor_in[:, None, :], 0.0)
            delta += extra + extra.transpose(0, 2, 1)
        clashing = ((self.meet >= 2) | self.p.apart_matrix).astype(np.float64)
        np.fill_diagonal(clashing, 0.0)
        conflict = _by_table(clashing, onehot, t)[rows, people, t] > 0
        if minor.any():
            adults = self.count[rounds] - self.minors[rounds]
            broken = (self.minors[rounds] > 0) & (adults < 2)
            conflict |= broken[rows, t]
        conflict &= movable[rounds]
        bad = same | ~movable[rounds][:, :, None] | ~movable[rounds][:, None, :]
        if conflict.any():
            bad |= ~(conflict[:, :, None] | conflict[:, None, :])
        delta[bad] = np.inf
        return delta

    def plan(self) -> Plan:
        names = self.p.names
        return [
            [[names[x] for x in self.members(r, t)] for t in range(self.tables)]
            for r in range(self.p.rounds)
        ]


def _greedy(state: _State, rng: np.random.Generator, rounds: Iterable[int]) -> None:
    """Round by round: locked people first, then keep-together groups (largest first), then
    minors (only where two seats stay for adults), then adults; each to the table with free
    seats where they add least cost."""
    p = state.p
    for r in rounds:
        sizes = p.sizes[r]
        for x, t in p.pinned[r].items():
            state.seat(r, x, t)
        units: list[list[int]] = []
        for members in sorted(p.groups.groups, key=len, reverse=True):
            if members[0] not in p.pinned[r]:
                units.append(members)
        singles = [x for x in rng.permutation(state.n).tolist() if x not in p.pinned[r]]
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
            seated = state.where[r] >= 0
            cost = np.bincount(
                state.where[r][seated],
                weights=state.add[unit][:, seated].sum(axis=0),
                minlength=state.tables,
            ).astype(np.float64)  # weighted counts are floats already; the stubs say ints
            cost = cost + rng.random(state.tables) * 1e-6
            cost[~room] = np.inf
            t = int(np.argmin(cost))
            for x in unit:
                state.seat(r, x, t)


def _movable(p: _Problem, n: int) -> Bools:
    movable = np.ones((p.rounds, n), dtype=bool)
    movable[:, p.groups.of >= 0] = False
    for r in range(p.rounds):
        movable[r, list(p.pinned[r])] = False
    return movable


def _group_move(state: _State, r: int, rng: np.random.Generator, movable: Bools) -> float:
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
    there = state.members(r, other)
    singles = [int(x) for x in there if movable[r, x]]
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
    delta = state.move(r, group, other) + state.move(r, swap_in, home)
    if delta > _EPS:
        state.move(r, swap_in, other)
        state.move(r, group, home)
        return 0.0
    return delta


def _search(
    state: _State,
    rng: np.random.Generator,
    deadline: float,
    max_iterations: int | None,
    lower_bound: int,
) -> tuple[Ints, int]:
    """Tabu search over the whole schedule (module docstring); returns the best plan's tables
    and the number of iterations. Each iteration looks at every swap in a few rounds (as many
    as keep the delta arrays near 200 000 numbers: all rounds up to about 150 people)."""
    p = state.p
    n = state.n
    movable = _movable(p, n)
    swappable = np.flatnonzero(movable.sum(axis=1) >= 2)
    if not len(swappable) and not p.groups.groups:
        return state.where.copy(), 0
    per_iteration = max(1, 200_000 // (n * n))
    current = state.total()
    best_rank, best_total, best_where = state.rank(), current, state.where.copy()
    tabu = np.zeros((p.rounds, n, state.tables), dtype=np.int64)
    tenure = max(4, n // 4)
    stall = max(200, 4 * n)
    kicks = max(2, n // 8)
    patience = 40 * n + 1000
    flat = bool(np.ptp(p.gain) == 0) and not (p.weights.new_tie and p.tied.any())
    # Strategic oscillation: with the full (lexicographic) repeat weight, a swap that keeps
    # repeats at zero is rare and the search for diversity gets stuck; so once repeats are
    # down to the bound they cost the search less and less (down to a fraction of a pair's
    # gain), and more again while plans keep repeats. The best plan is still chosen
    # lexicographically.
    light = max(float(np.abs(p.gain).mean()) * 0.3, 0.1)
    oscillate = not flat and p.repeat_weight > light
    level = current  # the best cost seen at the current weight (for aspiration)
    last_best = 0
    iteration = 0
    while time.monotonic() < deadline and (max_iterations is None or iteration < max_iterations):
        iteration += 1
        settled = best_rank[0] == 0 and best_rank[1] <= lower_bound
        if settled and (flat or iteration - last_best > patience):
            break
        if oscillate and iteration % 20 == 0:
            repeats = state.repeats()
            if repeats > lower_bound:
                state.reweigh(min(p.repeat_weight, state.weight * 1.5))
            else:
                state.reweigh(max(light, state.weight / 1.2))
            current = level = state.total()
        if p.groups.groups and (not len(swappable) or iteration % 5 == 0):
            current += _group_move(state, int(rng.integers(p.rounds)), rng, movable)
        if len(swappable):
            if per_iteration < len(swappable):
                rounds = np.sort(rng.choice(swappable, size=per_iteration, replace=False))
            else:
                rounds = swappable
            delta = state.swap_deltas(rounds, movable)
            t = state.where[rounds]
            banned = tabu[rounds[:, None, None], np.arange(n)[None, :, None], t[:, None, :]]
            banned = banned > iteration
            banned |= banned.transpose(0, 2, 1)
            allowed = np.where(banned & (current + delta >= level - _EPS), np.inf, delta)
            allowed += rng.random(allowed.shape) * 1e-7
            improving = np.flatnonzero(allowed < -_EPS)
            if len(improving) > 1:
                current += _descend(state, rounds, allowed, improving, tabu, iteration, tenure, rng)
            else:
                k = int(np.argmin(allowed))
                if np.isfinite(allowed.flat[k]):
                    i, rest = divmod(k, n * n)
                    a, b = divmod(rest, n)
                    r = int(rounds[i])
                    ta, tb = int(state.where[r, a]), int(state.where[r, b])
                    current += state.move(r, [a], tb) + state.move(r, [b], ta)
                    tabu[r, a, ta] = iteration + 1 + int(rng.integers(tenure))
                    tabu[r, b, tb] = iteration + 1 + int(rng.integers(tenure))
        level = min(level, current)
        if oscillate:
            rank = state.rank(current)
            better = rank[:2] < best_rank[:2] or (
                rank[:2] == best_rank[:2] and rank[2] < best_rank[2] - _EPS
            )
        else:
            better = current < best_total - _EPS
            rank = state.rank(current) if better else best_rank
        if better:
            best_rank, best_total, best_where, last_best = (
                rank,
                current,
                state.where.copy(),
                iteration,
            )
        elif iteration - last_best > stall and iteration % stall == 0:
            _restart(state, best_where, rng, movable, kicks)
            current = level = state.total()
            tabu[:] = 0
    return best_where, iteration


def _descend(
    state: _State,
    rounds: Ints,
    allowed: Floats,
    improving: Ints,
    tabu: Ints,
    iteration: int,
    tenure: int,
    rng: np.random.Generator,
) -> float:
    """Take many improving swaps at once, best first: swaps between different tables of one
    round change different pairs, so their deltas add up; a swap made stale by one in another
    round is checked by its exact cost change and undone if it no longer improves."""
    n = state.n
    order = improving[np.argsort(allowed.flat[improving])][: 4 * state.tables * len(rounds)]
    used: set[tuple[int, int]] = set()
    total = 0.0
    for k in order.tolist():
        i, rest = divmod(k, n * n)
        a, b = divmod(rest, n)
        r = int(rounds[i])
        ta, tb = int(state.where[r, a]), int(state.where[r, b])
        if (r, ta) in used or (r, tb) in used:
            continue
        delta = state.move(r, [a], tb) + state.move(r, [b], ta)
        if delta >= -_EPS:
            state.move(r, [a], ta)
            state.move(r, [b], tb)
            continue
        used.update(((r, ta), (r, tb)))
        total += delta
        tabu[r, a, ta] = iteration + 1 + int(rng.integers(tenure))
        tabu[r, b, tb] = iteration + 1 + int(rng.integers(tenure))
    return total


def _restart(
    state: _State, where: Ints, rng: np.random.Generator, movable: Bools, kicks: int
) -> None:
    """Back to the best plan, then a few random swaps to leave its basin."""
    _load(state, where)
    for _ in range(kicks):
        r = int(rng.integers(len(movable)))
        people = np.flatnonzero(movable[r])
        if len(people) < 2:
            continue
        a, b = (int(x) for x in rng.choice(people, size=2, replace=False))
        ta, tb = int(state.where[r, a]), int(state.where[r, b])
        if ta != tb:
            state.move(r, [a], tb)
            state.move(r, [b], ta)


def _load(state: _State, where: Ints) -> None:
    for r in range(state.p.rounds):
        for x in np.flatnonzero(state.where[r] != where[r]):
            state.unseat(r, int(x))
        for x in np.flatnonzero(state.where[r] < 0):
            if where[r, x] >= 0:
                state.seat(r, int(x), int(where[r, x]))


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
    state = _State(p)
    _greedy(state, rng, range(p.rounds))
    bound = _lower_bound(p)
    iterations = 0
    if method == "search":
        best, iterations = _search(state, rng, started + float(time_limit), max_iterations, bound)
        _load(state, best)
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
) -> Plan:
    """For each round, the tables as lists of people: :func:`solve_seating`'s ``rounds``."""
    return solve_seating(**locals()).rounds  # the same arguments, by name
