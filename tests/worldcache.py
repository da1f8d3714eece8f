"""The test world, built once per worker and put back into each test's transaction.

Three in four tests ask for `world` (three networks, their people, gatherings, nominations,
invitations, photos and consents), and building it through the services cost about 0.35 s a
test: some 1,400 s of a CI run's 3,000 test-seconds. So each worker builds it once, inside a
transaction that is rolled back, and keeps what the building left: the rows it added to every
table, the files it wrote under MEDIA_ROOT and the emails it sent. A test's `world` then
inserts those rows into the test's own transaction (one statement per table), copies the
files into the test's MEDIA_ROOT and hands back a deep copy of the objects, so every test
still starts from the same, untouched world and rolls it back at its end.

The rows go back with their own primary keys. On SQLite the rolled-back build leaves the key
counters where they were, and inserting explicit keys moves them on; on PostgreSQL the
sequences kept counting past the build (sequences are not transactional), so new rows never
meet the world's keys. Foreign keys are checked at commit on both (Django declares them
deferrable), so the order of the tables does not matter.

Where the replay cannot stand in for the build, a test builds the world as before: a test
outside a transaction (transactional tests: their data is committed and flushed), a build that
changed rows that were there before it (nothing to undo with an insert), and a test whose
database already holds rows under the world's keys (a module's own set-up).
"""

from __future__ import annotations

import copy
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from django.core import mail
from django.db import IntegrityError, connection, transaction
from django.test import override_settings

T = TypeVar("T")

_FAST_HASHING = ["django.contrib.auth.hashers.MD5PasswordHasher"]


class _Unrecordable(Exception):
    """The build changed or removed rows that were there before it."""


def _tables() -> list[str]:
    return sorted(connection.introspection.table_names(include_views=False))


def _rows(table: str) -> list[Any]:
    """Every row of `table`, hashable: JSON text on PostgreSQL (typed back on insert by
    `json_populate_recordset`), plain tuples of SQLite's own values elsewhere."""
    name = connection.ops.quote_name(table)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"SELECT row_to_json(t)::text FROM {name} AS t")  # noqa: S608
            return [row[0] for row in cursor.fetchall()]
        cursor.execute(f"SELECT * FROM {name}")  # noqa: S608 (the database's own names)
        return [tuple(row) for row in cursor.fetchall()]


def _snapshot() -> dict[str, list[Any]]:
    return {table: _rows(table) for table in _tables()}


def _added(before: dict[str, list[Any]], after: dict[str, list[Any]]) -> dict[str, list[Any]]:
    added: dict[str, list[Any]] = {}
    for table, rows in after.items():
        earlier = set(before.get(table, ()))
        if not earlier <= set(rows):
            raise _Unrecordable(table)
        new = [row for row in rows if row not in earlier]
        if new:
            added[table] = new
    return added


def _insert(table: str, rows: list[Any]) -> None:
    name = connection.ops.quote_name(table)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                f"INSERT INTO {name} SELECT * FROM json_populate_recordset(NULL::{name}, %s)",  # noqa: S608
                ["[" + ",".join(rows) + "]"],
            )
            return
        marks = ", ".join(["%s"] * len(rows[0]))
        cursor.executemany(f"INSERT INTO {name} VALUES ({marks})", rows)  # noqa: S608


@dataclass
class Recording(Generic[T]):
    """What one build left behind, to be put back into a test."""

    value: T
    rows: dict[str, list[Any]]
    media: Path
    outbox: list[Any]

    def replay(self, media_root: str | Path) -> T:
        """The world in this test's transaction, as if built here; IntegrityError (and
        nothing inserted) when the database already holds rows under the world's keys."""
        with transaction.atomic():  # a savepoint: a clash undoes the replay alone
            for table, rows in self.rows.items():
                _insert(table, rows)
        if any(self.media.iterdir()):
            shutil.copytree(self.media, media_root, dirs_exist_ok=True)
        mail.outbox.extend(copy.deepcopy(self.outbox))
        return copy.deepcopy(self.value)


def record(build: Callable[[], T], media: Path) -> Recording[T] | None:
    """Build once in a transaction that is rolled back and keep what the build left; None
    when the build cannot be replayed by inserts (it changed earlier rows)."""
    outbox = getattr(mail, "outbox", None)
    sent = len(outbox) if outbox is not None else 0
    with (
        override_settings(PASSWORD_HASHERS=_FAST_HASHING, MEDIA_ROOT=str(media)),
        transaction.atomic(),
    ):
        before = _snapshot()
        value = build()
        try:
            rows = _added(before, _snapshot())
        except _Unrecordable:
            rows = None
        emails = list(outbox[sent:]) if outbox is not None else []
        transaction.set_rollback(True)
    if outbox is not None:
        del outbox[sent:]
    if rows is None:
        return None
    return Recording(value=value, rows=rows, media=media, outbox=emails)


def world_for_test(
    recording: Recording[T] | None, build: Callable[[], T], media_root: str | Path
) -> T:
    """The recorded world put back, or a fresh build where a replay cannot stand in."""
    if recording is None or not connection.in_atomic_block:
        return build()
    try:
        return recording.replay(media_root)
    except IntegrityError:
        return build()


__all__ = ["Recording", "record", "world_for_test"]
