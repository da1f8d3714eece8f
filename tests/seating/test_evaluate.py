"""evaluate_plan against a plain recount, and what it may show about ideology (nothing)."""

from __future__ import annotations

import itertools
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from collaboratory.seating.solver import SeatingWeights, evaluate_plan

PEOPLE = [f"p{i}" for i in range(9)]
ATTRIBUTE_KEYS = ("sector", "region")


@st.composite
def plans(draw: st.DrawFn) -> dict:
    rounds = []
    for _ in range(draw(st.integers(1, 3))):
        order = draw(st.permutations(PEOPLE))
        cuts = sorted(draw(st.sets(st.integers(1, len(PEOPLE) - 1), max_size=3)))
        bounds = [0, *cuts, len(PEOPLE)]
        rounds.append([list(order[a:b]) for a, b in itertools.pairwise(bounds)])
    some_pairs = st.lists(
        st.tuples(st.sampled_from(PEOPLE), st.sampled_from(PEOPLE)).filter(lambda p: p[0] != p[1]),
        max_size=8,
    )
    met = {frozenset(p): draw(st.integers(0, 3)) for p in draw(some_pairs)}
    attributes = {
        p: {k: v for k in ATTRIBUTE_KEYS if (v := draw(st.sampled_from(["", "a", "b", "c"]))) != ""}
        for p in PEOPLE
    }
    minors = draw(st.sets(st.sampled_from(PEOPLE), max_size=3))
    ideology = {
        p: draw(st.floats(0, 1))
        for p in draw(st.sets(st.sampled_from(PEOPLE), max_size=6))
        if p not in minors
    }
    return {
        "rounds": rounds,
        "met": met,
        "attributes": attributes,
        "minors": minors,
        "ideology": ideology,
        "tied": [frozenset(p) for p in draw(some_pairs)],
        "keep_apart": [frozenset(p) for p in draw(some_pairs)],
        "keep_together": [frozenset(p) for p in draw(some_pairs)],
    }


def recount(case: dict) -> dict:
    """The definitions of PlanCost, counted pair by pair."""
    seatings: Counter[frozenset[str]] = Counter()
    for tables in case["rounds"]:
        for table in tables:
            for a, b in itertools.combinations(table, 2):
                seatings[frozenset((a, b))] += 1
    group = {p: p for p in PEOPLE}  # keep-together groups, merged through shared people

    def root(p: str) -> str:
        while group[p] != p:
            p = group[p]
        return p

    for pair in case["keep_together"]:
        a, b = sorted(pair)
        group[root(b)] = root(a)
    repeats = repeated = 0
    diversity = without = 0.0
    for p, count in seatings.items():
        before = case["met"].get(p, 0)
        extra = max(0, before + count - 1) - max(0, before - 1)
        if len({root(x) for x in p}) == 1:  # kept together: never a repeat
            extra = 0
        repeats += extra
        repeated += extra > 0
        a, b = sorted(p)
        differ = sum(
            1
            for k in ATTRIBUTE_KEYS
            if k in case["attributes"][a]
            and k in case["attributes"][b]
            and case["attributes"][a][k] != case["attributes"][b][k]
        )
        distance = 0.0
        if a in case["ideology"] and b in case["ideology"]:
            distance = abs(case["ideology"][a] - case["ideology"][b])
        diversity += count * (differ + distance)
        without += count * differ
    new_ties = sum(1 for p in seatings if p not in set(case["tied"]))
    violations = 0
    for tables in case["rounds"]:
        for table in tables:
            if set(table) & case["minors"] and len(set(table) - case["minors"]) < 2:
                violations += 1
            violations += sum(1 for p in case["keep_apart"] if p <= set(table))
        together_broken = sum(
            1 for p in case["keep_together"] if not any(p <= set(t) for t in tables)
        )
        violations += together_broken
    return {
        "repeats": repeats,
        "repeated": repeated,
        "diversity": diversity,
        "without": without,
        "new_ties": new_ties,
        "violations": violations,
    }


@settings(max_examples=150)
@given(plans())
def test_evaluate_plan_agrees_with_a_recount(case: dict) -> None:
    cost = evaluate_plan(**case, weights=SeatingWeights(repeat=7, new_tie=0.5))
    expected = recount(case)

    assert cost.repeats == expected["repeats"]
    assert cost.repeated_pairs == expected["repeated"]
    assert cost.diversity == pytest.approx(expected["diversity"])
    assert cost.diversity_without_ideology == expected["without"]
    assert cost.new_ties == expected["new_ties"]
    assert cost.total == pytest.approx(
        7 * expected["repeats"] - expected["diversity"] - 0.5 * expected["new_ties"]
    )
    if not case["keep_together"]:  # groups merge pairs, so broken groups count once a group
        assert len(cost.violations) == expected["violations"]
    assert (len(cost.violations) == 0) == (expected["violations"] == 0)


@settings(max_examples=60)
@given(plans(), st.data())
def test_what_a_steward_sees_never_moves_with_ideology(case: dict, data: st.DataObject) -> None:
    """Changing only ideology positions changes neither the live figure nor the violations."""
    other = {p: data.draw(st.floats(0, 1)) for p in case["ideology"]}
    first = evaluate_plan(**case)
    second = evaluate_plan(**{**case, "ideology": other})
    assert first.diversity_without_ideology == second.diversity_without_ideology
    assert first.violations == second.violations
    assert first.repeats == second.repeats


def test_violations_read_as_a_steward_would_say_them() -> None:
    rounds = [[["a", "b", "kid"], ["c", "d"]], [["a", "kid"], ["b", "c"]]]
    cost = evaluate_plan(
        rounds,
        minors={"kid"},
        keep_apart=[frozenset({"a", "b"})],
        keep_together=[frozenset({"c", "d"})],
        ideology={"a": 0.1, "b": 0.9},
        table_sizes=[2, 2],
    )
    assert cost.violations == (
        "Table 1, round 1: 3 people at a table of 2",
        "Round 2: d is not seated",
        "Table 1, round 1: a and b are to be kept apart",
        "Table 1, round 2: a minor with fewer than two adults",
        "Round 2: c, d are to sit together",
    )
    assert not any("ideolog" in line for line in cost.violations)
