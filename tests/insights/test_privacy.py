"""Small-cell suppression: hand-made tables and hypothesis properties over random populations."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from collaboratory.insights import engine as E
from collaboratory.insights import privacy as P


def derivable(values: Sequence[int | None], lines: Sequence[Sequence[int]]) -> set[int]:
    """What an attacker recovers from the published entries by subtraction alone: repeatedly,
    an entry that is the only unknown one in a line (a row or column with its total, or the
    totals with the grand total) is worked out, and then counts as known."""
    known = [v is not None for v in values]
    recovered: set[int] = set()
    progress = True
    while progress:
        progress = False
        for line in lines:
            unknown = [i for i in line if not known[i]]
            if len(unknown) == 1:
                known[unknown[0]] = True
                recovered.add(unknown[0])
                progress = True
    return recovered


def crosstab_entries(table: P.CrossTable) -> tuple[list[int | None], list[list[int]]]:
    n_rows, n_cols = len(table.row_labels), len(table.col_labels)
    values = [c for row in table.cells for c in row]
    values += list(table.row_totals) + list(table.col_totals) + [table.grand_total]
    row_tot, col_tot = n_rows * n_cols, n_rows * n_cols + n_rows
    grand = col_tot + n_cols
    lines = [[r * n_cols + c for c in range(n_cols)] + [row_tot + r] for r in range(n_rows)]
    lines += [[r * n_cols + c for r in range(n_rows)] + [col_tot + c] for c in range(n_cols)]
    lines.append([row_tot + r for r in range(n_rows)] + [grand])
    lines.append([col_tot + c for c in range(n_cols)] + [grand])
    return values, lines


def test_a_small_cell_is_hidden_with_its_smallest_neighbour() -> None:
    table = P.suppress_counts(["a", "b", "c", "d"], [0, 3, 20, 30], k=11, attribute="ideology")
    # 3 is below k; alone it could be worked out from the total, so 20 is hidden too.
    assert table.counts == (0, None, None, 30)
    assert table.total == 53
    assert table.suppressed == (False, True, True, False)
    assert table.rows() == [
        ("a", 0),
        ("b", "suppressed"),
        ("c", "suppressed"),
        ("d", 30),
        ("total", 53),
    ]


def test_a_small_total_hides_everything_it_could_reveal() -> None:
    table = P.suppress_counts(["a", "b"], [0, 4], k=6)
    assert (table.counts, table.total) == ((0, None), None)


def test_no_small_cells_means_nothing_hidden() -> None:
    table = P.suppress_counts(["a", "b"], [11, 0], k=11)
    assert (table.counts, table.total, table.any_suppressed) == ((11, 0), 11, False)


def test_a_crosstab_hides_a_complement_in_the_row_and_in_the_column() -> None:
    table = P.suppress_crosstab(
        ["north", "south"],
        ["left", "right"],
        [[5, 40], [30, 50]],
        k=11,
        row_attribute="region",
        col_attribute="ideology",
    )
    # 5 is small; its row needs a second hidden cell (40), and then both columns do.
    assert table.cells == ((None, None), (None, None))
    assert table.row_totals == (45, 80)
    assert table.col_totals == (35, 90)
    assert table.grand_total == 125
    values, lines = crosstab_entries(table)
    assert derivable(values, lines) == set()
    assert table.rows() == [
        ("region / ideology", "left", "right", "total"),
        ("north", "suppressed", "suppressed", 45),
        ("south", "suppressed", "suppressed", 80),
        ("total", 35, 90, 125),
    ]


def test_k_below_six_is_refused() -> None:
    with pytest.raises(P.PrivacyError, match="k must be at least 6"):
        P.suppress_counts(["a"], [1], k=5)
    with pytest.raises(P.PrivacyError, match="whole number"):
        P.suppress_counts(["a"], [1], k=11.0)  # type: ignore[arg-type]


def test_two_sensitive_attributes_are_never_cross_tabulated() -> None:
    ideology = E.Attribute.from_values("ideology", ["l", "r"], sensitive=True)
    race = E.Attribute.from_values("race", ["x", "y"], sensitive=True)
    with pytest.raises(P.PrivacyError, match="never cross-tabulated"):
        P.tabulate(ideology, race, k=11)


def test_negative_counts_and_misshapen_tables_are_refused() -> None:
    with pytest.raises(P.PrivacyError, match="negative"):
        P.suppress_counts(["a", "b"], [3, -1], k=6)
    with pytest.raises(P.PrivacyError, match="one count per label"):
        P.suppress_counts(["a", "b"], [3], k=6)
    with pytest.raises(P.PrivacyError, match="rows x columns"):
        P.suppress_crosstab(["a"], ["x", "y"], [[1, 2], [3, 4]], k=6)


labels = st.integers(min_value=-1, max_value=5)  # -1: prefer not to say


@st.composite
def populations(draw: st.DrawFn) -> tuple[E.Attribute, E.Attribute, int]:
    n = draw(st.integers(min_value=0, max_value=200))
    sensitive = E.Attribute(
        "ideology",
        np.array(draw(st.lists(labels, min_size=n, max_size=n)), dtype=np.int64),
        tuple("abcdef"),
        sensitive=True,
    )
    other = E.Attribute(
        "region",
        np.array(draw(st.lists(st.integers(-1, 3), min_size=n, max_size=n)), dtype=np.int64),
        tuple("wxyz"),
    )
    return sensitive, other, draw(st.integers(min_value=6, max_value=15))


def check_published(values: Sequence[int | None], truth: Sequence[int], k: int) -> None:
    for shown, real in zip(values, truth, strict=True):
        if shown is not None:
            assert shown == real
            assert shown == 0 or shown >= k, f"published {shown} with k={k}"


@settings(max_examples=300, deadline=None)
@given(populations())
def test_one_way_tables_publish_no_small_cell_and_no_derivable_one(
    case: tuple[E.Attribute, E.Attribute, int],
) -> None:
    ideology, _, k = case
    table = P.tabulate(ideology, k=k)
    assert isinstance(table, P.CountTable)
    truth = np.bincount(ideology.codes[ideology.codes >= 0], minlength=6)
    values = [*table.counts, table.total]
    check_published(values, [*truth.tolist(), int(truth.sum())], k)
    assert derivable(values, [list(range(len(values)))]) == set()


@settings(max_examples=300, deadline=None)
@given(populations())
def test_crosstabs_publish_no_small_cell_and_no_derivable_one(
    case: tuple[E.Attribute, E.Attribute, int],
) -> None:
    ideology, region, k = case
    table = P.tabulate(region, ideology, k=k)
    assert isinstance(table, P.CrossTable)
    known = (ideology.codes >= 0) & (region.codes >= 0)
    truth = np.zeros((4, 6), dtype=int)
    np.add.at(truth, (region.codes[known], ideology.codes[known]), 1)
    values, lines = crosstab_entries(table)
    real = truth.ravel().tolist() + truth.sum(1).tolist() + truth.sum(0).tolist()
    check_published(values, [*real, int(truth.sum())], k)
    assert derivable(values, lines) == set()
    # Every cell in 1..k-1 is marked suppressed.
    for r in range(4):
        for c in range(6):
            if 0 < truth[r, c] < k:
                assert table.suppressed[r][c]


def test_cells_hidden_on_other_grounds_get_a_complement_too() -> None:
    """`also_hidden`: a cell the caller hides whatever its count (the national roll-up's
    rule on what a steward of a local network subtracts) is paired like a small one."""
    table = P.suppress_counts(["a", "b", "c"], [20, 30, 40], k=11, also_hidden=[True, False, False])

    assert (table.counts, table.total) == ((None, None, 40), 90)
    with pytest.raises(P.PrivacyError, match="one also_hidden flag per label"):
        P.suppress_counts(["a", "b"], [20, 30], k=11, also_hidden=[True])


def test_total_hidden_hides_the_total_and_one_cell_more() -> None:
    """`total_hidden`: the total hidden on the caller's grounds (the national help ties
    known, whose rest after a steward's own networks is below k) takes one cell with it,
    else the cells shown would add up to it."""
    table = P.suppress_counts(["crossing", "within"], [20, 30], k=11, total_hidden=True)
    assert table.total is None
    assert table.counts == (None, 30)
