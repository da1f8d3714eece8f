"""The README's first command: `collaboratory demo` seeds once, prints the logins and serves."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

CLI = [sys.executable, "-m", "collaboratory.cli"]

pytestmark = pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")), reason="the demo runs on the embedded SQLite default"
)


def sqlite_env(tmp_path: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env["COLLABORATORY_DATA_DIR"] = str(tmp_path)
    return env


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.slow(60)
def test_demo_seeds_once_prints_the_logins_and_serves_the_network(tmp_path: Path) -> None:
    """One data dir for the two runs: seeding is most of the cost, and the second run is
    what the README's first command does on a machine where the demo was seeded before (it
    says so, seeds nothing and serves; a third run that only re-checked the seeding cost
    CI 8 s and told nothing the serving run does not)."""
    env = sqlite_env(tmp_path)

    first = subprocess.run([*CLI, "demo", "--no-serve"], env=env, capture_output=True, text=True)

    assert first.returncode == 0, first.stderr
    assert "Seeded 120 adult members, 20 youth members" in first.stdout
    assert "  member          member@example.org" in first.stdout
    assert "password for all: collaborate-together" in first.stdout
    assert (tmp_path / "collaboratory.sqlite3").exists()

    port = free_port()
    server = subprocess.Popen(
        [*CLI, "demo", "--bind", f"127.0.0.1:{port}", "--workers", "1"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        body = ""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                    body = r.read().decode()
                    break
            except OSError:
                time.sleep(0.3)
    finally:
        server.terminate()
        output = server.communicate(timeout=30)[0]

    assert body == '{"status": "ok"}'
    assert f"Collaboratory demo: http://127.0.0.1:{port}/" in output
    assert "already seeded" in output
    assert "Seeded" not in output
