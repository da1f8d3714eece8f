"""The differencing check over many stewards' unions (`_rest_small_counts`) reads them as one
array expression when there are more than 64 (12 sets held give 4,095): it must decide
exactly as the plain loop over every union does, for any counts, sets and k."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from collaboratory.national.selectors import (
    _rest_small_array,
    _rest_small_counts,
    _rest_small_loop,
    _steward_sets,
)

NETWORKS = 20
masks = st.dictionaries(
    st.integers(min_value=1, max_value=(1 << NETWORKS) - 1),
    st.integers(min_value=0, max_value=30),
    min_size=1,
    max_size=25,
)
held = st.lists(
    st.frozensets(st.integers(min_value=0, max_value=NETWORKS - 1), min_size=1, max_size=4),
    min_size=7,
    max_size=12,
)


@settings(max_examples=200, deadline=None)
@given(masks=masks, held=held, k=st.integers(min_value=6, max_value=15))
def test_the_array_reading_decides_as_the_loop(
    masks: dict[int, int], held: list[frozenset[int]], k: int
) -> None:
    readers = _steward_sets(list(range(NETWORKS)), held)

    expected = _rest_small_loop(masks, readers.sets, k)

    assert _rest_small_array(masks, readers.sets, k) == expected
    assert _rest_small_counts(masks, readers, k) == expected


def test_a_union_leaving_a_few_outside_is_found_by_the_array() -> None:
    """70 unions (7 single networks held), one of which leaves 3 people outside: hidden."""
    readers = _steward_sets(list(range(8)), [{i} for i in range(7)])
    assert len(readers.sets) > 64
    people = {1 << i: 20 for i in range(7)} | {1 << 7: 3}

    assert _rest_small_array(people, readers.sets, 11) is True
    assert _rest_small_array({**people, 1 << 7: 11}, readers.sets, 11) is False
