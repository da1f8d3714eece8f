"""The one-port dispatcher of `collaboratory serve` (config/server.py), driven as uvicorn
drives it: the stream path goes to the ASGI side, everything else to a WSGI application, on
the event loop or (a write, or a shape found slow) in the page threads, with the request
intact and the answer whole, a long one in pieces."""

from __future__ import annotations

import asyncio
import io
import logging
import threading
import time
from typing import Any

import pytest
from django.core.exceptions import SynchronousOnlyOperation
from django.http import FileResponse, StreamingHttpResponse
from django.utils.asyncio import async_unsafe

from collaboratory.config import server
from collaboratory.config.server import (
    BUFFER_BYTES,
    FAST_RUNS_TO_RETURN,
    SLOW_SECONDS,
    OnePort,
)
from tests.commitments.live.test_broadcaster import run


@pytest.fixture(autouse=True)
def django_guard_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The browser tests turn Django's guard against the database in async code off for the
    whole run (tests/e2e/conftest.py); here it must be on, as in production."""
    monkeypatch.delenv("DJANGO_ALLOW_ASYNC_UNSAFE", raising=False)


def http_scope(path: str, **extra: Any) -> dict[str, Any]:
    return {
        "type": "http",
        "http_version": "1.1",
        "method": "POST",
        "path": path,
        "root_path": "",
        "query_string": b"a=1&b=%C3%A9",
        "headers": [
            (b"host", b"example.org"),
            (b"content-type", b"application/json"),
            (b"content-length", b"9"),
            (b"x-forwarded-for", b"203.0.113.7"),
            (b"accept", b"text/html"),
            (b"accept", b"*/*"),
        ],
        "client": ("127.0.0.1", 5555),
        "server": ("127.0.0.1", 8000),
        "scheme": "http",
        **extra,
    }


class Recorder:
    """A WSGI application that keeps what it was given and answers `size` bytes in 1 KB
    pieces; and the ASGI side, which notes the paths it was handed."""

    def __init__(self, size: int = 5) -> None:
        self.size = size
        self.environ: dict[str, Any] = {}
        self.body = b""
        self.streamed: list[str] = []

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        self.environ = environ
        self.body = environ["wsgi.input"].read()
        start_response("201 Created", [("Content-Type", "text/plain"), ("X-Seen", "yes")])
        # A file's answer, read in pieces: no database behind it, so sent in pieces.
        answer = FileResponse(io.BytesIO(b"x" * self.size))
        answer.block_size = 1024
        return answer

    async def asgi(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        self.streamed.append(scope["path"])
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"stream"})


def serve_one(app: OnePort, scope: dict[str, Any]) -> list[dict[str, Any]]:
    sent: list[dict[str, Any]] = []

    async def body() -> None:
        parts = iter([b'{"a":', b" 1}"])

        async def receive() -> dict[str, Any]:
            chunk = next(parts, None)
            if chunk is None:
                await asyncio.sleep(3600)
            return {"type": "http.request", "body": chunk, "more_body": chunk == b'{"a":'}

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        await app(scope, receive, send)

    run(body)
    return sent


def test_a_page_reaches_the_wsgi_application_intact_and_its_answer_comes_back() -> None:
    recorder = Recorder()
    app = OnePort(pages=recorder, streams=recorder.asgi, threads=1)

    sent = serve_one(app, http_scope("/n/alpha/gatherings/"))

    environ = recorder.environ
    assert recorder.body == b'{"a": 1}'
    assert (environ["REQUEST_METHOD"], environ["PATH_INFO"], environ["QUERY_STRING"]) == (
        "POST",
        "/n/alpha/gatherings/",
        "a=1&b=%C3%A9",
    )
    assert (environ["CONTENT_TYPE"], environ["CONTENT_LENGTH"]) == ("application/json", "9")
    assert (environ["HTTP_HOST"], environ["HTTP_ACCEPT"]) == ("example.org", "text/html,*/*")
    # The socket's address, as gunicorn gave it; the forwarded one stays a header.
    assert (environ["REMOTE_ADDR"], environ["HTTP_X_FORWARDED_FOR"]) == (
        "127.0.0.1",
        "203.0.113.7",
    )
    assert (environ["SERVER_NAME"], environ["SERVER_PORT"]) == ("127.0.0.1", "8000")
    assert environ["wsgi.url_scheme"] == "http"
    assert sent == [
        {
            "type": "http.response.start",
            "status": 201,
            "headers": [(b"content-type", b"text/plain"), (b"x-seen", b"yes")],
        },
        {"type": "http.response.body", "body": b"xxxxx"},
    ]
    assert recorder.streamed == []


def test_a_long_answer_is_sent_in_pieces_and_arrives_whole() -> None:
    size = 3 * BUFFER_BYTES + 100
    recorder = Recorder(size)
    app = OnePort(pages=recorder, streams=recorder.asgi, threads=1)

    sent = serve_one(app, http_scope("/static/big.js"))

    bodies = [m for m in sent if m["type"] == "http.response.body"]
    assert sent[0]["type"] == "http.response.start"
    assert len(bodies) > 2
    assert [m.get("more_body", False) for m in bodies] == [True] * (len(bodies) - 1) + [False]
    assert sum(len(m["body"]) for m in bodies) == size


def test_only_the_event_stream_path_goes_to_the_asynchronous_side() -> None:
    recorder = Recorder()
    app = OnePort(pages=recorder, streams=recorder.asgi, threads=1)
    paths = [
        "/n/alpha/live/12/events",
        "/n/alpha/live/12/events/",
        "/n/alpha/live/12/",
        "/n/alpha/live/x/events",
        "/live/12/events",
    ]

    answers = [serve_one(app, http_scope(path, method="GET"))[-1]["body"] for path in paths]

    assert recorder.streamed == ["/n/alpha/live/12/events"]
    assert answers == [b"stream", b"xxxxx", b"xxxxx", b"xxxxx", b"xxxxx"]


def test_each_request_is_logged_with_its_status_and_size(
    caplog: pytest.LogCaptureFixture,
) -> None:
    recorder = Recorder()
    app = OnePort(pages=recorder, streams=recorder.asgi, threads=1)

    with caplog.at_level(logging.INFO, logger="collaboratory.access"):
        serve_one(app, http_scope("/n/alpha/live/12/events", method="GET"))
        serve_one(app, http_scope("/n/alpha/", method="GET"))

    lines = [r.getMessage().rsplit(" ", 1)[0] for r in caplog.records]
    assert lines == [
        '127.0.0.1 "GET /n/alpha/live/12/events" 200 6',
        '127.0.0.1 "GET /n/alpha/" 201 5',
    ]


class Timed:
    """A WSGI application that notes the thread each request ran in, whether Django's guard
    against the database in async code let it through, and takes `pause` seconds for paths
    that contain "slow"; a path that contains "fail" raises."""

    def __init__(self, pause: float) -> None:
        self.pause = pause
        self.threads: list[str] = []
        self.guard_passed: list[bool] = []

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        self.threads.append(threading.current_thread().name)
        try:
            touch_the_database()
            self.guard_passed.append(True)
        except SynchronousOnlyOperation:
            self.guard_passed.append(False)
        if "slow" in environ["PATH_INFO"]:
            time.sleep(self.pause)
        if "fail" in environ["PATH_INFO"]:
            raise RuntimeError("the page failed")
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"ok"]


@async_unsafe
def touch_the_database() -> None:
    """Stands for any database call: Django guards them with this decorator."""


def test_a_page_runs_on_the_loop_as_synchronous_code_and_the_guard_holds_after() -> None:
    pages = Timed(pause=0)
    app = OnePort(pages=pages, streams=Recorder().asgi, threads=1)
    guard_after: list[bool] = []

    async def body() -> None:
        sent: list[dict[str, Any]] = []
        for path in ("/n/alpha/", "/n/alpha/gatherings/7/"):
            await app(http_scope(path, method="GET"), no_body, sent_to(sent))
        try:
            touch_the_database()
            guard_after.append(False)
        except SynchronousOnlyOperation:
            guard_after.append(True)
        assert [m["body"] for m in sent if m["type"] == "http.response.body"] == [b"ok", b"ok"]

    loop_thread = run_and_name(body)

    assert pages.threads == [loop_thread, loop_thread]
    assert pages.guard_passed == [True, True]
    assert guard_after == [True]  # async code on the loop is still refused the database


def test_a_slow_page_shape_moves_to_the_threads_and_back_after_fast_runs_in_a_row() -> None:
    pages = Timed(pause=SLOW_SECONDS * 1.5)
    app = OnePort(pages=pages, streams=Recorder().asgi, threads=1)
    fast = FAST_RUNS_TO_RETURN

    async def body() -> None:
        sent: list[dict[str, Any]] = []
        for path in (
            "/n/alpha/seating/1/slow/",  # on the loop, found slow
            "/n/alpha/seating/22/slow/",  # same shape: in a thread
            "/n/alpha/other/",  # another shape: on the loop
        ):
            await app(http_scope(path, method="GET"), no_body, sent_to(sent))
        pages.pause = 0
        for i in range(fast - 1):
            await app(
                http_scope(f"/n/alpha/seating/{i}/slow/", method="GET"), no_body, sent_to(sent)
            )
        pages.pause = SLOW_SECONDS * 1.5  # slow again: the count starts over
        await app(http_scope("/n/alpha/seating/8/slow/", method="GET"), no_body, sent_to(sent))
        pages.pause = 0
        for i in range(fast + 1):
            await app(
                http_scope(f"/n/alpha/seating/{i}/slow/", method="GET"), no_body, sent_to(sent)
            )

    loop_thread = run_and_name(body)

    where = ["loop" if name == loop_thread else name.split("_")[0] for name in pages.threads]
    assert where == ["loop", "page", "loop"] + ["page"] * fast + ["page"] * fast + ["loop"]
    assert all(pages.guard_passed)


def test_writes_run_in_the_threads_and_reads_on_the_loop() -> None:
    """A write may wait for SQLite's lock or for Redis: never on the loop, where it would
    hold up every stream of its worker."""
    pages = Timed(pause=0)
    app = OnePort(pages=pages, streams=Recorder().asgi, threads=1)

    async def body() -> None:
        sent: list[dict[str, Any]] = []
        for method in ("POST", "GET", "PUT", "HEAD", "DELETE", "PATCH"):
            scope = http_scope("/n/alpha/live/2/commitments", method=method)
            await app(scope, no_body, sent_to(sent))

    loop_thread = run_and_name(body)

    where = ["loop" if name == loop_thread else name.split("_")[0] for name in pages.threads]
    assert where == ["page", "loop", "page", "loop", "page", "page"]


def test_the_shape_remembered_longest_is_forgotten_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server, "SLOW_SHAPES_KEPT", 2)
    pages = Timed(pause=SLOW_SECONDS * 1.5)
    app = OnePort(pages=pages, streams=Recorder().asgi, threads=1)

    async def body() -> None:
        sent: list[dict[str, Any]] = []
        for path in ("/a/slow/", "/b/slow/", "/c/slow/"):
            await app(http_scope(path, method="GET"), no_body, sent_to(sent))

    run_and_name(body)

    assert list(app.slow) == ["/b/slow/", "/c/slow/"]


def test_a_page_that_fails_on_the_loop_gives_the_loop_back() -> None:
    app = OnePort(pages=Timed(pause=0), streams=Recorder().asgi, threads=1)
    after: list[str] = []

    async def body() -> None:
        with pytest.raises(RuntimeError, match="the page failed"):
            await app(http_scope("/n/alpha/fail/", method="GET"), no_body, sent_to([]))
        asyncio.get_running_loop()  # raises if the loop were still hidden
        try:
            touch_the_database()
        except SynchronousOnlyOperation:
            after.append("refused")

    run_and_name(body)

    assert after == ["refused"]


def test_a_long_answer_from_a_slow_shape_is_sent_in_pieces_from_the_thread() -> None:
    size = 3 * BUFFER_BYTES + 100
    recorder = Recorder(size)
    app = OnePort(pages=recorder, streams=recorder.asgi, threads=1)
    app.slow["/exports/#.csv"] = 0

    sent = serve_one(app, http_scope("/exports/12.csv"))

    bodies = [m for m in sent if m["type"] == "http.response.body"]
    assert [m["type"] for m in sent[:1]] == ["http.response.start"]
    assert [m.get("more_body", False) for m in bodies] == [True] * (len(bodies) - 1) + [False]
    assert sum(len(m["body"]) for m in bodies) == size


async def no_body() -> dict[str, Any]:
    return {"type": "http.request", "body": b"", "more_body": False}


def sent_to(sent: list[dict[str, Any]]) -> Any:
    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    return send


def run_and_name(body: Any) -> str:
    """Run `body` on an event loop of its own; the name of the loop's thread."""
    names: list[str] = []

    async def named() -> None:
        names.append(threading.current_thread().name)
        await body()

    run(named)
    return names[0]


class Streamed(Recorder):
    """A streaming response: its pieces are produced while it is sent, and may read the
    database as they are."""

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        start_response("200 OK", [("Content-Type", "text/csv")])
        pieces = (b"x" * min(1024, self.size - i) for i in range(0, self.size, 1024))
        return StreamingHttpResponse(pieces)


def test_a_streaming_answer_on_the_loop_is_sent_whole_so_no_other_page_runs_between_pieces() -> (
    None
):
    size = 3 * BUFFER_BYTES + 100
    app = OnePort(pages=Streamed(size), streams=Recorder().asgi, threads=1)

    sent = serve_one(app, http_scope("/n/alpha/export.csv", method="GET"))

    assert [m["type"] for m in sent] == ["http.response.start", "http.response.body"]
    assert len(sent[1]["body"]) == size
