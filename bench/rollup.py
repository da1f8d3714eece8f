"""The national roll-up at scale: the national team's view and the national impact report,
first view and warm, beside two baselines measured in the same run.

Seeds a fresh SQLite data dir (the embedded default) with one national network and
--locals local networks of --members members each (default 30 x 300 = 9,000 people), each
with its sectors, two past gatherings, five presented projects and --commitments commitments
per local network in a spread of statuses, all through the services' bulk history writes.
Then, in process through Django's test client as a national steward (the whole middleware
stack), prints time and queries for:

- the bare signed-in network view (`/n/<slug>/bench-bare/`, bench_urls only): the ceiling;
- one local network's insights dashboard, first view (its figures computed): what the
  roll-up pays per network on a first view;
- the national view and the report, first view (Django's cache emptied: every local
  network's figures computed) and warm (what a steward reloading it gets; nothing changed).

    .venv/bin/python bench/rollup.py [--locals 30] [--members 300] [--commitments 600]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ["DJANGO_SETTINGS_MODULE"] = "bench_settings"
os.environ.setdefault("COLLABORATORY_DATA_DIR", tempfile.mkdtemp(prefix="rollup-bench-"))
os.environ.pop("DATABASE_URL", None)

import django

django.setup()

from django.core.cache import cache, caches  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402
from django_scopes import scopes_disabled  # noqa: E402

from collaboratory.commitments.models import Commitment, Unit  # noqa: E402
from collaboratory.creditclub.models import Proposal, ProposalState  # noqa: E402
from collaboratory.creditclub.services.proposals import (  # noqa: E402
    AskInput,
    proposal_history_bulk_create,
)
from collaboratory.followthrough.services import commitment_history_bulk_create  # noqa: E402
from collaboratory.gatherings.models import GatheringFormat  # noqa: E402
from collaboratory.gatherings.services import gathering_create  # noqa: E402
from collaboratory.networks.models import (  # noqa: E402
    Membership,
    MembershipStatus,
    NetworkKind,
    Role,
    Sector,
)
from collaboratory.networks.services import memberships_bulk_create, network_create  # noqa: E402
from collaboratory.people.services import NewUser, users_bulk_create  # noqa: E402

STATUSES = ("offered", "in_progress", "kept", "kept", "kept", "released", "lapsed")


def seed(locals_: int, members: int, commitments: int) -> tuple[str, str, object]:
    rng = random.Random(15)
    now = timezone.now()
    national = network_create(slug="national", name="National", kind=NetworkKind.NATIONAL)
    (steward,) = users_bulk_create(rows=[NewUser("steward@national.example", "Nat Steward")])
    memberships_bulk_create(
        network=national,
        rows=[Membership(network=national, user=steward, role=Role.STEWARD, joined_at=now)],
    )
    first_local = ""
    for n in range(locals_):
        local = network_create(
            slug=f"local-{n}", name=f"Local {n:02d}", kind=NetworkKind.LOCAL, parent=national
        )
        first_local = first_local or local.slug
        users = users_bulk_create(
            rows=[
                NewUser(f"m{i}@local-{n}.example", f"Member {n}-{i}", age_band="30-44")
                for i in range(members)
            ]
        )
        sectors = list(Sector.objects.filter(network=local))
        memberships_bulk_create(
            network=local,
            rows=[
                Membership(
                    network=local,
                    user=u,
                    role=Role.STEWARD if i == 0 else Role.MEMBER,
                    status=MembershipStatus.ACTIVE,
                    sector=rng.choice(sectors),
                    joined_at=now - timedelta(days=400),
                )
                for i, u in enumerate(users)
            ],
        )
        gatherings = [
            gathering_create(
                network=local,
                title=f"Gathering {g}",
                format=GatheringFormat.VIRTUAL,
                parts=[("Call", now - timedelta(days=d), now - timedelta(days=d, hours=-2))],
            )
            for g, d in enumerate((200, 60))
        ]
        proposals = proposal_history_bulk_create(
            network=local,
            rows=[
                (
                    Proposal(
                        network=local,
                        gathering=gatherings[p % 2],
                        proposer=users[p + 1],
                        state=ProposalState.PRESENTED,
                        title=f"Project {p}",
                        what="A lending library of tools",
                        who_it_serves="Neighbors",
                        problem="Tools cost too much",
                        where="Here",
                        timeframe="ongoing",
                        phase="launched",
                        asks_timeline="Space first",
                        submitted_at=gatherings[p % 2].starts_at - timedelta(days=30),
                        announced_at=gatherings[p % 2].starts_at - timedelta(days=14),
                    ),
                    [AskInput("space", "institutional", "A room on Saturdays")],
                )
                for p in range(5)
            ],
        )
        asks = {p.pk: p.asks.first() for p in proposals}
        rows = []
        for _c in range(commitments):
            proposal = rng.choice(proposals)
            committer = rng.choice(users)
            status = rng.choice(STATUSES)
            made = proposal.gathering.starts_at
            rows.append(
                Commitment(
                    network=local,
                    proposal=proposal,
                    ask=asks[proposal.pk],
                    gathering_id=proposal.gathering_id,
                    committer=committer,
                    entered_by=committer,
                    what="I will introduce you to 3 funders by March 1",
                    capital=rng.choice(("social", "intellectual", "institutional")),
                    amount="3",
                    unit=Unit.INTRODUCTIONS,
                    due_on=(made + timedelta(days=30)).date(),
                    idempotency_key=uuid.uuid4(),
                    firm=True,
                    created_at=made,
                    status=status,
                    status_changed_at=made + timedelta(days=10),
                    kept_at=made + timedelta(days=10) if status == "kept" else None,
                )
            )
        commitment_history_bulk_create(network=local, commitments=rows)
    return national.slug, first_local, steward


def measure(client: Client, url: str, *, cold: bool, repeat: int) -> tuple[float, int]:
    """Median ms over `repeat` requests and the queries of one; `cold` empties the caches
    before each (not timed)."""
    queries: list[str] = []

    def record(execute, sql, params, many, context):  # type: ignore[no-untyped-def]
        queries.append(sql)
        return execute(sql, params, many, context)

    times = []
    for i in range(repeat):
        if cold:
            cache.clear()
            caches["local"].clear()
        started = time.perf_counter()
        if i == 0:
            with connection.execute_wrapper(record):
                response = client.get(url)
        else:
            response = client.get(url)
        times.append(time.perf_counter() - started)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(times) * 1000, len(queries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--locals", type=int, default=30)
    parser.add_argument("--members", type=int, default=300)
    parser.add_argument("--commitments", type=int, default=600)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    with scopes_disabled():  # seeding writes many networks, as the demo generator does
        national, local, steward = seed(args.locals, args.members, args.commitments)
    print(
        f"seeded {args.locals} local networks x {args.members} members, "
        f"{args.commitments} commitments each, in {time.perf_counter() - started:.1f} s"
    )
    nat = Client(HTTP_HOST="127.0.0.1")
    nat.force_login(steward)  # type: ignore[arg-type]
    with scopes_disabled():
        local_steward = Membership.objects.get(network__slug=local, role=Role.STEWARD).user
    loc = Client(HTTP_HOST="127.0.0.1")
    loc.force_login(local_steward)
    for client, url in ((nat, f"/n/{national}/bench-bare/"), (loc, f"/n/{local}/")):
        client.get(url)  # warm up templates, translations, the URL resolver

    cases = (
        ("bare signed-in network view", nat, f"/n/{national}/bench-bare/", False),
        ("one local's insights dashboard, first view", loc, f"/n/{local}/insights/", True),
        ("national view, first view", nat, f"/n/{national}/national/", True),
        ("national view, warm", nat, f"/n/{national}/national/", False),
        ("national report, first view", nat, f"/n/{national}/national/report/", True),
        ("national report, warm", nat, f"/n/{national}/national/report/", False),
    )
    print(f"{'page':<44} {'p50 ms':>9} {'queries':>8} {'x bare':>8}")
    bare = None
    for name, client, url, cold in cases:
        ms, queries = measure(client, url, cold=cold, repeat=args.repeat)
        bare = bare or ms
        print(f"{name:<44} {ms:>9.1f} {queries:>8} {ms / bare:>8.1f}")


if __name__ == "__main__":
    main()
