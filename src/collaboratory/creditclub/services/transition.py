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


def proposal_transition(
    proposal: Proposal, target: str, *, actor: User | None, **changes: Any
) -> Proposal:
    """Move a proposal to `target` from the state it has in the database now (the caller's
    copy may be stale), audit it, and update the caller's copy."""
    with transaction.atomic():
        current = (
            Proposal.objects.select_for_update().values_list("state", flat=True).get(pk=proposal.pk)
        )
        try:
            lifecycle.check_transition(current, target)
        except lifecycle.TransitionError as error:
            raise ValidationError(transition_error_text(current, target)) from error
        updated = Proposal.objects.filter(pk=proposal.pk, state=current).update(
            state=target, updated_at=timezone.now(), **changes
        )
        if updated != 1:
            raise ValidationError(
                _("Someone else changed this proposal a moment ago; reload and try again.")
            )
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
