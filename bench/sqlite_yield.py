"""How long a page's write waits for SQLite's lock while the task worker does bulk work.

SQLite has one write lock, and a waiting writer polls for it on the busy timeout's schedule.
The periodic follow-through pass commits once per commitment, back to back, so without a
pause a page that writes (a cache entry on a first view, an RSVP) could wait seconds: the
worker had taken the lock again before the page's next poll. `collaboratory worker` pauses
`WORKER_PAUSE_AFTER_COMMIT` after each commit (src/collaboratory/config/sqlite.py). This bench
shows the trade: for each pause, on a fresh copy of the same database, one process runs the
follow-through pass as the worker would while a probe process writes a 2 kB cache entry every
20 ms (what a page does at first view) and records how long each write took.

The database is the one bench/landing.py builds (10,000 members, 200,000 commitments):

    .venv/bin/python bench/landing.py --data-dir /tmp/landing --rounds 1 --only home
    .venv/bin/python bench/sqlite_yield.py --data-dir /tmp/landing [--pauses 0,0.002,0.005]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DB_FILE = "collaboratory.sqlite3"


def _django(data_dir: str) -> None:
    os.environ["COLLABORATORY_DATA_DIR"] = data_dir
    os.environ["DJANGO_SETTINGS_MODULE"] = "collaboratory.config.settings"
    os.environ.pop("DATABASE_URL", None)
    sys.path.insert(0, str(ROOT / "src"))
    import django

    django.setup()


def probe(data_dir: str, stop_file: str) -> None:
    """Write a cache entry every 20 ms until stop_file appears; print each wait in ms."""
    _django(data_dir)
    from django.core.cache import cache

    waits = []
    i = 0
    while not os.path.exists(stop_file):
        started = time.perf_counter()
        cache.set(f"sqlite-yield-probe-{i}", "x" * 2000, 300)
        waits.append((time.perf_counter() - started) * 1000)
        i += 1
        time.sleep(0.02)
    print(" ".join(f"{w:.2f}" for w in waits))


def task(data_dir: str, pause: float) -> None:
    """Run the follow-through pass with the worker's pause; print commitments and seconds."""
    _django(data_dir)
    from collaboratory.config import sqlite as sqlite_connection
    from collaboratory.followthrough.tasks import followthrough_run_all

    sqlite_connection.pause_after_commit = pause
    started = time.perf_counter()
    done = followthrough_run_all.call()
    print(f"{done} {time.perf_counter() - started:.1f}")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def measure(source: Path, pause: float) -> str:
    with tempfile.TemporaryDirectory(prefix="sqlite-yield-") as scratch:
        shutil.copy(source / DB_FILE, Path(scratch) / DB_FILE)
        stop_file = str(Path(scratch) / "stop")
        me = [sys.executable, __file__, "--data-dir", scratch]
        prober = subprocess.Popen(
            [*me, "--probe", stop_file], stdout=subprocess.PIPE, text=True, cwd=ROOT
        )
        time.sleep(2)  # the probe's Django is up and writing before the pass starts
        done, seconds = subprocess.run(
            [*me, "--task", str(pause)], capture_output=True, text=True, check=True, cwd=ROOT
        ).stdout.split()[-2:]
        Path(stop_file).touch()
        waits = [float(w) for w in prober.communicate()[0].split()]
    return (
        f"{pause * 1000:>6.0f} ms {int(done):>12,} {float(seconds):>8.1f} s {len(waits):>7} "
        f"{percentile(waits, 0.5):>8.1f} {percentile(waits, 0.99):>8.1f} {max(waits):>8.1f} "
        f"{sum(1 for w in waits if w > 1000):>7}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--pauses", default="0,0.002,0.005", help="seconds, comma-separated")
    parser.add_argument("--probe", help=argparse.SUPPRESS)
    parser.add_argument("--task", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        probe(args.data_dir, args.probe)
        return
    if args.task is not None:
        task(args.data_dir, args.task)
        return
    source = Path(args.data_dir)
    if not (source / DB_FILE).exists():
        parser.error(f"no {DB_FILE} in {source}: build it with bench/landing.py first")
    print(
        f"{'pause':>9} {'commitments':>12} {'pass':>10} {'writes':>7} "
        f"{'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'>1 s':>7}"
    )
    for pause in (float(p) for p in args.pauses.split(",")):
        print(measure(source, pause), flush=True)


if __name__ == "__main__":
    main()
