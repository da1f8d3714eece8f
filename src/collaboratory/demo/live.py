"""Demo data for the live room: a gathering held today, with three presenters on the run of
show, the demo member and a room of others checked in, and a few commitments already made,
so the facilitator console, the projection board and the phone view have something to show
the moment the demo starts. The steward starts the first presentation from the console."""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from collaboratory.commitments.services import commitment_create
from collaboratory.creditclub.models import Ask, ProposalState
from collaboratory.creditclub.services import proposal_history_bulk_create
from collaboratory.demo.creditclub import _proposal
from collaboratory.demo.unsent import unsent_mail
from collaboratory.gatherings.models import Attendance, Gathering, GatheringFormat
from collaboratory.gatherings.services import (
    attendance_bulk_record,
    gathering_create,
    rsvp_submit,
)
from collaboratory.networks.models import ADMITTED_STATUSES, Membership, Network
from collaboratory.people.models import User

LIVE_TITLE = "Rotating Credit Club today (live demo)"
ROOM_SIZE = 30
PRESENTERS = 3
# (capital, what, amount, unit): firm offers a room typically makes.
OFFERS = (
    (
        "social",
        "I will introduce you to 3 funders in our region by next month",
        "3",
        "introductions",
    ),
    ("institutional", "Our hall for your Saturday sessions, 40 people, next month", "40", "people"),
    ("intellectual", "I will review your budget with you for 2 hours within 3 weeks", "2", "hours"),
)


def rsvps_before_the_day(*, gathering: Gathering, user_ids: Sequence[int], anchor: date) -> None:
    """A "yes" from each of these people, the afternoon before the demo's day (the demo is
    built at any hour of it), through the RSVP service, as they would have answered. A
    youth member's "yes" emails their guardians: not while seeding (`unsent_mail`)."""
    zone = ZoneInfo(gathering.network.time_zone)
    answered = datetime.combine(anchor - timedelta(days=1), time(13), zone)
    with unsent_mail():
        for user in User.objects.filter(pk__in=user_ids).order_by("pk"):
            rsvp_submit(gathering=gathering, user=user, answer="yes", both_parts=True, now=answered)


def seed_live_room(
    *,
    rng: random.Random,
    network: Network,
    users: Sequence[User],
    steward: User,
    member_user_id: int,
    anchor: date,
) -> Gathering:
    """The gathering of the day, all day long in the network's time zone (so check-in is
    open whenever the demo is opened)."""
    zone = ZoneInfo(network.time_zone)
    starts = datetime.combine(anchor, time(0, 0), zone)
    gathering = gathering_create(
        network=network,
        title=LIVE_TITLE,
        format=GatheringFormat.IN_PERSON,
        parts=[("Meeting", starts, starts + timedelta(hours=23, minutes=59))],
        city="Tulsa",
        # The youth cohort takes part (demo/youth.py): its members open it as guests.
        youth_take_part=True,
    )
    admitted = set(
        Membership.objects.filter(network=network, status__in=ADMITTED_STATUSES).values_list(
            "user_id", flat=True
        )
    )
    others = [u for u in users if u.pk in admitted and u.pk not in (steward.pk, member_user_id)]
    room = rng.sample(others, k=min(ROOM_SIZE, len(others)))
    presenters, audience = room[:PRESENTERS], room[PRESENTERS:]
    rows = []
    for position, presenter in enumerate(presenters, start=1):
        proposal, inputs = _proposal(rng, network, gathering, presenter.pk, ProposalState.SELECTED)
        proposal.run_position = position
        proposal.pack_acknowledged_at = proposal.announced_at
        rows.append((proposal, inputs))
    proposals = proposal_history_bulk_create(network=network, rows=rows)
    part = gathering.parts.get()
    came = [u.pk for u in [*room, steward]] + [member_user_id]
    # People answer yes before they come: checked in without an RSVP, the gathering list
    # read "0 coming" beside a full room.
    rsvps_before_the_day(gathering=gathering, user_ids=came, anchor=anchor)
    attendance_bulk_record(
        network=network,
        entries=[(part.pk, u) for u in came],
        source=Attendance.Source.DOOR_LIST,
    )
    first = proposals[0]
    asks: list[Ask | None] = [*first.asks.all(), None]
    for committer, (capital, what, amount, unit) in zip(audience, OFFERS, strict=False):
        commitment_create(
            proposal=first,
            ask=rng.choice(asks),
            committer=committer,
            entered_by=committer,
            what=what,
            capital=capital,
            amount=amount,
            unit=unit,
            due_on=anchor + timedelta(days=30),
            idempotency_key=uuid.UUID(int=rng.getrandbits(128), version=4),
            now=datetime.combine(anchor, time(0, 5), zone),
        )
    return gathering
