"""The Generate form's tables for several rounds. It suggested tables of 8 whatever the
rounds, and with fewer tables than seats at one the people of a table cannot all sit apart in
the next round: 33 people at 5 tables of 8 over 2 rounds repeat at least 8 pairs whatever
the plan. The form now names tables that avoid that, when they differ."""

from __future__ import annotations

import pytest

from collaboratory.seating.forms import suggested_sizes
from collaboratory.seating.solver import solve_seating
from tests.conftest import client_for
from tests.seating.conftest import Room


@pytest.mark.parametrize(
    ("people", "one", "several"),
    [
        (0, "1x8", "1x8"),  # nobody coming yet: the page opened with a 500
        (1, "1x8", "1x8"),
        (33, "5x8", "6x6"),
        (49, "7x8", "7x8"),
        (40, "5x8", "7x6"),
        (12, "2x8", "3x4"),
        (120, "15x8", "15x8"),
    ],
)
def test_several_rounds_get_as_many_tables_as_seats(people: int, one: str, several: str) -> None:
    assert suggested_sizes(people) == one
    assert suggested_sizes(people, rounds=2) == several


@pytest.mark.parametrize("people", [25, 33, 40])
def test_the_suggested_tables_need_no_repeat_over_two_rounds(people: int) -> None:
    """What the sentence promises: at the suggested tables the planner finds two rounds with
    nobody twice together; at tables of 8 its lower bound says some pairs must be."""
    names = [f"p{i:02d}" for i in range(people)]

    def tables(text: str) -> list[int]:
        count, seats = text.split("x")
        return [int(seats)] * int(count)

    better = solve_seating(names, tables(suggested_sizes(people, rounds=2)), 2, time_limit=5)
    assert better.cost.repeats == 0
    eights = solve_seating(names, tables(suggested_sizes(people)), 2, time_limit=0.5)
    assert eights.lower_bound > 0


def test_the_generate_form_names_the_tables_for_several_rounds(room: Room) -> None:
    """The room's 12 members coming: 2 tables of 8 is the start, 3 x 4 for several rounds."""
    url = f"/n/{room.network.slug}/seating/gatherings/{room.gathering.pk}/"
    body = client_for(room.steward).get(url).content.decode()
    assert 'value="2x8"' in body
    assert "For two rounds or more, 3x4 lets the people of each table all sit apart" in body
