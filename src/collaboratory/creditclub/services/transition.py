"""The one place a proposal's state changes."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from collaboratory.audit.services import audit_record
from collaboratory.creditclub import lifecycle
from collaboratory.creditclub.models import Proposal
from collaboratory.creditclub.selectors import run_positions
from collaboratory.gatherings.models import Gathering
from collaboratory.people.models import User

# The state machine's words (lifecycle.STATE_WORDS), marked for the catalog.
STATE_WORDS = {
    lifecycle.DRAFT: gettext_noop("a draft"),
    lifecycle.SUBMITTED: gettext_noop("submitted"),
    lifecycle.SELECTED: gettext_noop("selected"),
    lifecycle.WAITLISTED: gettext_noop("on the waitlist"),
    lifecycle.DECLINED: gettext_noop("declined"),
    lifecycle.PRESENTED: gettext_noop("presented"),
    lifecycle.WITHDRAWN: gettext_noop("withdrawn"),
}


def transition_error_text(current: str, target: str) -> str:
    """A refused move in the reader's language (the pure state machine words it in English)."""
    if current not in STATE_WORDS or target not in STATE_WORDS:
        return _("Choose one of the actions offered for this proposal.")
    options = sorted(lifecycle.TRANSITIONS[current])
    return _(
        "A proposal that is %(current)s cannot become %(target)s; it can only become: %(then)s."
    ) % {
        "current": _(STATE_WORDS[current]),
        "target": _(STATE_WORDS[target]),
        "then": ", ".join(_(STATE_WORDS[s]) for s in options) or _("nothing"),
    }


def run_lock(gathering_id: int) -> None:
    """The gathering's row owns its run of show: whoever changes who is in it or in which
    order (a move, a selection, a presenter leaving) queues here, and reads the run the one
    before left (PostgreSQL: a row lock; SQLite: the write lock an IMMEDIATE transaction
    holds from its start)."""
    Gathering.objects.select_for_update().filter(pk=gathering_id).values_list("pk").get()


# Moves that may put a presenter into the run of show or take one out of it (presented: one
# never announced as selected joins it).
RUN_MOVES = frozenset(
    {lifecycle.SELECTED, lifecycle.WAITLISTED, lifecycle.WITHDRAWN, lifecycle.PRESENTED}
)


def _run_renumber(gathering_id: int, *, last: int | None = None) -> int | None:
    """Number the run 1 to n as it stands (`last` put at its end): a presenter who joined
    comes last, one who left leaves no gap. Writes only the positions that change; returns
    `last`'s position. Under `run_lock`."""
    rows = [(pk, at) for pk, at in run_positions(gathering_id=gathering_id) if pk != last]
    if last is not None:
        rows.append((last, None))
    for position, (pk, at) in enumerate(rows, start=1):
        if at != position:
            Proposal.objects.filter(pk=pk).update(run_position=position)
    return len(rows) if last is not None else None


def proposal_transition(
    proposal: Proposal, target: str, *, actor: User | None, **changes: Any
) -> Proposal:
    """Move a proposal to `target` from the state it has in the database now (the caller's
    copy may be stale), audit it, and update the caller's copy. A presenter selected (or
    presented without an announced selection) takes the last place in the run of show (and,
    selected, owes a fresh pack acknowledgement), one who leaves it (waitlisted, withdrawn)
    closes the gap, under the run's lock, taken before the proposal's row as a move takes
    it."""
    with transaction.atomic():
        if target in RUN_MOVES:
            run_lock(proposal.gathering_id)
        current = (
            Proposal.objects.select_for_update().values_list("state", flat=True).get(pk=proposal.pk)
        )
        try:
            lifecycle.check_transition(current, target)
        except lifecycle.TransitionError as error:
            raise ValidationError(transition_error_text(current, target)) from error
        if current == lifecycle.SELECTED and target != lifecycle.PRESENTED:
            changes["run_position"] = None
        if target == lifecycle.SELECTED:
            # Each selection asks for its own acknowledgement (and its own reminder): one
            # given for an earlier selection, before a waitlisting, is not an answer to this
            # one. The slides link stays: it is the presenter's, not the acknowledgement.
            changes.update(pack_acknowledged_at=None, pack_reminded_at=None)
        updated = Proposal.objects.filter(pk=proposal.pk, state=current).update(
            state=target, updated_at=timezone.now(), **changes
        )
        if updated != 1:
            raise ValidationError(
                _("Someone else changed this proposal a moment ago; reload and try again.")
            )
        if target == lifecycle.SELECTED or (
            target == lifecycle.PRESENTED and current != lifecycle.SELECTED
        ):
            changes["run_position"] = _run_renumber(proposal.gathering_id, last=proposal.pk)
        elif "run_position" in changes:
            _run_renumber(proposal.gathering_id)
        audit_record(
            action=f"proposal.{target}",
            actor=actor,
            network=proposal.network,
            target=proposal,
            data={"from": current, "to": target},
        )
    proposal.state = target
    for name, value in changes.items():
        setattr(proposal, name, value)
    return proposal
