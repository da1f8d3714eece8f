"""The "Your table" box on the gathering page: the member's table once the seating is
published and, for someone coming whom the published seating leaves out, the same reason
their own table page gives (a steward seats them). It stays away before the seating is
out and for someone not coming."""

from __future__ import annotations

import re

from collaboratory.gatherings.models import Attendance
from collaboratory.gatherings.services import attendance_bulk_record, rsvp_submit
from collaboratory.people.models import User
from tests.conftest import client_for
from tests.factories import MembershipFactory
from tests.seating.conftest import Room, small_groups_plan

CHECKED_IN = "You are checked in but not seated yet: a steward will seat you."
COMING = "You are coming but the published seating has no seat for you yet: a steward will seat"
NO_TABLE_YET = "No table yet: the stewards publish the seating closer to the day."


def _box(room: Room, user: User) -> str:
    """The box as a browser gets it: the gathering page names the fragment, and htmx loads
    it into the page."""
    client = client_for(user)
    page = client.get(f"/n/{room.network.slug}/gatherings/{room.gathering.pk}/")
    assert page.status_code == 200
    url = re.search(r'<div hx-get="([^"]*/my-table/)" hx-trigger="load"', page.content.decode())
    assert url is not None
    fragment = client.get(url.group(1), headers={"HX-Request": "true"})
    assert fragment.status_code == 200
    return fragment.content.decode()


def _check_in(room: Room, user: User) -> None:
    part = room.gathering.parts.first()
    attendance_bulk_record(
        network=room.network, entries=[(part.pk, user.pk)], source=Attendance.Source.DOOR_LIST
    )


def test_someone_checked_in_after_publishing_reads_why_they_have_no_table(room: Room) -> None:
    small_groups_plan(room, table_sizes=[6, 6], publish=True)
    late = MembershipFactory(network=room.network).user
    _check_in(room, late)

    box = _box(room, late)

    assert "<h2>Your table</h2>" in box
    assert CHECKED_IN in box
    assert "Table 1" not in box


def test_someone_who_said_yes_after_publishing_reads_why_they_have_no_table(room: Room) -> None:
    small_groups_plan(room, table_sizes=[6, 6], publish=True)
    late = MembershipFactory(network=room.network).user
    rsvp_submit(gathering=room.gathering, user=late, answer="yes", both_parts=True)

    box = _box(room, late)

    assert "<h2>Your table</h2>" in box
    assert COMING in box
    assert NO_TABLE_YET not in box


def test_their_own_table_page_gives_the_same_reason(room: Room) -> None:
    small_groups_plan(room, table_sizes=[6, 6], publish=True)
    late = MembershipFactory(network=room.network).user
    rsvp_submit(gathering=room.gathering, user=late, answer="yes", both_parts=True)

    page = client_for(late).get(
        f"/n/{room.network.slug}/seating/gatherings/{room.gathering.pk}/my-table/"
    )

    assert COMING in page.content.decode()


def test_someone_seated_reads_their_table(room: Room) -> None:
    small_groups_plan(room, table_sizes=[6, 6], publish=True)

    box = _box(room, room.people[0])

    assert "Table " in box
    assert (CHECKED_IN in box, COMING in box) == (False, False)


def test_nothing_shows_before_the_seating_is_published(room: Room) -> None:
    small_groups_plan(room, table_sizes=[6, 6])
    late = MembershipFactory(network=room.network).user
    _check_in(room, late)

    assert (_box(room, room.people[0]), _box(room, late)) == ("", "")


def test_nothing_shows_for_someone_not_coming(room: Room) -> None:
    small_groups_plan(room, table_sizes=[6, 6], publish=True)
    rsvp_submit(gathering=room.gathering, user=room.people[0], answer="no")
    silent = MembershipFactory(network=room.network).user

    assert (_box(room, room.people[0]), _box(room, silent)) == ("", "")
