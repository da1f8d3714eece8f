"""Demo history of the local networks: a gathering each season for the last three seasons,
most members in the room, two projects presented at each (by members who had not presented
there before) and the commitments the room made to them (most kept). Without it the
national roll-up read 0 active members, no kept commitments and no bridging for every local
network; with one season only, the 32 help ties a sector or region had left 7 or 8 within,
below k, and the national view hid the ties crossing with them. Written through the same
history services as the national network's past, from its own random stream."""

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
# Past gatherings per local network, a season apart (the oldest after the members joined:
# generator.LOCAL_JOINED_DAYS_AGO). Three give the three networks about 100 help ties
# together, of which 16 to 24 per attribute stay within a sector, region or generation:
# the national ties crossing and within each reach k, so the national view shows them
# (national.selectors._bridge_totals). One gave 32 ties, 7 or 8 within: both hidden.
SEASONS = 3
SEASON_DAYS = 91
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
    """Past gatherings per local network (`SEASONS`, the oldest first) with attendance,
    projects and commitments; returns how many commitments were written."""
    written = 0
    for index, network in enumerate(networks):
        members = list(
            Membership.objects.filter(network=network, status__in=ADMITTED_STATUSES)
            .order_by("pk")
            .values_list("user_id", flat=True)
        )
        if len(members) < PRESENTED + 2:
            continue
        presented: set[int] = set()
        for season in reversed(range(SEASONS)):
            held = anchor - timedelta(days=HELD_DAYS_AGO + SEASON_DAYS * season + 7 * index)
            written += _gathering(rng, network, members, presented, held, anchor)
    return written


def _gathering(
    rng: random.Random,
    network: Network,
    members: list[int],
    presented: set[int],
    held: date,
    anchor: date,
) -> int:
    """One local gathering held on `held`: who came, two projects from members who have not
    presented here yet (`presented`, updated), and the room's commitments to them."""
    zone = ZoneInfo(network.time_zone)
    starts = datetime.combine(held, time(17, 30), tzinfo=zone)
    gathering = gathering_create(
        network=network,
        # By month: two gatherings a season apart can fall in one calendar quarter, and
        # "Summer 2026 gathering" twice read as a mistake.
        title=f"{held:%B %Y} gathering",
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
    # Someone who presented before comes back only when too few others are in the room.
    fresh = [u for u in room if u not in presented]
    candidates = fresh if len(fresh) >= PRESENTED else room
    presenters = rng.sample(candidates, k=min(PRESENTED, len(room) - 1))
    presented.update(presenters)
    proposals = proposal_history_bulk_create(
        network=network,
        rows=[_proposal(rng, network, gathering, u, ProposalState.PRESENTED) for u in presenters],
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
    return len(commitments)
