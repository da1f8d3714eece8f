"""The one-port dispatcher of `collaboratory serve` (config/server.py), driven as uvicorn
drives it: the stream path goes to the ASGI side, everything else to a WSGI application in
the page threads, with the request intact and the answer whole, a long one in pieces."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest

from collaboratory.config.server import BUFFER_BYTES, OnePort
from tests.commitments.live.test_broadcaster import run


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
        return (b"x" * min(1024, self.size - i) for i in range(0, self.size, 1024))

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
