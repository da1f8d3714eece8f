"""A board opened before someone left the plan (their substitute took the seat at the
approval) and then dragged: the answer says they are no longer seated and the board is
drawn afresh. It said "Person: Select a valid choice. p12 is not one of the available
choices.", the solver's key for a person, which no steward can read."""

from __future__ import annotations

from collaboratory.seating.selectors import person_key, plan_grid
from collaboratory.seating.services import plan_generate
from tests.conftest import client_for
from tests.seating.conftest import Room
from tests.seating.test_substitute_takes_seat import _approve, _requested


def test_dragging_someone_whose_substitute_took_the_seat_says_so_in_words(room: Room) -> None:
    plan = plan_generate(
        gathering=room.gathering,
        agenda_item=None,
        rounds=1,
        table_sizes=[6, 6],
        actor=room.steward,
        time_limit=0.2,
    )
    member = room.people[0]
    key = person_key(member.pk)
    table = next(t for t, seated in enumerate(plan_grid(plan=plan)[0]) if key in seated)
    _approve(room, _requested(room, member))  # the substitute takes the seat
    grid = plan_grid(plan=plan)

    for headers in ({"HX-Request": "true"}, {}):
        response = client_for(room.steward).post(
            f"/n/{room.network.slug}/seating/plans/{plan.pk}/move/",
            {"person": key, "round": "1", "table": str(2 - table), "swap_with": ""},
            headers=headers,
            follow=True,
        )
        body = response.content.decode()
        assert (
            "This person is no longer seated in this plan (the page you moved them on was "
            "out of date)."
        ) in body
        assert key not in body.split('id="board-message"')[-1].split("</p>")[0]
    assert plan_grid(plan=plan) == grid
