"""The snapshot release rule and its digests, alone (pure): hand examples, then differencing
attacks by hypothesis over random populations and random sequences of changes."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from collaboratory.insights import privacy as P
from collaboratory.insights import snapshots as S

KEY = b"a test key, never a real one"
VALUES = ("left", "centre", "right")
LEAVE = "<leaves>"


def table(values: Mapping[int, str | None], k: int) -> P.CountTable:
    counts = [sum(1 for v in values.values() if v == label) for label in VALUES]
    return P.suppress_counts(VALUES, counts, k=k, attribute="ideology")


def moved(a: Mapping[int, str | None], b: Mapping[int, str | None]) -> set[int]:
    """The people whose contribution to the table differs: the truth the digests stand for."""
    known_a = {p: v for p, v in a.items() if v is not None}
    known_b = {p: v for p, v in b.items() if v is not None}
    return {p for p in known_a.keys() | known_b.keys() if known_a.get(p) != known_b.get(p)}


# --------------------------------------------------------------------------- by hand


def test_entering_leaving_and_changing_each_count_once() -> None:
    before = S.digests(KEY, "ideology", {1: "left", 2: "left", 3: "right", 4: None})
    after = S.digests(KEY, "ideology", {1: "left", 2: "right", 5: "centre", 4: "left"})

    # 2 changed, 3 left, 4 gave a value, 5 entered; 1 is unchanged.
    assert S.changed(before, after) == 4
    assert S.changed(after, before) == 4
    assert S.changed(before, before) == 0


def test_the_first_release_needs_k_people_with_a_value() -> None:
    assert S.may_release([], 10, 11) is False
    assert S.may_release([], 11, 11) is True


def test_a_later_release_needs_k_changes_against_every_earlier_one() -> None:
    assert S.may_release([30, 11], 40, 11) is True
    assert S.may_release([30, 10], 40, 11) is False
    # Back to where an old release was, plus one: it waits.
    assert S.may_release([1, 22], 40, 11) is False


def test_digests_hide_values_and_depend_on_the_key() -> None:
    mine = S.digests(KEY, "ideology", {7: "left"})
    other = S.digests(b"another key", "ideology", {7: "left"})

    assert list(mine) == [S.person_digest(KEY, 7)]
    assert mine != other
    assert S.person_digest(KEY, 7) == next(iter(S.digests(KEY, "race", {7: "asian"})))
    # The value digest is keyed: the same value for another person, or under another key,
    # or a plain hash of the value, never matches it.
    value_digest = mine[S.person_digest(KEY, 7)]
    assert value_digest != S.digests(KEY, "ideology", {8: "left"})[S.person_digest(KEY, 8)]
    assert value_digest != other[S.person_digest(b"another key", 7)]
    assert value_digest not in {hashlib.sha256(v.encode()).hexdigest() for v in ("left", "7left")}
    assert value_digest != S.digests(KEY, "ideology", {7: "right"})[S.person_digest(KEY, 7)]
    assert S.key_id(KEY) != S.key_id(b"another key")


def test_a_stored_table_reads_back_the_same() -> None:
    published = P.suppress_counts(VALUES, [12, 3, 20], k=11, attribute="ideology")

    assert S.table_from_json("ideology", S.table_to_json(published)) == published


def test_a_larger_k_hides_more_of_a_released_table_and_never_less() -> None:
    published = P.suppress_counts(VALUES, [12, 14, 20], k=11, attribute="ideology")

    assert P.resuppress(published, k=11) == published
    stricter = P.resuppress(published, k=13)
    # 12 is now too small; 14 is hidden with it so 46 - 20 - 14 cannot give it away.
    assert (stricter.counts, stricter.total, stricter.k) == ((None, None, 20), 46, 13)


# --------------------------------------------------------------------------- properties

people = st.integers(min_value=0, max_value=40)
value = st.sampled_from((None, *VALUES))
population = st.dictionaries(people, value, max_size=40)


@given(population, population)
def test_digests_count_exactly_the_people_who_moved(
    a: dict[int, str | None], b: dict[int, str | None]
) -> None:
    assert S.changed(S.digests(KEY, "x", a), S.digests(KEY, "x", b)) == len(moved(a, b))


change = st.tuples(people, st.sampled_from((LEAVE, None, *VALUES)))
# A batch of changes, or a return to the population as it was after an earlier batch plus a
# few changes (people who move and move back: the case comparing only with the last release
# would miss).
batch = st.one_of(
    st.lists(change, max_size=30).map(lambda changes: (None, changes)),
    st.tuples(st.integers(min_value=0, max_value=15), st.lists(change, max_size=3)),
)


@settings(max_examples=300, deadline=None)
@given(
    k=st.integers(min_value=6, max_value=12), start=population, steps=st.lists(batch, max_size=15)
)
def test_no_two_released_tables_can_be_differenced_down_to_fewer_than_k_people(
    k: int,
    start: dict[int, str | None],
    steps: list[tuple[int | None, list[tuple[int, str | None]]]],
) -> None:
    """Run the rule as the daily task does, after each batch of changes; then attack: any two
    released tables differ by an empty set of people or by k or more, and every published
    count is 0 or at least k."""
    current: dict[int, str | None] = dict(start)
    history = [dict(current)]
    released: list[dict[int, str | None]] = []
    stored: list[dict[str, str]] = []
    for back_to, changes in [(None, []), *steps]:
        if back_to is not None:
            current = dict(history[back_to % len(history)])
        for person, new in changes:
            if new == LEAVE:
                current.pop(person, None)
            else:
                current[person] = new
        history.append(dict(current))
        candidate = S.digests(KEY, "ideology", current)
        earlier = [S.changed(before, candidate) for before in stored]
        if S.may_release(earlier, len(candidate), k):
            stored.append(candidate)
            released.append(dict(current))

    for i, a in enumerate(released):
        t = table(a, k)
        assert all(c is None or c == 0 or c >= k for c in (*t.counts, t.total))
        for b in released[i + 1 :]:
            assert len(moved(a, b)) == 0 or len(moved(a, b)) >= k
    if released:
        assert sum(1 for v in released[0].values() if v is not None) >= k


@given(
    counts=st.lists(st.integers(min_value=0, max_value=40), min_size=1, max_size=8),
    k=st.integers(min_value=6, max_value=20),
    extra=st.integers(min_value=0, max_value=20),
)
def test_resuppression_keeps_hidden_entries_hidden_and_leaves_no_lone_one(
    counts: list[int], k: int, extra: int
) -> None:
    published = P.suppress_counts([f"c{i}" for i in range(len(counts))], counts, k=k)

    shown = P.resuppress(published, k=k + extra)

    entries = [*shown.counts, shown.total]
    before = [*published.counts, published.total]
    assert all(e is None or e == 0 or e >= k + extra for e in entries)
    assert all(e is None for e, b in zip(entries, before, strict=True) if b is None)
    assert int(np.sum([e is None for e in entries])) != 1
