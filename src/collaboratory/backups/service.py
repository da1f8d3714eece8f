"""Consistent backups of the live database, and restores.

SQLite: the online backup API copies a consistent snapshot while the server keeps serving
(readers and the writer are not stopped), then the copy is checked with `PRAGMA
integrity_check`. PostgreSQL: `pg_dump --format=custom`, restored with `pg_restore --clean`.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

from django.db import connections


class BackupError(Exception):
    pass


def _settings(alias: str) -> dict[str, Any]:
    return connections[alias].settings_dict


def _pg_env(config: dict[str, Any]) -> tuple[list[str], dict[str, str]]:
    args = [
        "--host",
        str(config.get("HOST") or "localhost"),
        "--port",
        str(config.get("PORT") or 5432),
    ]
    args += ["--username", str(config["USER"]), "--dbname", str(config["NAME"])]
    return args, {**os.environ, "PGPASSWORD": str(config.get("PASSWORD") or "")}


def _program(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise BackupError(f"{name} is not installed (Debian: postgresql-client).")
    return path


def backup_create(*, destination: Path, alias: str = "default") -> Path:
    """Write a backup of the database to `destination` and return its path."""
    config = _settings(alias)
    destination.parent.mkdir(parents=True, exist_ok=True)
    if connections[alias].vendor == "sqlite":
        with sqlite3.connect(config["NAME"]) as source, sqlite3.connect(destination) as target:
            source.backup(target)
            status = target.execute("PRAGMA integrity_check").fetchone()[0]
        if status != "ok":
            raise BackupError(f"The backup failed its integrity check: {status}")
        return destination
    if connections[alias].vendor == "postgresql":
        args, env = _pg_env(config)
        subprocess.run(  # noqa: S603  (fixed program, arguments from our own settings)
            [_program("pg_dump"), "--format=custom", f"--file={destination}", *args],
            env=env,
            check=True,
        )
        return destination
    raise BackupError(f"No backup method for {connections[alias].vendor}.")


def backup_restore(*, source: Path, alias: str = "default") -> None:
    """Replace the database's contents with a backup. Stop the server and worker first."""
    if not source.exists():
        raise BackupError(f"No backup at {source}.")
    config = _settings(alias)
    connections[alias].close()
    if connections[alias].vendor == "sqlite":
        with sqlite3.connect(source) as backup:
            status = backup.execute("PRAGMA integrity_check").fetchone()[0]
            if status != "ok":
                raise BackupError(f"The backup is damaged: {status}")
            with sqlite3.connect(config["NAME"]) as target:
                backup.backup(target)
        return
    if connections[alias].vendor == "postgresql":
        args, env = _pg_env(config)
        subprocess.run(  # noqa: S603  (fixed program, arguments from our own settings)
            [_program("pg_restore"), "--clean", "--if-exists", "--no-owner", *args, str(source)],
            env=env,
            check=True,
        )
        return
    raise BackupError(f"No restore method for {connections[alias].vendor}.")
