"""The stipend budget given back: an approval whose member no longer holds a seat.

Its own module because the writes that end a seat (rsvp, substitutes) and the stipends
module (which takes `gathering_lock` from rsvp) all call it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from django.db.models import F

from collaboratory.audit.services import audit_record
from collaboratory.gatherings.models import DecisionStatus, Gathering, StipendRequest
from collaboratory.gatherings.selectors import rsvps_holding_seats
from collaboratory.people.models import User


def stipends_release_unseated(
    *,
    gathering: Gathering,
    now: datetime,
    user_ids: Iterable[int] | None = None,
    actor: User | None = None,
    why: str,
) -> list[StipendRequest]:
    """Give back to the budget the approved stipends (of `user_ids`, or all) whose member
    no longer holds a seat (`rsvps_holding_seats`): a stipend pays for a trip to a seat, and
    a kept approval left the steward short for the next member who comes. Call under the
    gathering's lock, in the transaction of the write that ended the seat. Each release is
    a conditional UPDATE from approved, and the total falls only when it matched, so a
    replay (a double tap, a removal sent twice) releases nothing more."""
    approved = StipendRequest.objects.filter(
        gathering_id=gathering.pk, status=DecisionStatus.APPROVED
    )
    if user_ids is not None:
        approved = approved.filter(user_id__in=list(user_ids))
    seated = rsvps_holding_seats().filter(gathering_id=gathering.pk).values("user_id")
    released = []
    for stipend in approved.exclude(user_id__in=seated):
        claimed = StipendRequest.objects.filter(
            pk=stipend.pk, status=DecisionStatus.APPROVED
        ).update(status=DecisionStatus.RELEASED, released_at=now)
        if not claimed:
            continue
        Gathering.objects.filter(pk=gathering.pk).update(
            stipend_committed=F("stipend_committed") - stipend.amount
        )
        stipend.status, stipend.released_at = DecisionStatus.RELEASED, now
        audit_record(
            action="stipend.released",
            actor=actor,
            network=gathering.network,
            target=stipend,
            data={"amount": str(stipend.amount), "why": why},
        )
        released.append(stipend)
    return released
