"""Demo history of the local networks: a gathering held this season with most members in the
room, two projects presented there and the commitments the room made to them (most kept).
Without it the national roll-up read 0 active members, no kept commitments and no bridging
for every local network. Written through the same history services as the national
network's past, from its own random stream."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from collaboratory.commitments import lifecycle
from collaboratory.commitments.models import Commitment
from collaboratory.creditclub.models import Ask, ProposalState
from collaboratory.creditclub.services import proposal_history_bulk_create
from collaboratory.demo.creditclub import _proposal
from collaboratory.demo.followthrough import room_commitment
from collaboratory.followthrough.models import CommitmentActivity
from collaboratory.followthrough.services import commitment_history_bulk_create
from collaboratory.gatherings.models import Attendance, GatheringFormat
from collaboratory.gatherings.services import attendance_bulk_record, gathering_create
from collaboratory.networks.models import ADMITTED_STATUSES, Membership, Network

HELD_DAYS_AGO = 45  # this season: active this year, commitments kept since
PRESENTED = 2
TURNOUT = 0.8
COMMITMENTS = (5, 8)  # per project
# Mostly kept: a local room is small and its members see each other between gatherings.
LOCAL_OUTCOMES = (
    lifecycle.KEPT,
    lifecycle.KEPT,
    lifecycle.KEPT,
    lifecycle.PARTLY_KEPT,
    lifecycle.IN_PROGRESS,
    lifecycle.RELEASED,
)


def seed_local_history(*, rng: random.Random, networks: Sequence[Network], anchor: date) -> int:
    """A past gathering per local network with attendance, projects and commitments;
    returns how many commitments were written."""
    written = 0
    for index, network in enumerate(networks):
        members = list(
            Membership.objects.filter(network=network, status__in=ADMITTED_STATUSES)
            .order_by("pk")
            .values_list("user_id", flat=True)
        )
        if len(members) < PRESENTED + 2:
            continue
        zone = ZoneInfo(network.time_zone)
        held = anchor - timedelta(days=HELD_DAYS_AGO + 7 * index)
        season = ("Winter", "Spring", "Summer", "Fall")[(held.month - 1) // 3]
        starts = datetime.combine(held, time(17, 30), tzinfo=zone)
        gathering = gathering_create(
            network=network,
            title=f"{season} {held.year} gathering",
            format=GatheringFormat.IN_PERSON,
            parts=[("Meeting", starts, starts + timedelta(hours=3))],
        )
        part = gathering.parts.get()
        room = [u for u in members if rng.random() < TURNOUT] or members
        attendance_bulk_record(
            network=network,
            entries=[(part.pk, u) for u in room],
            source=Attendance.Source.HISTORY,
        )
        presenters = rng.sample(room, k=min(PRESENTED, len(room) - 1))
        proposals = proposal_history_bulk_create(
            network=network,
            rows=[
                _proposal(rng, network, gathering, u, ProposalState.PRESENTED) for u in presenters
            ],
        )
        commitments: list[Commitment] = []
        activity: list[CommitmentActivity] = []
        for proposal in proposals:
            asks: list[Ask] = list(proposal.asks.order_by("position"))
            others = [u for u in room if u != proposal.proposer_id]
            for committer in rng.sample(others, k=min(len(others), rng.randint(*COMMITMENTS))):
                room_commitment(
                    rng,
                    network,
                    proposal,
                    rng.choice(asks) if asks else None,
                    committer,
                    (held, anchor, zone),
                    (commitments, activity),
                    outcome=rng.choice(LOCAL_OUTCOMES),
                )
        commitment_history_bulk_create(network=network, commitments=commitments, activity=activity)
        written += len(commitments)
    return written
