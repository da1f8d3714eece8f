"""Every page people land on, at first view for distinct members, beside the bare view.

Issue #20, goal 1: My commitments (the landing page), the directory with and without filters,
the gathering list and page, the network home, the insights dashboard, the review board, the
live facilitator console, the asks board and a member's profile, each at least 0.50 x the
requests per second of the bare signed-in network view (`/n/<slug>/bench-bare/`, only in
bench/bench_urls.py) for distinct members, and p95 under 100 ms at 50 concurrent members, with
the 10,000-member demo plus 200,000 commitments.

Builds the demo once into `--data-dir` (`seed_demo --members N --commitments C`; reused when
the database is there: building it takes about a minute) or uses `DATABASE_URL` when given
(PostgreSQL: the database must exist; it is migrated and seeded when empty). Then, in the
bench's own copy of the data only, empties the cache (nothing kept by an earlier run: the
first request of a run renders each page), makes a pool of stewards (the review board and the
console are stewards' pages and the demo has two), and pre-creates a signed-in session for
every member of both pools. It serves the data with `collaboratory serve` (the embedded default)
and hammers each URL and the bare view interleaved in short rounds: every request carries
the next session of its pool, so each comes from a different member, and with pools larger
than the requests a URL gets in the run (printed) every request is that member's first view
of that page. The member profile and the gathering page rotate their subject too. Beside the
rates it prints the server's CPU time per request (its processes' utime + stime from /proc,
Linux): on a machine shared with other work the rates move with the load, the CPU per request
far less, so "x bare CPU" is the steadier reading of the goal's ratio.

Two readings of "50 concurrent members". The rounds above keep `--clients` requests in flight
at every moment (each client sends its next request the instant the last one ends): that
measures throughput, the goal's 0.5x ratio. People in a room do not click like that: each reads
a page for a moment before the next. With `--think 1,3` a second phase (`--paced-seconds`)
follows: `--clients` people, each requesting one landing page after another in an order of its
own and pausing 1-3 s between pages (as bench/locustfile.py's members do), every request still
a distinct member's first view of that page. It prints p50/p95/p99 per page: the goal's
"p95 under 100 ms at 50 concurrent members" on the embedded default.

    .venv/bin/python bench/landing.py --data-dir /tmp/landing [--members 10000]
        [--commitments 200000] [--sessions 3000] [--stewards 3200] [--clients 50]
        [--seconds 2] [--rounds 4] [--workers 3] [--only directory,console]
        [--think 1,3] [--paced-seconds 120]
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import os
import random
import statistics
import subprocess
import threading
import time
from pathlib import Path

from gatherings import CLI, hammer_with, in_threads, start_server  # bench/ is on sys.path

# The paced phase's own pools: more than any page's requests in 120 s at 50 people pausing 1-3 s.
PACED_MEMBERS = 1500
PACED_STEWARDS = 400

SETUP = """
import json
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.db.models import Count
from django_scopes import scopes_disabled
from collaboratory.creditclub.models import Proposal
from collaboratory.gatherings.models import Gathering, Rsvp
from collaboratory.networks.models import ADMITTED_STATUSES, Membership, Network, Role
from django.core.cache import cache
cache.clear()  # every request a first view: nothing kept from an earlier run
network = Network.objects.get(slug="national")
with scopes_disabled():
    admitted = Membership.objects.filter(network=network, status__in=ADMITTED_STATUSES)
    # Bench data only: the steward pool is the last STEWARDS members by id, promoted once.
    pool = list(admitted.filter(role__in=[Role.MEMBER, Role.STEWARD]).exclude(
        user__email__in=["member@example.org", "steward@example.org"]
    ).order_by("-pk").values_list("pk", flat=True)[:STEWARDS])
    Membership.objects.filter(pk__in=pool).update(role=Role.STEWARD)
    stewards = list(admitted.filter(role=Role.STEWARD).select_related("user"))
    members = list(
        admitted.filter(role=Role.MEMBER).select_related("user").order_by("?")[:SESSIONS]
    )
    busiest = Rsvp.objects.filter(network=network).values("gathering").annotate(
        n=Count("pk")).order_by("-n")
    gatherings = [row["gathering"] for row in busiest[:5]]
    live = Gathering.objects.get(network=network, title__contains="live demo").pk
    reviewed = Proposal.objects.filter(network=network).values("gathering").annotate(
        n=Count("pk")).order_by("-n").first()["gathering"]
def session(user):
    store = SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = next(
        b for b in settings.AUTHENTICATION_BACKENDS if "ModelBackend" in b or "allauth" in b
    )
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    return store.session_key
print(json.dumps({
    "members": [session(m.user) for m in members],
    "stewards": [session(m.user) for m in stewards],
    "profiles": [m.pk for m in members],
    "gatherings": gatherings,
    "live": live,
    "reviewed": reviewed,
}))
"""


# Connections the server closed before answering, retried on a fresh one (printed at the
# end). Under 50 clients on 2 cores the server's accept backlog can drop one; before, the
# whole run died on it and its minutes were lost.
RETRIED = [0]
CLOSED = (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError)


def get(port: int, path: str, session: str, attempts: int = 3) -> int:
    """One GET on a fresh connection; a connection closed before the answer is tried again
    (the request's time includes the retry, as a browser's would)."""
    for attempt in range(attempts):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        try:
            conn.request(
                "GET", path, headers={"Host": "127.0.0.1", "Cookie": f"sessionid={session}"}
            )
            response = conn.getresponse()
            response.read()
            return response.status
        except CLOSED:
            if attempt == attempts - 1:
                raise
            RETRIED[0] += 1
        finally:
            conn.close()
    raise AssertionError("unreachable")


def hammer(
    port: int, path: str, sessions: list[str], subjects: list[int], seconds: float, clients: int
) -> list[float]:
    """Each request with the next session of the pool (and the next subject in `{}`)."""
    lock = threading.Lock()
    pool = itertools.cycle(sessions)
    subject = itertools.cycle(subjects or [0])

    def send() -> int:
        with lock:
            session, about = next(pool), next(subject)
        return get(port, path.format(about), session)

    return hammer_with(send, path, seconds, clients)


def paced(
    port: int,
    pages: dict[str, tuple[str, bool, list[int]]],
    pools: tuple[list[str], list[str]],
    seconds: float,
    people: int,
    think: tuple[float, float],
) -> dict[str, list[float]]:
    """`people` threads, each a person walking the pages in a shuffled order of its own with a
    pause of `think` seconds (uniform) after each page; each page's requests take the next
    session of its pool, so every one is a distinct member's first view. The latencies per page."""
    members, stewards = pools
    lock = threading.Lock()
    turns = {
        name: (
            itertools.cycle(stewards if steward else members),
            itertools.cycle(subjects or [0]),
        )
        for name, (_path, steward, subjects) in pages.items()
    }
    latencies: dict[str, list[float]] = {name: [] for name in pages}
    failures: list[str] = []
    stop = time.perf_counter() + seconds

    def person(number: int) -> None:
        rnd = random.Random(number)
        order = list(pages)
        time.sleep(rnd.uniform(0, think[1]))  # people arrive spread out, not in one burst
        while time.perf_counter() < stop:
            rnd.shuffle(order)
            for name in order:
                if time.perf_counter() >= stop:
                    break
                with lock:
                    session, about = (next(part) for part in turns[name])
                started = time.perf_counter()
                status = get(port, pages[name][0].format(about), session)
                took = time.perf_counter() - started
                with lock:
                    latencies[name].append(took)
                    if status != 200:
                        failures.append(f"{name}: HTTP {status}")
                time.sleep(rnd.uniform(*think))

    in_threads(person, people)
    if failures:
        raise SystemExit(f"{len(failures)} paced requests failed, e.g. {failures[0]}")
    return latencies


def report_paced(
    latencies: dict[str, list[float]], people: int, think: tuple[float, float], cpu: float
) -> None:
    total = sum(len(values) for values in latencies.values())
    print(
        f"\nPaced: {people} concurrent members, each pausing {think[0]:g}-{think[1]:g} s after "
        f"every page; {total} requests, server CPU {cpu / max(total, 1) * 1000:.1f} ms/req"
    )
    print(f"{'page':<30} {'requests':>8} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}  goal p95 < 100")
    for name, values in latencies.items():
        cuts = statistics.quantiles(values, n=100) if len(values) > 1 else values * 99
        print(
            f"{name:<30} {len(values):>8} {statistics.median(values) * 1000:>7.1f} "
            f"{cuts[94] * 1000:>7.1f} {cuts[98] * 1000:>7.1f}  "
            f"{'meets' if cuts[94] < 0.1 else 'MISSES'}"
        )


def server_cpu(pid: int) -> float:
    """CPU seconds used so far by the server process and its children (the workers), from
    /proc (Linux; 0 elsewhere). Per request, it is the page's cost on the server whatever
    else runs on the machine, which the requests per second are not."""
    total, todo = 0.0, [pid]
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    while todo:
        current = todo.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
        todo += [int(child) for child in children]
    return total


def build(env: dict[str, str], members: int, commitments: int) -> None:
    """Migrate, and seed the demo with its extra commitments if the database is empty."""
    subprocess.run([*CLI, "migrate", "-v", "0"], env=env, check=True)
    started = time.perf_counter()
    out = subprocess.run(
        [
            *CLI,
            "seed_demo",
            "--if-empty",
            *("--members", str(members)),
        ],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    if "already seeded" in out:
        return
    print(f"Seeded {members} members in {time.perf_counter() - started:.0f} s", flush=True)
    started = time.perf_counter()
    subprocess.run([*CLI, "seed_demo", "--commitments", str(commitments)], env=env, check=True)
    print(f"Added {commitments} commitments in {time.perf_counter() - started:.0f} s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--members", type=int, default=10000)
    parser.add_argument("--commitments", type=int, default=200000)
    parser.add_argument("--sessions", type=int, default=3000, help="distinct members")
    parser.add_argument("--stewards", type=int, default=3200, help="distinct stewards")
    parser.add_argument("--seconds", type=float, default=2.0, help="per URL per round")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--clients", type=int, default=50, help="concurrent members")
    # As `collaboratory serve` starts when given no --workers: the embedded default.
    parser.add_argument(
        "--workers", type=int, default=int(os.environ.get("COLLABORATORY_WORKERS", "3"))
    )
    parser.add_argument("--only", default="", help="comma-separated page names to measure")
    parser.add_argument(
        "--think", default="", help="LOW,HIGH seconds: add the paced phase (people who pause)"
    )
    parser.add_argument("--paced-seconds", type=float, default=120.0)
    args = parser.parse_args()

    os.makedirs(args.data_dir, exist_ok=True)
    bench_dir = str(Path(__file__).resolve().parent)
    env = {
        **os.environ,
        "COLLABORATORY_DATA_DIR": args.data_dir,
        "COLLABORATORY_DEBUG": "false",
        "COLLABORATORY_LOG_LEVEL": "WARNING",
        "DJANGO_SETTINGS_MODULE": "bench_settings",
        "PYTHONPATH": os.pathsep.join(filter(None, [bench_dir, os.environ.get("PYTHONPATH")])),
    }
    database = "PostgreSQL" if env.get("DATABASE_URL", "").startswith("postgres") else "SQLite"
    build(env, args.members, args.commitments)
    think = tuple(float(x) for x in args.think.split(",")) if args.think else ()
    if think and (len(think) != 2 or not 0 <= think[0] <= think[1]):
        parser.error("--think takes LOW,HIGH seconds, LOW <= HIGH, e.g. 1,3")
    # The paced phase gets members (and stewards) of its own, none of whom the rounds used.
    extra_members, extra_stewards = (PACED_MEMBERS, PACED_STEWARDS) if think else (0, 0)
    script = SETUP.replace("STEWARDS", str(args.stewards + extra_stewards)).replace(
        "SESSIONS", str(args.sessions + extra_members)
    )
    import json

    setup = json.loads(
        subprocess.run(
            [*CLI, "shell", "-c", script], env=env, check=True, capture_output=True, text=True
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    members, stewards = setup["members"], setup["stewards"]
    paced_pools = (
        members[len(members) - extra_members :],
        stewards[len(stewards) - extra_stewards :],
    )
    members = members[: len(members) - extra_members]
    stewards = stewards[: len(stewards) - extra_stewards]
    # A few sessions warm the workers up; the measured ones are first views.
    warm_members, members = members[:20], members[20:]
    warm_stewards, stewards = stewards[:10], stewards[10:]
    profiles, gatherings = setup["profiles"], setup["gatherings"]
    n = "/n/national/"
    pages: dict[str, tuple[str, bool, list[int]]] = {
        "bare signed-in network view": (n + "bench-bare/", False, []),
        "My commitments (landing)": (n + "follow-through/", False, []),
        "directory": (n + "members/", False, []),
        "directory ?q=": (n + "members/?q=an", False, []),
        "directory filtered": (n + "members/?sector=1&region=Plains&category=space", False, []),
        "gathering list": (n + "gatherings/", False, []),
        "gathering page": (n + "gatherings/{}/", False, gatherings),
        "network home": (n, False, []),
        "insights dashboard": (n + "insights/", False, []),
        "asks board": (n + "asks/", False, []),
        "member profile": (n + "members/{}/", False, profiles),
        "review board (steward)": (
            n + f"creditclub/gatherings/{setup['reviewed']}/board/",
            True,
            [],
        ),
        "console (steward)": (n + f"live/{setup['live']}/console/", True, []),
    }
    if args.only:
        wanted = args.only.split(",")
        pages = {
            k: v for i, (k, v) in enumerate(pages.items()) if i == 0 or any(w in k for w in wanted)
        }
    port, server = start_server("serve", args.workers, env)
    try:
        for path, steward, subjects in pages.values():  # warm up every worker
            pool = warm_stewards if steward else warm_members
            hammer(port, path, pool, subjects, 1.0, min(args.clients, 8))
        results: dict[str, list[float]] = {name: [] for name in pages}
        cpu: dict[str, float] = dict.fromkeys(pages, 0.0)
        for _round in range(args.rounds):
            for name, (path, steward, subjects) in pages.items():
                pool = stewards if steward else members
                before = server_cpu(server.pid)
                results[name] += hammer(port, path, pool, subjects, args.seconds, args.clients)
                cpu[name] += server_cpu(server.pid) - before
        if think:
            before = server_cpu(server.pid)
            walked = paced(port, pages, paced_pools, args.paced_seconds, args.clients, think)
            paced_cpu = server_cpu(server.pid) - before
    finally:
        server.terminate()
        server.wait(timeout=15)

    elapsed = args.rounds * args.seconds
    print(
        f"\n{args.members} members + {args.commitments} commitments, {database}, "
        f"`collaboratory serve` {args.workers} workers, {args.clients} concurrent members, "
        f"{args.rounds} x {args.seconds:.0f} s per URL, interleaved; pools of "
        f"{len(members)} members and {len(stewards)} stewards"
    )
    print(
        f"{'page':<30} {'req/s':>7} {'x bare':>7} {'p50 ms':>7} {'p95 ms':>7} {'first views':>12}"
        f" {'CPU ms/req':>11} {'x bare CPU':>11}"
    )
    rates = {name: len(latencies) / elapsed for name, latencies in results.items()}
    bare = rates["bare signed-in network view"]
    per_request = {name: cpu[name] / len(results[name]) for name in pages}
    bare_cpu = per_request["bare signed-in network view"] or float("nan")
    for name, latencies in results.items():
        cuts = statistics.quantiles(latencies, n=20)
        pool = len(stewards) if pages[name][1] else len(members)
        first = min(1.0, pool / len(latencies))
        print(
            f"{name:<30} {rates[name]:>7.0f} {rates[name] / bare:>7.2f} "
            f"{statistics.median(latencies) * 1000:>7.1f} {cuts[18] * 1000:>7.1f} "
            f"{first:>11.0%} {per_request[name] * 1000:>11.1f} "
            f"{bare_cpu / (per_request[name] or float('nan')):>11.2f}"
        )
    print(
        "CPU ms/req: the server's CPU time (all workers) per request, from /proc; 'x bare CPU' "
        "is the bare view's over the page's, the share of the bare view's rate the page would "
        "reach on the same CPU, whatever else runs on the machine."
    )
    print(
        "Goal (issue #20): each page at least 0.50 x the bare signed-in view, p95 under 100 ms. "
        "'first views': the share of requests that were a member's first view of that page."
    )
    for name in list(rates)[1:]:
        p95 = statistics.quantiles(results[name], n=20)[18] * 1000
        ok = rates[name] / bare >= 0.5 and p95 < 100
        print(
            f"  {name}: {rates[name] / bare:.2f} x bare, p95 {p95:.0f} ms: "
            f"{'meets' if ok else 'MISSES'} the goal"
        )
    print(f"Connections closed by the server before an answer, retried: {RETRIED[0]}")
    if think:
        report_paced(walked, args.clients, (think[0], think[1]), paced_cpu)
        steward_pages = {name for name, (_path, steward, _s) in pages.items() if steward}
        first = min(
            min(1.0, len(paced_pools[name in steward_pages]) / max(len(values), 1))
            for name, values in walked.items()
        )
        print(
            f"Pools of the paced phase: {len(paced_pools[0])} members, {len(paced_pools[1])} "
            f"stewards, none used above; first views: at least {first:.0%} of every page's "
            "requests."
        )


if __name__ == "__main__":
    main()
