"""Data-migration tests: the database at a chosen migration, with the models as they were
there (`conftest.at_head` puts it back at the head afterwards)."""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def migrate_to(targets: list[tuple[str, str]]) -> Any:
    """The database at `targets`, and the models (an apps registry) as they were there."""
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state(targets).apps
