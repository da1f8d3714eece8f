"""One port for pages and live streams: the application `collaboratory serve` runs.

An ASGI application served by uvicorn workers. The live room's event streams
(`/n/<network>/live/<gathering>/events`) go to Django's ASGI handler, where one event loop
holds hundreds of open streams; every other request goes to Django's WSGI handler: our views
are synchronous (Django's ASGI handler would hop threads for every sync middleware and view,
measured 3-5x slower for pages). So a fresh install pushes live events with no proxy route
and no second server (docs/architecture.md, "The live room").

A GET or HEAD runs on the event loop itself, one at a time per worker as in a gunicorn sync
worker: handing each to a thread cost 10-17% of the pages' throughput on 2 cores (the
wake-ups, not the work). A page blocks the worker's streams while it runs, so the others go
to a small pool of threads (`COLLABORATORY_PAGE_THREADS` per worker, default 2): every write
(a commitment from a phone may wait for SQLite's write lock, or for Redis to answer), and
every *shape* of GET (its path with every number as #) that once took over `SLOW_SECONDS`,
until it has run fast `FAST_RUNS_TO_RETURN` times in a row. So a seating plan's search or
a large export never holds the live room up, nor the other requests that reach its worker.
"""

from __future__ import annotations

import asyncio
import functools
import io
import logging
import os
import re
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from types import FrameType
from typing import Any

from django.core.asgi import get_asgi_application
from django.core.handlers.wsgi import WSGIHandler
from django.http import FileResponse, HttpResponseBase

from collaboratory.commitments.live.broadcaster import broadcaster
from collaboratory.commitments.live.wakeup import wakeup

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "collaboratory.config.settings")

# The one path answered asynchronously: `live:events` (commitments/live/urls.py).
STREAM_PATH = re.compile(r"/n/[^/]+/live/[0-9]+/events")
# A response body up to this size is collected in the page's thread and sent in one go;
# a longer one (a large export, a static file) is sent in pieces as it is produced.
BUFFER_BYTES = 256 * 1024
# A GET that kept its worker this long (its own work, not the client's reading) is run in
# the page threads from then on, so the streams and other requests of its worker go on...
SLOW_SECONDS = 0.05
# ...until its shape has answered 2xx this many times in a row under SLOW_SECONDS there (a
# redirect or a refusal is fast whatever the page costs, and proves nothing).
FAST_RUNS_TO_RETURN = 5
# Shapes remembered as slow per worker, at most; the one remembered longest goes first
# (paths with ids are bounded by the URL patterns, a path made of free text is not).
SLOW_SHAPES_KEPT = 1024
NUMBERS = re.compile(r"[0-9]+")
ON_THE_LOOP = frozenset({"GET", "HEAD"})

access_log = logging.getLogger("collaboratory.access")

Scope = dict[str, Any]
Message = dict[str, Any]


def _environ(scope: Scope, body: bytes) -> dict[str, Any]:
    """The WSGI environ of an ASGI HTTP request (PEP 3333)."""

    server = scope.get("server") or ("localhost", 80)
    client = scope.get("client") or ("", 0)
    environ: dict[str, Any] = {
        "REQUEST_METHOD": scope["method"],
        "SCRIPT_NAME": scope.get("root_path", "").encode().decode("latin-1"),
        "PATH_INFO": scope["path"].encode().decode("latin-1"),
        "QUERY_STRING": scope["query_string"].decode("latin-1"),
        "SERVER_PROTOCOL": f"HTTP/{scope['http_version']}",
        "SERVER_NAME": str(server[0]),
        "SERVER_PORT": str(server[1]),
        "REMOTE_ADDR": client[0],
        "REMOTE_PORT": str(client[1]),
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": scope.get("scheme", "http"),
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    for raw_name, raw_value in scope["headers"]:
        name = raw_name.decode("latin-1").upper().replace("-", "_")
        value = raw_value.decode("latin-1")
        if name == "CONTENT_TYPE" or name == "CONTENT_LENGTH":
            environ[name] = value
            continue
        key = f"HTTP_{name}"
        environ[key] = f"{environ[key]},{value}" if key in environ else value
    return environ


class _Response:
    """What a WSGI call produced, and how much of it was sent."""

    __slots__ = ("busy", "chunks", "headers", "sent", "started", "status")

    def __init__(self) -> None:
        self.status = 500
        self.headers: list[tuple[bytes, bytes]] = []
        self.chunks: list[bytes] = []
        self.started = False
        self.sent = 0
        self.busy = 0.0  # seconds spent in the WSGI application, sending excluded

    def start_response(
        self, status: str, headers: list[tuple[str, str]], _exc: Any = None
    ) -> Callable[[bytes], None]:
        self.status = int(status.split(" ", 1)[0])
        self.headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers]
        return self.chunks.append

    def messages(self, *, more: bool) -> list[Message]:
        """The ASGI messages that send what is held (the start first, if not sent yet)."""
        out: list[Message] = []
        if not self.started:
            out.append(
                {"type": "http.response.start", "status": self.status, "headers": self.headers}
            )
            self.started = True
        data = b"".join(self.chunks)
        self.chunks = []
        self.sent += len(data)
        body: Message = {"type": "http.response.body", "body": data}
        if more:
            body["more_body"] = True
        out.append(body)
        return out


@contextmanager
def _synchronous_here() -> Iterator[None]:
    """Run a page on the event loop's thread as in a thread of its own. Django refuses the
    database from a thread whose loop is running, a guard against async code sharing one
    connection; a page run here is the loop's only work until it returns (nothing is
    awaited inside), so the loop is hidden for that long and the guard holds everywhere else.
    (`asyncio.get_event_loop()` there would not return uvicorn's loop: none of our code calls
    it, and a page must not.)"""
    loop = asyncio.events._get_running_loop()
    asyncio.events._set_running_loop(None)
    try:
        yield
    finally:
        asyncio.events._set_running_loop(loop)


class OnePort:
    """Dispatch streams to the ASGI handler and everything else to the WSGI handler."""

    def __init__(self, *, pages: Callable[..., Any], streams: Any, threads: int) -> None:
        self.pages = pages
        self.streams = streams
        self.pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="page")
        # GET shapes run in the pool (see the module's doc): fast 2xx runs in a row there.
        self.slow: dict[str, int] = {}

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        kind = scope["type"]
        if kind == "http":
            started = time.perf_counter()
            if STREAM_PATH.fullmatch(scope["path"]):
                status, size = await self._stream(scope, receive, send)
            else:
                status, size = await self._page(scope, receive, send)
            if access_log.isEnabledFor(logging.INFO):
                client = (scope.get("client") or ("-",))[0]
                access_log.info(
                    '%s "%s %s" %s %s %dms',
                    client,
                    scope["method"],
                    scope["path"],
                    status,
                    size,
                    (time.perf_counter() - started) * 1000,
                )
        elif kind == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    _end_streams_on_signal()
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    self.pool.shutdown(wait=True)
                    # uvicorn re-raises the signal that stopped it, so atexit never runs.
                    wakeup.close()
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        else:  # websocket: not served
            await send({"type": "websocket.close"})

    async def _stream(self, scope: Scope, receive: Any, send: Any) -> tuple[int, int]:
        """Hand the request to the ASGI side, noting the status and bytes for the log."""
        seen = [500, 0]

        async def noting(message: Message) -> None:
            if message["type"] == "http.response.start":
                seen[0] = message["status"]
            elif message["type"] == "http.response.body":
                seen[1] += len(message.get("body", b""))
            await send(message)

        await self.streams(scope, receive, noting)
        return seen[0], seen[1]

    async def _page(self, scope: Scope, receive: Any, send: Any) -> tuple[int, int]:
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return 499, 0
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        environ = _environ(scope, bytes(body))
        shape = NUMBERS.sub("#", scope["path"])
        if scope["method"] in ON_THE_LOOP and shape not in self.slow:
            response = await self._on_loop(environ, send)
            if response.busy > SLOW_SECONDS:
                if len(self.slow) >= SLOW_SHAPES_KEPT:
                    del self.slow[next(iter(self.slow))]
                self.slow[shape] = 0
        else:
            loop = asyncio.get_running_loop()
            response = await loop.run_in_executor(self.pool, self._in_thread, environ, send, loop)
            if shape in self.slow:
                self._note_run_in_thread(shape, response)
        for message in response.messages(more=False):
            await send(message)
        return response.status, response.sent

    def _note_run_in_thread(self, shape: str, response: _Response) -> None:
        """Count a slow shape's fast answers in a row; enough of them send it back to the loop."""
        if response.busy >= SLOW_SECONDS:
            self.slow[shape] = 0
        elif 200 <= response.status < 300:
            self.slow[shape] += 1
            if self.slow[shape] >= FAST_RUNS_TO_RETURN:
                del self.slow[shape]

    async def _on_loop(self, environ: dict[str, Any], send: Any) -> _Response:
        """Call the WSGI handler on the loop; send pieces of a long body as they come, unless
        the body is produced as it is sent and may read the database as it goes (a streaming
        response other than a file, or anything that is not a Django response): while this
        page waits on a send, another page runs on this thread, and this thread's connection
        must not be shared between them. Such a body is collected whole instead; one that
        takes long marks its shape slow, and in a thread it is sent in pieces."""
        response = _Response()
        started = time.perf_counter()
        with _synchronous_here():
            result: Iterable[bytes] = self.pages(environ, response.start_response)
        in_pieces = isinstance(result, FileResponse) or (
            isinstance(result, HttpResponseBase) and not result.streaming
        )
        try:
            with _synchronous_here():
                chunks = iter(result)
            held = 0
            while True:
                with _synchronous_here():
                    chunk = next(chunks, None)
                if chunk is None:
                    break
                response.chunks.append(chunk)
                held += len(chunk)
                if in_pieces and held > BUFFER_BYTES:
                    response.busy += time.perf_counter() - started
                    for message in response.messages(more=True):
                        await send(message)
                    started, held = time.perf_counter(), 0
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                with _synchronous_here():
                    close()
            response.busy += time.perf_counter() - started
        return response

    def _in_thread(
        self, environ: dict[str, Any], send: Any, loop: asyncio.AbstractEventLoop
    ) -> _Response:
        """Call the WSGI handler in a pool thread; send pieces of a long body from here."""
        response = _Response()
        started = time.perf_counter()
        result: Iterable[bytes] = self.pages(environ, response.start_response)
        try:
            held = 0
            for chunk in result:
                response.chunks.append(chunk)
                held += len(chunk)
                if held > BUFFER_BYTES:
                    response.busy += time.perf_counter() - started
                    for message in response.messages(more=True):
                        asyncio.run_coroutine_threadsafe(send(message), loop).result()
                    started, held = time.perf_counter(), 0
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                close()
            response.busy += time.perf_counter() - started
        return response


def _end_streams_on_signal() -> None:
    """On SIGTERM or SIGINT, end this worker's open streams at once, then let uvicorn stop as
    it would: it waits for every response in flight, and a stream never finishes by itself,
    so without this a restart would wait out the whole graceful timeout with the port
    closed. The browsers reconnect to the next server with Last-Event-ID. Runs at lifespan
    startup, in the worker's main thread, after uvicorn installed its own handlers."""
    loop = asyncio.get_running_loop()
    for number in (signal.SIGTERM, signal.SIGINT):
        previous = signal.getsignal(number)
        if callable(previous):
            signal.signal(number, functools.partial(_end_streams_then, loop, previous))


def _end_streams_then(
    loop: asyncio.AbstractEventLoop,
    previous: Callable[[int, FrameType | None], Any],
    number: int,
    frame: FrameType | None,
) -> None:
    loop.call_soon_threadsafe(broadcaster.close_all)
    previous(number, frame)


# get_asgi_application() sets Django up; the WSGI handler needs it done.
_streams = get_asgi_application()
application = OnePort(
    pages=WSGIHandler(),
    streams=_streams,
    threads=int(os.environ.get("COLLABORATORY_PAGE_THREADS", "2")),
)
