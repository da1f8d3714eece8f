"""Real server processes for the live tests and benchmarks: start `collaboratory serve` (or
`serve --sync`, or `serve-live`) on a free port against a given database (and a throwaway
`redis-server` when a test needs one), sign a user in by a session row, and speak plain HTTP
(a JSON POST with the CSRF pair, an SSE GET read line by line).

Shared by `test_broker.py`, `test_durability.py`, `tests/deploy`, the token race, the backup
round trip and `bench/live_durability.py`
and `bench/load.py` (which put the repository root on `sys.path` to import it)."""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import secrets
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

CLI = [sys.executable, "-m", "collaboratory.cli"]
# Django accepts an unmasked 32-character secret in the CSRF cookie and in the header.
CSRF_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def database_url(settings_dict: dict[str, Any]) -> str:
    """A DATABASE_URL for the PostgreSQL database a test runs on (pytest's test database)."""
    return (
        f"postgres://{settings_dict['USER']}:{settings_dict['PASSWORD']}@"
        f"{settings_dict['HOST'] or '127.0.0.1'}:{settings_dict['PORT'] or 5432}/"
        f"{settings_dict['NAME']}"
    )


def copy_test_database(settings_dict: dict[str, Any], data_dir: Path) -> None:
    """Give a server's SQLite data dir the worker's test database, migrated and (in a
    `transaction=True` test) empty: what `migrate` would make, without the 15-20 s a migrate
    of our own takes in a fresh process (several tests start real servers on fresh files)."""
    source = sqlite3.connect(settings_dict["NAME"])
    target = sqlite3.connect(data_dir / "collaboratory.sqlite3")
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()


class Server:
    """One server process group on a port: "serve" (`collaboratory serve`, the default:
    uvicorn workers, pages and streams), "sync" (`serve --sync`, gunicorn's sync workers) or
    "uvicorn" (`serve-live`, streams only)."""

    def __init__(
        self, kind: str, env: dict[str, str], workers: int = 1, log: Path | None = None
    ) -> None:
        self.kind = kind
        self.log = log  # where its output goes (nowhere by default)
        self.env = env
        self.workers = workers
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 30.0) -> Server:
        if self.kind == "uvicorn":
            command = [*CLI, "serve-live", "--port", str(self.port)]
        else:
            command = [*CLI, "serve", "--bind", f"127.0.0.1:{self.port}"]
            command += ["--workers", str(self.workers)]
            command += ["--sync"] if self.kind == "sync" else []
        with contextlib.ExitStack() as files:
            output = files.enter_context(self.log.open("ab")) if self.log else subprocess.DEVNULL
            self.process = subprocess.Popen(
                command,
                env=self.env,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group: a kill takes the workers too
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.base + "/healthz", timeout=2)  # noqa: S310
                return self
            except OSError:
                if self.process.poll() is not None:
                    break
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"{self.kind} did not answer within {timeout} s (or exited)")

    def kill(self) -> None:
        """SIGKILL the whole process group: no cleanup, no finishing the request at hand."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self, timeout: float = 10.0) -> None:
        """SIGTERM the process group, as a supervisor stops it; SIGKILL after `timeout`."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.kill()


class RedisServer:
    """A throwaway `redis-server` on a free loopback port, nothing saved to disk. Tests that
    need one skip when the binary is missing (CI installs Debian's redis-server)."""

    available = shutil.which("redis-server") is not None

    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 10.0) -> RedisServer:
        self.process = subprocess.Popen(
            [
                *("redis-server", "--port", str(self.port), "--bind", "127.0.0.1"),
                *("--save", "", "--appendonly", "no"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock,
            ):
                sock.sendall(b"PING\r\n")
                if sock.recv(16).startswith(b"+PONG"):
                    return self
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"redis-server did not answer within {timeout} s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


def session_cookie(user: Any) -> str:
    """A signed-in session for `user`, saved in the database, as a Cookie header value."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "allauth.account.auth_backends.AuthenticationBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return f"sessionid={session.session_key}"


def post_json(base: str, path: str, cookie: str, body: dict[str, Any], timeout: float = 10) -> int:
    """POST a JSON body as the phone's script does (session and CSRF pair); the status.
    Raises OSError when the connection fails or breaks before an answer."""
    csrf = "".join(secrets.choice(CSRF_ALPHABET) for _ in range(32))
    request = urllib.request.Request(  # noqa: S310
        base + path,
        data=json.dumps(body).encode(),
        method="POST",
        headers={
            "Content-Type": "application/json",
            "Cookie": f"{cookie}; csrftoken={csrf}",
            "X-CSRFToken": csrf,
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            response.read()
            return int(response.status)
    except urllib.error.HTTPError as answer:
        return answer.code
    except http.client.HTTPException as cut:  # the answer broke off half-way: no answer
        raise ConnectionError(str(cut)) from cut


class SseListener:
    """An SSE GET on a plain socket; `frames` collects (id, event, data) as they arrive."""

    def __init__(self, port: int, path: str, cookie: str) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.sock.sendall(
            f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: {cookie}\r\n"
            "Accept: text/event-stream\r\n\r\n".encode()
        )
        self.file = self.sock.makefile("rb")
        status = self.file.readline()
        if b" 200 " not in status:
            raise RuntimeError(f"listener got {status!r}")

    def wait_for(self, prefix: bytes, timeout: float) -> bytes:
        """Read lines until one starts with `prefix`; that line."""
        self.sock.settimeout(timeout)
        while True:
            line = self.file.readline()
            if not line:
                raise ConnectionError("stream ended")
            if line.startswith(prefix):
                return line.rstrip(b"\r\n")

    def close(self) -> None:
        self.file.close()
        self.sock.close()
