"""What a commitment looks like to listeners and in JSON answers (create, and the guardian's
approval that first shows a youth member's money commitment)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from collaboratory.commitments.models import Commitment


def plain_amount(amount: Decimal | None) -> str | None:
    """3, 2.5, 1200: the same text whether the amount came from the form or the database."""
    if amount is None:
        return None
    return format(Decimal(amount).quantize(Decimal("0.01")).normalize(), "f")


def commitment_payload(commitment: Commitment) -> dict[str, Any]:
    """What listeners see: no emails, phones or self-descriptions; a display name only."""
    return {
        "commitment": commitment.pk,
        "proposal": commitment.proposal_id,
        "ask": commitment.ask_id,
        "committer": commitment.committer.full_name,
        "capital": commitment.capital,
        "what": commitment.what,
        "amount": plain_amount(commitment.amount),
        "unit": commitment.unit,
        "due_on": commitment.due_on.isoformat(),
        "firm": commitment.firm,
        "scribe": commitment.entered_by_id != commitment.committer_id,
    }
