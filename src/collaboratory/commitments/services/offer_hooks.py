"""The apps above commitments that act on an offer of help made on the asks board
(follow-through emails its presenter) register here (`on_offer`): commitments may not
import them. Apart from `commitment`, so the guardian's approval (`guardian`) tells them too."""

from __future__ import annotations

from collections.abc import Callable

from collaboratory.commitments.models import Commitment

OfferHook = Callable[..., object]  # called as fn(commitment=...)
_offer_hooks: list[OfferHook] = []


def on_offer(fn: OfferHook) -> OfferHook:
    """Register `fn(commitment=...)`: called in the writing transaction once an offer made
    on the asks board counts, when it is made (`commitment_offer`) or, for a youth
    member's money, when the guardian approves it or the committer keeps it at 18. Not
    for a resend or a double submit, which store nothing new, nor while it waits for the
    guardian; a rolled-back write takes what the hook wrote with it."""
    if fn not in _offer_hooks:
        _offer_hooks.append(fn)
    return fn


def offer_counted(*, commitment: Commitment) -> None:
    """Hand an asks-board offer that counts from now to the `on_offer` hooks; any other
    commitment (the room's, one still waiting for the guardian) is none of theirs."""
    if commitment.on_asks_board and commitment.is_shown:
        for hook in _offer_hooks:
            hook(commitment=commitment)
