"""RSVP rules: both parts or a later gathering, the waitlist, the deadline."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Rsvp, RsvpStatus
from collaboratory.gatherings.services import rsvp_submit
from tests.conftest import World, client_for
from tests.factories import GatheringFactory, MembershipFactory


def status_of(gathering, user) -> str:  # type: ignore[no-untyped-def]
    with scopes_disabled():
        return Rsvp.objects.get(gathering=gathering, user=user).status


def test_yes_takes_a_seat_until_the_gathering_is_full_then_the_waitlist(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha, capacity=1)
    first, second = (MembershipFactory(network=world.alpha).user for _ in range(2))

    with scopes_disabled():
        a = rsvp_submit(gathering=gathering, user=first, answer="yes", both_parts=True)
        b = rsvp_submit(gathering=gathering, user=second, answer="yes", both_parts=True)

    assert (a.status, b.status) == (RsvpStatus.CONFIRMED, RsvpStatus.WAITLISTED)


def test_giving_up_a_seat_promotes_the_first_on_the_waitlist(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha, capacity=1)
    seated, first_waiting, second_waiting = (
        MembershipFactory(network=world.alpha).user for _ in range(3)
    )
    with scopes_disabled():
        for user in (seated, first_waiting, second_waiting):
            rsvp_submit(gathering=gathering, user=user, answer="yes", both_parts=True)

        rsvp_submit(gathering=gathering, user=seated, answer="maybe")

    assert [status_of(gathering, u) for u in (seated, first_waiting, second_waiting)] == [
        RsvpStatus.MAYBE,
        RsvpStatus.CONFIRMED,
        RsvpStatus.WAITLISTED,
    ]


def test_yes_again_keeps_the_seat_and_updates_the_details(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha, capacity=1)
    member = world.personas["member"]
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=member, answer="yes", both_parts=True)
        rsvp = rsvp_submit(
            gathering=gathering,
            user=member,
            answer="yes",
            both_parts=True,
            wants_to_present=True,
            dietary_needs="vegetarian",
        )

    assert (rsvp.status, rsvp.wants_to_present, rsvp.dietary_needs) == (
        RsvpStatus.CONFIRMED,
        True,
        "vegetarian",
    )


def test_yes_without_both_parts_is_refused_with_the_rule(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha)

    with scopes_disabled(), pytest.raises(ValidationError) as error:
        rsvp_submit(gathering=gathering, user=world.personas["member"], answer="yes")

    assert error.value.message_dict == {
        "both_parts": [
            "Members attend both parts in full. Confirm that you will, or choose a later gathering."
        ]
    }
    with scopes_disabled():
        assert not Rsvp.objects.filter(gathering=gathering).exists()


def test_a_one_part_gathering_needs_no_both_parts_confirmation(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha, parts=1)

    with scopes_disabled():
        rsvp = rsvp_submit(gathering=gathering, user=world.personas["member"], answer="yes")

    assert rsvp.status == RsvpStatus.CONFIRMED


def test_changes_are_refused_after_the_deadline(world: World) -> None:
    now = timezone.now()
    gathering = GatheringFactory(network=world.alpha, rsvp_deadline=now + timedelta(days=3))

    with scopes_disabled(), pytest.raises(ValidationError) as error:
        rsvp_submit(
            gathering=gathering,
            user=world.personas["member"],
            answer="no",
            now=now + timedelta(days=4),
        )

    assert error.value.messages == [
        "The RSVP deadline has passed; ask a steward if your plans changed."
    ]


def test_a_member_answers_from_the_gathering_page(world: World) -> None:
    gathering = world.gatherings["alpha"]
    client = client_for(world.personas["member"])
    url = f"/n/alpha/gatherings/{gathering.pk}/"

    response = client.post(
        url,
        {"action": "rsvp", "answer": "yes", "both_parts": "on", "wants_to_present": "on"},
        follow=True,
    )

    assert "You are confirmed. See you there!" in response.content.decode()
    with scopes_disabled():
        rsvp = Rsvp.objects.get(gathering=gathering, user=world.personas["member"])
    assert (rsvp.status, rsvp.wants_to_present) == (RsvpStatus.CONFIRMED, True)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Choose yes, no or maybe."),
        ({"answer": "perhaps"}, "Select a valid choice. perhaps is not one of the available"),
        ({"answer": "yes"}, "Members attend both parts in full. Confirm that you will"),
        ({"answer": "no", "dietary_needs": "x" * 301}, "at most 300 characters"),
    ],
)
def test_bad_answers_show_a_specific_message_and_change_nothing(
    world: World, data: dict[str, str], message: str
) -> None:
    gathering = GatheringFactory(network=world.alpha)
    client = client_for(world.personas["member"])

    response = client.post(f"/n/alpha/gatherings/{gathering.pk}/", {"action": "rsvp", **data})

    assert response.status_code == 200
    assert message in response.content.decode()
    with scopes_disabled():
        assert not Rsvp.objects.filter(gathering=gathering).exists()
