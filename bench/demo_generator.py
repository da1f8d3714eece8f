"""How long the demo generator takes, at the demo's size and at benchmark scale.

Each size is seeded into a fresh SQLite file (the embedded default, with its durable
settings) in a temporary directory, through `collaboratory seed_demo`, in a child process so
every run starts cold. Prints wall time, rows written and rows per second; the 120-member
demo is the baseline for the ratios.

    .venv/bin/python bench/demo_generator.py [--sizes 120,1000,10000]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TABLES = (
    "people_user",
    "networks_membership",
    "gatherings_attendance",
    "people_privateselfdescription",
)


def seed(members: int) -> tuple[float, dict[str, int]]:
    with tempfile.TemporaryDirectory() as data_dir:
        env = {**os.environ, "COLLABORATORY_DATA_DIR": data_dir}
        env.pop("DATABASE_URL", None)
        cli = [sys.executable, "-m", "collaboratory.cli"]
        subprocess.run([*cli, "migrate", "-v", "0"], env=env, check=True)
        started = time.perf_counter()
        subprocess.run(
            [*cli, "seed_demo", "--members", str(members)],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        elapsed = time.perf_counter() - started
        with sqlite3.connect(Path(data_dir) / "collaboratory.sqlite3") as db:
            counts = {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}  # noqa: S608
    return elapsed, counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="120,1000,10000")
    sizes = [int(s) for s in parser.parse_args().sizes.split(",")]

    print(f"{'members':>8} {'seconds':>8} {'rows':>8} {'rows/s':>8} {'x baseline':>10}")
    baseline = None
    for members in sizes:
        elapsed, counts = seed(members)
        rows = sum(counts.values())
        baseline = baseline or elapsed
        print(
            f"{members:>8} {elapsed:>8.2f} {rows:>8} {rows / elapsed:>8.0f} "
            f"{elapsed / baseline:>10.1f}"
        )


if __name__ == "__main__":
    main()
