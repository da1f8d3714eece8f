"""Demo data for youth guests (issue 14): today's live room is a gathering youth take part
in, so the demo youth member (youth@example.org, of the Youth Collaboratory under the
national network) opens it as a guest. A Power Project presented by that youth member is on
the run of show with commitments from adults in the room; the youth member has committed an
introduction to an adult presenter, and money that waits for their guardian's approval.

It draws from its own random stream, so the rest of the demo is what it was without it."""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from collaboratory.commitments.services import commitment_create
from collaboratory.creditclub.models import PowerStage, Proposal, ProposalState
from collaboratory.creditclub.services import AskInput, proposal_history_bulk_create
from collaboratory.gatherings.models import Attendance, Gathering
from collaboratory.gatherings.services import attendance_bulk_record
from collaboratory.networks.models import Network
from collaboratory.people.models import User

POWER_PROJECT_TITLE = "Register Every Senior: a student-run voter registration drive"
# Adults' offers to the Power Project: (capital, what, amount, unit).
ADULT_OFFERS = (
    ("intellectual", "I will coach your team on a 1-page pitch for 2 hours within 3 weeks", "2"),
    ("social", "I will introduce you to 2 county election officials by next month", "2"),
    ("institutional", "Our library's meeting room for 3 Saturday trainings next month", "3"),
)
ADULT_UNITS = ("hours", "introductions", "other")


def seed_youth_guests(
    *,
    network: Network,
    gathering: Gathering,
    youth_user_id: int,
    steward: User,
    anchor: date,
) -> Proposal:
    """The youth member's Power Project on today's run of show (after the adults'), the
    youth member checked in, three adults' commitments to it, and the youth member's two
    commitments (an introduction, and $25 awaiting the guardian). Returns the project."""
    rng = random.Random(f"youth guests {anchor.isoformat()}")
    zone = ZoneInfo(network.time_zone)
    now = datetime.combine(anchor, time(0, 10), zone)
    youth = User.objects.get(pk=youth_user_id)
    presenters = list(
        Proposal.objects.filter(network=network, gathering=gathering).order_by("run_position")
    )
    proposal = Proposal(
        network=network,
        gathering=gathering,
        proposer=youth,
        state=ProposalState.SELECTED,
        title=POWER_PROJECT_TITLE,
        what="Students register classmates who turn 18 before the election, school by school.",
        who_it_serves="High-school seniors in three districts and their families",
        problem="Fewer than half of eligible seniors are registered when they graduate.",
        where="Tulsa",
        timeframe="ongoing",
        phase="planning",
        asks_timeline="Training first, then the drive in the spring semester.",
        submitted_at=now - timedelta(days=30),
        announced_at=now - timedelta(days=16),
        run_position=len(presenters) + 1,
        power_stage=PowerStage.IDEA,
        power_stage_at=now - timedelta(days=30),
    )
    asks = [
        AskInput("expertise", "intellectual", "Coaching on a short pitch to principals", ""),
        AskInput("intro_people", "social", "Introductions to county election officials", "2"),
        AskInput("space", "institutional", "A room for volunteer trainings", "3 Saturdays"),
    ]
    (project,) = proposal_history_bulk_create(network=network, rows=[(proposal, asks)])
    part = gathering.parts.get()
    attendance_bulk_record(
        network=network, entries=[(part.pk, youth.pk)], source=Attendance.Source.DOOR_LIST
    )
    in_room = list(
        Attendance.objects.filter(network=network, part=part)
        .exclude(user_id__in=[youth.pk, steward.pk, *(p.proposer_id for p in presenters)])
        .order_by("user_id")
        .values_list("user_id", flat=True)
    )
    adults = User.objects.filter(pk__in=rng.sample(in_room, k=len(ADULT_OFFERS))).order_by("pk")
    project_asks = list(project.asks.order_by("position"))

    def commit(committer: User, to: Proposal, capital: str, what: str, **more: object) -> None:
        commitment_create(
            proposal=to,
            committer=committer,
            entered_by=committer,
            what=what,
            capital=capital,
            due_on=anchor + timedelta(days=30),
            idempotency_key=uuid.UUID(int=rng.getrandbits(128), version=4),
            now=now,
            **more,  # type: ignore[arg-type]
        )

    for adult, ask, (capital, what, amount), unit in zip(
        adults, project_asks, ADULT_OFFERS, ADULT_UNITS, strict=True
    ):
        commit(adult, project, capital, what, ask=ask, amount=amount, unit=unit)
    if presenters:
        commit(
            youth,
            presenters[0],
            "social",
            "I will introduce you to 2 student council presidents by next month",
            ask=None,
            amount="2",
            unit="introductions",
        )
        # A minor's money: stored as awaiting, on no board until the guardian approves.
        commit(
            youth,
            presenters[0],
            "financial",
            "I will give $25 from our club's bake sale by next month",
            ask=None,
            amount="25",
            unit="dollars",
        )
    return project
