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

CLI = [sys.executable, "-m", "collaboratory.cli"]


@pytest.fixture
def scratch_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env["COLLABORATORY_DATA_DIR"] = str(tmp_path)
    url = os.environ.get("DATABASE_URL")
    if not url:
        env.pop("DATABASE_URL", None)
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
    admin.execute(f'CREATE DATABASE "{name}"')
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


@pytest.mark.slow(50)
def test_backup_and_restore_round_trip(scratch_env: dict[str, str], tmp_path: Path) -> None:
    cli(scratch_env, "migrate", "-v", "0")
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
    cli(scratch_env, "restore", str(backup), "--yes")

    assert printed.startswith(f"Backup written to {backup}")
    assert damaged < before
    assert member_count(scratch_env) == before


@pytest.mark.slow(30)
def test_restore_refuses_a_missing_file_and_changes_nothing(
    scratch_env: dict[str, str], tmp_path: Path
) -> None:
    cli(scratch_env, "migrate", "-v", "0")
    cli(scratch_env, "seed_demo", "--members", "12", "--youth", "2")
    before = member_count(scratch_env)

    result = subprocess.run(
        [*CLI, "restore", str(tmp_path / "nope.backup"), "--yes"],
        env=scratch_env,
        capture_output=True,
        text=True,
    )

    assert result.returncode == 1
    assert "No backup at" in result.stderr
    assert member_count(scratch_env) == before
