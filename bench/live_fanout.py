"""Live fan-out: how fast a commitment reaches 300 and 1,000 connected listeners over
server-sent events, next to a polling baseline, in one run; then through the default server.

Builds a fresh SQLite database in a temporary data dir (one network, a selected proposal,
one member), serves the ASGI app with uvicorn (one worker) on a loopback port, and connects
listeners with raw asyncio sockets to `/n/bench/live/<gathering>/events`. A poster sends one
commitment every `--every` seconds to a bench-only route that this file wraps around the
Django application (`/__bench/commit`, not part of the product): it calls the real service,
`commitment_create`, in the server process, exactly as the phone view will. Each commitment's
text carries the time it was sent; each listener notes when its frame arrived.

Prints, per run: p50, p99 and max delivery latency (from the poster sending the request to
a listener reading the frame, so it includes the durable write), and lost frames (expected
minus received, after the stream settles). The polling baseline runs the same commitments
against `?once=1&after=<last>` polled every `--poll-interval` seconds by `--pollers` clients.

Then the same listener counts through the default server, `collaboratory serve` started as
an operator starts it (default workers, pages and streams on one port), with commitments
posted to the phone's JSON endpoint (signed in, CSRF pair) so nothing of the bench runs in
the server and a listener often sits in another worker than the one that saved the
commitment; and pages (the health check, the network home, the phone view; 4 client threads,
`--page-rounds` interleaved rounds) on it beside `collaboratory serve --sync` (gunicorn's sync
workers, the server before issue 20), with the ratio (the goal: at least 0.90); then the same
rounds again while 300 phones hold streams open to `serve` and a commitment reaches them every
second, with those commitments' delivery latency: push and pages in the same run.

Client and server share the machine's cores, so figures include the client's own work.

    .venv/bin/python bench/live_fanout.py [--listeners 300,1000] [--commits 20] [--every 0.1]
        [--pollers 300] [--poll-interval 1.0] [--no-default-server] [--page-rounds 8]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
STAMP = re.compile(rb"stamp (\d+) n (\d+)")
# Django accepts an unmasked 32-character secret in the CSRF cookie and in the header.
CSRF = "benchbenchbenchbenchbenchbench32"


# --- the server side: a bench-only route wrapped around the Django ASGI app --------------

_django_app: Any = None


def _bench_commit(n: int, stamp: int) -> None:
    from django.utils import timezone
    from django_scopes import scopes_disabled

    from collaboratory.commitments.services import commitment_create
    from collaboratory.creditclub.models import Proposal
    from collaboratory.people.models import User

    with scopes_disabled():
        proposal = Proposal.objects.select_related("network", "gathering").get(
            pk=int(os.environ["BENCH_PROPOSAL"])
        )
        committer = User.objects.get(pk=int(os.environ["BENCH_COMMITTER"]))
        commitment_create(
            proposal=proposal,
            ask=None,
            committer=committer,
            entered_by=committer,
            what=f"I will host 20 people on May 3 (stamp {stamp} n {n})",
            capital="institutional",
            amount="20",
            unit="people",
            due_on=timezone.localdate() + timezone.timedelta(days=30),
            idempotency_key=uuid.uuid4(),
            accept_vague=True,
        )


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """uvicorn's entry point (`live_fanout:app`, with bench/ on PYTHONPATH)."""
    global _django_app
    if _django_app is None:
        from django.core.asgi import get_asgi_application

        _django_app = get_asgi_application()
    if scope["type"] == "http" and scope["path"] == "/__bench/commit":
        from asgiref.sync import sync_to_async

        body = b""
        while True:
            event = await receive()
            body += event.get("body", b"")
            if not event.get("more_body"):
                break
        data = json.loads(body)
        await sync_to_async(_bench_commit)(data["n"], data["stamp"])
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})
        return
    await _django_app(scope, receive, send)


# --- setup ----------------------------------------------------------------------------------


def seed() -> dict[str, Any]:
    """Runs in this process after the environment points Django at the temporary dir."""
    import django

    django.setup()
    from datetime import timedelta

    from django.contrib.auth import HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.utils import timezone
    from django_scopes import scopes_disabled

    from collaboratory.creditclub.services import (
        AskInput,
        proposal_save,
        proposal_stage_decision,
        proposal_submit,
        proposals_announce,
    )
    from collaboratory.gatherings.models import Attendance, GatheringFormat
    from collaboratory.gatherings.services import attendance_bulk_record, gathering_create
    from collaboratory.networks.models import Membership, Network, Role
    from collaboratory.people.models import User

    now = timezone.now()
    with scopes_disabled():
        network = Network.objects.create(slug="bench", name="Bench Collaboratory")
        steward = User.objects.create_user("steward@bench.example", full_name="Sam Steward")
        member = User.objects.create_user("member@bench.example", full_name="Mo Member")
        for user, role in ((steward, Role.STEWARD), (member, Role.MEMBER)):
            Membership.objects.create(network=network, user=user, role=role)
        past = gathering_create(
            network=network,
            title="Past",
            format=GatheringFormat.VIRTUAL,
            parts=[("Call", now - timedelta(days=90), now - timedelta(days=90, hours=-2))],
        )
        upcoming = gathering_create(
            network=network,
            title="Now",
            format=GatheringFormat.VIRTUAL,
            parts=[("Call", now + timedelta(days=60), now + timedelta(days=60, hours=2))],
        )
        attendance_bulk_record(
            network=network,
            entries=[(past.parts.get().pk, member.pk)],
            source=Attendance.Source.HISTORY,
        )
        proposal = proposal_save(
            gathering=upcoming,
            proposer=member,
            fields={
                "title": "Tool library",
                "what": "A tool library",
                "who_it_serves": "Neighbors",
                "problem": "Tools cost too much",
                "where": "Tulsa",
                "timeframe": "ongoing",
                "phase": "launched",
                "asks_timeline": "Space by spring",
            },
            asks=[AskInput("space", "institutional", "A storefront on Saturdays")],
        )
        proposal_submit(proposal=proposal, actor=member)
        proposal_stage_decision(proposal=proposal, decision="selected", actor=steward)
        proposals_announce(gathering=upcoming, actor=steward, early=True)
    session = SessionStore()
    session[SESSION_KEY] = str(steward.pk)
    session["_auth_user_backend"] = "allauth.account.auth_backends.AuthenticationBackend"
    session[HASH_SESSION_KEY] = steward.get_session_auth_hash()
    session.save()
    return {
        "cookie": f"sessionid={session.session_key}",
        "path": f"/n/bench/live/{upcoming.pk}/events",
        "proposal": proposal.pk,
        "committer": steward.pk,
        "submit": f"/n/bench/live/{upcoming.pk}/commitments",
        "network_home": "/n/bench/",
        "phone_view": f"/n/bench/live/{upcoming.pk}/",
        "due_on": (timezone.localdate() + timedelta(days=30)).isoformat(),
    }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# --- the client side --------------------------------------------------------------------------


class Tally:
    """Frames of this run only: commitments numbered from `first` (earlier runs' events
    are replayed to new listeners and pollers, and are not counted)."""

    def __init__(self, first: int) -> None:
        self.first = first
        self.connected = 0
        self.latencies_ms: list[float] = []
        self.received: dict[int, set[int]] = {}

    def note(self, listener: int, line: bytes, now_ns: int) -> None:
        found = STAMP.search(line)
        if found is None:
            return
        n = int(found.group(2))
        if n < self.first:
            return
        seen = self.received.setdefault(listener, set())
        if n not in seen:
            seen.add(n)
            self.latencies_ms.append((now_ns - int(found.group(1))) / 1e6)


class SseListener(asyncio.Protocol):
    """One listener, read with a protocol rather than a stream reader: one callback per
    chunk that arrives, scanned with one regex, so the client's own Python work per frame
    stays small next to the server's (1,000 listeners share this process with the poster).
    A stamp split across two chunks is found in the kept tail; the tally ignores repeats."""

    def __init__(self, request: bytes, index: int, tally: Tally, done: asyncio.Future[None]):
        self.request = request
        self.index = index
        self.tally = tally
        self.done = done
        self.tail = b""
        self.started = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        transport.write(self.request)  # type: ignore[attr-defined]

    def data_received(self, data: bytes) -> None:
        now_ns = time.time_ns()
        if not self.started:
            if not data.startswith(b"HTTP/1.1 200 "):
                self.done.set_exception(RuntimeError(f"listener {self.index}: {data[:80]!r}"))
                return
            self.started = True
        if b"retry: " in data:
            self.tally.connected += 1
        text = self.tail + data
        for found in STAMP.finditer(text):
            self.tally.note(self.index, found.group(0), now_ns)
        self.tail = text[-40:]

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.done.done():
            self.done.set_result(None)


async def listen(port: int, path: str, cookie: str, index: int, tally: Tally) -> None:
    loop = asyncio.get_running_loop()
    done: asyncio.Future[None] = loop.create_future()
    request = (
        f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: {cookie}\r\n"
        "Accept: text/event-stream\r\n\r\n".encode()
    )
    transport, _protocol = await loop.create_connection(
        lambda: SseListener(request, index, tally, done), "127.0.0.1", port
    )
    try:
        await done
    finally:
        transport.close()


async def http_request(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, raw: bytes
) -> bytes:
    writer.write(raw)
    await writer.drain()
    length = 0
    status = await reader.readline()
    while (header := await reader.readline()) not in (b"\r\n", b""):
        name, _sep, value = header.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    body = await reader.readexactly(length) if length else b""
    if b" 20" not in status:
        raise RuntimeError(f"{status!r} {body[:200]!r}")
    return body


def bench_route(n: int, stamp: int, info: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
    """The bench-only route around the ASGI app (uvicorn runs): the service, in process."""
    return "/__bench/commit", "", {"n": n, "stamp": stamp}


def phone_endpoint(n: int, stamp: int, info: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
    """The phone's JSON endpoint (`live:submit`), signed in with the CSRF pair, as a phone
    posts to `collaboratory serve`: nothing of the bench runs in the server."""
    body = {
        "proposal": info["proposal"],
        "ask": "general",
        "capital": "institutional",
        "what": f"I will host 20 people on May 3 (stamp {stamp} n {n})",
        "amount": "20",
        "unit": "people",
        "due_on": info["due_on"],
        "idempotency_key": str(uuid.uuid4()),
        "accept_vague": "1",
    }
    return (
        info["submit"],
        f"Cookie: {info['cookie']}; csrftoken={CSRF}\r\nX-CSRFToken: {CSRF}\r\n",
        body,
    )


async def poster(
    port: int,
    first: int,
    commits: int,
    every: float,
    info: dict[str, Any],
    route: Any,
    stop: threading.Event | None = None,
) -> int:
    """Post up to `commits` commitments `every` s apart (fewer once `stop` is set): how many."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    posted = 0
    for n in range(first, first + commits):
        if stop is not None and stop.is_set():
            break
        posted += 1
        path, headers, fields = route(n, time.time_ns(), info)
        body = json.dumps(fields).encode()
        await http_request(
            reader,
            writer,
            f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{headers}Content-Type: "
            f"application/json\r\nContent-Length: {len(body)}\r\n\r\n".encode()
            + body,
        )
        await asyncio.sleep(every)
    writer.close()
    return posted


async def poll(
    port: int,
    path: str,
    cookie: str,
    index: int,
    interval: float,
    tally: Tally,
    commits: int,
    stop: float,
) -> int:
    """Poll until this client has every commitment of the run (or the deadline passes)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    last = 0
    requests = 0
    await asyncio.sleep(interval * (index % 100) / 100)  # spread the pollers over the period
    while time.monotonic() < stop and len(tally.received.get(index, ())) < commits:
        body = await http_request(
            reader,
            writer,
            f"GET {path}?once=1&after={last} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Cookie: {cookie}\r\n\r\n".encode(),
        )
        requests += 1
        now_ns = time.time_ns()
        for line in body.splitlines():
            if line.startswith(b"id: "):
                last = int(line[4:])
            elif line.startswith(b"data: "):
                tally.note(index, line, now_ns)
        await asyncio.sleep(interval)
    writer.close()
    return requests


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def report(label: str, tally: Tally, clients: int, commits: int, extra: str = "") -> None:
    expected = clients * commits
    got = sum(len(s) for s in tally.received.values())
    lat = tally.latencies_ms
    print(
        f"{label:<28} p50 {statistics.median(lat) if lat else float('nan'):7.1f} ms   "
        f"p99 {percentile(lat, 0.99):7.1f} ms   max {max(lat) if lat else float('nan'):7.1f} ms"
        f"   lost {expected - got}/{expected}{extra}",
        flush=True,
    )


async def sse_run(
    port: int,
    info: dict[str, Any],
    listeners: int,
    first: int,
    args: argparse.Namespace,
    route: Any = bench_route,
) -> tuple[Tally, float]:
    tally = Tally(first)
    started = time.perf_counter()
    tasks = []
    for i in range(listeners):
        tasks.append(asyncio.create_task(listen(port, info["path"], info["cookie"], i, tally)))
        if i % 50 == 49:
            await asyncio.sleep(0.05)
    # Wait until every listener has its stream open (each gets earlier runs' events first).
    while tally.connected < listeners and time.perf_counter() - started < 120:
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.5)
    connect_s = time.perf_counter() - started
    await poster(port, first, args.commits, args.every, info, route)
    await asyncio.sleep(2.0)
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return tally, connect_s


async def main_async(args: argparse.Namespace, port: int, info: dict[str, Any]) -> None:
    offset = 0
    for listeners in args.listeners:
        tally, connect_s = await sse_run(port, info, listeners, offset, args)
        report(
            f"SSE, {listeners} listeners",
            tally,
            listeners,
            args.commits,
            f"   (connected in {connect_s:.1f} s)",
        )
        offset += args.commits
    tally = Tally(offset)
    stop = time.monotonic() + args.commits * args.every + args.poll_interval + 60.0
    pollers = [
        asyncio.create_task(
            poll(
                port,
                info["path"],
                info["cookie"],
                i,
                args.poll_interval,
                tally,
                args.commits,
                stop,
            )
        )
        for i in range(args.pollers)
    ]
    await asyncio.sleep(args.poll_interval)
    await poster(port, offset, args.commits, args.every, info, bench_route)
    requests = sum(await asyncio.gather(*pollers))
    report(
        f"polling every {args.poll_interval:g} s, {args.pollers}",
        tally,
        args.pollers,
        args.commits,
        f"   ({requests} requests)",
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--listeners", type=lambda s: [int(x) for x in s.split(",")], default=[300, 1000]
    )
    parser.add_argument("--commits", type=int, default=20)
    parser.add_argument("--every", type=float, default=0.1)
    parser.add_argument("--pollers", type=int, default=300)
    parser.add_argument("--poll-interval", type=float, default=1.0)
    parser.add_argument(
        "--no-default-server",
        dest="default_server",
        action="store_false",
        help="skip the runs through `collaboratory serve`",
    )
    parser.add_argument("--page-rounds", type=int, default=8)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="live-fanout-") as data_dir:
        env = {
            **os.environ,
            "COLLABORATORY_DATA_DIR": data_dir,
            "COLLABORATORY_ENV": "development",
            "COLLABORATORY_DEBUG": "false",
            "COLLABORATORY_LOG_LEVEL": "WARNING",
            "DJANGO_SETTINGS_MODULE": "collaboratory.config.settings",
            "PYTHONPATH": os.pathsep.join([str(BENCH_DIR), os.environ.get("PYTHONPATH", "")]),
        }
        os.environ.update(env)
        bin_dir = Path(sys.executable).parent
        subprocess.run([bin_dir / "collaboratory", "migrate", "-v0"], env=env, check=True)
        info = seed()
        env["BENCH_PROPOSAL"] = str(info["proposal"])
        env["BENCH_COMMITTER"] = str(info["committer"])
        port = free_port()
        server = subprocess.Popen(
            [
                bin_dir / "uvicorn",
                "live_fanout:app",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--lifespan",
                "off",
                "--log-level",
                "warning",
                "--no-access-log",
            ],
            env=env,
            cwd=ROOT,
        )
        try:
            wait_for(port)
            print(
                f"uvicorn, 1 worker, SQLite (WAL, synchronous=FULL); {args.commits} commitments"
                f" {args.every:g} s apart; latency from POST sent to frame read",
                flush=True,
            )
            asyncio.run(main_async(args, port, info))
        finally:
            server.terminate()
            server.wait(timeout=10)
        if args.default_server:
            default_server_runs(args, env, info, offset=(len(args.listeners) + 1) * args.commits)


def wait_for(port: int) -> None:
    for _ in range(300):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"nothing answers on port {port}")


def start_cli(env: dict[str, str], *extra: str) -> tuple[int, subprocess.Popen[bytes]]:
    """`collaboratory serve` exactly as an operator starts it (default workers), on a free
    port, in its own process group."""
    port = free_port()
    command = [sys.executable, "-m", "collaboratory.cli", "serve", "--bind", f"127.0.0.1:{port}"]
    process = subprocess.Popen(
        [*command, *extra],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    wait_for(port)
    return port, process


def pages_rate(port: int, cookie: str, path: str, seconds: float) -> float:
    """Requests per second on `path` by 4 client threads (gatherings.py's client), in a
    process of their own: the listeners of `StreamsOpen` read their sockets in this one, and
    the clients' threads would take the GIL from them, so that a faster server would look
    like slower delivery."""
    code = (
        "import sys; from gatherings import hammer; "
        "print(len(hammer(int(sys.argv[1]), sys.argv[2], sys.argv[3], float(sys.argv[4]), 4)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(port), path, cookie, str(seconds)],
        capture_output=True,
        text=True,
        check=True,
        cwd=BENCH_DIR,
    )
    return int(done.stdout) / seconds


class StreamsOpen:
    """`listeners` phones holding their streams open to `port`, in a thread and event loop of
    their own, with a commitment posted to the phone endpoint every `every` s, for as long
    as the `with` block lasts: the pages measured inside it share the server with a live room."""

    def __init__(
        self, port: int, info: dict[str, Any], listeners: int, first: int, every: float
    ) -> None:
        self.port, self.info, self.listeners, self.every = port, info, listeners, every
        self.tally = Tally(first)
        self.posted = 0
        self.ready = threading.Event()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=lambda: asyncio.run(self._hold()))

    async def _hold(self) -> None:
        tasks = []
        for i in range(self.listeners):
            listener = listen(self.port, self.info["path"], self.info["cookie"], i, self.tally)
            tasks.append(asyncio.create_task(listener))
            if i % 50 == 49:
                await asyncio.sleep(0.05)
        deadline = time.perf_counter() + 120
        while self.tally.connected < self.listeners and time.perf_counter() < deadline:
            await asyncio.sleep(0.05)
        self.ready.set()
        self.posted = await poster(
            self.port, self.tally.first, 10**6, self.every, self.info, phone_endpoint, self.stop
        )
        await asyncio.sleep(2.0)  # the last frames arrive
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def __enter__(self) -> StreamsOpen:
        self.thread.start()
        if not self.ready.wait(130):
            raise SystemExit("the listeners did not connect")
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop.set()
        self.thread.join()


def page_rounds(
    servers: dict[str, int], paths: list[str], cookie: str, rounds: int
) -> dict[tuple[str, str], list[float]]:
    """Each path on each server for 1.5 s, interleaved, `rounds` times: the rates."""
    rates: dict[tuple[str, str], list[float]] = {(n, p): [] for n in servers for p in paths}
    for _round in range(rounds):
        for path in paths:
            for name, port in servers.items():
                rates[name, path].append(pages_rate(port, cookie, path, 1.5))
    return rates


def print_ratios(title: str, rates: dict[tuple[str, str], list[float]], paths: list[str]) -> None:
    print(f"{title} (goal: at least 0.90)", flush=True)
    for path in paths:
        serve_rate, sync_rate = (statistics.median(rates[k, path]) for k in ("serve", "sync"))
        print(
            f"  {path:<28} {serve_rate:7.0f} {sync_rate:7.0f}   {serve_rate / sync_rate:.2f}",
            flush=True,
        )


def default_server_runs(
    args: argparse.Namespace, env: dict[str, str], info: dict[str, Any], offset: int
) -> None:
    """The same listeners through `collaboratory serve` (the default server: uvicorn workers,
    streams async, pages on the loop), commitments posted by the phone's JSON endpoint to
    whichever worker takes them; then pages on it beside gunicorn sync (`serve --sync`)."""
    serve_port, serve = start_cli(env)
    sync_port, sync = start_cli(env, "--sync")
    try:
        print(
            "\n`collaboratory serve` (default workers); commitments posted to the phone's"
            " endpoint; latency from POST sent to frame read",
            flush=True,
        )

        async def streams() -> None:
            first = offset
            for listeners in args.listeners:
                tally, connect_s = await sse_run(
                    serve_port, info, listeners, first, args, route=phone_endpoint
                )
                report(
                    f"serve, {listeners} listeners",
                    tally,
                    listeners,
                    args.commits,
                    f"   (connected in {connect_s:.1f} s)",
                )
                first += args.commits

        asyncio.run(streams())
        paths = ["/healthz", info["network_home"], info["phone_view"]]
        servers = {"serve": serve_port, "sync": sync_port}
        for port in servers.values():  # warm up every worker
            for path in paths:
                pages_rate(port, info["cookie"], path, 1.0)
        rates = page_rounds(servers, paths, info["cookie"], args.page_rounds)
        print_ratios(
            f"pages, 4 clients, {args.page_rounds} rounds of 1.5 s per URL and server,"
            " interleaved; median req/s: serve, gunicorn sync (`serve --sync`), ratio",
            rates,
            paths,
        )
        # The goal's condition: the pages while phones are listening and commitments land.
        first = offset + len(args.listeners) * args.commits
        listeners = args.listeners[0]
        with StreamsOpen(serve_port, info, listeners, first, every=1.0) as room:
            during = page_rounds(servers, paths, info["cookie"], args.page_rounds)
        print_ratios(
            f"the same pages while {listeners} phones hold streams open to `serve` and a"
            " commitment reaches them every second; median req/s: serve (streams open),"
            " gunicorn sync, ratio",
            during,
            paths,
        )
        report(f"serve, {listeners} listeners, pages", room.tally, listeners, room.posted)
    finally:
        for process in (serve, sync):
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)


if __name__ == "__main__":
    main()
