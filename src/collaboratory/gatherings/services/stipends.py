"""Travel stipends: requests and decisions within the gathering's budget."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from collaboratory.audit.services import audit_record
from collaboratory.gatherings.models import (
    DecisionStatus,
    Gathering,
    GatheringFormat,
    Rsvp,
    RsvpStatus,
    StipendRequest,
)
from collaboratory.gatherings.selectors import rsvps_holding_seats, rsvps_open
from collaboratory.gatherings.services.pages import gathering_pages_changed, pages_changed
from collaboratory.gatherings.services.rsvp import gathering_lock
from collaboratory.money import money_text
from collaboratory.people.models import User


def stipend_request_submit(
    *,
    gathering: Gathering,
    user: User,
    reason: str,
    amount: Decimal,
    no_institutional_support: bool,
    now: datetime | None = None,
) -> StipendRequest:
    """Ask for a travel stipend. Only for members coming without institutional support."""
    now = now or timezone.now()
    if gathering.format != GatheringFormat.IN_PERSON:  # the page offers none; a post is refused
        raise ValidationError(
            _("A virtual gathering has no travel to pay for: stipends are for in-person ones.")
        )
    errors: dict[str, str] = {}
    if not no_institutional_support:
        errors["no_institutional_support"] = _(
            "Travel stipends are for members whose organization does not cover travel: tick "
            "the box if that is your case."
        )
    if not reason.strip():
        errors["reason"] = _("Say in a sentence why you need the stipend.")
    if amount <= 0:
        errors["amount"] = _("Enter an amount above zero, in dollars.")
    if errors:
        raise ValidationError(errors)
    if not rsvps_open(gathering, now):  # the page hides the form; a late post is refused
        raise ValidationError(
            _("Stipend requests closed with the RSVPs: ask a steward if you need one.")
        )
    with transaction.atomic():
        # The gathering's lock first: with no request yet the locking read below finds no
        # row to lock, so the same request sent twice at once (a double tap reaching two
        # processes) inserted twice on PostgreSQL, the second failing on the constraint.
        gathering_lock(gathering)
        rsvp = Rsvp.objects.filter(gathering=gathering, user=user).first()
        if rsvp is not None and rsvp.status == RsvpStatus.WAITLISTED:
            raise ValidationError(
                _("You are on the waitlist: ask for a stipend once a seat is yours.")
            )
        if rsvp is None or rsvp.status != RsvpStatus.CONFIRMED:
            raise ValidationError(_("Answer yes to the gathering before asking for a stipend."))
        # Locked: a steward's approval either committed first (and is seen here) or waits
        # for this change; a plain read let the save below undo an approval (PostgreSQL).
        existing = (
            StipendRequest.objects.select_for_update()
            .filter(gathering=gathering, user=user)
            .first()
        )
        # A released approval (the member gave up their seat since) decided nothing about
        # this trip: asked again, it waits for a steward like a new request.
        if existing is not None and existing.status not in (
            DecisionStatus.PENDING,
            DecisionStatus.RELEASED,
        ):
            raise ValidationError(_("Your stipend request has already been decided."))
        stipend = existing or StipendRequest(
            network=gathering.network, gathering=gathering, user=user
        )
        stipend.reason = reason.strip()
        stipend.amount = amount
        stipend.requested_at = now
        stipend.status = DecisionStatus.PENDING
        stipend.decided_at = stipend.decided_by = stipend.released_at = None
        stipend.save()
        gathering_pages_changed(gathering)
        audit_record(
            action="stipend.requested",
            actor=user,
            network=gathering.network,
            target=stipend,
            data={"amount": str(amount)},
        )
    return stipend


def _holds_seat(stipend: StipendRequest) -> bool:
    """Whether the member who asked still holds a seat (`rsvps_holding_seats`): since the
    request they may have said no, sent a substitute (their answer became "not coming") or
    left the network, and a stipend pays for a trip to the gathering."""
    return (
        rsvps_holding_seats()
        .filter(gathering_id=stipend.gathering_id, user_id=stipend.user_id)
        .exists()
    )


def stipend_decide(
    *, stipend: StipendRequest, approve: bool, actor: User, now: datetime | None = None
) -> StipendRequest:
    """Approve or deny. An approval raises the gathering's committed total with one
    conditional UPDATE that only matches while the total stays within the budget, so two
    stewards approving at once can never exceed it (on SQLite and PostgreSQL alike); it is
    refused for a member who no longer holds a seat (`_holds_seat`)."""
    now = now or timezone.now()
    with transaction.atomic():
        # The gathering's lock before the request's row, the order `stipend_request_submit`
        # keeps: the other way round, a request changed at the same moment deadlocked.
        gathering_lock(stipend.gathering)
        claimed = StipendRequest.objects.filter(
            pk=stipend.pk, status=DecisionStatus.PENDING
        ).update(
            status=DecisionStatus.APPROVED if approve else DecisionStatus.DENIED,
            decided_at=now,
            decided_by=actor,
        )
        if not claimed:
            raise ValidationError(_("This request has already been decided."))
        if approve and not _holds_seat(stipend):
            raise ValidationError(
                _(
                    "%(name)s no longer holds a seat at this gathering, so the stipend would "
                    "pay for a trip nobody makes: deny the request."
                )
                % {"name": stipend.user.full_name}
            )
        # The amount as stored, read after the claim (which holds the row): the caller's
        # copy may predate the member's last change to the pending request.
        stipend.refresh_from_db(fields=["amount"])
        pages_changed(gathering_id=stipend.gathering_id, network_id=stipend.network_id)
        if approve:
            fits = Gathering.objects.filter(
                pk=stipend.gathering_id,
                stipend_committed__lte=F("stipend_budget") - stipend.amount,
            ).update(stipend_committed=F("stipend_committed") + stipend.amount)
            if not fits:
                gathering = Gathering.objects.get(pk=stipend.gathering_id)
                remaining = gathering.stipend_budget - gathering.stipend_committed
                raise ValidationError(
                    _(
                        "Approving %(amount)s would exceed the budget: %(remaining)s remains. "
                        "Deny it, or raise the budget first."
                    )
                    % {
                        "amount": money_text(stipend.amount, get_language()),
                        "remaining": money_text(remaining, get_language()),
                    }
                )
        audit_record(
            action="stipend.approved" if approve else "stipend.denied",
            actor=actor,
            network=stipend.network,
            target=stipend,
            data={"amount": str(stipend.amount)},
        )
    stipend.refresh_from_db()
    return stipend
