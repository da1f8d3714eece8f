"""Every write of follow-through. `commitment_transition` is the one place a commitment's
status changes: it locks the row, checks the move against lifecycle.MOVES and the actor's
roles, writes the status, the history and the audit row, and records the live event, all in
one transaction. A refused move raises and changes nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings as django_settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import URLValidator
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from collaboratory.audit.services import audit_record
from collaboratory.commitments.models import Commitment
from collaboratory.commitments.services import live_event_record
from collaboratory.creditclub.models import Proposal, ProposalState
from collaboratory.followthrough import lifecycle
from collaboratory.followthrough.models import (
    ActivityKind,
    CommitmentActivity,
    FollowthroughSettings,
    Partnership,
    PresenterFeedback,
    ProjectUpdate,
    ReminderSent,
    ReminderSnooze,
)
from collaboratory.followthrough.rules import commitment_roles
from collaboratory.followthrough.selectors import followthrough_settings_for, reminder_timing
from collaboratory.networks.mail import mail_send
from collaboratory.networks.models import Network, Organization
from collaboratory.networks.rules import is_network_member, is_network_steward
from collaboratory.networks.selectors import membership_for
from collaboratory.people.models import User

log = logging.getLogger(__name__)

KIND_STATUS = "commitment.status"
NOTE_MAX_CHARS = 2000
TEXT_MAX_CHARS = 4000
SNOOZE_MAX_DAYS = 90
# A presenter prompt is sent only this long after its day, so an old project is not
# prompted years later when the worker first runs.
PROMPT_WINDOW = timedelta(days=14)


def _today(network: Network, now: datetime) -> date:
    return timezone.localdate(now, ZoneInfo(network.time_zone))


def _link(value: str, errors: dict[str, list[str]], field: str = "link") -> str:
    value = (value or "").strip()
    if not value:
        return ""
    try:
        URLValidator(schemes=["http", "https"])(value)
    except ValidationError:
        errors[field] = [_("The link must be a full web address starting with https://.")]
    if len(value) > 200:
        errors[field] = [_("Keep the link under 200 characters.")]
    return value


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


# The lifecycle's words, translatable (lifecycle.py is pure and speaks plain English).
STATE_TEXT = {
    lifecycle.OFFERED: gettext_lazy("offered"),
    lifecycle.ACKNOWLEDGED: gettext_lazy("acknowledged"),
    lifecycle.ADJUST_REQUESTED: gettext_lazy("waiting for an adjustment"),
    lifecycle.IN_PROGRESS: gettext_lazy("in progress"),
    lifecycle.DONE: gettext_lazy("done and waiting for confirmation"),
    lifecycle.DISPUTED: gettext_lazy("disputed"),
    lifecycle.KEPT: gettext_lazy("kept"),
    lifecycle.PARTLY_KEPT: gettext_lazy("partly kept"),
    lifecycle.RELEASED: gettext_lazy("released"),
    lifecycle.LAPSED: gettext_lazy("lapsed"),
}
ACTOR_TEXT = {
    lifecycle.COMMITTER: gettext_lazy("the person who made the commitment"),
    lifecycle.RECIPIENT: gettext_lazy("the presenter who received it"),
    lifecycle.STEWARD: gettext_lazy("a steward"),
    lifecycle.SYSTEM: gettext_lazy("the automatic follow-up"),
}


def move_error_text(error: lifecycle.MoveError) -> str:
    """A refused move in the reader's language."""
    if error.code == "invalid":
        then = ", ".join(str(STATE_TEXT[t]) for t in error.options) or _("nothing: it is settled")
        return _(
            "A commitment that is %(current)s cannot become %(target)s; it can only become: "
            "%(then)s."
        ) % {
            "current": STATE_TEXT[error.current],
            "target": STATE_TEXT[error.target],
            "then": then,
        }
    if error.code == "not_allowed":
        return _("Only %(who)s can mark this commitment %(target)s.") % {
            "who": _(" or ").join(str(ACTOR_TEXT[a]) for a in error.who),
            "target": STATE_TEXT[error.target],
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
        locked = (
            Commitment.objects.select_for_update()
            .select_related("proposal", "committer", "gathering", "network")
            .get(pk=commitment.pk)
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
        try:
            lifecycle.check_move(previous, to, roles)
        except lifecycle.MoveError as error:
            message = move_error_text(error)
            if error.code == "not_allowed":
                raise PermissionDenied(message) from None
            raise ValidationError({"to": [message]}) from None

        errors: dict[str, list[str]] = {}
        if to in lifecycle.NOTE_REQUIRED and not note:
            errors["note"] = [
                {
                    lifecycle.RELEASED: _(
                        "Say in a few words why you release it; the presenter is told, "
                        "without blame."
                    ),
                    lifecycle.ADJUST_REQUESTED: _("Say what you would like adjusted."),
                    lifecycle.DISPUTED: _("Say what is still missing."),
                }[to]
            ]
        if len(note) > NOTE_MAX_CHARS:
            errors["note"] = [_("Keep the note under %(n)d characters.") % {"n": NOTE_MAX_CHARS}]
        delivered = _delivered(delivered_amount, locked, errors)
        if (
            to == lifecycle.PARTLY_KEPT
            and locked.amount is not None
            and "delivered_amount" not in errors
        ):
            delivered = delivered if delivered is not None else locked.delivered_amount
            if delivered is None:
                errors["delivered_amount"] = [
                    _("Say how much was delivered, in %(unit)s.")
                    % {"unit": locked.get_unit_display()}
                ]
            elif delivered >= locked.amount:
                errors["delivered_amount"] = [
                    _(
                        "Partly kept means less than the %(amount)s %(unit)s promised; "
                        "confirm it as kept instead."
                    )
                    % {"amount": locked.amount.normalize(), "unit": locked.get_unit_display()}
                ]
        if errors:
            raise ValidationError(errors)

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
        if actor is not None and to in _TOLD:
            from collaboratory.followthrough.tasks import move_email

            move_email.enqueue(activity.pk)
    commitment.__dict__.update(
        {f: getattr(locked, f) for f in ("status", "status_changed_at", "kept_at")}
    )
    commitment.delivered_amount = locked.delivered_amount
    commitment.delivered_note = locked.delivered_note
    return locked


# Moves the other party hears about by email (an automatic move tells nobody).
_TOLD = frozenset(
    {
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


def commitment_update_post(
    *, commitment: Commitment, author: User, note: str, link: str = "", now: datetime | None = None
) -> CommitmentActivity:
    """A word on how it is going, by the committer or the presenter; the status stays, and
    the other one hears of it by email."""
    now = now or timezone.now()
    if not (commitment_roles(author, commitment) & {lifecycle.COMMITTER, lifecycle.RECIPIENT}):
        raise PermissionDenied(_("Only the committer and the presenter post updates here."))
    errors: dict[str, list[str]] = {}
    note = (note or "").strip()
    if not note:
        errors["note"] = [_("Write the update: what happened, what is next.")]
    elif len(note) > NOTE_MAX_CHARS:
        errors["note"] = [_("Keep the update under %(n)d characters.") % {"n": NOTE_MAX_CHARS}]
    link = _link(link, errors)
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        activity = CommitmentActivity.objects.create(
            network=commitment.network,
            commitment=commitment,
            author=author,
            kind=ActivityKind.UPDATE,
            note=note,
            link=link,
            created_at=now,
        )
        audit_record(
            action="commitment.update_posted",
            actor=author,
            network=commitment.network,
            target=commitment,
        )
        from collaboratory.followthrough.tasks import move_email

        move_email.enqueue(activity.pk)
    return activity


def reminder_snooze(
    *, commitment: Commitment, user: User, until: date | None, now: datetime | None = None
) -> ReminderSnooze:
    """The committer pauses reminders about one commitment until `until` (at most 90 days)."""
    now = now or timezone.now()
    if commitment.committer_id != user.pk:
        raise PermissionDenied(_("Only the person who made a commitment can snooze it."))
    today = _today(commitment.network, now)
    if until is None or until <= today:
        raise ValidationError({"until": [_("Pick a day after today.")]})
    if until > today + timedelta(days=SNOOZE_MAX_DAYS):
        raise ValidationError(
            {"until": [_("Snooze for at most %(n)d days.") % {"n": SNOOZE_MAX_DAYS}]}
        )
    with transaction.atomic():
        snooze, _created = ReminderSnooze.objects.update_or_create(
            commitment=commitment,
            user=user,
            defaults={"network": commitment.network, "until": until},
        )
        audit_record(
            action="commitment.snoozed",
            actor=user,
            network=commitment.network,
            target=commitment,
            data={"until": until.isoformat()},
        )
    return snooze


def followthrough_settings_update(
    *, network: Network, actor: User, values: dict[str, Any]
) -> FollowthroughSettings:
    """Stewards change the network's rules; day lists are checked here."""
    if not is_network_steward(actor, network):
        raise PermissionDenied(_("Only stewards change the follow-through settings."))
    options = followthrough_settings_for(network=network)
    errors: dict[str, list[str]] = {}
    for field in ("before_due_days", "presenter_prompt_days"):
        if field in values:
            try:
                days = lifecycle.parse_days(str(values[field]))
            except ValueError as error:
                errors[field] = [
                    _(
                        "“%(piece)s” is not a number of days: write whole numbers from 1 to "
                        "365, separated by commas, like 7, 1."
                    )
                    % {"piece": error.args[0]}
                ]
            else:
                values[field] = ", ".join(str(d) for d in days)
    for field in ("wording_committer", "wording_presenter"):
        text = str(values.get(field, "") or "")
        try:
            text.format_map(_Placeholders())
        except (ValueError, IndexError):
            errors[field] = [
                _("Braces are for placeholders like {name}; check that each one is closed.")
            ]
    if errors:
        raise ValidationError(errors)
    changed = {}
    with transaction.atomic():
        for field, value in values.items():
            if getattr(options, field) != value:
                changed[field] = str(value)
                setattr(options, field, value)
        options.save()
        audit_record(
            action="followthrough.settings_changed",
            actor=actor,
            network=network,
            target=options,
            data={"fields": sorted(changed)},
        )
    return options


class _Placeholders(dict[str, str]):
    """Formats wording templates: known names are filled, unknown ones are left as typed."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def wording(template: str, default: str, values: dict[str, str]) -> str:
    text = template.strip() or default
    try:
        return text.format_map(_Placeholders(values))
    except (ValueError, IndexError):
        return default.format_map(_Placeholders(values))


# --- Automatic follow-up: confirming, lapsing, reminders -----------------------------------


def commitments_auto_confirm(*, network: Network, now: datetime | None = None) -> int:
    """Done commitments nobody disputed within the network's window count as kept (or
    partly kept when less was delivered than promised)."""
    now = now or timezone.now()
    options = followthrough_settings_for(network=network)
    cutoff = now - timedelta(days=options.confirm_window_days)
    due = Commitment.objects.filter(
        network=network,
        status=lifecycle.DONE,
        status_changed_at__lte=cutoff,
        hidden_at__isnull=True,
        undone_at__isnull=True,
    )
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
    last_due = _today(network, now) - timedelta(days=options.lapse_grace_days + 1)
    due = Commitment.objects.filter(
        network=network,
        status__in=lifecycle.OPEN,
        due_on__lte=last_due,
        hidden_at__isnull=True,
        undone_at__isnull=True,
    )
    count = 0
    for commitment in due:
        try:
            commitment_transition(commitment=commitment, actor=None, to=lifecycle.LAPSED, now=now)
        except ValidationError:
            continue
        count += 1
    return count


def _site_link(name: str, **kwargs: Any) -> str:
    return django_settings.SITE_URL + reverse(name, kwargs=kwargs)


def _send_once(
    *, network: Network, user: User, key: str, subject: str, body: str, now: datetime
) -> bool:
    """The sent-log row and the email in one transaction: a failed send leaves no row (the
    next run retries); an existing row (an earlier or a concurrent run) sends nothing."""
    try:
        with transaction.atomic():
            ReminderSent.objects.create(network=network, user=user, key=key, sent_at=now)
            # Our wording, the network's template and the committer's own words: no free
            # text passes between two people here.
            mail_send(
                network=network, subject=subject, body=body, recipients=[user], free_text=False
            )
    except IntegrityError:
        return False
    except Exception:
        log.warning("Follow-through reminder %s not sent; will retry", key)
        return False
    return True


def reminders_send_due(*, network: Network, now: datetime | None = None) -> int:
    """Every reminder due at `now` that has not gone out: committers before the due date and
    when overdue; presenters to acknowledge new commitments and, 30 and 90 days on (network
    settings), to follow up and post an update. Returns how many emails went."""
    now = now or timezone.now()
    options = followthrough_settings_for(network=network)
    timing = reminder_timing(options)
    today = _today(network, now)
    sent = 0
    horizon = today + timedelta(days=max(timing.before_due_days, default=0))
    open_commitments = list(
        Commitment.objects.filter(
            network=network,
            status__in=lifecycle.OPEN,
            due_on__lte=horizon,
            hidden_at__isnull=True,
            undone_at__isnull=True,
        ).select_related("committer", "proposal__proposer")
    )
    snoozed = set(
        ReminderSnooze.objects.filter(network=network, until__gte=today).values_list(
            "commitment_id", "user_id"
        )
    )
    wanted: list[tuple[Commitment, str, str]] = []
    for c in open_commitments:
        rule = lifecycle.committer_reminder(
            status=c.status, due_on=c.due_on, today=today, timing=timing
        )
        if rule and (c.pk, c.committer_id) not in snoozed:
            wanted.append((c, rule, f"c:{c.pk}:{rule}"))
    done = set(
        ReminderSent.objects.filter(
            network=network, key__in=[k for _c, _r, k in wanted]
        ).values_list("key", flat=True)
    )
    mine = _site_link("followthrough:mine", network_slug=network.slug)
    for c, rule, key in wanted:
        if key in done:
            continue
        overdue = rule.startswith("overdue")
        values = {
            "name": c.committer.get_short_name(),
            "what": c.what,
            "due_on": c.due_on.isoformat(),
            "presenter": c.proposal.proposer.full_name,
        }
        default = (
            _(
                "Hello {name}, your commitment to {presenter} was due on {due_on}: {what}. "
                "Mark it done, post an update, or release it with a note; any answer helps."
            )
            if overdue
            else _(
                "Hello {name}, a reminder of your commitment to {presenter}, due on {due_on}: "
                "{what}."
            )
        )
        body = wording(options.wording_committer, default, values) + "\n\n" + mine
        subject = (
            _("Your commitment is overdue: %(what)s") if overdue else _("Coming up: %(what)s")
        ) % {"what": c.what[:60]}
        if _send_once(
            network=network, user=c.committer, key=key, subject=subject, body=body, now=now
        ):
            sent += 1
    sent += _presenter_reminders(network=network, options=options, now=now)
    return sent


def _presenter_reminders(*, network: Network, options: FollowthroughSettings, now: datetime) -> int:
    sent = 0
    # Acknowledge: one email per batch of new commitments (keyed by the newest one).
    waiting: dict[int, list[Commitment]] = {}
    for c in Commitment.objects.filter(
        network=network,
        status=lifecycle.OFFERED,
        created_at__lte=now - timedelta(days=options.acknowledge_after_days),
        hidden_at__isnull=True,
        undone_at__isnull=True,
    ).select_related("proposal__proposer"):
        waiting.setdefault(c.proposal_id, []).append(c)
    prompts = lifecycle.parse_days(options.presenter_prompt_days)
    presented = Proposal.objects.filter(
        network=network,
        state=ProposalState.PRESENTED,
        gathering__starts_at__lte=now - timedelta(days=min(prompts, default=0)),
        gathering__starts_at__gt=now - timedelta(days=max(prompts, default=0)) - PROMPT_WINDOW,
    ).select_related("proposer", "gathering")
    jobs: list[tuple[User, str, str, str]] = []
    for commitments in waiting.values():
        proposal = commitments[0].proposal
        newest = max(c.pk for c in commitments)
        values = {
            "name": proposal.proposer.get_short_name(),
            "project": proposal.title,
            "count": str(len(commitments)),
        }
        default = _(
            "Hello {name}, {count} commitments to {project} wait for your thanks: acknowledge "
            "each one, or ask for an adjustment."
        )
        jobs.append(
            (
                proposal.proposer,
                f"p:{proposal.pk}:ack:{newest}",
                _("Commitments to acknowledge: %(project)s") % {"project": proposal.title},
                wording(options.wording_presenter, default, values),
            )
        )
    for proposal in presented:
        for days in prompts:
            start = proposal.gathering.starts_at + timedelta(days=days)
            if not start <= now < start + PROMPT_WINDOW:
                continue
            values = {
                "name": proposal.proposer.get_short_name(),
                "project": proposal.title,
                "count": "",
            }
            default = _(
                "Hello {name}, it has been a while since you presented {project}. Follow up "
                "with each person who made a commitment, and post an update so they hear how "
                "it is going."
            )
            jobs.append(
                (
                    proposal.proposer,
                    f"p:{proposal.pk}:prompt:{days}",
                    _("%(days)d days on: %(project)s") % {"days": days, "project": proposal.title},
                    wording(options.wording_presenter, default, values),
                )
            )
    done = set(
        ReminderSent.objects.filter(network=network, key__in=[j[1] for j in jobs]).values_list(
            "user_id", "key"
        )
    )
    mine = _site_link("followthrough:mine", network_slug=network.slug)
    for user, key, subject, body in jobs:
        if (user.pk, key) in done:
            continue
        if _send_once(
            network=network, user=user, key=key, subject=subject, body=body + "\n\n" + mine, now=now
        ):
            sent += 1
    return sent


def followthrough_run(*, network: Network, now: datetime | None = None) -> dict[str, int]:
    """The periodic pass for one network: confirm, lapse, then remind."""
    now = now or timezone.now()
    return {
        "confirmed": commitments_auto_confirm(network=network, now=now),
        "lapsed": commitments_lapse(network=network, now=now),
        "reminded": reminders_send_due(network=network, now=now),
    }


# --- Presenters: project updates and feedback ----------------------------------------------


def project_update_post(
    *, proposal: Proposal, author: User, text: str, link: str = "", now: datetime | None = None
) -> ProjectUpdate:
    """The presenter's news; every committer to the project is emailed once (a task)."""
    now = now or timezone.now()
    if proposal.proposer_id != author.pk:
        raise PermissionDenied(_("Only the presenter posts updates on a project."))
    errors: dict[str, list[str]] = {}
    if proposal.state not in (ProposalState.SELECTED, ProposalState.PRESENTED):
        errors["text"] = [_("Updates are for selected and presented projects.")]
    text = (text or "").strip()
    if not text:
        errors["text"] = [_("Write the update: what happened, what is next.")]
    elif len(text) > TEXT_MAX_CHARS:
        errors["text"] = [_("Keep the update under %(n)d characters.") % {"n": TEXT_MAX_CHARS}]
    link = _link(link, errors)
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        update = ProjectUpdate.objects.create(
            network=proposal.network,
            proposal=proposal,
            author=author,
            text=text,
            link=link,
            created_at=now,
        )
        audit_record(
            action="project.update_posted", actor=author, network=proposal.network, target=update
        )
        from collaboratory.followthrough.tasks import project_update_notify

        project_update_notify.enqueue(update.pk)
    return update


def project_update_send(*, update: ProjectUpdate, now: datetime | None = None) -> int:
    """Email the update to every committer of the project, once each. One send for all of
    them, so when the update crosses the adult-minor line the stewards get one copy, not
    one per committer; the sent-log rows and the send share a transaction."""
    now = now or timezone.now()
    proposal = update.proposal
    key = f"u:{update.pk}"
    committers = {
        c.committer_id: c.committer
        for c in Commitment.objects.filter(
            network=update.network,
            proposal=proposal,
            hidden_at__isnull=True,
            undone_at__isnull=True,
        ).select_related("committer")
        if c.committer_id != proposal.proposer_id
    }
    link = _site_link(
        "creditclub:proposal", network_slug=update.network.slug, proposal_id=proposal.pk
    )
    done = set(
        ReminderSent.objects.filter(network=update.network, key=key).values_list(
            "user_id", flat=True
        )
    )
    pending = [user for pk, user in committers.items() if pk not in done]
    if not pending:
        return 0
    body = f"{update.text}\n\n{update.link}\n\n{link}".replace("\n\n\n\n", "\n\n")
    try:
        with transaction.atomic():
            ReminderSent.objects.bulk_create(
                [
                    ReminderSent(network=update.network, user=user, key=key, sent_at=now)
                    for user in pending
                ]
            )
            return mail_send(
                network=update.network,
                subject=_("News from %(project)s") % {"project": proposal.title},
                body=body,
                recipients=pending,
                authors=[update.author],
                free_text=True,
            )
    except IntegrityError:  # a concurrent run sent it
        return 0
    except Exception:
        log.warning("Project update %s not sent", update.pk)
        return 0


def presenter_feedback_save(
    *, proposal: Proposal, author: User, helpful: object, text: str, now: datetime | None = None
) -> PresenterFeedback:
    """The presenter's feedback on the experience, read by stewards; one per project."""
    now = now or timezone.now()
    if proposal.proposer_id != author.pk:
        raise PermissionDenied(_("Only the presenter gives feedback on their turn."))
    errors: dict[str, list[str]] = {}
    if proposal.state != ProposalState.PRESENTED:
        errors["helpful"] = [_("Feedback opens once the project has been presented.")]
    try:
        score = int(str(helpful))
    except ValueError:
        score = 0
    if not 1 <= score <= 5:
        errors["helpful"] = [_("Choose how helpful the room was, from 1 to 5.")]
    text = (text or "").strip()
    if len(text) > TEXT_MAX_CHARS:
        errors["text"] = [_("Keep it under %(n)d characters.") % {"n": TEXT_MAX_CHARS}]
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        feedback, _created = PresenterFeedback.objects.update_or_create(
            proposal=proposal,
            defaults={
                "network": proposal.network,
                "author": author,
                "helpful": score,
                "text": text,
                "updated_at": now,
            },
        )
        audit_record(
            action="project.feedback_saved",
            actor=author,
            network=proposal.network,
            target=feedback,
        )
    return feedback


# --- Partnerships and stories --------------------------------------------------------------


def partnership_record(
    *,
    network: Network,
    recorded_by: User,
    kind: str,
    title: str,
    story: str,
    links: str = "",
    member_ids: Iterable[int] = (),
    organization_ids: Iterable[int] = (),
    proposal_ids: Iterable[int] = (),
    now: datetime | None = None,
) -> Partnership:
    """A member records a partnership or project born in the network; stewards publish it.
    Linked people, organizations and projects must belong to this network."""
    now = now or timezone.now()
    if not is_network_member(recorded_by, network):
        raise PermissionDenied(_("Only members of this network record its partnerships."))
    errors: dict[str, list[str]] = {}
    if kind not in Partnership.Kind.values:
        errors["kind"] = [_("Choose partnership or project.")]
    title = (title or "").strip()
    if not title:
        errors["title"] = [_("Give it a title.")]
    elif len(title) > 150:
        errors["title"] = [_("Keep the title under 150 characters.")]
    story = (story or "").strip()
    if not story:
        errors["story"] = [_("Tell the story: who met whom, and what grew from it.")]
    elif len(story) > TEXT_MAX_CHARS:
        errors["story"] = [_("Keep the story under %(n)d characters.") % {"n": TEXT_MAX_CHARS}]
    link_lines = [line.strip() for line in (links or "").splitlines() if line.strip()]
    for line in link_lines:
        _link(line, errors, "links")
    member_ids = {int(i) for i in member_ids}
    organization_ids = {int(i) for i in organization_ids}
    proposal_ids = {int(i) for i in proposal_ids}
    from collaboratory.networks.models import ADMITTED_STATUSES, Membership, NetworkKind
    from collaboratory.people.models import MINOR_AGE_BANDS

    linkable = Membership.objects.filter(
        network=network, user_id__in=member_ids, status__in=ADMITTED_STATUSES
    )
    if network.kind != NetworkKind.YOUTH:  # minors are seen only inside their youth cohort
        linkable = linkable.exclude(user__age_band__in=MINOR_AGE_BANDS)
    found = set(linkable.values_list("user_id", flat=True))
    if found != member_ids:
        errors["members"] = [_("Choose members of this network from the search by name.")]
    if Organization.objects.filter(network=network, pk__in=organization_ids).count() != len(
        organization_ids
    ):
        errors["organizations"] = [_("Choose organizations of this network from the list.")]
    projects = set(
        Proposal.objects.filter(
            network=network, pk__in=proposal_ids, state=ProposalState.PRESENTED
        ).values_list("pk", flat=True)
    )
    if projects != proposal_ids:
        errors["proposals"] = [_("Choose presented projects of this network from the list.")]
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        partnership = Partnership.objects.create(
            network=network,
            kind=kind,
            title=title,
            story=story,
            links="\n".join(link_lines),
            recorded_by=recorded_by,
            created_at=now,
        )
        partnership.members.set(member_ids | {recorded_by.pk})
        partnership.organizations.set(organization_ids)
        partnership.proposals.set(proposal_ids)
        partnership.commitments.set(
            Commitment.objects.filter(
                network=network,
                proposal_id__in=proposal_ids,
                committer_id__in=member_ids | {recorded_by.pk},
                hidden_at__isnull=True,
                undone_at__isnull=True,
            )
        )
        audit_record(
            action="partnership.recorded", actor=recorded_by, network=network, target=partnership
        )
    return partnership


def partnership_publish(
    *, partnership: Partnership, actor: User, published: bool, now: datetime | None = None
) -> Partnership:
    """Stewards curate: publish a recorded partnership to the network's list, or take it
    back."""
    if not is_network_steward(actor, partnership.network):
        raise PermissionDenied(_("Only stewards publish partnerships."))
    now = now or timezone.now()
    with transaction.atomic():
        partnership.published_at = now if published else None
        partnership.save(update_fields=["published_at"])
        audit_record(
            action="partnership.published" if published else "partnership.unpublished",
            actor=actor,
            network=partnership.network,
            target=partnership,
        )
    return partnership


# --- History (the demo generator, imports) -------------------------------------------------


def commitment_history_bulk_create(
    *,
    network: Network,
    commitments: list[Commitment],
    activity: list[CommitmentActivity] = (),  # type: ignore[assignment]
) -> list[Commitment]:
    """Record commitments as they happened (states taken as given, not replayed through
    the transitions), with the notes that went with them. Every row is checked first:
    its network, a known status, and kept dates only on kept ones."""
    settled_kept = {lifecycle.KEPT, lifecycle.PARTLY_KEPT}
    for c in commitments:
        if c.network_id != network.pk or c.status not in lifecycle.STATES:
            raise ValidationError(
                _("Each commitment must belong to this network, in a known status.")
            )
        if (c.kept_at is not None) != (c.status in settled_kept):
            raise ValidationError(_("Only kept and partly kept commitments have a kept date."))
    with transaction.atomic():
        created = Commitment.objects.bulk_create(commitments, batch_size=500)
        for item in activity:
            item.commitment_id = item.commitment.pk
        CommitmentActivity.objects.bulk_create(list(activity), batch_size=500)
        audit_record(
            action="commitment.history_imported",
            network=network,
            data={"count": len(created)},
        )
    return created
