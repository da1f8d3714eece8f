"""Builders for the insights engine's plain inputs, shared by the tests and kept tiny."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from collaboratory.insights import engine as E

DAY = E.SECONDS_PER_DAY


def commitments(
    rows: Sequence[tuple[int, int, int, str, str, float, float | None, int]],
) -> E.Commitments:
    """Rows of (committer, recipient, ask, kind, status, created day, kept day, gathering),
    members given by position, days as numbers."""
    if not rows:
        return E.Commitments.empty()
    kinds = {k: i for i, k in enumerate(E.KINDS)}
    statuses = {s: i for i, s in enumerate(E.STATUSES)}
    return E.Commitments(
        committer=np.array([r[0] for r in rows]),
        recipient=np.array([r[1] for r in rows]),
        ask=np.array([r[2] for r in rows]),
        kind=np.array([kinds[r[3]] for r in rows]),
        status=np.array([statuses[r[4]] for r in rows]),
        created=np.array([r[5] * DAY for r in rows], dtype=float),
        kept_at=np.array([np.nan if r[6] is None else r[6] * DAY for r in rows]),
        gathering=np.array([r[7] for r in rows]),
    )


def ties(edges: Sequence[tuple[int, int]], *, gathering: int = 0) -> E.Commitments:
    """One kept social commitment per edge, all at one gathering."""
    return commitments(
        [(u, v, i, "social", "kept", 0.0, 1.0, gathering) for i, (u, v) in enumerate(edges)]
    )
