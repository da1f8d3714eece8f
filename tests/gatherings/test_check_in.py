"""Check-in writes the attendance ledger: from the member's phone (QR code, short link) or
from the steward's door list."""

from __future__ import annotations

from datetime import timedelta
from xml.etree import ElementTree

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Attendance
from collaboratory.gatherings.services import attendance_check_in
from tests.conftest import World, client_for
from tests.factories import GatheringFactory


def ledger(gathering) -> list[tuple[str, int, str]]:  # type: ignore[no-untyped-def]
    with scopes_disabled():
        return list(
            Attendance.objects.filter(part__gathering=gathering)
            .order_by("pk")
            .values_list("part__title", "user_id", "source")
        )


def happening_now(world: World):  # type: ignore[no-untyped-def]
    """A gathering whose Thursday reception started an hour ago."""
    return GatheringFactory(
        network=world.alpha,
        first_part_at=timezone.now().replace(microsecond=0) - timedelta(hours=1),
    )


def test_the_qr_code_leads_to_a_one_tap_self_check_in(world: World) -> None:
    gathering = happening_now(world)
    member = world.personas["member"]
    client = client_for(member)

    qr = client_for(world.personas["steward"]).get(
        f"/n/alpha/gatherings/{gathering.pk}/check-in.svg"
    )
    short = client.get(f"/c/{gathering.check_in_code}")
    page = client.get(short["Location"]).content.decode()
    client.post(short["Location"])

    assert qr["Content-Type"] == "image/svg+xml"
    # A standalone document: without its namespace an <img> shows a broken image.
    assert ElementTree.fromstring(qr.content).tag == "{http://www.w3.org/2000/svg}svg"  # noqa: S314 (our own output)
    assert short["Location"] == (
        f"/n/alpha/gatherings/{gathering.pk}/check-in/{gathering.check_in_code}/"
    )
    assert "I am here: check me in to Welcome reception and dinner" in page
    assert ledger(gathering) == [("Welcome reception and dinner", member.pk, "self")]


def test_checking_in_twice_records_once(world: World) -> None:
    gathering = happening_now(world)
    member = world.personas["member"]
    with scopes_disabled():
        attendance_check_in(gathering=gathering, user=member, code=gathering.check_in_code)
        attendance_check_in(gathering=gathering, user=member, code=gathering.check_in_code)

    assert len(ledger(gathering)) == 1


@pytest.mark.parametrize(
    ("offset", "code_ok", "message"),
    [
        (timedelta(hours=-5), True, "Check-in opens two hours before a part starts"),
        (timedelta(hours=1), False, "This check-in link is not for this gathering."),
    ],
)
def test_check_in_is_refused_out_of_hours_or_with_a_wrong_code(
    world: World, offset: timedelta, code_ok: bool, message: str
) -> None:
    gathering = happening_now(world)
    now = timezone.now() + offset

    with scopes_disabled(), pytest.raises(ValidationError) as error:
        attendance_check_in(
            gathering=gathering,
            user=world.personas["member"],
            code=gathering.check_in_code if code_ok else "wrong-code",
            now=now,
        )

    assert message in error.value.messages[0]
    assert ledger(gathering) == []


def test_a_steward_checks_someone_in_from_the_door_list(world: World) -> None:
    gathering = happening_now(world)
    member = world.personas["member"]
    client = client_for(world.personas["steward"])
    url = f"/n/alpha/gatherings/{gathering.pk}/door/"
    with scopes_disabled():
        part = gathering.parts.get(title="Meeting")

    found = client.get(url, {"q": "Person", "part": part.pk}).content.decode()
    client.post(url, {"user": member.pk, "part": part.pk, "q": "Person"})
    again = client.get(url, {"q": "Person", "part": part.pk}).content.decode()

    assert f"Check in {member.full_name}" in found
    assert f"Check in {member.full_name}" not in again
    assert "1 person checked in to this part." in again
    assert ledger(gathering) == [("Meeting", member.pk, "door")]


def test_the_door_list_refuses_people_from_outside_the_network(world: World) -> None:
    gathering = happening_now(world)
    outsider = world.personas["foreign_steward"]
    client = client_for(world.personas["steward"])

    response = client.post(
        f"/n/alpha/gatherings/{gathering.pk}/door/", {"user": outsider.pk}, follow=True
    )

    assert "Only members of this network can be checked in here." in response.content.decode()
    assert ledger(gathering) == []
