"""Reusable reads: a gathering's commitments, its live events, and the digests due."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from enum import Enum
from zoneinfo import ZoneInfo

from django.db.models import Prefetch, Q, QuerySet

from collaboratory.commitments.models import (
    Commitment,
    LiveChannel,
    LiveEvent,
    LiveSession,
    LiveSettings,
)
from collaboratory.commitments.rules import runs_the_room
from collaboratory.creditclub.models import Ask, Proposal, ProposalState
from collaboratory.gatherings.models import (
    Attendance,
    DecisionStatus,
    Gathering,
    Rsvp,
    RsvpStatus,
    Substitution,
)
from collaboratory.networks.models import ADMITTED_STATUSES, Membership, Network, NetworkKind
from collaboratory.people.models import User

REPLAY_LIMIT = 1000


def commitments_shown(*, gathering: Gathering) -> QuerySet[Commitment]:
    """A gathering's commitments that are neither hidden nor undone, oldest first, with what
    a board or console prints in the same query."""
    return Commitment.objects.filter(
        network=gathering.network,
        gathering=gathering,
        hidden_at__isnull=True,
        undone_at__isnull=True,
    ).select_related("committer", "ask", "proposal")


def live_events_after(
    *, network: Network, gathering_id: int, after: int, limit: int = REPLAY_LIMIT
) -> list[LiveEvent]:
    """The gathering's events with an id above `after`, in order (at most `limit`)."""
    return list(
        LiveEvent.objects.filter(
            network=network, gathering_id=gathering_id, event_id__gt=after
        ).order_by("event_id")[:limit]
    )


# --- The live room's screens ----------------------------------------------------------------

PEOPLE_LIMIT = 20


def live_settings_for(*, network: Network) -> LiveSettings:
    """The network's live-room settings, created with the defaults (7 minutes) on first use."""
    row, _created = LiveSettings.objects.get_or_create(network=network)
    return row


def live_session_for(*, gathering: Gathering) -> LiveSession:
    """The gathering's session with its presenter in the same query; an unsaved one with the
    network's timer length until the facilitator first changes something (reads write
    nothing)."""
    session = (
        LiveSession.objects.select_related("current_proposal__proposer")
        .filter(gathering=gathering)
        .first()
    )
    if session is None:
        minutes = live_settings_for(network=gathering.network).presentation_minutes
        session = LiveSession(network=gathering.network, gathering=gathering, timer_minutes=minutes)
    return session


def live_last_event_id(*, gathering: Gathering) -> int:
    """The id of the gathering's last event: a page rendered after reading it asks the stream
    for what came later, so nothing is missed and nothing is applied twice."""
    found = (
        LiveChannel.objects.filter(gathering=gathering)
        .values_list("last_event_id", flat=True)
        .first()
    )
    return found or 0


def room_run_of_show(*, gathering: Gathering) -> list[Proposal]:
    """The gathering's presenters in order, each with its asks (two queries)."""
    return list(
        Proposal.objects.filter(
            gathering=gathering, state__in=[ProposalState.SELECTED, ProposalState.PRESENTED]
        )
        .select_related("proposer")
        .prefetch_related(Prefetch("asks", queryset=Ask.objects.order_by("position", "pk")))
        .order_by("run_position", "pk")
    )


@dataclass
class AskGroup:
    """One ask (or None: "general") and the commitments made towards it."""

    ask: Ask | None
    commitments: list[Commitment] = field(default_factory=list)


def commitments_by_ask(*, proposal: Proposal, commitments: list[Commitment]) -> list[AskGroup]:
    """The proposal's asks in order, then "general", each with its shown commitments."""
    groups = {ask.pk: AskGroup(ask=ask) for ask in proposal.asks.all()}
    general = AskGroup(ask=None)
    for commitment in commitments:
        if commitment.proposal_id != proposal.pk:
            continue
        groups.get(commitment.ask_id or 0, general).commitments.append(commitment)
    return [*groups.values(), general]


class PhoneAccess(Enum):
    ALLOWED = "allowed"
    NOT_CHECKED_IN = "not_checked_in"
    YOUTH_NOT_TAKING_PART = "youth_not_taking_part"


def phone_access(*, user: User, gathering: Gathering) -> PhoneAccess:
    """Who may commit from their own phone: stewards and facilitators, and members checked in
    to this gathering (any part, from the attendance ledger). A youth member only where youth
    take part."""
    if runs_the_room(user, gathering.network):
        return PhoneAccess.ALLOWED
    youth_welcome = gathering.youth_take_part or gathering.network.kind == NetworkKind.YOUTH
    if user.is_minor and not youth_welcome:
        return PhoneAccess.YOUTH_NOT_TAKING_PART
    if Attendance.objects.filter(
        network=gathering.network, part__gathering=gathering, user=user
    ).exists():
        return PhoneAccess.ALLOWED
    return PhoneAccess.NOT_CHECKED_IN


@dataclass(frozen=True)
class RoomPeople:
    members: list[User]
    # Substitutes have no account, so a commitment cannot be recorded in their name yet.
    substitutes: list[Substitution]


def room_people(*, gathering: Gathering, query: str) -> RoomPeople:
    """People in the room a scribe may enter a commitment for: admitted members of the
    network who answered yes or maybe or are checked in (youth members included where they
    belong to this network), matched by part of their name; approved substitutes alongside."""
    network = gathering.network
    in_room = Q(
        pk__in=Rsvp.objects.filter(
            gathering=gathering, status__in=[RsvpStatus.CONFIRMED, RsvpStatus.MAYBE]
        ).values("user")
    ) | Q(pk__in=Attendance.objects.filter(part__gathering=gathering).values("user"))
    admitted = Membership.objects.filter(network=network, status__in=ADMITTED_STATUSES).values(
        "user"
    )
    people = User.objects.filter(in_room, pk__in=admitted)
    substitutes = Substitution.objects.filter(
        gathering=gathering, status=DecisionStatus.APPROVED
    ).select_related("member")
    query = query.strip()
    if query:
        people = people.filter(full_name__icontains=query)
        substitutes = substitutes.filter(name__icontains=query)
    return RoomPeople(
        members=list(people.order_by("full_name", "pk")[:PEOPLE_LIMIT]),
        substitutes=list(substitutes.order_by("name", "pk")[:PEOPLE_LIMIT]),
    )


def commitments_for_followup(*, proposal: Proposal) -> QuerySet[Commitment]:
    """Every shown commitment to a presenter, with the committer, for following up."""
    return (
        Commitment.objects.filter(
            network=proposal.network,
            proposal=proposal,
            hidden_at__isnull=True,
            undone_at__isnull=True,
        )
        .select_related("committer", "ask")
        .order_by("ask__position", "ask_id", "created_at", "pk")
    )


# The digest goes out from 07:00 (network time) the day after the gathering ends, and is
# given up if the worker was down for a week: old news is not worth an email.
DIGEST_HOUR = 7
DIGEST_WINDOW = timedelta(days=7)


def digest_due_at(*, gathering: Gathering, time_zone: str) -> datetime:
    """07:00 in the network's time zone on the day after the gathering's last part ends."""
    zone = ZoneInfo(time_zone)
    last_day = gathering.ends_at.astimezone(zone).date()
    return datetime.combine(last_day + timedelta(days=1), time(DIGEST_HOUR), tzinfo=zone)


def digest_gatherings_due(*, network: Network, now: datetime) -> list[Gathering]:
    """The network's gatherings whose morning-after digest is due at `now`."""
    candidates = Gathering.objects.filter(
        network=network,
        ends_at__lte=now,
        ends_at__gt=now - DIGEST_WINDOW - timedelta(days=2),
    )
    return [
        gathering
        for gathering in candidates
        if digest_due_at(gathering=gathering, time_zone=network.time_zone)
        <= now
        < digest_due_at(gathering=gathering, time_zone=network.time_zone) + DIGEST_WINDOW
    ]


def digest_commitments(*, gathering: Gathering) -> list[Commitment]:
    """What the digests list: the gathering's commitments that were neither hidden nor
    undone, by date due, with committer and presenter in the same query."""
    return list(
        commitments_shown(gathering=gathering)
        .select_related("proposal__proposer")
        .order_by("due_on", "created_at", "pk")
    )
