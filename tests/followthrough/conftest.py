"""A presented project with commitments to follow: the member persona presented a project in
Alpha; Dana (an adult member) commits to it; the steward persona looks after the network."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.commitments.models import Commitment
from collaboratory.commitments.services import commitment_create
from collaboratory.creditclub.models import Ask, Proposal, ProposalState
from collaboratory.followthrough.services import commitment_transition
from collaboratory.people.models import User
from tests.authz.objects import proposal_pk
from tests.conftest import World
from tests.factories import MembershipFactory

FIRM = "I will introduce you to 3 funders by March 1"


@dataclass
class Project:
    world: World
    proposal: Proposal
    ask: Ask
    presenter: User
    dana: User
    steward: User

    def commit(self, committer: User | None = None, **overrides: Any) -> Commitment:
        person = committer or self.dana
        arguments: dict[str, Any] = {
            "proposal": self.proposal,
            "ask": self.ask,
            "committer": person,
            "entered_by": person,
            "what": FIRM,
            "capital": "social",
            "amount": "3",
            "unit": "introductions",
            "due_on": timezone.localdate() + timedelta(days=30),
            "idempotency_key": uuid.uuid4(),
        }
        arguments.update(overrides)
        with scopes_disabled():
            return commitment_create(**arguments)

    def move(self, commitment: Commitment, actor: User | None, to: str, **kw: Any) -> Commitment:
        with scopes_disabled():
            return commitment_transition(commitment=commitment, actor=actor, to=to, **kw)

    def refresh(self, commitment: Commitment) -> Commitment:
        with scopes_disabled():
            return Commitment.objects.get(pk=commitment.pk)


def make_project(world: World) -> Project:
    with scopes_disabled():
        proposal = Proposal.objects.get(pk=proposal_pk(world, "alpha"))
        Proposal.objects.filter(pk=proposal.pk).update(state=ProposalState.PRESENTED)
        proposal.refresh_from_db()
        dana = MembershipFactory(
            network=world.alpha, user__full_name="Dana Doe", user__email="dana@private.example"
        ).user
        ask = proposal.asks.get()
    presenter, steward = world.personas["member"], world.personas["steward"]
    assert presenter is not None
    assert steward is not None
    return Project(world, proposal, ask, presenter, dana, steward)


@pytest.fixture
def project(world: World) -> Project:
    return make_project(world)


def at(day: date, hour: int = 12) -> datetime:
    return timezone.make_aware(datetime.combine(day, datetime.min.time()).replace(hour=hour))
