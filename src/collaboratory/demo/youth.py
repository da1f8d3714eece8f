"""Demo data for youth guests (issue 14): today's live room is a gathering youth take part
in, so the demo youth member (youth@example.org, of the Youth Collaboratory under the
national network) opens it as a guest. A Power Project presented by that youth member is on
the run of show with commitments from adults in the room; the youth member has committed an
introduction to an adult presenter, and money that waits for their guardian's approval.
Before today, the cohort had a youth gathering of its own and took part in the two latest
past national gatherings, with commitments both ways and a second Power Project, shaped.
A third Power Project, presented at the cohort's own gathering, has open asks on the cohort's
asks board (one of them for money), so a youth member can offer help there and the
guardian's approval of a minor's money offer can be walked.

It draws from its own random stream, so the rest of the demo is what it was without it."""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from collaboratory.commitments import lifecycle
from collaboratory.commitments.models import Commitment, Unit
from collaboratory.commitments.services import commitment_create
from collaboratory.creditclub.models import PowerStage, Proposal, ProposalState
from collaboratory.creditclub.services import AskInput, proposal_history_bulk_create
from collaboratory.demo.followthrough import OFFERS, past_commitment
from collaboratory.demo.live import rsvps_before_the_day
from collaboratory.followthrough.services import commitment_history_bulk_create
from collaboratory.gatherings.models import Attendance, Gathering, GatheringFormat
from collaboratory.gatherings.services import (
    attendance_bulk_record,
    gathering_create,
    gathering_update,
)
from collaboratory.networks.models import Membership, MembershipStatus, Network, Role
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
    # A guest answers yes before coming, as the adults in the room did.
    rsvps_before_the_day(gathering=gathering, user_ids=[youth.pk], anchor=anchor)
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


# The youth cohort's history (issue 14): a youth gathering of its own, and the two latest
# past national gatherings, where youth took part, committed help to adult presenters, and
# adults committed help to a Power Project (shaped with them in the room).
PAST_POWER_PROJECT_TITLE = "Green Corridors: students map shade for the walk to school"
YOUTH_GATHERING_TITLE = "Youth Collaboratory Kickoff"
# What youth offer adult presenters: (kind of capital, unit, amounts, what).
YOUTH_OFFERS: tuple[tuple[str, str, tuple[int, ...], str], ...] = (
    ("social", Unit.PEOPLE, (20, 40), "We will share your invitation with {n} students by {by}"),
    ("social", Unit.INTRODUCTIONS, (2, 3), "I will introduce you to {n} student leaders by {by}"),
    ("intellectual", Unit.HOURS, (2, 4), "I will help run {n} hours of listening sessions by {by}"),
)
# Adults' offers to the past Power Project: the adults' own kinds, no money to a minor.
ADULT_KINDS = ("social", "intellectual", "institutional")
HISTORY_STATUSES = (lifecycle.KEPT, lifecycle.KEPT, lifecycle.IN_PROGRESS, lifecycle.ACKNOWLEDGED)


def seed_youth_history(
    *,
    national: Network,
    youth_network: Network,
    steward: User,
    youth_user_id: int,
    anchor: date,
) -> Proposal:
    """A past youth gathering with the cohort in it; youth at the two latest past national
    gatherings (now marked "youth take part"), each committing to one or two adult
    presenters; a second youth member's Power Project at the later one, presented and
    shaped, with commitments from adults in the room. Returns that Power Project."""
    rng = random.Random(f"youth history {anchor.isoformat()}")
    zone = ZoneInfo(national.time_zone)
    youth_ids = sorted(
        Membership.objects.filter(
            network=youth_network, role=Role.YOUTH_MEMBER, status=MembershipStatus.ACTIVE
        ).values_list("user_id", flat=True)
    )
    youth_ids.remove(youth_user_id)
    youth_ids.insert(0, youth_user_id)
    # A youth gathering of the cohort's own, two months back.
    kickoff_day = anchor - timedelta(days=60)
    kickoff = gathering_create(
        network=youth_network,
        title=YOUTH_GATHERING_TITLE,
        format=GatheringFormat.VIRTUAL,
        parts=[
            (
                "Kickoff",
                datetime.combine(kickoff_day, time(16), zone),
                datetime.combine(kickoff_day, time(18), zone),
            )
        ],
    )
    attendance_bulk_record(
        network=youth_network,
        entries=[(kickoff.parts.get().pk, u) for u in [*youth_ids, steward.pk]],
        source=Attendance.Source.HISTORY,
    )
    start_of_today = datetime.combine(anchor, time(0), zone)
    past = list(
        Gathering.objects.filter(network=national, ends_at__lt=start_of_today).order_by(
            "-starts_at"
        )[:2]
    )
    commitments: list[Commitment] = []
    project: Proposal | None = None
    for index, gathering in enumerate(reversed(past)):
        gathering_update(gathering=gathering, youth_take_part=True)
        held = gathering.starts_at.astimezone(zone).date()
        part = gathering.parts.order_by("-starts_at")[0]  # the meeting, not the dinner
        came = [youth_user_id, *rng.sample(youth_ids[1:], k=min(len(youth_ids) - 1, 9))]
        if index == len(past) - 1 and youth_ids[1] not in came:
            came.append(youth_ids[1])  # the Power Project's presenter was in the room
        presenters = list(
            Proposal.objects.filter(
                network=national, gathering=gathering, state=ProposalState.PRESENTED
            ).order_by("run_position", "pk")
        )
        in_room = sorted(
            set(Attendance.objects.filter(part=part).values_list("user_id", flat=True))
            - {p.proposer_id for p in presenters}
            - {steward.pk}
        )
        attendance_bulk_record(
            network=national,
            entries=[(part.pk, u) for u in came],
            source=Attendance.Source.HISTORY,
        )
        for youth_id in came:
            for presenter in rng.sample(presenters, k=min(len(presenters), rng.randint(1, 2))):
                capital, unit, amounts, text = rng.choice(YOUTH_OFFERS)
                offer = (capital, unit, text, Decimal(rng.choice(amounts)))
                commitments.append(
                    _past(rng, national, presenter, youth_id, offer, held, anchor, zone)
                )
        if index == len(past) - 1:
            project = _past_power_project(gathering, youth_ids[1], len(presenters))
            for adult in rng.sample(in_room, k=min(len(in_room), 8)):
                capital = rng.choice(ADULT_KINDS)
                unit, amounts, text = rng.choice(OFFERS[capital])
                offer = (capital, unit, text, Decimal(rng.choice(amounts)))
                commitments.append(_past(rng, national, project, adult, offer, held, anchor, zone))
    commitment_history_bulk_create(network=national, commitments=commitments)
    if project is None:
        raise ValueError("The youth history needs a past national gathering.")
    return project


def _past(
    rng: random.Random,
    network: Network,
    proposal: Proposal,
    committer: int,
    offer: tuple[str, str, str, Decimal],
    held: date,
    anchor: date,
    zone: ZoneInfo,
) -> Commitment:
    commitment, _released = past_commitment(
        rng,
        network,
        proposal,
        None,
        committer,
        offer,
        rng.choice(HISTORY_STATUSES),
        held,
        anchor,
        zone,
    )
    return commitment


def _past_power_project(gathering: Gathering, youth_id: int, presenters: int) -> Proposal:
    return _presented_power_project(
        gathering=gathering,
        proposer_id=youth_id,
        run_position=presenters + 1,
        submitted=gathering.starts_at - timedelta(days=40),
        announced_after=timedelta(days=14),
        texts={
            "title": PAST_POWER_PROJECT_TITLE,
            "what": (
                "Students map shade and benches on the walk to three schools, then ask for trees."
            ),
            "who_it_serves": "Students who walk to school and their families",
            "problem": "The walk to school has almost no shade, and summers are getting hotter.",
            "asks_timeline": "Mapping in the fall, the ask to the city in the spring.",
        },
        asks=[
            AskInput("expertise", "intellectual", "Help reading a tree-canopy map", ""),
            AskInput("intro_people", "social", "Introductions to the city's forestry office", "2"),
        ],
    )


def _presented_power_project(
    *,
    gathering: Gathering,
    proposer_id: int,
    run_position: int,
    submitted: datetime,
    announced_after: timedelta,
    texts: dict[str, str],
    asks: list[AskInput],
) -> Proposal:
    """A youth member's ongoing Tulsa Power Project, presented at `gathering` and shaped
    with adults there, recorded as history with its asks."""
    proposal = Proposal(
        network=gathering.network,
        gathering=gathering,
        proposer_id=proposer_id,
        state=ProposalState.PRESENTED,
        where="Tulsa",
        timeframe="ongoing",
        phase="planning",
        submitted_at=submitted,
        announced_at=submitted + announced_after,
        run_position=run_position,
        power_stage=PowerStage.SHAPED,
        power_stage_at=gathering.starts_at,
        **texts,
    )
    (project,) = proposal_history_bulk_create(network=gathering.network, rows=[(proposal, asks)])
    return project


# The cohort's own asks board (`seed_youth_board`): a Power Project presented at the kickoff.
BOARD_PROJECT_TITLE = "Study Hall After Dark: a student-run evening homework room"
# Two classmates' commitments made at the kickoff, as history (ask position, status, offer):
# the tutoring under way, the flyer shared and confirmed.
BOARD_COMMITMENTS: tuple[tuple[int, str, tuple[str, str, str, Decimal]], ...] = (
    (
        1,
        lifecycle.IN_PROGRESS,
        ("intellectual", Unit.HOURS, "I will tutor algebra for {n} hours by {by}", Decimal(4)),
    ),
    (
        3,
        lifecycle.KEPT,
        ("social", Unit.PEOPLE, "I will share the flyer with {n} classmates by {by}", Decimal(30)),
    ),
)


def seed_youth_board(
    *, youth_network: Network, youth_user_id: int, anchor: date
) -> Proposal | None:
    """A Power Project a youth member (not the demo's youth login, so that login can offer
    help) presented at the cohort's kickoff, with four asks still open on the cohort's asks
    board: a room, tutors, money for snacks and printing, and word of mouth. Two classmates
    committed at the kickoff (one kept, one under way); the money ask has no offer yet, so
    the youth login offering money there shows the guardian's approval. Its own random
    stream, so the rest of the demo is what it was. None when the cohort has nobody but
    the youth login."""
    kickoff = Gathering.objects.get(network=youth_network, title=YOUTH_GATHERING_TITLE)
    classmates = list(
        Membership.objects.filter(
            network=youth_network, role=Role.YOUTH_MEMBER, status=MembershipStatus.ACTIVE
        )
        .exclude(user_id=youth_user_id)
        .order_by("user_id")
        .values_list("user_id", flat=True)
    )
    if not classmates:
        return None
    # The second classmate: the first presents the national Power Project and turns 18 soon
    # (a small demo's cohort may have one classmate only).
    presenter_id = classmates[min(1, len(classmates) - 1)]
    others = [c for c in classmates if c != presenter_id]
    project = _presented_power_project(
        gathering=kickoff,
        proposer_id=presenter_id,
        run_position=1,
        submitted=kickoff.starts_at - timedelta(days=21),
        announced_after=timedelta(days=7),
        texts={
            "title": BOARD_PROJECT_TITLE,
            "what": "Two evenings a month, students tutor students in a quiet room with snacks.",
            "who_it_serves": "Ninth and tenth graders with no quiet place to study at home",
            "problem": (
                "The school library closes at 3:30 and many students have nowhere to study."
            ),
            "asks_timeline": (
                "A room and tutors by next month; snacks and flyers before the first night."
            ),
        },
        asks=[
            AskInput(
                "space",
                "institutional",
                "A room with tables for 25 students, two weeknights a month",
                "2 evenings a month",
                anchor + timedelta(days=30),
            ),
            AskInput(
                "volunteers",
                "intellectual",
                "Tutors for algebra and biology, two hours an evening",
                "6 tutors",
                anchor + timedelta(days=30),
            ),
            AskInput(
                "funding",
                "financial",
                "Money for snacks and printing for the spring term",
                "$150",
                anchor + timedelta(days=45),
            ),
            AskInput(
                "amplification",
                "social",
                "Classmates who will share the flyer in their schools",
                "100 students",
            ),
        ],
    )
    project_asks = list(project.asks.order_by("position"))
    rng = random.Random(f"youth board {anchor.isoformat()}")
    zone = ZoneInfo(youth_network.time_zone)
    held = kickoff.starts_at.astimezone(zone).date()
    commitments = []
    for committer_id, (position, status, offer) in zip(others, BOARD_COMMITMENTS, strict=False):
        commitment, _released = past_commitment(
            rng,
            youth_network,
            project,
            project_asks[position],
            committer_id,
            offer,
            status,
            held,
            anchor,
            zone,
        )
        commitment.created_at = kickoff.ends_at - timedelta(minutes=20)  # in the room
        commitments.append(commitment)
    commitment_history_bulk_create(network=youth_network, commitments=commitments)
    return project
