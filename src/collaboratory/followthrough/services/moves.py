"""The one place a commitment's status changes: `commitment_transition` locks the row, checks
the move against the lifecycle's table (`commitments.lifecycle.MOVES`) and the actor's roles,
writes the status, the history and the audit row, and records the live event, all in one
transaction. A refused move raises and changes nothing. The other wrappers name a move.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from collaboratory.audit.services import audit_record
from collaboratory.commitments import lifecycle
from collaboratory.commitments.lifecycle import ACTOR_WORDS, STATE_WORDS
from collaboratory.commitments.live.events import KIND_STATUS, live_event_record
from collaboratory.commitments.models import NOT_COUNTED, Commitment
from collaboratory.followthrough.models import ActivityKind, CommitmentActivity
from collaboratory.followthrough.rules import commitment_roles
from collaboratory.networks.selectors import membership_for
from collaboratory.people.models import User
from collaboratory.validators import text_problem

NOTE_MAX_CHARS = 2000


def _delivered(value: object, commitment: Commitment, errors: dict[str, list[str]]) -> Any:
    if value is None or value == "":
        return None
    try:
        amount = Decimal(str(value).strip())
    except InvalidOperation:
        errors["delivered_amount"] = [_("The amount delivered must be a number, like 2 or 2.5.")]
        return None
    if not amount.is_finite() or amount < 0 or amount >= Decimal(10) ** 10:
        errors["delivered_amount"] = [
            _("The amount delivered must be zero or more, below 10,000,000,000.")
        ]
        return None
    return amount.quantize(Decimal("0.01"))


def move_error_text(error: lifecycle.MoveError) -> str:
    """A refused move in the reader's language."""
    if error.code == "invalid":
        then = ", ".join(_(STATE_WORDS[t]) for t in error.options) or _("nothing: it is settled")
        return _(
            "A commitment that is %(current)s cannot become %(target)s; it can only become: "
            "%(then)s."
        ) % {
            "current": _(STATE_WORDS[error.current]),
            "target": _(STATE_WORDS[error.target]),
            "then": then,
        }
    if error.code == "not_allowed":
        return _("Only %(who)s can mark this commitment %(target)s.") % {
            "who": _(" or ").join(_(ACTOR_WORDS[a]) for a in error.who),
            "target": _(STATE_WORDS[error.target]),
        }
    return _("Choose one of the actions offered for this commitment.")


def status_payload(commitment: Commitment, previous: str) -> dict[str, Any]:
    """What live views hear about a move: ids and states, no names, notes or amounts."""
    return {
        "commitment": commitment.pk,
        "proposal": commitment.proposal_id,
        "status": commitment.status,
        "previous": previous,
    }


def _move_input(
    locked: Commitment, *, to: str, note: str, delivered_amount: object
) -> Decimal | None:
    """The amount delivered, checked with the note the move needs; or a ValidationError
    naming each problem by its field."""
    errors: dict[str, list[str]] = {}
    if to in lifecycle.NOTE_REQUIRED and not note:
        errors["note"] = [
            {
                lifecycle.RELEASED: _(
                    "Say in a few words why you release it; the presenter is told, without blame."
                ),
                lifecycle.ADJUST_REQUESTED: _("Say what you would like adjusted."),
                lifecycle.DISPUTED: _("Say what is still missing."),
            }[to]
        ]
    if len(note) > NOTE_MAX_CHARS:
        errors["note"] = [
            ngettext(
                "Keep the note under %(n)d character.",
                "Keep the note under %(n)d characters.",
                NOTE_MAX_CHARS,
            )
            % {"n": NOTE_MAX_CHARS}
        ]
    elif problem := text_problem(note, what=_("the note"), multi=True):
        errors["note"] = [problem]
    delivered = _delivered(delivered_amount, locked, errors)
    if (
        to == lifecycle.PARTLY_KEPT
        and locked.amount is not None
        and "delivered_amount" not in errors
    ):
        delivered = delivered if delivered is not None else locked.delivered_amount
        if delivered is None:
            errors["delivered_amount"] = [
                _("Say how much was delivered, in %(unit)s.") % {"unit": locked.get_unit_display()}
            ]
        elif delivered >= locked.amount:
            # The amount as pages write it ("1 hour", "$100.00"): the unit's plural label
            # read "the 1 hours", and a normalized Decimal "the 1E+2 dollars".
            errors["delivered_amount"] = [
                _(
                    "Partly kept means less than the %(amount)s promised; confirm it as kept "
                    "instead."
                )
                % {"amount": locked.amount_text}
            ]
    if errors:
        raise ValidationError(errors)
    return delivered


def _move_apply(
    locked: Commitment, *, to: str, note: str, delivered: Decimal | None, now: datetime
) -> None:
    """Write the new status and what goes with it (the delivered amount and note when done,
    the kept date when confirmed, cleared when reopened)."""
    fields = ["status", "status_changed_at"]
    locked.status = to
    locked.status_changed_at = now
    if to == lifecycle.DONE:
        locked.delivered_amount = delivered
        locked.delivered_note = note
        fields += ["delivered_amount", "delivered_note"]
    elif to in (lifecycle.KEPT, lifecycle.PARTLY_KEPT):
        locked.kept_at = now
        if delivered is not None:
            locked.delivered_amount = delivered
        elif locked.delivered_amount is None and to == lifecycle.KEPT:
            locked.delivered_amount = locked.amount
        fields += ["kept_at", "delivered_amount"]
    elif to in (lifecycle.IN_PROGRESS, lifecycle.DISPUTED) and locked.kept_at is not None:
        locked.kept_at = None
        fields.append("kept_at")
    locked.save(update_fields=fields)


def commitment_transition(
    *,
    commitment: Commitment,
    actor: User | None,
    to: str,
    note: str = "",
    delivered_amount: object = None,
    now: datetime | None = None,
) -> Commitment:
    """Move one commitment to `to`. `actor` None is the automatic follow-up (auto-confirming,
    lapsing). Raises ValidationError (a move that does not exist, bad input) or
    PermissionDenied (the move exists but not for this person); either way nothing changes."""
    now = now or timezone.now()
    note = (note or "").strip()
    with transaction.atomic():
        # Lock the commitment's row only ("self"): locking the joined rows too held the
        # gathering, network, proposal and person FOR UPDATE, which every concurrent
        # commitment's foreign-key check (FOR KEY SHARE, at commit) waits for, and which
        # deadlocked with the live channel's row lock under load (bench/load.py).
        locked = (
            Commitment.objects.select_for_update(of=("self",))
            .select_related("proposal", "committer", "gathering", "network")
            .get(pk=commitment.pk)
        )
        if locked.guardian_approval in NOT_COUNTED:
            raise ValidationError(
                {"to": [_("This commitment has no follow-up without the guardian's approval.")]}
            )
        if not locked.is_shown:
            raise ValidationError(
                {"to": [_("This commitment was taken off the board; it has no follow-up.")]}
            )
        if actor is None:
            roles: frozenset[str] = frozenset({lifecycle.SYSTEM})
        elif membership_for(user=actor, network=locked.network) is None:
            raise PermissionDenied(_("Only members of this network can follow up here."))
        else:
            roles = commitment_roles(actor, locked)
        previous = locked.status
        if actor is not None and previous == to and _last_move_was(locked, actor, to):
            # The same move sent again (a double tap, a retry): it went through already;
            # answer as the first did, with nothing written or emailed twice.
            return _returned(commitment, locked)
        try:
            lifecycle.check_move(previous, to, roles)
        except lifecycle.MoveError as error:
            message = move_error_text(error)
            if error.code == "not_allowed":
                raise PermissionDenied(message) from None
            raise ValidationError({"to": [message]}) from None

        delivered = _move_input(locked, to=to, note=note, delivered_amount=delivered_amount)
        _move_apply(locked, to=to, note=note, delivered=delivered, now=now)
        activity = CommitmentActivity.objects.create(
            network=locked.network,
            commitment=locked,
            author=actor,
            kind=ActivityKind.MOVE,
            from_status=previous,
            to_status=to,
            note=note,
            created_at=now,
        )
        audit_record(
            action="commitment.status",
            actor=actor,
            network=locked.network,
            target=locked,
            data={"from": previous, "to": to, "roles": sorted(roles)},
        )
        live_event_record(
            network=locked.network,
            gathering=locked.gathering,
            kind=KIND_STATUS,
            payload=status_payload(locked, previous),
        )
        if actor is not None and to in TOLD:
            # deferred: the tasks module imports these services
            from collaboratory.followthrough.tasks import move_email

            move_email.enqueue(activity.pk)
    return _returned(commitment, locked)


def _returned(commitment: Commitment, locked: Commitment) -> Commitment:
    """The caller's copy brought up to date with the row as stored."""
    commitment.__dict__.update(
        {f: getattr(locked, f) for f in ("status", "status_changed_at", "kept_at")}
    )
    commitment.delivered_amount = locked.delivered_amount
    commitment.delivered_note = locked.delivered_note
    return locked


def _last_move_was(locked: Commitment, actor: User, to: str) -> bool:
    """Whether the commitment's latest move was `actor`'s, to `to` (no move goes from a
    state to itself, so a second post of the same move finds exactly this)."""
    last = (
        CommitmentActivity.objects.filter(
            network=locked.network, commitment=locked, kind=ActivityKind.MOVE
        )
        .order_by("-created_at", "-pk")
        .values_list("author_id", "to_status")
        .first()
    )
    return last == (actor.pk, to)


# Moves the other party hears about by email (an automatic move tells nobody).
TOLD = frozenset(
    {
        # Offered again after the presenter asked for an adjustment: theirs to thank, and
        # an acknowledge reminder sent before does not cover it.
        lifecycle.OFFERED,
        lifecycle.ACKNOWLEDGED,
        lifecycle.ADJUST_REQUESTED,
        lifecycle.DONE,
        lifecycle.DISPUTED,
        lifecycle.RELEASED,
        lifecycle.KEPT,
        lifecycle.PARTLY_KEPT,
    }
)


def commitment_acknowledge(*, commitment: Commitment, actor: User, note: str = "") -> Commitment:
    """The presenter thanks and accepts."""
    return commitment_transition(
        commitment=commitment, actor=actor, to=lifecycle.ACKNOWLEDGED, note=note
    )


def commitment_mark_done(
    *, commitment: Commitment, actor: User, note: str = "", delivered_amount: object = None
) -> Commitment:
    return commitment_transition(
        commitment=commitment,
        actor=actor,
        to=lifecycle.DONE,
        note=note,
        delivered_amount=delivered_amount,
    )


def commitment_confirm(*, commitment: Commitment, actor: User, note: str = "") -> Commitment:
    """The recipient confirms: kept, or partly kept when less than promised was delivered."""
    outcome = lifecycle.confirmation_outcome(
        float(commitment.amount) if commitment.amount is not None else None,
        float(commitment.delivered_amount) if commitment.delivered_amount is not None else None,
    )
    return commitment_transition(commitment=commitment, actor=actor, to=outcome, note=note)


def commitment_release(*, commitment: Commitment, actor: User, note: str) -> Commitment:
    return commitment_transition(
        commitment=commitment, actor=actor, to=lifecycle.RELEASED, note=note
    )
