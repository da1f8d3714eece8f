"""A gathering's parts take their titles from the network's template (or "Virtual gathering")
in English; a member reading in Spanish sees an untouched default title in Spanish, on the
page, in the calendar file and at the door, and a title a steward typed exactly as typed."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone, translation
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import GatheringFormat, GatheringPart
from collaboratory.gatherings.services import gathering_create, gathering_parts_from_template
from collaboratory.people.services import user_language_set
from tests.conftest import World, client_for


def _gathering(world: World, format: str, retitle: dict[str, str] | None = None) -> int:
    first_day = (timezone.now() + timedelta(days=60)).date()
    with scopes_disabled():
        parts = gathering_parts_from_template(
            network=world.alpha, format=format, first_day=first_day
        )
        parts = [((retitle or {}).get(title, title), *times) for title, *times in parts]
        return gathering_create(
            network=world.alpha,
            title="Spring gathering",
            format=format,
            city="Wichita",
            parts=parts,
        ).pk


def _reader(world: World, language: str):  # type: ignore[no-untyped-def]
    member = world.personas["member"]
    assert member is not None
    user_language_set(user=member, language=language)
    return client_for(member)


def test_default_part_titles_are_stored_in_english_and_read_in_spanish(world: World) -> None:
    pk = _gathering(world, GatheringFormat.IN_PERSON)
    page = f"/n/alpha/gatherings/{pk}/"

    spanish = _reader(world, "es").get(page).content.decode()
    calendar = _reader(world, "es").get(f"{page}gathering.ics").content.decode()
    english = _reader(world, "en").get(page).content.decode()

    with scopes_disabled():
        stored = list(GatheringPart.objects.filter(gathering_id=pk).values_list("title", flat=True))
    assert stored == ["Welcome reception and dinner", "Meeting"]
    assert "<strong>Recepción de bienvenida y cena</strong>" in spanish
    assert "<strong>Reunión</strong>" in spanish
    assert "Welcome reception" not in spanish
    assert "Spring gathering: Reuni" in calendar
    assert "<strong>Welcome reception and dinner</strong>" in english
    assert "<strong>Meeting</strong>" in english


def test_a_virtual_gathering_made_by_a_spanish_steward_reads_in_each_members_language(
    world: World,
) -> None:
    with translation.override("es"):  # the steward's request, in Spanish
        pk = _gathering(world, GatheringFormat.VIRTUAL)
    page = f"/n/alpha/gatherings/{pk}/"

    with scopes_disabled():
        stored = GatheringPart.objects.get(gathering_id=pk).title
    assert stored == "Virtual gathering"
    assert "<strong>Encuentro virtual</strong>" in _reader(world, "es").get(page).content.decode()
    assert "<strong>Virtual gathering</strong>" in _reader(world, "en").get(page).content.decode()


def test_a_title_a_steward_typed_shows_as_typed_in_every_language(world: World) -> None:
    pk = _gathering(world, GatheringFormat.IN_PERSON, {"Meeting": "Meeting at the library"})
    page = f"/n/alpha/gatherings/{pk}/"

    spanish = _reader(world, "es").get(page).content.decode()

    assert "<strong>Meeting at the library</strong>" in spanish
    assert "<strong>Recepción de bienvenida y cena</strong>" in spanish
