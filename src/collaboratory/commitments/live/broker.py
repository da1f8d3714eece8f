"""Live events across processes: PostgreSQL LISTEN/NOTIFY, or Redis pub/sub, feeding each
process's broadcaster.

The product is served by several processes (gunicorn workers save commitments, uvicorn
workers hold the listeners), and the in-process broadcaster reaches only its own process.
With `COLLABORATORY_LIVE_BROKER=postgres` (and PostgreSQL as the database):

- **Publishing.** `notify(message)` runs inside the transaction that records the event
  (`live.events.live_event_record`) and issues `pg_notify`. PostgreSQL delivers a notification
  only when its transaction commits, so a rolled-back commitment is never announced and no
  after-commit step can be lost between commit and publish. The payload is the whole
  message when it fits PostgreSQL's limit (8,000 bytes), else just the gathering and event
  id, and each listening process reads the row.
- **Listening.** One daemon thread per process, started by the first live stream, holds one
  dedicated connection that LISTENs and hands every notification to `broadcaster.publish`.
  It reconnects after an error; while it is down, the per-process watcher in `stream` (which
  polls the event table) and the streams' gap check (an id that is not last + 1 makes the
  stream re-read the table) still deliver every event, only later.

With `COLLABORATORY_LIVE_BROKER=redis` the contract is the same, on a Redis channel of the
same name: Redis knows nothing of the database's transaction, so `notify` publishes from an
on-commit hook (a rolled-back commitment is still never announced). An event whose publish
fails (Redis down at that moment) is logged and reaches the other processes by the watcher.
The listener thread SUBSCRIBEs instead of LISTENing, and pings Redis every `check_seconds`.

So the event table stays the source of truth and the broker is a fast path. Without a broker
(`""`, the default, and always on SQLite) processes on one machine wake each other's
watchers with a datagram after each commit (`wakeup.py`) and the watcher also polls every
0.25 s; with one it polls every 2 s as a safety net (`COLLABORATORY_LIVE_POLL_SECONDS`
overrides either). Publishing goes one way, services -> `live.events` -> here; the broker
only reads events back (`live.selectors`).
"""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connection, transaction

from collaboratory.commitments.live.broadcaster import Message, broadcaster
from collaboratory.commitments.live.selectors import live_message_at

log = logging.getLogger(__name__)

CHANNEL = "collaboratory_live"
# PostgreSQL refuses payloads of 8,000 bytes or more; leave room for the envelope.
PAYLOAD_LIMIT = 7900
POLL_WITHOUT_BROKER = 0.25
POLL_WITH_BROKER = 2.0


def configured() -> str:
    """The broker in use: "postgres", "redis", or "" for this process only."""
    broker = getattr(settings, "LIVE_BROKER", "")
    if broker == "postgres" and connection.vendor == "postgresql":
        return "postgres"
    if broker == "redis":
        return "redis"
    return ""


def redis_client(**options: Any) -> Any:
    """A Redis client for the broker's address (settings.LIVE_BROKER_URL)."""
    import redis  # deferred: only a Redis broker needs it

    return redis.Redis.from_url(settings.LIVE_BROKER_URL, **options)


def watch_seconds() -> float:
    """How often each process polls the event table for events it was not told about."""
    explicit = getattr(settings, "LIVE_POLL_SECONDS", None)
    if explicit is not None:
        return float(explicit)
    return POLL_WITH_BROKER if configured() else POLL_WITHOUT_BROKER


def wakeup_directory() -> Path:
    """Where this machine's processes put their wake-up sockets (`wakeup.py`), used when no
    broker is configured: beside the database, so every process of one install finds them."""
    return Path(settings.DATA_DIR) / "live"


def encode(message: Message) -> str:
    """The NOTIFY payload: the whole message when it fits, else its address only."""
    full = json.dumps(
        {"g": message.gathering_id, "e": message.event_id, "k": message.kind, "d": message.data},
        separators=(",", ":"),
        ensure_ascii=False,
    )
    if len(full.encode()) < PAYLOAD_LIMIT:
        return full
    return json.dumps({"g": message.gathering_id, "e": message.event_id})


def decode(payload: str) -> Message | None:
    """The message a payload carries, reading the event row when only its id came; None
    for a payload that is not ours or an event that is gone."""
    try:
        fields: dict[str, Any] = json.loads(payload)
        gathering_id, event_id = int(fields["g"]), int(fields["e"])
    except (ValueError, KeyError, TypeError):
        log.warning("Ignoring a malformed live notification")
        return None
    if "d" in fields:
        return Message(gathering_id, event_id, str(fields["k"]), str(fields["d"]))
    return live_message_at(gathering_id=gathering_id, event_id=event_id)


def notify(message: Message) -> None:
    """Announce `message` to every process; call inside the transaction that records it.
    Does nothing without a broker."""
    broker = configured()
    if broker == "postgres":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_notify(%s, %s)", [CHANNEL, encode(message)])
    elif broker == "redis":
        payload = encode(message)
        transaction.on_commit(lambda: _redis_publish(payload))


# One client per process for publishing (redis-py keeps a thread-safe connection pool).
_publisher: Any = None


def _redis_publish(payload: str) -> None:
    global _publisher
    try:
        if _publisher is None:
            _publisher = redis_client(socket_timeout=2, socket_connect_timeout=2)
        _publisher.publish(CHANNEL, payload)
    except Exception:
        # The commit stands; other processes' watchers read the event from the table.
        log.warning("Live event not published to Redis; watchers will deliver it", exc_info=True)


class Listener:
    """This process's LISTEN connection, on a daemon thread."""

    def __init__(self, check_seconds: float = 10.0) -> None:
        # Between waits the thread runs `SELECT 1`, so a connection that died silently is
        # noticed and replaced within this time (notifications arriving meanwhile are kept).
        self.check_seconds = check_seconds
        self.listening = threading.Event()
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self.received = 0
        self.connections = 0

    def ensure_started(self, timeout: float = 5.0) -> bool:
        """Start the thread once; wait until it listens. False without a broker or when the
        connection did not come up in time (the watcher covers until it does)."""
        if not configured():
            return False
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._stopping.clear()
                self._thread = threading.Thread(
                    target=self._run, name="live-broker-listener", daemon=True
                )
                self._thread.start()
        return self.listening.wait(timeout)

    def stop(self, timeout: float = 15.0) -> None:
        """End the thread and close its connection (tests; a process exit needs nothing)."""
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _connect(self) -> Any:
        import psycopg  # deferred: installed only where PostgreSQL is used

        params = connection.get_connection_params()
        for name in ("cursor_factory", "context", "prepare_threshold"):
            params.pop(name, None)
        params["application_name"] = "collaboratory-live-listener"
        return psycopg.connect(**params, autocommit=True)

    def _deliver(self, payload: str) -> None:
        self.received += 1
        message = decode(payload)
        if message is not None:
            broadcaster.publish(message)

    def _listen_postgres(self) -> None:
        with self._connect() as conn:
            conn.execute(f"LISTEN {CHANNEL}")
            self.connections += 1
            self.listening.set()
            while not self._stopping.is_set():
                for notification in conn.notifies(timeout=self.check_seconds):
                    self._deliver(notification.payload)
                conn.execute("SELECT 1")

    def _listen_redis(self) -> None:
        client = redis_client(
            socket_connect_timeout=5,
            socket_keepalive=True,
            health_check_interval=max(1, int(self.check_seconds)),
        )
        with client.pubsub(ignore_subscribe_messages=True) as pubsub:
            pubsub.subscribe(CHANNEL)
            self.connections += 1
            self.listening.set()
            while not self._stopping.is_set():
                # Returns None after the timeout; pings Redis on the health-check interval,
                # so a dead connection raises here and is replaced.
                item = pubsub.get_message(timeout=self.check_seconds)
                if item is not None and item.get("type") == "message":
                    data = item["data"]
                    self._deliver(data.decode() if isinstance(data, bytes) else str(data))
        client.close()

    def _run(self) -> None:
        delay = 0.5
        while not self._stopping.is_set():
            try:
                if configured() == "redis":
                    self._listen_redis()
                else:
                    self._listen_postgres()
            except Exception:
                log.warning("Live broker connection lost; reconnecting", exc_info=True)
            if self.listening.is_set():  # it had connected: back off afresh
                delay = 0.5
            self.listening.clear()
            if self._stopping.wait(delay):
                break
            delay = min(delay * 2, 10.0)


# One per process.
listener = Listener()
