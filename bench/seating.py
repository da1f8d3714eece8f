"""The seating solver beside random seating and a greedy one-round-at-a-time baseline.

For each instance (people, table size, rounds, and what else the gathering brings: history,
minors, rules, attributes), prints per method the repeats (seatings of a pair that had sat
together before, history included), hard-rule violations, diversity, the share of the
diversity gain (over random seating) that a plan optimising diversity alone reaches, and the
seconds taken; then the social golfer instance (32 people, tables of 4, 8 rounds and the 9-round
stretch) over several seeds: repeats left and seconds to the end of the search.

Goals (issue #17): up to 300 people, tables of 4-10, rounds x (size - 1) <= 0.6 (people - 1):
0 repeats, 0 violations, at least 85% of the diversity-only gain, under 10 s; the golfer
32/4/8 with 0 repeats in under 60 s for every seed.

    .venv/bin/python bench/seating.py [--time 8] [--seeds 5] [--golfer-time 60] [--quick]
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from collaboratory.seating.solver import (
    SeatingWeights,
    evaluate_plan,
    solve_seating,
)

Pair = frozenset[str]


@dataclass
class Instance:
    name: str
    people: list[str]
    table_sizes: list[int]
    rounds: int
    attributes: dict[str, dict[str, str]]
    ideology: dict[str, float]
    met: dict[Pair, int] = field(default_factory=dict)
    minors: list[str] = field(default_factory=list)
    keep_apart: list[Pair] = field(default_factory=list)
    keep_together: list[Pair] = field(default_factory=list)

    def rules(self) -> dict:
        return {
            "met": self.met,
            "keep_apart": self.keep_apart,
            "keep_together": self.keep_together,
            "attributes": self.attributes,
            "minors": self.minors,
            "ideology": self.ideology,
        }


def instance(
    name: str, n: int, size: int, rounds: int, seed: int, met: dict[Pair, int] | None = None
) -> Instance:
    """People with a sector (8), region (5), generation (4) and organization (n/6 of them);
    two in three consented to give an ideology position."""
    rnd = random.Random(seed)
    people = [f"m{i:03d}" for i in range(n)]
    attributes = {
        p: {
            "sector": f"s{rnd.randrange(8)}",
            "region": f"r{rnd.randrange(5)}",
            "generation": f"g{rnd.randrange(4)}",
            "organization": f"o{rnd.randrange(max(1, n // 6))}",
        }
        for p in people
    }
    ideology = {p: rnd.random() for p in people if rnd.random() < 2 / 3}
    tables = -(-n // size)
    return Instance(name, people, [size] * tables, rounds, attributes, ideology, met or {})


def random_rounds(people: list[str], n_rounds: int, seed: int, sizes: list[int]) -> list:
    rnd = random.Random(seed)
    plan = []
    for _ in range(n_rounds):
        order = rnd.sample(people, len(people))
        tables, start = [], 0
        for size in sizes:
            tables.append(order[start : start + size])
            start += size
        plan.append(tables)
    return plan


def history(people: list[str], rounds: int, size: int, seed: int) -> dict[Pair, int]:
    met: dict[Pair, int] = {}
    for tables in random_rounds(people, rounds, seed, [size] * (-(-len(people) // size))):
        for table in tables:
            for a, b in itertools.combinations(table, 2):
                met[frozenset((a, b))] = met.get(frozenset((a, b)), 0) + 1
    return met


def instances() -> list[Instance]:
    with_rules = instance("80/8/5 minors+rules", 80, 8, 5, 4)
    rnd = random.Random(5)
    shuffled = rnd.sample(with_rules.people, 80)
    with_rules.minors = shuffled[:12]
    with_rules.keep_together = [frozenset(shuffled[i : i + 2]) for i in range(12, 22, 2)]
    with_rules.keep_apart = [frozenset(shuffled[i : i + 2]) for i in range(22, 42, 2)]
    for minor in with_rules.minors:
        with_rules.ideology.pop(minor, None)
    people60 = [f"m{i:03d}" for i in range(60)]
    return [
        instance("120/8/6 (issue)", 120, 8, 6, 1),
        instance("40/4/7 (at the 0.6 rule)", 40, 4, 7, 2),
        instance("60/6/4 + 2 past rounds", 60, 6, 4, 3, met=history(people60, 2, 6, 33)),
        with_rules,
        instance("300/10/8", 300, 10, 8, 6),
        instance("300/10/19 (at the 0.6 rule)", 300, 10, 19, 7),
    ]


def no_repeat_ceiling(case: Instance) -> float:
    """An upper bound on the diversity of a plan without repeats: each person sits with
    rounds x (size - 1) different people never met before, at best the most different ones."""
    index = {p: i for i, p in enumerate(case.people)}
    keys = sorted({k for values in case.attributes.values() for k in values})
    codes = np.array(
        [[hash(case.attributes[p].get(k)) for p in case.people] for k in keys], dtype=np.int64
    )
    ideo = np.array([case.ideology.get(p, np.nan) for p in case.people])
    pair = (codes[:, :, None] != codes[:, None, :]).sum(axis=0).astype(float)
    distance = np.abs(ideo[:, None] - ideo[None, :])
    pair += np.where(np.isnan(distance), 0.0, distance)
    np.fill_diagonal(pair, -np.inf)
    for met_pair in case.met:
        a, b = (index[p] for p in met_pair)
        pair[a, b] = pair[b, a] = -np.inf
    partners = case.rounds * (max(case.table_sizes) - 1)
    top = -np.sort(-pair, axis=1)[:, :partners]
    return float(np.where(np.isfinite(top), top, 0.0).sum() / 2)


def row(name: str, method: str, cost, seconds: float, reference: tuple[float, float]) -> None:
    low, high = reference
    share = (cost.diversity - low) / (high - low) if high > low else float("nan")
    print(
        f"{name:<30}{method:<16}{cost.repeats:>8}{len(cost.violations):>11}"
        f"{cost.diversity:>12.1f}{share:>9.0%}{seconds:>9.2f}"
    )


def compare(case: Instance, limit: float) -> None:
    started = time.perf_counter()
    greedy = solve_seating(
        case.people, case.table_sizes, case.rounds, **case.rules(), method="greedy"
    )
    greedy_seconds = time.perf_counter() - started
    sizes = [len(t) for t in greedy.rounds[0]]
    started = time.perf_counter()
    chance = evaluate_plan(
        random_rounds(case.people, case.rounds, 0, sizes),
        **case.rules(),
        table_sizes=case.table_sizes,
    )
    chance_seconds = time.perf_counter() - started
    ours = solve_seating(
        case.people, case.table_sizes, case.rounds, **case.rules(), time_limit=limit
    )
    diversity_only = solve_seating(
        case.people,
        case.table_sizes,
        case.rounds,
        **case.rules(),
        time_limit=limit,
        weights=SeatingWeights(repeat=0, new_tie=0),
    )
    reference = (chance.diversity, diversity_only.cost.diversity)
    row(case.name, "random", chance, chance_seconds, reference)
    row("", "greedy", greedy.cost, greedy_seconds, reference)
    row("", "solver", ours.cost, ours.seconds, reference)
    row("", "diversity only", diversity_only.cost, diversity_only.seconds, reference)
    ceiling = no_repeat_ceiling(case)
    low, high = reference
    print(
        f"{'':<30}solver: repeat bound {ours.lower_bound}, gap {ours.gap},"
        f" {ours.iterations} iterations (diversity only: {diversity_only.iterations});"
        f" no plan without repeats has diversity over {ceiling:.0f}"
        f" (gain {(ceiling - low) / (high - low):.0%}, the most the solver can reach)"
    )


def golfer(rounds: int, seeds: int, limit: float) -> None:
    people = [f"g{i:02d}" for i in range(32)]
    solved = 0
    for seed in range(seeds):
        result = solve_seating(people, [4] * 8, rounds, seed=seed, time_limit=limit)
        solved += result.cost.repeats == 0
        print(
            f"  32/4/{rounds} seed {seed}: {result.cost.repeats} repeats"
            f" in {result.seconds:.1f} s ({result.iterations} iterations)"
        )
        greedy = solve_seating(people, [4] * 8, rounds, seed=seed, method="greedy")
        print(f"  {'':<18}greedy alone: {greedy.cost.repeats} repeats")
    print(f"  32/4/{rounds}: {solved}/{seeds} seeds with 0 repeats within {limit:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--time", type=float, default=8.0, help="solver time limit, seconds")
    parser.add_argument("--seeds", type=int, default=5, help="social golfer seeds")
    parser.add_argument("--golfer-time", type=float, default=60.0)
    parser.add_argument("--quick", action="store_true", help="only the first two instances")
    parser.add_argument("--only", default="", help="only instances whose name has this")
    parser.add_argument("--no-golfer", action="store_true")
    args = parser.parse_args()

    print(f"load average: {' '.join(Path('/proc/loadavg').read_text().split()[:3])}")
    print(
        "gain = (diversity - random's) / (diversity-only plan's - random's); seconds are wall time"
    )
    print(
        f"{'instance':<30}{'method':<16}{'repeats':>8}{'violations':>11}"
        f"{'diversity':>12}{'gain':>9}{'seconds':>9}"
    )
    cases = instances()
    for case in cases[:2] if args.quick else cases:
        if args.only in case.name:
            compare(case, args.time)
    if args.no_golfer:
        return
    print("\nsocial golfer (no attributes, no history)")
    golfer(8, args.seeds, args.golfer_time)
    if not args.quick:
        golfer(9, min(args.seeds, 3), args.golfer_time)


if __name__ == "__main__":
    main()
