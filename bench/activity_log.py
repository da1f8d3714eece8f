"""The stewards' activity log (`/n/<slug>/activity/`) at scale: first view and warm, for each
of its reads, on a network holding tens of thousands of audit events beside the same page on
a network of 100 events, measured in the same run.

Seeds a fresh SQLite data dir (the embedded default) with --events audit events spread over
--networks networks (default 200,000 over 20), of which --big go to the measured network
(default 50,000; the rest spread evenly over the others), plus a small network of
--small events (default 100): the baseline. Each network has --members members (default 300)
and --stewards stewards (default 40, stewards of both the measured and the small network).
Events are written in bulk (`bulk_create`, 5,000 a batch) with times over the last year, actions
from the labelled table (`audit/labels.py`) of the areas the page offers, an actor that is a
member (one in ten: no actor) and a target that is a member's account, their membership or
nothing, as `audit_record` writes them, in time order with the networks interleaved (ids
follow time, as in a log appended to as things happen). Then, in process through Django's
test client (the whole middleware stack), for each page:

- unfiltered, the first page;
- filtered by an area (`?area=commitment`);
- a days filter (the last 7 days on the network's calendar);
- the person filter (`?person=<id>`: by or about one member);
- a deep page (`?page=100`; on the small network the last page);

it prints p50 and p95 ms and the queries of one request (on the big network also "db", the
p50 of the ms spent in the database), first view (a different steward each request, Django's
caches emptied before it: what a different person opening the page for the first time gets)
and warm (one steward reloading it), on the big network and on the small one, and their
ratio, beside the bare signed-in network view (bench_urls only).
`--explain` adds the query plan of every read of the audit table (EXPLAIN QUERY PLAN on
SQLite, EXPLAIN on PostgreSQL), the paginator's COUNT among them. `--without-index` drops
audit 0002's index on (network_id, created_at, id) after migrating: the page as it was
before it, to run alternately with a run with it.

SQLite always. With DATABASE_URL naming an empty PostgreSQL database, the same run again
there (migrated and seeded by the bench; drop it afterwards).

    PYTHONPATH=src .venv/bin/python bench/activity_log.py [--events 200000] [--networks 20]
        [--big 50000] [--small 100] [--members 300] [--stewards 40] [--repeat 40]
        [--explain] [--without-index]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

TARGET_TYPES = {"user": "people.user", "membership": "networks.membership"}
CASES = (
    ("unfiltered, first page", ""),
    ("by area", "?area=commitment"),
    ("last 7 days", "?since={since}"),
    ("by or about one member", "?person={person}"),
    ("deep page (100)", "?page=100"),
)


def run(args: argparse.Namespace) -> None:
    """One database: seed, then measure. Runs in a child process per database."""
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench_settings"
    os.environ.setdefault("COLLABORATORY_DEBUG", "false")
    import django

    django.setup()
    from django.core.cache import cache, caches
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.utils import timezone
    from django_scopes import scopes_disabled

    from collaboratory.audit.labels import LABELS, NETWORKLESS_AREAS
    from collaboratory.audit.models import AuditEvent
    from collaboratory.networks.models import Membership, MembershipStatus, NetworkKind, Role
    from collaboratory.networks.services import memberships_bulk_create, network_create
    from collaboratory.people.services import NewUser, users_bulk_create

    postgres = connection.vendor == "postgresql"
    call_command("migrate", verbosity=0)
    if AuditEvent.objects.count() > 10:
        sys.exit("DATABASE_URL must name an empty database: the bench seeds it.")
    actions = [a for a in LABELS if a.split(".")[0] not in NETWORKLESS_AREAS]
    rng = random.Random(7)
    now = timezone.now()
    created_at = AuditEvent._meta.get_field("created_at")

    def seed_network(slug: str, members: int, stewards: list) -> tuple:  # type: ignore[type-arg]
        network = network_create(slug=slug, name=slug.title(), kind=NetworkKind.NATIONAL)
        users = users_bulk_create(
            rows=[
                NewUser(f"m{i}@{slug}.example", f"Member {slug} {i}", age_band="30-44")
                for i in range(members)
            ]
        )
        joined = now - timedelta(days=400)
        rows = [
            Membership(network=network, user=u, role=role, status=MembershipStatus.ACTIVE)
            for u, role in [(u, Role.MEMBER) for u in users] + [(s, Role.STEWARD) for s in stewards]
        ]
        for row in rows:
            row.joined_at = joined
        memberships = memberships_bulk_create(network=network, rows=rows)
        return network, [m for m in memberships if m.role == Role.MEMBER]

    def event(network_id: int, people: list, at: datetime) -> AuditEvent:  # type: ignore[type-arg]
        """A row as audit_record writes it: an actor that is a member (one in ten: none), a
        target that is a member's account, their membership or nothing."""
        who = None if rng.random() < 0.1 else rng.choice(people).user_id
        about = rng.choice(people)
        target = rng.choice(("user", "membership", "", ""))
        return AuditEvent(
            created_at=at,
            action=rng.choice(actions),
            actor_id=who,
            actor_label=f"user:{who}" if who is not None else "",
            network_id=network_id,
            target_type={"user": "people.user", "membership": "networks.membership"}.get(
                target, ""
            ),
            target_id={"user": str(about.user_id), "membership": str(about.pk)}.get(target, ""),
            data={},
        )

    started = time.perf_counter()
    with scopes_disabled():
        stewards = users_bulk_create(
            rows=[NewUser(f"s{i}@stewards.example", f"Steward {i}") for i in range(args.stewards)]
        )
        big, big_people = seed_network("big", args.members, stewards)
        small, small_people = seed_network("small", args.members, stewards)
        others = [seed_network(f"other-{n}", args.members, []) for n in range(args.networks - 1)]
        rest = max(args.events - args.big, 0)
        # How many events each network gets, then every event's time over the last year, in
        # time order: the log is appended to as things happen, so ids follow time and the
        # networks' rows are interleaved, as in a real log (the table's layout matters to
        # the plans).
        shares = [(big, big_people, args.big), (small, small_people, args.small)] + [
            (n, p, rest // len(others) + (1 if i < rest % len(others) else 0))
            for i, (n, p) in enumerate(others)
        ]
        slots = [i for i, (_n, _p, k) in enumerate(shares) for _ in range(k)]
        stamps = sorted(rng.uniform(0, 365 * 86400) for _ in slots)
        rng.shuffle(slots)
        # auto_now_add would stamp every row "now": set aside while seeding.
        created_at.auto_now_add = False
        try:
            batch = []
            for slot, ago in zip(slots, reversed(stamps), strict=True):
                network, people, _k = shares[slot]
                batch.append(event(network.pk, people, now - timedelta(seconds=ago)))
                if len(batch) == 5000:
                    AuditEvent.objects.bulk_create(batch)
                    batch = []
            AuditEvent.objects.bulk_create(batch)
        finally:
            created_at.auto_now_add = True
    total = AuditEvent.objects.count()
    print(
        f"{'PostgreSQL' if postgres else 'SQLite'}: seeded {total:,} audit events "
        f"({args.big:,} in the measured network, {args.small} in the small one, "
        f"{args.networks + 1} networks), {args.members} members and {args.stewards} stewards each, "
        f"in {time.perf_counter() - started:.1f} s",
        flush=True,
    )
    with connection.cursor() as cursor:
        if args.without_index:
            # The page as it was before audit 0002: no (network_id, created_at, id) index.
            cursor.execute("DROP INDEX audit_network_created_idx")
            print("without the (network_id, created_at, id) index (dropped after migrating)")
        if postgres:
            # What autovacuum leaves after a bulk insert: statistics, and the visibility map
            # that lets a COUNT read an index alone. How much of the table is all-visible
            # still varies from run to run (printed): it decides whether the unfiltered
            # COUNT is an index-only scan (2-4 ms) or a bitmap heap scan (11-17 ms). Waiting
            # for the autovacuum workers first did not make it steady. SQLite gets none, as
            # the product never runs ANALYZE there.
            for _ in range(60):
                cursor.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE backend_type = "
                    "'autovacuum worker' AND datname = current_database()"
                )
                if not cursor.fetchone()[0]:
                    break
                time.sleep(1)
            cursor.execute("VACUUM ANALYZE")
            cursor.execute(
                "SELECT relallvisible, relpages FROM pg_class WHERE relname = 'audit_auditevent'"
            )
            print("all-visible pages of the audit table: {}/{}".format(*cursor.fetchone()))

    clients = []
    for s in stewards:
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(s)
        clients.append(client)

    def person(people: list) -> int:  # type: ignore[type-arg]
        """The member the most events are by or about (a busy one: the filter's worst case)."""
        ids = [m.user_id for m in people]
        counts = {
            pk: AuditEvent.objects.filter(network_id=people[0].network_id, actor_id=pk).count()
            for pk in ids[:20]
        }
        return max(counts, key=counts.__getitem__)

    since = (timezone.localdate() - timedelta(days=6)).isoformat()
    urls = {}
    for network, people in ((big, big_people), (small, small_people)):
        who = person(people)
        for name, query in CASES:
            urls[(name, network.slug)] = f"/n/{network.slug}/activity/" + query.format(
                since=since, person=who
            )

    def get(client: Client, url: str) -> None:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)

    get(clients[0], f"/n/{small.slug}/bench-bare/")
    for url in urls.values():  # templates, translations, the URL resolver; not timed
        get(clients[0], url)

    def measure(url: str, *, cold: bool) -> tuple[float, float, float, int, list]:  # type: ignore[type-arg]
        """p50 and p95 ms over --repeat requests, the p50 of the ms spent in the database,
        and the queries of one (sql, params)."""
        queries: list[tuple[str, object]] = []
        in_database = [0.0]

        def record(execute, sql, params, many, context):  # type: ignore[no-untyped-def]
            queries.append((sql, params))
            return execute(sql, params, many, context)

        def timed(execute, sql, params, many, context):  # type: ignore[no-untyped-def]
            started = time.perf_counter()
            try:
                return execute(sql, params, many, context)
            finally:
                in_database[0] += time.perf_counter() - started

        if cold:
            cache.clear()
            caches["local"].clear()
        with connection.execute_wrapper(record):
            get(clients[-1], url)
        times, database = [], []
        for i in range(args.repeat):
            client = clients[i % len(clients)] if cold else clients[0]
            if cold:
                cache.clear()
                caches["local"].clear()
            in_database[0] = 0.0
            with connection.execute_wrapper(timed):
                started = time.perf_counter()
                get(client, url)
                times.append(time.perf_counter() - started)
            database.append(in_database[0])
        cuts = statistics.quantiles(times, n=20) if len(times) > 1 else times * 19
        return (
            statistics.median(times) * 1000,
            cuts[18] * 1000,
            statistics.median(database) * 1000,
            len(queries),
            queries,
        )

    bare_p50, bare_p95, _db, bare_q, _q = measure(f"/n/{small.slug}/bench-bare/", cold=False)
    print(
        f"bare signed-in network view: p50 {bare_p50:.1f} ms, p95 {bare_p95:.1f} ms, "
        f"{bare_q} queries"
    )
    header = (
        f"{'page':<26} {'view':<6} {'small p50':>9} {'p95':>7} {'q':>3} "
        f"{'big p50':>9} {'p95':>7} {'db':>6} {'q':>3} {'x small':>8} {'x bare':>7}"
    )
    print(header)
    plans: dict[str, list[tuple[str, str]]] = {}
    for name, _query in CASES:
        for cold in (True, False):
            s50, s95, _sdb, sq, squeries = measure(urls[(name, small.slug)], cold=cold)
            b50, b95, bdb, bq, bqueries = measure(urls[(name, big.slug)], cold=cold)
            print(
                f"{name:<26} {'first' if cold else 'warm':<6} {s50:>9.1f} {s95:>7.1f} {sq:>3} "
                f"{b50:>9.1f} {b95:>7.1f} {bdb:>6.1f} {bq:>3} {b50 / s50:>8.1f} "
                f"{b50 / bare_p50:>7.1f}",
                flush=True,
            )
            if cold:
                for slug, queries in ((big.slug, bqueries), (small.slug, squeries)):
                    plans[f"{name}, {slug} network"] = [
                        (sql, params) for sql, params in queries if "audit_auditevent" in sql
                    ]
    if args.explain:
        print("\nQuery plans of the audit reads (each timed once, without Django):")
        for name, queries in plans.items():
            print(f"\n== {name}")
            for sql, params in queries:
                with connection.cursor() as cursor:
                    explain = "EXPLAIN " if postgres else "EXPLAIN QUERY PLAN "
                    started = time.perf_counter()
                    cursor.execute(sql, params)
                    cursor.fetchall()
                    ms = (time.perf_counter() - started) * 1000
                    cursor.execute(explain + sql, params)
                    plan = cursor.fetchall()
                print(f"  {ms:7.1f} ms  {sql[:110]}...")
                for row in plan:
                    print("      " + str(row[-1] if not postgres else row[0]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=200_000, help="audit events in all")
    parser.add_argument("--networks", type=int, default=20, help="networks holding them")
    parser.add_argument("--big", type=int, default=50_000, help="events in the measured network")
    parser.add_argument("--small", type=int, default=100, help="events in the baseline network")
    parser.add_argument("--members", type=int, default=300, help="members per network")
    parser.add_argument("--stewards", type=int, default=40, help="distinct stewards")
    parser.add_argument("--repeat", type=int, default=40, help="timed requests per case")
    parser.add_argument("--explain", action="store_true", help="print the audit reads' plans")
    parser.add_argument(
        "--without-index",
        action="store_true",
        help="drop audit 0002's (network_id, created_at, id) index: the page before it",
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run(args)
        return
    # One child per database, so each has its own settings: SQLite in a fresh data dir (the
    # embedded default) always, then PostgreSQL if DATABASE_URL names one.
    databases = [None]
    if os.environ.get("DATABASE_URL", "").startswith("postgres"):
        databases.append(os.environ["DATABASE_URL"])
    for url in databases:
        env = dict(os.environ)
        env.pop("DATABASE_URL", None)
        if url:
            env["DATABASE_URL"] = url
        env["COLLABORATORY_DATA_DIR"] = tempfile.mkdtemp(prefix="activity-bench-")
        src = str(Path(__file__).resolve().parent.parent / "src")
        env["PYTHONPATH"] = os.pathsep.join(p for p in (src, env.get("PYTHONPATH", "")) if p)
        try:
            subprocess.run(
                [sys.executable, __file__, *sys.argv[1:], "--child"], check=True, env=env
            )
        finally:
            shutil.rmtree(env["COLLABORATORY_DATA_DIR"], ignore_errors=True)


if __name__ == "__main__":
    main()
