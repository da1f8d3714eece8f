"""What followthrough 0008 (every submission key required) costs an upgrade: rows stored
without a key each get one, then the column turns NOT NULL. Seeds `--rows` partnerships
without a key (as before 0008) and times the migration forward, beside the same migration
over an empty table (what the NOT NULL change alone costs). Partnerships stand in for the
three tables it touches: the work per row is the same; commitment activity is the largest
(one row per move).

Runs on a migrated test database as pytest-django makes it (in-memory SQLite by default;
DATABASE_URL for PostgreSQL).

    PYTHONPATH=src .venv/bin/python bench/migration_keys.py [--rows 100000]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "collaboratory.config.settings")

BEFORE = [("followthrough", "0007_partnershipmilestone_idempotency_key")]
AFTER = [("followthrough", "0008_idempotency_keys_required")]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor
    from django.test.utils import setup_databases, teardown_databases
    from django.utils import timezone

    from collaboratory.networks.models import NetworkKind
    from collaboratory.networks.services import network_create
    from collaboratory.people.services import user_create

    def migrate(targets):  # type: ignore[no-untyped-def]
        executor = MigrationExecutor(connection)
        started = time.perf_counter()
        executor.migrate(targets)
        seconds = time.perf_counter() - started
        executor.loader.build_graph()
        return seconds, executor.loader.project_state(targets).apps

    config = setup_databases(verbosity=0, interactive=False, aliases={"default"})
    try:
        network = network_create(slug="bench", name="Bench", kind=NetworkKind.NATIONAL)
        user = user_create(email="bench@example.org", full_name="Bench", password="x" * 20)

        _seconds, old = migrate(BEFORE)
        empty, _apps = migrate(AFTER)
        _seconds, old = migrate(BEFORE)
        partnership = old.get_model("followthrough", "Partnership")
        now = timezone.now()
        partnership.objects.bulk_create(
            (
                partnership(
                    network_id=network.pk,
                    kind="project",
                    title=f"Project {i}",
                    story="Met in the room",
                    recorded_by_id=user.pk,
                    created_at=now,
                    idempotency_key=None,
                )
                for i in range(args.rows)
            ),
            batch_size=2000,
        )
        full, new = migrate(AFTER)
        keyed = new.get_model("followthrough", "Partnership").objects
        assert not keyed.filter(idempotency_key__isnull=True).exists()
        distinct = keyed.values("idempotency_key").distinct().count()

        print(f"database: {connection.vendor}, load {os.getloadavg()[0]:.1f}")
        print(f"0008 over empty tables (the NOT NULL change alone): {empty:7.2f} s")
        print(
            f"0008 with {args.rows:,} partnerships without a key:    {full:7.2f} s "
            f"({(full - empty) / args.rows * 1e6:.0f} µs a row more; {distinct:,} distinct keys)"
        )
    finally:
        teardown_databases(config, verbosity=0)


if __name__ == "__main__":
    main()
