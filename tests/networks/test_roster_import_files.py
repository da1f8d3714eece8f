"""An uploaded roster file holds people's names and addresses before anyone is invited: it
is kept only while a steward works on it, not for ever."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from django.conf import settings

from tests.conftest import World, client_for
from tests.networks.test_roster_csv import upload

pytestmark = pytest.mark.django_db

FILE = "Email,Name\nana@example.org,Ana Alvarez\n"


def _kept() -> list[Path]:
    folder = Path(settings.MEDIA_ROOT) / "roster-imports"
    return sorted(folder.glob("*.csv")) if folder.exists() else []


def test_a_new_upload_replaces_the_stewards_last_file(world: World) -> None:
    client = client_for(world.personas["steward"])

    upload(client, "alpha", FILE)
    first = _kept()
    upload(client, "alpha", FILE.replace("Ana", "Bo"))

    assert len(first) == 1
    assert len(_kept()) == 1
    assert _kept() != first


def test_a_file_left_for_a_day_is_removed_at_the_next_upload(world: World) -> None:
    client = client_for(world.personas["steward"])
    upload(client, "alpha", FILE)
    [abandoned] = _kept()
    day_old = time.time() - 25 * 3600
    os.utime(abandoned, (day_old, day_old))

    upload(client_for(world.personas["foreign_steward"]), "bravo", FILE)

    assert abandoned not in _kept()
    assert len(_kept()) == 1


def test_a_refused_upload_does_not_leave_the_last_file_on_show(world: World) -> None:
    """A header-only file was refused ("no member rows") and the page then showed the
    previous file's columns and rows under that message, as if the new one were taken."""
    client = client_for(world.personas["steward"])
    upload(client, "alpha", FILE)

    response = upload(client, "alpha", "Email,Name\n")
    page = client.get("/n/alpha/roster/import/").content.decode()

    assert response.status_code == 302
    assert "The file has no member rows under its header line." in page
    assert "Match the columns" not in page
    assert _kept() == []
