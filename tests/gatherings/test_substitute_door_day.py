"""A substitute is checked in at the door on a day of the gathering only, as a member's
phone check-in is: the door list let a steward mark them "Checked in" weeks before or
after, and the attendance then said they came to a gathering that had not happened."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.gatherings.models import Gathering, GatheringFormat, Substitution
from collaboratory.gatherings.services import (
    gathering_create,
    rsvp_submit,
    substitution_check_in,
    substitution_decide,
    substitution_request,
)
from tests.conftest import World, client_for

CHICAGO = ZoneInfo("America/Chicago")
# Thursday 18:00-21:00 and Friday 08:00-15:00 in the network's zone.
THURSDAY = datetime(2030, 7, 18, 18, tzinfo=CHICAGO)
FRIDAY = datetime(2030, 7, 19, 8, tzinfo=CHICAGO)


TWO_DAYS = [
    ("Welcome reception and dinner", THURSDAY, THURSDAY + timedelta(hours=3)),
    ("Meeting", FRIDAY, FRIDAY + timedelta(hours=7)),
]


def _substitute(
    world: World, parts: list[tuple[str, datetime, datetime]] = TWO_DAYS
) -> tuple[Gathering, Substitution]:
    member, steward = world.personas["member"], world.personas["steward"]
    before = parts[0][1] - timedelta(days=10)
    world.alpha.time_zone = "America/Chicago"
    world.alpha.save()
    with scopes_disabled():
        gathering = gathering_create(
            network=world.alpha,
            title="Summer gathering",
            format=GatheringFormat.IN_PERSON,
            parts=parts,
        )
        rsvp_submit(
            gathering=gathering, user=member, answer="yes", both_parts=len(parts) > 1, now=before
        )
        substitution = substitution_request(
            gathering=gathering,
            member=member,
            name="Sam Standin",
            email="sam@example.org",
            reason="Travelling for work",
            now=before,
        )
        substitution_decide(substitution=substitution, approve=True, actor=steward, now=before)
    return gathering, substitution


def _refused(world: World, substitution: Substitution, now: datetime) -> list[str]:
    """What the door is told when the steward checks the substitute in at `now`."""
    with scopes_disabled(), pytest.raises(ValidationError) as error:
        substitution_check_in(substitution=substitution, actor=world.personas["steward"], now=now)
    return error.value.messages


MESSAGE = (
    "Substitutes are checked in at the door on the days of the gathering: "
    "Thursday 18 July 2030, Friday 19 July 2030."
)


@pytest.mark.parametrize(
    "now",
    [
        THURSDAY - timedelta(days=10),  # ten days before
        THURSDAY.replace(hour=0, minute=5) - timedelta(minutes=10),  # 23:55 the night before
        FRIDAY.replace(hour=23, minute=59) + timedelta(minutes=2),  # 00:01 the day after
        FRIDAY + timedelta(days=30),
    ],
)
def test_a_substitute_is_not_checked_in_outside_the_gathering_s_days(
    world: World, now: datetime
) -> None:
    _gathering, substitution = _substitute(world)

    assert _refused(world, substitution, now) == [MESSAGE]
    with scopes_disabled():
        substitution.refresh_from_db()
    assert substitution.checked_in_at is None


@pytest.mark.parametrize(
    "now",
    [
        THURSDAY.replace(hour=0, minute=1),  # early on the first day, by the network's clock
        THURSDAY + timedelta(hours=1),
        FRIDAY.replace(hour=23, minute=30),  # late on the last day
    ],
)
def test_a_substitute_is_checked_in_on_a_day_of_the_gathering(world: World, now: datetime) -> None:
    _gathering, substitution = _substitute(world)

    with scopes_disabled():
        substitution_check_in(substitution=substitution, actor=world.personas["steward"], now=now)
        substitution.refresh_from_db()

    assert substitution.checked_in_at == now


def test_the_door_list_says_why_and_marks_nobody(world: World) -> None:
    """Today is not a day of the gathering (it is in 2030)."""
    gathering, substitution = _substitute(world)
    url = f"/n/alpha/gatherings/{gathering.pk}/door/"

    page = (
        client_for(world.personas["steward"])
        .post(url, {"substitution": substitution.pk}, follow=True)
        .content.decode()
    )

    assert MESSAGE in page
    assert "Sam Standin is checked in." not in page
    with scopes_disabled():
        substitution.refresh_from_db()
    assert substitution.checked_in_at is None


def test_a_substitute_checked_in_twice_is_recorded_once(world: World) -> None:
    """A double tap at the door kept the first time and audited a second check-in."""
    _gathering, substitution = _substitute(world)
    steward = world.personas["steward"]
    first, second = THURSDAY + timedelta(hours=1), THURSDAY + timedelta(hours=2)

    with scopes_disabled():
        substitution_check_in(substitution=substitution, actor=steward, now=first)
        substitution_check_in(substitution=substitution, actor=steward, now=second)
        substitution.refresh_from_db()

    assert substitution.checked_in_at == first
    checked = AuditEvent.objects.filter(
        action="substitution.checked_in", target_id=str(substitution.pk)
    )
    assert checked.count() == 1


LATE = datetime(2030, 7, 18, 21, tzinfo=CHICAGO)  # Thursday 21:00 to Friday 02:00


def _late_substitute(world: World) -> Substitution:
    return _substitute(world, [("Evening", LATE, LATE + timedelta(hours=5))])[1]


def test_a_substitute_is_checked_in_after_midnight_in_a_part_that_runs_past_it(
    world: World,
) -> None:
    """An evening part that runs past midnight is still the gathering's day: CI found a
    substitute at the door of a part begun at 23:40 refused ten minutes after midnight,
    while a member's phone check-in to the same part was open."""
    substitution = _late_substitute(world)
    after_midnight = datetime(2030, 7, 19, 0, 30, tzinfo=CHICAGO)

    with scopes_disabled():
        substitution_check_in(
            substitution=substitution, actor=world.personas["steward"], now=after_midnight
        )
        substitution.refresh_from_db()

    assert substitution.checked_in_at == after_midnight


def test_the_day_after_a_late_part_is_not_one_of_its_days(world: World) -> None:
    substitution = _late_substitute(world)

    assert _refused(world, substitution, datetime(2030, 7, 20, 1, tzinfo=CHICAGO)) == [
        "Substitutes are checked in at the door on the days of the gathering: "
        "Thursday 18 July 2030, Friday 19 July 2030."
    ]


def test_a_part_ending_at_midnight_does_not_open_the_next_day(world: World) -> None:
    evening = datetime(2030, 7, 18, 18, tzinfo=CHICAGO)
    _gathering, substitution = _substitute(
        world, [("Evening", evening, datetime(2030, 7, 19, 0, tzinfo=CHICAGO))]
    )

    assert _refused(world, substitution, datetime(2030, 7, 19, 9, tzinfo=CHICAGO)) == [
        "Substitutes are checked in at the door on the days of the gathering: "
        "Thursday 18 July 2030."
    ]
