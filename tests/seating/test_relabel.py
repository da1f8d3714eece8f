"""Relabelling a plan without repeats: who takes which schedule. The cost changes are what
they claim, a relabelled plan keeps its tables' mixing (no repeat appears), it finds a
labelling without collisions when one exists, a seed gives the same labelling, and the
solver's relabelled start keeps every hard rule."""

from __future__ import annotations

import itertools
import random
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from collaboratory.seating import solver
from collaboratory.seating.relabel import _neighbours, cost_of, exchange_deltas, relabel
from collaboratory.seating.solver import evaluate_plan, solve_seating

FAR = 1e18  # a deadline never reached: the runs below stop at 0 or at max_iterations


def grid_plan(q: int, rounds: int) -> list[list[list[int]]]:
    """q x q people at q tables of q, without a repeat: (x, y) sits at table y + r x mod q
    (q prime), round r; the first round by rows."""
    return [
        [[x * q + y for x in range(q) for y in range(q) if (y + r * x) % q == t] for t in range(q)]
        for r in range(rounds)
    ]


def meets_of(plan: list[list[list[int]]], n: int) -> np.ndarray:
    meets = np.zeros((n, n), dtype=np.int64)
    for tables in plan:
        for table in tables:
            meets[np.ix_(table, table)] += 1
    np.fill_diagonal(meets, 0)
    return meets


def hidden_history(meets: np.ndarray, pairs: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """A history that some labelling avoids entirely: pairs that never meet under a hidden
    labelling ``secret`` (person x takes schedule secret[x]). Returns (weight, secret)."""
    n = len(meets)
    rng = np.random.default_rng(seed)
    secret = rng.permutation(n)
    free = [
        (u, v) for u, v in itertools.combinations(range(n), 2) if meets[secret[u], secret[v]] == 0
    ]
    weight = np.zeros((n, n))
    for k in rng.choice(len(free), size=pairs, replace=False):
        u, v = free[k]
        weight[u, v] = weight[v, u] = 1.0
    return weight, secret


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 2**32 - 1))
def test_every_exchange_costs_what_making_it_changes(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = 12
    meets = rng.integers(0, 3, size=(n, n))
    meets = np.triu(meets, 1) + np.triu(meets, 1).T
    weight = rng.choice([0.0, 0.0, 1.0, 5.0], size=(n, n))
    weight = np.triu(weight, 1) + np.triu(weight, 1).T
    slot = rng.permutation(n)
    nbr, w = _neighbours(weight)
    delta = exchange_deltas(meets, weight, slot, nbr, w)
    before = cost_of(meets, weight, slot)
    for a, b in itertools.combinations(range(n), 2):
        moved = slot.copy()
        moved[a], moved[b] = moved[b], moved[a]
        assert delta[a, b] == pytest.approx(cost_of(meets, weight, moved) - before, abs=1e-9)
        assert delta[b, a] == pytest.approx(delta[a, b], abs=1e-9)


@pytest.mark.parametrize("seed", range(6))
def test_a_history_some_labelling_avoids_is_avoided(seed: int) -> None:
    """25 people at 5 tables of 5 over 3 rounds, without a repeat; 20 pairs met before that
    a hidden labelling keeps apart: the walk finds a labelling with none of them together,
    and the relabelled plan still has no pair meeting twice."""
    n = 25
    plan = grid_plan(5, 3)
    meets = meets_of(plan, n)
    weight, secret = hidden_history(meets, 20, seed)
    assert cost_of(meets, weight, secret) == 0

    found = relabel(
        meets,
        weight,
        np.zeros(n, dtype=np.int64),
        np.ones(n, dtype=bool),
        np.random.default_rng(seed),
        deadline=FAR,
        max_iterations=2000,
    )

    assert found.cost == 0
    assert cost_of(meets, weight, found.slot) == 0
    assert sorted(found.slot.tolist()) == list(range(n))
    person_at = np.argsort(found.slot)  # schedule s is now person_at[s]'s
    relabelled = [[[int(person_at[s]) for s in table] for table in tables] for tables in plan]
    assert meets_of(relabelled, n).max() == 1


@pytest.mark.parametrize("seed", range(3))
def test_only_movable_people_of_one_kind_exchange_and_a_seed_repeats(seed: int) -> None:
    n = 25
    meets = meets_of(grid_plan(5, 3), n)
    weight, _ = hidden_history(meets, 40, seed)
    kind = np.array([0, 1] * 12 + [0])
    movable = np.ones(n, dtype=bool)
    movable[[3, 4, 10]] = False

    def run() -> np.ndarray:
        return relabel(
            meets,
            weight,
            kind,
            movable,
            np.random.default_rng(seed),
            deadline=FAR,
            max_iterations=300,
        ).slot

    slot = run()
    assert (slot[[3, 4, 10]] == [3, 4, 10]).all()
    assert (kind[slot] == kind).all()  # each schedule went to someone of its holder's kind
    assert (run() == slot).all()


def relabel_three(weights_shape: tuple[int, int], **extra: Any) -> None:
    """relabel on three people at one table, the weights of the given shape."""
    relabel(
        np.zeros((3, 3), dtype=np.int64),
        np.zeros(weights_shape),
        np.zeros(3, dtype=np.int64),
        np.ones(3, dtype=bool),
        np.random.default_rng(0),
        deadline=FAR,
        **extra,
    )


def test_a_bad_shape_is_refused() -> None:
    with pytest.raises(ValueError, match="n x n"):
        relabel_three((4, 4))


def rules_room(seed: int) -> dict:
    """30 people at 6 tables of 5 over 3 rounds, with 4 minors, 3 pairs kept apart, a pair
    kept together and 5 pairs met before: few enough for the relabelled start."""
    people = [f"p{i:02d}" for i in range(30)]
    rnd = random.Random(seed)
    order = rnd.sample(people, 30)
    return {
        "people": people,
        "table_sizes": [5] * 6,
        "rounds": 3,
        "minors": order[:4],
        "keep_apart": [frozenset(order[k : k + 2]) for k in (4, 6, 8)],
        "keep_together": [frozenset(order[10:12])],
        "met": {frozenset(order[k : k + 2]): 1 for k in range(12, 22, 2)},
        "attributes": {p: {"sector": rnd.choice("abc")} for p in people},
    }


@pytest.mark.parametrize("seed", range(4))
def test_the_relabelled_start_keeps_every_rule_and_finds_no_repeat(seed: int) -> None:
    case = rules_room(seed)
    p = solver._problem(
        case["people"],
        case["table_sizes"],
        case["rounds"],
        case["met"],
        case["keep_apart"],
        case["keep_together"],
        case["attributes"],
        case["minors"],
        (),
        {},
        {},
        solver.SeatingWeights(),
    )
    assert solver._relabel_worth(p)
    state = solver._Engine(p)
    solver._greedy(state, np.random.default_rng(seed), range(p.rounds), polish=True)
    solver._relabel_start(state, np.random.default_rng(seed), FAR, FAR, 400)
    assert state.hard_units() == 0
    assert state.repeat_count == 0
    rules = {k: case[k] for k in ("met", "keep_apart", "keep_together", "minors")}
    cost = evaluate_plan(state.plan(), **rules)
    assert cost.violations == ()
    assert cost.repeats == 0

    result = solve_seating(**case, seed=seed, time_limit=60, max_iterations=400)
    assert result.cost.violations == ()
    assert result.cost.repeats == 0
    assert (
        solve_seating(**case, seed=seed, time_limit=60, max_iterations=400).rounds == result.rounds
    )


def test_history_from_past_rounds_is_not_relabelled() -> None:
    """Two past rounds of 8 at 120 people leave 817 pairs: far more than relabelling can
    clear (docs/architecture.md), so such a room keeps the usual start."""
    people = [f"p{i:03d}" for i in range(120)]
    rnd = random.Random(1)
    met = {}
    for _ in range(2):
        order = rnd.sample(people, 120)
        for t in range(15):
            for a, b in itertools.combinations(order[8 * t : 8 * t + 8], 2):
                met[frozenset((a, b))] = 1
    p = solver._problem(
        people, [8] * 15, 6, met, [], [], {}, people[:4], (), {}, {}, solver.SeatingWeights()
    )
    assert not solver._relabel_worth(p)


def test_a_soft_repeat_price_keeps_the_usual_start() -> None:
    """With repeats priced softly the search trades them for gain; a start without repeats
    and with little gain would be kept whatever the walk found."""
    case = rules_room(0)
    args = (case["people"], case["table_sizes"], case["rounds"], case["met"])
    rest = (case["keep_apart"], case["keep_together"], case["attributes"], case["minors"])
    soft = solver._problem(*args, *rest, (), {}, {}, solver.SeatingWeights(repeat=1.0))
    assert not solver._relabel_worth(soft)
    first = solver._problem(*args, *rest, (), {}, {}, solver.SeatingWeights())
    assert solver._relabel_worth(first)


@pytest.mark.parametrize("seed", range(4))
def test_minors_get_schedules_with_two_adults_at_every_table(seed: int) -> None:
    """A plan made without minors, 30 people at 6 tables of 5 over 3 rounds, where the 6
    minors hold schedules that put four of them with one adult in every round: the
    labelling moves them to schedules where every table keeps two adults, and the plan's
    tables stay as they were."""
    n, rounds = 30, 3
    rng = np.random.default_rng(seed)
    minor = np.zeros(n, dtype=bool)
    minor[:6] = True
    rest = np.repeat(np.arange(6), [1, 3, 5, 5, 5, 5])
    where = np.array([np.concatenate(([0, 0, 0, 0, 1, 1], rng.permutation(rest)))] * rounds)

    def short(where: np.ndarray) -> int:
        return sum(
            int(minor[where[r] == t].any() and (~minor[where[r] == t]).sum() < 2)
            for r in range(rounds)
            for t in range(6)
        )

    assert short(where) == rounds
    slot = solver._minor_slots(where, minor, np.ones(n, dtype=bool), rng)

    assert sorted(slot.tolist()) == list(range(n))
    relabelled = where[:, slot]
    assert short(relabelled) == 0
    for r in range(rounds):
        assert sorted(relabelled[r].tolist()) == sorted(where[r].tolist())


def test_a_start_that_is_no_labelling_is_refused() -> None:
    with pytest.raises(ValueError, match="schedule of their own"):
        relabel_three((3, 3), start=np.array([0, 0, 1]))


def test_rooms_with_many_minors_keep_the_usual_start() -> None:
    """24 minors and 16 adults at 8 tables of 5: every table needs exactly two adults, which
    a plan made without minors seldom leaves room for."""
    people = [f"p{i:02d}" for i in range(40)]
    p = solver._problem(
        people, [5] * 8, 3, {}, [], [], {}, people[:24], (), {}, {}, solver.SeatingWeights()
    )
    assert not solver._relabel_worth(p)
