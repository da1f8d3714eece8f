"""A network's gathering settings are read on every gathering page: reading them writes
nothing. Until a steward saves them (or a gathering is first written) the pages read the
national defaults from an unsaved row; the first save makes exactly one row, even when two
arrive at once."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import GatheringSettings
from collaboratory.gatherings.services import gathering_settings_update
from tests.conftest import World, client_for
from tests.races import second_after_first_reads

HOST = "127.0.0.1"


def _no_settings(world: World) -> None:
    with scopes_disabled():
        GatheringSettings.objects.filter(network=world.alpha).delete()


def _rows(world: World) -> int:
    with scopes_disabled():
        return GatheringSettings.objects.filter(network=world.alpha).count()


def _gathering_writes(queries: CaptureQueriesContext) -> list[str]:
    return [
        q["sql"]
        for q in queries.captured_queries
        if '"gatherings_' in q["sql"]
        and q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]


def test_the_gathering_pages_read_the_defaults_and_write_nothing(world: World) -> None:
    """The list, the new-gathering form and the settings form each created the row on a
    GET (`get_or_create` in the selector): a write on a page view."""
    _no_settings(world)
    steward = client_for(world.personas["steward"])
    member = client_for(world.personas["member"])

    with CaptureQueriesContext(connection) as queries:
        pages = [
            steward.get("/n/alpha/gatherings/", HTTP_HOST=HOST),
            member.get("/n/alpha/gatherings/", HTTP_HOST=HOST),
            steward.get("/n/alpha/gatherings/new/", HTTP_HOST=HOST),
            steward.get("/n/alpha/gatherings/settings/", HTTP_HOST=HOST),
        ]

    assert [p.status_code for p in pages] == [200] * 4
    assert _gathering_writes(queries) == []
    assert _rows(world) == 0
    assert 'value="50"' in pages[2].content.decode()  # the default capacity
    assert "0 | 18:00 | 21:00 | Welcome reception and dinner" in pages[3].content.decode()


def test_the_first_gathering_written_makes_the_row_and_the_list_shows_it(world: World) -> None:
    """The list is cached under the settings row's token: with no row yet, the first write
    must make one with a new token, or the list kept showing no gathering."""
    _no_settings(world)
    steward = client_for(world.personas["steward"])
    assert "Harvest gathering" not in steward.get("/n/alpha/gatherings/").content.decode()

    response = steward.post(
        "/n/alpha/gatherings/new/",
        {
            "title": "Harvest gathering",
            "format": "in_person",
            "first_day": "2030-10-10",
            "capacity": "40",
            "stipend_budget": "0",
        },
    )

    assert response.status_code == 302
    assert _rows(world) == 1
    assert "Harvest gathering" in steward.get("/n/alpha/gatherings/").content.decode()


def test_the_first_save_makes_the_row(world: World) -> None:
    _no_settings(world)
    response = client_for(world.personas["steward"]).post(
        "/n/alpha/gatherings/settings/",
        {
            "part_template": "0 | 17:30 | 20:30 | Supper",
            "default_capacity": "30",
            "rsvp_reminder_days": "10",
            "gathering_reminder_days": "3",
        },
    )

    assert response.status_code == 302
    with scopes_disabled():
        row = GatheringSettings.objects.get(network=world.alpha)
    assert (row.default_capacity, row.part_template[0]["title"]) == (30, "Supper")


@pytest.mark.django_db(transaction=True)
def test_two_first_saves_at_once_make_one_row(world: World) -> None:
    """Both stewards' saves succeed (the later one's values stand) and one row exists."""
    _no_settings(world)

    def save(capacity: int) -> None:
        with scopes_disabled():
            gathering_settings_update(
                network=world.alpha,
                actor=world.personas["steward"],
                part_template="0 | 18:00 | 21:00 | Supper",
                default_capacity=capacity,
                rsvp_reminder_days=14,
                gathering_reminder_days=2,
            )

    second_after_first_reads(
        lambda: save(30),
        lambda: save(40),
        reads=lambda sql: '"gatherings_gatheringsettings"' in sql,
    )

    assert _rows(world) == 1
