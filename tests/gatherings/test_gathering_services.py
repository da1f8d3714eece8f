"""Gatherings are created with their parts; bad input changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.core.exceptions import ValidationError
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Attendance, Gathering, GatheringFormat, GatheringPart
from collaboratory.gatherings.services import (
    attendance_bulk_record,
    gathering_create,
    gathering_update,
)
from tests.conftest import World
from tests.factories import GatheringFactory

THURSDAY = datetime(2026, 7, 16, 22, 0, tzinfo=UTC)


def test_a_two_part_gathering_spans_its_parts(world: World) -> None:
    with scopes_disabled():
        gathering = gathering_create(
            network=world.alpha,
            title="Summer Gathering",
            format=GatheringFormat.IN_PERSON,
            parts=[
                ("Welcome dinner", THURSDAY, THURSDAY + timedelta(hours=3)),
                ("Meeting", THURSDAY + timedelta(hours=10), THURSDAY + timedelta(hours=17)),
            ],
        )
        titles = list(gathering.parts.values_list("title", flat=True))

    assert (gathering.starts_at, gathering.ends_at) == (THURSDAY, THURSDAY + timedelta(hours=17))
    assert titles == ["Welcome dinner", "Meeting"]


@pytest.mark.parametrize(
    ("parts", "message"),
    [
        ([], "A gathering has at least one part."),
        ([("Meeting", THURSDAY, THURSDAY)], "Meeting must end after it starts."),
        (
            [("Dinner", THURSDAY, THURSDAY - timedelta(hours=1))],
            "Dinner must end after it starts.",
        ),
    ],
)
def test_bad_parts_are_refused_with_a_specific_message_and_nothing_is_stored(
    world: World,
    parts: list,
    message: str,  # type: ignore[type-arg]
) -> None:
    with scopes_disabled(), pytest.raises(ValidationError) as error:
        gathering_create(
            network=world.alpha, title="Broken", format=GatheringFormat.VIRTUAL, parts=parts
        )

    with scopes_disabled():
        stored = (
            Gathering.objects.filter(title="Broken").count(),
            GatheringPart.objects.filter(gathering__title="Broken").count(),
        )
    assert stored == (0, 0)
    assert error.value.messages == [message]


def test_attendance_is_recorded_once_per_person_and_part(world: World) -> None:
    member = world.personas["member"]
    with scopes_disabled():
        gathering = gathering_create(
            network=world.alpha,
            title="Virtual",
            format=GatheringFormat.VIRTUAL,
            parts=[("Call", THURSDAY, THURSDAY + timedelta(hours=2))],
        )
        part = gathering.parts.get()

        attendance_bulk_record(
            network=world.alpha, entries=[(part.pk, member.pk)], source=Attendance.Source.DOOR_LIST
        )
        attendance_bulk_record(
            network=world.alpha,
            entries=[(part.pk, member.pk)],
            source=Attendance.Source.SELF_CHECK_IN,
        )

        assert list(Attendance.objects.values_list("user_id", "source")) == [(member.pk, "door")]


def test_an_edit_cannot_put_the_proposal_deadline_after_the_start(world: World) -> None:
    """Creating refused it; editing stored it, and the call for presenters (which closes at
    the proposal deadline) stayed open through the gathering and after."""
    gathering = GatheringFactory(network=world.alpha, parts=1)
    late = gathering.starts_at + timedelta(days=1)

    with scopes_disabled(), pytest.raises(ValidationError) as error:
        gathering_update(gathering=gathering, proposal_deadline=late)

    with scopes_disabled():
        gathering.refresh_from_db()
    assert error.value.message_dict == {
        "proposal_deadline": ["The proposal deadline must fall before the gathering."]
    }
    assert gathering.proposal_deadline is None


def test_moving_the_parts_before_the_proposal_deadline_is_refused_too(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha, parts=1)
    with scopes_disabled():
        gathering_update(
            gathering=gathering, proposal_deadline=gathering.starts_at - timedelta(days=3)
        )
        earlier = gathering.starts_at - timedelta(days=5)

        with pytest.raises(ValidationError) as error:
            gathering_update(
                gathering=gathering, parts=[("Meeting", earlier, earlier + timedelta(hours=3))]
            )

    assert list(error.value.message_dict) == ["proposal_deadline"]
