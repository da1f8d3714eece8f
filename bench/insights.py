"""How long the full set of dashboard figures takes, against the same figures in networkx.

Generates a seeded synthetic network at each size (members, distinct help ties), times
`collaboratory.insights.engine.compute` (the median of --runs runs, after one warm-up), then
computes the same figures with networkx (plus the standard library for the tallies) once, and
prints both and the ratio. The targets (issue 8) are 200 ms at 3,000 members / 25,000 ties
and 1 s at 10,000 members / 125,000 ties.

    .venv/bin/python bench/insights.py [--sizes 3000:25000,10000:125000] [--runs 7]
                                       [--draws N] [--skip-networkx]

networkx's cycle enumeration (simple_cycles with length_bound=4) takes minutes at 25,000 ties
and far longer at 125,000, so above --nx-cycles-max-ties the networkx run leaves the cycles
out and says so: the ratio then flatters networkx.

With --pages the script measures the web layer instead: it seeds the demo at --members
(default 10,000) into a temporary data dir, adds --commitments synthetic commitments to the
presented proposals of the past gatherings (bulk rows, since the demo's own commitments come
with the follow-through work), and prints the time and queries of the figures cold (read the
rows, compute, lay out the map, cache) and warm (fingerprint, cache hit), and of the
steward's dashboard page both ways, through Django's test client:

    .venv/bin/python bench/insights.py --pages [--members 10000] [--commitments 20000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

import networkx as nx
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from collaboratory.insights import engine as E

ATTRIBUTES = (  # name, categories, sensitive
    ("sector", 9, False),
    ("region", 12, False),
    ("generation", 5, False),
    ("organization", None, False),  # about one organization per ten members
    ("ideology", 5, True),
    ("race", 8, True),
)
GATHERINGS = 40


def synthetic(n: int, n_ties: int, seed: int) -> tuple[E.Members, E.Commitments, np.ndarray]:
    """A network with skewed activity, sector homophily and some unknown values."""
    rng = np.random.default_rng(seed)
    attrs = []
    for name, k, sensitive in ATTRIBUTES:
        k = k or max(2, n // 10)
        codes = rng.integers(0, k, n)
        codes[rng.random(n) < (0.3 if sensitive else 0.05)] = -1  # prefer not to say / unknown
        labels = tuple(f"{name}-{i}" for i in range(k))
        attrs.append(E.Attribute(name, codes, labels, sensitive))
    members = E.Members(ids=np.arange(n, dtype=np.int64) * 2 + 1000, attributes=tuple(attrs))

    activity = rng.pareto(2.0, n) + 1.0
    p = activity / activity.sum()
    sector = attrs[0].codes
    pools = [np.flatnonzero(sector == s) for s in range(9)]
    keys = np.empty(0, dtype=np.int64)
    while len(keys) < n_ties:
        batch = int((n_ties - len(keys)) * 1.3) + 100
        src = rng.choice(n, batch, p=p)
        dst = rng.choice(n, batch, p=p)
        same = rng.random(batch) < 0.35  # a third of help stays within a sector
        for s, pool in enumerate(pools):
            pick = same & (sector[src] == s)
            dst[pick] = pool[rng.integers(0, len(pool), pick.sum())]
        ok = src != dst
        keys = np.unique(np.concatenate([keys, src[ok] * n + dst[ok]]))
    keys = rng.permutation(keys)[:n_ties]
    extra = rng.poisson(0.25, n_ties)  # some ties carry several commitments
    committer = np.repeat(keys // n, 1 + extra)
    recipient = np.repeat(keys % n, 1 + extra)
    m = len(committer)
    first = np.ones(m, dtype=bool)
    first[1:] = (
        np.repeat(np.arange(n_ties), 1 + extra)[1:] != np.repeat(np.arange(n_ties), 1 + extra)[:-1]
    )
    status = rng.choice(5, m, p=[0.15, 0.2, 0.45, 0.1, 0.1])
    status[first] = rng.choice([E.MADE, E.IN_PROGRESS, E.KEPT], first.sum(), p=[0.2, 0.3, 0.5])
    created = rng.uniform(0, 365, m) * E.SECONDS_PER_DAY
    kept = np.where(status == E.KEPT, created + rng.gamma(2.0, 7.0, m) * E.SECONDS_PER_DAY, np.nan)
    gathering = rng.integers(0, GATHERINGS, m)
    gathering[rng.random(m) < 0.1] = -1
    n_asks = max(1, m // 2)
    commitments = E.Commitments(
        committer=committer,
        recipient=recipient,
        ask=rng.integers(0, n_asks, m),
        kind=rng.integers(0, 4, m),
        status=status,
        created=created,
        kept_at=kept,
        gathering=gathering,
    )
    asks = np.arange(int(n_asks * 1.2))
    return members, commitments, asks


def attendance(n: int, seed: int) -> E.Attendance:
    rng = np.random.default_rng(seed + 1)
    gathering, member = [], []
    for g in range(GATHERINGS):
        people = rng.choice(n, int(rng.integers(40, 120)), replace=False)
        gathering.append(np.full(len(people), g))
        member.append(people)
    return E.Attendance(np.concatenate(gathering), np.concatenate(member))


# --------------------------------------------------------------------------- networkx


def with_networkx(
    members: E.Members,
    c: E.Commitments,
    asks: np.ndarray,
    att: E.Attendance,
    draws: int,
    seed: int,
    cycles: bool,
) -> dict[str, object]:
    """The same figures, the way one would write them with networkx and the standard
    library (no NumPy vectorization)."""
    out: dict[str, object] = {}
    committer, recipient = c.committer.tolist(), c.recipient.tolist()
    status, kind = c.status.tolist(), c.kind.tolist()
    out["tallies"] = Counter(zip(kind, status, strict=True))
    out["asks"] = len(
        set(asks.tolist())
        & {a for a, u, v in zip(c.ask.tolist(), committer, recipient, strict=True) if u != v}
    )
    days = [
        (k - s) / E.SECONDS_PER_DAY
        for k, s, st in zip(c.kept_at.tolist(), c.created.tolist(), status, strict=True)
        if st == E.KEPT and k == k
    ]
    out["time_to_keep"] = (statistics.median(days), statistics.quantiles(days, n=4)[2])

    graph = nx.DiGraph()
    graph.add_nodes_from(range(members.size))
    for u, v, s in zip(committer, recipient, status, strict=True):
        if u != v and s in E.HELP_STATUSES:
            if graph.has_edge(u, v):
                graph[u][v]["weight"] += 1
            else:
                graph.add_edge(u, v, weight=1)
    out["reciprocity"] = nx.overall_reciprocity(graph)
    if cycles:  # networkx enumerates every cycle: minutes at 25,000 ties, hours above
        out["cycles"] = Counter(len(cy) for cy in nx.simple_cycles(graph, length_bound=4))
    out["flows"] = (dict(graph.out_degree()), dict(graph.in_degree()))

    rng_seed = seed
    in_deg = [graph.in_degree(i) for i in range(members.size)]
    out_deg = [graph.out_degree(i) for i in range(members.size)]
    nulls = []
    for d in range(draws):
        null = nx.DiGraph(nx.directed_configuration_model(in_deg, out_deg, seed=rng_seed + d))
        null.remove_edges_from(nx.selfloop_edges(null))
        nulls.append(null)
    bridging = {}
    for attr in members.attributes:
        values = {i: int(x) for i, x in enumerate(attr.codes.tolist()) if x >= 0}

        def figures(g: nx.DiGraph, values: dict[int, int] = values) -> tuple[float, float]:
            sub = g.subgraph(values)
            nx.set_node_attributes(sub, values, "v")
            across = sum(1 for u, v in sub.edges if values[u] != values[v])
            return across / max(1, sub.number_of_edges()), nx.attribute_assortativity_coefficient(
                sub, "v"
            )

        observed = figures(graph)
        baseline = [figures(null) for null in nulls]
        bridging[attr.name] = (observed, statistics.fmean(b[0] for b in baseline))
    out["bridging"] = bridging

    pairs: dict[tuple[int, int], int] = {}
    for u, v, s, g in zip(committer, recipient, status, c.gathering.tolist(), strict=True):
        if u != v and s in E.HELP_STATUSES and g >= 0:
            key = (min(u, v), max(u, v))
            pairs[key] = min(pairs.get(key, g), g)
    out["curve"] = Counter(pairs.values())
    met: dict[tuple[int, int], int] = {}
    by_gathering: dict[int, list[int]] = {}
    for g, m in zip(att.gathering.tolist(), att.member.tolist(), strict=True):
        by_gathering.setdefault(g, []).append(m)
    for g, people in by_gathering.items():
        people.sort()
        for i, a in enumerate(people):
            for b in people[i + 1 :]:
                met[(a, b)] = min(met.get((a, b), g), g)
    out["met"] = Counter(met.values())
    out["blau"] = {
        a.name: 1 - sum((x / len(a.codes)) ** 2 for x in Counter(a.codes.tolist()).values())
        for a in members.attributes
    }
    out["constraint"] = nx.constraint(graph, weight="weight")
    out["pagerank"] = nx.pagerank(graph.reverse(copy=False), weight="weight")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="3000:25000,10000:125000")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--draws", type=int, default=E.DEFAULT_DRAWS)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--skip-networkx", action="store_true")
    parser.add_argument(
        "--nx-cycles-max-ties",
        type=int,
        default=30000,
        help="above this many ties the networkx run leaves out cycle counting (too slow)",
    )
    parser.add_argument("--pages", action="store_true", help="measure the dashboard instead")
    parser.add_argument("--members", type=int, default=10000)
    parser.add_argument("--commitments", type=int, default=20000)
    args = parser.parse_args()
    if args.pages:
        pages(args.members, args.commitments, args.runs, args.seed)
        return

    print(f"baseline draws: {args.draws}; engine: median of {args.runs} runs after a warm-up")
    for size in args.sizes.split(","):
        n, n_ties = (int(x) for x in size.split(":"))
        members, commitments, asks = synthetic(n, n_ties, args.seed)
        att = attendance(n, args.seed)
        result = E.compute(members, commitments, asks=asks, attendance=att, draws=args.draws)
        assert result.reciprocity.ties == n_ties
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            E.compute(members, commitments, asks=asks, attendance=att, draws=args.draws)
            times.append(time.perf_counter() - started)
        engine_ms = statistics.median(times) * 1000
        line = (
            f"{n:>6} members {n_ties:>7} ties ({commitments.size} commitments): "
            f"engine {engine_ms:8.1f} ms (min {min(times) * 1000:.1f}, "
            f"max {max(times) * 1000:.1f})"
        )
        print(line, flush=True)
        if not args.skip_networkx:
            cycles = n_ties <= args.nx_cycles_max_ties
            started = time.perf_counter()
            with_networkx(members, commitments, asks, att, args.draws, args.seed, cycles)
            nx_ms = (time.perf_counter() - started) * 1000
            line = f"{'':>35}networkx {nx_ms:10.1f} ms   ratio {nx_ms / engine_ms:7.1f}x"
            if not cycles:
                line += " (networkx without the 3-/4-cycle counts)"
            print(line, flush=True)


def pages(members: int, commitments: int, runs: int, seed: int) -> None:
    import os
    import random
    import tempfile
    import uuid
    from datetime import timedelta

    data_dir = tempfile.mkdtemp(prefix="insights-bench-")
    os.environ["COLLABORATORY_DATA_DIR"] = data_dir
    os.environ["COLLABORATORY_DEBUG"] = "false"
    os.environ["COLLABORATORY_EMAIL_BACKEND"] = "django.core.mail.backends.locmem.EmailBackend"
    os.environ["DJANGO_SETTINGS_MODULE"] = "collaboratory.config.settings"
    import django

    django.setup()
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django_scopes import scopes_disabled

    from collaboratory.commitments.models import Commitment, CommitmentStatus
    from collaboratory.creditclub.models import Ask, Proposal, ProposalState
    from collaboratory.demo.generator import NATIONAL_SLUG, STEWARD_EMAIL, generate_demo
    from collaboratory.gatherings.models import Attendance
    from collaboratory.insights.selectors import insights_figures
    from collaboratory.networks.models import Network
    from collaboratory.people.models import User

    print(f"seeding the demo with {members} members into {data_dir} ...", flush=True)
    call_command("migrate", verbosity=0)
    generate_demo(members=members)
    rng = random.Random(seed)
    statuses = [s for s in CommitmentStatus.values]
    with scopes_disabled():
        network = Network.objects.get(slug=NATIONAL_SLUG)
        proposals = list(
            Proposal.objects.filter(network=network, state=ProposalState.PRESENTED).select_related(
                "gathering"
            )
        )
        asks: dict[int, list[tuple[int, str]]] = {}
        for pk, proposal_id, capital in Ask.objects.filter(network=network).values_list(
            "pk", "proposal_id", "capital"
        ):
            asks.setdefault(proposal_id, []).append((pk, capital))
        attendees: dict[int, list[int]] = {}
        for gathering_id, user_id in (
            Attendance.objects.filter(network=network)
            .values_list("part__gathering_id", "user_id")
            .distinct()
        ):
            attendees.setdefault(gathering_id, []).append(user_id)
        rows = []
        for _ in range(commitments):
            proposal = rng.choice(proposals)
            committer = rng.choice(attendees[proposal.gathering_id])
            ask_id, capital = rng.choice(asks[proposal.pk])
            status = rng.choice(statuses)
            made = proposal.gathering.starts_at
            kept = status in ("kept", "partly_kept")
            rows.append(
                Commitment(
                    network=network,
                    gathering_id=proposal.gathering_id,
                    proposal=proposal,
                    ask_id=ask_id,
                    committer_id=committer,
                    entered_by_id=committer,
                    capital=capital,
                    what="I will introduce you to 3 funders by March 1",
                    due_on=(made + timedelta(days=30)).date(),
                    status=status,
                    status_changed_at=made + timedelta(days=5),
                    kept_at=made + timedelta(days=rng.randint(3, 60)) if kept else None,
                    idempotency_key=uuid.uuid4(),
                    firm=True,
                    created_at=made,
                )
            )
        Commitment.objects.bulk_create(rows, batch_size=2000)
    steward = User.objects.get(email=STEWARD_EMAIL)
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(steward)
    url = f"/n/{NATIONAL_SLUG}/insights/"
    client.get(url)  # warm up templates and URL resolution

    def timed(label: str, action, cold: bool) -> None:  # type: ignore[no-untyped-def]
        times, queries = [], 0
        for _ in range(runs):
            if cold:
                cache.clear()
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                action()
                times.append(time.perf_counter() - started)
            queries = len(captured)
        print(
            f"{label:<34} median {statistics.median(times) * 1000:8.1f} ms "
            f"(min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f}), {queries} queries",
            flush=True,
        )

    with scopes_disabled():
        n_members = network.memberships.count()
    print(f"{n_members} memberships, {commitments} commitments, {len(proposals)} presenters")
    with scopes_disabled():
        timed("figures, cold (compute + cache)", lambda: insights_figures(network=network), True)
        timed("figures, warm (cache hit)", lambda: insights_figures(network=network), False)
    timed("dashboard page, cold", lambda: client.get(url), True)
    timed("dashboard page, warm", lambda: client.get(url), False)


if __name__ == "__main__":
    main()
