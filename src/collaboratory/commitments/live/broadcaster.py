"""An in-process broadcaster: per-gathering channels of live events for the listeners
connected to this process.

Pure asyncio, no Django. `publish` may be called from any thread (a service's on-commit hook
runs in a worker thread under ASGI, or in the event loop itself); it hands each message to
the event loop of every subscriber with one `call_soon_threadsafe` per loop. A subscriber's
queue is bounded: when it is full the message is dropped and the subscriber marked `lagged`;
the stream notices the gap in event ids (or the flag) and re-reads the missed events from the
database, which is the source of truth. So the broadcaster may lose messages, never events.

A commitment hidden or undone is not heard again, even from a queue: once its
`commitment.hidden` / `commitment.undone` is published, a listener's queued announcement of it
(`commitment.created`, held by a slow listener) is read out as the withdrawal, with the
number alone, at its own id (`Subscription.get`, `Subscription.redacted`): the same frame a
replay from the table gives (`live.selectors.live_messages_replayed`). Ids stay in order and
each is sent once. The withdrawals are marked in `publish`, under the broadcaster's lock,
before the message is handed to any loop, and read under it when a message leaves a queue:
so from the moment `publish` returns no listener in this process sends the words, whichever
thread published and whichever loop listens. A withdrawal is kept while its gathering has
listeners here (an announcement published after it, read from the table a moment before the
hiding, is read out withdrawn too).

Reach: one process. Listeners connected to another process (another uvicorn worker, or
gunicorn serving the page that posted the commitment) hear of an event through the broker
(`broker.py`, PostgreSQL LISTEN/NOTIFY, which calls `publish` in every process) when one is
configured, and through the per-process watcher that polls the event table in any case.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from collections import defaultdict
from dataclasses import dataclass, field

from collaboratory.commitments.live.kinds import KIND_CREATED, KIND_HIDDEN, KIND_UNDONE

# What takes a commitment's words back, and the events that name that one commitment.
_WITHDRAWALS = (KIND_HIDDEN, KIND_UNDONE)
_ABOUT_ONE = (KIND_CREATED, *_WITHDRAWALS)


@dataclass(frozen=True, slots=True)
class Message:
    """One live event as listeners receive it; `data` is JSON text without newlines."""

    gathering_id: int
    event_id: int
    kind: str
    data: str
    # The SSE frame, encoded once for every listener instead of once per listener.
    _frame: bytes = field(init=False, repr=False, compare=False)
    # The commitment an announcement or a withdrawal names (None for any other event), read
    # once for every listener.
    commitment: int | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        frame = f"id: {self.event_id}\nevent: {self.kind}\ndata: {self.data}\n\n".encode()
        object.__setattr__(self, "_frame", frame)
        object.__setattr__(self, "commitment", _named(self.kind, self.data))

    def frame(self) -> bytes:
        return self._frame

    def withdrawn(self, kind: str) -> Message:
        """This announcement as the withdrawal (`kind`) it became: the number alone, at its
        own id, so the listener's ids still run without a gap."""
        data = json.dumps({"commitment": self.commitment}, separators=(",", ":"))
        return Message(self.gathering_id, self.event_id, kind, data)


def _named(kind: str, data: str) -> int | None:
    if kind not in _ABOUT_ONE:
        return None
    try:
        number = json.loads(data).get("commitment")
    except (ValueError, AttributeError):
        return None
    return number if type(number) is int else None


@dataclass(eq=False)
class Subscription:
    gathering_id: int
    loop: asyncio.AbstractEventLoop
    queue: asyncio.Queue[Message]
    lagged: bool = field(default=False)
    # The server is stopping: the stream ends (its browser reconnects to the next server).
    closed: bool = field(default=False)
    # Whom to ask whether a commitment was withdrawn since its announcement was queued.
    broadcaster: Broadcaster | None = field(default=None, repr=False)

    def redacted(self, message: Message) -> Message:
        """`message`, or, for the announcement of a commitment hidden or undone since, the
        withdrawal it became (the number alone). The stream passes what it read from the
        table through here too, frame by frame: a slow listener may still be sending it
        when the commitment is hidden."""
        if message.kind != KIND_CREATED or message.commitment is None or self.broadcaster is None:
            return message
        kind = self.broadcaster.withdrawal(self.gathering_id, message.commitment)
        return message if kind is None else message.withdrawn(kind)

    def deliver(self, message: Message) -> None:
        try:
            self.queue.put_nowait(message)
        except asyncio.QueueFull:
            self.lagged = True

    def close(self) -> None:
        """Call in the subscriber's loop: a waiting `get` returns at once."""
        self.closed = True
        with contextlib.suppress(asyncio.QueueFull):  # a full queue wakes it anyway
            self.queue.put_nowait(_CLOSING)

    async def get(self, timeout: float) -> Message | None:
        """The next message, or None after `timeout` seconds without one (or once closed)."""
        if self.closed:
            return None
        if not self.queue.empty():
            message = self.queue.get_nowait()
        else:
            # `asyncio.timeout` rather than `wait_for`, which wraps every get in a new task:
            # with 1,000 listeners that is 1,000 tasks per event.
            try:
                async with asyncio.timeout(timeout):
                    message = await self.queue.get()
            except TimeoutError:
                return None
        return None if message is _CLOSING else self.redacted(message)


class Broadcaster:
    def __init__(self, queue_size: int = 1000) -> None:
        self.queue_size = queue_size
        self._lock = threading.Lock()
        self._channels: dict[int, set[Subscription]] = defaultdict(set)
        # By gathering, the commitments hidden or undone while it had listeners here, and
        # which of the two (the kind of the withdrawal); dropped with its last listener.
        self._withdrawn: dict[int, dict[int, str]] = {}
        self.closing = False

    def subscribe(self, gathering_id: int) -> Subscription:
        """Call from the listener's event loop."""
        subscription = Subscription(
            gathering_id=gathering_id,
            loop=asyncio.get_running_loop(),
            queue=asyncio.Queue(maxsize=self.queue_size),
            broadcaster=self,
        )
        with self._lock:
            self._channels[gathering_id].add(subscription)
        if self.closing:
            subscription.close()
        return subscription

    def close_all(self) -> int:
        """The process is stopping: end every stream it holds, and any opened from now on,
        after what they already have; thread-safe. EventSource reconnects with
        Last-Event-ID, to the next server, so nothing is missed. Returns how many."""
        with self._lock:
            self.closing = True
            subscribers = [s for channel in self._channels.values() for s in channel]
        for subscription in subscribers:
            with contextlib.suppress(RuntimeError):  # its loop has closed
                subscription.loop.call_soon_threadsafe(subscription.close)
        return len(subscribers)

    def unsubscribe(self, subscription: Subscription) -> None:
        with self._lock:
            channel = self._channels.get(subscription.gathering_id)
            if channel is not None:
                channel.discard(subscription)
                if not channel:
                    del self._channels[subscription.gathering_id]
                    self._withdrawn.pop(subscription.gathering_id, None)

    def listener_count(self, gathering_id: int | None = None) -> int:
        with self._lock:
            if gathering_id is not None:
                return len(self._channels.get(gathering_id, ()))
            return sum(len(c) for c in self._channels.values())

    def publish(self, message: Message) -> int:
        """Hand `message` to every listener of its gathering; thread-safe. Returns how many
        listeners it was handed to. A withdrawal (hidden, undone) is marked first: from then
        on no listener's queue gives out the commitment's announcement with its words."""
        with self._lock:
            subscribers = list(self._channels.get(message.gathering_id, ()))
            if subscribers and message.kind in _WITHDRAWALS and message.commitment is not None:
                withdrawn = self._withdrawn.setdefault(message.gathering_id, {})
                # Hidden (moderation) wins over undone, as in the table's replay.
                if message.kind == KIND_HIDDEN or message.commitment not in withdrawn:
                    withdrawn[message.commitment] = message.kind
        by_loop: dict[asyncio.AbstractEventLoop, list[Subscription]] = defaultdict(list)
        for subscription in subscribers:
            by_loop[subscription.loop].append(subscription)
        for loop, group in by_loop.items():
            try:
                loop.call_soon_threadsafe(_deliver_all, group, message)
            except RuntimeError:  # the loop has closed: its listeners are gone
                for subscription in group:
                    self.unsubscribe(subscription)
        return len(subscribers)

    def withdrawal(self, gathering_id: int, commitment: int) -> str | None:
        """The kind of the withdrawal (hidden, undone) published for this commitment while
        its gathering had listeners here; None when it stands. Thread-safe."""
        with self._lock:
            return self._withdrawn.get(gathering_id, {}).get(commitment)


def _deliver_all(group: list[Subscription], message: Message) -> None:
    for subscription in group:
        subscription.deliver(message)


# What `close` puts in a queue to wake its reader; `get` returns None for it.
_CLOSING = Message(0, 0, "closing", "")

# One per process.
broadcaster = Broadcaster()
