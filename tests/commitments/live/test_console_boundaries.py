"""The facilitator console gives back a refused scribe entry with the person chosen; a person
number from another network must not bring that person's name onto this network's console."""

from __future__ import annotations

from django_scopes import scopes_disabled

from collaboratory.people.models import User
from tests.commitments.conftest import Room
from tests.commitments.live.test_screens import scribe_data, shown, url
from tests.conftest import CANARIES, client_for


def test_a_refused_scribe_entry_never_names_a_person_of_another_network(room: Room) -> None:
    with scopes_disabled():
        outsider = User.objects.get(full_name=CANARIES["bravo"][1])
    client = client_for(room.facilitator)

    response = client.post(
        url(room, "console_action"), scribe_data(room, committer=str(outsider.pk), what="")
    )

    body = response.content.decode()
    assert response.status_code == 422
    assert CANARIES["bravo"][1] not in body
    assert shown(room) == []


def test_a_refused_scribe_entry_keeps_the_person_chosen_from_this_room(room: Room) -> None:
    response = client_for(room.facilitator).post(
        url(room, "console_action"), scribe_data(room, what="")
    )
    assert f'name="committer" value="{room.dana.pk}" checked' in response.content.decode()
