"""Who takes which schedule of a plan without repeats (pure: NumPy, no Django).

A plan in which no pair meets twice stays so under any relabelling: people exchanging their
seats in every round (a *schedule exchange*) never makes a repeat inside the plan. With
history, what is left to choose is who takes which schedule, so that pairs that met before
(and pairs kept apart) sit together as seldom as possible. With ``meets[s, t]`` the number of
rounds in which schedules s and t share a table and ``weight[u, v]`` what one seating of
people u and v costs, :func:`relabel` looks for the bijection person -> schedule ``slot``
minimising ``sum over u < v of weight[u, v] * meets[slot[u], slot[v]]``: a quadratic
assignment problem, much smaller than the search over whole schedules. The move exchanges
two people's schedules (people of one kind only, so the tables' counts of minors never
change); the cost change of every exchange is one n x n expression:

    D[a, b] = X[a, b] + X[b, a] - X[a, a] - X[b, b] + 2 weight[a, b] * A[a, b]

with ``A[u, v] = meets[slot[u], slot[v]]`` and ``X = weight @ A`` (summed over each person's
few weighted partners, not a matrix product: BLAS threads cost more than they save on a busy
machine). The walk is a robust tabu search (Taillard's, for the QAP): the best exchange that
does not put both people back in schedules they held within a random tenure, unless it beats
the best cost seen; after a stall it goes back to the best labelling with a few random
exchanges of people in conflict.

What it is good for (measured, docs/architecture.md): a few pairs, such as ten pairs kept
apart among 80 people, cleared in 1-4 exchanges. Not history from past rounds: 817 pairs met
before among 120 people (tables of 8, 6 rounds) stay at 27-37 seatings, even from a plan
known to have a labelling with none.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

Floats = NDArray[np.float64]
Ints = NDArray[np.int64]
Bools = NDArray[np.bool_]

_EPS = 1e-9


@dataclass(frozen=True)
class Relabelling:
    """``slot[x]``: the schedule person x takes; ``cost``: the weighted seatings left (0: no
    pair that met before, or is kept apart, sits together); ``iterations`` made."""

    slot: Ints
    cost: float
    iterations: int


def _neighbours(weight: Floats) -> tuple[Ints, Floats]:
    """Each person's weighted partners as rows padded with the dummy index n (weight 0)."""
    n = len(weight)
    nonzero = weight != 0
    degree = nonzero.sum(axis=1)
    width = max(1, int(degree.max(initial=0)))
    nbr = np.full((n, width), n, dtype=np.int64)
    w = np.zeros((n, width))
    rows, cols = np.nonzero(nonzero)
    slot = np.arange(len(rows)) - np.searchsorted(rows, rows)
    nbr[rows, slot] = cols
    w[rows, slot] = weight[rows, cols]
    return nbr, w


def cost_of(meets: Ints, weight: Floats, slot: Ints) -> float:
    """``sum over u < v of weight[u, v] * meets[slot[u], slot[v]]``."""
    return float((weight * meets[np.ix_(slot, slot)]).sum() / 2)


def exchange_deltas(meets: Ints, weight: Floats, slot: Ints, nbr: Ints, w: Floats) -> Floats:
    """The cost change of exchanging the schedules of every two people a, b (n x n; the
    diagonal is 0)."""
    n = len(slot)
    a = np.zeros((n + 1, n + 1))
    a[:n, :n] = meets[np.ix_(slot, slot)]
    x = (a[nbr] * w[:, :, None]).sum(axis=1)[:, :n]
    own = np.diagonal(x)
    return x + x.T - own[:, None] - own[None, :] + 2.0 * weight * a[:n, :n]


def relabel(
    meets: Ints,
    weight: Floats,
    kind: Ints,
    movable: Bools,
    rng: np.random.Generator,
    *,
    deadline: float,
    max_iterations: int | None = None,
    stall: int = 0,
    kicks: int = 0,
    start: Ints | None = None,
) -> Relabelling:
    """The best labelling found, starting from ``start`` (``slot[x] = x`` by default): people
    exchange schedules only with people of their ``kind`` and only when both are ``movable``,
    so who of which kind holds which schedule is ``start``'s. Stops at 0, at
    ``deadline`` (``time.monotonic()``) or after ``max_iterations`` (a seed then gives the
    same labelling on any machine)."""
    n = len(kind)
    if meets.shape != (n, n) or weight.shape != (n, n) or movable.shape != (n,):
        raise ValueError("meets and weight are n x n, kind and movable have n entries")
    nbr, w = _neighbours(weight)
    slot = np.arange(n, dtype=np.int64) if start is None else np.array(start, dtype=np.int64)
    if sorted(slot.tolist()) != list(range(n)):
        raise ValueError("start gives every person a schedule of their own")
    allowed_pair = (kind[:, None] == kind[None, :]) & movable[:, None] & movable[None, :]
    np.fill_diagonal(allowed_pair, False)
    current = cost_of(meets, weight, slot)
    best, best_slot = current, slot.copy()
    if not allowed_pair.any():
        return Relabelling(best_slot, best, 0)
    stall = stall or max(200, 4 * n)
    kicks = kicks or max(2, n // 20)
    low, high = max(2, n // 10), max(4, n // 2)
    held = np.full((n, n), -(10**9), dtype=np.int64)  # until when x may not take schedule s
    iteration = last_best = 0
    while best > _EPS and time.monotonic() < deadline:
        if max_iterations is not None and iteration >= max_iterations:
            break
        iteration += 1
        delta = exchange_deltas(meets, weight, slot, nbr, w)
        # tabu: both people would take back schedules they left a short while ago
        tabu = (held[:, slot] > iteration) & (held[:, slot] > iteration).T
        aspire = current + delta < best - _EPS
        choice = np.where(allowed_pair & (~tabu | aspire), delta, np.inf)
        choice += rng.random(choice.shape) * 1e-6
        k = int(np.argmin(choice))
        if not np.isfinite(choice.flat[k]):
            continue
        a, b = divmod(k, n)
        current += float(delta[a, b])
        held[a, slot[a]] = iteration + int(rng.integers(low, high + 1))
        held[b, slot[b]] = iteration + int(rng.integers(low, high + 1))
        slot[a], slot[b] = slot[b], slot[a]
        if current < best - _EPS:
            best, best_slot, last_best = current, slot.copy(), iteration
        elif iteration - last_best > stall and (iteration - last_best) % stall == 0:
            slot = best_slot.copy()
            hot = np.flatnonzero((weight * meets[np.ix_(slot, slot)]).sum(axis=1) > 0)
            pool = hot if len(hot) else np.arange(n)
            for _ in range(kicks):
                x = int(pool[int(rng.integers(len(pool)))])
                others = np.flatnonzero(allowed_pair[x])
                if len(others):
                    y = int(others[int(rng.integers(len(others)))])
                    slot[x], slot[y] = slot[y], slot[x]
            current = cost_of(meets, weight, slot)
            held.fill(-(10**9))
    return Relabelling(best_slot, best, iteration)
