"""Defects found in a fresh-eyes review of the national roll-up, each pinned by a test."""

from __future__ import annotations

from collaboratory.insights.privacy import CountTable
from collaboratory.national.selectors import national_rollup


def _derivable(table: CountTable, published_total: int) -> list[str]:
    """The labels of hidden cells a reader can work out from the shown cells and a total
    published elsewhere: a hidden cell alone in its table is the total minus the rest."""
    hidden = [label for label, n in zip(table.labels, table.counts, strict=True) if n is None]
    return hidden if len(hidden) == 1 else []


def test_a_breakdown_hides_no_cell_that_the_side_by_side_total_gives_away(
    national, build_local
) -> None:  # type: ignore[no-untyped-def]
    """A small federation (fewer members than k): the breakdowns hid their one non-zero cell
    and their total, but the side-by-side table publishes the members total, and every other
    cell reads 0, so the hidden cell was that total (here: every member's generation)."""
    build_local("Tulsa", kept=0)

    rollup = national_rollup(national=national)

    members = rollup.totals.members
    assert 0 < members < rollup.k
    assert _derivable(rollup.generations, members) == []
    assert _derivable(rollup.sectors, members) == []
