"""What the outbox's `FOR KEY SHARE` (stop 47, `webhooks.services._lock_shared`) costs a
writer on PostgreSQL, beside the same writes without it, in the same run.

A write some hook chose (a member joins: `membership_create`, so `member.joined`, chosen by
three hooks) is timed as its transaction: the membership, its audit row and the outbox. The
after-commit enqueue of the deliveries is left out (a no-op here; `bench/webhooks.py` prices
it). "Without" is the outbox as it was before stop 47: no lock and no second read of the
hooks under it (the bench gives the outbox a connection whose vendor is not "postgresql";
everything else goes to the real connection). Three situations, each run with and without
in turn, `--rounds` times:

1. quiet: one writer, `--writes` joins in a row;
2. a backlog being released: one hook was paused while `--held` people joined (its held
   rows written directly, as `bench/webhooks_release.py` does) and is switched on; the
   worker's release runs in a thread, batch after batch, each holding `FOR UPDATE` on the
   hook, while one writer joins people until it ends. Also counted: held rows left behind
   when the release ended (the race the lock closes: they go out later, after newer events);
3. `--writers` writers at once, quiet, `--writes` joins each (several `FOR KEY SHARE` on
   one row make PostgreSQL record a MultiXact).

Runs on a test database that Django makes from DATABASE_URL (`test_<name>`) and drops at
the end; DATABASE_URL must name PostgreSQL (SQLite takes neither lock: nothing to measure).

    DATABASE_URL=postgres://... PYTHONPATH=src .venv/bin/python bench/webhooks_lock.py \
        [--held 10000] [--writes 300] [--writers 4] [--rounds 2]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "collaboratory.config.settings")
os.environ.setdefault("COLLABORATORY_WEBHOOKS_ALLOW_PRIVATE", "true")


def _figures(times: list[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    return (
        f"n {len(ms):>5}  p50 {statistics.median(ms):6.2f}  p95 {p95:6.2f}  "
        f"mean {statistics.fmean(ms):6.2f}  max {ms[-1]:7.2f} ms"
    )


def _ratio(locked: list[float], unlocked: list[float]) -> str:
    return (
        f"with / without: p50 {statistics.median(locked) / statistics.median(unlocked):.2f}, "
        f"mean {statistics.fmean(locked) / statistics.fmean(unlocked):.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--held", type=int, default=10000)
    parser.add_argument("--writes", type=int, default=300)
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection, connections
    from django.test.utils import setup_databases, teardown_databases
    from django.utils import timezone
    from django_scopes import scopes_disabled

    from collaboratory.networks.models import Membership, MembershipStatus, NetworkKind, Role
    from collaboratory.networks.services import network_create
    from collaboratory.networks.services.memberships import membership_create
    from collaboratory.people.models import User
    from collaboratory.people.services import user_create
    from collaboratory.webhooks import services
    from collaboratory.webhooks.models import EventType, Webhook, WebhookDelivery, WebhookHeld

    if connection.vendor != "postgresql":
        sys.exit("DATABASE_URL must name a PostgreSQL database: SQLite takes no row locks.")

    class BeforeStop47:
        """The outbox's view of the connection before stop 47: not PostgreSQL, so no
        `FOR KEY SHARE` and no second read; every other use goes to the real one."""

        vendor = "postgresql, as before stop 47"

        def __getattr__(self, name: str) -> Any:
            return getattr(connection, name)

    def locked(on: bool) -> None:
        services.connection = connection if on else BeforeStop47()  # type: ignore[assignment]

    # The transaction alone: the after-commit enqueues (a task row each) are not timed.
    services._enqueue = lambda ids: None  # type: ignore[assignment]
    services._enqueue_release = lambda pk: None  # type: ignore[assignment]

    # The outbox's own part of each transaction (the audit listener, where the lock is
    # taken and waited for), beside the whole transaction.
    from collaboratory.audit import services as audit_services

    outbox: list[float] = []

    def timed_outbox(event: Any) -> None:
        began = time.perf_counter()
        try:
            services.deliveries_record(event)
        finally:
            outbox.append(time.perf_counter() - began)

    listeners = audit_services._listeners
    listeners[:] = [timed_outbox if f is services.deliveries_record else f for f in listeners]

    config = setup_databases(verbosity=0, interactive=False, aliases={"default"})
    try:
        with scopes_disabled():
            network = network_create(slug="bench", name="Bench", kind=NetworkKind.NATIONAL)
            steward = user_create(email="steward@bench.example", full_name="Steward")
            membership_create(network=network, user=steward, role=Role.STEWARD)
            hooks = [
                services.webhook_create(
                    network=network,
                    actor=steward,
                    url=f"http://127.0.0.1:9/hook/{n}",
                    events=[EventType.MEMBER_JOINED],
                )[0]
                for n in range(3)
            ]
            backlog_hook = hooks[0]
            # The people who joined during the pause, and a pool of people to join now.
            needed = args.held + args.rounds * 2 * (args.writes * (1 + args.writers) + 4000)
            User.objects.bulk_create(
                [
                    User(email=f"p{i}@bench.example", full_name=f"Person {i}", password="!")  # noqa: S106 (unusable)
                    for i in range(needed)
                ],
                batch_size=5000,
            )
            people = list(User.objects.filter(email__startswith="p").order_by("pk"))
            joined = Membership.objects.bulk_create(
                [
                    Membership(
                        network=network,
                        user=u,
                        role=Role.MEMBER,
                        status=MembershipStatus.ACTIVE,
                    )
                    for u in people[: args.held]
                ],
                batch_size=5000,
            )
            pool = iter(people[args.held :])
        pool_lock = threading.Lock()

        def join() -> float:
            with pool_lock:
                person = next(pool)
            began = time.perf_counter()
            with scopes_disabled():
                membership_create(network=network, user=person, role=Role.MEMBER)
            return time.perf_counter() - began

        def in_thread(work: Callable[[], Any], out: list[Any]) -> threading.Thread:
            def run() -> None:
                try:
                    out.append(work())
                finally:
                    connections.close_all()

            thread = threading.Thread(target=run)
            thread.start()
            return thread

        results: dict[tuple[str, bool], list[float]] = {}
        left_behind: dict[bool, list[int]] = {True: [], False: []}
        releases: dict[bool, list[float]] = {True: [], False: []}
        print(
            f"PostgreSQL {connection.pg_version}; 3 hooks choose member.joined; "
            f"backlog {args.held} held rows; {args.writes} joins a run; rounds {args.rounds}"
        )
        for round_ in range(args.rounds):
            # Alternate which goes first, so warming and drift fall on both.
            for on in (True, False) if round_ % 2 == 0 else (False, True):
                locked(on)
                # 1. Quiet, one writer.
                outbox.clear()
                results.setdefault(("quiet", on), []).extend(join() for _ in range(args.writes))
                results.setdefault(("quiet outbox", on), []).extend(outbox)

                # 2. While the worker releases a backlog of args.held rows.
                with scopes_disabled():
                    WebhookHeld.objects.filter(webhook=backlog_hook).delete()
                    WebhookDelivery.objects.filter(webhook=backlog_hook).delete()
                    Webhook.objects.filter(pk=backlog_hook.pk).update(
                        active=False, catching_up=False
                    )
                    now = timezone.now()
                    WebhookHeld.objects.bulk_create(
                        [
                            WebhookHeld(
                                webhook=backlog_hook,
                                event_type=EventType.MEMBER_JOINED,
                                action="membership.created",
                                target_id=str(m.pk),
                                data={"status": "active"},
                                occurred_at=now,
                            )
                            for m in joined
                        ],
                        batch_size=5000,
                    )
                    hook = Webhook.objects.get(pk=backlog_hook.pk)
                    services.webhook_update(
                        webhook=hook, actor=steward, url=hook.url, events=hook.events, active=True
                    )
                took: list[float] = []

                def release() -> float:
                    began = time.perf_counter()
                    services.webhook_held_release(webhook_id=backlog_hook.pk)
                    return time.perf_counter() - began

                outbox.clear()
                worker = in_thread(release, took)
                during = results.setdefault(("release", on), [])
                while worker.is_alive():
                    during.append(join())
                worker.join()
                results.setdefault(("release outbox", on), []).extend(outbox)
                releases[on].extend(took)
                with scopes_disabled():
                    left_behind[on].append(WebhookHeld.objects.filter(webhook=backlog_hook).count())
                    # A straggler keeps the hook holding; the sweep would release it later.
                    WebhookHeld.objects.filter(webhook=backlog_hook).delete()
                    Webhook.objects.filter(pk=backlog_hook.pk).update(catching_up=False)

                # 3. Several writers at once, quiet.
                each: list[list[float]] = []
                outbox.clear()
                began = time.perf_counter()
                threads = [
                    in_thread(lambda: [join() for _ in range(args.writes)], each)
                    for _ in range(args.writers)
                ]
                for thread in threads:
                    thread.join()
                wall = time.perf_counter() - began
                results.setdefault(("concurrent", on), []).extend(t for w in each for t in w)
                results.setdefault(("concurrent wall", on), []).append(wall)
                results.setdefault(("concurrent outbox", on), []).extend(outbox)
        locked(True)

        def show(key: str, extra: Callable[[bool], str] = lambda on: "") -> None:
            for part in ("", " outbox"):
                for on in (True, False):
                    label = ("with   " if on else "without") + (" outbox" if part else "       ")
                    said = "" if part else extra(on)
                    print(f"   {label} {_figures(results[(key + part, on)])}{said}")
                print(
                    f"   {'outbox ' if part else 'transaction '}"
                    f"{_ratio(results[(key + part, True)], results[(key + part, False)])}"
                )

        print("\n1. quiet, one writer: a join's transaction, and the outbox's part of it")
        show("quiet")
        print(
            f"\n2. while the worker releases {args.held} held rows (batches of "
            f"{services.RELEASE_BATCH} objects, FOR UPDATE on the hook each)"
        )
        show(
            "release",
            lambda on: (
                f"  release {statistics.fmean(releases[on]):.2f} s; held rows left behind "
                f"{left_behind[on]}"
            ),
        )
        print(f"\n3. {args.writers} writers at once, {args.writes} joins each")

        def rate(on: bool) -> str:
            walls = results[("concurrent wall", on)]
            return f"  {args.writers * args.writes * len(walls) / sum(walls):.0f} joins/s"

        show("concurrent", rate)
    finally:
        locked(True)
        connections.close_all()
        teardown_databases(config, verbosity=0)


if __name__ == "__main__":
    main()
