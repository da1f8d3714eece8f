"""A room: the member persona presents a selected proposal in Alpha with one ask; Dana, an
adult member checked in to the gathering, and a facilitator are in the room. The youth
cohort has a selected proposal too, for the youth member's commitments."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.commitments.models import Commitment
from collaboratory.commitments.services import commitment_create
from collaboratory.creditclub.models import Ask, Proposal
from collaboratory.gatherings.models import Attendance
from collaboratory.gatherings.services import attendance_bulk_record
from collaboratory.networks.models import Role
from collaboratory.people.models import User
from tests.authz.objects import proposal_pk
from tests.conftest import World
from tests.factories import MembershipFactory

FIRM = "I will introduce you to 3 funders by March 1"


def next_month() -> date:
    return timezone.localdate() + timedelta(days=30)


@dataclass
class Room:
    world: World
    proposal: Proposal
    ask: Ask
    presenter: User
    dana: User
    facilitator: User
    steward: User

    def commit(self, **overrides: Any) -> Commitment:
        arguments: dict[str, Any] = {
            "proposal": self.proposal,
            "ask": self.ask,
            "committer": self.dana,
            "entered_by": self.dana,
            "what": FIRM,
            "capital": "social",
            "amount": "3",
            "unit": "introductions",
            "due_on": next_month(),
            "idempotency_key": uuid.uuid4(),
        }
        arguments.update(overrides)
        with scopes_disabled():
            return commitment_create(**arguments)

    def phone_body(self, key: str) -> dict[str, Any]:
        """Dana's commitment as the phone view posts it (JSON), with this idempotency key."""
        return {
            "proposal": self.proposal.pk,
            "ask": self.ask.pk,
            "capital": "social",
            "what": FIRM,
            "amount": "3",
            "unit": "introductions",
            "due_on": next_month().isoformat(),
            "idempotency_key": key,
        }


@pytest.fixture
def room(world: World) -> Room:
    with scopes_disabled():
        proposal = Proposal.objects.get(pk=proposal_pk(world, "alpha"))
        dana = MembershipFactory(
            network=world.alpha, user__full_name="Dana Doe", user__email="dana@private.example"
        ).user
        facilitator = MembershipFactory(
            network=world.alpha, role=Role.FACILITATOR, user__full_name="Fay Facilitator"
        ).user
        ask = proposal.asks.get()
        # Dana is checked in: only people in the room commit from their own phone.
        attendance_bulk_record(
            network=world.alpha,
            entries=[(proposal.gathering.parts.get().pk, dana.pk)],
            source=Attendance.Source.DOOR_LIST,
        )
    assert world.personas["member"] is not None
    assert world.personas["steward"] is not None
    return Room(
        world=world,
        proposal=proposal,
        ask=ask,
        presenter=world.personas["member"],
        dana=dana,
        facilitator=facilitator,
        steward=world.personas["steward"],
    )
