"""The embedded database is configured for durability: WAL, synchronous=FULL, immediate
transactions for writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.db.backends.sqlite3.base import DatabaseWrapper

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
