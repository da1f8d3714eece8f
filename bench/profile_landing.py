"""The per-viewer landing pages at first view, in process: CPU ms and queries per page,
a different member's session on every request, beside the bare signed-in network view.

Issue #20, goal 1: what `bench/landing.py` measures over HTTP, without the server, so a change
to a view or a template can be weighed in seconds and profiled. It runs against the data dir
`bench/landing.py` builds (10,000 members + 200,000 commitments; run that once first: it also
promotes the bench's pool of stewards). It pre-creates sessions for members and stewards (not
timed) and gives each request the next one, so every timed request is that member's first
view of the page. Pages: the two baselines (the bare view; an empty page in `base.html`, what
the header, navigation and footer add), My commitments, the review board and the live console
(the pages whose HTML cannot be shared between members), the network home and the asks
board (a member's first view, the board's shared part found), and a member's profile with a new
subject on every request (its shared part rendered, never found). Times are the request's CPU time
(the thread's; SQLite runs in it), which other work on a shared machine disturbs far less
than the wall clock (also printed); "render" is the part spent in the page's template(s); "x
bare" is the ratio of CPU medians. `--profile` adds
cProfile's top functions per page (`PROFILE_SORT=cumulative`, `PROFILE_CALLERS=<function>`,
`PROFILE_CALLEES=<function>`, `PROFILE_BASELINES=1` to profile the baselines too).

    PYTHONPATH=src .venv/bin/python bench/profile_landing.py --data-dir /tmp/landing
        [--repeat 60] [--profile] [--sql] [--only board,console,profile]
"""

from __future__ import annotations

import argparse
import cProfile
import itertools
import os
import pstats
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


BASELINES = ("bare signed-in network view", "empty page in base.html")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--repeat", type=int, default=60, help="timed first views per page")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--sql", action="store_true", help="each query of one request, timed")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--only", default="", help="comma-separated page names")
    args = parser.parse_args()
    os.environ["COLLABORATORY_DATA_DIR"] = args.data_dir
    os.environ.setdefault("COLLABORATORY_DEBUG", "false")
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench_settings"
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.db import connection
    from django.db.models import Count
    from django.test import Client
    from django_scopes import scopes_disabled

    from collaboratory.creditclub.models import Proposal
    from collaboratory.gatherings.models import Gathering
    from collaboratory.networks.models import ADMITTED_STATUSES, Membership, Network, Role

    network = Network.objects.get(slug="national")
    needed = 5 + args.repeat * (2 if args.profile else 1) + 20
    with scopes_disabled():
        admitted = Membership.objects.filter(network=network, status__in=ADMITTED_STATUSES)
        stewards = list(admitted.filter(role=Role.STEWARD).select_related("user")[:needed])
        # The same members in every run (a fixed sample), so runs compare like with like.
        ids = list(admitted.filter(role=Role.MEMBER).order_by("pk").values_list("pk", flat=True))
        chosen = random.Random(0).sample(ids, min(needed, len(ids)))
        members = list(Membership.objects.filter(pk__in=chosen).select_related("user"))
        members.sort(key=lambda m: chosen.index(m.pk))
        live = Gathering.objects.get(network=network, title__contains="live demo").pk
        reviewed = (
            Proposal.objects.filter(network=network)
            .values("gathering")
            .annotate(n=Count("pk"))
            .order_by("-n")
            .first()["gathering"]  # type: ignore[index]
        )
    if len(stewards) < needed // 2:
        sys.exit(f"Only {len(stewards)} stewards: run bench/landing.py on this data dir first.")
    backend = next(
        b for b in settings.AUTHENTICATION_BACKENDS if "ModelBackend" in b or "allauth" in b
    )

    def session(user) -> str:  # type: ignore[no-untyped-def]
        store = SessionStore()
        store[SESSION_KEY] = str(user.pk)
        store[BACKEND_SESSION_KEY] = backend
        store[HASH_SESSION_KEY] = user.get_session_auth_hash()
        store.create()
        return store.session_key  # type: ignore[return-value]

    member_sessions = [session(m.user) for m in members]
    steward_sessions = [session(m.user) for m in stewards]
    n = "/n/national/"
    pages = {
        BASELINES[0]: (n + "bench-bare/", False),
        BASELINES[1]: (n + "bench-base/", False),
        "My commitments (landing)": (n + "follow-through/", False),
        "network home": (n, False),
        "asks board": (n + "asks/", False),
        "review board (steward)": (n + f"creditclub/gatherings/{reviewed}/board/", True),
        "console (steward)": (n + f"live/{live}/console/", True),
        # A different subject on every request, as bench/landing.py rotates it: each is the
        # first view of that profile (its shared part is rendered, not found).
        "member profile (new subject)": (n + "members/{subject}/", False),
    }
    subjects = itertools.cycle(random.Random(1).sample(ids, len(ids)))
    if args.only:
        wanted = args.only.split(",")
        pages = {
            k: v for i, (k, v) in enumerate(pages.items()) if i < 2 or any(w in k for w in wanted)
        }
    # The CPU time spent rendering the page's template (the view's render() call), per request.
    from django.template.backends.django import Template

    spent_rendering: list[float] = []
    template_render = Template.render

    depth = [0]

    def timed_render(self, context=None, request=None):  # type: ignore[no-untyped-def]
        """The outermost render only: Django's form templates render inside the page's."""
        depth[0] += 1
        started = time.thread_time()
        try:
            return template_render(self, context, request)
        finally:
            depth[0] -= 1
            if not depth[0]:
                spent_rendering.append(time.thread_time() - started)

    Template.render = timed_render  # type: ignore[method-assign]
    client = Client(HTTP_HOST="127.0.0.1")
    print(
        f"{'page':<30} {'cpu p50':>8} {'cpu mean':>8} {'render':>8} {'wall p50':>8} {'x bare':>7} "
        f"{'queries':>8} {'KB':>6}",
        flush=True,
    )
    bare = 0.0
    for name, (url, steward) in pages.items():
        pool = itertools.cycle(steward_sessions if steward else member_sessions)

        def get(url: str = url, pool=pool):  # type: ignore[no-untyped-def]
            client.cookies["sessionid"] = next(pool)
            response = client.get(url.format(subject=next(subjects)) if "{" in url else url)
            assert response.status_code == 200, (url, response.status_code)
            return response

        for _ in range(5):  # templates, translations, the URL resolver
            get()
        queries: list[str] = []

        def record(execute, sql, params, many, context, queries=queries):  # type: ignore[no-untyped-def]
            started = time.perf_counter()
            try:
                return execute(sql, params, many, context)
            finally:
                queries.append(f"{(time.perf_counter() - started) * 1000:7.2f} ms  {sql[:150]}")

        with connection.execute_wrapper(record):
            size = len(get().content)
        times, cpu, rendering = [], [], []
        for _ in range(args.repeat):
            spent_rendering.clear()
            started, started_cpu = time.perf_counter(), time.thread_time()
            get()
            times.append(time.perf_counter() - started)
            cpu.append(time.thread_time() - started_cpu)
            rendering.append(sum(spent_rendering))
        median = statistics.median(cpu) * 1000
        bare = bare or median
        print(
            f"{name:<30} {median:>8.1f} {statistics.fmean(cpu) * 1000:>8.1f} "
            f"{statistics.median(rendering) * 1000:>8.1f} {statistics.median(times) * 1000:>8.1f} "
            f"{median / bare:>7.1f} {len(queries):>8} {size / 1024:>6.0f}",
            flush=True,
        )
        if args.sql:
            print("\n".join(queries))
        if args.profile and (name not in BASELINES or os.environ.get("PROFILE_BASELINES")):
            profiler = cProfile.Profile()
            profiler.enable()
            for _ in range(args.repeat):
                get()
            profiler.disable()
            stats = pstats.Stats(profiler)
            stats.sort_stats(os.environ.get("PROFILE_SORT", "tottime")).print_stats(args.top)
            if os.environ.get("PROFILE_CALLEES"):
                stats.print_callees(os.environ["PROFILE_CALLEES"])
            if os.environ.get("PROFILE_CALLERS"):
                stats.print_callers(os.environ["PROFILE_CALLERS"])


if __name__ == "__main__":
    main()
