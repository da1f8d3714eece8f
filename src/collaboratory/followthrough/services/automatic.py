"""The periodic pass of follow-through for one network (`followthrough_run`): done
commitments nobody disputed become kept, open ones long overdue lapse, then reminders go,
and project news and move emails that failed to go out are sent."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.utils import timezone

from collaboratory.commitments import lifecycle
from collaboratory.followthrough.selectors import (
    commitments_done_before,
    commitments_open_due_by,
    followthrough_settings_for,
    today_in,
)
from collaboratory.followthrough.services.move_mail import (
    move_emails_send_due,
    offer_emails_send_due,
)
from collaboratory.followthrough.services.moves import commitment_transition
from collaboratory.followthrough.services.reminders import reminders_send_due
from collaboratory.followthrough.services.updates import project_updates_send_due
from collaboratory.networks.mail import mail_run
from collaboratory.networks.models import Network


def commitments_auto_confirm(*, network: Network, now: datetime | None = None) -> int:
    """Done commitments nobody disputed within the network's window count as kept (or
    partly kept when less was delivered than promised)."""
    now = now or timezone.now()
    options = followthrough_settings_for(network=network)
    cutoff = now - timedelta(days=options.confirm_window_days)
    due = commitments_done_before(network=network, cutoff=cutoff)
    count = 0
    for commitment in due:
        outcome = lifecycle.confirmation_outcome(
            float(commitment.amount) if commitment.amount is not None else None,
            float(commitment.delivered_amount) if commitment.delivered_amount is not None else None,
        )
        try:
            commitment_transition(commitment=commitment, actor=None, to=outcome, now=now)
        except ValidationError:  # moved by someone between the read and the lock
            continue
        count += 1
    return count


def commitments_lapse(*, network: Network, now: datetime | None = None) -> int:
    """Open commitments overdue beyond the grace period lapse (no blame: the word says only
    that the time passed)."""
    now = now or timezone.now()
    options = followthrough_settings_for(network=network)
    last_due = today_in(network, now) - timedelta(days=options.lapse_grace_days + 1)
    due = commitments_open_due_by(network=network, due_by=last_due)
    count = 0
    for commitment in due:
        try:
            commitment_transition(commitment=commitment, actor=None, to=lifecycle.LAPSED, now=now)
        except ValidationError:
            continue
        count += 1
    return count


def followthrough_run(*, network: Network, now: datetime | None = None) -> dict[str, int]:
    """The periodic pass for one network: confirm, lapse, remind, then send the project
    news, the move emails a failed send left behind and the offer emails whose task never
    ran. One `mail_run` around them all: the first send that finds the mail server
    unreachable ends every later one without a try (each waited out its own timeout
    before: three a network); what did not go waits for the next pass."""
    now = now or timezone.now()
    done: dict[str, int] = {}
    with mail_run(network=network, what="follow-through emails"):
        done = {
            "confirmed": commitments_auto_confirm(network=network, now=now),
            "lapsed": commitments_lapse(network=network, now=now),
            "reminded": reminders_send_due(network=network, now=now),
            "news": project_updates_send_due(network=network, now=now),
            "moves_told": move_emails_send_due(network=network, now=now),
            "offers_told": offer_emails_send_due(network=network, now=now),
        }
    return done
