"""An approved travel stipend pays for a trip to a seat. Once its member no longer holds one
(they said no or maybe, sent a substitute, were removed, deleted their account) the
approval goes back to the budget: the request reads "Released", the steward's remaining
budget grows by its amount, and it happens once however often the change arrives."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.gatherings.models import Gathering, StipendRequest
from collaboratory.gatherings.services import (
    rsvp_submit,
    stipend_decide,
    stipend_request_submit,
    substitution_decide,
    substitution_request,
)
from collaboratory.networks.models import Membership
from collaboratory.people.models import User
from tests.conftest import World, client_for
from tests.factories import GatheringFactory, MembershipFactory
from tests.races import second_after_first_reads

HOST = "127.0.0.1"


def _approved(world: World, amount: str = "180.50") -> tuple[Gathering, User, StipendRequest]:
    gathering = GatheringFactory(network=world.alpha, stipend_budget=Decimal(500), parts=1)
    member = MembershipFactory(network=world.alpha, user__full_name="Tess Traveller").user
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=member, answer="yes")
        stipend = stipend_request_submit(
            gathering=gathering,
            user=member,
            reason="Bus fare",
            amount=Decimal(amount),
            no_institutional_support=True,
        )
        stipend_decide(stipend=stipend, approve=True, actor=world.personas["steward"])
        gathering.refresh_from_db()
    assert gathering.stipend_committed == Decimal(amount)
    return gathering, member, stipend


def _state(gathering: Gathering, stipend: StipendRequest) -> tuple[Decimal, str]:
    with scopes_disabled():
        gathering.refresh_from_db()
        stipend.refresh_from_db()
    return gathering.stipend_committed, stipend.status


def _releases(stipend: StipendRequest) -> int:
    return AuditEvent.objects.filter(action="stipend.released", target_id=str(stipend.pk)).count()


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize("answer", ["no", "maybe"])
def test_a_member_who_gives_up_the_seat_releases_the_approved_stipend_once(
    world: World, answer: str
) -> None:
    """The approval stayed counted: the steward saw $180.50 spent on nobody's trip and could
    not approve the next request that fit the budget."""
    gathering, member, stipend = _approved(world)

    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=member, answer=answer)
        rsvp_submit(gathering=gathering, user=member, answer=answer)  # a double tap

    assert _state(gathering, stipend) == (Decimal(0), "released")
    assert _releases(stipend) == 1


@pytest.mark.django_db(transaction=True)
def test_the_same_no_sent_twice_at_once_releases_once(world: World) -> None:
    """Two taps reaching two processes: the second waits for the first's lock and finds
    nothing left to release, so the budget is not credited twice."""
    gathering, member, stipend = _approved(world)

    def no() -> None:
        with scopes_disabled():
            rsvp_submit(gathering=gathering, user=member, answer="no")

    second_after_first_reads(no, no, reads=lambda sql: 'FROM "gatherings_rsvp"' in sql)

    assert _state(gathering, stipend) == (Decimal(0), "released")
    assert _releases(stipend) == 1


def test_a_substitute_s_approval_releases_the_member_s_stipend(world: World) -> None:
    gathering, member, stipend = _approved(world)
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

    assert _state(gathering, stipend) == (Decimal(0), "released")


def test_a_removed_member_s_stipend_is_released(world: World) -> None:
    gathering, member, stipend = _approved(world)
    with scopes_disabled():
        membership = Membership.objects.get(network=world.alpha, user=member)
    steward = client_for(world.personas["steward"])
    for _twice in range(2):
        steward.post(
            f"/n/alpha/roster/{membership.pk}/status/",
            {"status": "removed", "note": "Steward's decision", "confirm": "yes"},
            HTTP_HOST=HOST,
        )

    assert _state(gathering, stipend) == (Decimal(0), "released")
    assert _releases(stipend) == 1


def test_a_deleted_account_s_stipend_goes_back_to_the_budget(world: World) -> None:
    """The request left with the account (a cascade) and its amount stayed committed."""
    gathering, member, _stipend = _approved(world)
    response = client_for(member).post("/me/data/", {"confirm_email": member.email})
    assert response.status_code == 302

    with scopes_disabled():
        gathering.refresh_from_db()
    assert gathering.stipend_committed == Decimal(0)


def test_the_steward_sees_the_release_and_can_approve_the_next_request(world: World) -> None:
    gathering, member, _stipend = _approved(world, amount="400")
    other = MembershipFactory(network=world.alpha, user__full_name="Otto Other").user
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=other, answer="yes")
        second = stipend_request_submit(
            gathering=gathering,
            user=other,
            reason="Train fare",
            amount=Decimal(300),
            no_institutional_support=True,
        )
        rsvp_submit(gathering=gathering, user=member, answer="no")
        stipend_decide(stipend=second, approve=True, actor=world.personas["steward"])

    page = _text(
        client_for(world.personas["steward"])
        .get(f"/n/alpha/gatherings/{gathering.pk}/manage/")
        .content.decode()
    )

    assert "Released: no longer coming" in page
    assert "approved $300.00; remaining $200.00" in page
    assert _state(gathering, second) == (Decimal(300), "approved")


def test_a_member_who_comes_after_all_asks_again(world: World) -> None:
    """A released request is not a decision on the new trip: it can be asked for again,
    and waits for a steward like a new one."""
    gathering, member, stipend = _approved(world)
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=member, answer="no")
        rsvp_submit(gathering=gathering, user=member, answer="yes")
    page = _text(client_for(member).get(f"/n/alpha/gatherings/{gathering.pk}/").content.decode())
    assert "You asked for $180.50: Released: no longer coming." in page
    assert "Ask for a stipend" in page

    with scopes_disabled():
        stipend_request_submit(
            gathering=gathering,
            user=member,
            reason="Bus fare again",
            amount=Decimal(150),
            no_institutional_support=True,
        )

    assert _state(gathering, stipend) == (Decimal(0), "pending")
