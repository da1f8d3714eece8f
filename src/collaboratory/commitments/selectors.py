"""Reusable reads: a gathering's commitments, the presenter's follow-up list, and the digests
due. The live room's reads (events, session, run of show, who is in the room) are in
`commitments.live.selectors`."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db.models import QuerySet

from collaboratory.commitments.models import (
    Commitment,
)
from collaboratory.creditclub.models import Proposal
from collaboratory.gatherings.models import (
    Gathering,
)
from collaboratory.networks.models import Network


def commitments_shown(*, gathering: Gathering) -> QuerySet[Commitment]:
    """A gathering's commitments that are neither hidden nor undone, oldest first, with what
    a board or console prints in the same query."""
    return Commitment.objects.filter(
        network=gathering.network,
        gathering=gathering,
        hidden_at__isnull=True,
        undone_at__isnull=True,
    ).select_related("committer", "ask", "proposal")


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
