"""The asks board's writes of its own: the presenter (or a steward) marks an ask met, and it
leaves the board, or takes that back. Offers of help are commitments, written by
`commitment_create`."""

from __future__ import annotations

from datetime import datetime

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from collaboratory.audit.services import audit_record
from collaboratory.creditclub.models import Ask
from collaboratory.matching.models import AskMet
from collaboratory.people.models import User


def ask_mark_met(*, ask: Ask, actor: User, now: datetime | None = None) -> AskMet:
    """Close an ask on the board, once (a second mark returns the first)."""
    if not actor.has_perm("matching.mark_ask_met", ask):
        raise PermissionDenied(_("Only the presenter who asked, or a steward, can close an ask."))
    existing = AskMet.objects.filter(ask=ask).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            met = AskMet.objects.create(
                network=ask.network, ask=ask, marked_by=actor, marked_at=now or timezone.now()
            )
            audit_record(
                action="ask.met",
                actor=actor,
                network=ask.network,
                target=ask,
                data={"proposal": ask.proposal_id},
            )
    except IntegrityError:  # marked at the same moment by someone else: theirs stands
        return AskMet.objects.get(ask=ask)
    return met


def ask_reopen(*, ask: Ask, actor: User) -> bool:
    """Undo "Mark as met" (a tap beside "Who could help?" on a phone closed an ask for good):
    the ask goes back on the board if its date has not passed. False when it was not marked
    met (already reopened, at the same moment by someone else too)."""
    if not actor.has_perm("matching.mark_ask_met", ask):
        raise PermissionDenied(_("Only the presenter who asked, or a steward, can reopen an ask."))
    with transaction.atomic():
        deleted, _rows = AskMet.objects.filter(ask=ask).delete()
        if not deleted:
            return False
        audit_record(
            action="ask.reopened",
            actor=actor,
            network=ask.network,
            target=ask,
            data={"proposal": ask.proposal_id},
        )
    return True
