"""`collaboratory serve` pushes live events on the port that serves the pages (issue #20).

Real server processes on a copy of the test database (SQLite) or on it (PostgreSQL), real
HTTP: a page and the event stream from one port, a commitment posted through the phone's
endpoint reaching the open stream, SIGTERM ending open streams at once so a restart does not
wait on them, and two servers without a broker waking each other within a second while
their table poll is slowed to once a minute (only the wake-up datagram can carry it).
"""

from __future__ import annotations

import http.client
import json
import os
import sqlite3
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.db import connection
from django.urls import reverse
from django_scopes import scopes_disabled

from collaboratory.commitments.models import Commitment
from tests.commitments.conftest import Room
from tests.commitments.servers import (
    Server,
    SseListener,
    database_url,
    post_json,
    session_cookie,
)
from tests.commitments.test_submit import fields

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.browser,  # real server processes: runs with the slower tests
]


@pytest.fixture
def env(room: Room, cookies: tuple[str, str], tmp_path: Path) -> dict[str, str]:
    """The servers' environment, on the room's committed data and sessions; the table poll
    slowed to once a minute, so an event that arrives within seconds was pushed."""
    environment = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment.update(
        COLLABORATORY_DATA_DIR=str(tmp_path),
        COLLABORATORY_LIVE_POLL_SECONDS="60",
        COLLABORATORY_LIVE_BROKER="",
        COLLABORATORY_LOG_LEVEL="WARNING",
        COLLABORATORY_DEBUG="false",
    )
    if connection.vendor == "postgresql":
        environment["DATABASE_URL"] = database_url(connection.settings_dict)
    else:
        environment.pop("DATABASE_URL", None)
        source = sqlite3.connect(connection.settings_dict["NAME"])
        target = sqlite3.connect(tmp_path / "collaboratory.sqlite3")
        source.backup(target)
        source.close()
        target.close()
    return environment


@pytest.fixture
def cookies(room: Room) -> tuple[str, str]:
    """The presenter (listening) and Dana (committing from her phone), signed in."""
    with scopes_disabled():
        return session_cookie(room.presenter), session_cookie(room.dana)


def paths(room: Room) -> dict[str, str]:
    gathering = room.world.gatherings["alpha"]
    kwargs = {"network_slug": room.world.alpha.slug, "gathering_id": gathering.pk}
    return {
        "board": reverse("live:board", kwargs=kwargs),
        "events": reverse("live:events", kwargs=kwargs),
        "submit": reverse("live:submit", kwargs=kwargs),
    }


def commit(base: str, room: Room, cookie: str) -> tuple[int, str]:
    """Dana's firm commitment, posted as her phone posts it; the status and its key."""
    body = fields(room)
    return post_json(base, paths(room)["submit"], cookie, body), body["idempotency_key"]


def get(port: int, path: str, cookie: str) -> tuple[int, str, str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", path, headers={"Cookie": cookie})
    response = conn.getresponse()
    body = response.read().decode()
    conn.close()
    return response.status, response.getheader("Content-Type", ""), body


def stored_pk(env: dict[str, str], key: str) -> int | None:
    """The id of the commitment stored under `key` in the servers' database."""
    if connection.vendor == "postgresql":
        with scopes_disabled():
            return Commitment.objects.values_list("pk", flat=True).get(idempotency_key=key)
    with sqlite3.connect(Path(env["COLLABORATORY_DATA_DIR"]) / "collaboratory.sqlite3") as db:
        row = db.execute(
            "SELECT id FROM commitments_commitment WHERE idempotency_key = ?", [uuid.UUID(key).hex]
        ).fetchone()
    return int(row[0]) if row else None


@pytest.fixture
def serve(env: dict[str, str], tmp_path: Path) -> Iterator[Server]:
    server = Server("serve", env, workers=2, log=tmp_path / "serve.log").start()
    try:
        yield server
    finally:
        server.stop()


def test_one_port_serves_pages_and_pushes_a_commitment_to_an_open_stream(
    room: Room, env: dict[str, str], serve: Server, cookies: tuple[str, str]
) -> None:
    presenter, dana = cookies
    status, content_type, html = get(serve.port, paths(room)["board"], presenter)
    assert (status, content_type.split(";")[0]) == (200, "text/html")
    assert f'data-live-stream="{paths(room)["events"]}"' in html

    listener = SseListener(serve.port, paths(room)["events"], presenter)
    try:
        # A true stream says "come back in 2 s after a drop"; a page server's short poll
        # would say 1 s and end.
        assert listener.wait_for(b"retry: ", timeout=20) == b"retry: 2000"
        sent = time.monotonic()
        status, key = commit(serve.base, room, dana)
        event_id = listener.wait_for(b"id: ", timeout=10)
        data = listener.wait_for(b"data: ", timeout=1)
        elapsed = time.monotonic() - sent

        # Stopping the server ends the open stream at once, not after the graceful timeout.
        stopping = time.monotonic()
        serve.stop(timeout=30)
        stopped = time.monotonic() - stopping
        with pytest.raises(ConnectionError):
            listener.wait_for(b"never", timeout=1)
    finally:
        listener.close()

    assert (status, event_id) == (201, b"id: 1")
    assert json.loads(data[len(b"data: ") :])["commitment"] == stored_pk(env, key)
    assert serve.log is not None
    assert "Traceback" not in serve.log.read_text(), serve.log.read_text()[-3000:]
    assert elapsed < 5.0, f"took {elapsed:.2f} s: only the minute's poll would take that long"
    assert stopped < 5.0, f"stopping took {stopped:.1f} s: the open stream held the server"


def test_a_commitment_saved_by_another_process_wakes_the_listening_one(
    room: Room, env: dict[str, str], cookies: tuple[str, str]
) -> None:
    presenter, dana = cookies
    poster, holder = Server("serve", env), Server("serve", env)
    try:
        poster.start()
        holder.start()
        listener = SseListener(holder.port, paths(room)["events"], presenter)
        try:
            listener.wait_for(b"retry: ", timeout=20)
            sent = time.monotonic()
            status, _key = commit(poster.base, room, dana)
            event_id = listener.wait_for(b"id: ", timeout=10)
            elapsed = time.monotonic() - sent
        finally:
            listener.close()
    finally:
        poster.stop()
        holder.stop()

    assert (status, event_id) == (201, b"id: 1")
    assert elapsed < 5.0, f"took {elapsed:.2f} s: the table poll (once a minute) carried it"
