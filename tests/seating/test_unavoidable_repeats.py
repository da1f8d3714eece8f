"""When the tables force pairs together again, the plan says so in plain words. The board
read "12 pairs sit together again" and nothing more: the planner knows (its lower bound)
that no plan at these tables does better, but a steward could only press Re-plan again and
again. Now the page says how many cannot be avoided and what would avoid them."""

from __future__ import annotations

from collaboratory.gatherings.services import rsvp_submit
from collaboratory.seating.services import plan_generate
from tests.conftest import client_for
from tests.seating.conftest import Room

UNAVOIDABLE = "must sit together again whatever the plan"


def _page(room: Room, rounds: int, sizes: list[int]) -> tuple[str, int]:
    plan = plan_generate(
        gathering=room.gathering,
        agenda_item=room.groups,
        rounds=rounds,
        table_sizes=sizes,
        actor=room.steward,
        time_limit=0.5,
    )
    url = f"/n/{room.network.slug}/seating/plans/{plan.pk}/"
    return client_for(room.steward).get(url).content.decode(), int(plan.lower_bound or 0)


def test_two_rounds_at_two_tables_say_the_repeats_cannot_be_avoided(room: Room) -> None:
    body, bound = _page(room, 2, [6, 6])

    assert bound > 0
    assert f"At these tables at least {bound} pairs {UNAVOIDABLE}" in body
    assert "more, smaller tables or fewer rounds" in body


def test_a_plan_without_repeats_says_nothing_of_it(room: Room) -> None:
    body, bound = _page(room, 1, [6, 6])

    assert bound == 0
    assert UNAVOIDABLE not in body


def test_a_plan_the_rsvps_moved_past_makes_no_claim_about_its_repeats(room: Room) -> None:
    """The bound was for the people the plan was made for: after a cancellation the board
    counts fewer repeats than it, and "at least 12 must" beside "10 pairs" contradicts."""
    plan = plan_generate(
        gathering=room.gathering,
        agenda_item=room.groups,
        rounds=2,
        table_sizes=[6, 6],
        actor=room.steward,
        time_limit=0.5,
    )
    rsvp_submit(gathering=room.gathering, user=room.people[0], answer="no")
    url = f"/n/{room.network.slug}/seating/plans/{plan.pk}/"

    body = client_for(room.steward).get(url).content.decode()

    assert "no longer coming" in body
    assert UNAVOIDABLE not in body
