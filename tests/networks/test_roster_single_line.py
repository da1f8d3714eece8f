"""Roster import: a cell with a line break or control character (a spreadsheet's Alt+Enter,
a stray NUL) is a line-level error naming the line and column, like every other bad cell,
and the import writes nothing until it is fixed. `check` and `upload` are the roster tests'
own helpers, so the rows go through the same parsing as there."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from collaboratory.networks.roster_csv import RowError
from collaboratory.people.models import User
from collaboratory.plaintext import is_one_line
from tests.conftest import World, client_for
from tests.networks.test_roster_csv import MAP, check, upload


def test_a_cell_on_several_lines_is_an_error_of_its_line_and_column() -> None:
    rows = [
        ["ana@example.org", "Ana\r\nAlvarez", "Food Bank", "", ""],
        ["bo@example.org", "Bo Baker", "Food\x00Bank", "", ""],
        ["cy@example.org", "Cy Clark", "Food Bank\n", "", ""],  # a trailing break is trimmed
    ]

    clean, errors = check(rows)

    assert [r.email for r in clean] == ["cy@example.org"]
    assert errors == [
        RowError(2, "full_name", "not_one_line"),
        RowError(3, "organization", "not_one_line"),
    ]


@given(st.lists(st.lists(st.text(max_size=20), min_size=5, max_size=5), min_size=1, max_size=8))
def test_every_imported_value_is_one_line(rows: list[list[str]]) -> None:
    clean, _errors = check(rows)

    assert all(
        is_one_line(value)
        for row in clean
        for value in (row.email, row.full_name, row.organization, row.sector, row.age_band)
    )


def test_the_preview_names_the_line_and_column_and_nothing_is_written(world: World) -> None:
    client = client_for(world.personas["steward"])
    upload(
        client,
        "alpha",
        'Email,Name,Organization,Sector\nana@example.org,"Ana\r\nAlvarez",Food Bank,Nonprofit\n',
    )

    preview = client.post("/n/alpha/roster/import/", {"step": "preview", **MAP}).content.decode()
    refused = client.post("/n/alpha/roster/import/", {"step": "import", **MAP})

    assert (
        "<tr><td>2</td><td>Full name</td><td>Use one line: remove line breaks and control "
        "characters from the cell.</td></tr>"
    ) in preview
    assert "Nothing has been written." in refused.content.decode()
    assert User.objects.filter(email="ana@example.org").exists() is False
