"""REST API list operations at 10,000 members, next to a bare one-query API view.

Seeds the demo (`seed_demo --members N`) into a fresh SQLite file in a temporary data dir,
makes personal access tokens for many distinct members (and the steward, for the roster)
through `api_token_create`, serves it with gunicorn (sync workers, one per core), and hammers
each list operation and the bare view (`/bench-api/bare`: a django-ninja operation that runs
one query, no token; it exists only in bench/bench_urls.py) in the same run, interleaved in
short rounds. Each client thread sends every request with the next token of the pool, so the
requests come from distinct members (distinct token rows, rate-limit counters and
memberships). The rate limit is raised for the run: it is not what is measured.

Goal (issue #19): every list operation at least 0.50 x the requests per second of the bare
view behind the token check (`/bench-api/networks/<slug>/bare`: the same token check and
network guard every operation pays, then one query), as the pages' goals are read against the
bare signed-in view. The ratio to the bare view without a token is printed too. Lists are
measured at their default page size (25); the directory and the roster, the only lists of
more than 25 rows here, also at `limit=100`.

    .venv/bin/python bench/api.py [--members 10000] [--tokens 50] [--seconds 2] [--rounds 4]
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from gatherings import CLI, free_port, hammer_with, seeded  # bench/ is on sys.path

TOKENS = """
from django_scopes import scopes_disabled
from collaboratory.api.services import api_token_create
from collaboratory.networks.models import ADMITTED_STATUSES, Membership, Network, Role
network = Network.objects.get(slug="national")
with scopes_disabled():
    people = [m.user for m in Membership.objects.filter(
        network=network, status__in=ADMITTED_STATUSES, role=Role.MEMBER,
        user__email__startswith="member").select_related("user").order_by("pk")[:1]]
    people += [m.user for m in Membership.objects.filter(
        network=network, status__in=ADMITTED_STATUSES, role=Role.MEMBER
    ).exclude(user__in=people).select_related("user").order_by("?")[:COUNT - 1]]
    steward = Membership.objects.filter(network=network, role=Role.STEWARD).first().user
for user in people:
    print("MEMBER " + api_token_create(network=network, user=user, name="bench", scope="read")[1])
print("STEWARD " + api_token_create(network=network, user=steward, name="bench", scope="read")[1])
"""


def get(port: int, path: str, token: str) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Host": "127.0.0.1"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    conn.request("GET", path, headers=headers)
    response = conn.getresponse()
    response.read()
    conn.close()
    return response.status


def hammer(port: int, path: str, tokens: list[str], seconds: float, clients: int) -> list[float]:
    """Each request with the next token of the pool (distinct members across requests)."""
    lock = threading.Lock()
    pool = itertools.cycle(tokens)

    def send() -> int:
        with lock:
            token = next(pool)
        return get(port, path, token)

    return hammer_with(send, path, seconds, clients)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--members", type=int, default=10000)
    parser.add_argument("--tokens", type=int, default=50, help="distinct members' tokens")
    parser.add_argument("--seconds", type=float, default=2.0, help="per URL per round")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as data_dir:
        env = seeded(data_dir, args.members, COLLABORATORY_API_RATE_LIMIT="1000000/m")
        out = subprocess.run(
            [*CLI, "shell", "-c", TOKENS.replace("COUNT", str(args.tokens))],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        members = [line.split(" ", 1)[1] for line in out.splitlines() if line.startswith("MEMB")]
        stewards = [line.split(" ", 1)[1] for line in out.splitlines() if line.startswith("STEW")]
        port = free_port()
        bench_dir = str(Path(__file__).resolve().parent)
        server_env = {
            **env,
            "DJANGO_SETTINGS_MODULE": "bench_settings",
            "PYTHONPATH": os.pathsep.join(filter(None, [bench_dir, env.get("PYTHONPATH")])),
        }
        server = subprocess.Popen(
            [
                *(sys.executable, "-m", "gunicorn", "collaboratory.config.wsgi"),
                *("--workers", str(args.workers), "--bind", f"127.0.0.1:{port}"),
                *("--log-level", "warning"),
            ],
            env=server_env,
        )
        base = "/api/v1/networks/national/"
        urls: dict[str, tuple[str, list[str]]] = {
            "bare API view (one query)": ("/bench-api/bare", [""]),
            "bare API view with token": ("/bench-api/networks/national/bare", members),
            "members (directory)": (base + "members", members),
            "members ?q=": (base + "members?q=an", members),
            "members limit=100": (base + "members?limit=100", members),
            "gatherings": (base + "gatherings", members),
            "asks": (base + "asks", members),
            "proposals (own)": (base + "proposals", members),
            "commitments owed": (base + "commitments", members),
            "commitments to me": (base + "commitments?role=to_me", members),
            "roster (steward)": (base + "roster", stewards),
            "roster limit=100": (base + "roster?limit=100", stewards),
        }
        try:
            for _ in range(100):
                try:
                    if get(port, "/healthz", "") == 200:
                        break
                except OSError:
                    time.sleep(0.1)
            for path, tokens in urls.values():  # warm up every worker
                hammer(port, path, tokens, 1.0, args.clients)
            results: dict[str, list[float]] = {name: [] for name in urls}
            for _round in range(args.rounds):
                for name, (path, tokens) in urls.items():
                    results[name] += hammer(port, path, tokens, args.seconds, args.clients)
        finally:
            server.terminate()
            server.wait(timeout=10)

    elapsed = args.rounds * args.seconds
    print(
        f"\n{args.members} members, {len(members)} member tokens, gunicorn {args.workers} sync "
        f"workers, {args.clients} clients, {args.rounds} x {args.seconds:.0f} s per URL, "
        "interleaved"
    )
    print(
        f"{'URL':<28} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'x bare':>8} {'x bare+token':>12}"
    )
    rates = {name: len(latencies) / elapsed for name, latencies in results.items()}
    bare = rates["bare API view (one query)"]
    signed = rates["bare API view with token"]
    for name, latencies in results.items():
        cuts = statistics.quantiles(latencies, n=20)
        print(
            f"{name:<28} {rates[name]:>8.0f} {statistics.median(latencies) * 1000:>8.1f} "
            f"{cuts[18] * 1000:>8.1f} {rates[name] / bare:>8.2f} {rates[name] / signed:>12.2f}"
        )
    print(
        "Goal (issue #19): each list operation at least 0.50 x the bare API view with a token "
        "(the token check and network guard every operation pays, then one query). The ratio "
        "to the bare view without a token is shown too."
    )
    for name in list(rates)[2:]:
        verdict = "meets" if rates[name] / signed >= 0.5 else "MISSES"
        print(
            f"  {name}: {rates[name] / signed:.2f} x bare with token ({verdict} the goal), "
            f"{rates[name] / bare:.2f} x bare without"
        )


if __name__ == "__main__":
    main()
