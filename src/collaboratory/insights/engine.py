"""The help graph and the figures stewards report (pure: imports nothing from Django).

Inputs are plain records held as NumPy arrays (:class:`Members`, :class:`Commitments`,
:class:`Attendance`); each has a ``from_rows`` constructor that takes the tuples a Django
``values_list`` query returns, so the web layer fetches three flat lists and calls
:func:`compute`. Members are addressed by *position* (0..n-1) inside the engine and by their
external id (e.g. the membership pk) in every result that names a member.

Definitions (the docstrings of the result types repeat them where they are reported):

* A **help tie** u -> v exists when u made at least one commitment to v whose status is in
  ``tie_statuses`` (default: made, in progress or kept; released and lapsed commitments are
  help that did not flow). Ties are distinct ordered pairs; each carries a weight, the number
  of such commitments. The help graph is the set of ties.
* **Self-commitments** (committer == recipient) are *ignored* by every graph figure (ties,
  reciprocity, cycles, bridging, brokers, circulation, compounding) and counted in
  ``Insights.self_commitments_ignored``; they still count in the tallies by kind of capital,
  which describe commitments, not ties. Self-pairs in attendance cannot arise.
* Figures over attributes leave out ties with an endpoint whose value is unknown (code -1).
* Sensitive attributes (ideology, race) are reported only in aggregate and only when their
  member counts pass small-cell suppression (see :mod:`.privacy`); otherwise the bridging
  figures and the Blau index for that attribute are withheld with a reason.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import igraph as ig
import numpy as np
from scipy import sparse

from . import privacy

STATUSES: tuple[str, ...] = ("made", "in_progress", "kept", "released", "lapsed")
MADE, IN_PROGRESS, KEPT, RELEASED, LAPSED = range(5)
KINDS: tuple[str, ...] = ("social", "intellectual", "institutional", "financial")
HELP_STATUSES: tuple[int, ...] = (MADE, IN_PROGRESS, KEPT)
DEFAULT_DRAWS = 50
DEFAULT_SEED = 20260
SECONDS_PER_DAY = 86400.0
PAGERANK_DAMPING = 0.85


# --------------------------------------------------------------------------- inputs


def _factorize(
    values: Iterable[Hashable | None], labels: Sequence[str] | None
) -> tuple[np.ndarray, tuple[str, ...]]:
    vals = list(values)
    if labels is None:
        seen = sorted({str(v) for v in vals if v is not None and v != ""})
        labels = seen
    index = {label: i for i, label in enumerate(labels)}
    codes = np.empty(len(vals), dtype=np.int64)
    for i, v in enumerate(vals):
        if v is None or v == "":
            codes[i] = -1
        else:
            try:
                codes[i] = index[str(v)]
            except KeyError:
                raise ValueError(f"value {v!r} is not one of the labels {list(labels)}") from None
    return codes, tuple(labels)


@dataclass(frozen=True)
class Attribute:
    """One attribute of every member: integer ``codes`` (one per member, -1 = unknown) into
    ``labels``. ``sensitive`` marks self-descriptions (ideology, race) that are reported only
    in suppressed aggregates. Multi-valued answers (several races) must be mapped by the caller
    to one category (e.g. "more than one"), so that counts add up to totals."""

    name: str
    codes: np.ndarray
    labels: tuple[str, ...]
    sensitive: bool = False

    @classmethod
    def from_values(
        cls,
        name: str,
        values: Iterable[Hashable | None],
        *,
        labels: Sequence[str] | None = None,
        sensitive: bool = False,
    ) -> Attribute:
        """Build from one value per member (None or "" = unknown). Without ``labels`` the
        categories are the distinct values, sorted by their text."""
        codes, labs = _factorize(values, labels)
        return cls(name=name, codes=codes, labels=labs, sensitive=sensitive)


@dataclass(frozen=True)
class Members:
    """The roster: external ``ids`` (unique) and their attributes, aligned by position."""

    ids: np.ndarray
    attributes: tuple[Attribute, ...] = ()

    def __post_init__(self) -> None:
        ids = np.asarray(self.ids, dtype=np.int64)
        object.__setattr__(self, "ids", ids)
        if len(np.unique(ids)) != len(ids):
            raise ValueError("member ids must be unique.")
        for a in self.attributes:
            if len(a.codes) != len(ids):
                raise ValueError(f"attribute {a.name!r} needs one value per member.")
            if len(a.codes) and (a.codes.max(initial=-1) >= len(a.labels) or a.codes.min() < -1):
                raise ValueError(f"attribute {a.name!r} has codes outside its labels.")

    @property
    def size(self) -> int:
        return len(self.ids)

    @classmethod
    def from_rows(
        cls,
        rows: Iterable[Sequence[Any]],
        attributes: Sequence[str],
        *,
        sensitive: Iterable[str] = (),
        labels: dict[str, Sequence[str]] | None = None,
    ) -> Members:
        """From ``values_list("id", *attributes)`` rows: the id first, then one value per
        attribute, in the order of ``attributes``."""
        rows = list(rows)
        sensitive = set(sensitive)
        labels = labels or {}
        ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        attrs = tuple(
            Attribute.from_values(
                name,
                (r[j + 1] for r in rows),
                labels=labels.get(name),
                sensitive=name in sensitive,
            )
            for j, name in enumerate(attributes)
        )
        return cls(ids=ids, attributes=attrs)

    def positions(self, ids: Sequence[int] | np.ndarray) -> np.ndarray:
        """Positions of external ids; refuses ids that are not members."""
        ids = np.asarray(ids, dtype=np.int64)
        order = np.argsort(self.ids, kind="stable")
        sorted_ids = self.ids[order]
        where = np.searchsorted(sorted_ids, ids)
        where = np.clip(where, 0, max(len(sorted_ids) - 1, 0))
        if len(ids) and (len(sorted_ids) == 0 or (sorted_ids[where] != ids).any()):
            missing = ids[(len(sorted_ids) == 0) | (sorted_ids[where] != ids)]
            raise ValueError(f"ids {missing[:5].tolist()} are not members of this roster.")
        return order[where] if len(ids) else np.empty(0, dtype=np.int64)


def _seconds(value: datetime | date | float | int | None) -> float:
    if value is None:
        return float("nan")
    if isinstance(value, datetime):
        return value.timestamp()
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day).timestamp()
    return float(value)


@dataclass(frozen=True)
class Commitments:
    """One row per commitment, as aligned arrays.

    ``committer``/``recipient``: member positions; ``ask``: ask id; ``kind``: index into
    ``kinds``; ``status``: index into :data:`STATUSES`; ``created``/``kept_at``: seconds (any
    epoch; ``kept_at`` NaN unless kept); ``gathering``: chronological gathering index (0 = the
    first gathering), -1 when made outside a gathering.
    """

    committer: np.ndarray
    recipient: np.ndarray
    ask: np.ndarray
    kind: np.ndarray
    status: np.ndarray
    created: np.ndarray
    kept_at: np.ndarray
    gathering: np.ndarray
    kinds: tuple[str, ...] = KINDS

    def __post_init__(self) -> None:
        n = len(self.committer)
        for name in ("recipient", "ask", "kind", "status", "created", "kept_at", "gathering"):
            if len(getattr(self, name)) != n:
                raise ValueError(f"commitments.{name} must have one entry per commitment.")

    @property
    def size(self) -> int:
        return len(self.committer)

    @classmethod
    def empty(cls, kinds: tuple[str, ...] = KINDS) -> Commitments:
        i = np.empty(0, dtype=np.int64)
        f = np.empty(0, dtype=np.float64)
        return cls(i, i, i, i, i, f, f, i, kinds)

    @classmethod
    def from_rows(
        cls,
        rows: Iterable[Sequence[Any]],
        members: Members,
        *,
        gatherings: Sequence[int] = (),
        kinds: tuple[str, ...] = KINDS,
    ) -> Commitments:
        """From ``values_list("committer_id", "recipient_id", "ask_id", "kind", "status",
        "created_at", "kept_at", "gathering_id")`` rows. ``kind``/``status`` are the stored
        strings; dates are datetimes (or None); ``gatherings`` lists gathering ids in
        chronological order (a gathering id not listed, or None, means "outside gatherings")."""
        rows = list(rows)
        if not rows:
            return cls.empty(kinds)
        cols = list(zip(*rows, strict=True))
        kind_index = {k: i for i, k in enumerate(kinds)}
        status_index = {s: i for i, s in enumerate(STATUSES)}
        gathering_index = {g: i for i, g in enumerate(gatherings)}
        try:
            kind = np.array([kind_index[k] for k in cols[3]], dtype=np.int64)
        except KeyError as e:
            raise ValueError(f"unknown kind of capital {e.args[0]!r}; expected {kinds}") from None
        try:
            status = np.array([status_index[s] for s in cols[4]], dtype=np.int64)
        except KeyError as e:
            raise ValueError(f"unknown status {e.args[0]!r}; expected {STATUSES}") from None
        return cls(
            committer=members.positions(np.array(cols[0], dtype=np.int64)),
            recipient=members.positions(np.array(cols[1], dtype=np.int64)),
            ask=np.array(cols[2], dtype=np.int64),
            kind=kind,
            status=status,
            created=np.array([_seconds(v) for v in cols[5]], dtype=np.float64),
            kept_at=np.array([_seconds(v) for v in cols[6]], dtype=np.float64),
            gathering=np.array([gathering_index.get(g, -1) for g in cols[7]], dtype=np.int64),
            kinds=kinds,
        )


@dataclass(frozen=True)
class Attendance:
    """Who attended which gathering: aligned ``gathering`` (chronological index) and
    ``member`` (position) arrays. Two members *met* at a gathering they both attended."""

    gathering: np.ndarray
    member: np.ndarray

    @classmethod
    def from_rows(
        cls, rows: Iterable[Sequence[Any]], members: Members, *, gatherings: Sequence[int]
    ) -> Attendance:
        """From ``values_list("gathering_id", "membership_id")`` rows; rows of gatherings not
        in ``gatherings`` (chronological ids) are skipped."""
        index = {g: i for i, g in enumerate(gatherings)}
        kept = [(index[g], m) for g, m in rows if g in index]
        if not kept:
            e = np.empty(0, dtype=np.int64)
            return cls(e, e)
        g, m = zip(*kept, strict=True)
        return cls(
            gathering=np.array(g, dtype=np.int64),
            member=members.positions(np.array(m, dtype=np.int64)),
        )


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Tally:
    """Commitments of one kind of capital (or "all"). ``total`` counts every commitment made;
    ``open`` those still made or in progress. ``kept_rate`` = kept / (kept + released +
    lapsed), the share kept among commitments whose outcome is known (None if none is)."""

    kind: str
    total: int
    open: int
    kept: int
    released: int
    lapsed: int
    kept_rate: float | None


@dataclass(frozen=True)
class AskCoverage:
    """Asks given, asks with at least one commitment (any status, from someone other than
    the asker), and the share."""

    asks: int
    with_commitment: int
    share: float | None


@dataclass(frozen=True)
class TimeToKeep:
    """Days from a commitment being made to it being kept, over kept commitments with both
    dates: the median and the 75th percentile (linear interpolation)."""

    kept: int
    median_days: float | None
    p75_days: float | None


@dataclass(frozen=True)
class Reciprocity:
    """Direct reciprocity and pay-forward on the help graph.

    ``ties``: distinct ties u -> v (u != v). ``reciprocated_ties``: ties whose reverse v -> u
    is also a tie; ``share`` = reciprocated_ties / ties (networkx's overall reciprocity);
    ``mutual_pairs`` = reciprocated_ties / 2.
    ``cycles3``: directed 3-cycles u -> v -> w -> u on three distinct members; ``cycles4``:
    directed 4-cycles u -> v -> w -> x -> u on four distinct members. A cycle is counted once
    whatever member it is read from; a cycle and its reverse are different cycles (both count
    when all their ties run both ways). A cycle is help paid forward around a loop back to
    where it started.
    """

    ties: int
    reciprocated_ties: int
    share: float | None
    mutual_pairs: int
    cycles3: int
    cycles4: int


@dataclass(frozen=True)
class Baseline:
    """A figure on the observed graph against the same figure on ``draws`` random graphs with
    the same out- and in-degree for every member (directed configuration model: each tie keeps
    its committer, recipients are shuffled among the ties, self-ties are swapped away; repeated
    ties may occur). ``sd``: standard deviation of the draws; ``low``/``high`` = mean -/+
    1.96 sd (the 95% band under a normal approximation, steadier than percentiles of a few
    dozen draws); ``z`` = (observed - mean) / sd, None when the draws do not vary or there are
    fewer than two."""

    observed: float | None
    mean: float | None
    sd: float | None
    low: float | None
    high: float | None
    z: float | None
    draws: int


@dataclass(frozen=True)
class Bridging:
    """How help ties cross one attribute, over ties whose two members both have a known value.

    ``share_crossing`` = E / (E + I) where E counts ties between different values and I ties
    within one value; ``ei_index`` = (E - I) / (E + I) (Krackhardt; -1 all within, +1 all
    across); ``assortativity``: Newman's attribute assortativity of the directed ties (as
    networkx ``attribute_assortativity_coefficient``; None when it is undefined). Each against
    a :class:`Baseline`: more bridging than chance means ``share_crossing.observed`` above the
    baseline's interval (z well above 2). ``withheld`` gives the reason when a sensitive
    attribute's figures are not published (then every figure, ``ties_known`` included, is
    None)."""

    attribute: str
    ties_known: int | None
    crossing: int | None
    share_crossing: Baseline | None
    ei_index: Baseline | None
    assortativity: Baseline | None
    withheld: str | None = None


@dataclass(frozen=True)
class Compounding:
    """The compounding curve, one entry per gathering (chronological).

    ``helping_pairs[g]``: distinct unordered pairs {u, v} with at least one help tie either
    way from commitments made at gatherings 0..g (commitments outside gatherings are left
    out); ``new_pairs[g]``: those first seen at g. ``cross_pairs[attribute][g]``: the same
    cumulative count restricted to pairs whose two members have different known values.
    ``met_pairs[g]``: distinct pairs who attended at least one gathering together in 0..g.
    """

    gatherings: int
    new_pairs: tuple[int, ...]
    helping_pairs: tuple[int, ...]
    cross_pairs: dict[str, tuple[int, ...]]
    met_pairs: tuple[int, ...]


@dataclass(frozen=True)
class Diversity:
    """Roster diversity on one attribute, over members with a known value: the Blau index
    1 - sum(p_k^2) (0 = everyone alike; up to 1 - 1/K). For a sensitive attribute ``counts``
    is the suppressed :class:`~.privacy.CountTable` and ``blau`` is withheld (None) whenever a
    count is suppressed, since it could help recover hidden counts."""

    attribute: str
    known: int | None
    blau: float | None
    counts: privacy.CountTable | tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class Ranked:
    """A member (external id) with a score."""

    member: int
    score: float


@dataclass(frozen=True)
class MemberFlows:
    """Given vs received, per member (aligned with ``Members.ids``): commitments made to
    others (``given``), received from others (``received``), of which kept, and distinct
    members helped / helped by (help ties out / in). Self-commitments are left out."""

    ids: np.ndarray
    given: np.ndarray
    received: np.ndarray
    given_kept: np.ndarray
    received_kept: np.ndarray
    helped: np.ndarray
    helped_by: np.ndarray


@dataclass(frozen=True)
class Insights:
    """Every dashboard figure. ``constraint`` and ``pagerank`` are per member (aligned with
    ``flows.ids``); ``brokers``: the members with the lowest Burt constraint among those with
    at least two contacts (ties either way, weighted by commitment counts), i.e. who bridge
    otherwise unconnected members; ``circulation``: the members with the highest PageRank on
    the help graph with every tie reversed (recipient -> committer, damping 0.85, weighted),
    i.e. whose help reaches members who themselves help widely."""

    members: int
    commitments: int
    self_commitments_ignored: int
    tallies: tuple[Tally, ...]
    total: Tally
    asks: AskCoverage
    time_to_keep: TimeToKeep
    reciprocity: Reciprocity
    flows: MemberFlows
    bridging: tuple[Bridging, ...]
    compounding: Compounding
    diversity: tuple[Diversity, ...]
    brokers: tuple[Ranked, ...]
    circulation: tuple[Ranked, ...]
    constraint: np.ndarray = field(repr=False)
    pagerank: np.ndarray = field(repr=False)


# --------------------------------------------------------------------------- the graph


@dataclass(frozen=True)
class HelpGraph:
    """Distinct ties (``src`` -> ``dst``, sorted by src then dst) with their weights."""

    n: int
    src: np.ndarray
    dst: np.ndarray
    weight: np.ndarray

    @property
    def size(self) -> int:
        return len(self.src)


def help_graph(
    n: int, commitments: Commitments, *, tie_statuses: Sequence[int] = HELP_STATUSES
) -> HelpGraph:
    """The help graph: one tie per ordered pair with a commitment in ``tie_statuses``."""
    c = commitments
    use = np.isin(c.status, np.asarray(tie_statuses)) & (c.committer != c.recipient)
    keys = c.committer[use] * n + c.recipient[use]
    uniq, counts = np.unique(keys, return_counts=True)
    return HelpGraph(n=n, src=uniq // n, dst=uniq % n, weight=counts.astype(np.float64))


def _tallies(c: Commitments) -> tuple[tuple[Tally, ...], Tally]:
    n_kinds = len(c.kinds)
    grid = np.bincount(c.kind * len(STATUSES) + c.status, minlength=n_kinds * len(STATUSES))
    grid = grid.reshape(n_kinds, len(STATUSES))

    def tally(kind: str, row: np.ndarray) -> Tally:
        decided = int(row[KEPT] + row[RELEASED] + row[LAPSED])
        return Tally(
            kind=kind,
            total=int(row.sum()),
            open=int(row[MADE] + row[IN_PROGRESS]),
            kept=int(row[KEPT]),
            released=int(row[RELEASED]),
            lapsed=int(row[LAPSED]),
            kept_rate=float(row[KEPT] / decided) if decided else None,
        )

    return tuple(tally(k, grid[i]) for i, k in enumerate(c.kinds)), tally("all", grid.sum(0))


def _ask_coverage(c: Commitments, asks: np.ndarray | None) -> AskCoverage:
    if asks is None:
        return AskCoverage(asks=0, with_commitment=0, share=None)
    asks = np.unique(np.asarray(asks, dtype=np.int64))
    covered = int(np.isin(asks, c.ask[c.committer != c.recipient]).sum())
    return AskCoverage(
        asks=len(asks), with_commitment=covered, share=covered / len(asks) if len(asks) else None
    )


def _time_to_keep(c: Commitments) -> TimeToKeep:
    days = (c.kept_at - c.created)[(c.status == KEPT)] / SECONDS_PER_DAY
    days = days[~np.isnan(days)]
    if not len(days):
        return TimeToKeep(kept=0, median_days=None, p75_days=None)
    median, p75 = np.percentile(days, [50, 75])
    return TimeToKeep(kept=len(days), median_days=float(median), p75_days=float(p75))


def _adjacency(g: HelpGraph) -> sparse.csr_matrix:
    ones = np.ones(g.size, dtype=np.int64)
    return sparse.csr_matrix((ones, (g.src, g.dst)), shape=(g.n, g.n))


def _mutual(g: HelpGraph) -> np.ndarray:
    """Per member, how many members they have ties with in both directions."""
    keys = g.src * g.n + g.dst  # sorted: the ties come out of np.unique
    reverse = g.dst * g.n + g.src
    at = np.minimum(np.searchsorted(keys, reverse), max(len(keys) - 1, 0))
    mutual = keys[at] == reverse if len(keys) else np.zeros(0, dtype=bool)
    return np.bincount(g.src[mutual], minlength=g.n)


def _reciprocity(g: HelpGraph, r: np.ndarray) -> Reciprocity:
    if g.size == 0:
        return Reciprocity(0, 0, None, 0, 0, 0)
    a = _adjacency(g)
    a2 = a @ a
    closed3 = int(a2.multiply(a.T.tocsr()).sum())
    closed4 = int(a2.multiply(a2.T.tocsr()).sum())
    reciprocated = int(r.sum())
    # Closed 4-walks that are not 4-cycles go back and forth on mutual ties: x0=x2 gives
    # r(x0)^2 walks, x1=x3 gives r(x1)^2, both together sum(r); see docs/architecture.md.
    simple4 = closed4 - 2 * int((r * r).sum()) + reciprocated
    return Reciprocity(
        ties=g.size,
        reciprocated_ties=reciprocated,
        share=reciprocated / g.size,
        mutual_pairs=reciprocated // 2,
        cycles3=closed3 // 3,
        cycles4=simple4 // 4,
    )


def _flows(ids: np.ndarray, c: Commitments, g: HelpGraph) -> MemberFlows:
    n = len(ids)
    other = c.committer != c.recipient
    kept = other & (c.status == KEPT)
    return MemberFlows(
        ids=ids,
        given=np.bincount(c.committer[other], minlength=n),
        received=np.bincount(c.recipient[other], minlength=n),
        given_kept=np.bincount(c.committer[kept], minlength=n),
        received_kept=np.bincount(c.recipient[kept], minlength=n),
        helped=np.bincount(g.src, minlength=n),
        helped_by=np.bincount(g.dst, minlength=n),
    )


# --------------------------------------------------------------------------- bridging


def rewire(g: HelpGraph, draws: int, seed: int) -> np.ndarray:
    """``draws`` random graphs with every member's out- and in-degree kept, as a (draws, m)
    block of tie positions: in draw d, tie i runs from ``g.src[i]`` to ``g.dst[perm[d, i]]``.

    This is the directed configuration model: committers keep their ties, the recipients are
    shuffled among them. A shuffle that points a tie at its own committer is repaired by
    exchanging that recipient with one at a random position of the same draw, when the
    exchange creates no new self-tie; the exchanges run in vectorized rounds over
    non-overlapping pairs, and the few left after the rounds one by one (a member holding
    nearly every tie can keep one in place). Repeated ties may occur.
    """
    m = g.size
    if draws <= 0 or m == 0:
        return np.empty((0, m), dtype=np.int32)
    rng = np.random.default_rng(seed)
    # One permutation per row is several times faster than Generator.permuted on the block.
    perm = np.stack([rng.permutation(m).astype(np.int32) for _ in range(draws)])
    flat = perm.reshape(-1)
    src = g.src
    dst = g.dst
    d_idx, i_idx = np.nonzero(dst[perm] == src)
    bad = d_idx.astype(np.int64) * m + i_idx
    for _ in range(20):
        if not len(bad):
            return perm
        other = (bad // m) * m + rng.integers(0, m, len(bad))
        both = np.concatenate([bad, other])
        uniq, counts = np.unique(both, return_counts=True)
        lone = uniq[counts == 1]
        valid = (
            np.isin(bad, lone)
            & np.isin(other, lone)
            & (dst[flat[other]] != src[bad % m])
            & (dst[flat[bad]] != src[other % m])
        )
        i, j = bad[valid], other[valid]
        flat[i], flat[j] = flat[j], flat[i].copy()
        bad = bad[~valid]  # a valid exchange leaves both of its positions fine
    for pos in bad.tolist():
        d, i = divmod(pos, m)
        line = perm[d]
        for _ in range(100):
            j = int(rng.integers(m))
            if dst[line[j]] != src[i] and dst[line[i]] != src[j]:
                line[i], line[j] = line[j], line[i]
                break
    return perm


def _baseline(observed: float | None, draws: np.ndarray) -> Baseline:
    draws = draws[~np.isnan(draws)]
    if not len(draws):
        return Baseline(observed, None, None, None, None, None, 0)
    mean = float(draws.mean())
    sd = float(draws.std(ddof=1)) if len(draws) > 1 else None
    low = high = z = None
    if sd is not None:
        low, high = mean - 1.96 * sd, mean + 1.96 * sd
    if observed is not None and sd is not None and sd > 0:
        z = (observed - mean) / sd
    return Baseline(observed, mean, sd, low, high, z, len(draws))


def _mixing(
    src: np.ndarray,
    dst: np.ndarray,
    n_labels: int,
    perm: np.ndarray | None = None,
    inverse: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Known ties, within-value ties and assortativity, on the observed ties or per draw.

    ``src`` (m,) holds the committers' codes with unknown mapped to ``n_labels + 1``; ``dst``
    (m,) the recipients' codes with unknown mapped to ``n_labels``. Without ``perm`` the
    result has one row (the observation); with it (and its ``inverse``), one row per draw
    (see :func:`rewire`).
    Every draw shuffles the same recipients, so only the ties with an unknown value on either
    side need counting per draw (found through the inverse permutation rather than by
    scanning the block); this runs once per attribute over every draw, hence the care.
    """
    width = n_labels + 1
    keep = src < n_labels
    block = dst[None, :] if perm is None else dst[perm]
    rows = block.shape[0]
    within = (block == src).sum(axis=1)
    offset = (np.arange(rows, dtype=np.int64) * width)[:, None]
    # b[d, k]: ties with a known committer whose recipient has value k (n_labels: unknown).
    b = np.broadcast_to(np.bincount(dst, minlength=width), (rows, width)).astype(np.int64)
    if not keep.all():
        b = b - np.bincount((block[:, ~keep] + offset).ravel(), minlength=rows * width).reshape(
            rows, width
        )
    total = keep.sum() - b[:, n_labels]
    # a[d, k]: ties with a known recipient whose committer has value k.
    a = np.broadcast_to(np.bincount(src[keep], minlength=width + 1), (rows, width + 1))
    a = a[:, :width].astype(np.int64)
    unknown = np.flatnonzero(dst == n_labels)  # ties whose recipient is unknown (observed)
    if len(unknown):
        # Where those recipients moved to in each draw.
        where = unknown[None, :] if perm is None or inverse is None else inverse[:, unknown]
        codes = src[where]
        on = codes < n_labels
        a = a - np.bincount((codes.astype(np.int64) + offset)[on], minlength=rows * width).reshape(
            rows, width
        )
    with np.errstate(divide="ignore", invalid="ignore"):
        totals = total.astype(np.float64)
        ab = (a[:, :n_labels] * b[:, :n_labels]).sum(axis=1) / (totals * totals)
        assort = (within / totals - ab) / (1 - ab)
    assort[~np.isfinite(assort)] = np.nan
    return total, within, assort


def _inverse(perm: np.ndarray) -> np.ndarray:
    inverse = np.empty_like(perm)
    positions = np.broadcast_to(np.arange(perm.shape[1], dtype=perm.dtype), perm.shape)
    np.put_along_axis(inverse, perm, positions, axis=1)
    return inverse


def _bridging(
    g: HelpGraph, attr: Attribute, perm: np.ndarray, inverse: np.ndarray, withheld: str | None
) -> Bridging:
    n_labels = len(attr.labels)
    dtype = np.int16 if n_labels + 1 < np.iinfo(np.int16).max else np.int64
    codes = np.where(attr.codes < 0, n_labels, attr.codes).astype(dtype)
    src = codes[g.src]
    src[src == n_labels] = n_labels + 1  # never equal to a recipient's code
    dst = codes[g.dst]
    total, within, assort = _mixing(src, dst, n_labels)
    known = int(total[0])
    if withheld is not None:
        return Bridging(attr.name, None, None, None, None, None, withheld)
    if perm.shape[0]:
        d_total, d_within, d_assort = _mixing(src, dst, n_labels, perm, inverse)
        with np.errstate(divide="ignore", invalid="ignore"):
            d_share = (d_total - d_within) / d_total
            d_ei = (d_total - 2 * d_within) / d_total
    else:
        d_share = d_ei = d_assort = np.empty(0)
    crossing = known - int(within[0])
    share = crossing / known if known else None
    ei = (crossing - int(within[0])) / known if known else None
    a0 = float(assort[0]) if known and not np.isnan(assort[0]) else None
    return Bridging(
        attribute=attr.name,
        ties_known=known,
        crossing=crossing,
        share_crossing=_baseline(share, d_share),
        ei_index=_baseline(ei, d_ei),
        assortativity=_baseline(a0, d_assort),
    )


# --------------------------------------------------------------------------- the curve


def _first_seen(keys: np.ndarray, when: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct keys and the earliest ``when`` of each."""
    if not len(keys):
        return keys, when
    order = np.lexsort((when, keys))
    keys, when = keys[order], when[order]
    first = np.ones(len(keys), dtype=bool)
    first[1:] = keys[1:] != keys[:-1]
    return keys[first], when[first]


def _met_before(masks: np.ndarray) -> int:
    """Pairs among members with these gathering bitmasks (rows of uint64 words) who share a
    gathering: grouped by distinct mask, so the work grows with the number of distinct
    attendance histories, not with the square of the attendees."""
    uniq, counts = np.unique(masks, axis=0, return_counts=True)
    seen = uniq.any(axis=1)
    uniq, counts = uniq[seen], counts[seen].astype(np.int64)
    if not len(uniq):
        return 0
    # Members with the same (non-empty) mask all met one another.
    total = int((counts * (counts - 1) // 2).sum())
    # Pairs from two different masks met when the masks share a bit.
    cross = 0
    block = max(1, 4_000_000 // max(len(uniq), 1))
    for lo in range(0, len(uniq), block):
        part = uniq[lo : lo + block]
        overlap = np.zeros((len(part), len(uniq)), dtype=bool)
        for w in range(uniq.shape[1]):
            overlap |= (part[:, None, w] & uniq[None, :, w]) != 0
        cross += int((counts[lo : lo + block] * (overlap @ counts)).sum())
    # `cross` counted every ordered pair of groups, the group with itself included.
    cross -= int((counts * counts).sum())
    return total + cross // 2


def _met_pairs(n: int, attendance: Attendance | None, n_gatherings: int) -> np.ndarray:
    """Cumulative distinct pairs who attended a gathering together, gathering by gathering.

    Pairs are never listed (a 3,000-person gathering has 4.5 million): each member carries a
    bitmask of the gatherings attended so far, and the new pairs at gathering g are the
    pairs among its attendees minus those whose masks already overlapped (see
    :func:`_met_before`)."""
    out = np.zeros(n_gatherings, dtype=np.int64)
    if attendance is None or not len(attendance.member) or n_gatherings == 0:
        return out
    keep = (attendance.gathering >= 0) & (attendance.gathering < n_gatherings)
    keys = np.unique(attendance.gathering[keep] * n + attendance.member[keep])
    if not len(keys):
        return out
    gath, mem = keys // n, keys % n
    bounds = np.flatnonzero(np.diff(gath)) + 1
    masks = np.zeros((n, (n_gatherings + 63) // 64), dtype=np.uint64)
    total = 0
    last = 0
    for part_g, people in zip(np.split(gath, bounds), np.split(mem, bounds), strict=True):
        g = int(part_g[0])
        out[last:g] = total
        k = len(people)
        if k >= 2:
            total += k * (k - 1) // 2 - _met_before(masks[people])
        masks[people, g // 64] |= np.uint64(1) << np.uint64(g % 64)
        out[g] = total
        last = g + 1
    out[last:] = total
    return out


def _compounding(
    n: int,
    c: Commitments,
    tie_statuses: Sequence[int],
    attributes: Sequence[Attribute],
    attendance: Attendance | None,
    n_gatherings: int,
) -> Compounding:
    use = (
        np.isin(c.status, np.asarray(tie_statuses))
        & (c.committer != c.recipient)
        & (c.gathering >= 0)
        & (c.gathering < n_gatherings)
    )
    lo = np.minimum(c.committer[use], c.recipient[use])
    hi = np.maximum(c.committer[use], c.recipient[use])
    keys, when = _first_seen(lo * n + hi, c.gathering[use])
    new = np.bincount(when, minlength=n_gatherings)
    lo, hi = keys // n, keys % n
    cross = {}
    for attr in attributes:
        a, b = attr.codes[lo], attr.codes[hi]
        crossing = (a >= 0) & (b >= 0) & (a != b)
        cross[attr.name] = tuple(
            int(x) for x in np.cumsum(np.bincount(when[crossing], minlength=n_gatherings))
        )
    return Compounding(
        gatherings=n_gatherings,
        new_pairs=tuple(int(x) for x in new),
        helping_pairs=tuple(int(x) for x in np.cumsum(new)),
        cross_pairs=cross,
        met_pairs=tuple(int(x) for x in _met_pairs(n, attendance, n_gatherings)),
    )


# --------------------------------------------------------------------------- roles


def _igraph(g: HelpGraph) -> ig.Graph:
    graph = ig.Graph(n=g.n, directed=True)
    graph.add_edges(np.column_stack([g.src, g.dst]))
    return graph


def pagerank(
    g: HelpGraph,
    *,
    reverse: bool = False,
    damping: float = PAGERANK_DAMPING,
    tol: float = 1e-12,
    max_iter: int = 500,
) -> np.ndarray:
    """Weighted PageRank by power iteration (as networkx: uniform teleport, and members with no
    outgoing tie hand their score to everyone equally). With ``reverse`` every tie is read
    backwards (recipient -> committer). Stops when the L1 change is below ``n * tol``."""
    n = g.n
    src, dst = (g.dst, g.src) if reverse else (g.src, g.dst)
    strength = np.bincount(src, weights=g.weight, minlength=n)
    # x_new[v] = d * sum_u x[u] w_uv / s_u + teleport: with M[v, u] = w_uv, it is M @ (x / s).
    m = sparse.csr_matrix((g.weight, (dst, src)), shape=(n, n))
    dangling = strength == 0
    inv = np.divide(1.0, strength, out=np.zeros(n), where=~dangling)
    x = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        new = damping * (m @ (x * inv)) + (damping * x[dangling].sum() + 1.0 - damping) / n
        if np.abs(new - x).sum() < n * tol:
            return new
        x = new
    return x


def _top(ids: np.ndarray, scores: np.ndarray, top: int, *, lowest: bool) -> tuple[Ranked, ...]:
    valid = np.flatnonzero(~np.isnan(scores))
    if not len(valid) or top <= 0:
        return ()
    key = scores[valid] if lowest else -scores[valid]
    chosen = valid[np.lexsort((ids[valid], key))][:top]
    return tuple(Ranked(member=int(ids[i]), score=float(scores[i])) for i in chosen)


def _roles(g: HelpGraph) -> tuple[np.ndarray, np.ndarray]:
    """Burt's constraint (igraph; NaN for members without ties) and PageRank of the reversed
    graph. Constraint reads ties both ways (p_ij uses w_ij + w_ji), so direction is moot."""
    if g.n == 0:
        return np.empty(0), np.empty(0)
    if g.size == 0:
        return np.full(g.n, np.nan), np.full(g.n, 1.0 / g.n)
    constraint = np.asarray(_igraph(g).constraint(weights=g.weight.tolist()), dtype=np.float64)
    return constraint, pagerank(g, reverse=True)


# --------------------------------------------------------------------------- entry point


def _sensitive_gate(attr: Attribute, k: int) -> tuple[privacy.CountTable, str | None]:
    table = privacy.count_table(attr, k=k)
    if table.any_suppressed:
        return table, (
            f"withheld: some {attr.name} groups have fewer than {k} members, so figures "
            "about them could identify people"
        )
    return table, None


def _diversity(attr: Attribute, table: privacy.CountTable | None) -> Diversity:
    codes = attr.codes[attr.codes >= 0]
    counts = np.bincount(codes, minlength=len(attr.labels))
    known = int(counts.sum())
    blau = float(1.0 - ((counts / known) ** 2).sum()) if known else None
    if table is not None:
        if table.any_suppressed:
            return Diversity(attr.name, table.total, None, table)
        return Diversity(attr.name, known, blau, table)
    pairs = tuple((label, int(x)) for label, x in zip(attr.labels, counts, strict=True))
    return Diversity(attr.name, known, blau, pairs)


def compute(
    members: Members,
    commitments: Commitments,
    *,
    asks: Sequence[int] | np.ndarray | None = None,
    attendance: Attendance | None = None,
    n_gatherings: int | None = None,
    tie_statuses: Sequence[int] = HELP_STATUSES,
    draws: int = DEFAULT_DRAWS,
    seed: int = DEFAULT_SEED,
    k: int = privacy.DEFAULT_K,
    top: int = 10,
    guarded: Iterable[str] = (),
) -> Insights:
    """Compute every figure. ``asks``: ids of all asks in scope (for the coverage share);
    ``n_gatherings``: gatherings in scope (default: one past the highest index seen);
    ``draws``/``seed``: the random baseline (0 draws skips it); ``k``: the suppression
    threshold for sensitive attributes; ``top``: how many brokers and circulators to list;
    ``guarded``: names of further attributes treated as the sensitive ones are (their table
    suppressed, their bridging, Blau index and curve withheld when a group is hidden), for a
    network whose public attributes would otherwise single people out (a youth cohort's few
    adults)."""
    k = privacy.validate_k(k)
    guarded = frozenset(guarded)
    n = members.size
    c = commitments
    if c.size and (
        c.committer.min() < 0
        or c.recipient.min() < 0
        or c.committer.max() >= n
        or c.recipient.max() >= n
    ):
        raise ValueError("commitments refer to member positions outside the roster.")
    if n_gatherings is None:
        highest = [int(c.gathering.max(initial=-1))]
        if attendance is not None and len(attendance.gathering):
            highest.append(int(attendance.gathering.max()))
        n_gatherings = max(highest) + 1

    g = help_graph(n, c, tie_statuses=tie_statuses)
    tallies, total = _tallies(c)

    gates: dict[str, tuple[privacy.CountTable | None, str | None]] = {}
    for attr in members.attributes:
        small_cells = attr.sensitive or attr.name in guarded
        gates[attr.name] = _sensitive_gate(attr, k) if small_cells else (None, None)

    perm = rewire(g, draws, seed)
    inverse = _inverse(perm)
    bridging = tuple(_bridging(g, a, perm, inverse, gates[a.name][1]) for a in members.attributes)
    open_attrs = [a for a in members.attributes if gates[a.name][1] is None]
    constraint, pagerank = _roles(g)
    mutual = _mutual(g)
    # Distinct members each member has a tie with, either way.
    contacts = np.bincount(g.src, minlength=n) + np.bincount(g.dst, minlength=n) - mutual

    return Insights(
        members=n,
        commitments=c.size,
        self_commitments_ignored=int((c.committer == c.recipient).sum()),
        tallies=tallies,
        total=total,
        asks=_ask_coverage(c, None if asks is None else np.asarray(asks)),
        time_to_keep=_time_to_keep(c),
        reciprocity=_reciprocity(g, mutual),
        flows=_flows(members.ids, c, g),
        bridging=bridging,
        compounding=_compounding(n, c, tie_statuses, open_attrs, attendance, n_gatherings),
        diversity=tuple(_diversity(a, gates[a.name][0]) for a in members.attributes),
        # A member with a single contact is fully constrained and bridges nobody.
        brokers=_top(members.ids, np.where(contacts >= 2, constraint, np.nan), top, lowest=True),
        circulation=_top(members.ids, pagerank, top, lowest=False),
        constraint=constraint,
        pagerank=pagerank,
    )
