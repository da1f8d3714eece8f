"""What the suite's committed-rows guard costs each test (tests/conftest.py,
`_fail_on_committed_rows`): its one query counting every table's rows, beside the least a
database test costs in pytest-django (open the test's transaction, one query, roll back).

Runs on a migrated test database as pytest-django makes it (in-memory SQLite by default;
DATABASE_URL for PostgreSQL), with the tables empty, as between tests.

    PYTHONPATH=src .venv/bin/python bench/leak_guard.py [--rounds 2000] [--tests 5000]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "collaboratory.config.settings")


def per_call_us(work, rounds: int) -> float:  # type: ignore[no-untyped-def]
    work()
    started = time.perf_counter()
    for _ in range(rounds):
        work()
    return (time.perf_counter() - started) / rounds * 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=2000)
    parser.add_argument("--tests", type=int, default=5000, help="tests in a whole run")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection, transaction
    from django.test.utils import setup_databases, teardown_databases
    from tests.conftest import row_count_sql

    config = setup_databases(verbosity=0, interactive=False, aliases={"default"})
    try:
        sql = row_count_sql(connection)
        tables = sql.count("UNION ALL") + 1

        def bare_test() -> None:
            with transaction.atomic():
                with connection.cursor() as cursor:
                    cursor.execute("SELECT 1")
                transaction.set_rollback(True)

        def guard() -> None:
            with connection.cursor() as cursor:
                cursor.execute(sql)
                cursor.fetchall()

        # Interleaved, so a change in the machine's load touches both alike.
        bare, checked = [], []
        for _ in range(5):
            bare.append(per_call_us(bare_test, args.rounds // 5))
            checked.append(per_call_us(guard, args.rounds // 5))
        bare_us, guard_us = sorted(bare)[2], sorted(checked)[2]
        print(f"database: {connection.vendor}, {tables} tables, load {os.getloadavg()[0]:.1f}")
        print(f"bare database test (transaction, 1 query, rollback): {bare_us:8.0f} µs")
        print(f"guard (every table's row count, 1 query):           {guard_us:8.0f} µs")
        print(
            f"guard over {args.tests} tests: {guard_us * args.tests / 1e6:.1f} s of work, "
            f"{guard_us * args.tests / 2e6:.1f} s of wall time on 2 workers"
        )
    finally:
        teardown_databases(config, verbosity=0)


if __name__ == "__main__":
    main()
