"""The load test: locust drives members and stewards through the multi-process deployment on
PostgreSQL, at 50 and 200 simulated people, and prints p50/p95/p99 per step and the error
rate, beside `/healthz` measured in the same run.

What it starts (as docs/operations.md, "Several processes", deploys it): a fresh PostgreSQL
database (`collaboratory_load`, dropped and made again on the server of DATABASE_URL, default
CI's), migrated and seeded with `seed_demo --members N`; two `collaboratory serve` processes
(`--app-workers` uvicorn workers each) and two `collaboratory worker`s, with the database cache
and LISTEN/NOTIFY (or, with `--redis`, a throwaway redis-server for both). Then
`locust --headless` with bench/locustfile.py, once per user count, each simulated person
pinned to one of the two app processes in turn.

The journeys (bench/locustfile.py): a member signs in (the demo's password: every demo account
has one, beside the emailed login codes), then loops over My commitments, the page of an
upcoming gathering, an RSVP, the phone view of today's live session (the demo's "live demo"
gathering, where the setup checks every load member in), a commitment from that phone, and a
follow-through move on it (offered -> in progress). One person in ten is a steward: the
roster, the review board of the live gathering and its facilitator console. Think time 1-3 s.

    .venv/bin/python bench/load.py [--users 50,200] [--seconds 60] [--members 1000]
        [--commitments 200000]
        [--app-workers 1] [--redis]
    .venv/bin/python bench/load.py --embedded [--data-dir DIR] [--users 50,200] ...

`--embedded` runs the same journeys against the embedded default instead: SQLite in a data
dir (a copy of `--data-dir` when given, e.g. bench/landing.py's 10,000 members + 200,000
commitments, else seeded here), one `collaboratory serve` with its default workers and one
`collaboratory worker`, the live broker the default for SQLite: what `make demo` runs.

The goal (issue 20): 0 errors, p95 under 100 ms at 50 people. Sign-in hashes a password
(PBKDF2, on purpose slow) and is reported apart from the pages' goal.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
sys.path.insert(0, str(ROOT))  # the server helpers live with the tests

from tests.commitments.servers import CLI, RedisServer, Server  # noqa: E402

DEFAULT_URL = "postgres://collaboratory:collaboratory-ci@127.0.0.1:5432/collaboratory"
DATABASE = "collaboratory_load"
# Accounts prepared for the load: enough for the largest run's members.
LOAD_MEMBERS = 250
STEPS = (
    "login page",
    "sign in",
    "My commitments",
    "gathering page",
    "RSVP",
    "phone view (live session)",
    "commitment from the phone",
    "follow-through move",
    "roster (steward)",
    "review board (steward)",
    "console (steward)",
    "/healthz (baseline)",
)


def fresh_database(admin_url: str) -> str:
    """Drop and create the load database on the server of `admin_url`; its URL."""
    import psycopg  # deferred: only the runner's parent needs it

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {DATABASE}")
    parts = urlsplit(admin_url)
    return urlunsplit(parts._replace(path=f"/{DATABASE}"))


def prepare(out: Path) -> None:
    """In a child process on the load database: check the load members in to today's live
    session and write the addresses and accounts the locustfile uses."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "collaboratory.config.settings")
    django.setup()
    from django.urls import reverse
    from django.utils import timezone
    from django_scopes import scopes_disabled

    from collaboratory.creditclub.models import Ask
    from collaboratory.demo.generator import DEMO_PASSWORD
    from collaboratory.demo.live import LIVE_TITLE
    from collaboratory.gatherings.models import Attendance, Gathering
    from collaboratory.gatherings.services import attendance_bulk_record
    from collaboratory.networks.models import ADMITTED_STATUSES, Membership, Role
    from collaboratory.people.models import MINOR_AGE_BANDS

    with scopes_disabled():
        live = Gathering.objects.select_related("network").get(title=LIVE_TITLE)
        network = live.network
        ask = Ask.objects.filter(proposal__gathering=live).select_related("proposal").first()
        assert ask is not None, "the live demo gathering has no ask"
        asks = Ask.objects.filter(proposal__gathering=live)
        proposers = set(asks.values_list("proposal__proposer", flat=True))
        members = list(
            Membership.objects.filter(
                network=network, role=Role.MEMBER, status__in=ADMITTED_STATUSES
            )
            .exclude(user_id__in=proposers)
            .exclude(user__age_band__in=MINOR_AGE_BANDS)
            .select_related("user")
            .order_by("pk")[:LOAD_MEMBERS]
        )
        stewards = list(
            Membership.objects.filter(network=network, role=Role.STEWARD).select_related("user")
        )
        attendance_bulk_record(
            network=network,
            entries=[(live.parts.get().pk, m.user_id) for m in members],
            source=Attendance.Source.DOOR_LIST,
        )
        upcoming = (
            Gathering.objects.filter(network=network, starts_at__gt=timezone.now())
            .exclude(pk=live.pk)
            .order_by("starts_at")
            .first()
        )
        assert upcoming is not None, "the demo network has no upcoming gathering"
    slug = network.slug
    live_kwargs = {"network_slug": slug, "gathering_id": live.pk}
    config = {
        "password": DEMO_PASSWORD,
        "members": [m.user.email for m in members],
        "stewards": [m.user.email for m in stewards],
        "login": reverse("account_login"),
        "mine": reverse("followthrough:mine", kwargs={"network_slug": slug}),
        "gathering": reverse("gatherings:detail", kwargs={"network_slug": slug, "pk": upcoming.pk}),
        "phone": reverse("live:phone", kwargs=live_kwargs),
        "submit": reverse("live:submit", kwargs=live_kwargs),
        "act": reverse(
            "followthrough:act", kwargs={"network_slug": slug, "commitment_id": 999999999}
        ),
        "roster": reverse("networks:roster", kwargs={"network_slug": slug}),
        "board": reverse("creditclub:board", kwargs=live_kwargs),
        "console": reverse("live:console", kwargs=live_kwargs),
        "proposal": ask.proposal_id,
        "ask": ask.pk,
        "due_on": (timezone.localdate() + timezone.timedelta(days=30)).isoformat(),
    }
    out.write_text(json.dumps(config))


def _run(command: list[str], env: dict[str, str]) -> None:
    subprocess.run(command, env=env, check=True, cwd=ROOT)


def summary(prefix: Path) -> tuple[list[dict[str, str]], dict[str, str]]:
    """Locust's per-step rows (in journey order) and its total, from its CSV."""
    with open(f"{prefix}_stats.csv", newline="") as handle:
        rows = list(csv.DictReader(handle))
    total = next(r for r in rows if r["Name"] == "Aggregated")
    steps = [r for r in rows if r["Name"] != "Aggregated" and int(r["Request Count"]) > 0]
    steps.sort(key=lambda r: STEPS.index(r["Name"]) if r["Name"] in STEPS else len(STEPS))
    return steps, total


def report(users: int, sign_in: dict[str, dict[str, float]], prefix: Path) -> None:
    steps, total = summary(prefix)
    print(f"\n{users} simulated people: steady state {float(total['Requests/s']):.1f} requests/s")
    print(f"  {'step':34} {'requests':>8} {'errors':>6} {'p50':>6} {'p95':>6} {'p99':>6}  (ms)")
    for name, row in sign_in.items():
        print(
            f"  {name + ' (arriving)':34} {row['requests']:>8} {row['errors']:>6} "
            f"{row['p50']:>6.0f} {row['p95']:>6.0f} {row['p99']:>6.0f}"
        )
    for row in [*steps, total]:
        name = "all steps at steady state" if row is total else row["Name"]
        print(
            f"  {name:34} {row['Request Count']:>8} {row['Failure Count']:>6} "
            f"{row['50%']:>6} {row['95%']:>6} {row['99%']:>6}"
        )
    requests = int(total["Request Count"]) + sum(int(r["requests"]) for r in sign_in.values())
    failures = int(total["Failure Count"]) + sum(int(r["errors"]) for r in sign_in.values())
    print(f"  error rate {failures / max(requests, 1):.2%} ({failures} of {requests} requests)")
    with open(f"{prefix}_failures.csv", newline="") as handle:
        for row in csv.DictReader(handle):
            print(f"    {row['Occurrences']} x {row['Method']} {row['Name']}: {row['Error']}")


@contextlib.contextmanager
def _workdir(keep: bool) -> Iterator[Path]:
    """A temporary directory for the data dir, logs and CSV; kept (and named) with --keep."""
    work = Path(tempfile.mkdtemp(prefix="load-"))
    try:
        yield work
    finally:
        if keep:
            print(f"logs and locust's CSV kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", default="50,200")
    parser.add_argument("--seconds", type=int, default=60, help="steady state, after arrival")
    parser.add_argument("--spawn-rate", type=float, default=3.0, help="people arriving per s")
    parser.add_argument("--members", type=int, default=1000)
    parser.add_argument(
        "--commitments", type=int, default=0, help="grow the demo to this many (seed_demo)"
    )
    parser.add_argument("--app-workers", type=int, default=1)
    parser.add_argument("--redis", action="store_true", help="Redis cache and broker")
    parser.add_argument("--keep", action="store_true", help="keep the servers' logs")
    parser.add_argument("--prepare", type=Path, help=argparse.SUPPRESS)
    parser.add_argument(
        "--embedded", action="store_true", help="SQLite and one `serve`, as `make demo` runs"
    )
    parser.add_argument("--data-dir", type=Path, help="with --embedded: a seeded data dir to copy")
    args = parser.parse_args()
    if args.prepare:
        prepare(args.prepare)
        return
    if args.redis and args.embedded:
        parser.error("--redis is for the PostgreSQL deployment, not --embedded")
    with _workdir(args.keep) as work:
        env = {
            **os.environ,
            "COLLABORATORY_DATA_DIR": str(work / "data"),
            "COLLABORATORY_DEBUG": "false",
            # As behind the proxy of docs/operations.md: each simulated person sends an
            # address of their own in X-Forwarded-For (bench/locustfile.py).
            "COLLABORATORY_TRUSTED_PROXY_COUNT": "1",
            "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]),
        }
        if args.embedded:
            env.pop("DATABASE_URL", None)
            env.pop("COLLABORATORY_LIVE_BROKER", None)
            if args.data_dir:
                shutil.copytree(args.data_dir, work / "data")
        else:
            admin_url = os.environ.get("DATABASE_URL", DEFAULT_URL)
            env["DATABASE_URL"] = fresh_database(admin_url)
            env["COLLABORATORY_LIVE_BROKER"] = "postgres"
        redis_server = RedisServer().start() if args.redis else None
        if redis_server is not None:
            env["COLLABORATORY_CACHE_URL"] = redis_server.url
            env["COLLABORATORY_LIVE_BROKER"] = "redis"
        started = time.monotonic()
        _run([*CLI, "migrate", "-v", "0"], env)
        _run([*CLI, "seed_demo", "--if-empty", "--members", str(args.members)], env)
        if args.commitments and not args.data_dir:
            _run([*CLI, "seed_demo", "--commitments", str(args.commitments)], env)
        config = work / "load.json"
        _run([sys.executable, __file__, "--prepare", str(config)], env)
        print(f"database ready in {time.monotonic() - started:.0f} s", flush=True)
        # The embedded default: one `serve` with its own default workers, one task worker.
        app_names, worker_names = ("a", "1") if args.embedded else ("ab", "12")
        app_workers = int(env.get("COLLABORATORY_WORKERS", "3")) if args.embedded else None
        apps = [
            Server("serve", env, workers=app_workers or args.app_workers, log=work / f"app-{n}.log")
            for n in app_names
        ]
        workers: list[subprocess.Popen[bytes]] = []
        try:
            for n in worker_names:
                with (work / f"worker-{n}.log").open("ab") as log:
                    workers.append(
                        subprocess.Popen(
                            [*CLI, "worker"],
                            env=env,
                            stdout=log,
                            stderr=subprocess.STDOUT,
                            start_new_session=True,
                        )
                    )
            for app in apps:
                app.start(timeout=60)
            if args.embedded:
                data = (
                    f"the data of {args.data_dir}"
                    if args.data_dir
                    else f"{args.members}-member demo (+{args.commitments} commitments)"
                )
                setup = (
                    f"the embedded default: {data} on SQLite; one `collaboratory serve` "
                    f"({app_workers} workers), one task worker; database cache, default broker"
                )
            else:
                setup = (
                    f"{args.members}-member demo (+{args.commitments} commitments) on PostgreSQL;"
                    " 2 app processes x "
                    f"{args.app_workers} worker(s) (collaboratory serve), 2 task workers; "
                    f"{'Redis' if redis_server else 'database'} cache, "
                    f"{env['COLLABORATORY_LIVE_BROKER']} broker"
                )
            print(setup, flush=True)
            for users in (int(n) for n in args.users.split(",")):
                prefix = work / f"users{users}"
                sign_in_file = work / f"sign-in-{users}.json"
                locust_env = {
                    **env,
                    "LOAD_CONFIG": str(config),
                    "LOAD_HOSTS": ",".join(app.base for app in apps),
                    "LOAD_SECONDS": str(args.seconds),
                    "LOAD_SIGN_IN": str(sign_in_file),
                }
                # A ceiling only: the locustfile ends the run `--seconds` after arrival.
                ceiling = int(args.seconds + users / args.spawn_rate * 4 + 120)
                with (work / f"locust-{users}.log").open("ab") as log:
                    subprocess.run(
                        [
                            *(sys.executable, "-m", "locust"),
                            *("-f", str(BENCH_DIR / "locustfile.py")),
                            *("--headless", "--only-summary", "--loglevel", "WARNING"),
                            *("-u", str(users), "-r", str(args.spawn_rate)),
                            *("-t", f"{ceiling}s", "--csv", str(prefix)),
                            *("--host", apps[0].base),
                        ],
                        env=locust_env,
                        cwd=ROOT,
                        check=False,  # locust exits 1 when a request failed: reported below
                        stdout=log,
                        stderr=subprocess.STDOUT,
                    )
                if not sign_in_file.exists():
                    log_text = (work / f"locust-{users}.log").read_text()
                    raise SystemExit(f"locust ended before everyone signed in:\n{log_text[-3000:]}")
                report(users, json.loads(sign_in_file.read_text()), prefix)
        finally:
            for app in apps:
                app.stop()
            for worker in workers:
                worker.terminate()
            for worker in workers:
                worker.wait(timeout=15)
            if redis_server is not None:
                redis_server.stop()


if __name__ == "__main__":
    main()
