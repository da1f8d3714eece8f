"""Pairs who met, gathering by gathering, against listing every pair: the bitmask count must
agree for any attendance, past 64 gatherings too (masks of several words)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from collaboratory.insights import engine as E


def listed(n_gatherings: int, rows: list[tuple[int, int]]) -> tuple[int, ...]:
    met: dict[tuple[int, int], int] = {}
    for g in range(n_gatherings):
        people = sorted({m for gg, m in rows if gg == g})
        for i, a in enumerate(people):
            for b in people[i + 1 :]:
                met.setdefault((a, b), g)
    return tuple(sum(1 for g in met.values() if g <= t) for t in range(n_gatherings))


@settings(max_examples=200, deadline=None)
@given(
    st.integers(1, 12),
    st.integers(1, 80),
    st.data(),
)
def test_met_pairs_equal_the_listed_pairs(n: int, n_gatherings: int, data: st.DataObject) -> None:
    rows = data.draw(
        st.lists(st.tuples(st.integers(-1, n_gatherings), st.integers(0, n - 1)), max_size=200)
    )
    attendance = E.Attendance(
        gathering=np.array([g for g, _ in rows], dtype=np.int64),
        member=np.array([m for _, m in rows], dtype=np.int64),
    )

    counted = E._met_pairs(n, attendance, n_gatherings)

    assert tuple(int(x) for x in counted) == listed(n_gatherings, rows)


def test_a_large_gathering_is_counted_without_listing_its_pairs() -> None:
    # 3,000 people at each of three gatherings, half of them the same people each time.
    rng = np.random.default_rng(1)
    regulars = np.arange(1500)
    gathering, member = [], []
    for g in range(3):
        newcomers = 1500 + g * 1500 + np.arange(1500)
        people = np.concatenate([regulars, newcomers])
        gathering.append(np.full(len(people), g))
        member.append(rng.permutation(people))
    attendance = E.Attendance(np.concatenate(gathering), np.concatenate(member))

    counted = E._met_pairs(6000, attendance, 3)

    pairs = 3000 * 2999 // 2
    # Each later gathering adds every pair except the regulars' own, met already.
    assert counted.tolist() == [pairs, 2 * pairs - 1500 * 1499 // 2, 3 * pairs - 1500 * 1499]
