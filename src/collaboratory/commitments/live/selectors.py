"""The live room's reads: its events (as broadcaster messages), its session and settings, the
run of show, who may commit from a phone, who is in the room. The stream, the broker and the
screens read through here; none of these reads writes."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from django.db.models import Exists, F, OuterRef, Prefetch, Q
from django.db.models.functions import Lower
from django_scopes import scopes_disabled

from collaboratory.commitments.live.broadcaster import Message
from collaboratory.commitments.live.kinds import (
    KIND_CREATED,
    KIND_HIDDEN,
    KIND_PRESENTER,
    KIND_UNDONE,
    KIND_WINDOW,
)
from collaboratory.commitments.models import (
    Commitment,
    LiveChannel,
    LiveEvent,
    LiveSession,
    LiveSettings,
)
from collaboratory.commitments.rules import runs_the_room
from collaboratory.creditclub.models import Ask, Proposal, ProposalState
from collaboratory.creditclub.selectors import minor_name
from collaboratory.gatherings.models import (
    Attendance,
    Gathering,
    Rsvp,
    RsvpStatus,
    Substitution,
)
from collaboratory.gatherings.selectors import (
    admitted_people,
    named_on_a_pass,
    person_checked_in,
    substitute_tie,
    substitutes_approved,
)
from collaboratory.networks.models import (
    Network,
    NetworkKind,
)
from collaboratory.people.models import MINOR_AGE_BANDS, User

REPLAY_LIMIT = 1000


def room_name(person: User) -> str:
    """How the room names a person on everything it shows or hears (the board, the phones,
    the stream's frames and their replay): a young person by first name only (`minor_name`,
    as the gratitude roll call on the same board), everyone else in full. The console, the
    steward's and facilitator's view, keeps full names to find the person."""
    return minor_name(person.full_name) if person.is_minor else person.full_name


def live_message(event: LiveEvent) -> Message:
    """An event row as listeners receive it (the payload as compact JSON text)."""
    return _message(event, event.kind, event.payload)


def _message(event: LiveEvent, kind: str, payload: dict[str, Any]) -> Message:
    return Message(
        gathering_id=event.gathering_id,
        event_id=event.event_id,
        kind=kind,
        data=json.dumps(payload, separators=(",", ":"), ensure_ascii=False),
    )


# The names in a session event, by the key of the proposal whose presenter they name.
SESSION_NAMES = (("proposal", "presenter"), ("window", "window_presenter"))


def live_messages_replayed(events: list[LiveEvent]) -> list[Message]:
    """Events read back from the table, as the room may hear them again (replay after a
    reconnect, `?once=1`, a stream catching up, the watcher, the broker's look-up by
    address), whenever and however they were recorded:

    - the announcement of a commitment hidden since (moderation) or undone (by whoever
      entered it) goes out as what became of it, `commitment.hidden` or
      `commitment.undone` with its number alone, at its own id: its words never travel
      again, and a board that reconnects drops it (`commitment_hide` and `commitment_undo`
      also strip the stored announcement; rows written before that are covered here). One
      both hidden and undone goes out hidden, as the broadcaster's queues give it;
    - a young committer or presenter is named by first name only (`room_name`), rows
      recorded before the payloads did so included.

    Two queries at most per call, none for events that name no commitment or presenter."""
    made = {
        e.payload.get("commitment")
        for e in events
        if e.kind == KIND_CREATED and isinstance(e.payload, dict)
    }
    staged = {
        e.payload.get(key)
        for e in events
        if e.kind in (KIND_PRESENTER, KIND_WINDOW) and isinstance(e.payload, dict)
        for key, _name in SESSION_NAMES
    }
    made.discard(None)
    staged.discard(None)
    networks = {e.network_id for e in events}
    withdrawn: dict[int, str] = {}
    young: set[int] = set()
    young_presenters: set[int] = set()
    # The events' own rows, by number and network: the caller's scope is not needed (the
    # broker's thread has none).
    with scopes_disabled():
        if made:
            for pk, hidden_at, undone_at, band in Commitment.objects.filter(
                pk__in=made, network_id__in=networks
            ).values_list("pk", "hidden_at", "undone_at", "committer__age_band"):
                if hidden_at is not None:
                    withdrawn[pk] = KIND_HIDDEN
                elif undone_at is not None:
                    withdrawn[pk] = KIND_UNDONE
                if band in MINOR_AGE_BANDS:
                    young.add(pk)
        if staged:
            young_presenters = set(
                Proposal.objects.filter(
                    pk__in=staged,
                    network_id__in=networks,
                    proposer__age_band__in=MINOR_AGE_BANDS,
                ).values_list("pk", flat=True)
            )
    messages = []
    for event in events:
        payload = event.payload
        if event.kind == KIND_CREATED and isinstance(payload, dict):
            number = payload.get("commitment")
            if number in withdrawn:
                messages.append(_message(event, withdrawn[number], {"commitment": number}))
                continue
            if number in young and payload.get("committer"):
                payload = {**payload, "committer": minor_name(payload["committer"])}
        elif event.kind in (KIND_PRESENTER, KIND_WINDOW) and isinstance(payload, dict):
            for key, name in SESSION_NAMES:
                if payload.get(key) in young_presenters and payload.get(name):
                    payload = {**payload, name: minor_name(payload[name])}
        messages.append(_message(event, event.kind, payload))
    return messages


def live_events_after(
    *, network: Network, gathering_id: int, after: int, limit: int = REPLAY_LIMIT
) -> list[LiveEvent]:
    """The gathering's events with an id above `after`, in order (at most `limit`)."""
    return list(
        LiveEvent.objects.filter(
            network=network, gathering_id=gathering_id, event_id__gt=after
        ).order_by("event_id")[:limit]
    )


def live_messages_after(*, network: Network, gathering_id: int, after: int) -> list[Message]:
    """Every event of the gathering after `after`, in order, read `REPLAY_LIMIT` at a time.
    The caller activates the network's scope (the stream does it in its worker thread)."""
    messages: list[Message] = []
    while True:
        events = live_events_after(network=network, gathering_id=gathering_id, after=after)
        messages.extend(live_messages_replayed(events))
        if len(events) < REPLAY_LIMIT:
            return messages
        after = events[-1].event_id


def live_message_at(*, gathering_id: int, event_id: int) -> Message | None:
    """One event by its address, for the broker when a notification carried only that; None
    when it is gone. Unscoped: the broker's thread serves every network."""
    with scopes_disabled():
        event = LiveEvent.objects.filter(gathering_id=gathering_id, event_id=event_id).first()
    return live_messages_replayed([event])[0] if event is not None else None


def live_channel_last_event_id(*, network: Network, gathering_id: int) -> int:
    """The gathering's last event id by the gathering's number (the stream's watcher has no
    gathering object); 0 before the first event."""
    found = (
        LiveChannel.objects.filter(network=network, gathering_id=gathering_id)
        .values_list("last_event_id", flat=True)
        .first()
    )
    return found or 0


def live_gathering_exists(*, network: Network, gathering_id: int) -> bool:
    return Gathering.objects.filter(network=network, pk=gathering_id).exists()


def live_listener_allowed(*, network: Network, gathering_id: int, user_id: int) -> bool:
    """Whether the user may still listen, read fresh from the database: an active account
    holding `commitments.listen` on the gathering. A fresh user row, because the one a
    request carried caches its membership (`membership_for`)."""
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        return False
    gathering = (
        Gathering.objects.select_related("network").filter(network=network, pk=gathering_id).first()
    )
    return gathering is not None and user.has_perm("commitments.listen", gathering)


# --- The screens ------------------------------------------------------------------------------

PEOPLE_LIMIT = 20


def live_settings_for(*, network: Network) -> LiveSettings:
    """The network's live-room settings; an unsaved row with the defaults (7 minutes) until
    a steward first saves them (`live_settings_update`): a page read writes nothing."""
    row = LiveSettings.objects.filter(network=network).first()
    return row if row is not None else LiveSettings(network=network)


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


def live_last_event_id(*, gathering: Gathering | int) -> int:
    """The id of the gathering's (or gathering id's) last event: a page rendered after
    reading it asks the stream for what came later, so nothing is missed and nothing is
    applied twice."""
    # By the gathering's own key: its lookup finds nothing for a number past 64 bits (a
    # number from the URL), where the foreign key's raised an overflow.
    gathering_id = gathering if isinstance(gathering, int) else gathering.pk
    found = (
        LiveChannel.objects.filter(gathering__pk=gathering_id)
        .values_list("last_event_id", flat=True)
        .first()
    )
    return found or 0


def room_run_of_show(*, gathering: Gathering) -> list[Proposal]:
    """The gathering's presenters in order, each with its asks (two queries); one not placed
    yet comes last, as on the run of show page (`creditclub.selectors.run_of_show`)."""
    return list(
        Proposal.objects.filter(
            gathering=gathering, state__in=[ProposalState.SELECTED, ProposalState.PRESENTED]
        )
        .select_related("proposer")
        .prefetch_related(Prefetch("asks", queryset=Ask.objects.order_by("position", "pk")))
        .order_by(F("run_position").asc(nulls_last=True), "pk")
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
    to this gathering (any part: in the ledger, or on the standing pass that names them as
    someone's substitute, `person_checked_in`). A youth member only where youth take part."""
    if runs_the_room(user, gathering.network):
        return PhoneAccess.ALLOWED
    youth_welcome = gathering.youth_take_part or gathering.network.kind == NetworkKind.YOUTH
    if user.is_minor and not youth_welcome:
        return PhoneAccess.YOUTH_NOT_TAKING_PART
    if person_checked_in(gathering=gathering, user=user):
        return PhoneAccess.ALLOWED
    return PhoneAccess.NOT_CHECKED_IN


@dataclass(frozen=True)
class PhoneRefusal:
    """Why this person may not commit from their phone yet, read once (`phone_refusal`) for
    every screen that says so: the closed page, its redraw, the refused submission."""

    access: PhoneAccess
    stand_in: str = ""  # the substitute who holds this member's seat: the door refuses them
    standing_for: str = ""  # the member this person comes for, on a pass not checked in yet

    @property
    def reason(self) -> str:
        if self.access is PhoneAccess.YOUTH_NOT_TAKING_PART:
            return self.access.value
        return "stand_in" if self.stand_in else self.access.value


def phone_refusal(*, user: User, gathering: Gathering) -> PhoneRefusal | None:
    """None when `phone_access` allows; else the refusal with the person's tie to a standing
    pass. Read apart, a page opened before a substitute took the member's seat (and the
    refused submission) said "check in first", which the door then refused."""
    access = phone_access(user=user, gathering=gathering)
    if access is PhoneAccess.ALLOWED:
        return None
    # Only a person not checked in can have a seat held or a pass waiting (one query less
    # for a youth member at an adults' gathering, on every redraw).
    tie = (
        substitute_tie(gathering=gathering, user=user)
        if access is PhoneAccess.NOT_CHECKED_IN
        else None
    )
    if tie is None:
        return PhoneRefusal(access=access)
    return PhoneRefusal(access=access, stand_in=tie.stand_in, standing_for=tie.standing_for)


@dataclass(frozen=True)
class RoomPeople:
    members: list[User]
    # Substitutes have no account, so a commitment cannot be recorded in their name yet.
    substitutes: list[Substitution]


def room_people(*, gathering: Gathering, query: str) -> RoomPeople:
    """People in the room a scribe may enter a commitment for: admitted members of the
    network who answered yes or maybe, are checked in, or are named on a standing pass as
    someone's substitute (their "yes": their own is refused) (youth members included where
    they belong to this network, and a cohort's youth guests where youth take part, as
    `commitment_create` accepts them), matched by part of their name; approved substitutes
    without an account alongside, while their pass stands."""
    in_room = (
        Q(
            pk__in=Rsvp.objects.filter(
                gathering=gathering, status__in=[RsvpStatus.CONFIRMED, RsvpStatus.MAYBE]
            ).values("user")
        )
        | Q(pk__in=Attendance.objects.filter(part__gathering=gathering).values("user"))
        | named_on_a_pass(gathering=gathering)
    )
    admitted = admitted_people(gathering=gathering)
    people = User.objects.filter(in_room, pk__in=admitted)
    query = query.strip()
    # The door list's rule: a withdrawn pass, or one of a removed member, is no one in the room.
    # A pass naming a member's account lists that member above: "has no account" was untrue.
    accounts = (
        User.objects.filter(pk__in=admitted)
        .annotate(address=Lower("email"))
        .filter(address=Lower(OuterRef("email")))
        .exclude(pk=OuterRef("member_id"))
    )
    substitutes = substitutes_approved(gathering=gathering, query=query).exclude(Exists(accounts))
    if query:
        people = people.filter(full_name__icontains=query)
    return RoomPeople(
        members=list(people.order_by("full_name", "pk")[:PEOPLE_LIMIT]),
        substitutes=list(substitutes.order_by("name", "pk")[:PEOPLE_LIMIT]),
    )


def room_proposal(*, gathering: Gathering, proposal_id: int | None) -> Proposal | None:
    """A presenter of this gathering by number, with the proposer (for the console's
    messages); None for no number or one of another gathering."""
    return (
        Proposal.objects.select_related("proposer", "gathering")
        .filter(gathering=gathering, pk=proposal_id or 0)
        .first()
    )


def room_commitment(*, gathering: Gathering, commitment_id: int | None) -> Commitment | None:
    """A commitment made in this gathering's room by number, ready for undo or hide."""
    return (
        Commitment.objects.select_related("network", "gathering")
        .filter(gathering=gathering, pk=commitment_id or 0)
        .first()
    )


def room_ask(*, proposal: Proposal, ask_id: int | None) -> Ask | None:
    """One of the presenter's asks by number; None for another proposal's."""
    return proposal.asks.filter(pk=ask_id or 0).first()


def room_person(*, gathering: Gathering, user_id: int | None) -> User | None:
    """The person a commitment is entered for, by number: only someone who may commit in
    this gathering's room (an admitted person of its network, youth guests where they take
    part). A number from another network is answered as a number nobody has, so the
    refusal never tells that the account exists; the service checks again, with its lock."""
    return User.objects.filter(pk=user_id or 0, pk__in=admitted_people(gathering=gathering)).first()
