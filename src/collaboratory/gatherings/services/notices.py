"""Notices by email (announcement, reminders, waitlist promotion), each sent once."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from collaboratory.gatherings.models import (
    Gathering,
    GatheringSettings,
    NoticeKind,
    NoticeSent,
    Rsvp,
)
from collaboratory.gatherings.selectors import gathering_settings_for, rsvps_holding_seats
from collaboratory.gatherings.selectors_notices import notice_audience, notice_recipients
from collaboratory.networks.mail import in_language_of, mail_run, mail_run_failed, mail_send
from collaboratory.networks.models import MailKind, Network
from collaboratory.networks.scoping import date_in

log = logging.getLogger(__name__)


def _notice_text(kind: str, gathering: Gathering, link: str) -> tuple[str, str]:
    """The subject and body of one kind of notice. The announcement says which network,
    when (in the network's zone: the caller overrides it) and where, and the RSVP deadline:
    it said only "<title> is open for RSVPs"."""
    values = {"gathering": gathering.title, "link": link}
    details = {
        "network": gathering.network.name,
        "starts_at": gathering.starts_at,
        "city": gathering.city,
        "rsvp_deadline": gathering.rsvp_deadline,
    }
    if kind == NoticeKind.ANNOUNCEMENT:
        subject = _("You are invited: %(gathering)s") % values
    elif kind == NoticeKind.RSVP_REMINDER:
        subject = _("Will you come to %(gathering)s?") % values
    elif kind == NoticeKind.PROMOTED:
        subject = _("A seat opened for you at %(gathering)s") % values
    else:
        subject = _("Soon: %(gathering)s") % values
    return subject, render_to_string(
        "gatherings/email/notice.txt", {"kind": kind, **values, **details}
    )


def _send_notice(
    *, gathering: Gathering, user_id: int, email: str, kind: str, now: datetime
) -> bool:
    """Write the sent-log row and send in one transaction: a failed send rolls the row back,
    so the next run retries; a row already there means it went out before."""
    link = settings.SITE_URL + reverse(
        "gatherings:detail", kwargs={"network_slug": gathering.network.slug, "pk": gathering.pk}
    )
    with in_language_of(email), timezone.override(gathering.network.time_zone):
        subject, body = _notice_text(kind, gathering, link)
    try:
        with transaction.atomic():
            NoticeSent.objects.create(
                network=gathering.network,
                gathering=gathering,
                user_id=user_id,
                kind=kind,
                sent_at=now,
            )
            mail_send(
                keep_failed=False,  # its own sent-log sends it again on the next run
                network=gathering.network,
                subject=subject,
                body=body,
                recipients=[email],
                free_text=False,
                # "A seat opened for you" answers the member's own RSVP: essential.
                kind=None if kind == NoticeKind.PROMOTED else MailKind.GATHERING_NOTICES,
                link=link,
            )
    except Exception as error:  # a failed send is retried on the next run
        log.warning("Notice %s for gathering %s not sent; will retry", kind, gathering.pk)
        mail_run_failed(error)
        return False
    return True


def _on_or_after_the_day(network: Network, now: datetime, *, before: datetime, days: int) -> bool:
    """Whether a reminder set to `days` days before `before` is due: from the start of that
    calendar day in the network's zone (`date_in`) until `before`. Counted as 24-hour days,
    a deadline at 23:59 fell on the next day once the clocks had gone back in between, and
    0 days ("from `before` until `before`") never came."""
    return now < before and date_in(network, now) >= date_in(network, before) - timedelta(days=days)


def _notices_due(
    *, gathering: Gathering, everyone: dict[int, str], options: GatheringSettings, now: datetime
) -> list[tuple[str, dict[int, str]]]:
    """Each kind of notice this gathering has due at `now`, with its recipients (user id ->
    email) before the sent-log is consulted. The announcement and the reminders wait for the
    steward's announcement in the app; a seat opened answers the member's own RSVP, so it
    goes out either way (the waitlist page promises it)."""
    # Only answers that hold a seat: someone removed since their "yes" is not reminded.
    confirmed = rsvps_holding_seats().filter(gathering=gathering)
    promoted = confirmed.filter(promoted_at__isnull=False)
    due: list[tuple[str, dict[int, str]]] = [
        (NoticeKind.PROMOTED, dict(promoted.values_list("user_id", "user__email")))
    ]
    if gathering.announced_at is None:
        return due
    due.append((NoticeKind.ANNOUNCEMENT, everyone))
    answered = set(Rsvp.objects.filter(gathering=gathering).values_list("user_id", flat=True))
    if gathering.rsvp_deadline is not None and _on_or_after_the_day(
        gathering.network, now, before=gathering.rsvp_deadline, days=options.rsvp_reminder_days
    ):
        due.append(
            (NoticeKind.RSVP_REMINDER, {u: e for u, e in everyone.items() if u not in answered})
        )
    if _on_or_after_the_day(
        gathering.network, now, before=gathering.starts_at, days=options.gathering_reminder_days
    ):
        due.append(
            (NoticeKind.GATHERING_REMINDER, dict(confirmed.values_list("user_id", "user__email")))
        )
    return due


def notices_send_due(*, network: Network, now: datetime | None = None) -> int:
    """Send every notice due at `now` that has not gone out yet; returns how many went.
    A mail server that cannot be reached ends the run at its first try."""
    now = now or timezone.now()
    options = gathering_settings_for(network=network)
    sent = 0
    gatherings = Gathering.objects.filter(network=network, ends_at__gt=now).select_related(
        "network"
    )
    everyone, guests = notice_audience(network=network)  # youth guests: told as members
    with mail_run(network=network, what="notices"):
        for gathering in gatherings:
            invited = notice_recipients(gathering, everyone, guests)
            due = _notices_due(gathering=gathering, everyone=invited, options=options, now=now)
            for kind, recipients in due:
                already = set(
                    NoticeSent.objects.filter(gathering=gathering, kind=kind).values_list(
                        "user_id", flat=True
                    )
                )
                for user_id, email in recipients.items():
                    if user_id not in already and _send_notice(
                        gathering=gathering, user_id=user_id, email=email, kind=kind, now=now
                    ):
                        sent += 1
    return sent
