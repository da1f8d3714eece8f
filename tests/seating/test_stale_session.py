"""The Generate form drawn before another steward took a session off the agenda (the
gathering moved, its programme changed): pressing Generate answered Django's "Select a
valid choice. 12 is not one of the available choices.", an id the steward never saw. It
now says what happened and what to do, and makes no plan."""

from __future__ import annotations

import uuid

from collaboratory.gatherings.models import AgendaItem
from collaboratory.seating.models import SeatingPlan
from tests.conftest import client_for
from tests.seating.conftest import Room


def test_generate_for_a_session_taken_off_the_agenda_says_so(room: Room) -> None:
    gone = room.dinner.pk
    AgendaItem.objects.filter(pk=gone).delete()

    response = client_for(room.steward).post(
        f"/n/{room.network.slug}/seating/gatherings/{room.gathering.pk}/",
        {"session": str(gone), "rounds": "1", "table_sizes": "3x5", "token": str(uuid.uuid4())},
    )

    body = response.content.decode()
    assert response.status_code == 400
    assert "not one of the available choices" not in body
    assert (
        "This session is no longer on the gathering&#x27;s agenda (it changed after this page "
        "was drawn): choose the session again." in body
    )
    assert not SeatingPlan.objects.exists()
