"""The live event stream of one gathering, as server-sent events (the view `live:events`).

`GET /n/<network>/live/<gathering_id>/events` streams `text/event-stream`: first every event
after the client's `Last-Event-ID` header (or `?after=N`; nothing missed when absent means
"from the start"), then live events as they are committed, with a comment line every 15 s so
proxies and phones keep the connection open. `?once=1` answers with the missed events as an
ordinary response and ends: for polling clients, the tests and the authorization matrix.
HEAD answers the headers only. An open stream asks again, every `RECHECK_SECONDS`, whether its
viewer may still listen, and ends when a membership was suspended or removed meanwhile.

Scoping: `NetworkMiddleware` is synchronous. Under ASGI Django runs it in a thread and the
view in the event loop, so the view's own code still sees `request.network` and the scope
(asgiref copies context variables across), but the response body is iterated by the ASGI
handler after the middleware has returned: the scope and the network's time zone are no
longer active inside the generator. So every database read here goes through a plain function
run with `sync_to_async` that activates `scope(network=...)` (and, for events, the time zone)
itself and reads through `live.selectors`; payloads were rendered when the event was
recorded, so nothing in the stream depends on the time zone.
"""

from __future__ import annotations

import asyncio
import contextvars
import re
from collections.abc import AsyncIterator

from asgiref.sync import sync_to_async
from django.core.handlers.asgi import ASGIRequest
from django.db import connection
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseNotAllowed,
    StreamingHttpResponse,
)
from django.http.response import HttpResponseBase
from django.utils import timezone
from django.utils.translation import gettext as _
from django_scopes import scope

from collaboratory.commitments.live import broker
from collaboratory.commitments.live.broadcaster import Message, broadcaster
from collaboratory.commitments.live.selectors import (
    live_channel_last_event_id,
    live_gathering_exists,
    live_listener_allowed,
    live_messages_after,
)
from collaboratory.commitments.live.wakeup import wakeup
from collaboratory.networks.models import Network

HEARTBEAT_SECONDS = 15.0
# A named event, not a comment: EventSource shows a page its events only, and live.js takes
# a stream that says nothing (no event, no heartbeat) for a while as stalled and reconnects.
# No id line, so a heartbeat moves no Last-Event-ID.
HEARTBEAT_FRAME = b"event: heartbeat\ndata: {}\n\n"
# How often an open stream asks again whether its viewer may still listen (an admitted
# member of the network who may view this gathering's room, with an active account). The
# middleware checked once, at connect; a member suspended or removed while listening stops
# receiving events within this many seconds. Tests shorten it.
RECHECK_SECONDS = 60.0
# How often each process looks in the table for events committed by another process (a
# gunicorn worker that served the phone's POST, another uvicorn worker), while it has
# listeners for that gathering: one small indexed query per gathering, not per listener.
# 0.25 s without a broker; 2 s with one, where it is only the safety net (broker.py).
WATCH_SECONDS = broker.watch_seconds()
# Tells EventSource to reconnect 2 s after a drop (its default is about 3 s).
RETRY_MS = 2000
# Served by a WSGI worker (gunicorn, the development and test servers), a stream would hold
# a worker forever: the view answers what was missed and ends, and EventSource comes back
# after this many milliseconds with Last-Event-ID, which makes it a short poll.
WSGI_RETRY_MS = 1000
_EVENT_ID = re.compile(r"\d{1,18}")
HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


def _last_seen(request: HttpRequest) -> int | None:
    raw = request.headers.get("Last-Event-ID") or request.GET.get("after") or "0"
    raw = raw.strip()
    return int(raw) if _EVENT_ID.fullmatch(raw) else None


def _gathering_or_404(network: Network, gathering_id: int) -> None:
    with scope(network=network):
        if not live_gathering_exists(network=network, gathering_id=gathering_id):
            raise Http404


def _messages_after(network: Network, gathering_id: int, after: int) -> list[Message]:
    """Every event of the gathering after `after`, in order. Runs in a worker thread, with
    the network's scope and time zone activated here (see the module docstring)."""
    with scope(network=network), timezone.override(network.time_zone):
        return live_messages_after(network=network, gathering_id=gathering_id, after=after)


def _may_still_listen(network: Network, gathering_id: int, user_id: int) -> bool:
    """Whether the viewer may still listen, read fresh (`live_listener_allowed`). Runs in a
    worker thread, like `_messages_after`."""
    with scope(network=network):
        return live_listener_allowed(network=network, gathering_id=gathering_id, user_id=user_id)


def _stream_messages_after(network: Network, gathering_id: int, after: int) -> list[Message]:
    """`_messages_after` for an open stream, which then closes its thread's connection: the
    thread lives as long as the stream (hours), and a connection kept per open stream would
    be a thousand connections at a thousand listeners. A stream reads rarely (at connect,
    after a gap, at the minute's re-check), so reopening costs little."""
    try:
        return _messages_after(network, gathering_id, after)
    finally:
        _close_idle_connection()


def _stream_may_still_listen(network: Network, gathering_id: int, user_id: int) -> bool:
    """`_may_still_listen` for an open stream, closing the connection likewise."""
    try:
        return _may_still_listen(network, gathering_id, user_id)
    finally:
        _close_idle_connection()


def _close_idle_connection() -> None:
    # Never inside a transaction: that is a caller's connection (a test's), not a stream's.
    if not connection.in_atomic_block:
        connection.close()


def _last_event_id(network: Network, gathering_id: int) -> int:
    with scope(network=network):
        return live_channel_last_event_id(network=network, gathering_id=gathering_id)


# One watcher task per (event loop, gathering) with listeners in this process, and the
# event that wakes it before its next poll (a datagram from another process, wakeup.py).
_watchers: dict[tuple[int, int], asyncio.Task[None]] = {}
_wakers: dict[tuple[int, int], asyncio.Event] = {}


def _wake(loop: asyncio.AbstractEventLoop, gathering_id: int) -> None:
    """Another process committed an event of this gathering: look at the table now."""
    woken = _wakers.get((id(loop), gathering_id))
    if woken is not None:
        woken.set()


async def _ensure_watcher(network: Network, gathering_id: int) -> None:
    """Start this process's watcher of the gathering if it has none. Its starting point is
    read before the caller's replay, so an event committed in between is replayed or
    watched, never neither."""
    loop = asyncio.get_running_loop()
    key = (id(loop), gathering_id)
    task = _watchers.get(key)
    if task is None or task.done():
        if not broker.configured():
            wakeup.listen(broker.wakeup_directory(), _wake)
        seen = await sync_to_async(_last_event_id)(network, gathering_id)
        if key not in _watchers or _watchers[key].done():
            _wakers[key] = asyncio.Event()
            # A context of its own: the watcher outlives the stream that started it, and its
            # reads share one thread (and one kept connection) with the process's other
            # watchers rather than running in that stream's thread.
            _watchers[key] = loop.create_task(
                _watch(network, gathering_id, key, seen), context=contextvars.Context()
            )


async def _watch(network: Network, gathering_id: int, key: tuple[int, int], seen: int) -> None:
    """Publish locally the events other processes committed; stops with the last listener.
    Listeners drop what they already have, so overlap with local messages is harmless."""
    woken = _wakers[key]
    try:
        while broadcaster.listener_count(gathering_id) > 0:
            try:
                async with asyncio.timeout(WATCH_SECONDS):
                    await woken.wait()
            except TimeoutError:
                # A poll: one cheap look at the counter before reading any event.
                latest = await sync_to_async(_last_event_id)(network, gathering_id)
                if latest <= seen:
                    continue
            woken.clear()
            for message in await sync_to_async(_messages_after)(network, gathering_id, seen):
                broadcaster.publish(message)
                seen = message.event_id
    finally:
        _watchers.pop(key, None)
        _wakers.pop(key, None)


async def _stream(
    network: Network,
    gathering_id: int,
    after: int,
    heartbeat: float,
    *,
    user_id: int,
    recheck: float,
) -> AsyncIterator[bytes]:
    """The stream's body. Every `recheck` seconds, busy or quiet, and before anything
    more is sent, it asks `_may_still_listen` again and ends when the answer is no."""
    # Subscribe before reading the table, so an event committed in between is not lost: it
    # arrives twice at worst and the id check drops the copy.
    subscription = broadcaster.subscribe(gathering_id)
    last = after
    read = sync_to_async(_stream_messages_after)
    allowed = sync_to_async(_stream_may_still_listen)
    loop = asyncio.get_running_loop()
    next_check = loop.time() + recheck

    async def refused_at_check() -> bool:
        """When a check is due, make it: True if the viewer may no longer listen."""
        nonlocal next_check
        if loop.time() < next_check:
            return False
        if not await allowed(network, gathering_id, user_id):
            return True
        next_check = loop.time() + recheck
        return False

    try:
        await _ensure_watcher(network, gathering_id)
        # With a broker, the first stream of the process starts its LISTEN connection; the
        # hint below goes out once it listens (or after 5 s; the watcher covers meanwhile).
        if broker.configured():
            await asyncio.get_running_loop().run_in_executor(None, broker.listener.ensure_started)
        yield f"retry: {RETRY_MS}\n\n".encode()
        if await refused_at_check():
            return
        for replayed in await read(network, gathering_id, last):
            # Read before a hiding committed, sent after it: withdrawn here (`redacted`).
            yield subscription.redacted(replayed).frame()
            last = replayed.event_id
        quiet_since = loop.time()
        while True:
            wait = min(quiet_since + heartbeat, next_check) - loop.time()
            message = await subscription.get(max(wait, 0.0))
            if subscription.closed or await refused_at_check():
                return
            if message is None and not subscription.lagged:
                if loop.time() >= quiet_since + heartbeat:
                    yield HEARTBEAT_FRAME
                    quiet_since = loop.time()
                continue
            if message is not None and message.event_id <= last:
                continue
            if message is not None and message.event_id == last + 1 and not subscription.lagged:
                yield message.frame()
                last = message.event_id
                quiet_since = loop.time()
                continue
            # A gap: this process dropped a message (full queue) or never heard of an event
            # committed by another process. The table has them all.
            subscription.lagged = False
            for missed in await read(network, gathering_id, last):
                yield subscription.redacted(missed).frame()
                last = missed.event_id
            quiet_since = loop.time()
    finally:
        broadcaster.unsubscribe(subscription)


async def events(request: HttpRequest, network_slug: str, gathering_id: int) -> HttpResponseBase:
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    network: Network = request.network  # type: ignore[attr-defined]
    await sync_to_async(_gathering_or_404)(network, gathering_id)
    after = _last_seen(request)
    if after is None:
        return HttpResponseBadRequest(
            _("Last-Event-ID (or ?after=) must be the whole number of the last event seen."),
            content_type="text/plain; charset=utf-8",
        )
    if request.method == "HEAD":
        return HttpResponse(content_type="text/event-stream", headers=HEADERS)
    if request.GET.get("once") == "1" or not isinstance(request, ASGIRequest):
        missed = await sync_to_async(_messages_after)(network, gathering_id, after)
        body = b"".join(message.frame() for message in missed)
        if request.GET.get("once") != "1":
            body = f"retry: {WSGI_RETRY_MS}\n\n".encode() + body
        return HttpResponse(body, content_type="text/event-stream", headers=HEADERS)
    user = await request.auser()
    if user.pk is None:  # not reached: the middleware sends anonymous visitors to log in
        raise Http404
    return StreamingHttpResponse(
        _stream(
            network,
            gathering_id,
            after,
            HEARTBEAT_SECONDS,
            user_id=user.pk,
            recheck=RECHECK_SECONDS,
        ),
        content_type="text/event-stream",
        headers=HEADERS,
    )
