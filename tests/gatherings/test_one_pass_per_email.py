"""One person, one seat: two substitute passes of one gathering could name the same email
address (two members each sending "sam@"), so the same person held two seats, counted twice
against capacity and twice at the door. A second pass for an address that already holds
one is refused: at the member's request, beside the email field, and at the steward's
approval; a unique constraint on approved passes backs it. Naming a member who is already
coming was refused only at the approval: now at the request too."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.gatherings.models import DecisionStatus, Gathering, Substitution
from collaboratory.gatherings.services import (
    rsvp_submit,
    substitution_decide,
    substitution_request,
    substitution_revoke,
)
from collaboratory.people.models import User
from tests.conftest import World, client_for
from tests.factories import GatheringFactory, MembershipFactory


def _ask(gathering: Gathering, member: User, email: str, name: str = "Sam Standin") -> Substitution:
    with scopes_disabled():
        return substitution_request(
            gathering=gathering, member=member, name=name, email=email, reason="Away that week"
        )


def _approve(world: World, substitution: Substitution) -> None:
    with scopes_disabled():
        substitution_decide(
            substitution=substitution, approve=True, actor=world.personas["steward"]
        )


def _members(world: World, count: int) -> list[User]:
    return [
        MembershipFactory(network=world.alpha, user__full_name=f"Member {i}").user
        for i in range(count)
    ]


def _rows(gathering: Gathering) -> list[tuple[str, str]]:
    with scopes_disabled():
        return list(
            Substitution.objects.filter(gathering=gathering)
            .order_by("pk")
            .values_list("email", "status")
        )


def test_a_request_naming_an_address_that_holds_a_pass_is_refused_beside_the_email(
    world: World,
) -> None:
    gathering = GatheringFactory(network=world.alpha, capacity=10)
    rosa, tom = _members(world, 2)
    _approve(world, _ask(gathering, rosa, "sam@example.org"))

    with pytest.raises(ValidationError) as refused:
        _ask(gathering, tom, "SAM@Example.org", name="Samuel S.")

    assert refused.value.message_dict == {
        "sub_email": [
            "Sam Standin already holds a pass for this gathering under this email address, "
            "so a second pass would give one person two seats. Name someone else."
        ]
    }
    assert _rows(gathering) == [("sam@example.org", DecisionStatus.APPROVED)]


def test_the_gathering_page_says_it_beside_the_email_field_and_stores_nothing(
    world: World,
) -> None:
    gathering = GatheringFactory(network=world.alpha, capacity=10)
    (rosa,) = _members(world, 1)
    _approve(world, _ask(gathering, rosa, "sam@example.org"))
    member = world.personas["member"]

    page = (
        client_for(member)
        .post(
            f"/n/alpha/gatherings/{gathering.pk}/",
            {
                "action": "substitute",
                "sub_name": "Sam S.",
                "sub_email": "sam@example.org",
                "sub_reason": "Away",
            },
        )
        .content.decode()
    )

    field = page[page.index('id="id_sub_email"') :]
    field = field[: field.index("</div>")]
    assert "Sam Standin already holds a pass for this gathering" in field
    assert _rows(gathering) == [("sam@example.org", DecisionStatus.APPROVED)]


def test_a_request_naming_a_member_who_is_coming_is_refused_at_once(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha, capacity=10)
    olga = MembershipFactory(
        network=world.alpha, user__full_name="Olga Other", user__email="olga@example.org"
    ).user
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=olga, answer="yes", both_parts=True)

    with pytest.raises(ValidationError) as refused:
        _ask(gathering, world.personas["member"], "Olga@example.org", name="Olga")

    assert refused.value.message_dict == {
        "sub_email": [
            "Olga Other already holds a seat at this gathering with their own answer, so a "
            "pass would give them a second one. Name someone else."
        ]
    }
    assert _rows(gathering) == []


def test_the_second_of_two_waiting_requests_for_one_address_is_not_approved(
    world: World,
) -> None:
    """Both asked before either was approved: the steward's approval is where it is caught,
    and a refusal changes nothing (still waiting, no audit row, no pass mailed)."""
    gathering = GatheringFactory(network=world.alpha, capacity=10)
    rosa, tom = _members(world, 2)
    first = _ask(gathering, rosa, "sam@example.org")
    second = _ask(gathering, tom, "Sam@example.org", name="Sam S.")
    _approve(world, first)
    mail.outbox.clear()

    with pytest.raises(ValidationError) as refused:
        _approve(world, second)

    assert refused.value.messages == [
        "Sam Standin already holds a pass for this gathering under Sam@example.org (in place "
        "of Member 0), so this one would give them a second seat. Deny this request, or "
        "withdraw that pass first."
    ]
    assert _rows(gathering) == [
        ("sam@example.org", DecisionStatus.APPROVED),
        ("Sam@example.org", DecisionStatus.PENDING),
    ]
    with scopes_disabled():
        assert AuditEvent.objects.filter(action="substitution.approved").count() == 1
    assert mail.outbox == []


def test_a_withdrawn_pass_frees_the_address(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha, capacity=10)
    rosa, tom = _members(world, 2)
    first = _ask(gathering, rosa, "sam@example.org")
    _approve(world, first)
    with scopes_disabled():
        substitution_revoke(substitution=first, actor=world.personas["steward"])

    _approve(world, _ask(gathering, tom, "sam@example.org"))

    assert _rows(gathering) == [
        ("sam@example.org", DecisionStatus.REVOKED),
        ("sam@example.org", DecisionStatus.APPROVED),
    ]


def test_the_database_refuses_a_second_approved_pass_for_one_address(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha, capacity=10)
    rosa, tom = _members(world, 2)
    now = timezone.now()
    with scopes_disabled():
        Substitution.objects.create(
            network=world.alpha,
            gathering=gathering,
            member=rosa,
            name="Sam",
            email="sam@example.org",
            reason="Away",
            status=DecisionStatus.APPROVED,
            requested_at=now,
        )
        with pytest.raises(IntegrityError), transaction.atomic():
            Substitution.objects.create(
                network=world.alpha,
                gathering=gathering,
                member=tom,
                name="Sam",
                email="SAM@example.org",
                reason="Away",
                status=DecisionStatus.APPROVED,
                requested_at=now + timedelta(seconds=1),
            )
