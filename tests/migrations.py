"""Data-migration tests: the database at a chosen migration, with the models as they were
there (`conftest.at_head` puts it back at the head afterwards).

Going back is Django's own `MigrationExecutor.migrate`, with one change of cost, not of
result (`_Executor`): how it builds the project state before each migration to undo. Django
renders the models once and then walks the whole plan, and every step of the walk re-renders
the models it touches and those related to them: about 0.1 s a step on this project, 22 of
the 26 s a test spent going back to networks 0006 (undoing the 28 migrations took 3.5 s).
Walked without rendering, the same 156 steps take 10 ms; each state kept is then rendered
once, apart (about 50 ms). The states are the same: rendering is drawn from them, it does
not change them.
"""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.db.migrations.executor import MigrationExecutor


class _Executor(MigrationExecutor):
    def _migrate_all_backwards(self, plan: list[Any], full_plan: list[Any], fake: bool) -> None:
        """Django's walk (the state before each migration to undo is every applied
        migration before it in the plan), unrendered, each kept state rendered on its own;
        then the migrations undone in the plan's order."""
        to_run = {migration for migration, _backwards in plan}
        applied = {
            self.loader.graph.nodes[key]
            for key in self.loader.applied_migrations
            if key in self.loader.graph.nodes
        }
        states = {}
        state = self._create_project_state()
        for migration, _backwards in full_plan:
            if not to_run:
                break
            if migration in to_run:
                kept = state.clone()
                kept.apps  # noqa: B018 (rendered now, once: unapplying reads the models)
                states[migration] = kept
                to_run.remove(migration)
            if migration in applied:
                migration.mutate_state(state, preserve=False)
        for migration, _backwards in plan:
            # `Migration.unapply` works on clones of the state it is given.
            self.unapply_migration(states[migration], migration, fake=fake)
        # Django returns the state after; `migrate_to` reads the models from the loader.


def migrate_to(targets: list[tuple[str, str]]) -> Any:
    """The database at `targets`, and the models (an apps registry) as they were there."""
    executor = _Executor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state(targets).apps
