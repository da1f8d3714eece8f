"""Reusable reads: a gathering's commitments and its live events."""

from __future__ import annotations

from django.db.models import QuerySet

from collaboratory.commitments.models import Commitment, LiveEvent
from collaboratory.gatherings.models import Gathering
from collaboratory.networks.models import Network

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
