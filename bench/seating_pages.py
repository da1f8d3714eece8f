"""How long a steward waits on the seating board of the demo's next gathering: the board
page, one drag (a swap posted as htmx, answered with the board and its cost), and generating
a plan (the solver's search plus storing it). Baseline in the same run: `/healthz`. Then what
members see once the plan is out: each seated member of the published plan opens their table
(the page, and the part the gathering page loads) for the first time, one distinct member per
request, as a room of phones does when a steward publishes.

Runs against an existing data dir with the demo seeded, signed in as the demo steward
through Django's test client (full middleware, no network). Moves and plans are written and
undone (every plan it generates is deleted), so the demo is left as it was.

    export COLLABORATORY_DATA_DIR=/tmp/perfdata COLLABORATORY_DEBUG=false
    .venv/bin/collaboratory migrate && .venv/bin/collaboratory seed_demo
    .venv/bin/python bench/seating_pages.py [--repeat 50]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ["DJANGO_SETTINGS_MODULE"] = "bench_settings"

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django_scopes import scopes_disabled  # noqa: E402

from collaboratory.people.models import User  # noqa: E402
from collaboratory.seating.models import PlanStatus, Seat, SeatingPair, SeatingPlan  # noqa: E402
from collaboratory.seating.selectors import person_key, plan_grid  # noqa: E402
from landing_inprocess import session_of  # noqa: E402


def timed(name: str, repeat: int, call: Callable[[], object]) -> None:
    queries: list[str] = []

    def record(execute, sql, params, many, context):  # type: ignore[no-untyped-def]
        queries.append(sql)
        return execute(sql, params, many, context)

    call()  # warm up
    with connection.execute_wrapper(record):
        call()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    print(
        f"{name:<44} {statistics.fmean(times) * 1000:>9.1f} "
        f"{statistics.median(times) * 1000:>9.1f} {len(queries):>8}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--email", default="steward@example.org")
    args = parser.parse_args()

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(User.objects.get(email=args.email))
    with scopes_disabled():
        plan = SeatingPlan.objects.select_related("network", "gathering").get(
            status=PlanStatus.DRAFT
        )
        grid = plan_grid(plan=plan)
        ruled = {
            person_key(pk)
            for pair in SeatingPair.objects.values_list("first_id", "second_id")
            for pk in pair
        }
    slug, people = plan.network.slug, sum(len(t) for t in grid[0])
    # Two people under no keep-apart or keep-together rule, so the swap is never refused.
    a, b = (next(p for p in grid[0][t] if p not in ruled) for t in (0, 1))
    print(
        f"plan: {people} people, {plan.rounds} rounds, {len(plan.table_sizes)} tables "
        f"(the demo's next gathering, small groups)"
    )
    print(f"{'request':<44} {'mean ms':>9} {'p50 ms':>9} {'queries':>8}")
    timed("/healthz (baseline)", args.repeat, lambda: client.get("/healthz"))
    board = f"/n/{slug}/seating/plans/{plan.pk}/"
    timed("board page", args.repeat, lambda: client.get(board))
    swap = {"round": "1", "table": "2", "person": a, "swap_with": b}
    back = {"round": "1", "table": "1", "person": a, "swap_with": b}
    flip = [swap, back]

    def move() -> None:
        data = flip[0]
        flip.reverse()
        response = client.post(f"{board}move/", data, headers={"HX-Request": "true"})
        assert b"swapped tables" in response.content, response.content[:400]

    timed("drag: swap two people, board and cost back", args.repeat, move)
    made: list[int] = []

    def generate() -> None:
        # Each time from the newest version: the same form posted again to a version that
        # already made one is a replay, answered with that version and no search.
        newest = made[-1] if made else plan.pk
        response = client.post(f"/n/{slug}/seating/plans/{newest}/refresh/", {"everyone": "1"})
        made.append(int(response["Location"].rstrip("/").rsplit("/", 1)[1]))
        assert made[-1] != newest, "no new version was made"

    timed("generate: re-plan everyone (4 s search)", max(2, args.repeat // 25), generate)
    with scopes_disabled():
        SeatingPlan.objects.filter(pk__in=made).delete()
    members_first_view(slug, plan.gathering_id)


def members_first_view(slug: str, gathering_id: int) -> None:
    """Every seated member of the gathering's published plans opens their table once: the
    page, or (the other half) the part the gathering page loads. No member twice, so no
    per-person cache is warm."""
    with scopes_disabled():
        users = list(
            User.objects.filter(
                pk__in=Seat.objects.filter(
                    plan__gathering_id=gathering_id, plan__status=PlanStatus.PUBLISHED
                ).values("user_id")
            ).order_by("pk")
        )
    sessions = [session_of(user) for user in users]
    page = f"/n/{slug}/seating/gatherings/{gathering_id}/my-table/"
    client = Client(HTTP_HOST="127.0.0.1")
    client.get("/healthz")  # the process is warm; the people are not
    for name, half, headers in (
        ("member's first view: my table (page)", sessions[0::2], {}),
        ("member's first view: my table (htmx part)", sessions[1::2], {"HX-Request": "true"}),
    ):
        times, queries = [], 0
        for session in half:
            client.cookies["sessionid"] = session
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get(page, headers=headers)
                times.append(time.perf_counter() - started)
            assert response.status_code == 200, response
            assert b"Table" in response.content, response.content[:400]
            queries = len(captured)
        print(
            f"{name:<44} {statistics.fmean(times) * 1000:>9.1f} "
            f"{statistics.median(times) * 1000:>9.1f} {queries:>8}  ({len(half)} members)"
        )


if __name__ == "__main__":
    main()
