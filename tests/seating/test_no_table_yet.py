"""A member without a table reads why, in their own case: not answered, on the waitlist,
checked in at the door after the plan was out (a steward seats them), or not coming."""

from __future__ import annotations

from django_scopes import scope, scopes_disabled

from collaboratory.gatherings.models import Attendance, Gathering, RsvpStatus
from collaboratory.gatherings.services import (
    attendance_bulk_record,
    rsvp_submit,
    substitution_decide,
    substitution_request,
)
from collaboratory.people.models import User
from collaboratory.seating.services import plan_generate, plan_publish
from tests.authz.objects import shared_gathering
from tests.conftest import World, client_for
from tests.factories import MembershipFactory
from tests.seating.conftest import Room, small_groups_plan

NOT_COMING = "Your RSVP says you are not coming"
NOT_ANSWERED = "You have not answered the RSVP yet, so you have no table."
WAITLIST = "You are on the waitlist, so you have no table yet."
CHECKED_IN = "You are checked in but not seated yet: a steward will seat you."
SUBSTITUTED = "Sam Standin comes in your place, so you have no table"


def _page(room: Room, user: User) -> str:
    url = f"/n/{room.network.slug}/seating/gatherings/{room.gathering.pk}/my-table/"
    body = client_for(user).get(url).content.decode()
    shown = [t for t in (NOT_COMING, NOT_ANSWERED, WAITLIST, CHECKED_IN, SUBSTITUTED) if t in body]
    assert shown != [], body
    return body


def test_someone_who_never_answered_is_told_to_answer(room: Room) -> None:
    small_groups_plan(room, table_sizes=[6, 6], publish=True)
    silent = MembershipFactory(network=room.network).user

    body = _page(room, silent)

    assert NOT_ANSWERED in body
    assert NOT_COMING not in body


def test_someone_on_the_waitlist_is_told_so(room: Room) -> None:
    Gathering.objects.filter(pk=room.gathering.pk).update(capacity=len(room.people))
    waiting = MembershipFactory(network=room.network).user
    rsvp = rsvp_submit(gathering=room.gathering, user=waiting, answer="yes", both_parts=True)
    assert rsvp.status == RsvpStatus.WAITLISTED

    body = _page(room, waiting)

    assert WAITLIST in body
    assert NOT_COMING not in body


def test_someone_checked_in_after_the_plan_was_published_waits_for_a_steward(room: Room) -> None:
    small_groups_plan(room, table_sizes=[6, 6], publish=True)
    late = MembershipFactory(network=room.network).user
    part = room.gathering.parts.first()
    attendance_bulk_record(
        network=room.network, entries=[(part.pk, late.pk)], source=Attendance.Source.DOOR_LIST
    )

    body = _page(room, late)

    assert CHECKED_IN in body
    assert "the stewards publish the seating closer to the day" not in body


def test_a_maybe_is_not_coming(room: Room) -> None:
    small_groups_plan(room, table_sizes=[6, 6], publish=True)
    unsure = MembershipFactory(network=room.network).user
    rsvp_submit(gathering=room.gathering, user=unsure, answer="maybe")

    assert NOT_COMING in _page(room, unsure)


def test_a_youth_guest_without_an_rsvp_is_told_to_answer(world: World) -> None:
    youth = world.personas["youth_member"]
    with scopes_disabled():
        gathering = Gathering.objects.get(pk=shared_gathering(world)["gathering"])
    url = f"/n/{world.alpha.slug}/seating/gatherings/{gathering.pk}/my-table/"

    body = client_for(youth).get(url).content.decode()

    assert NOT_ANSWERED in body
    assert NOT_COMING not in body
    with scope(network=world.alpha):
        assert gathering.rsvps.filter(user=youth).count() == 0


def test_someone_checked_in_where_no_seating_is_published_is_not_promised_a_seat(
    room: Room,
) -> None:
    """No seating is out (a gathering seated by nobody, or not yet): nobody will seat them,
    so the page says the seating is not published rather than "a steward will seat you"."""
    small_groups_plan(room, table_sizes=[6, 6])  # a draft only
    early = room.people[0]
    part = room.gathering.parts.first()
    attendance_bulk_record(
        network=room.network, entries=[(part.pk, early.pk)], source=Attendance.Source.DOOR_LIST
    )
    url = f"/n/{room.network.slug}/seating/gatherings/{room.gathering.pk}/my-table/"

    body = client_for(early).get(url).content.decode()

    assert CHECKED_IN not in body
    assert "No seating is published for this gathering yet" in body


def test_someone_seated_at_dinner_but_not_in_the_small_groups_reads_so(room: Room) -> None:
    """A late "yes" seated at dinner by a new plan, while the small groups published before
    have no seat for them: "Your table" listed the dinner alone, with no word that the
    small groups had no place for them yet."""
    small_groups_plan(room, table_sizes=[6, 6], publish=True)
    late = MembershipFactory(network=room.network, user__full_name="Lena Late").user
    rsvp_submit(gathering=room.gathering, user=late, answer="yes", both_parts=True)
    dinner = plan_generate(
        gathering=room.gathering,
        agenda_item=room.dinner,
        rounds=1,
        table_sizes=[7, 6],
        actor=room.steward,
        time_limit=0.2,
    )
    plan_publish(plan=dinner, actor=room.steward)
    url = f"/n/{room.network.slug}/seating/gatherings/{room.gathering.pk}/my-table/"

    page = client_for(late).get(url).content.decode()
    fragment = client_for(late).get(url, headers={"HX-Request": "true"}).content.decode()

    for body in (page, fragment):
        assert "Dinner together" in body
        assert "<strong>Table " in body
        assert "Small groups" in body
        assert "No seat for you in this session yet: a steward will seat you." in body
    # Someone seated in both reads no such line.
    seated = client_for(room.people[0]).get(url).content.decode()
    assert "No seat for you in this session yet" not in seated


def test_someone_whose_substitute_comes_reads_who_comes_in_their_place(room: Room) -> None:
    """Sent for a free seat, the substitute left the member no RSVP: the page said "You have
    not answered ... Answer yes", a "yes" the gathering then refuses."""
    sender = MembershipFactory(network=room.network).user
    substitution = substitution_request(
        gathering=room.gathering,
        member=sender,
        name="Sam Standin",
        email="sam@example.org",
        reason="A family wedding",
    )
    substitution_decide(substitution=substitution, approve=True, actor=room.steward)

    body = _page(room, sender)

    assert SUBSTITUTED in body
    assert NOT_ANSWERED not in body
