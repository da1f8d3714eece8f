"""Events cross processes through the broker (PostgreSQL LISTEN/NOTIFY, or Redis pub/sub).

The end-to-end test starts two real uvicorn processes on the test database with
`COLLABORATORY_LIVE_BROKER=postgres` and the table watcher slowed to one look a minute, so
only the broker can carry a commitment posted to process A to a listener of process B in
time. It runs on PostgreSQL only (CI's second pass); the payload tests run everywhere.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from django.db import connection, transaction
from django.urls import reverse
from django_scopes import scopes_disabled
from pytest_django.fixtures import Settings

from collaboratory.commitments.live import broker
from collaboratory.commitments.live.broadcaster import Message
from collaboratory.commitments.live.selectors import live_message
from collaboratory.commitments.models import Commitment, LiveEvent
from tests.commitments.conftest import FIRM, Room
from tests.commitments.servers import (
    RedisServer,
    Server,
    SseListener,
    database_url,
    free_port,
    post_json,
    session_cookie,
)

ON_POSTGRES = connection.vendor == "postgresql"


def test_a_small_message_travels_whole_in_the_notification() -> None:
    message = Message(7, 3, "commitment.created", json.dumps({"what": "Hall on May 9 ✓"}))

    payload = broker.encode(message)

    assert broker.decode(payload) == message


def test_a_message_too_big_for_notify_travels_as_its_address_and_is_read_back(
    room: Room,
) -> None:
    room.commit()
    with scopes_disabled():
        stored = live_message(LiveEvent.objects.get())
    oversized = Message(stored.gathering_id, stored.event_id, stored.kind, "x" * 9000)

    payload = broker.encode(oversized)

    assert json.loads(payload) == {"g": stored.gathering_id, "e": 1}
    assert broker.decode(payload) == stored


def test_a_notification_that_is_not_ours_is_ignored(db: None) -> None:
    assert [broker.decode(p) for p in ("", "[]", '{"g": "x"}', "not json")] == [None] * 4


def test_without_a_broker_the_watcher_polls_often_and_nothing_is_notified(
    settings: Settings,
) -> None:
    settings.LIVE_BROKER = ""
    settings.LIVE_POLL_SECONDS = None

    assert (broker.configured(), broker.watch_seconds()) == ("", broker.POLL_WITHOUT_BROKER)


@pytest.fixture
def two_servers(room: Room) -> Iterator[tuple[Server, Server]]:
    env = {
        **os.environ,
        "DATABASE_URL": database_url(connection.settings_dict),
        "COLLABORATORY_LIVE_BROKER": "postgres",
        # One look at the table a minute: an event arriving within seconds came by the broker.
        "COLLABORATORY_LIVE_POLL_SECONDS": "60",
        "COLLABORATORY_DEBUG": "false",
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    first = Server("uvicorn", env)
    second = Server("uvicorn", env)
    try:
        first.start()
        second.start()
        yield first, second
    finally:
        first.stop()
        second.stop()


@pytest.mark.skipif(not ON_POSTGRES, reason="the broker is PostgreSQL LISTEN/NOTIFY")
@pytest.mark.django_db(transaction=True)
@pytest.mark.browser  # real server processes: runs with the slower tests
def test_a_commitment_posted_to_one_process_reaches_a_listener_of_another(
    room: Room, two_servers: tuple[Server, Server]
) -> None:
    poster_process, listener_process = two_servers
    world = room.world
    gathering = world.gatherings["alpha"]
    kwargs = {"network_slug": world.alpha.slug, "gathering_id": gathering.pk}
    with scopes_disabled():
        presenter_cookie = session_cookie(room.presenter)
        dana_cookie = session_cookie(room.dana)
    listener = SseListener(
        listener_process.port, reverse("live:events", kwargs=kwargs), presenter_cookie
    )
    try:
        listener.wait_for(b"retry: ", timeout=20)  # sent once process B listens
        key = str(uuid.uuid4())
        sent = time.monotonic()
        status = post_json(
            poster_process.base,
            reverse("live:submit", kwargs=kwargs),
            dana_cookie,
            room.phone_body(key),
        )
        event_id = listener.wait_for(b"id: ", timeout=10)
        data = listener.wait_for(b"data: ", timeout=1)
        elapsed = time.monotonic() - sent
    finally:
        listener.close()

    with scopes_disabled():
        stored = Commitment.objects.get(idempotency_key=key)
    assert status == 201
    assert event_id == b"id: 1"
    assert json.loads(data[len(b"data: ") :])["commitment"] == stored.pk
    assert elapsed < 5.0, f"took {elapsed:.2f} s: the table watcher would take up to 60 s"


@pytest.mark.skipif(not ON_POSTGRES, reason="the broker is PostgreSQL LISTEN/NOTIFY")
@pytest.mark.django_db(transaction=True)
def test_only_committed_events_are_notified(room: Room, settings: Settings) -> None:
    """pg_notify is sent with the transaction: a rolled-back commitment is never heard of."""
    settings.LIVE_BROKER = "postgres"
    import psycopg

    params = connection.get_connection_params()
    for name in ("cursor_factory", "context", "prepare_threshold"):
        params.pop(name, None)
    with psycopg.connect(**params, autocommit=True) as listening:
        listening.execute(f"LISTEN {broker.CHANNEL}")

        class Abandon(Exception):
            pass

        def commit_then_roll_back() -> None:
            with transaction.atomic():
                room.commit(what="I will host you on May 3 for 40 people")
                raise Abandon

        with pytest.raises(Abandon):
            commit_then_roll_back()
        room.commit()
        heard = [n.payload for n in listening.notifies(timeout=2, stop_after=2)]

    assert [broker.decode(p).event_id for p in heard] == [1]  # type: ignore[union-attr]
    assert FIRM in heard[0]


@pytest.mark.skipif(not ON_POSTGRES, reason="the broker is PostgreSQL LISTEN/NOTIFY")
@pytest.mark.django_db(transaction=True)
def test_the_listener_reconnects_after_its_connection_is_killed(
    room: Room, settings: Settings
) -> None:
    settings.LIVE_BROKER = "postgres"
    listener = broker.Listener(check_seconds=0.2)
    try:
        assert listener.ensure_started() is True
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE application_name = 'collaboratory-live-listener'"
                " AND datname = current_database()"
            )
        deadline = time.monotonic() + 10
        while listener.connections < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert listener.listening.wait(5) is True

        room.commit()
        while listener.received < 1 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        listener.stop()

    assert (listener.connections, listener.received) == (2, 1)


# --- Redis pub/sub: the same contract on a throwaway redis-server (any database) -----------


@pytest.fixture
def redis_broker(settings: Settings) -> Iterator[str]:
    if not RedisServer.available:
        pytest.skip("redis-server is not installed (CI installs it)")
    server = RedisServer().start()
    settings.LIVE_BROKER = "redis"
    settings.LIVE_BROKER_URL = server.url
    broker._publisher = None  # the process's publishing client, for this server
    try:
        yield server.url
    finally:
        broker._publisher = None
        server.stop()


def _heard(subscription: Any, count: int, timeout: float = 3.0) -> list[str]:
    payloads: list[str] = []
    deadline = time.monotonic() + timeout
    while len(payloads) < count and time.monotonic() < deadline:
        item = subscription.get_message(timeout=0.2)
        if item is not None and item["type"] == "message":
            payloads.append(item["data"].decode())
    return payloads


@pytest.mark.django_db(transaction=True)
def test_redis_hears_only_committed_events_and_after_the_commit(
    room: Room, redis_broker: str
) -> None:
    client = broker.redis_client()
    subscription = client.pubsub(ignore_subscribe_messages=True)
    subscription.subscribe(broker.CHANNEL)

    class Abandon(Exception):
        pass

    def commit_then_roll_back() -> None:
        with transaction.atomic():
            room.commit(what="I will host you on May 3 for 40 people")
            raise Abandon

    with pytest.raises(Abandon):
        commit_then_roll_back()
    with transaction.atomic():
        room.commit()
        before_commit = _heard(subscription, 1, timeout=0.5)
    heard = _heard(subscription, 1)
    subscription.close()

    assert broker.configured() == "redis"
    assert before_commit == []
    assert [broker.decode(p).event_id for p in heard] == [1]  # type: ignore[union-attr]
    assert FIRM in heard[0]


@pytest.mark.django_db(transaction=True)
def test_the_redis_listener_delivers_and_reconnects_after_redis_drops_it(
    room: Room, redis_broker: str
) -> None:
    listener = broker.Listener(check_seconds=0.2)
    try:
        assert listener.ensure_started() is True
        broker.redis_client().client_kill_filter(_type="pubsub")
        deadline = time.monotonic() + 10
        while listener.connections < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert listener.listening.wait(5) is True

        room.commit()
        while listener.received < 1 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        listener.stop()

    assert (listener.connections, listener.received) == (2, 1)


@pytest.mark.django_db(transaction=True)
def test_a_commitment_stands_when_redis_is_down(room: Room, settings: Settings) -> None:
    """Publishing is best effort: the event row is the truth, and watchers read it."""
    settings.LIVE_BROKER = "redis"
    settings.LIVE_BROKER_URL = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there
    broker._publisher = None
    try:
        room.commit()
    finally:
        broker._publisher = None

    with scopes_disabled():
        assert LiveEvent.objects.count() == 1
        assert Commitment.objects.count() == 1
