"""The landing pages in process, one distinct member per request, beside the bare view.

The in-process companion of bench/landing.py (issue #20, goal 1): Django's test client with
the full middleware stack and no HTTP, on an existing data dir built by landing.py (10,000
members, 200,000 commitments). Sessions are created beforehand, one per member, so every
request is that member's first view; each page is opened once by another member first, so
the parts shared by a visibility class are warm (a member's first view of a page others have
seen), unless `--cold` empties the cache before every request (the first view after a
change). Pages and the bare view are timed in interleaved rounds; prints the median ms, the
ratio to the bare view and the queries of the last request.

    export COLLABORATORY_DATA_DIR=/tmp/landing COLLABORATORY_DEBUG=false
    PYTHONPATH=src .venv/bin/python bench/landing_inprocess.py [--rounds 5] [--per-round 10]
        [--cold]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ["DJANGO_SETTINGS_MODULE"] = "bench_settings"

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY  # noqa: E402
from django.contrib.sessions.backends.db import SessionStore  # noqa: E402
from django.core.cache import cache, caches  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django_scopes import scopes_disabled  # noqa: E402

from collaboratory.gatherings.models import Rsvp  # noqa: E402
from collaboratory.networks.models import (  # noqa: E402
    ADMITTED_STATUSES,
    Membership,
    Network,
    Role,
)
from collaboratory.people.models import User  # noqa: E402


def session_of(user: User) -> str:
    store = SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = next(
        b for b in settings.AUTHENTICATION_BACKENDS if "ModelBackend" in b or "allauth" in b
    )
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    return str(store.session_key)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--per-round", type=int, default=10, help="members per page per round")
    parser.add_argument("--cold", action="store_true", help="empty the cache before each view")
    args = parser.parse_args()

    cache.clear()
    caches["local"].clear()
    n = "/n/national/"
    pages = {
        "bare signed-in view": n + "bench-bare/",
        "directory": n + "members/",
        "directory ?q=": n + "members/?q=an",
        "directory filtered": n + "members/?sector=1&region=Plains&category=space",
        "gathering list": n + "gatherings/",
        "gathering page": n + "gatherings/{gathering}/",
        "network home": n,
        "insights dashboard": n + "insights/",
        "asks board": n + "asks/",
        "member profile": n + "members/{member}/",
    }
    needed = args.rounds * args.per_round * len(pages) + len(pages)
    with scopes_disabled():
        network = Network.objects.get(slug="national")
        members = list(
            Membership.objects.filter(
                network=network, role=Role.MEMBER, status__in=ADMITTED_STATUSES
            )
            .select_related("user")
            .order_by("pk")[:needed]
        )
        busiest = (
            Rsvp.objects.filter(network=network)
            .values("gathering")
            .annotate(n=Count("pk"))
            .order_by("-n")
        )
        gatherings = [row["gathering"] for row in busiest[:5]]
    sessions = iter([session_of(m.user) for m in members])
    subjects = iter(members[::-1])  # the profile's subject changes with every request
    turn = iter(range(needed))
    client = Client(HTTP_HOST="127.0.0.1")

    def view(url: str) -> tuple[float, int]:
        client.cookies["sessionid"] = next(sessions)
        path = url.format(gathering=gatherings[next(turn) % len(gatherings)], member=0)
        if "{member}" in url:
            path = url.format(gathering=0, member=next(subjects).pk)
        if args.cold:
            cache.clear()
            caches["local"].clear()
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(path)
            elapsed = time.perf_counter() - started
        assert response.status_code == 200, (path, response.status_code)
        return elapsed * 1000, len(queries)

    for url in pages.values():  # another member's view first: templates, shared parts
        view(url)
    times: dict[str, list[float]] = {name: [] for name in pages}
    counts: dict[str, int] = {}
    for _round in range(args.rounds):
        for name, url in pages.items():
            for _ in range(args.per_round):
                ms, counts[name] = view(url)
                times[name].append(ms)
    bare = statistics.median(times["bare signed-in view"])
    state = "cache emptied before each view" if args.cold else "pages seen by another member"
    print(f"{len(members)} distinct members, {state}")
    print(f"{'page':<22} {'p50 ms':>7} {'x bare':>7} {'queries':>8}")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:<22} {median:>7.1f} {median / bare:>7.2f} {counts[name]:>8}")


if __name__ == "__main__":
    main()
