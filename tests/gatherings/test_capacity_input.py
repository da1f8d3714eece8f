"""A capacity is a number of seats: one typed as nought, or in the billions, was answered in
Django's words ("Ensure this value is greater than or equal to 1.") or, on SQLite, stored."""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Gathering
from tests.conftest import World, client_for


@pytest.mark.parametrize(
    ("capacity", "message"),
    [
        ("0", "A gathering has at least one seat: leave the capacity empty for no limit."),
        ("3000000000", "Enter a capacity of at most 100,000 seats."),
        ("fifty", "Enter the capacity as a whole number of seats, like 50."),
    ],
)
def test_a_bad_capacity_is_named_and_no_gathering_is_made(
    world: World, capacity: str, message: str
) -> None:
    response = client_for(world.personas["steward"]).post(
        "/n/alpha/gatherings/new/",
        {
            "title": "Capacity test",
            "format": "in_person",
            "first_day": "2030-10-10",
            "capacity": capacity,
            "stipend_budget": "0",
        },
    )

    assert response.status_code == 200
    assert message in response.content.decode()
    with scopes_disabled():
        assert not Gathering.objects.filter(title="Capacity test").exists()


def test_the_default_capacity_is_bounded_too(world: World) -> None:
    response = client_for(world.personas["steward"]).post(
        "/n/alpha/gatherings/settings/",
        {
            "part_template": "0 | 18:00 | 21:00 | Supper",
            "default_capacity": "3000000000",
            "rsvp_reminder_days": "14",
            "gathering_reminder_days": "2",
        },
    )

    assert "Enter a capacity of at most 100,000 seats." in response.content.decode()
