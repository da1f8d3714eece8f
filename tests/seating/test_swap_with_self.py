"""Swapping a person with themselves (the same name chosen twice in the fallback form) is
refused with a message that says so, not with a wrong claim about where they sit."""

from __future__ import annotations

from collaboratory.seating.selectors import plan_grid
from tests.conftest import client_for
from tests.seating.conftest import Room, small_groups_plan


def test_a_swap_with_oneself_says_to_choose_someone_else(room: Room) -> None:
    plan = small_groups_plan(room, table_sizes=[5, 5, 5])
    grid = plan_grid(plan=plan)
    person = grid[0][0][0]

    answer = client_for(room.steward).post(
        f"/n/{room.network.slug}/seating/plans/{plan.pk}/move/",
        {"person": person, "round": "1", "table": "2", "swap_with": person},
        headers={"HX-Request": "true"},
    )

    body = answer.content.decode()
    assert "Choose someone else to swap with." in body
    assert "does not sit at table" not in body
    assert plan_grid(plan=plan) == grid
