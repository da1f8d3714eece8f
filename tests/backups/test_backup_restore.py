"""`collaboratory backup` and `restore` round-trip a real database: seed, back up, damage,
restore, and the damage is gone. Runs on SQLite, and on PostgreSQL when DATABASE_URL is set
(in a scratch database beside the test database)."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import dj_database_url
import pytest
from django.db import connection

from tests.commitments.servers import copy_test_database

CLI = [sys.executable, "-m", "collaboratory.cli"]


@pytest.fixture
def scratch_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A migrated, empty database of the test's own, a copy of the worker's test database (a
    migrate in a fresh process takes 15-20 s on SQLite and over a minute on PostgreSQL): a
    copy of the file on SQLite, on PostgreSQL a scratch database made from it as a template
    (as Django's parallel test runner clones its databases)."""
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env["COLLABORATORY_DATA_DIR"] = str(tmp_path)
    url = os.environ.get("DATABASE_URL")
    if not url:
        env.pop("DATABASE_URL", None)
        copy_test_database(connection.settings_dict, tmp_path)
        yield env
        return
    import psycopg

    config = dj_database_url.parse(url)
    name = f"collab_backup_{uuid.uuid4().hex[:8]}"
    admin = psycopg.connect(
        host=config["HOST"],
        port=config["PORT"] or 5432,
        user=config["USER"],
        password=config["PASSWORD"],
        dbname=config["NAME"],
        autocommit=True,
    )
    # A template may have no other session: this worker's own connection closes first.
    connection.close()
    admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{connection.settings_dict["NAME"]}"')
    env["DATABASE_URL"] = url.rsplit("/", 1)[0] + "/" + name
    try:
        yield env
    finally:
        admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        admin.close()


def cli(env: dict[str, str], *args: str, stdin: str | None = None) -> str:
    result = subprocess.run(
        [*CLI, *args], env=env, capture_output=True, text=True, input=stdin, timeout=300
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def member_count(env: dict[str, str]) -> int:
    code = (
        "from collaboratory.cli import _setup_django; _setup_django();"
        "from collaboratory.people.models import User; print(User.objects.count())"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return int(result.stdout.strip())


@pytest.mark.slow(40)
@pytest.mark.django_db(transaction=True)  # on SQLite, its migrated empty database is copied
def test_backup_refuses_a_missing_file_then_restores_the_round_trip(
    scratch_env: dict[str, str], tmp_path: Path
) -> None:
    cli(scratch_env, "seed_demo", "--members", "30", "--youth", "5")
    before = member_count(scratch_env)
    backup = tmp_path / "snapshot.backup"

    printed = cli(scratch_env, "backup", str(backup))
    cli(
        scratch_env,
        "shell",
        "-c",
        "from collaboratory.people.models import User;"
        "User.objects.filter(email__endswith='@members.example.org').delete()",
    )
    damaged = member_count(scratch_env)
    # A mistyped path is refused and changes nothing: the damage is still there.
    missing = subprocess.run(
        [*CLI, "restore", str(tmp_path / "nope.backup"), "--yes"],
        env=scratch_env,
        capture_output=True,
        text=True,
    )
    after_refusal = member_count(scratch_env)
    cli(scratch_env, "restore", str(backup), "--yes")

    assert printed.startswith(f"Backup written to {backup}")
    assert damaged < before
    assert (missing.returncode, after_refusal) == (1, damaged)
    assert "No backup at" in missing.stderr
    assert member_count(scratch_env) == before
