"""Gathering > Edit details and agenda: every bad line is named at once, each with its line
number and what to write instead, and an agenda item's kind may be written as its name in
the reader's language (English or Spanish, case and accents folded) as well as its code.
Found in a new network's first weeks: a steward with three bad lines learned of them one
save at a time, and a Spanish steward had to write `meal`, not "comida"."""

from __future__ import annotations

import html
import re
from datetime import datetime
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import translation
from django_scopes import scopes_disabled
from hypothesis import given, settings
from hypothesis import strategies as st

from collaboratory.gatherings.models import Gathering
from collaboratory.gatherings.services import agenda_parse
from collaboratory.people.models import User
from collaboratory.people.services import user_language_set
from tests.conftest import World, client_for
from tests.factories import GatheringFactory

EVENING = datetime(2030, 7, 18, 18, tzinfo=ZoneInfo("America/Chicago"))
ZONE = ZoneInfo("America/Chicago")


def _client(user: User) -> Client:
    client = client_for(user)
    client.defaults["HTTP_HOST"] = "127.0.0.1"
    return client


def _gathering(world: World) -> Gathering:
    world.alpha.time_zone = "America/Chicago"
    world.alpha.save()
    return GatheringFactory(network=world.alpha, capacity=5, first_part_at=EVENING)


def _form(gathering: Gathering, agenda: str) -> dict[str, str]:
    return {
        "stipend_budget": "0",
        "capacity": "9",
        "parts": "2030-07-18 18:00 | 21:00 | Reception\n2030-07-19 08:00 | 15:00 | Meeting",
        "agenda": agenda,
    }


def _agenda(gathering: Gathering) -> list[tuple[datetime, str, str]]:
    with scopes_disabled():
        return [(a.starts_at, a.kind, a.title) for a in gathering.agenda.all()]


def _errors(body: str) -> list[str]:
    return [html.unescape(e) for e in re.findall(r'<p class="error" role="alert">(.*?)</p>', body)]


def test_every_bad_line_is_named_at_once_and_nothing_changes(world: World) -> None:
    gathering = _gathering(world)
    typed = (
        "2030-07-18 7pm | meal | Dinner\n"
        "2030-07-19 09:00 | small_groups | Tables\n"
        "2030-07-19 11:00 | feast | Lunch\n"
        "2030-07-19 13:00 | Closing"
    )

    response = _client(world.personas["steward"]).post(
        f"/n/alpha/gatherings/{gathering.pk}/edit/", _form(gathering, typed)
    )

    body = response.content.decode()
    with scopes_disabled():
        gathering.refresh_from_db()
    assert _errors(body) == [
        "Line 1: write the time as YYYY-MM-DD HH:MM.",
        "Line 3: “feast” is not a kind: write one of Meal, Ritual, Small groups, "
        "Rotating Credit Club, Other.",
        "Line 4: write YYYY-MM-DD HH:MM | kind | title.",
    ]
    assert (gathering.capacity, _agenda(gathering)) == (5, [])
    assert html.escape(typed, quote=False) in body  # the typed text stays in the form


def test_bad_parts_and_bad_agenda_lines_are_named_in_one_save(world: World) -> None:
    gathering = _gathering(world)
    form = {
        **_form(gathering, "2030-07-18 19:00 | dinner | Dinner"),
        "parts": "2030-07-18 18:00 | 21:00 | Reception\n2030-07-19 15:00 | 08:00 | Meeting",
    }

    response = _client(world.personas["steward"]).post(
        f"/n/alpha/gatherings/{gathering.pk}/edit/", form
    )

    errors = _errors(response.content.decode())
    assert errors == [
        "Line 2: the part must end after it starts.",
        "Line 1: “dinner” is not a kind: write one of Meal, Ritual, Small groups, "
        "Rotating Credit Club, Other.",
    ]


def test_a_spanish_steward_writes_kinds_in_spanish(world: World) -> None:
    gathering = _gathering(world)
    steward = world.personas["steward"]
    user_language_set(user=steward, language="es")
    typed = (
        "2030-07-18 19:00 | comida | Cena\n"
        "2030-07-19 09:00 | GRUPOS PEQUENOS | Mesas\n"
        "2030-07-19 11:00 | club de crédito rotativo | RCC\n"
        "2030-07-19 13:00 | Small groups | Tables\n"
        "2030-07-19 14:00 | other | Cierre"
    )

    _client(steward).post(f"/n/alpha/gatherings/{gathering.pk}/edit/", _form(gathering, typed))

    assert [kind for _at, kind, _title in _agenda(gathering)] == [
        "meal",
        "small_groups",
        "credit_club",
        "small_groups",
        "other",
    ]


def test_a_spanish_steward_is_told_the_kinds_in_spanish(world: World) -> None:
    gathering = _gathering(world)
    steward = world.personas["steward"]
    user_language_set(user=steward, language="es")

    response = _client(steward).post(
        f"/n/alpha/gatherings/{gathering.pk}/edit/",
        _form(gathering, "2030-07-18 19:00 | banquete | Cena"),
    )

    assert any(
        "Comida, Ritual, Grupos pequeños, Club de Crédito Rotativo, Otro" in e
        for e in _errors(response.content.decode())
    )


GOOD = "2030-07-18 19:00 | meal | Dinner"
BAD = [
    "2030-07-18 | meal | Dinner",
    "2030-07-18 19:00 | feast | Dinner",
    "2030-07-18 19:00 | Dinner",
    "9999-12-31 23:30 | meal | Dinner",
    "2031-07-19 11:00 | meal | A year off",
    "2030-07-18 19:00 | meal | " + "D" * 201,
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.just(GOOD), st.sampled_from(BAD)), min_size=1, max_size=8))
def test_the_parser_names_exactly_the_bad_lines(lines: list[str]) -> None:
    days = (datetime(2030, 7, 18).date(), datetime(2030, 7, 19).date())
    bad = [n for n, line in enumerate(lines, start=1) if line != GOOD]

    with translation.override("en"):
        try:
            items = agenda_parse("\n".join(lines), zone=ZONE, days=days)
        except ValidationError as error:
            named = [int(re.match(r"Line (\d+):", m)[1]) for m in error.message_dict["agenda"]]  # type: ignore[index]
            assert named == bad
        else:
            assert (bad, len(items)) == ([], len(lines))


def test_the_settings_part_template_names_every_bad_line_too(world: World) -> None:
    response = _client(world.personas["steward"]).post(
        "/n/alpha/gatherings/settings/",
        {
            "part_template": "0 | 18:00 | 21:00 | Supper\n1 | 8am | 3pm | Meeting\n9 | 08:00 | "
            "15:00 | Later",
            "default_capacity": "50",
            "rsvp_reminder_days": "14",
            "gathering_reminder_days": "2",
        },
    )

    assert _errors(response.content.decode()) == [
        "Line 2: write times as HH:MM, like 08:00.",
        "Line 3: the day is a number from 0 (first day) to 6.",
    ]


def _textarea(body: str, name: str) -> str:
    found = re.search(rf'<textarea name="{name}"[^>]*>\n?(.*?)</textarea>', body, re.DOTALL)
    assert found is not None
    return html.unescape(found[1])


def test_the_form_shows_kinds_by_name_and_saves_them_back_unchanged(world: World) -> None:
    gathering = _gathering(world)
    steward = world.personas["steward"]
    client = _client(steward)
    url = f"/n/alpha/gatherings/{gathering.pk}/edit/"
    client.post(
        url,
        _form(
            gathering,
            "2030-07-18 19:00 | meal | Cena\n2030-07-19 11:00 | credit_club | Rotating Credit Club",
        ),
    )
    before = _agenda(gathering)
    user_language_set(user=steward, language="es")

    shown = client.get(url).content.decode()
    agenda = _textarea(shown, "agenda")
    client.post(url, {**_form(gathering, agenda), "parts": _textarea(shown, "parts")})

    assert "| Comida | Cena" in agenda
    assert "| Club de Crédito Rotativo | Club de Crédito Rotativo" in agenda
    assert _agenda(gathering) == before
