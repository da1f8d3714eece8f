"""Small rooms end when nothing is left to find: a room with few plans has every one priced,
few tables make repeats that the bound now counts, and a search stops after a few sweeps of
its neighbourhood without a new best, not at its time limit."""

from __future__ import annotations

import itertools
import random
import time

import pytest

from collaboratory.seating.solver import SeatingError, evaluate_plan, solve_seating


def names(n: int) -> list[str]:
    return [f"p{i:02d}" for i in range(n)]


def partings(people: list[str], size: int) -> list[list[list[str]]]:
    """Every way to seat `people` at two tables of `size` (the first person at the first)."""
    first, rest = people[0], people[1:]
    return [
        [[first, *mates], [p for p in rest if p not in mates]]
        for mates in itertools.combinations(rest, size - 1)
    ]


def test_a_room_with_few_plans_gets_the_best_of_them_all_at_once() -> None:
    """Six people at two tables of three for two rounds, with history, sectors and a pair
    kept apart: 100 plans, each priced here by `evaluate_plan`; the solver returns one of the
    best without searching, and its bound is the fewest repeats any plan has."""
    people = names(6)
    rnd = random.Random(3)
    met = {frozenset(pair): 1 for pair in itertools.combinations(people, 2) if rnd.random() < 0.4}
    attributes = {p: {"sector": rnd.choice("abc"), "region": rnd.choice("xy")} for p in people}
    apart = [frozenset(("p01", "p02"))]
    rules = {"met": met, "attributes": attributes, "keep_apart": apart}
    costs = [
        evaluate_plan(list(plan), **rules)
        for plan in itertools.product(partings(people, 3), repeat=2)
    ]
    fewest = min(c.repeats for c in costs if not c.violations)
    best = min(c.total for c in costs if not c.violations and c.repeats == fewest)

    result = solve_seating(people, [3, 3], 2, **rules, time_limit=60)

    assert (result.cost.repeats, result.cost.total) == (fewest, best)
    assert result.lower_bound == fewest
    assert result.gap == 0
    assert result.iterations == 0


def test_a_room_with_few_plans_and_none_keeping_the_rules_is_refused_at_once() -> None:
    """Four people kept apart from one another cannot share three tables: the search used to
    spend its whole time limit before saying so."""
    people = names(6)
    apart = [frozenset(pair) for pair in itertools.combinations(people[:4], 2)]
    started = time.monotonic()
    with pytest.raises(SeatingError, match="no plan meeting the hard rules"):
        solve_seating(people, [2, 2, 2], 2, keep_apart=apart, time_limit=30)
    assert time.monotonic() - started < 10


def test_few_tables_force_repeats_that_the_bound_counts() -> None:
    """Twelve people at three tables of four: in every later round two people of each earlier
    table sit together again, so three rounds repeat at least six pairs, and a plan with six
    is proven to have the fewest (the bound used to say 0, so the search ran to its limit)."""
    result = solve_seating(names(12), [4, 4, 4], 3, time_limit=60, max_iterations=20_000)

    assert result.lower_bound == 6
    assert result.cost.repeats == 6
    assert result.iterations < 100  # nothing to gain once settled


def test_a_settled_small_room_stops_after_a_few_sweeps_of_its_moves() -> None:
    """Ten people at two tables of five for four rounds, with sectors and regions: repeats
    are at the bound at once, and the search for more gain stops after four neighbourhoods
    (145 moves) without a gain, not after 40n + 1000 = 1,400 iterations."""
    people = names(10)
    attributes = {p: {"sector": f"s{i % 3}", "region": f"r{i % 4}"} for i, p in enumerate(people)}
    result = solve_seating(
        people, [5, 5], 4, attributes=attributes, time_limit=60, max_iterations=5_000
    )

    assert result.cost.repeats == result.lower_bound
    assert result.iterations < 1_000


def test_a_small_room_above_its_bound_stops_when_its_search_has_stalled() -> None:
    """Ten people at two tables of five for three rounds: the search keeps 18 repeats and
    the bound says 16, so it used to run to its limit; it now stops after 20 sweeps of its
    120 moves without a new best."""
    result = solve_seating(names(10), [5, 5], 3, time_limit=60, max_iterations=20_000)

    assert result.cost.violations == ()
    assert result.iterations < 5_000
