"""Several processes on PostgreSQL: two `collaboratory serve` processes and two `collaboratory
worker`s on loopback, sharing one database, one cache and one broker, as a deployment runs
them (docs/operations.md, "Several processes").

One test per variant walks what must hold across processes: a session made on app A works
on app B; failed logins are counted across both; a gathering page cached by A shows a write
made through B at once; a commitment posted to A reaches a live listener of B by the broker
(the table watcher is slowed to once a minute); and the periodic tasks are enqueued and run
exactly once although both workers' schedulers look at the clock. Variants: the database
cache with PostgreSQL LISTEN/NOTIFY, and Redis for both (skipped when `redis-server` is not
installed; CI installs it). PostgreSQL only: CI's second pass runs it.
"""

from __future__ import annotations

import http.client
import os
import secrets
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection
from django.urls import reverse
from django_scopes import scopes_disabled
from django_tasks_db.models import DBTaskResult

from collaboratory.commitments.models import Commitment
from collaboratory.periodic.models import PeriodicRun
from collaboratory.periodic.registry import registered
from tests.commitments.conftest import FIRM, Room, next_month, room  # noqa: F401 (fixture)
from tests.commitments.servers import (
    CLI,
    CSRF_ALPHABET,
    RedisServer,
    Server,
    SseListener,
    database_url,
    post_json,
    session_cookie,
)

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL deployment"),
    pytest.mark.multiprocess,
    pytest.mark.django_db(transaction=True),
]
PASSWORD = "a long enough test password 7"


@dataclass
class Deployment:
    a: Server
    b: Server
    workers: list[subprocess.Popen[bytes]]


@pytest.fixture(params=["postgres", "redis"])
def deployment(request: pytest.FixtureRequest, room: Room, tmp_path: Path) -> Iterator[Deployment]:  # noqa: F811
    env = {
        **os.environ,
        "DATABASE_URL": database_url(connection.settings_dict),
        "COLLABORATORY_DEBUG": "false",
        # Only the broker can bring an event to the other process within seconds.
        "COLLABORATORY_LIVE_POLL_SECONDS": "60",
        # Three failures per account and address in five minutes; the address limit is out
        # of the way (every request comes from 127.0.0.1).
        "COLLABORATORY_LOGIN_FAILED_LIMIT": "1000/m/ip,3/300s/key",
        "COLLABORATORY_LIVE_BROKER": request.param,
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    redis_server = None
    if request.param == "redis":
        if not RedisServer.available:
            pytest.skip("redis-server is not installed (CI installs it)")
        redis_server = RedisServer().start()
        env["COLLABORATORY_CACHE_URL"] = redis_server.url
    servers = [Server("serve", env, log=tmp_path / f"app-{n}.log") for n in "ab"]
    workers: list[subprocess.Popen[bytes]] = []
    try:
        # Both workers first: their schedulers race for the same periods.
        for n in "12":
            with (tmp_path / f"worker-{n}.log").open("ab") as log:
                workers.append(
                    subprocess.Popen(
                        [*CLI, "worker", "--worker-id", f"worker-{n}"],
                        env=env,
                        stdout=log,
                        stderr=subprocess.STDOUT,
                        start_new_session=True,
                    )
                )
        for server in servers:
            server.start(timeout=60)
        yield Deployment(servers[0], servers[1], workers)
    finally:
        for server in servers:
            server.stop()
        for worker in workers:
            worker.terminate()
        for worker in workers:
            try:
                worker.wait(timeout=15)
            except subprocess.TimeoutExpired:
                worker.kill()
        if redis_server is not None:
            redis_server.stop()


def _request(
    server: Server, method: str, path: str, cookie: str = "", form: dict[str, str] | None = None
) -> tuple[int, dict[str, str], str]:
    """One request, redirects not followed: status, headers (lower-case names), body. A form
    goes with a fresh CSRF pair (an unmasked secret in the cookie and the field)."""
    headers = {"Host": "127.0.0.1", "Cookie": cookie}
    body = None
    if form is not None:
        csrf = "".join(secrets.choice(CSRF_ALPHABET) for _ in range(32))
        headers["Cookie"] = f"{cookie}; csrftoken={csrf}".lstrip("; ")
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        body = urlencode({**form, "csrfmiddlewaretoken": csrf})
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=20)
    try:
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        return (
            response.status,
            {k.lower(): v for k, v in response.getheaders()},
            response.read().decode(),
        )
    finally:
        conn.close()


def _log_in(server: Server, email: str, password: str) -> tuple[int, str, str]:
    """Email and password on the login page: status, the session cookie set (or ""), body."""
    status, headers, body = _request(
        server, "POST", reverse("account_login"), form={"login": email, "password": password}
    )
    cookie = headers.get("set-cookie", "")
    sessionid = next(
        (part.strip() for part in cookie.split(";") if part.strip().startswith("sessionid=")),
        "",
    )
    return status, sessionid, body


def test_sessions_limits_caches_events_and_periodic_tasks_hold_across_processes(
    room: Room,  # noqa: F811
    deployment: Deployment,
) -> None:
    a, b = deployment.a, deployment.b
    world = room.world
    gathering = world.gatherings["alpha"]
    with scopes_disabled():
        for user in (room.dana, room.facilitator):
            # The servers' hasher (the test settings' MD5 is not among theirs), with few
            # iterations: the hash names them, so the servers check it as it is.
            hasher = PBKDF2PasswordHasher()
            user.password = hasher.encode(PASSWORD, hasher.salt(), iterations=1000)
            user.save(update_fields=["password"])
        presenter_cookie = session_cookie(room.presenter)

    # Sessions: signed in on A, recognised on B.
    status, dana, _body = _log_in(a, room.dana.email, PASSWORD)
    assert (status, dana.startswith("sessionid=")) == (302, True)
    page = reverse(
        "gatherings:detail", kwargs={"network_slug": world.alpha.slug, "pk": gathering.pk}
    )
    assert _request(b, "GET", page)[0] == 302  # to the login page, without the session
    assert _request(b, "GET", page, dana)[0] == 200

    # Rate limits: three failures, spread over both, hold the right password back on either.
    for server in (a, b, a):
        status, cookie, body = _log_in(server, room.facilitator.email, "wrong password")
        assert (status, cookie) == (200, "")
    status, cookie, body = _log_in(b, room.facilitator.email, PASSWORD)
    assert (status, cookie) == (200, "")
    assert "Too many failed login attempts" in body

    # Caches: A caches Dana's page; her answer sent through B shows on A's next view.
    for _ in range(2):
        status, _headers, cached = _request(a, "GET", page, dana)
        assert "Your answer: Maybe" not in cached
    status, _headers, _body = _request(b, "POST", page, dana, {"action": "rsvp", "answer": "maybe"})
    assert status == 302
    status, _headers, fresh = _request(a, "GET", page, dana)
    assert (status, "Your answer: Maybe" in fresh) == (200, True)

    # Live events: a commitment saved through A reaches a listener of B by the broker.
    kwargs = {"network_slug": world.alpha.slug, "gathering_id": gathering.pk}
    listener = SseListener(b.port, reverse("live:events", kwargs=kwargs), presenter_cookie)
    try:
        listener.wait_for(b"retry: ", timeout=20)  # sent once B's broker connection listens
        key = str(uuid.uuid4())
        sent = time.monotonic()
        status = post_json(
            a.base,
            reverse("live:submit", kwargs=kwargs),
            dana,
            room.phone_body(key),
        )
        assert status == 201
        assert listener.wait_for(b"id: ", timeout=10) == b"id: 1"
        elapsed = time.monotonic() - sent
    finally:
        listener.close()
    with scopes_disabled():
        assert Commitment.objects.filter(idempotency_key=key).count() == 1
    assert elapsed < 5.0, f"took {elapsed:.2f} s: the table watcher would take up to 60 s"

    # Periodic tasks: both schedulers ran at start; each period is enqueued once, and each
    # enqueued task is claimed and run by exactly one worker.
    names = {item.name for item in registered()}
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        runs = set(PeriodicRun.objects.values_list("name", flat=True))
        pending = DBTaskResult.objects.filter(task_path__in=names).exclude(
            status__in=["SUCCESSFUL", "FAILED"]
        )
        if runs >= names and not pending.exists():
            break
        time.sleep(0.2)
    for name in names:
        periods = PeriodicRun.objects.filter(name=name).count()
        results = list(DBTaskResult.objects.filter(task_path=name))
        assert periods >= 1, name
        assert len(results) == periods, name
        assert all(len(result.worker_ids) == 1 for result in results), name
    assert all(worker.poll() is None for worker in deployment.workers)
    assert settings.DATABASES["default"]["ENGINE"].endswith("postgresql")
