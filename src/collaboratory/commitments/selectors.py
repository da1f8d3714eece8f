"""Reusable reads: a gathering's commitments, the presenter's follow-up list, and the digests
due. The live room's reads (events, session, run of show, who is in the room) are in
`commitments.live.selectors`."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db.models import Q, QuerySet
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.commitments import lifecycle
from collaboratory.commitments.models import (
    NOT_COUNTED,
    Commitment,
    GuardianApproval,
    GuardianApprovalLink,
)
from collaboratory.creditclub.models import Ask, Proposal, ProposalState
from collaboratory.gatherings.models import (
    Gathering,
)
from collaboratory.networks.models import Network, NetworkKind
from collaboratory.networks.selectors import guardian_emails_of, members_and_guests_among
from collaboratory.networks.tokens import token_digest
from collaboratory.people.models import User
from collaboratory.people.selectors import when


def commitments_shown(*, gathering: Gathering) -> QuerySet[Commitment]:
    """A gathering's commitments that are neither hidden nor undone, oldest first, with what
    a board or console prints in the same query."""
    return (
        Commitment.objects.filter(
            network=gathering.network,
            gathering=gathering,
            hidden_at__isnull=True,
            undone_at__isnull=True,
        )
        .exclude(guardian_approval__in=NOT_COUNTED)
        .select_related("committer", "ask", "proposal")
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
        .exclude(guardian_approval__in=NOT_COUNTED)
        .select_related("committer", "ask")
        .order_by("ask__position", "ask_id", "created_at", "pk")
    )


def open_offers_to_ask(*, committer: User, proposal: Proposal, ask: Ask | None) -> list[Commitment]:
    """The person's commitments to this ask (or to the presenter in general) that are still
    open and neither hidden, undone nor declined by a guardian: what an offer made again
    would repeat. A handful at most; one query."""
    return list(
        Commitment.objects.filter(
            network=proposal.network,
            proposal=proposal,
            ask=ask,
            committer=committer,
            status__in=lifecycle.OPEN,
            hidden_at__isnull=True,
            undone_at__isnull=True,
        )
        .exclude(guardian_approval=GuardianApproval.DECLINED)
        .order_by("created_at", "pk")
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


def digest_commitments(*, gathering: Gathering, time_zone: str) -> list[Commitment]:
    """What the digests list: the gathering's commitments that were neither hidden nor
    undone, made before the digest was due, by date due, with committer and presenter in
    the same query. An offer made later (on the asks board) is emailed to its presenter on
    its own (`followthrough.services.move_mail.offer_email_send`): listed here too, a
    presenter whose digest went late heard of it twice. Nor a commitment to a project
    withdrawn since: nothing follows it up."""
    return list(
        commitments_shown(gathering=gathering)
        .filter(created_at__lt=digest_due_at(gathering=gathering, time_zone=time_zone))
        .exclude(proposal__state=ProposalState.WITHDRAWN)
        .select_related("proposal__proposer")
        .order_by("due_on", "created_at", "pk")
    )


def digest_readers(*, network: Network, user_ids: set[int]) -> set[int]:
    """Of these people, who may still get the network's digests: its admitted members and
    the youth guests of its gatherings. Someone removed, gone or suspended since opens no
    page here. Two queries whatever the number of people."""
    members, guests = members_and_guests_among(network=network, ids=user_ids)
    return members | guests


def guardian_link_for_token(
    *, token: str, now: datetime | None = None
) -> GuardianApprovalLink | None:
    """The guardian's approval link with its commitment still awaiting an answer, or None
    (unknown, expired, used, the commitment decided, undone or hidden, or the guardian's
    consent withdrawn since the link was sent: one answer). Withdrawing consent suspends
    the youth, so money approved afterwards would count for someone the family took out."""
    now = now or timezone.now()
    with scopes_disabled():  # the link names no network: its row is found by digest alone
        link = (
            GuardianApprovalLink.objects.select_related(
                "network",
                "commitment__committer",
                "commitment__gathering",
                "commitment__proposal__proposer",
            )
            .filter(
                token_digest=token_digest(token),
                used_at__isnull=True,
                expires_at__gt=now,
                commitment__guardian_approval=GuardianApproval.AWAITING,
                commitment__undone_at__isnull=True,
                commitment__hidden_at__isnull=True,
            )
            .first()
        )
    if link is None or link.guardian_email.strip().lower() not in guardian_emails_of(
        user=link.commitment.committer
    ):
        return None
    return link


# Money a minor committed that still waits for the guardian's answer and still stands (not
# undone, not hidden): what the youth's own pages list and the 18th birthday asks about.
STILL_AWAITING_GUARDIAN = Q(
    guardian_approval=GuardianApproval.AWAITING, undone_at__isnull=True, hidden_at__isnull=True
)


def commitments_awaiting_guardian(*, network: Network, user: User) -> QuerySet[Commitment]:
    """A youth member's money commitments still waiting for their guardian's answer."""
    return Commitment.objects.filter(
        network=network, committer=user, guardian_approval=GuardianApproval.AWAITING
    ).select_related("proposal")


def money_awaiting_guardian_at(*, gathering: Gathering) -> QuerySet[Commitment]:
    """A gathering's money commitments by youth members still waiting for the guardian's
    answer: the console lists them apart, out of every count, so whoever runs the room
    knows they were made and does not ask for them again. The board never shows them."""
    return Commitment.objects.filter(
        STILL_AWAITING_GUARDIAN, network=gathering.network, gathering=gathering
    ).select_related("committer", "ask", "proposal__proposer")


def money_awaiting_guardian_of(*, network: Network, user: User) -> list[Commitment]:
    """A youth member's money commitments still waiting for their guardian's answer (not
    undone or hidden), made in this network or, from a youth cohort, as a guest at its host
    network (networks/guests.py), oldest first. They count nowhere until approved
    (`NOT_COUNTED`), so the pages that list them are the youth's own: the youth program's
    page and My commitments. One query."""
    places = [network.pk]
    if network.kind == NetworkKind.YOUTH and network.parent_id is not None:
        places.append(network.parent_id)
    with scopes_disabled():  # the person's own rows, in the cohort and its host
        return list(
            Commitment.objects.filter(
                STILL_AWAITING_GUARDIAN, network_id__in=places, committer=user
            )
            .select_related("network", "gathering", "proposal__proposer")
            .order_by("created_at", "pk")
        )


def personal_commitments_made(user: User) -> list[dict[str, object]]:
    """For "export my data": every commitment the person made, in every network (their own
    rows cross networks), with their words and where each stands."""
    with scopes_disabled():  # the person's own rows, whichever networks hold them
        made = list(
            Commitment.objects.filter(committer=user)
            .select_related("network", "gathering", "proposal")
            .order_by("created_at", "pk")
        )
    return [
        {
            "network": c.network.name,
            "gathering": c.gathering.title,
            "project": c.proposal.title,
            "what": c.what,
            "capital": c.capital,
            "amount": None if c.amount is None else str(c.amount),
            "unit": c.unit,
            "due_on": when(c.due_on),
            "status": c.status,
            "delivered_amount": None if c.delivered_amount is None else str(c.delivered_amount),
            "delivered_note": c.delivered_note,
            "guardian_approval": c.guardian_approval,
            "created_at": when(c.created_at),
            "kept_at": when(c.kept_at),
            "undone_at": when(c.undone_at),
            "hidden_at": when(c.hidden_at),
        }
        for c in made
    ]
