"""Seatings with no pair twice, built from finite geometry rather than searched (pure).

The solver (:mod:`collaboratory.seating.solver`) tries these as its start when a room has the
right shape; none of them is ever returned without being priced against the greedy plan.

- :func:`affine_design`: q tables of s seats over at most q rounds (q + 1 when s divides q),
  q a prime power at least s: the person at point (x, y) sits in round r at table y + r x,
  so two people meet at most once (the social golfer's 32 / 8 x 4 / 9 rounds).
- :func:`design_plus`: one table more (q + 1 tables of s, s more people on lines of another
  slope; 300 people at 30 tables of 10 over 19 rounds).
- :func:`design_pairs`: offsets mod q chosen so that pairs kept together share every table.
- With history, :func:`design_points` puts people who met before on one line of the design,
  where they never meet again.

docs/architecture.md, "Seating solver", says why each exists and what it was measured to do.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # the solver imports this module; these are names for annotations only
    from collaboratory.seating.solver import Floats, Ints, Problem

# :func:`offsets`: steps per try and in all (about 0.3 s at 10 tables of 8, 5 rounds)
OFFSET_TRY = 2_000
OFFSET_BUDGET = 400_000


def prime_power(q: int) -> tuple[int, int] | None:
    """(p, k) with q = p**k for a prime p, else None."""
    for p in range(2, q + 1):
        if q % p == 0:
            k = 0
            while q % p == 0:
                q //= p
                k += 1
            return (p, k) if q == 1 else None
    return None


@functools.cache
def field(q: int) -> tuple[Ints, Ints]:
    """Addition and multiplication tables of the finite field with q elements (q a prime
    power): an element is a polynomial over GF(p) written in base p."""
    found = prime_power(q)
    if found is None:
        raise ValueError(f"no field has {q} elements")
    p, k = found
    digits = [[(e // p**i) % p for i in range(k)] for e in range(q)]

    def value(coefficients: list[int]) -> int:
        return sum(c * p**i for i, c in enumerate(coefficients))

    def times(a: list[int], b: list[int], modulus: list[int]) -> list[int]:
        out = [0] * (2 * k - 1)
        for i, x in enumerate(a):
            for j, y in enumerate(b):
                out[i + j] = (out[i + j] + x * y) % p
        for d in range(len(out) - 1, k - 1, -1):  # reduce by the monic modulus
            c = out[d]
            if c:
                for i in range(k + 1):
                    out[d - k + i] = (out[d - k + i] - c * modulus[i]) % p
        return out[:k]

    modulus = [1] + [0] * (k - 1) + [1]
    for candidate in range(p**k):  # the first monic polynomial of degree k without a root...
        low = [(candidate // p**i) % p for i in range(k)]
        modulus = [*low, 1]
        if k == 1:
            break
        products = {tuple(times(a, b, modulus)) for a in digits[1:] for b in digits[1:]}
        if (0,) * k not in products:  # ...and without zero divisors: a field
            break
    add = np.array(
        [[value([(x + y) % p for x, y in zip(a, b, strict=True)]) for b in digits] for a in digits]
    )
    mul = np.array([[value(times(a, b, modulus)) for b in digits] for a in digits])
    return add, mul


def affine_design(p: Problem, rng: np.random.Generator) -> Ints | None:
    """A schedule in which no two people meet twice, when the room has that shape: q
    tables of s seats, q a prime power at least s, at most q rounds (q + 1 when s divides q
    and every seat is taken). Person at point (x, y), x < s and y in the field with q
    elements, sits in round r at table y + r * x: two points with different x share one
    table in one round only, and points with the same x never; the extra round seats the
    points of one x together, s at a table. With e < q seats left empty (e tables of s - 1
    in every round, as :func:`solver._fill_sizes` shares them), nobody takes the points (s - 1, y)
    for y < e: one at each of e tables in every round, which are then numbered as the
    short ones. People are placed on the points at random (``rng``), or, with history, on
    lines that keep it apart (:func:`design_points`). None when the shape does not allow
    it."""
    sizes = p.sizes
    q, s = sizes.shape[1], int(sizes.max())
    n = len(p.names)
    empty = q * s - n
    rounds = p.rounds
    if prime_power(q) is None or s > q or not 0 <= empty < q:
        return None
    if rounds > q + (q % s == 0 and not empty):
        return None
    short = (sizes == s - 1).sum(axis=1)
    if ((sizes == s).sum(axis=1) != q - empty).any() or (short != empty).any():
        return None  # locked people made a round uneven
    add, mul = field(q)
    taken = np.setdiff1d(np.arange(q * s), (s - 1) * q + np.arange(empty))
    points, slopes = taken[rng.permutation(n)], list(range(min(rounds, q)))
    if p.hist.any():
        # its own generator: where history does not line up, the plan is as it was
        lined = design_points(p, np.random.default_rng(points), q, s, empty)
        if lined is not None:
            points, slopes = lined
    x, y = points // q, points % q
    where = np.empty((rounds, n), dtype=np.int64)
    for r, slope in enumerate(slopes):
        where[r] = add[y, mul[slope, x]]
        if empty:  # the tables of the empty points are the round's short ones
            short = add[np.arange(empty), mul[slope, s - 1]]
            table = np.empty(q, dtype=np.int64)
            table[np.setdiff1d(np.arange(q), short)] = np.flatnonzero(sizes[r] == s)
            table[np.sort(short)] = np.flatnonzero(sizes[r] == s - 1)
            where[r] = table[where[r]]
    if rounds > len(slopes):
        where[len(slopes)] = x * (q // s) + y // s
    return where


def design_points(
    p: Problem, rng: np.random.Generator, q: int, s: int, empty: int
) -> tuple[Ints, list[int]] | None:
    """Points for the people of :func:`affine_design` that keep history out of the plan, and the
    slopes its rounds take. The points of one line never share a table in the rounds of
    other directions, so people who met before go on one line: either the s lines x =
    const (q points each; the rounds take slopes 0, 1, ...) or the q lines y = const (s
    points each, one per x; the rounds take slopes 1, 2, ..., and the x round last when s
    divides q), the first that splits no past pair across lines; None when neither does
    (then a pair met before may meet again, and the people are placed at random as before:
    with two past rounds, a line-up that splits few pairs ended no better). History lines up
    when it is one earlier round at tables of s or q or fewer seats (a gathering after one
    dinner), whoever else came then. People join a line greedily: the one with most past
    partners on it, or, to open a line, one of the largest circle of past partners that
    still fits; ties at random. The ``empty`` points (s - 1, y < empty) stay free."""
    rounds = p.rounds
    ties = (p.hist > 0).astype(np.float64)
    ys = [np.arange(empty if x == s - 1 else 0, q) for x in range(s)]  # free points per x
    xs = [np.arange(s - 1 if y < empty else s) for y in range(q)]  # and per y
    options = []
    if rounds <= q:  # the s lines x = const
        line = lines_by_ties(ties, [len(free) for free in ys], rng)
        options.append((line, line * q + positions(line, ys, rng), list(range(rounds))))
    if rounds <= q - 1 + (q % s == 0 and not empty):  # the q lines y = const
        line = lines_by_ties(ties, [len(free) for free in xs], rng)
        slopes = list(range(1, min(rounds, q - 1) + 1))
        options.append((line, positions(line, xs, rng) * q + line, slopes))
    for line, points, slopes in options:
        if not (ties * (line[:, None] != line[None, :])).any():
            return points, slopes
    return None


def lines_by_ties(ties: Floats, capacities: Sequence[int], rng: np.random.Generator) -> Ints:
    """Person -> a line, the lines (of ``capacities`` points) filled one after another:
    next on a line is the person left with most past partners on it; when nobody left has
    one, a new circle of past partners (people linked by history) is begun, the largest
    whose members left still fit the line, else the largest (it must be split). Ties are
    broken at random (see :func:`design_points`)."""
    n = len(ties)
    circle = circles(ties)
    line = np.full(n, -1, dtype=np.int64)
    noise = rng.random(n) * 1e-6
    among_left = ties.sum(axis=1)  # past partners not yet on a line
    for k, capacity in enumerate(capacities):
        on = np.zeros(n, dtype=np.float64)  # past partners on line k
        for room in range(capacity, 0, -1):
            left = np.flatnonzero(line < 0)
            if not len(left):
                return line
            if not on[left].any():
                sizes = np.bincount(circle[left], minlength=n)
                fits = np.where(sizes <= room, sizes, 0)
                begun = int(np.argmax(fits if fits.any() else sizes))
                left = left[circle[left] == begun]
            # most partners on the line, then most among those left (under 1 in all)
            score = on[left] + among_left[left] / n + noise[left]
            x = int(left[np.argmax(score)])
            line[x] = k
            on += ties[x]
            among_left -= ties[x]
    return line


def positions(line: Ints, free: Sequence[Ints], rng: np.random.Generator) -> Ints:
    """Each person's place on their line: one of the line's ``free`` places, at random."""
    place = np.empty(len(line), dtype=np.int64)
    for k in np.unique(line):
        members = np.flatnonzero(line == k)
        place[members] = rng.permutation(free[int(k)])[: len(members)]
    return place


def circles(ties: Floats) -> Ints:
    """Person -> the index of their connected part of the history graph (its smallest
    member)."""
    n = len(ties)
    circle = np.full(n, -1, dtype=np.int64)
    for start in range(n):
        if circle[start] >= 0:
            continue
        circle[start] = start
        todo = [start]
        while todo:
            x = todo.pop()
            for y in np.flatnonzero((ties[x] > 0) & (circle < 0)).tolist():
                circle[y] = start
                todo.append(y)
    return circle


def design_plus(p: Problem, rng: np.random.Generator) -> Ints | None:
    """A schedule in which no two people meet twice for q + 1 tables of s seats, every seat
    taken, q a prime power above s, at most q rounds (300 people at 30 tables of 10: q = 29).
    The q tables of :func:`affine_design` seat the points (x, y); s more people e_i (i < s) sit in
    round r at table c_i + k r (k an element outside 0..s-1), each in the seat of the point
    with x = x_r there, and those s points sit together at the extra table. e_i's tables in
    two rounds share no point (they would meet at x = k); the points set aside in one round
    share x, so never met in the design; x_r is chosen, depth-first, so that two rounds set
    aside at most one pair of points together. None when the shape does not allow it."""
    sizes = p.sizes
    tables, s = sizes.shape[1], int(sizes.max())
    q, n, rounds = tables - 1, len(p.names), p.rounds
    if not (sizes == s).all() or n != tables * s or q <= s or rounds > q:
        return None
    if prime_power(q) is None:
        return None
    add, mul = field(q)
    minus = np.argmin(add, axis=1)  # minus[a] + a == 0
    k = s
    x_of: list[int] = []  # per round, the x of the points set aside
    chosen: list[set[int]] = []  # and the points

    def options(r: int) -> list[tuple[int, set[int]]]:
        out = []
        for x in rng.permutation(s).tolist():
            ys = add[add[np.arange(s), mul[k, r]], minus[mul[r, x]]]
            points = {x * q + int(y) for y in ys}
            if all(len(points & other) <= 1 for other in chosen):
                out.append((x, points))
        return out

    stack = [options(0)]
    budget = 20 * rounds * s  # rooms where no x_r fit fail fast (300 at 10 over 29 rounds)
    while stack and len(x_of) < rounds and budget > 0:
        budget -= 1
        if not stack[-1]:
            stack.pop()
            if x_of:
                x_of.pop()
                chosen.pop()
            continue
        x, points = stack[-1].pop()
        x_of.append(x)
        chosen.append(points)
        if len(x_of) < rounds:
            stack.append(options(len(x_of)))
    if len(x_of) < rounds:
        return None
    people = rng.permutation(n)  # person -> point; points s * q + i are the e_i
    where = np.empty((rounds, n), dtype=np.int64)
    design = people < s * q
    x, y = people // q, people % q
    extra = people - s * q
    for r in range(rounds):
        at = np.where(design, add[y % q, mul[r, np.minimum(x, s - 1)]], 0)
        at = np.where(design & np.isin(people, list(chosen[r])), q, at)
        at = np.where(design, at, add[np.clip(extra, 0, s - 1), mul[k, r]])
        where[r] = at
    return where


def offsets(
    q: int, columns: int, rounds: int, rng: np.random.Generator, tie: int, budget: int
) -> Ints | None:
    """Offsets f (rounds x columns, over the integers mod q, round 0 all zero) such that for
    any two rounds the differences f[r, c] - f[r', c] are distinct over the columns, and the
    last column equals column 0 mod ``tie`` in every round. Column by column, depth-first in
    random order, each round given the ones before it; a try of more than ``OFFSET_TRY``
    steps begins again from round 1 (restarts found them faster than deeper search: 10
    tables, 8 columns, 5 rounds in about 40 tries of 2,000 steps). None when
    ``budget`` steps in all found none."""
    f = np.zeros((rounds, columns), dtype=np.int64)
    values = list(range(q))
    steps = limit = 0

    def fill(r: int, c: int, used: list[list[bool]]) -> bool:
        nonlocal steps
        if c == columns:
            return True
        for v in rng.permutation(values).tolist():
            steps += 1
            if steps > limit:
                return False
            if c == columns - 1 and (v - int(f[r, 0])) % tie:
                continue
            diffs = [(v - int(f[k, c])) % q for k in range(r)]
            if any(used[k][d] for k, d in enumerate(diffs)):
                continue
            for k, d in enumerate(diffs):
                used[k][d] = True
            f[r, c] = v
            if fill(r, c + 1, used):
                return True
            for k, d in enumerate(diffs):
                used[k][d] = False
        return False

    while budget > 0:
        steps, limit = 0, min(budget, OFFSET_TRY)
        if all(fill(r, 0, [[False] * q for _ in range(r)]) for r in range(1, rounds)):
            return f
        budget -= steps
    return None


def design_pairs(p: Problem, rng: np.random.Generator) -> Ints | None:
    """A schedule in which no two people meet twice but the pairs kept together, who meet
    every round: q tables of s seats, every seat taken, groups of two only (e of them), no
    history, nobody kept apart, locked or a minor (the relabelled start's base room, which
    the search seated slowly: 80 at 10 tables of 8 with 5 pairs reached no plan without a
    repeat in 3 of 8 seeds within 8 s). The point (x, y), x < s, y mod q, sits
    in round r at table y + f[r, x] (:func:`offsets`): one point of every x at each table,
    two points meet in rounds where f[r, x'] - f[r, x] = y - y', so at most once. The kept
    pairs are the points (0, y) and (s - 1, y) for y in Y, e values that are whole classes
    mod m (m = q / h, h a divisor of q and of e): the person at (s - 1, y) in Y follows f[r,
    0] instead of f[r, s - 1], so sits with their partner, and the other points of x = s - 1
    keep f[r, s - 1], which equals f[r, 0] mod m, so the two halves take complementary
    tables; f[r, s - 1] - f[r, 0] is a multiple of m that differs from round to round (else
    two points of those columns would meet twice), so there are at most h rounds. Any q, not
    only a prime power, with s < q when q is even (no complete mapping of Z_q: Hall and
    Paige); None when the shape does not fit or no offsets are found within the budget."""
    sizes = p.sizes
    q, s = sizes.shape[1], int(sizes.max())
    n, rounds = len(p.names), p.rounds
    groups = p.groups.groups
    e = len(groups)
    if not e or any(len(g) != 2 for g in groups) or p.minor.any() or any(p.pinned):
        return None
    if p.hist.any() or p.apart:  # it would only be priced and dropped
        return None
    if not (sizes == s).all() or n != q * s or s > q - (q % 2 == 0) or e > q:
        return None
    # f[r, s - 1] - f[r, 0] is one of the h multiples of m and differs between rounds
    h = next((h for h in range(rounds, e + 1) if q % h == 0 and e % h == 0), 0)
    if not h:
        return None
    m = q // h
    kept = np.array([i + j * m for i in range(e // h) for j in range(h)], dtype=np.int64)
    f = offsets(q, s, rounds, rng, m, OFFSET_BUDGET)
    if f is None:
        return None
    x = np.repeat(np.arange(s), q)  # per point
    y = np.tile(np.arange(q), s)
    column = np.where((x == s - 1) & np.isin(y, kept), 0, x)  # whose offsets it follows
    point = np.full(n, -1, dtype=np.int64)
    for (a, b), at in zip(groups, kept.tolist(), strict=True):
        point[a], point[b] = at, (s - 1) * q + at
    rest = np.flatnonzero(point < 0)
    point[rest] = rng.permutation(np.setdiff1d(np.arange(q * s), point[point >= 0]))
    return (y[point][None, :] + f[:, column[point]]) % q
