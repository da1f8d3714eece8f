"""Set-ups shared by the tests of what a substitute reads and is told: a member of Alpha,
and a substitute (Sam Standin, sam@example.org) they named, approved by the steward."""

from __future__ import annotations

from django.core import mail
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Gathering, Substitution
from collaboratory.gatherings.services import (
    rsvp_submit,
    substitution_decide,
    substitution_request,
)
from collaboratory.people.models import User
from tests.conftest import World
from tests.factories import MembershipFactory


def member_rosa(world: World, full_name: str = "Rosa Delgado") -> User:
    return MembershipFactory(
        network=world.alpha, user__full_name=full_name, user__email="rosa@alpha.example"
    ).user


def approved(  # type: ignore[no-untyped-def]
    world: World, gathering: Gathering, member: User, captured
) -> tuple[Substitution, str]:
    """The member says yes, names Sam, and the steward approves (its mail sent: the outbox
    holds only the approval's). Returns the request and the pass's token."""
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=member, answer="yes", both_parts=True)
        substitution = substitution_request(
            gathering=gathering,
            member=member,
            name="Sam Standin",
            email="sam@example.org",
            reason="Travelling for work",
        )
        mail.outbox.clear()
        with captured(execute=True):
            token = substitution_decide(
                substitution=substitution, approve=True, actor=world.personas["steward"]
            )
    assert token is not None
    return substitution, token
