"""The network's default presentation length: stewards set it, new sessions start with it,
bad values are refused by name and change nothing."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django_scopes import scopes_disabled

from collaboratory.commitments.live.selectors import live_session_for, live_settings_for
from collaboratory.commitments.models import LiveSettings
from collaboratory.commitments.services import live_settings_update
from tests.commitments.conftest import Room
from tests.conftest import client_for

URL = "/n/alpha/live/settings/"


def test_a_steward_sets_the_default_and_a_new_session_starts_with_it(room: Room) -> None:
    client = client_for(room.steward)
    saved = client.post(URL, {"presentation_minutes": "5"}, follow=True)
    with scopes_disabled():
        default = live_settings_for(network=room.world.alpha).presentation_minutes
        session = live_session_for(gathering=room.world.gatherings["alpha"])
    assert "Saved: presentations now run 5 minutes." in saved.content.decode()
    assert (default, session.timer_minutes) == (5, 5)


@pytest.mark.parametrize("value", ["4", "8", "seven", "", "6.5"])
def test_values_outside_five_to_seven_are_refused_by_name(room: Room, value: str) -> None:
    response = client_for(room.steward).post(URL, {"presentation_minutes": value})
    assert response.status_code == 400
    assert "The timer runs 5 to 7 minutes; choose one of those." in response.content.decode()
    with scopes_disabled():
        assert live_settings_for(network=room.world.alpha).presentation_minutes == 7


def test_a_facilitator_cannot_change_the_networks_default(room: Room) -> None:
    with scopes_disabled(), pytest.raises(PermissionDenied):
        live_settings_update(
            network=room.world.alpha, actor=room.facilitator, presentation_minutes=6
        )
    response = client_for(room.facilitator).post(URL, {"presentation_minutes": "6"})
    assert response.status_code == 403
    with scopes_disabled():
        assert live_settings_for(network=room.world.alpha).presentation_minutes == 7


def test_the_console_links_stewards_to_the_default(room: Room) -> None:
    console = f"/n/alpha/live/{room.world.gatherings['alpha'].pk}/console/"
    by_steward = client_for(room.steward).get(console).content.decode()
    by_facilitator = client_for(room.facilitator).get(console).content.decode()
    assert f'href="{URL}"' in by_steward
    assert f'href="{URL}"' not in by_facilitator


def test_the_saved_message_gives_the_length_as_stored_not_as_typed(room: Room) -> None:
    """ "07" was saved as 7 and the message read "presentations now run 07 minutes"."""
    saved = client_for(room.steward).post(URL, {"presentation_minutes": " 07"}, follow=True)

    assert "Saved: presentations now run 7 minutes." in saved.content.decode()


def test_reading_the_settings_writes_nothing_and_a_save_makes_the_one_row(room: Room) -> None:
    """A GET of the settings page (or any live screen) created the network's settings row:
    reads give the defaults in memory; the steward's save makes the row, once."""
    gathering_id = room.world.gatherings["alpha"].pk
    steward = client_for(room.steward)
    pages = [URL, *(f"/n/alpha/live/{gathering_id}/{p}" for p in ("console/", "board/", ""))]
    answers = [steward.get(page).status_code for page in pages]
    with scopes_disabled():
        rows_after_reads = LiveSettings.objects.count()
        default = live_settings_for(network=room.world.alpha).presentation_minutes

    steward.post(URL, {"presentation_minutes": "6"})
    steward.post(URL, {"presentation_minutes": "5"})

    assert answers == [200, 200, 200, 200]
    assert (rows_after_reads, default) == (0, 7)
    with scopes_disabled():
        assert list(LiveSettings.objects.values_list("presentation_minutes", flat=True)) == [5]
