"""Invitations to propose, for members who said at RSVP they would like to present, and
the reminders of the call: a draft near its deadline, a presenter pack not acknowledged."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.conf import settings as django_settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from collaboratory.creditclub.models import Proposal, ProposalInvitation, ProposalState
from collaboratory.creditclub.selectors import call_window, creditclub_settings_for
from collaboratory.gatherings.models import Gathering, Rsvp, RsvpStatus
from collaboratory.networks.mail import mail_send
from collaboratory.networks.models import ADMITTED_STATUSES, MailKind, Membership
from collaboratory.networks.scoping import date_in


def proposal_invitations_send_due(*, network: Any, now: datetime | None = None) -> int:
    """Invite every member who said at RSVP they would like to present, once per gathering,
    while the gathering's call is open and they have no proposal for it yet."""
    now = now or timezone.now()
    settings = creditclub_settings_for(network=network)
    sent = 0
    for gathering in Gathering.objects.filter(network=network, starts_at__gt=now):
        window = call_window(gathering=gathering, settings=settings)
        if not window.is_open(now):
            continue
        invited = ProposalInvitation.objects.filter(gathering=gathering).values("user_id")
        proposing = Proposal.objects.filter(gathering=gathering).values("proposer_id")
        # Someone suspended, removed or gone since they answered (a guardian's withdrawn
        # consent suspends too) is not invited; a youth guest has no membership here.
        not_admitted = (
            Membership.objects.filter(network=network)
            .exclude(status__in=ADMITTED_STATUSES)
            .values("user_id")
        )
        recipients = (
            Rsvp.objects.filter(
                gathering=gathering,
                wants_to_present=True,
                status__in=[RsvpStatus.CONFIRMED, RsvpStatus.WAITLISTED, RsvpStatus.MAYBE],
            )
            .exclude(user_id__in=invited)
            .exclude(user_id__in=proposing)
            .exclude(user_id__in=not_admitted)
            .values_list("user_id", "user__email", "user__full_name", "user__language")
        )
        link = django_settings.SITE_URL + reverse(
            "creditclub:proposal_new",
            kwargs={"network_slug": network.slug, "gathering_id": gathering.pk},
        )
        for user_id, email, name, language in recipients:
            context = {"gathering": gathering, "name": name, "link": link, "window": window}
            # A task has no page zone to inherit: the deadline is the network's local time;
            # and no page language either: the member's own, else the site's.
            with (
                timezone.override(network.time_zone),
                translation.override(language or django_settings.LANGUAGE_CODE),
            ):
                body = render_to_string("creditclub/email/invitation.txt", context)
                subject = _("Present your project at %(g)s?") % {"g": gathering.title}
            with transaction.atomic():
                # The row and the email stand or fall together: a failed send is retried.
                ProposalInvitation.objects.create(
                    network=network, gathering=gathering, user_id=user_id, sent_at=now
                )
                mail_send(
                    network=network,
                    subject=subject,
                    body=body,
                    recipients=[email],
                    free_text=False,
                    kind=MailKind.GATHERING_NOTICES,
                    link=link,
                )
            sent += 1
    return sent


# A draft is reminded once when the call closes within this much time: late enough that
# the member has had their chance to finish, early enough to finish on a phone.
DRAFT_REMINDER_BEFORE = timedelta(hours=48)


def proposal_draft_reminders_send_due(*, network: Any, now: datetime | None = None) -> int:
    """Remind each proposer whose proposal is still a draft, once, in the last two days of
    an open call: a draft is never reviewed, and nobody else knows it exists."""
    now = now or timezone.now()
    settings = creditclub_settings_for(network=network)
    not_admitted = (
        Membership.objects.filter(network=network)
        .exclude(status__in=ADMITTED_STATUSES)
        .values("user_id")
    )
    sent = 0
    for gathering in Gathering.objects.filter(network=network, starts_at__gt=now):
        window = call_window(gathering=gathering, settings=settings)
        if not window.is_open(now) or window.closes_at - now > DRAFT_REMINDER_BEFORE:
            continue
        drafts = (
            Proposal.objects.filter(
                gathering=gathering, state=ProposalState.DRAFT, draft_reminded_at__isnull=True
            )
            .exclude(proposer_id__in=not_admitted)
            .select_related("proposer")
            .order_by("pk")
        )
        for proposal in drafts:
            link = django_settings.SITE_URL + reverse(
                "creditclub:proposal",
                kwargs={"network_slug": network.slug, "proposal_id": proposal.pk},
            )
            context = {"proposal": proposal, "gathering": gathering, "link": link}
            # The network's clock for the deadline; the proposer's language (a task has none).
            with (
                timezone.override(network.time_zone),
                translation.override(proposal.proposer.language or django_settings.LANGUAGE_CODE),
            ):
                context["deadline"] = window.closes_at
                body = render_to_string("creditclub/email/draft_reminder.txt", context)
                subject = _("Your proposal “%(title)s” is still a draft") % {
                    "title": proposal.title or _("(untitled)")
                }
            unmarked = Proposal.objects.filter(
                pk=proposal.pk, state=ProposalState.DRAFT, draft_reminded_at__isnull=True
            )
            if _reminder_mark_and_send(
                network, unmarked, {"draft_reminded_at": now}, proposal, subject, body, link
            ):
                sent += 1
    return sent


# A presenter who has not acknowledged the pack is reminded once, from this many days before
# the gathering's first day (the network's calendar), and not before this many days after
# the outcome email that linked the pack: one chosen late gets a day or two to read it.
PACK_REMINDER_DAYS_BEFORE = 7
PACK_REMINDER_DAYS_AFTER_OUTCOME = 2


def presenter_pack_reminders_send_due(*, network: Any, now: datetime | None = None) -> int:
    """Remind each selected presenter who has not acknowledged the presenter pack, once,
    in their language, on the network's day a week before the gathering (or two days after
    the outcome, if later), until the gathering's day: nobody else tells them, and the
    stewards see on the run of show who has not. Not the follow-through reminder to
    acknowledge commitments, which is about the room's offers after the gathering."""
    now = now or timezone.now()
    today = date_in(network, now)
    not_admitted = (
        Membership.objects.filter(network=network)
        .exclude(status__in=ADMITTED_STATUSES)
        .values("user_id")
    )
    # Wide by a day each side on UTC; which day is the network's calendar's to say.
    soon = Proposal.objects.filter(
        network=network,
        state=ProposalState.SELECTED,
        pack_acknowledged_at__isnull=True,
        pack_reminded_at__isnull=True,
        gathering__starts_at__gt=now - timedelta(days=1),
        gathering__starts_at__lt=now + timedelta(days=PACK_REMINDER_DAYS_BEFORE + 1),
    )
    candidates = (
        soon.exclude(proposer_id__in=not_admitted)
        .select_related("proposer", "gathering")
        .order_by("pk")
    )
    sent = 0
    for proposal in candidates:
        gathering_day = date_in(network, proposal.gathering.starts_at)
        due = gathering_day - timedelta(days=PACK_REMINDER_DAYS_BEFORE)
        if proposal.announced_at is not None:
            outcome_day = date_in(network, proposal.announced_at)
            due = max(due, outcome_day + timedelta(days=PACK_REMINDER_DAYS_AFTER_OUTCOME))
        if not due <= today < gathering_day:
            continue
        link = django_settings.SITE_URL + reverse(
            "creditclub:pack",
            kwargs={"network_slug": network.slug, "proposal_id": proposal.pk},
        )
        context = {"proposal": proposal, "gathering": proposal.gathering, "link": link}
        with (
            timezone.override(network.time_zone),
            translation.override(proposal.proposer.language or django_settings.LANGUAGE_CODE),
        ):
            body = render_to_string("creditclub/email/pack_reminder.txt", context)
            subject = _("Your presenter pack for %(gathering)s is waiting") % {
                "gathering": proposal.gathering.title
            }
        unmarked = Proposal.objects.filter(
            pk=proposal.pk,
            state=ProposalState.SELECTED,
            pack_acknowledged_at__isnull=True,
            pack_reminded_at__isnull=True,
        )
        if _reminder_mark_and_send(
            network, unmarked, {"pack_reminded_at": now}, proposal, subject, body, link
        ):
            sent += 1
    return sent


def _reminder_mark_and_send(
    network: Any,
    unmarked: Any,
    mark: dict[str, datetime],
    proposal: Proposal,
    subject: str,
    body: str,
    link: str,
) -> bool:
    """A proposer's one reminder: the mark and the email stand or fall together, and a second
    pass (or one running beside it) finds the mark and sends nothing."""
    with transaction.atomic():
        if not unmarked.update(**mark):
            return False
        mail_send(
            network=network,
            subject=subject,
            body=body,
            recipients=[proposal.proposer.email],
            free_text=False,
            kind=MailKind.GATHERING_NOTICES,
            link=link,
        )
    return True
