"""The embedded database is configured for durability: WAL, synchronous=FULL, immediate
transactions for writes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.db.backends.sqlite3.base import DatabaseWrapper

from collaboratory.config import sqlite as sqlite_connection

pytestmark = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="SQLite settings apply only to the embedded default"
)


@pytest.fixture
def file_connection(tmp_path: Path, db: None):  # type: ignore[no-untyped-def]
    """A connection built from the project's own settings, on a file (tests use memory)."""
    config = {**settings.DATABASES["default"], "NAME": str(tmp_path / "durable.sqlite3")}
    wrapper = DatabaseWrapper(config, alias="durability-probe")
    wrapper.ensure_connection()
    yield wrapper
    wrapper.close()


def pragma(wrapper: DatabaseWrapper, name: str) -> object:
    with wrapper.cursor() as cursor:
        cursor.execute(f"PRAGMA {name}")
        return cursor.fetchone()[0]


def test_sqlite_uses_write_ahead_logging(file_connection: DatabaseWrapper) -> None:
    assert pragma(file_connection, "journal_mode") == "wal"


def test_sqlite_syncs_fully_on_commit(file_connection: DatabaseWrapper) -> None:
    assert pragma(file_connection, "synchronous") == 2  # FULL


def test_sqlite_enforces_foreign_keys(file_connection: DatabaseWrapper) -> None:
    assert pragma(file_connection, "foreign_keys") == 1


def test_sqlite_writes_take_the_lock_at_begin(file_connection: DatabaseWrapper) -> None:
    """Two writers queue on BEGIN IMMEDIATE instead of failing half-way through."""
    assert file_connection.transaction_mode == "IMMEDIATE"


def test_sqlite_connections_are_the_projects_own_class(file_connection: DatabaseWrapper) -> None:
    """The factory in OPTIONS is what lets the task worker pause after each commit."""
    assert isinstance(file_connection.connection, sqlite_connection.Connection)


def test_a_pause_after_commit_comes_after_the_write_is_durable(
    file_connection: DatabaseWrapper, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pause (set by `collaboratory worker`) holds no lock: while the worker sleeps, another
    connection already reads the committed row and can take the write lock."""
    seen_during_pause: list[object] = []

    def sleep_and_look(seconds: float) -> None:
        other = sqlite3.connect(tmp_path / "durable.sqlite3", timeout=0)
        try:
            seen_during_pause.append(seconds)
            seen_during_pause.append(other.execute("SELECT note FROM probe").fetchone()[0])
            other.execute("BEGIN IMMEDIATE")  # fails with "database is locked" if still held
            other.execute("INSERT INTO probe (note) VALUES ('page write')")
            other.commit()
        finally:
            other.close()

    monkeypatch.setattr(sqlite_connection, "pause_after_commit", 0.002)
    monkeypatch.setattr(sqlite_connection.time, "sleep", sleep_and_look)
    with file_connection.cursor() as cursor:
        cursor.execute("CREATE TABLE probe (note TEXT)")
    file_connection.set_autocommit(False)
    with file_connection.cursor() as cursor:
        cursor.execute("INSERT INTO probe (note) VALUES ('worker write')")
    file_connection.commit()
    file_connection.set_autocommit(True)

    assert seen_during_pause == [0.002, "worker write"]
    with file_connection.cursor() as cursor:
        cursor.execute("SELECT note FROM probe ORDER BY rowid")
        assert [row[0] for row in cursor.fetchall()] == ["worker write", "page write"]


def test_outside_the_worker_a_commit_does_not_pause(
    file_connection: DatabaseWrapper, monkeypatch: pytest.MonkeyPatch
) -> None:
    slept: list[float] = []
    monkeypatch.setattr(sqlite_connection.time, "sleep", slept.append)
    file_connection.set_autocommit(False)
    with file_connection.cursor() as cursor:
        cursor.execute("CREATE TABLE probe (note TEXT)")
    file_connection.commit()
    file_connection.set_autocommit(True)
    assert sqlite_connection.pause_after_commit == 0.0
    assert slept == []
