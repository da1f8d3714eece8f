"""A member's "yes" holds a seat only while they may still come (`admitted_memberships`),
as a substitute's pass does. Once a steward removes or suspends them, or they leave at the
check-in, their seat is free: the first person waiting gets it at once, the next "yes" is
confirmed, and every list agrees that they are not coming (the page's count, the manage
page, the door list, the export, the live room's people, seating). Reinstated, their
answer counts again, and nobody who took the seat meanwhile loses it."""

from __future__ import annotations

import re
from datetime import timedelta

from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.gatherings.models import Gathering, Rsvp, RsvpStatus
from collaboratory.gatherings.services import gathering_announce, notices_send_due
from collaboratory.networks.models import Membership, MembershipStatus
from collaboratory.people.models import User
from tests.conftest import World, client_for
from tests.factories import GatheringFactory, MembershipFactory

HOST = "127.0.0.1"


def _person(world: World, name: str) -> User:
    return MembershipFactory(network=world.alpha, user__full_name=name).user


def _get(client: Client, url: str) -> str:
    response = client.get(url, HTTP_HOST=HOST)
    assert response.status_code == 200, url
    return response.content.decode()


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def _says_yes(gathering: Gathering, user: User) -> str:
    """The person answers yes from the gathering page; the status their RSVP got."""
    response = client_for(user).post(
        f"/n/alpha/gatherings/{gathering.pk}/",
        {"action": "rsvp", "answer": "yes", "both_parts": "on"},
        HTTP_HOST=HOST,
    )
    assert response.status_code == 302
    return _status(gathering, user)


def _status(gathering: Gathering, user: User) -> str:
    with scopes_disabled():
        return Rsvp.objects.get(gathering=gathering, user=user).status


def _set_status(world: World, user: User, status: str) -> None:
    """A steward sets the status on the roster, as the roster's form does."""
    with scopes_disabled():
        membership = Membership.objects.get(network=world.alpha, user=user)
    response = client_for(world.personas["steward"]).post(
        f"/n/alpha/roster/{membership.pk}/status/",
        {"status": status, "note": "Steward's decision", "confirm": "yes"},
        HTTP_HOST=HOST,
    )
    assert response.status_code == 302
    with scopes_disabled():
        membership.refresh_from_db()
    assert membership.status == status


def _promotions(gathering: Gathering) -> int:
    return AuditEvent.objects.filter(action="rsvp.promoted", data__gathering=gathering.pk).count()


def test_a_removed_member_s_yes_frees_their_seat_for_who_waits_and_leaves_every_list(
    world: World,
) -> None:
    gathering = GatheringFactory(network=world.alpha, title="Spring Gathering", capacity=2)
    rita = _person(world, "Rita Removed")
    kept = _person(world, "Kim Kept")
    waiting = _person(world, "Wes Waiting")
    late = _person(world, "Lea Late")
    assert [_says_yes(gathering, p) for p in (rita, kept, waiting)] == [
        RsvpStatus.CONFIRMED,
        RsvpStatus.CONFIRMED,
        RsvpStatus.WAITLISTED,
    ]
    steward = client_for(world.personas["steward"])
    page = f"/n/alpha/gatherings/{gathering.pk}/"
    assert "2 of 2 taken" in _get(steward, page)  # rendered, and kept in the page cache

    _set_status(world, rita, MembershipStatus.REMOVED)

    # The seat went to the first person waiting, at the removal, not at some later "yes".
    assert _status(gathering, waiting) == RsvpStatus.CONFIRMED
    assert _promotions(gathering) == 1
    assert "2 of 2 taken" in _get(steward, page)
    assert "2 of 2 seats taken" in _text(_get(steward, "/n/alpha/gatherings/"))
    assert _says_yes(gathering, late) == RsvpStatus.WAITLISTED
    manage = _text(_get(steward, f"/n/alpha/gatherings/{gathering.pk}/manage/"))
    assert "2 seats taken of 2" in manage
    assert "1 waitlisted" in manage
    assert "Rita Removed is no longer in the network: this answer holds no seat." in manage
    door = _get(steward, f"/n/alpha/gatherings/{gathering.pk}/door/")
    assert ("Kim Kept" in door, "Wes Waiting" in door, "Rita Removed" in door) == (
        True,
        True,
        False,
    )
    export = _get(steward, f"/n/alpha/gatherings/{gathering.pk}/attendees.csv")
    assert ("Kim Kept" in export, "Rita Removed" in export) == (True, False)
    people = _get(steward, f"/n/alpha/live/{gathering.pk}/console/people?q=R")
    assert "Rita Removed" not in people
    seating = _text(_get(steward, f"/n/alpha/seating/gatherings/{gathering.pk}/"))
    assert "2 people are coming" in seating


def test_the_seat_goes_to_the_next_yes_when_nobody_waits(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha, capacity=1)
    rita = _person(world, "Rita Removed")
    assert _says_yes(gathering, rita) == RsvpStatus.CONFIRMED

    _set_status(world, rita, MembershipStatus.SUSPENDED)

    assert _says_yes(gathering, _person(world, "Lea Late")) == RsvpStatus.CONFIRMED


def test_a_removed_member_waiting_is_passed_over_and_a_second_removal_changes_nothing(
    world: World,
) -> None:
    gathering = GatheringFactory(network=world.alpha, capacity=1)
    holder = _person(world, "Hal Holder")
    rita = _person(world, "Rita Removed")
    second = _person(world, "Sue Second")
    assert [_says_yes(gathering, p) for p in (holder, rita, second)] == [
        RsvpStatus.CONFIRMED,
        RsvpStatus.WAITLISTED,
        RsvpStatus.WAITLISTED,
    ]
    _set_status(world, rita, MembershipStatus.REMOVED)
    assert "You are next on the waitlist" in _text(
        _get(client_for(second), f"/n/alpha/gatherings/{gathering.pk}/")
    )
    _set_status(world, holder, MembershipStatus.REMOVED)
    _set_status(world, holder, MembershipStatus.REMOVED)  # a replayed form

    # Sue waited behind Rita, who may no longer come: the seat is Sue's, once.
    assert (_status(gathering, rita), _status(gathering, second)) == (
        RsvpStatus.WAITLISTED,
        RsvpStatus.CONFIRMED,
    )
    assert _promotions(gathering) == 1


def test_a_reinstated_member_s_yes_counts_again_and_nobody_loses_a_seat(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha, capacity=1)
    rita = _person(world, "Rita Removed")
    waiting = _person(world, "Wes Waiting")
    assert [_says_yes(gathering, p) for p in (rita, waiting)] == [
        RsvpStatus.CONFIRMED,
        RsvpStatus.WAITLISTED,
    ]
    _set_status(world, rita, MembershipStatus.REMOVED)
    assert _status(gathering, waiting) == RsvpStatus.CONFIRMED

    _set_status(world, rita, MembershipStatus.ACTIVE)

    assert (_status(gathering, rita), _status(gathering, waiting)) == (
        RsvpStatus.CONFIRMED,
        RsvpStatus.CONFIRMED,
    )
    steward = client_for(world.personas["steward"])
    assert "2 of 1 taken" in _get(steward, f"/n/alpha/gatherings/{gathering.pk}/")
    assert "Your answer: Coming" in _get(client_for(rita), f"/n/alpha/gatherings/{gathering.pk}/")
    # Over capacity: the next "yes" waits, and a cancellation frees no seat yet.
    assert _says_yes(gathering, _person(world, "Lea Late")) == RsvpStatus.WAITLISTED


def test_someone_removed_since_their_yes_is_not_reminded(world: World) -> None:
    start = (timezone.now() + timedelta(days=60)).replace(microsecond=0)
    gathering = GatheringFactory(network=world.alpha, title="Summer Gathering", first_part_at=start)
    rita = _person(world, "Rita Removed")
    kept = _person(world, "Kim Kept")
    with scopes_disabled():
        gathering_announce(gathering=gathering, actor=world.personas["steward"])
    for person in (rita, kept):
        _says_yes(gathering, person)
    _set_status(world, rita, MembershipStatus.REMOVED)
    with scopes_disabled():
        notices_send_due(network=world.alpha, now=start - timedelta(days=25))
    mail.outbox.clear()

    with scopes_disabled():
        notices_send_due(network=world.alpha, now=start - timedelta(days=2))

    assert [(m.to, m.subject) for m in mail.outbox] == [([kept.email], "Soon: Summer Gathering")]


def test_a_youth_guest_whose_guardian_withdrew_consent_frees_the_host_s_seat(
    world: World,
) -> None:
    """The membership that ended is the youth cohort's; the seat is in the host network."""
    gathering = GatheringFactory(network=world.alpha, capacity=1, youth_take_part=True)
    youth = world.personas["youth_member"]
    waiting = _person(world, "Wes Waiting")
    assert [_says_yes(gathering, p) for p in (youth, waiting)] == [
        RsvpStatus.CONFIRMED,
        RsvpStatus.WAITLISTED,
    ]

    revoke = reverse("consent:revoke", kwargs={"token": world.tokens["guardian_revoke"]})
    assert "account is suspended" in client_for(None).post(revoke, HTTP_HOST=HOST).content.decode()

    assert _status(gathering, waiting) == RsvpStatus.CONFIRMED
    assert "1 of 1 taken" in _get(
        client_for(world.personas["steward"]), f"/n/alpha/gatherings/{gathering.pk}/"
    )


def test_the_kept_gathering_pages_show_a_reinstated_member_s_seat_at_once(
    world: World,
) -> None:
    """The pages are kept under the gathering's version, which the removal renewed: a
    reinstatement renewed nothing, so the page read in between kept its count (and the
    member's own page its "no seat") until the gathering next changed."""
    gathering = GatheringFactory(network=world.alpha, capacity=1)
    rita = _person(world, "Rita Removed")
    waiting = _person(world, "Wes Waiting")
    assert [_says_yes(gathering, p) for p in (rita, waiting)] == [
        RsvpStatus.CONFIRMED,
        RsvpStatus.WAITLISTED,
    ]
    _set_status(world, rita, MembershipStatus.SUSPENDED)
    assert _says_yes(gathering, _person(world, "Lea Late")) == RsvpStatus.WAITLISTED
    steward = client_for(world.personas["steward"])
    page = f"/n/alpha/gatherings/{gathering.pk}/"
    listing = "/n/alpha/gatherings/"
    # Read, and kept: the details, the list, and Rita's own part (her answer holds no seat).
    assert "1 of 1 taken" in _get(steward, page)
    assert "1 of 1 seat taken" in _text(_get(steward, listing))
    assert "1 waitlisted" in _text(_get(steward, f"{page}manage/"))
    before = _text(_get(client_for(waiting), page))

    _set_status(world, rita, MembershipStatus.ACTIVE)

    assert "2 of 1 taken" in _get(steward, page)
    assert "2 of 1 seat taken" in _text(_get(steward, listing))
    assert "1 waitlisted" in _text(_get(steward, f"{page}manage/"))
    # Wes keeps the seat he was given meanwhile.
    assert _text(_get(client_for(waiting), page)).replace("2 of 1", "1 of 1") == before


def test_a_reinstated_member_waiting_gets_a_seat_freed_while_they_were_out(world: World) -> None:
    """Passed over while suspended, with nobody else waiting the seat stayed free: restored,
    they are first in line for it at once, not at some later cancellation."""
    gathering = GatheringFactory(network=world.alpha, capacity=1)
    holder = _person(world, "Hal Holder")
    rita = _person(world, "Rita Removed")
    assert [_says_yes(gathering, p) for p in (holder, rita)] == [
        RsvpStatus.CONFIRMED,
        RsvpStatus.WAITLISTED,
    ]
    _set_status(world, rita, MembershipStatus.SUSPENDED)
    response = client_for(holder).post(
        f"/n/alpha/gatherings/{gathering.pk}/", {"action": "rsvp", "answer": "no"}, HTTP_HOST=HOST
    )
    assert response.status_code == 302
    assert _status(gathering, rita) == RsvpStatus.WAITLISTED
    steward = client_for(world.personas["steward"])
    assert "0 of 1 taken" in _get(steward, f"/n/alpha/gatherings/{gathering.pk}/")

    _set_status(world, rita, MembershipStatus.ACTIVE)
    _set_status(world, rita, MembershipStatus.CHECK_IN_DUE)  # admitted already: nothing more

    assert _status(gathering, rita) == RsvpStatus.CONFIRMED
    assert _promotions(gathering) == 1
    assert "1 of 1 taken" in _get(steward, f"/n/alpha/gatherings/{gathering.pk}/")


def _deletes_account(user: User) -> None:
    """The person deletes their account from "My data", as its form does."""
    response = client_for(user).post("/me/data/", {"confirm_email": user.email}, HTTP_HOST=HOST)
    assert response.status_code == 302
    assert not User.objects.filter(pk=user.pk).exists()


def test_a_deleted_account_s_seat_goes_to_who_waits_and_the_kept_pages_show_it(
    world: World,
) -> None:
    """Deleting an account took its answers with it (a cascade), but nobody waiting was
    promoted until some later change, and the kept pages showed the old count."""
    full = GatheringFactory(network=world.alpha, capacity=1)
    roomy = GatheringFactory(network=world.alpha, capacity=2)
    rita = _person(world, "Rita Removed")
    waiting = _person(world, "Wes Waiting")
    kept = _person(world, "Kim Kept")
    assert [_says_yes(full, p) for p in (rita, waiting)] == [
        RsvpStatus.CONFIRMED,
        RsvpStatus.WAITLISTED,
    ]
    assert [_says_yes(roomy, p) for p in (rita, kept)] == [RsvpStatus.CONFIRMED] * 2
    steward = client_for(world.personas["steward"])
    assert "2 of 2 taken" in _get(steward, f"/n/alpha/gatherings/{roomy.pk}/")

    _deletes_account(rita)

    assert _status(full, waiting) == RsvpStatus.CONFIRMED
    assert _promotions(full) == 1
    assert "1 of 2 taken" in _get(steward, f"/n/alpha/gatherings/{roomy.pk}/")
