"""The plans list says which plans the RSVPs have moved past. Only the plan's own page said
so, and the list showed a published plan as "Published, 0 rules broken" while someone had
cancelled and another come in: a steward who opened the seating page saw nothing to do."""

from __future__ import annotations

from collaboratory.gatherings.services import rsvp_submit
from collaboratory.people.services import user_language_set
from tests.conftest import client_for
from tests.factories import MembershipFactory
from tests.seating.conftest import Room, small_groups_plan

STALE = "Out of date: 1 more coming, 1 no longer coming."


def _listing(room: Room) -> str:
    url = f"/n/{room.network.slug}/seating/gatherings/{room.gathering.pk}/"
    return client_for(room.steward).get(url).content.decode()


def test_a_published_plan_the_rsvps_moved_past_says_so_in_the_list(room: Room) -> None:
    small_groups_plan(room, table_sizes=[6, 6], publish=True)
    assert "Out of date" not in _listing(room)
    rsvp_submit(gathering=room.gathering, user=room.people[0], answer="no")
    late = MembershipFactory(network=room.network).user
    rsvp_submit(gathering=room.gathering, user=late, answer="yes", both_parts=True)

    assert STALE in _listing(room)


def test_the_list_says_it_in_natural_spanish(room: Room) -> None:
    """It read "Desactualizado (más que vienen: 1; ya no vienen: 1)", not Spanish; now in
    the words of the plan's own page ("personas que se suman")."""
    small_groups_plan(room, table_sizes=[6, 6], publish=True)
    rsvp_submit(gathering=room.gathering, user=room.people[0], answer="no")
    late = MembershipFactory(network=room.network).user
    rsvp_submit(gathering=room.gathering, user=late, answer="yes", both_parts=True)
    user_language_set(user=room.steward, language="es")

    listing = _listing(room)

    assert "más que vienen" not in listing
    assert "Desactualizado (se suman: 1; ya no vienen: 1)." in listing
