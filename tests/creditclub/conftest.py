"""A network with a past gathering (attended by the member) and an upcoming one whose call is
open: the ground every Credit Club test stands on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.creditclub.models import Proposal
from collaboratory.creditclub.services import (
    AskInput,
    proposal_save,
    proposal_stage_decision,
    proposal_submit,
    proposals_announce,
)
from collaboratory.gatherings.models import Attendance, Gathering, GatheringFormat
from collaboratory.gatherings.services import attendance_bulk_record, gathering_create
from collaboratory.networks.models import Network
from collaboratory.people.models import User
from tests.conftest import World
from tests.factories import MembershipFactory

COMPLETE = {
    "title": "Tulsa Tool Library",
    "what": "A lending library of tools for home repair",
    "who_it_serves": "Renters and older homeowners in north Tulsa",
    "problem": "Repairs are postponed because tools cost too much",
    "where": "North Tulsa",
    "timeframe": "ongoing",
    "phase": "launched",
    "asks_timeline": "We need the space before the spring repair season",
}
ASKS = [
    AskInput("space", "institutional", "A storefront open on Saturdays", "Saturdays, 6 months"),
    AskInput("volunteers", "institutional", "Volunteers to staff the counter", "40 hours"),
]


def make_gathering(network: Network, title: str, starts_at: datetime) -> Gathering:
    return gathering_create(
        network=network,
        title=title,
        format=GatheringFormat.VIRTUAL,
        parts=[("Call", starts_at, starts_at + timedelta(hours=2))],
    )


@dataclass
class Club:
    network: Network
    past: Gathering
    upcoming: Gathering
    later: Gathering
    member: User
    steward: User

    def attended(self, user: User) -> None:
        with scopes_disabled():
            attendance_bulk_record(
                network=self.network,
                entries=[(self.past.parts.get().pk, user.pk)],
                source=Attendance.Source.HISTORY,
            )

    def new_member(self, name: str, *, attended: bool = True) -> User:
        with scopes_disabled():
            user = MembershipFactory(network=self.network, user__full_name=name).user
        if attended:
            self.attended(user)
        return user

    def proposal(self, user: User | None = None, *, submit: bool = True, **fields: Any) -> Proposal:
        with scopes_disabled():
            proposal = proposal_save(
                gathering=self.upcoming,
                proposer=user or self.member,
                fields={**COMPLETE, **fields},
                asks=ASKS,
            )
            if submit:
                proposal_submit(proposal=proposal, actor=user or self.member)
        return proposal

    def three_announced(self) -> list[Proposal]:
        """Presenters "A", "B" and "C", selected and announced: a run of show of three."""
        proposals = [self.proposal(self.new_member(name), title=name) for name in "ABC"]
        with scopes_disabled():
            for proposal in proposals:
                proposal_stage_decision(proposal=proposal, decision="selected", actor=self.steward)
            proposals_announce(gathering=self.upcoming, actor=self.steward, early=True)
        return proposals


@pytest.fixture
def club(world: World) -> Club:
    return make_club(world)


def make_club(world: World) -> Club:
    now = timezone.now()
    member, steward = world.personas["member"], world.personas["steward"]
    assert member is not None
    assert steward is not None
    with scopes_disabled():
        past = make_gathering(world.alpha, "Spring Gathering", now - timedelta(days=120))
        upcoming = make_gathering(world.alpha, "Fall Gathering", now + timedelta(days=60))
        later = make_gathering(world.alpha, "Winter Gathering", now + timedelta(days=150))
    result = Club(world.alpha, past, upcoming, later, member, steward)
    result.attended(member)
    return result
