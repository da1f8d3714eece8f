"""A substitute request is no way to learn whose a minor's address is. The request refused
an address whose account had said yes, naming that person ("Sam Youth already holds a seat
at this gathering..."), so an adult of the host network who typed a youth guest's address
learned which student it belonged to, and that they were coming: a minor's contact details
reach no adult (safeguards.md), and the roster and invitations searches find no minor's
address for the same reason. A minor's account address is refused as a substitute in one
wording that names no one, whether or not they are coming (a pass would also bring a
student into an adult network's gathering in an adult's place, past their cohort and their
guardian's consent), and nothing is written."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Gathering, Substitution
from collaboratory.gatherings.services import (
    rsvp_submit,
    substitution_decide,
    substitution_request,
)
from collaboratory.people.models import User
from tests.conftest import World
from tests.factories import GatheringFactory, MembershipFactory

YOUTH_ADDRESS = "youth@alpha.example"
REFUSAL = (
    "This address cannot be named as a substitute for this gathering. Ask a steward if you "
    "need help."
)


def _youth(world: World) -> User:
    user = world.personas["youth_member"]
    assert user is not None
    assert user.email == YOUTH_ADDRESS
    return user


def _ask(gathering: Gathering, member: User, email: str) -> Substitution:
    with scopes_disabled():
        return substitution_request(
            gathering=gathering,
            member=member,
            name="Someone Else",
            email=email,
            reason="Away that week",
        )


def _requests(gathering: Gathering) -> int:
    with scopes_disabled():
        return Substitution.objects.filter(gathering=gathering).count()


def test_a_youth_guests_address_is_refused_without_naming_them(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha, youth_take_part=True, parts=1)
    youth = _youth(world)
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=youth, answer="yes")
    adult = MembershipFactory(network=world.alpha, user__full_name="Adam Adult").user

    with pytest.raises(ValidationError) as refused:
        _ask(gathering, adult, "Youth@Alpha.example")

    assert refused.value.message_dict == {"sub_email": [REFUSAL]}
    assert youth.full_name not in str(refused.value)
    assert _requests(gathering) == 0


def test_a_minors_address_is_refused_the_same_when_they_are_not_coming(world: World) -> None:
    """The same words whether or not the student said yes: no answer tells one from the
    other."""
    gathering = GatheringFactory(network=world.alpha, youth_take_part=True, parts=1)
    adult = MembershipFactory(network=world.alpha).user

    with pytest.raises(ValidationError) as refused:
        _ask(gathering, adult, YOUTH_ADDRESS)

    assert refused.value.message_dict == {"sub_email": [REFUSAL]}
    assert _requests(gathering) == 0


def test_a_request_naming_a_minor_made_before_is_not_approved(world: World) -> None:
    """A request stored before the refusal existed: the steward's approval refuses it in
    the same words, issuing no pass, instead of naming the student beside the address."""
    gathering = GatheringFactory(network=world.alpha, youth_take_part=True, parts=1)
    youth = _youth(world)
    adult = MembershipFactory(network=world.alpha).user
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=adult, answer="yes")
        rsvp_submit(gathering=gathering, user=youth, answer="yes")
        stored = Substitution.objects.create(
            network=world.alpha,
            gathering=gathering,
            member=adult,
            name="Someone Else",
            email=YOUTH_ADDRESS,
            reason="Away that week",
            requested_at=timezone.now(),
        )

        with pytest.raises(ValidationError) as refused:
            substitution_decide(substitution=stored, approve=True, actor=world.personas["steward"])

        stored.refresh_from_db()
    assert refused.value.messages == [
        "This address cannot be named as a substitute for this gathering: deny this request."
    ]
    assert youth.full_name not in str(refused.value)
    assert (stored.status, stored.pass_digest) == ("pending", "")


def test_an_adults_address_is_still_told_by_name(world: World) -> None:
    """Adults are unchanged: a member already coming is named, as before."""
    gathering = GatheringFactory(network=world.alpha, parts=1)
    coming = MembershipFactory(
        network=world.alpha, user__full_name="Carla Coming", user__email="carla@alpha.example"
    ).user
    adult = MembershipFactory(network=world.alpha).user
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=coming, answer="yes")

    with pytest.raises(ValidationError) as refused:
        _ask(gathering, adult, "carla@alpha.example")

    assert "Carla Coming already holds a seat" in str(refused.value)
