"""What a commitment looks like to listeners and in JSON answers (create, and the guardian's
approval that first shows a youth member's money commitment). Listeners are the whole room
(the board, every phone): a young committer is named by first name only (`room_name`)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from collaboratory.commitments.live.selectors import room_name
from collaboratory.commitments.models import Commitment

# What the stored announcement of a commitment keeps once its words may no longer be heard
# (hidden by a facilitator, undone by whoever entered it, or its committer's account
# deleted): which one, to whom, on which ask.
CREATED_KEPT = ("commitment", "proposal", "ask")


def plain_amount(amount: Decimal | None) -> str | None:
    """3, 2.5, 1200: the same text whether the amount came from the form or the database."""
    if amount is None:
        return None
    return format(Decimal(amount).quantize(Decimal("0.01")).normalize(), "f")


def commitment_payload(commitment: Commitment, *, own: bool = False) -> dict[str, Any]:
    """What listeners see: no emails, phones or self-descriptions; a display name only, a
    young person's first name (`room_name`). `own`: the answer to the committer's own phone,
    which names them in full."""
    committer = commitment.committer
    return {
        "commitment": commitment.pk,
        "proposal": commitment.proposal_id,
        "ask": commitment.ask_id,
        "committer": committer.full_name if own else room_name(committer),
        "capital": commitment.capital,
        "what": commitment.what,
        "amount": plain_amount(commitment.amount),
        "unit": commitment.unit,
        "due_on": commitment.due_on.isoformat(),
        "firm": commitment.firm,
        "scribe": commitment.entered_by_id != commitment.committer_id,
    }


def announcement_kept(payload: dict[str, Any]) -> dict[str, Any]:
    """A stored announcement (`commitment.created`) without the words, name, amount or date."""
    return {key: payload.get(key) for key in CREATED_KEPT}
