"""CSV files people open in a spreadsheet. Pure: no Django.

One writer and one formula guard for every export (roster, attendees, impact reports): a cell
a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage return) gets
a leading apostrophe, so an exported name like `=HYPERLINK(...)` stays text. Numbers, as
numbers or as text ("-3", "1.5e3"), are left as they are.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A signed number as a spreadsheet reads one: ASCII digits, a point, an exponent. Not
# float()'s wider idea of one ("-inf", "+nan", "-1_000", other scripts' digits), which a
# spreadsheet reads as a formula.
NUMBER = re.compile(r"[+-](?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def spreadsheet_safe(cell: object) -> object:
    """`cell` as a spreadsheet should read it: text that would start a formula is quoted."""
    if not isinstance(cell, str) or not cell.startswith(FORMULA_STARTS):
        return cell
    if NUMBER.fullmatch(cell):
        return cell
    return "'" + cell


def csv_text(rows: Iterable[Sequence[object]], *, header: Sequence[str] = ()) -> str:
    """The rows (after an optional header) as CSV text, every cell through the guard."""
    out = io.StringIO()
    writer = csv.writer(out)
    if header:
        writer.writerow(header)
    for row in rows:
        writer.writerow([spreadsheet_safe(cell) for cell in row])
    return out.getvalue()
