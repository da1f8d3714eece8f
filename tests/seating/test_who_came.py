"""One definition of who came to a gathering, for seating and for its history: the people in
the attendance ledger (checked in from their phone, at the door, or imported history), and,
until the gathering is over, the "yes" answers that hold a seat. Once it is over the ledger
alone says who was there (domain.md: the practice counts people who actually came). The
history that feeds the next plan's `met` counted a "yes" as having sat at the table even
when the person never came, where the product's other reads of attendance (activity, the
Credit Club's eligibility) read the ledger."""

from __future__ import annotations

from datetime import timedelta
from itertools import combinations

from django.db.models import F

from collaboratory.gatherings.models import Attendance, Gathering, GatheringPart
from collaboratory.gatherings.services import attendance_bulk_record, rsvp_submit
from collaboratory.people.models import User
from collaboratory.seating.selectors import (
    person_key,
    plan_grid,
    seated_keys,
    seating_history,
)
from tests.conftest import client_for
from tests.seating.conftest import Room, published_dinner, room_gathering


def _check_in(room: Room, people: list[User]) -> None:
    part = room.gathering.parts.first()
    attendance_bulk_record(
        network=room.network,
        entries=[(part.pk, u.pk) for u in people],
        source=Attendance.Source.DOOR_LIST,
    )


def _is_over(gathering: Gathering) -> None:
    """The gathering took place: its days are moved back to two months ago."""
    back = timedelta(days=60) + (gathering.ends_at - gathering.starts_at)
    Gathering.objects.filter(pk=gathering.pk).update(
        starts_at=F("starts_at") - back, ends_at=F("ends_at") - back
    )
    GatheringPart.objects.filter(gathering=gathering).update(
        starts_at=F("starts_at") - back, ends_at=F("ends_at") - back
    )


def _pairs(grid: list[list[list[str]]], came: set[str]) -> dict[frozenset[str], int]:
    return {
        frozenset(pair): 1
        for tables in grid
        for table in tables
        for pair in combinations(sorted(p for p in table if p in came), 2)
    }


def test_someone_who_said_yes_but_never_came_met_nobody(room: Room) -> None:
    dinner = published_dinner(room)
    no_show, *came = room.people
    _check_in(room, came)
    _is_over(room.gathering)
    later = room_gathering(room.network, [], days=90)
    keys = [person_key(u.pk) for u in room.people]

    met = seating_history(gathering=later, agenda_item=None, people=keys)

    assert met == _pairs(plan_grid(plan=dinner), {person_key(u.pk) for u in came})
    assert not any(person_key(no_show.pk) in pair for pair in met)


def test_seating_and_its_history_agree_on_who_came(room: Room) -> None:
    """The history counts exactly the seats of the people seating says came: a "yes" who
    never came is out, someone who cancelled but was checked in after all is in."""
    dinner = published_dinner(room)
    no_show, changed_mind, *rest = room.people
    rsvp_submit(gathering=room.gathering, user=changed_mind, answer="no")
    _check_in(room, [changed_mind, *rest])
    keys = [person_key(u.pk) for u in room.people]
    later = room_gathering(room.network, [], days=90)

    before = seating_history(gathering=later, agenda_item=None, people=keys)
    coming_before = set(seated_keys(gathering=room.gathering))
    _is_over(room.gathering)
    after = seating_history(gathering=later, agenda_item=None, people=keys)
    came = set(seated_keys(gathering=room.gathering))

    # Before it is over, the "yes" is expected; once over, only the ledger counts.
    assert person_key(no_show.pk) in coming_before
    assert came == {person_key(u.pk) for u in (changed_mind, *rest)}
    assert before == _pairs(plan_grid(plan=dinner), coming_before)
    assert after == _pairs(plan_grid(plan=dinner), came)


def test_after_the_gathering_a_no_show_reads_no_table_and_why(room: Room) -> None:
    published_dinner(room)
    no_show, *came = room.people
    _check_in(room, came)
    _is_over(room.gathering)
    url = f"/n/{room.network.slug}/seating/gatherings/{room.gathering.pk}/my-table/"

    page = client_for(no_show).get(url).content.decode()
    fragment = client_for(no_show).get(url, headers={"HX-Request": "true"}).content.decode()
    theirs = client_for(came[0]).get(url).content.decode()

    assert "This gathering is over and you were not checked in at it" in page
    assert "Table " not in page
    assert fragment == ""
    assert no_show.full_name not in theirs
    assert "<strong>Table " in theirs
