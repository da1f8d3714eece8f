"""Gathering list and gathering page throughput, next to a bare one-query view.

Seeds the demo (10,000 members by default) into a fresh SQLite file in a temporary data
dir, serves it with gunicorn (sync workers, one per core) on a loopback port, logs in as the
demo member and hammers five URLs in the same run, interleaved: `/healthz` (one query, no
session), a bare signed-in network view (the same middleware a network page runs: session,
user, network and membership, then one query and no template; it exists only in the bench's
URLconf, `bench/bench_urls.py`, so the product gains no route), the network home (a
Foundation page, for reference), the gathering list and the page of the gathering with the
most RSVPs. Prints requests/s, p50 and p95 latency, and each page's requests/s as a share
of both bare views'.

The baseline of the goal (issue #4: at least half its requests per second) is the bare
SIGNED-IN view: it pays the same session, auth and network middleware as the pages, so the
ratio measures what the pages themselves cost. `/healthz` is shown for reference only.

The pages are measured as one member reloading them: after the first request they come
from the per-viewer page cache (gatherings/pagecache.py), which every write through the
services invalidates. `bench/profile_pages.py` also times them with the cache emptied
before every request (a first view after a change).

    .venv/bin/python bench/gatherings.py [--members 10000] [--seconds 2] [--rounds 8] [--clients 4]
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

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if failures:
        raise SystemExit(f"{label}: {len(failures)} requests failed, e.g. HTTP {failures[0]}")
    return latencies


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--members", type=int, default=10000)
    # Short rounds, many of them: on a shared machine the load changes within seconds, and
    # interleaving finely keeps every URL's window under the same conditions.
    parser.add_argument("--seconds", type=float, default=2.0, help="per URL per round")
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as data_dir:
        env = seeded(data_dir, args.members)
        with sqlite3.connect(Path(data_dir) / "collaboratory.sqlite3") as db:
            gathering_id, rsvps = db.execute(
                "SELECT gathering_id, COUNT(*) FROM gatherings_rsvp GROUP BY gathering_id "
                "ORDER BY COUNT(*) DESC LIMIT 1"
            ).fetchone()
        port = free_port()
        bench_dir = str(Path(__file__).resolve().parent)
        server_env = {
            **env,
            "DJANGO_SETTINGS_MODULE": "bench_settings",
            "PYTHONPATH": os.pathsep.join(filter(None, [bench_dir, env.get("PYTHONPATH")])),
        }
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "collaboratory.config.wsgi",
                "--workers",
                str(args.workers),
                "--bind",
                f"127.0.0.1:{port}",
                "--log-level",
                "warning",
            ],
            env=server_env,
        )
        try:
            for _ in range(100):
                try:
                    if request(port, "GET", "/healthz").status == 200:
                        break
                except OSError:
                    time.sleep(0.1)
            cookie = log_in(port)
            urls = {
                "bare view /healthz": "/healthz",
                "bare signed-in network view": "/n/national/bench-bare/",
                "network home (reference)": "/n/national/",
                "gathering list": "/n/national/gatherings/",
                f"gathering page ({rsvps} RSVPs)": f"/n/national/gatherings/{gathering_id}/",
            }
            for path in urls.values():  # warm up every worker
                hammer(port, path, cookie, 1.0, args.clients)
            results: dict[str, list[float]] = {name: [] for name in urls}
            elapsed: dict[str, float] = dict.fromkeys(urls, 0.0)
            for _round in range(args.rounds):
                for name, path in urls.items():
                    results[name] += hammer(port, path, cookie, args.seconds, args.clients)
                    elapsed[name] += args.seconds
        finally:
            server.terminate()
            server.wait(timeout=10)

    print(
        f"\n{args.members} members, gunicorn {args.workers} sync workers, {args.clients} "
        f"clients, {args.rounds} x {args.seconds:.0f} s per URL, interleaved"
    )
    print(
        f"{'URL':<34} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} "
        f"{'x /healthz':>10} {'x signed-in bare':>16}"
    )
    rates = {name: len(latencies) / elapsed[name] for name, latencies in results.items()}
    bare, signed_in = list(rates.values())[:2]
    for name, latencies in results.items():
        rate = rates[name]
        cuts = statistics.quantiles(latencies, n=20)
        print(
            f"{name:<34} {rate:>8.0f} {statistics.median(latencies) * 1000:>8.1f} "
            f"{cuts[18] * 1000:>8.1f} {rate / bare:>10.2f} {rate / signed_in:>16.2f}"
        )
    print(
        "Goal (issue #4): gathering list and page each at least 0.50 x the signed-in bare "
        "view, the baseline with the same middleware; /healthz is for reference."
    )
    for name in list(rates)[3:]:
        verdict = "meets" if rates[name] / signed_in >= 0.5 else "MISSES"
        print(f"  {name}: {rates[name] / signed_in:.2f} x signed-in bare, {verdict} the goal")


if __name__ == "__main__":
    main()
