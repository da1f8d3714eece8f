"""A session's name is read in the reader's language while it is a title the software wrote
(the demo's "Dinner together", a title that is only its kind's name): a Spanish reader's
"Your table", board, cards and list by name said "Dinner together". A steward's own title
reads exactly as typed."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from django.utils import translation

from collaboratory.gatherings.services import agenda_parse
from collaboratory.people.services import user_language_set
from tests.conftest import client_for
from tests.seating.conftest import Room, published_dinner


def test_a_default_session_name_reads_in_spanish_on_every_seating_page(room: Room) -> None:
    plan = published_dinner(room)
    member, steward = room.people[0], room.steward
    for user in (member, steward):
        user_language_set(user=user, language="es")
    base = f"/n/{room.network.slug}/seating"

    pages = [
        client_for(member).get(f"{base}/gatherings/{room.gathering.pk}/my-table/"),
        *(
            client_for(steward).get(f"{base}/plans/{plan.pk}/{page}")
            for page in ("", "cards/", "names/")
        ),
        client_for(steward).get(f"{base}/gatherings/{room.gathering.pk}/"),
    ]

    for response in pages:
        body = response.content.decode()
        assert response.status_code == 200
        assert "Cena compartida" in body
        assert "Dinner together" not in body
    # The Generate form's sessions: a title that is its kind's name reads once, in Spanish.
    assert ">Grupos pequeños</option>" in body


def test_a_title_the_steward_typed_reads_as_typed(room: Room) -> None:
    room.dinner.title = "Supper at Ana's"
    room.dinner.save(update_fields=["title"])
    plan = published_dinner(room)
    user_language_set(user=room.steward, language="es")

    body = (
        client_for(room.steward)
        .get(f"/n/{room.network.slug}/seating/plans/{plan.pk}/")
        .content.decode()
    )

    assert "Supper at Ana&#x27;s" in body


def test_a_default_title_sent_back_in_spanish_is_stored_in_english() -> None:
    """The edit form shows the agenda in the reader's language and sends it all back on
    every save: stored in Spanish, the title would stop following the reader."""
    with translation.override("es"):
        items = agenda_parse("2026-03-05 19:00 | meal | Cena compartida", zone=ZoneInfo("UTC"))

    assert [title for _at, title, _kind in items] == ["Dinner together"]
