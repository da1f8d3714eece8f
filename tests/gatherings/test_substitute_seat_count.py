"""A substitute's seat counts only while their pass stands: once it stops (the member who
sent them was removed, or a steward withdrew it) every count the pass fed lets the seat go,
so the gathering is not shown full, nor is anyone waitlisted, for a seat nobody holds."""

from __future__ import annotations

from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Gathering, Rsvp, RsvpStatus
from collaboratory.gatherings.selectors import gathering_seats_taken, gatherings_for_list
from collaboratory.gatherings.services import rsvp_submit, substitution_decide, substitution_request
from collaboratory.networks.models import Membership, MembershipStatus
from collaboratory.networks.services.memberships import membership_status_override
from collaboratory.people.models import User
from tests.conftest import World, client_for
from tests.factories import GatheringFactory, MembershipFactory


def _coming(gathering: Gathering, user: User) -> Rsvp:
    with scopes_disabled():
        return rsvp_submit(gathering=gathering, user=user, answer="yes", both_parts=True)


def _sam_comes_for(world: World, gathering: Gathering, member: User) -> None:
    _coming(gathering, member)
    with scopes_disabled():
        substitution = substitution_request(
            gathering=gathering,
            member=member,
            name="Sam Standin",
            email="sam@example.org",
            reason="Travelling for work",
        )
        substitution_decide(
            substitution=substitution, approve=True, actor=world.personas["steward"]
        )


def _remove(world: World, member: User) -> None:
    with scopes_disabled():
        membership_status_override(
            membership=Membership.objects.get(network=world.alpha, user=member),
            status=MembershipStatus.REMOVED,
            note="Steward's decision",
            actor=world.personas["steward"],
        )


def _counts(gathering: Gathering) -> tuple[int, int]:
    """The seats taken as the page and the manage page count them, and as the list and the
    API count them."""
    with scopes_disabled():
        listed = gatherings_for_list(network=gathering.network).get(pk=gathering.pk)
        return gathering_seats_taken(gathering=gathering), listed.seats_taken


def test_a_removed_member_s_substitute_no_longer_holds_a_seat(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha, capacity=3)
    _coming(gathering, MembershipFactory(network=world.alpha).user)
    _sam_comes_for(world, gathering, world.personas["member"])
    assert _counts(gathering) == (2, 2)

    _remove(world, world.personas["member"])

    assert _counts(gathering) == (1, 1)
    steward = client_for(world.personas["steward"])
    listing = steward.get("/n/alpha/gatherings/").content.decode()
    page = steward.get(f"/n/alpha/gatherings/{gathering.pk}/").content.decode()
    assert "1 of 3 seats taken" in listing
    assert "1 of 3 taken" in page


def test_the_seat_a_stopped_pass_held_goes_to_the_next_member_who_says_yes(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha, capacity=1)
    _sam_comes_for(world, gathering, world.personas["member"])
    _remove(world, world.personas["member"])

    rsvp = _coming(gathering, MembershipFactory(network=world.alpha).user)

    assert rsvp.status == RsvpStatus.CONFIRMED


def test_a_seat_a_stopped_pass_freed_goes_to_who_waited_first(world: World) -> None:
    """Nobody gives the seat up when a member is removed, so nothing promoted the waitlist:
    the next "yes" took the seat ahead of everyone waiting for one."""
    gathering = GatheringFactory(network=world.alpha, capacity=1)
    _sam_comes_for(world, gathering, world.personas["member"])
    waiting = MembershipFactory(network=world.alpha).user
    assert _coming(gathering, waiting).status == RsvpStatus.WAITLISTED
    _remove(world, world.personas["member"])

    late = _coming(gathering, MembershipFactory(network=world.alpha).user)

    with scopes_disabled():
        first = Rsvp.objects.get(gathering=gathering, user=waiting)
    assert (first.status, late.status) == (RsvpStatus.CONFIRMED, RsvpStatus.WAITLISTED)
    assert first.promoted_at is not None
