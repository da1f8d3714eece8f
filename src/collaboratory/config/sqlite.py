"""SQLite connections that let pages write while the task worker does bulk work.

SQLite has one write lock. A writer that finds it taken polls for it on the busy timeout's
schedule (after 1, 2, 5, 10 ... ms, then every 100 ms), and a worker that commits back to
back, as the periodic follow-through pass does over thousands of commitments, has taken it
again before the poll comes: a page's write (a cache entry on a first view, an RSVP, a
commitment from the phone) waited up to 3.7 s (docs/architecture.md, "Durability and
concurrency"). In the task worker, each commit is followed by a short pause, so a waiting
page gets the lock within a poll or two; pages themselves never pause."""

from __future__ import annotations

import sqlite3
import time

# Seconds the task worker waits after each commit (`collaboratory worker` sets it); 0 in
# every other process.
pause_after_commit = 0.0


class Connection(sqlite3.Connection):
    """The connection class Django opens (settings: OPTIONS["factory"])."""

    def commit(self) -> None:
        super().commit()
        if pause_after_commit:
            time.sleep(pause_after_commit)
