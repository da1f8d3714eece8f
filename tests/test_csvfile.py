"""The one CSV writer: formulas stay text, numbers stay numbers, any cell round-trips."""

from __future__ import annotations

import csv
import io

from hypothesis import given
from hypothesis import strategies as st

from collaboratory.csvfile import csv_text, spreadsheet_safe


def test_a_cell_that_would_run_as_a_formula_is_quoted() -> None:
    cells = ['=HYPERLINK("x")', "+1+1", "-cmd", "@SUM(A1)", "\tx", "\rx"]

    assert [spreadsheet_safe(c) for c in cells] == ["'" + c for c in cells]


def test_only_what_a_spreadsheet_reads_as_a_number_counts_as_one() -> None:
    # Python's float() takes these; a spreadsheet reads each as a formula (#NAME?).
    cells = ["-inf", "+nan", "-Infinity", "-1_000", "-\u0661\u0662"]

    assert [spreadsheet_safe(c) for c in cells] == ["'" + c for c in cells]


def test_numbers_and_plain_text_are_left_alone() -> None:
    cells = ["-3", "+4.5", "-1e3", "-.5", "-5.", "+2E-3", "Ana Lee", "", 7, None, 2.5]

    assert [spreadsheet_safe(c) for c in cells] == cells


def test_csv_text_writes_the_header_then_guarded_rows() -> None:
    text = csv_text([["=1+1", 3], ["Ana", "-2"]], header=["name", "n"])

    assert list(csv.reader(io.StringIO(text))) == [["name", "n"], ["'=1+1", "3"], ["Ana", "-2"]]


@given(st.lists(st.lists(st.text(), min_size=1, max_size=4), max_size=5))
def test_every_cell_reads_back_as_written_or_quoted(rows: list[list[str]]) -> None:
    back = list(csv.reader(io.StringIO(csv_text(rows), newline="")))

    assert back == [[str(spreadsheet_safe(c)) for c in row] for row in rows]
    assert all(not c.startswith(("=", "@")) for row in back for c in row)
