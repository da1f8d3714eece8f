"""Small-cell suppression for aggregates over sensitive self-descriptions (ideology, race).

Pure: imports nothing from Django. The rules (safeguards.md, "Sensitive self-descriptions"):

* a published count is either 0 or at least ``k`` (default 11; a ``k`` below 6 is refused);
* complementary suppression: no hidden count can be derived from the published ones and the
  published totals;
* no cross-tabulation of two sensitive attributes (``tabulate`` refuses it).

How a table is protected. A table is a set of *entries* (the interior cells and the totals)
tied together by *lines*: each line says "these cells add up to this total" (a row with its
row total, a column with its column total, the row totals with the grand total, the column
totals with the grand total; a one-way table has a single line). Knowing every entry of a line
but one gives that one away by subtraction, and what is derived can feed the next line. So:

1. Primary suppression hides every entry (cell or total) whose count is in 1..k-1.
2. Complementary suppression then repeats until no line holds exactly one hidden entry: in a
   line with a single hidden entry it hides one more of the line's entries, preferring the
   smallest non-zero interior cell, then a zero cell, then a total (so as little as possible is
   lost and totals survive where they can).

When no line holds exactly one hidden entry, no attacker can start a chain of subtractions, so
no hidden entry is derivable by the sums alone. This is the structural guarantee the issue asks
for; it does not bound what can be inferred from ranges (a hidden pair that adds up to 12 with
each half non-zero and below k still has few possibilities), which is why k is well above 1.

Hidden entries are marked explicitly: their value is ``None`` and their ``suppressed`` flag is
set; :data:`SUPPRESSED` is the text shown in their place (tables, CSV).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

MIN_K = 6
DEFAULT_K = 11
SUPPRESSED = "suppressed"


class PrivacyError(ValueError):
    """A request the privacy rules refuse (k too small, two sensitive attributes, bad input)."""


class Tabulable(Protocol):
    """What :func:`tabulate` needs of an attribute (``engine.Attribute`` satisfies it)."""

    @property
    def name(self) -> str: ...
    @property
    def codes(self) -> np.ndarray: ...
    @property
    def labels(self) -> tuple[str, ...]: ...
    @property
    def sensitive(self) -> bool: ...


def validate_k(k: int) -> int:
    """Return ``k`` if it is an allowed threshold; refuse anything below :data:`MIN_K`."""
    if isinstance(k, bool) or not isinstance(k, int | np.integer):
        raise PrivacyError(f"k must be a whole number of at least {MIN_K}; got {k!r}.")
    if k < MIN_K:
        raise PrivacyError(
            f"k must be at least {MIN_K} (small cells would identify people); got {k}."
        )
    return int(k)


@dataclass(frozen=True)
class CountTable:
    """A one-way table: one count per category and their total, after suppression."""

    attribute: str
    labels: tuple[str, ...]
    counts: tuple[int | None, ...]  # None where suppressed
    total: int | None
    k: int

    @property
    def suppressed(self) -> tuple[bool, ...]:
        return tuple(c is None for c in self.counts)

    @property
    def total_suppressed(self) -> bool:
        return self.total is None

    @property
    def any_suppressed(self) -> bool:
        return self.total is None or any(c is None for c in self.counts)

    def rows(self) -> list[tuple[str, int | str]]:
        """(label, count or "suppressed") pairs, then ("total", ...): ready for a CSV."""
        out: list[tuple[str, int | str]] = [
            (label, SUPPRESSED if c is None else c)
            for label, c in zip(self.labels, self.counts, strict=True)
        ]
        out.append(("total", SUPPRESSED if self.total is None else self.total))
        return out


@dataclass(frozen=True)
class CrossTable:
    """A two-way table (one sensitive attribute at most) with its margins, after suppression."""

    row_attribute: str
    col_attribute: str
    row_labels: tuple[str, ...]
    col_labels: tuple[str, ...]
    cells: tuple[tuple[int | None, ...], ...]  # None where suppressed
    row_totals: tuple[int | None, ...]
    col_totals: tuple[int | None, ...]
    grand_total: int | None
    k: int

    @property
    def suppressed(self) -> tuple[tuple[bool, ...], ...]:
        return tuple(tuple(c is None for c in row) for row in self.cells)

    def rows(self) -> list[tuple[int | str, ...] | tuple[str, ...]]:
        """A header, one line per row label with its total, then the column totals; hidden
        entries read "suppressed". Ready for a CSV."""

        def show(v: int | None) -> int | str:
            return SUPPRESSED if v is None else v

        out: list[tuple[int | str, ...] | tuple[str, ...]] = [
            (f"{self.row_attribute} / {self.col_attribute}", *self.col_labels, "total")
        ]
        for label, cells, total in zip(self.row_labels, self.cells, self.row_totals, strict=True):
            out.append((label, *(show(c) for c in cells), show(total)))
        out.append(("total", *(show(t) for t in self.col_totals), show(self.grand_total)))
        return out

    @property
    def any_suppressed(self) -> bool:
        return (
            self.grand_total is None
            or any(t is None for t in self.row_totals)
            or any(t is None for t in self.col_totals)
            or any(c is None for row in self.cells for c in row)
        )


def suppress(
    values: np.ndarray, lines: Sequence[Sequence[int]], *, k: int, totals: Sequence[int] = ()
) -> np.ndarray:
    """Return the boolean "hidden" mask over the entries ``values`` of a table.

    ``values`` are the entries (cells and totals) as non-negative integers; ``lines`` lists,
    for each additive constraint, the indices of all its entries (its total included);
    ``totals`` names the entries that are totals (hidden last, when a complement is needed).
    """
    return _suppress_with_totals(values, lines, totals=frozenset(totals), k=k)


def _suppress_with_totals(
    values: np.ndarray,
    lines: Sequence[Sequence[int]],
    *,
    totals: frozenset[int],
    k: int,
    hidden_already: np.ndarray | None = None,
) -> np.ndarray:
    k = validate_k(k)
    values = np.asarray(values, dtype=np.int64)
    if values.ndim != 1:
        raise PrivacyError("values must be a flat array of entries.")
    if (values < 0).any():
        raise PrivacyError("counts must not be negative.")
    hidden = (values > 0) & (values < k)
    if hidden_already is not None:
        hidden |= np.asarray(hidden_already, dtype=bool)
    line_arrays = [np.asarray(line, dtype=np.int64) for line in lines]
    changed = True
    while changed:
        changed = False
        for line in line_arrays:
            if int(hidden[line].sum()) != 1:
                continue
            candidates = [int(i) for i in line if not hidden[i]]
            if not candidates:  # pragma: no cover - a one-entry line: nothing to pair with
                continue
            # Prefer the smallest non-zero interior cell, then a zero cell, then a total.
            best = min(candidates, key=lambda i: (i in totals, values[i] == 0, values[i], i))
            hidden[best] = True
            changed = True
    return hidden


def suppress_counts(
    labels: Sequence[str],
    counts: Sequence[int] | np.ndarray,
    *,
    k: int,
    attribute: str = "",
    also_hidden: Sequence[bool] | None = None,
    total_hidden: bool = False,
) -> CountTable:
    """Suppress a one-way table (category counts plus their total). ``also_hidden`` marks
    cells to hide whatever their count (primary suppression the caller decided on other
    grounds, e.g. what a reader who knows part of the population subtracts), and
    ``total_hidden`` the total alike; complementary suppression then covers them too."""
    k = validate_k(k)
    arr = np.asarray(counts, dtype=np.int64)
    if arr.ndim != 1 or len(arr) != len(labels):
        raise PrivacyError("give one count per label.")
    values = np.concatenate([arr, [arr.sum()]])
    n = len(arr)
    already = None
    if also_hidden is not None or total_hidden:
        flags = list(also_hidden) if also_hidden is not None else [False] * n
        if len(flags) != n:
            raise PrivacyError("give one also_hidden flag per label.")
        already = np.array([*flags, bool(total_hidden)], dtype=bool)
    hidden = _suppress_with_totals(
        values, [list(range(n + 1))], totals=frozenset({n}), k=k, hidden_already=already
    )
    shown = [None if hidden[i] else int(values[i]) for i in range(n + 1)]
    return CountTable(
        attribute=attribute,
        labels=tuple(labels),
        counts=tuple(shown[:n]),
        total=shown[n],
        k=k,
    )


def resuppress(table: CountTable, *, k: int) -> CountTable:
    """The published ``table`` as it may be shown under a larger ``k``: what was hidden stays
    hidden, shown counts in 1..k-1 are hidden too, then complementary suppression again.

    For a table released (and stored already suppressed) before k was raised: the true
    counts behind its hidden cells are gone, so they cannot be recomputed, only hidden
    further. A ``k`` at or below the table's own returns it unchanged (it is already at
    least as strict)."""
    k = validate_k(k)
    if k <= table.k:
        return table
    entries = [*table.counts, table.total]
    known = np.array([0 if v is None else v for v in entries], dtype=np.int64)
    already = np.array([v is None for v in entries], dtype=bool)
    n = len(table.counts)
    hidden = _suppress_with_totals(
        known, [list(range(n + 1))], totals=frozenset({n}), k=k, hidden_already=already
    )
    shown = [None if hidden[i] else int(known[i]) for i in range(n + 1)]
    return CountTable(
        attribute=table.attribute, labels=table.labels, counts=tuple(shown[:n]), total=shown[n], k=k
    )


def suppress_crosstab(
    row_labels: Sequence[str],
    col_labels: Sequence[str],
    counts: Sequence[Sequence[int]] | np.ndarray,
    *,
    k: int,
    row_attribute: str = "",
    col_attribute: str = "",
) -> CrossTable:
    """Suppress a two-way table with its row, column and grand totals."""
    k = validate_k(k)
    arr = np.asarray(counts, dtype=np.int64)
    if arr.ndim != 2 or arr.shape != (len(row_labels), len(col_labels)):
        raise PrivacyError("give a rows x columns grid of counts matching the labels.")
    n_rows, n_cols = arr.shape
    # Entries: cells row-major, then row totals, then column totals, then the grand total.
    row_tot = n_rows * n_cols
    col_tot = row_tot + n_rows
    grand = col_tot + n_cols
    values = np.concatenate([arr.ravel(), arr.sum(axis=1), arr.sum(axis=0), [arr.sum()]])
    lines: list[list[int]] = []
    for r in range(n_rows):
        lines.append([r * n_cols + c for c in range(n_cols)] + [row_tot + r])
    for c in range(n_cols):
        lines.append([r * n_cols + c for r in range(n_rows)] + [col_tot + c])
    lines.append([row_tot + r for r in range(n_rows)] + [grand])
    lines.append([col_tot + c for c in range(n_cols)] + [grand])
    totals = frozenset(range(row_tot, grand + 1))
    hidden = _suppress_with_totals(values, lines, totals=totals, k=k)
    shown = [None if hidden[i] else int(values[i]) for i in range(len(values))]
    return CrossTable(
        row_attribute=row_attribute,
        col_attribute=col_attribute,
        row_labels=tuple(row_labels),
        col_labels=tuple(col_labels),
        cells=tuple(tuple(shown[r * n_cols : (r + 1) * n_cols]) for r in range(n_rows)),
        row_totals=tuple(shown[row_tot:col_tot]),
        col_totals=tuple(shown[col_tot:grand]),
        grand_total=shown[grand],
        k=k,
    )


def count_table(attribute: Tabulable, *, k: int = DEFAULT_K) -> CountTable:
    """Count members by one attribute (unknown values left out) and suppress small cells."""
    codes = np.asarray(attribute.codes)
    counts = np.bincount(codes[codes >= 0], minlength=len(attribute.labels))
    return suppress_counts(attribute.labels, counts, k=k, attribute=attribute.name)


def tabulate(
    rows: Tabulable, cols: Tabulable | None = None, *, k: int = DEFAULT_K
) -> CountTable | CrossTable:
    """Count members by one attribute, or by two, and suppress small cells.

    Members whose value is unknown (code -1, "prefer not to say") are left out. Suppression is
    applied whenever either attribute is sensitive, and (so the same tables are safe whatever
    the caller does with them) also when neither is. Two sensitive attributes are refused.
    """
    k = validate_k(k)
    if cols is None:
        return count_table(rows, k=k)
    if rows.sensitive and cols.sensitive:
        raise PrivacyError(
            f"{rows.name} and {cols.name} are both sensitive self-descriptions; "
            "they are never cross-tabulated."
        )
    r = np.asarray(rows.codes)
    c = np.asarray(cols.codes)
    if r.shape != c.shape:
        raise PrivacyError("both attributes must describe the same members.")
    known = (r >= 0) & (c >= 0)
    n_r, n_c = len(rows.labels), len(cols.labels)
    flat = np.bincount(r[known] * n_c + c[known], minlength=n_r * n_c).reshape(n_r, n_c)
    return suppress_crosstab(
        rows.labels, cols.labels, flat, k=k, row_attribute=rows.name, col_attribute=cols.name
    )
