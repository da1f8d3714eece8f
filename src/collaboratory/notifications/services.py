"""The weekly digest: each member once a week per network, through `mail_send` (kind
"digests", so the preference, the footer and the one-click unsubscribe apply)."""

from __future__ import annotations

import logging
from datetime import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from collaboratory.followthrough.services.reminders import committer_reminders_past_due
from collaboratory.networks.mail import (
    digest_items_still_news,
    in_language_of,
    mail_run,
    mail_run_failed,
    mail_send,
    news_pass,
)
from collaboratory.networks.models import DigestItem, MailKind, Network
from collaboratory.networks.services import digest_items_clear
from collaboratory.notifications.models import WeeklyDigestSent
from collaboratory.notifications.selectors import (
    ItemLine,
    MemberDigest,
    NetworkWeek,
    digest_recipients,
    digest_week,
    member_digest,
    network_week,
)
from collaboratory.people.models import User

log = logging.getLogger(__name__)


def _link(name: str, **kwargs: object) -> str:
    return settings.SITE_URL + reverse(name, kwargs=kwargs)


def digest_item_lines(
    *, network: Network, user: User, items: list[DigestItem], now: datetime
) -> list[ItemLine]:
    """The queued items as the digest shows them at `now`: each as it was queued, but a
    committer's reminder of a commitment whose due day has passed on the network's calendar
    reads as the overdue reminder ("Was due <day>: ...", not "Coming up: ..."), once per
    commitment (`committer_reminders_past_due`). Every item is still carried and cleared
    with the send; a second one of the same commitment is only not shown again."""
    now_worded = committer_reminders_past_due(network=network, user=user, items=items, now=now)
    lines = []
    for item in items:
        if item.pk not in now_worded:
            lines.append(ItemLine(item.subject, item.excerpt, item.link))
        elif (line := now_worded[item.pk]) is not None:
            lines.append(ItemLine(line.subject, line.excerpt, line.link))
    return lines


def weekly_digest_send(
    *, network: Network, digest: MemberDigest, week: NetworkWeek, now: datetime
) -> bool:
    """Write the sent-log row, drop the queued items it carries and send, in one
    transaction: a failed send leaves no row and keeps the items (the next run retries); an
    existing row (an earlier run, another worker) sends nothing. The queued items are
    worded here, as they read at `now` (`digest_item_lines`), so every caller shows them."""
    user = digest.user
    slug = network.slug
    digest.item_lines = digest_item_lines(network=network, user=user, items=digest.items, now=now)
    context = {
        "name": user.get_short_name(),
        "network": network,
        "digest": digest,
        "week": week,
        "asks_link": _link("matching:asks", network_slug=slug),
        "mine_link": _link("followthrough:mine", network_slug=slug),
        "gathering_link": (
            _link("gatherings:detail", network_slug=slug, pk=week.gathering.pk)
            if week.gathering
            else ""
        ),
    }
    with in_language_of(user):
        subject = _("Your week in %(network)s") % {"network": network.name}
        body = render_to_string("notifications/email/weekly.txt", context)
    # The asks are their presenters' words: when one crosses the age line with the reader,
    # the stewards get a copy (networks.mail). Names, titles and the reader's own
    # commitments are not someone else's typed text; queued items carry no excerpt of any.
    authors = list({a.proposal.proposer_id: a.proposal.proposer for a in digest.asks}.values())
    try:
        with transaction.atomic():
            WeeklyDigestSent.objects.create(network=network, user=user, week=week.week, sent_at=now)
            digest_items_clear(network=network, user=user, item_ids=[i.pk for i in digest.items])
            mail_send(
                keep_failed=False,  # its own sent-log sends it again on the next run
                network=network,
                subject=subject,
                body=body,
                recipients=[user],
                free_text=bool(authors),
                authors=authors,
                kind=MailKind.DIGESTS,
                # No `news` check: the items it carries were cleared as it was logged, so
                # a kept digest is the only copy of them and goes late rather than never.
            )
    except IntegrityError:  # another run sent it first
        return False
    except Exception as error:  # a failed send is retried on the next run
        log.warning("Weekly digest for network %s not sent; will retry", network.pk)
        mail_run_failed(error)
        return False
    return True


def weekly_digests_send_due(*, network: Network, now: datetime | None = None) -> int:
    """On Monday morning (network time), each admitted member who has not turned digests off
    gets one digest of their week, unless it would be empty; returns how many went. A mail
    server that cannot be reached ends the run at its first try (`mail_run`)."""
    now = now or timezone.now()
    week_start = digest_week(network=network, now=now)
    if week_start is None:
        return 0
    recipients = digest_recipients(network=network, week=week_start)
    if not recipients:
        return 0
    week = network_week(network=network, week=week_start, now=now)
    sent = 0
    # One pass of news checks: what every reader's item of one thing shares (a project
    # update's readers) is read once for the run, not once per reader.
    with mail_run(network=network, what="weekly digests"), news_pass():
        for user in recipients:
            digest = member_digest(network=network, user=user, week=week)
            # Queued emails are asked again whether they are still news (a project
            # withdrawn since): what no longer is, is dropped, not carried.
            digest.items, stale = digest_items_still_news(
                network=network, user=user, items=digest.items, now=now
            )
            if stale:
                digest_items_clear(network=network, user=user, item_ids=[i.pk for i in stale])
            if digest.is_empty(week):
                continue
            if weekly_digest_send(network=network, digest=digest, week=week, now=now):
                sent += 1
    return sent
