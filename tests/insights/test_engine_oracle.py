"""The engine against networkx (the oracle) on small random help graphs."""

from __future__ import annotations

import math
from collections import Counter

import networkx as nx
import numpy as np
import pytest

from collaboratory.insights import engine as E
from tests.insights.helpers import commitments

SEEDS = range(12)
STATUS_NAMES = E.STATUSES


def random_case(seed: int) -> tuple[E.Members, E.Commitments]:
    rng = np.random.default_rng(seed)
    n = int(rng.integers(2, 30))
    m = int(rng.integers(0, 4 * n))
    rows = []
    for i in range(m):
        u, v = (int(x) for x in rng.integers(0, n, 2))  # self-commitments included on purpose
        status = STATUS_NAMES[int(rng.integers(0, 5))]
        kept = float(rng.integers(0, 30)) if status == "kept" else None
        rows.append((u, v, i, E.KINDS[int(rng.integers(0, 4))], status, 0.0, kept, 0))
    values = [None, "a", "b", "c"]
    members = E.Members(
        ids=np.arange(n) * 3 + 1,
        attributes=(
            E.Attribute.from_values(
                "sector", [values[int(x)] for x in rng.integers(0, 4, n)], labels=["a", "b", "c"]
            ),
        ),
    )
    return members, commitments(rows)


def oracle_graph(members: E.Members, c: E.Commitments) -> nx.DiGraph:
    graph = nx.DiGraph()
    graph.add_nodes_from(range(members.size))
    for u, v, s in zip(c.committer.tolist(), c.recipient.tolist(), c.status.tolist(), strict=True):
        if u == v or s not in E.HELP_STATUSES:
            continue
        if graph.has_edge(u, v):
            graph[u][v]["weight"] += 1
        else:
            graph.add_edge(u, v, weight=1)
    return graph


@pytest.mark.parametrize("seed", SEEDS)
def test_figures_match_networkx(seed: int) -> None:
    members, c = random_case(seed)
    result = E.compute(members, c, draws=0)
    graph = oracle_graph(members, c)

    rec = result.reciprocity
    assert rec.ties == graph.number_of_edges()
    if graph.number_of_edges():
        assert rec.share == pytest.approx(nx.overall_reciprocity(graph))
    lengths = Counter(len(cycle) for cycle in nx.simple_cycles(graph, length_bound=4))
    assert (rec.cycles3, rec.cycles4) == (lengths[3], lengths[4])

    assert result.flows.helped.tolist() == [graph.out_degree(i) for i in range(members.size)]
    assert result.flows.helped_by.tolist() == [graph.in_degree(i) for i in range(members.size)]

    expected_pr = nx.pagerank(graph.reverse(copy=True), weight="weight", tol=1e-13, max_iter=2000)
    assert result.pagerank.tolist() == pytest.approx(
        [expected_pr[i] for i in range(members.size)], abs=1e-9
    )

    expected_c = nx.constraint(graph, weight="weight")
    for i in range(members.size):
        if math.isnan(expected_c[i]):
            assert math.isnan(result.constraint[i])
        else:
            assert result.constraint[i] == pytest.approx(expected_c[i])

    sector = members.attributes[0]
    known = [i for i in range(members.size) if sector.codes[i] >= 0]
    sub = graph.subgraph(known)
    nx.set_node_attributes(sub, {i: int(sector.codes[i]) for i in known}, "sector")
    bridging = result.bridging[0]
    assert bridging.ties_known == sub.number_of_edges()
    across = sum(1 for u, v in sub.edges if sector.codes[u] != sector.codes[v])
    assert bridging.crossing == across
    assert bridging.assortativity is not None
    if sub.number_of_edges():
        assert bridging.share_crossing is not None
        assert bridging.ei_index is not None
        assert bridging.share_crossing.observed == pytest.approx(across / sub.number_of_edges())
        within = sub.number_of_edges() - across
        assert bridging.ei_index.observed == pytest.approx(
            (across - within) / sub.number_of_edges()
        )
        with np.errstate(divide="ignore", invalid="ignore"):
            expected_r = nx.attribute_assortativity_coefficient(sub, "sector")
        if math.isnan(expected_r):
            assert bridging.assortativity.observed is None
        else:
            assert bridging.assortativity.observed == pytest.approx(expected_r)


@pytest.mark.parametrize("seed", SEEDS)
def test_brokers_are_the_least_constrained_members_with_two_contacts(seed: int) -> None:
    members, c = random_case(seed)
    result = E.compute(members, c, draws=0, top=3)
    graph = oracle_graph(members, c).to_undirected()
    expected = nx.constraint(oracle_graph(members, c), weight="weight")
    eligible = sorted((expected[i], int(members.ids[i])) for i in graph if graph.degree(i) >= 2)[:3]
    assert [(r.member) for r in result.brokers] == [member for _, member in eligible]


def test_rewired_graphs_keep_every_members_degrees_and_have_no_self_ties() -> None:
    members, c = random_case(3)
    graph = E.help_graph(members.size, c)
    perm = E.rewire(graph, draws=20, seed=1)
    assert perm.shape == (20, graph.size)
    for row in perm:
        assert sorted(row.tolist()) == list(range(graph.size))  # a shuffle: in-degrees kept
        assert not (graph.dst[row] == graph.src).any()
    # Out-degrees are kept by construction: every draw reuses graph.src.
    again = E.rewire(graph, draws=20, seed=1)
    assert (again == perm).all()


def test_rewiring_repairs_self_ties_around_a_hub() -> None:
    # Member 0 gives to half the members and receives from the other half, so a plain
    # shuffle often points 0 at 0; the others form a ring.
    edges = [(0, i) for i in range(1, 21)] + [(i, 0) for i in range(21, 40)]
    edges += [(i, i % 39 + 1) for i in range(1, 40)]
    graph = E.help_graph(
        40, commitments([(u, v, 0, "social", "kept", 0.0, 1.0, 0) for u, v in edges])
    )
    perm = E.rewire(graph, draws=50, seed=3)
    assert not (graph.dst[perm] == graph.src).any()


def homophilous(n_per_side: int, cross_every: int) -> tuple[E.Members, E.Commitments]:
    """Two sectors; each member helps the next three of their own sector; every
    ``cross_every``-th member also helps someone across."""
    n = 2 * n_per_side
    edges = []
    for side in (0, 1):
        base = side * n_per_side
        for i in range(n_per_side):
            for step in (1, 2, 3):
                edges.append((base + i, base + (i + step) % n_per_side))
            if cross_every and i % cross_every == 0:
                edges.append((base + i, (base + n_per_side + i) % n))
    members = E.Members(
        ids=np.arange(n),
        attributes=(E.Attribute.from_values("sector", ["a"] * n_per_side + ["b"] * n_per_side),),
    )
    rows = [(u, v, i, "social", "kept", 0.0, 1.0, 0) for i, (u, v) in enumerate(edges)]
    return members, commitments(rows)


def test_homophily_shows_as_less_bridging_than_chance() -> None:
    members, c = homophilous(20, cross_every=5)
    bridging = E.compute(members, c, draws=200, seed=5).bridging[0]
    share = bridging.share_crossing
    assert share is not None
    assert share.z is not None
    assert share.high is not None
    assert share.observed == pytest.approx(8 / 128)
    assert share.mean == pytest.approx(0.5, abs=0.05)  # stubs fall across half the time
    assert share.z < -5
    assert share.observed < share.low  # type: ignore[operator]
    assert bridging.assortativity is not None
    assert bridging.assortativity.z is not None
    assert bridging.assortativity.z > 5


def test_the_baseline_is_reproducible_from_its_seed() -> None:
    members, c = homophilous(10, cross_every=2)
    first = E.compute(members, c, draws=30, seed=9).bridging
    again = E.compute(members, c, draws=30, seed=9).bridging
    other = E.compute(members, c, draws=30, seed=10).bridging
    assert first == again
    assert first != other


def plain_figures(
    pairs: list[tuple[int, int]], codes: list[int]
) -> tuple[float, float, float | None]:
    """Share crossing, E-I and assortativity of a list of ties, in plain Python."""
    known = [(codes[u], codes[v]) for u, v in pairs if codes[u] >= 0 and codes[v] >= 0]
    total = len(known)
    within = sum(1 for a, b in known if a == b)
    rows = Counter(a for a, _ in known)
    cols = Counter(b for _, b in known)
    ab = sum(rows[k] * cols[k] for k in rows) / total**2
    assort = None if ab == 1 else (within / total - ab) / (1 - ab)
    return (total - within) / total, (total - 2 * within) / total, assort


@pytest.mark.parametrize("seed", range(4))
def test_the_baseline_equals_the_figures_recomputed_on_each_rewired_graph(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = 40
    edges = sorted({(int(u), int(v)) for u, v in rng.integers(0, n, (160, 2)) if u != v})
    codes = [int(x) for x in rng.integers(-1, 3, n)]  # a quarter unknown
    members = E.Members(
        ids=np.arange(n), attributes=(E.Attribute("sector", np.array(codes), ("a", "b", "c")),)
    )
    rows = [(u, v, i, "social", "kept", 0.0, 1.0, 0) for i, (u, v) in enumerate(edges)]
    bridging = E.compute(members, commitments(rows), draws=25, seed=seed).bridging[0]

    graph = E.help_graph(n, commitments(rows))
    perm = E.rewire(graph, draws=25, seed=seed)
    draws = [
        plain_figures(list(zip(graph.src.tolist(), graph.dst[p].tolist(), strict=True)), codes)
        for p in perm
    ]
    for position, figure in enumerate(
        (bridging.share_crossing, bridging.ei_index, bridging.assortativity)
    ):
        values = [d[position] for d in draws if d[position] is not None]
        assert figure is not None
        assert figure.mean == pytest.approx(np.mean(values))
        assert figure.sd == pytest.approx(np.std(values, ddof=1))


@pytest.mark.parametrize("seed", SEEDS)
def test_tallies_time_to_keep_asks_and_the_curve_match_plain_python(seed: int) -> None:
    rng = np.random.default_rng(100 + seed)
    n = int(rng.integers(2, 25))
    rows = []
    for _ in range(int(rng.integers(0, 80))):
        u, v = (int(x) for x in rng.integers(0, n, 2))
        status = STATUS_NAMES[int(rng.integers(0, 5))]
        created = float(rng.integers(0, 50))
        kept = created + float(rng.integers(0, 20)) if status == "kept" else None
        gathering = int(rng.integers(-1, 6))
        ask = int(rng.integers(0, 30))
        rows.append((u, v, ask, E.KINDS[int(rng.integers(0, 4))], status, created, kept, gathering))
    sector = [int(x) for x in rng.integers(-1, 3, n)]
    members = E.Members(
        ids=np.arange(n), attributes=(E.Attribute("sector", np.array(sector), ("a", "b", "c")),)
    )
    att_g = rng.integers(0, 6, 3 * n)
    att_m = rng.integers(0, n, 3 * n)
    result = E.compute(
        members,
        commitments(rows),
        asks=range(40),
        attendance=E.Attendance(att_g, att_m),
        n_gatherings=6,
        draws=0,
    )

    for tally in (*result.tallies, result.total):
        mine = [r for r in rows if tally.kind in ("all", r[3])]
        count = Counter(r[4] for r in mine)
        decided = count["kept"] + count["released"] + count["lapsed"]
        assert (tally.total, tally.open, tally.kept, tally.released, tally.lapsed) == (
            len(mine),
            count["made"] + count["in_progress"],
            count["kept"],
            count["released"],
            count["lapsed"],
        )
        assert tally.kept_rate == (count["kept"] / decided if decided else None)

    days = sorted(r[6] - r[5] for r in rows if r[4] == "kept")
    if days:
        assert result.time_to_keep.median_days == pytest.approx(float(np.median(days)))
        assert result.time_to_keep.p75_days == pytest.approx(float(np.percentile(days, 75)))
    covered = {r[2] for r in rows if r[0] != r[1]}
    assert result.asks.with_commitment == len(covered & set(range(40)))

    first: dict[tuple[int, int], int] = {}
    for u, v, _, _, status, _, _, g in rows:
        if u != v and status in ("made", "in_progress", "kept") and g >= 0:
            key = (min(u, v), max(u, v))
            first[key] = min(first.get(key, g), g)
    helping = [sum(1 for g in first.values() if g <= t) for t in range(6)]
    cross = [
        sum(
            1
            for (u, v), g in first.items()
            if g <= t and sector[u] >= 0 and sector[v] >= 0 and sector[u] != sector[v]
        )
        for t in range(6)
    ]
    met: dict[tuple[int, int], int] = {}
    for g in range(6):
        people = sorted({int(m) for gg, m in zip(att_g, att_m, strict=True) if gg == g})
        for i, a in enumerate(people):
            for b in people[i + 1 :]:
                met.setdefault((a, b), g)
    assert result.compounding.helping_pairs == tuple(helping)
    assert result.compounding.cross_pairs == {"sector": tuple(cross)}
    assert result.compounding.met_pairs == tuple(
        sum(1 for g in met.values() if g <= t) for t in range(6)
    )
