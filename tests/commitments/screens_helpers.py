"""Helpers for the live room's screen tests: a second presenter in the room, people checked
in, commitments made quickly."""

from __future__ import annotations

from datetime import timedelta

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
from collaboratory.gatherings.models import Attendance, GatheringFormat
from collaboratory.gatherings.services import attendance_bulk_record, gathering_create
from collaboratory.people.models import User
from tests.commitments.conftest import Room
from tests.factories import MembershipFactory


def check_in(room: Room, user: User) -> None:
    with scopes_disabled():
        part = room.proposal.gathering.parts.get()
        attendance_bulk_record(
            network=room.world.alpha,
            entries=[(part.pk, user.pk)],
            source=Attendance.Source.DOOR_LIST,
        )


def second_presenter(room: Room, name: str = "Pat Presenter") -> Proposal:
    """Another selected proposal in the same gathering, with two asks."""
    network = room.world.alpha
    gathering = room.proposal.gathering
    with scopes_disabled():
        proposer = MembershipFactory(network=network, user__full_name=name).user
        now = timezone.now()
        past = gathering_create(
            network=network,
            title="An earlier gathering",
            format=GatheringFormat.VIRTUAL,
            parts=[("Call", now - timedelta(days=60), now - timedelta(days=60, hours=-2))],
        )
        attendance_bulk_record(
            network=network,
            entries=[(past.parts.get().pk, proposer.pk)],
            source=Attendance.Source.HISTORY,
        )
        proposal = proposal_save(
            gathering=gathering,
            proposer=proposer,
            fields={
                "title": "Neighborhood food pantry",
                "what": "A pantry",
                "who_it_serves": "Families",
                "problem": "Hunger",
                "where": "Tulsa",
                "timeframe": "ongoing",
                "phase": "launched",
                "asks_timeline": "Volunteers by June",
            },
            asks=[
                AskInput("volunteers", "institutional", "Ten volunteers for Saturdays"),
                AskInput("funding", "financial", "Money for shelves"),
            ],
        )
        proposal_submit(proposal=proposal, actor=proposer)
        proposal_stage_decision(proposal=proposal, decision="selected", actor=room.steward)
        proposals_announce(gathering=gathering, actor=room.steward, early=True)
        proposal.refresh_from_db()
    return proposal
