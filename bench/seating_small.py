"""Small rooms, as a steward's request solves them (4 s limit): how long each takes, after
how many iterations, and with how many repeats against the bound. A small room should end
as soon as nothing is left to find, not at the time limit.

    .venv/bin/python bench/seating_small.py [--time 4] [--seeds 3]

Iterations are the figure to compare between two versions (the machine is shared); seconds
are what the steward waits. 0 iterations: every plan was priced (few enough of them).
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from collaboratory.seating.solver import solve_seating

Pair = frozenset[str]


def people(prefix: str, n: int) -> list[str]:
    return [f"{prefix}{i:02d}" for i in range(n)]


def by_sector(who: list[str]) -> dict[str, dict[str, str]]:
    return {p: {"sector": f"s{i % 3}", "region": f"r{i % 4}"} for i, p in enumerate(who)}


def rooms() -> list[tuple[str, list[str], list[int], int, dict]]:
    """The rooms: a few shapes of 5-16 people, with and without history, sectors and rules."""
    rnd = random.Random(7)
    six = people("a", 6)
    some_met = {Pair(p): 1 for p in itertools.combinations(six, 2) if rnd.random() < 0.4}
    five = people("b", 5)
    ten = people("c", 10)
    eight = people("d", 8)
    twelve = people("e", 12)
    sixteen = people("f", 16)
    past = {
        Pair(p): 1
        for t in range(4)
        for p in itertools.combinations(rnd.sample(sixteen, 16)[4 * t : 4 * t + 4], 2)
    }
    return [
        ("6 at 2x3, 3 rounds", six, [3, 3], 3, {}),
        ("6 at 2x3, 3 rounds, 40% met", six, [3, 3], 3, {"met": some_met}),
        ("5 at 1 table of 6, 2 rounds, sectors", five, [6], 2, {"attributes": by_sector(five)}),
        ("10 at 2x5, 4 rounds, sectors", ten, [5, 5], 4, {"attributes": by_sector(ten)}),
        ("10 at 2x5, 3 rounds", ten, [5, 5], 3, {}),
        (
            "8 at 2x4, 3 rounds, minor, rules",
            eight,
            [4, 4],
            3,
            {
                "minors": ["d00"],
                "keep_together": [Pair(("d01", "d02"))],
                "keep_apart": [Pair(("d03", "d04"))],
                "attributes": by_sector(eight),
            },
        ),
        (
            "12 at 3x4, 3 rounds, sectors",
            twelve,
            [4, 4, 4],
            3,
            {"attributes": by_sector(twelve)},
        ),
        ("16 at 4x4, 3 rounds, a past round", sixteen, [4] * 4, 3, {"met": past}),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--time", type=float, default=4.0, help="solver time limit")
    parser.add_argument("--seeds", type=int, default=3)
    args = parser.parse_args()
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    print(f"load average at the start: {load}")
    print(
        f"{'room':<36}{'seconds':>18}{'iterations':>22}{'repeats':>12}{'bound':>7}{'diversity':>11}"
    )
    for name, who, sizes, rounds, rules in rooms():
        runs = []
        for seed in range(args.seeds):
            started = time.monotonic()
            result = solve_seating(who, sizes, rounds, **rules, seed=seed, time_limit=args.time)
            runs.append((time.monotonic() - started, result))
        seconds = ", ".join(f"{s:.2f}" for s, _ in runs)
        iterations = ", ".join(str(r.iterations) for _, r in runs)
        repeats = ", ".join(str(r.cost.repeats) for _, r in runs)
        diversity = max(r.cost.diversity for _, r in runs)
        print(
            f"{name:<36}{seconds:>18}{iterations:>22}{repeats:>12}"
            f"{runs[0][1].lower_bound:>7}{diversity:>11.1f}"
        )


if __name__ == "__main__":
    main()
