"""Never lose one, at length: the SIGKILL harness of tests/commitments/durability.py run for
many trials. Each trial streams submissions (fresh idempotency keys, two client threads) at
the product's server (`collaboratory serve`, two workers), SIGKILLs its whole process group
at a random moment, restarts it and retries every unanswered submission with the same key; the
last step reads the database in a fresh process.

Prints trials, submissions, acknowledged at once, cut off by a kill (and whether the retry
stored them or found them stored), lost (acknowledged but not stored: must be 0), duplicate
keys (must be 0), whether event ids, audit rows and (SQLite) `PRAGMA integrity_check` are
intact, and the time taken.

    .venv/bin/python bench/live_durability.py [--trials 200] [--seed 6]

SQLite (a fresh file in a temporary data dir) unless DATABASE_URL names a PostgreSQL
database, which must be migrated (`collaboratory migrate`); each run adds its own network.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the harness lives with the tests

from tests.commitments import durability  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="live-durability-") as data_dir:
        env = {
            **os.environ,
            "COLLABORATORY_DATA_DIR": data_dir,
            "COLLABORATORY_DEBUG": "false",
            "COLLABORATORY_LOG_LEVEL": "WARNING",
        }
        database = "PostgreSQL" if env.get("DATABASE_URL") else "SQLite (WAL, synchronous=FULL)"
        if not env.get("DATABASE_URL"):
            subprocess.run([*durability.CLI, "migrate", "-v", "0"], env=env, check=True, cwd=ROOT)
        print(
            f"{database}; collaboratory serve, 2 workers; 2 client threads; {args.trials} trials",
            flush=True,
        )
        tally = durability.run(env, trials=args.trials, seed_value=args.seed)
    check = tally.check
    print(f"trials                 {tally.trials}")
    print(f"submissions            {tally.submissions}")
    print(f"acknowledged at once   {tally.acknowledged_first_time}")
    print(
        f"cut off by a kill      {tally.cut_off}  (retry stored it: {tally.retried_created}; "
        f"already stored, answer lost: {tally.retried_duplicate})"
    )
    print(f"refused                {len(tally.refused)}")
    print(f"lost                   {tally.lost}")
    print(f"duplicates             {tally.duplicates}")
    print(f"stored                 {check.get('stored')}")
    print(
        f"event ids 1..n         {check.get('event_ids_ok')}  (match commitments: "
        f"{check.get('events_match')})"
    )
    print(f"audit rows             {check.get('audited')}")
    print(f"integrity_check        {check.get('integrity')}")
    per_trial = tally.seconds / max(1, tally.trials)
    print(f"time                   {tally.seconds:.0f} s  ({per_trial:.2f} s a trial)")
    print("OK" if tally.ok() else "FAILED")
    sys.exit(0 if tally.ok() else 1)


if __name__ == "__main__":
    main()
