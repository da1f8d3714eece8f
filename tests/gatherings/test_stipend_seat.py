"""A travel stipend pays for a seat: a steward cannot approve one for a member who no longer
holds theirs (they said no since, sent a substitute, or left the network)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Gathering, StipendRequest
from collaboratory.gatherings.services import (
    rsvp_submit,
    stipend_decide,
    stipend_request_submit,
    substitution_decide,
    substitution_request,
)
from collaboratory.networks.models import Membership, MembershipStatus
from collaboratory.people.models import User
from tests.conftest import World, client_for
from tests.factories import GatheringFactory, MembershipFactory


def _asked(world: World) -> tuple[Gathering, User, StipendRequest]:
    gathering = GatheringFactory(network=world.alpha, stipend_budget=Decimal(500), parts=1)
    member = MembershipFactory(network=world.alpha, user__full_name="Tess Traveller").user
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=member, answer="yes")
        stipend = stipend_request_submit(
            gathering=gathering,
            user=member,
            reason="Bus fare",
            amount=Decimal("180.50"),
            no_institutional_support=True,
        )
    return gathering, member, stipend


def _refused(world: World, gathering: Gathering, stipend: StipendRequest) -> list[str]:
    with scopes_disabled(), pytest.raises(ValidationError) as error:
        stipend_decide(stipend=stipend, approve=True, actor=world.personas["steward"])
    with scopes_disabled():
        gathering.refresh_from_db()
        stipend.refresh_from_db()
    assert (gathering.stipend_committed, stipend.status) == (Decimal(0), "pending")
    return error.value.messages


NO_SEAT = [
    "Tess Traveller no longer holds a seat at this gathering, so the stipend would pay for a "
    "trip nobody makes: deny the request."
]


def test_a_stipend_of_a_member_who_said_no_since_cannot_be_approved(world: World) -> None:
    """The approval spent the budget on someone who is not coming."""
    gathering, member, stipend = _asked(world)
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=member, answer="no")

    assert _refused(world, gathering, stipend) == NO_SEAT


def test_a_stipend_of_a_member_who_sent_a_substitute_cannot_be_approved(world: World) -> None:
    gathering, member, stipend = _asked(world)
    with scopes_disabled():
        substitution = substitution_request(
            gathering=gathering,
            member=member,
            name="Sam Standin",
            email="sam@example.org",
            reason="Called away",
        )
        substitution_decide(
            substitution=substitution, approve=True, actor=world.personas["steward"]
        )

    assert _refused(world, gathering, stipend) == NO_SEAT


def test_a_stipend_of_a_removed_member_cannot_be_approved(world: World) -> None:
    gathering, member, stipend = _asked(world)
    with scopes_disabled():
        Membership.objects.filter(network=world.alpha, user=member).update(
            status=MembershipStatus.REMOVED
        )

    assert _refused(world, gathering, stipend) == NO_SEAT


def test_the_manage_page_says_so_and_the_request_can_still_be_denied(world: World) -> None:
    gathering, member, stipend = _asked(world)
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=member, answer="no")
    steward = client_for(world.personas["steward"])
    url = f"/n/alpha/gatherings/{gathering.pk}/manage/"

    approve = steward.post(url, {"action": "stipend_approve", "stipend": stipend.pk}, follow=True)
    deny = steward.post(url, {"action": "stipend_deny", "stipend": stipend.pk}, follow=True)

    assert NO_SEAT[0] in approve.content.decode()
    assert "Stipend decision saved." in deny.content.decode()
    with scopes_disabled():
        assert StipendRequest.objects.get(pk=stipend.pk).status == "denied"


def test_a_member_still_coming_is_approved(world: World) -> None:
    gathering, _member, stipend = _asked(world)

    with scopes_disabled():
        stipend_decide(stipend=stipend, approve=True, actor=world.personas["steward"])
        gathering.refresh_from_db()

    assert gathering.stipend_committed == Decimal("180.50")


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("180.555", "Enter the amount in dollars and cents, like 180.50: at most two decimals."),
        ("1000000", "Enter an amount below $1,000,000.00."),
        ("1e3", "Enter the amount as a number, like 250 or 180.50."),
    ],
)
def test_a_bad_amount_gets_a_clear_message_and_nothing_is_stored(
    world: World, amount: str, message: str
) -> None:
    """Django's own words were "Ensure that there are no more than 2 decimal places" and
    "... 6 digits before the decimal point", and "1e3" was taken for 1000 and audited as
    "1E+3"."""
    gathering = GatheringFactory(network=world.alpha, stipend_budget=Decimal(500), parts=1)
    member = world.personas["member"]
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=member, answer="yes")

    response = client_for(member).post(
        f"/n/alpha/gatherings/{gathering.pk}/",
        {
            "action": "stipend",
            "stipend-amount": amount,
            "stipend-reason": "Bus fare",
            "stipend-no_institutional_support": "on",
        },
    )

    assert response.status_code == 200
    assert message in response.content.decode()
    with scopes_disabled():
        assert not StipendRequest.objects.filter(gathering=gathering).exists()


def test_no_stipend_request_once_the_rsvps_have_closed(world: World) -> None:
    """The page offers the form only while RSVPs are open; a request posted after the
    deadline (a page left open, a retried post) was stored all the same, for stewards to
    find among the ones they had already budgeted."""
    gathering, member, stipend = _asked(world)
    with scopes_disabled():
        Gathering.objects.filter(pk=gathering.pk).update(rsvp_deadline=stipend.requested_at)
        gathering.refresh_from_db()
        with pytest.raises(ValidationError) as error:
            stipend_request_submit(
                gathering=gathering,
                user=member,
                reason="Bus fare and a night",
                amount=Decimal("240"),
                no_institutional_support=True,
            )
        stipend.refresh_from_db()

    assert error.value.messages == [
        "Stipend requests closed with the RSVPs: ask a steward if you need one."
    ]
    assert (stipend.amount, stipend.reason) == (Decimal("180.50"), "Bus fare")
