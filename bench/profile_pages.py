"""Where a page's time goes, in process: timings, query counts and a cProfile summary.

Runs against an existing data dir (seed one first), signs in as the demo member through
Django's test client (the full middleware stack, no network), and for each page prints the
mean and median time per request and the queries per request. Next to the pages it times two
baselines: `/healthz` (no session, one query) and a bare signed-in network view (session,
auth and network middleware, then one query) that exists only in this process's URLconf, so
the product gains no route. The gathering pages are timed twice: as one member reloading
them (served from the page cache after the first view) and with the cache emptied before
every request (the first view after a change; clearing is not timed). `--profile` adds the
top functions by cumulative time.

    export COLLABORATORY_DATA_DIR=/tmp/perfdata COLLABORATORY_DEBUG=false
    .venv/bin/collaboratory migrate && .venv/bin/collaboratory seed_demo --members 10000
    .venv/bin/python bench/profile_pages.py [--repeat 200] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ["DJANGO_SETTINGS_MODULE"] = "bench_settings"

import django

django.setup()

from django.core.cache import cache, caches  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from collaboratory.people.models import User  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--email", default="member@example.org")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()

    from collaboratory.gatherings.models import Gathering, Rsvp

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(User.objects.get(email=args.email))
    from django.db.models import Count
    from django_scopes import scopes_disabled

    with scopes_disabled():
        busiest = (
            Rsvp.objects.values("gathering").annotate(n=Count("pk")).order_by("-n").first() or {}
        )
        gathering = Gathering.objects.select_related("network").get(pk=busiest["gathering"])
    slug = gathering.network.slug
    urls = {
        "/healthz (no session)": "/healthz",
        "bare signed-in network view": f"/n/{slug}/bench-bare/",
        "network home": f"/n/{slug}/",
        "gathering list": f"/n/{slug}/gatherings/",
        "gathering page": f"/n/{slug}/gatherings/{gathering.pk}/",
        "gathering list (cache emptied)": f"/n/{slug}/gatherings/",
        "gathering page (cache emptied)": f"/n/{slug}/gatherings/{gathering.pk}/",
    }
    print(f"{'page':<32} {'mean ms':>8} {'p50 ms':>8} {'queries':>8}")
    for name, url in urls.items():
        for _ in range(5):  # warm up templates, translations, URL resolver
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
        queries: list[str] = []

        def record(execute, sql, params, many, context, queries=queries):  # type: ignore[no-untyped-def]
            queries.append(sql)
            return execute(sql, params, many, context)

        cold = "emptied" in name
        if cold:
            cache.clear()
            caches["local"].clear()
        with connection.execute_wrapper(record):
            client.get(url)
        times = []
        for _ in range(args.repeat):
            if cold:
                cache.clear()
                caches["local"].clear()
            started = time.perf_counter()
            client.get(url)
            times.append(time.perf_counter() - started)
        print(
            f"{name:<32} {statistics.fmean(times) * 1000:>8.2f} "
            f"{statistics.median(times) * 1000:>8.2f} {len(queries):>8}"
        )
        if args.profile and "healthz" not in url:
            profiler = cProfile.Profile()
            profiler.enable()
            for _ in range(max(20, args.repeat // 5)):
                client.get(url)
            profiler.disable()
            stats = pstats.Stats(profiler)
            stats.sort_stats("cumulative").print_stats(args.top)
            for sql in queries:
                print(f"    {sql[:160]}")


if __name__ == "__main__":
    main()
