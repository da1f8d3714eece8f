"""A gathering's parts take their titles from the network's template (or "Virtual gathering")
in English; a member reading in Spanish sees an untouched default title in Spanish, on the
page, in the calendar file and at the door, and a title a steward typed exactly as typed."""

from __future__ import annotations

import html
import importlib
import re
from datetime import timedelta

from django.apps import apps
from django.utils import timezone, translation
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Gathering, GatheringFormat, GatheringPart
from collaboratory.gatherings.selectors import gathering_settings_for
from collaboratory.gatherings.services import (
    attendance_bulk_record,
    gathering_create,
    gathering_parts_from_template,
)
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


def _spanish_steward(world: World):  # type: ignore[no-untyped-def]
    steward = world.personas["steward"]
    assert steward is not None
    user_language_set(user=steward, language="es")
    return client_for(steward)


def test_a_spanish_steward_edits_the_template_in_spanish_and_it_is_stored_in_english(
    world: World,
) -> None:
    """The settings form shows the default titles as the steward reads them; saved
    unchanged they are stored in English again, and a retitled part is stored as typed."""
    steward = _spanish_steward(world)

    shown = steward.get("/n/alpha/gatherings/settings/").content.decode()
    steward.post(
        "/n/alpha/gatherings/settings/",
        {
            "part_template": "0 | 18:00 | 21:00 | Recepción de bienvenida y cena\r\n"
            "1 | 08:00 | 15:00 | Reunión en la biblioteca",
            "default_capacity": "30",
            "rsvp_reminder_days": "10",
            "gathering_reminder_days": "3",
        },
    )

    with scopes_disabled():
        template = gathering_settings_for(network=world.alpha).part_template
    assert "0 | 18:00 | 21:00 | Recepción de bienvenida y cena" in shown
    assert "1 | 08:00 | 15:00 | Reunión" in shown
    assert "Welcome reception" not in shown
    assert [part["title"] for part in template] == [
        "Welcome reception and dinner",
        "Reunión en la biblioteca",
    ]


def test_a_spanish_steward_saves_a_checked_in_gathering_without_changing_its_parts(
    world: World,
) -> None:
    """The edit form shows the parts' default titles in Spanish; sent back unchanged they
    are the same parts, so a gathering where people have checked in can still be edited,
    and the titles stay English for the English readers."""
    pk = _gathering(world, GatheringFormat.IN_PERSON)
    with scopes_disabled():
        gathering = Gathering.objects.get(pk=pk)
        attendance_bulk_record(
            network=world.alpha,
            entries=[(gathering.parts.first().pk, world.personas["member"].pk)],  # type: ignore[union-attr]
            source="door",
        )
    steward = _spanish_steward(world)
    url = f"/n/alpha/gatherings/{pk}/edit/"

    form = steward.get(url).content.decode()
    parts = re.search(r'<textarea name="parts"[^>]*>\s*([^<]*)</textarea>', form)
    assert parts is not None
    shown = html.unescape(parts.group(1)).strip()
    response = steward.post(url, {"stipend_budget": "0", "capacity": "42", "parts": shown})

    with scopes_disabled():
        gathering.refresh_from_db()
        titles = list(gathering.parts.values_list("title", flat=True))
    assert "Recepción de bienvenida y cena" in shown
    assert "Reunión" in shown
    assert response.status_code == 302
    assert gathering.capacity == 42
    assert titles == ["Welcome reception and dinner", "Meeting"]


def test_the_migration_stores_virtual_parts_made_in_spanish_in_english(world: World) -> None:
    """Virtual parts made before the change were titled in their steward's language; the
    data migration gives them the English default. A steward's own title stays."""
    virtual = _gathering(world, GatheringFormat.VIRTUAL)
    in_person = _gathering(world, GatheringFormat.IN_PERSON, {"Meeting": "Encuentro virtual"})
    with scopes_disabled():
        GatheringPart.objects.filter(gathering_id=virtual).update(title="Encuentro virtual")
    migration = importlib.import_module(
        "collaboratory.gatherings.migrations.0006_virtual_part_title_in_english"
    )

    migration.store_virtual_part_titles_in_english(apps, None)

    with scopes_disabled():
        virtual_titles = list(
            GatheringPart.objects.filter(gathering_id=virtual).values_list("title", flat=True)
        )
        in_person_titles = list(
            GatheringPart.objects.filter(gathering_id=in_person).values_list("title", flat=True)
        )
    assert virtual_titles == ["Virtual gathering"]
    assert in_person_titles == ["Welcome reception and dinner", "Encuentro virtual"]
