"""Demo history of follow-through: commitments to every presented project of the past
gatherings, in every state with realistic rates (about 45% kept, 35% still in progress, 10%
released, 10% lapsed), across kinds of capital and committers from the whole room, plus
project updates, presenters' feedback and a few partnerships."""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from collaboratory.commitments import lifecycle
from collaboratory.commitments.models import Commitment, Unit
from collaboratory.creditclub.models import Ask, Proposal, ProposalState
from collaboratory.followthrough.models import (
    ActivityKind,
    CommitmentActivity,
    Partnership,
    PartnershipMilestone,
    PresenterFeedback,
    ProjectUpdate,
)
from collaboratory.followthrough.services import (
    commitment_history_bulk_create,
    project_history_bulk_create,
)
from collaboratory.gatherings.models import Attendance, Gathering
from collaboratory.networks.models import Membership, Network

# (kind of capital, unit, amounts, what: "{n}" is the amount, "{by}" the due date)
OFFERS: dict[str, list[tuple[str, tuple[int, ...], str]]] = {
    "social": [
        (Unit.INTRODUCTIONS, (2, 3, 4), "I will introduce you to {n} funders I know by {by}"),
        (Unit.INTRODUCTIONS, (2, 3), "I will connect you with {n} city council staffers by {by}"),
        (Unit.PEOPLE, (50, 200), "I will share your invitation with {n} people on my list by {by}"),
    ],
    "intellectual": [
        (Unit.HOURS, (2, 4, 6), "I will review your plan for {n} hours before {by}"),
        (Unit.HOURS, (3, 8), "I will run a {n}-hour workshop on evaluation by {by}"),
    ],
    "institutional": [
        (Unit.VENUE_DATE, (2, 3), "I will host {n} meetings in our community room by {by}"),
        (Unit.PEOPLE, (3, 5, 10), "I will bring {n} volunteers from our staff by {by}"),
        (Unit.HOURS, (10, 20), "Our team will give {n} hours of design time by {by}"),
    ],
    "financial": [
        (Unit.DOLLARS, (250, 500, 1000, 2500), "I will donate ${n} to the project by {by}"),
    ],
}
RELEASE_NOTES = (
    "My organization's budget was cut this quarter; I cannot make this happen. Sorry, and "
    "I will keep an eye out for other ways to help.",
    "I changed jobs and no longer have access to the space.",
    "Family matters took over this season; releasing so someone else can step in.",
)
UPDATES = (
    "We opened on schedule: forty neighbors came the first Saturday.",
    "Two of the introductions turned into meetings; one is now a partner.",
    "The pilot is done; we are writing up what we learned for the next season.",
    "Thanks to the volunteers from the room we staffed every shift this month.",
)
# Cumulative shares of the outcome for a commitment to a past project.
OUTCOMES = (
    (0.38, lifecycle.KEPT),
    (0.45, lifecycle.PARTLY_KEPT),
    (0.60, lifecycle.IN_PROGRESS),
    (0.68, lifecycle.ACKNOWLEDGED),
    (0.74, lifecycle.DONE),
    (0.80, lifecycle.OFFERED),
    (0.90, lifecycle.RELEASED),
    (1.00, lifecycle.LAPSED),
)


def _outcome(rng: random.Random) -> str:
    draw = rng.random()
    return next(status for share, status in OUTCOMES if draw < share)


def _at(day: date, zone: ZoneInfo, hour: int = 12) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=zone)


def seed_followthrough(
    *,
    rng: random.Random,
    network: Network,
    gatherings: Sequence[tuple[Gathering, date]],
    attendees: dict[int, set[int]],
    member_user_id: int,
    anchor: date,
) -> int:
    """Commitments for every presented project of the past gatherings; returns how many."""
    zone = ZoneInfo(network.time_zone)
    past = {g.pk: held for g, held in gatherings if held < anchor}
    proposals = list(
        Proposal.objects.filter(
            network=network, gathering_id__in=past, state=ProposalState.PRESENTED
        ).order_by("gathering__starts_at", "pk")
    )
    asks: dict[int, list[Ask]] = {}
    for ask in Ask.objects.filter(network=network, proposal__in=proposals):
        asks.setdefault(ask.proposal_id, []).append(ask)
    commitments: list[Commitment] = []
    activity: list[CommitmentActivity] = []
    member_count = 0
    for proposal in proposals:
        held = past[proposal.gathering_id]
        room = sorted(attendees.get(proposal.gathering_id, set()) - {proposal.proposer_id})
        if not room:
            continue
        size = min(len(room), rng.randint(6, 12) + min(len(room) // 100, 48))
        committers = rng.sample(room, size)
        if member_user_id in room and member_user_id not in committers and member_count < 6:
            committers[0] = member_user_id
        for committer in committers:
            ask = (
                rng.choice(asks[proposal.pk])
                if proposal.pk in asks and rng.random() < 0.9
                else None
            )
            outcome = None
            if committer == member_user_id:
                member_count += 1
                outcome = (lifecycle.IN_PROGRESS, lifecycle.DONE, lifecycle.KEPT)[member_count % 3]
            room_commitment(
                rng,
                network,
                proposal,
                ask,
                committer,
                (held, anchor, zone),
                (commitments, activity),
                outcome=outcome,
            )
    commitment_history_bulk_create(network=network, commitments=commitments, activity=activity)
    _stories(rng, network, proposals, commitments, past, zone)
    return len(commitments)


def past_commitment(
    rng: random.Random,
    network: Network,
    proposal: Proposal,
    ask: Ask | None,
    committer: int,
    offer: tuple[str, str, str, Decimal],
    status: str,
    held: date,
    anchor: date,
    zone: ZoneInfo,
) -> tuple[Commitment, CommitmentActivity | None]:
    """One commitment made in the room on `held`, its dates consistent with `status` as of
    `anchor`; a released one comes with the note its committer left."""
    capital, unit, text, amount = offer
    made = _at(held, zone, 11) + timedelta(minutes=rng.randint(0, 240))
    days_since = (anchor - held).days
    changed = None
    kept_at = None
    delivered = None
    if status in lifecycle.OPEN:
        # Still open: due soon or later, never beyond the grace period already.
        due = anchor + timedelta(days=rng.randint(-10, 120))
        if status != lifecycle.OFFERED:
            changed = made + timedelta(days=rng.randint(1, 10))
    elif status == lifecycle.DONE:
        due = anchor + timedelta(days=rng.randint(0, 60))
        changed = _at(anchor - timedelta(days=rng.randint(1, 10)), zone)
        delivered = amount
    elif status == lifecycle.LAPSED:
        due = held + timedelta(days=rng.randint(20, max(21, days_since - 70)))
        changed = _at(min(due + timedelta(days=61), anchor - timedelta(days=1)), zone)
    else:
        due = held + timedelta(days=rng.randint(14, 90))
        took = rng.randint(5, max(6, min(days_since - 1, 120)))
        changed = _at(min(held + timedelta(days=took), anchor - timedelta(days=1)), zone)
        if status == lifecycle.KEPT:
            kept_at, delivered = changed, amount
        elif status == lifecycle.PARTLY_KEPT:
            kept_at = changed
            delivered = (amount / 2).quantize(Decimal("0.01"))
    by = due.strftime("%B %-d")
    commitment = Commitment(
        network=network,
        gathering_id=proposal.gathering_id,
        proposal=proposal,
        ask=ask,
        committer_id=committer,
        entered_by_id=committer,
        capital=capital,
        what=text.format(n=int(amount), by=by),
        amount=amount,
        unit=unit,
        due_on=due,
        status=status,
        status_changed_at=changed,
        kept_at=kept_at,
        delivered_amount=delivered,
        idempotency_key=uuid.UUID(int=rng.getrandbits(128)),
        firm=True,
        guard_problems=[],
        created_at=made,
    )
    released = None
    if status == lifecycle.RELEASED and changed is not None:
        released = CommitmentActivity(
            network=network,
            commitment=commitment,
            author_id=committer,
            kind=ActivityKind.MOVE,
            from_status=lifecycle.IN_PROGRESS,
            to_status=lifecycle.RELEASED,
            note=rng.choice(RELEASE_NOTES),
            created_at=changed,
        )
    return commitment, released


def room_commitment(
    rng: random.Random,
    network: Network,
    proposal: Proposal,
    ask: Ask | None,
    committer: int,
    when: tuple[date, date, ZoneInfo],
    into: tuple[list[Commitment], list[CommitmentActivity]],
    *,
    outcome: str | None = None,
) -> Commitment:
    """A commitment made in the room to `proposal` (to `ask`, or of any kind), added to
    `into` (with its release note, if released) for one bulk write. Its offer and outcome
    are drawn in the demo's order; `outcome` sets the outcome (the draw is made either way,
    so the rest of the demo stays the same). `when`: held, anchor, zone."""
    held, anchor, zone = when
    capital = ask.capital if ask else rng.choice(list(OFFERS))
    unit, amounts, text = rng.choice(OFFERS[capital])
    amount = Decimal(rng.choice(amounts))
    drawn = _outcome(rng)
    commitment, released = past_commitment(
        rng,
        network,
        proposal,
        ask,
        committer,
        (capital, unit, text, amount),
        outcome or drawn,
        held,
        anchor,
        zone,
    )
    into[0].append(commitment)
    if released is not None:
        into[1].append(released)
    return commitment


def seed_more_commitments(
    *, network: Network, count: int, seed: int, anchor: date, batch: int = 5000
) -> int:
    """Demo only (`seed_demo --commitments N`, for the benches): `count` more commitments
    to the presented projects of the network's past gatherings, from people who attended
    them, with the same mix of states and dates as the demo's own; in batches through the
    history service (bulk inserts, one transaction per batch). Deterministic for a seed and
    the commitments already there, so it can grow a demo more than once. Returns how many."""
    zone = ZoneInfo(network.time_zone)
    already = Commitment.objects.filter(network=network).count()
    rng = random.Random(f"{seed}-{already}")
    held_on = {
        pk: starts.astimezone(zone).date()
        for pk, starts in Gathering.objects.filter(network=network).values_list("pk", "starts_at")
    }
    proposals = [
        p
        for p in Proposal.objects.filter(network=network, state=ProposalState.PRESENTED).order_by(
            "pk"
        )
        if held_on.get(p.gathering_id, anchor) < anchor
    ]
    if count <= 0 or not proposals:
        return 0
    asks: dict[int, list[Ask]] = {}
    for ask in Ask.objects.filter(network=network, proposal__in=proposals).order_by("pk"):
        asks.setdefault(ask.proposal_id, []).append(ask)
    rooms: dict[int, set[int]] = {}
    for gathering_id, user_id in Attendance.objects.filter(network=network).values_list(
        "part__gathering_id", "user_id"
    ):
        rooms.setdefault(gathering_id, set()).add(user_id)
    rooms_sorted = {pk: sorted(people) for pk, people in rooms.items()}
    proposals = [p for p in proposals if len(rooms.get(p.gathering_id, ())) > 1]
    made = 0
    while made < count:
        commitments: list[Commitment] = []
        activity: list[CommitmentActivity] = []
        for _ in range(min(batch, count - made)):
            proposal = rng.choice(proposals)
            room = rooms_sorted[proposal.gathering_id]
            committer = rng.choice(room)
            while committer == proposal.proposer_id:
                committer = rng.choice(room)
            ask = rng.choice(asks[proposal.pk]) if proposal.pk in asks else None
            room_commitment(
                rng,
                network,
                proposal,
                ask,
                committer,
                (held_on[proposal.gathering_id], anchor, zone),
                (commitments, activity),
            )
        commitment_history_bulk_create(network=network, commitments=commitments, activity=activity)
        made += len(commitments)
    return made


def _stories(
    rng: random.Random,
    network: Network,
    proposals: list[Proposal],
    commitments: list[Commitment],
    past: dict[int, date],
    zone: ZoneInfo,
) -> None:
    """Updates and feedback from presenters; partnerships that grew from kept commitments."""
    updates, feedback = [], []
    for proposal in proposals:
        held = past[proposal.gathering_id]
        for n in range(rng.randint(0, 2)):
            updates.append(
                ProjectUpdate(
                    network=network,
                    proposal=proposal,
                    author_id=proposal.proposer_id,
                    text=rng.choice(UPDATES),
                    created_at=_at(held + timedelta(days=30 * (n + 1)), zone),
                )
            )
        if rng.random() < 0.6:
            feedback.append(
                PresenterFeedback(
                    network=network,
                    proposal=proposal,
                    author_id=proposal.proposer_id,
                    helpful=rng.choice((3, 4, 4, 5, 5)),
                    text="The room offered more than I asked for; the follow-up took work.",
                    updated_at=_at(held + timedelta(days=20), zone),
                )
            )
    kept = [c for c in commitments if c.status == lifecycle.KEPT]
    partnerships = []
    for index, commitment in enumerate(rng.sample(kept, min(4, len(kept)))):
        proposal = commitment.proposal
        partnership = Partnership(
            network=network,
            kind=Partnership.Kind.PARTNERSHIP if index % 2 == 0 else Partnership.Kind.PROJECT,
            title=f"{proposal.title}: a partnership that grew from the room",
            story=(
                "It began with one commitment in the Rotating Credit Club and became a "
                "standing collaboration between two organizations."
            ),
            links="https://example.org/stories/collaboratory",
            recorded_by_id=proposal.proposer_id,
            published_at=None if index == 3 else commitment.kept_at,
        )
        # Kept commitments always have their kept date (the history service checks it).
        partnership.created_at = commitment.kept_at or partnership.created_at
        members = [proposal.proposer_id, commitment.committer_id]
        partnerships.append((partnership, members, [commitment]))
    project_history_bulk_create(
        network=network, updates=updates, feedback=feedback, partnerships=partnerships
    )


# Local networks' joint projects (issue 15): (title, status, milestones: (title, days after
# it began, reached)). Each local records them; every other one spans the next network.
LOCAL_PARTNERSHIPS = (
    (
        "Shared tool library",
        Partnership.Status.ACTIVE,
        (
            ("Storefront found", 30, True),
            ("First lending day", 90, True),
            ("Second site", 300, False),
        ),
    ),
    (
        "Summer youth jobs program",
        Partnership.Status.COMPLETED,
        (("Ten employers signed", 45, True), ("Summer cohort placed", 150, True)),
    ),
    (
        "Cross-town newcomers welcome",
        Partnership.Status.PAUSED,
        (("Volunteer roster", 60, True), ("Monthly welcome dinner", 200, False)),
    ),
)


def seed_local_partnerships(*, rng: random.Random, networks: list[Network], anchor: date) -> int:
    """Joint projects with milestones in each local network, one in two spanning the next
    local network (a member of it takes part), so the national roll-up has partnerships of
    every status to count."""
    roster = {
        n.pk: list(
            Membership.objects.filter(network=n).order_by("pk").values_list("user_id", flat=True)
        )
        for n in networks
    }
    count = 0
    for index, network in enumerate(networks):
        partner = networks[(index + 1) % len(networks)] if len(networks) > 1 else None
        zone = ZoneInfo(network.time_zone)
        people = roster[network.pk]
        rows: list[tuple[Partnership, list[int], list[Commitment]]] = []
        milestones: list[PartnershipMilestone] = []
        for number, (title, status, steps) in enumerate(LOCAL_PARTNERSHIPS):
            began = anchor - timedelta(days=rng.randint(120, 400))
            members = rng.sample(people[1:], k=min(2, len(people) - 1)) + people[:1]
            across = roster[partner.pk] if partner is not None and number % 2 == 0 else []
            spans = bool(across)
            if spans:
                members.append(across[-1])
            partnership = Partnership(
                network=network,
                kind=Partnership.Kind.PARTNERSHIP,
                title=f"{title} ({network.name})",
                story="Two members met at a local gathering and kept going together.",
                recorded_by_id=people[0],
                created_at=_at(began, zone),
                published_at=_at(began + timedelta(days=3), zone),
                status=status,
                status_changed_at=_at(began + timedelta(days=100), zone),
                partner_network=partner if spans else None,
            )
            rows.append((partnership, sorted(set(members)), []))
            milestones += [
                PartnershipMilestone(
                    network=network,
                    partnership=partnership,
                    title=step,
                    due_on=began + timedelta(days=days),
                    reached_at=_at(began + timedelta(days=days), zone) if reached else None,
                    added_by_id=people[0],
                    created_at=_at(began, zone),
                )
                for step, days, reached in steps
            ]
        project_history_bulk_create(
            network=network, updates=[], feedback=[], partnerships=rows, milestones=milestones
        )
        count += len(rows)
    return count
