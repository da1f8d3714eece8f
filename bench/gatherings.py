"""Gathering list and gathering page throughput, next to a bare one-query view.

Seeds the demo (10,000 members by default) into a fresh SQLite file in a temporary data
dir, serves it with gunicorn (sync workers, one per core) and with `collaboratory serve` (the
default server since issue 20: uvicorn workers, pages on the event loop; as many workers) on two
loopback ports, logs in as the demo member on each and hammers five URLs in the same run,
interleaved by URL and server: `/healthz` (one query, no
session), a bare signed-in network view (the same middleware a network page runs: session,
user, network and membership, then one query and no template; it exists only in the bench's
URLconf, `bench/bench_urls.py`, so the product gains no route), the network home (a
Foundation page, for reference), the gathering list and the page of the gathering with the
most RSVPs. Prints requests/s, p50 and p95 latency, and each page's requests/s as a share
of both bare views', per server, then `serve`'s requests/s as a share of gunicorn's (issue
#20's goal: at least 0.90 for the pages). `--servers sync` (or `serve`) measures one alone.

The baseline of the goal (issue #4: at least half its requests per second) is the bare
SIGNED-IN view: it pays the same session, auth and network middleware as the pages, so the
ratio measures what the pages themselves cost. `/healthz` is shown for reference only.

The pages are measured as one member reloading them: after the first request they come
from the per-viewer page cache (networks/pagecache.py), which every write through the
services invalidates. `bench/profile_pages.py` also times them with the cache emptied
before every request (a first view after a change).

    .venv/bin/python bench/gatherings.py [--members 10000] [--seconds 2] [--rounds 8] [--clients 4]
        [--servers sync,serve]
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path

MEMBER_EMAIL = "member@example.org"
DEMO_PASSWORD = "collaborate-together"  # noqa: S105  (printed by the demo on purpose)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def request(
    port: int, method: str, path: str, cookie: str = "", body: str = ""
) -> http.client.HTTPResponse:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Cookie": cookie, "Host": "127.0.0.1"}
    if body:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        headers["Referer"] = f"http://127.0.0.1:{port}/accounts/login/"
    conn.request(method, path, body=body or None, headers=headers)
    response = conn.getresponse()
    response.read()
    conn.close()
    return response


def cookies_of(response: http.client.HTTPResponse) -> dict[str, str]:
    found = {}
    for header in response.headers.get_all("Set-Cookie") or []:
        name, _sep, rest = header.partition("=")
        found[name.strip()] = rest.split(";", 1)[0]
    return found


def log_in(port: int) -> str:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", "/accounts/login/", headers={"Host": "127.0.0.1"})
    page = conn.getresponse()
    html = page.read().decode()
    csrf_cookie = cookies_of(page)["csrftoken"]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)  # type: ignore[union-attr]
    body = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": token, "login": MEMBER_EMAIL, "password": DEMO_PASSWORD}
    )
    response = request(port, "POST", "/accounts/login/", f"csrftoken={csrf_cookie}", body)
    session = cookies_of(response).get("sessionid")
    if response.status != 302 or not session:
        raise SystemExit(f"Login failed: HTTP {response.status}")
    return f"csrftoken={csrf_cookie}; sessionid={session}"


def hammer(port: int, path: str, cookie: str, seconds: float, clients: int) -> list[float]:
    """Latencies (seconds) of every request completed by `clients` threads in `seconds`."""
    return hammer_with(lambda: request(port, "GET", path, cookie).status, path, seconds, clients)


def hammer_with(send: Callable[[], int], label: str, seconds: float, clients: int) -> list[float]:
    """`send()` (one request, its HTTP status) from `clients` threads for `seconds`: the
    latency of every request completed; any status but 200 ends the run."""
    latencies: list[float] = []
    lock = threading.Lock()
    stop = time.perf_counter() + seconds
    failures: list[int] = []

    def worker() -> None:
        mine = []
        while time.perf_counter() < stop:
            started = time.perf_counter()
            status = send()
            mine.append(time.perf_counter() - started)
            if status != 200:
                failures.append(status)
        with lock:
            latencies.extend(mine)

    in_threads(lambda _n: worker(), clients)
    if failures:
        raise SystemExit(f"{label}: {len(failures)} requests failed, e.g. HTTP {failures[0]}")
    return latencies


def in_threads(target: Callable[[int], object], count: int) -> None:
    """target(0) ... target(count - 1), each in a thread of its own, all at once; returns
    when every one has."""
    threads = [threading.Thread(target=target, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


CLI = [sys.executable, "-m", "collaboratory.cli"]


def seeded(data_dir: str, members: int, **extra: str) -> dict[str, str]:
    """Migrate and seed the demo with `members` into a fresh SQLite file in `data_dir`; the
    environment that reaches it (`extra` added), for `CLI` and the server."""
    env = {
        **os.environ,
        "COLLABORATORY_DATA_DIR": data_dir,
        "COLLABORATORY_DEBUG": "false",
        "COLLABORATORY_LOG_LEVEL": "WARNING",
        **extra,
    }
    env.pop("DATABASE_URL", None)
    print(f"Seeding the demo with {members} members...", flush=True)
    started = time.perf_counter()
    subprocess.run([*CLI, "migrate", "-v", "0"], env=env, check=True)
    subprocess.run(
        [*CLI, "seed_demo", "--members", str(members)],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    print(f"  seeded in {time.perf_counter() - started:.0f} s", flush=True)
    return env


SERVERS = {
    "sync": "gunicorn sync workers (pages only; `serve --sync`)",
    "serve": "`collaboratory serve` (uvicorn workers: pages on the event loop, streams async)",
}


def start_server(
    name: str, workers: int, env: dict[str, str]
) -> tuple[int, subprocess.Popen[bytes]]:
    """Start one of SERVERS on a free port; its port and process once it answers."""
    port = free_port()
    bind = f"127.0.0.1:{port}"
    if name == "sync":
        command = [sys.executable, "-m", "gunicorn", "collaboratory.config.wsgi"]
        command += ["--workers", str(workers), "--bind", bind, "--log-level", "warning"]
    else:  # exactly as an operator starts it, with the access log turned down
        command = [sys.executable, "-m", "collaboratory.cli", "serve"]
        command += ["--bind", bind, "--workers", str(workers)]
    process = subprocess.Popen(command, env=env)
    for _ in range(300):
        try:
            if request(port, "GET", "/healthz").status == 200:
                return port, process
        except OSError:
            time.sleep(0.1)
    process.terminate()
    raise SystemExit(f"{name} did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--members", type=int, default=10000)
    # Short rounds, many of them: on a shared machine the load changes within seconds, and
    # interleaving finely keeps every URL's window under the same conditions.
    parser.add_argument("--seconds", type=float, default=2.0, help="per URL per round")
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument(
        "--servers",
        type=lambda v: [x for x in v.split(",") if x in SERVERS],
        default=list(SERVERS),
        help="sync, serve or both (the default): measured interleaved in one run",
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as data_dir:
        env = seeded(data_dir, args.members)
        with sqlite3.connect(Path(data_dir) / "collaboratory.sqlite3") as db:
            gathering_id, rsvps = db.execute(
                "SELECT gathering_id, COUNT(*) FROM gatherings_rsvp GROUP BY gathering_id "
                "ORDER BY COUNT(*) DESC LIMIT 1"
            ).fetchone()
        bench_dir = str(Path(__file__).resolve().parent)
        server_env = {
            **env,
            "DJANGO_SETTINGS_MODULE": "bench_settings",
            "PYTHONPATH": os.pathsep.join(filter(None, [bench_dir, env.get("PYTHONPATH")])),
        }
        servers = {name: start_server(name, args.workers, server_env) for name in args.servers}
        try:
            cookies = {name: log_in(port) for name, (port, _p) in servers.items()}
            urls = {
                "bare view /healthz": "/healthz",
                "bare signed-in network view": "/n/national/bench-bare/",
                "network home (reference)": "/n/national/",
                "gathering list": "/n/national/gatherings/",
                f"gathering page ({rsvps} RSVPs)": f"/n/national/gatherings/{gathering_id}/",
            }
            for name, (port, _p) in servers.items():  # warm up every worker
                for path in urls.values():
                    hammer(port, path, cookies[name], 1.0, args.clients)
            results = {s: {u: [] for u in urls} for s in servers}  # type: dict[str, dict[str, list[float]]]
            for _round in range(args.rounds):
                for url, path in urls.items():
                    for name, (port, _p) in servers.items():
                        results[name][url] += hammer(
                            port, path, cookies[name], args.seconds, args.clients
                        )
        finally:
            for _port, process in servers.values():
                process.terminate()
                process.wait(timeout=15)

    elapsed = args.rounds * args.seconds
    rates = {
        s: {u: len(lat) / elapsed for u, lat in by_url.items()} for s, by_url in results.items()
    }
    for name, by_url in results.items():
        print(
            f"\n{args.members} members, {SERVERS[name]}, {args.workers} workers, "
            f"{args.clients} clients, {args.rounds} x {args.seconds:.0f} s per URL, interleaved"
        )
        print(
            f"{'URL':<34} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} "
            f"{'x /healthz':>10} {'x signed-in bare':>16}"
        )
        bare, signed_in = list(rates[name].values())[:2]
        for url, latencies in by_url.items():
            rate = rates[name][url]
            cuts = statistics.quantiles(latencies, n=20)
            print(
                f"{url:<34} {rate:>8.0f} {statistics.median(latencies) * 1000:>8.1f} "
                f"{cuts[18] * 1000:>8.1f} {rate / bare:>10.2f} {rate / signed_in:>16.2f}"
            )
        print(
            "Goal (issue #4): gathering list and page each at least 0.50 x the signed-in bare "
            "view, the baseline with the same middleware; /healthz is for reference."
        )
        for url in list(rates[name])[3:]:
            share = rates[name][url] / signed_in
            verdict = "meets" if share >= 0.5 else "MISSES"
            print(f"  {url}: {share:.2f} x signed-in bare, {verdict} the goal")
    if "serve" in rates and "sync" in rates:
        print("\n`collaboratory serve` (pages and streams on one port) / gunicorn sync, req/s:")
        for url in urls:
            ratio = rates["serve"][url] / rates["sync"][url]
            print(f"  {url:<34} {ratio:5.2f}")
        print("Goal (issue #20): pages within 10 % of gunicorn sync (ratio at least 0.90).")


if __name__ == "__main__":
    main()
