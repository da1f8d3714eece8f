"""The email that tells the other party of a move, or of an update posted on a commitment,
and the presenter's of an offer of help made on the asks board. Sent exactly once, like the
rest of the project's mail (docs/architecture.md, Outgoing email): its sent-log row
(`ReminderSent`, key "m:<activity>" or "o:<commitment>") shares the send's transaction, so
a retried task or a second worker sends nothing more. A move's send that failed leaves no
row for the hourly pass (`move_emails_send_due`) to find; an offer's is kept for the mail
retry (`MailRetry`). An offer whose task never ran (the worker died between the commit and
the task, or the queued task was lost) has no row either: the hourly pass
(`offer_emails_send_due`) sends it, and the row keeps the task and the pass from both
sending it."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.db.models import CharField, Exists, OuterRef, Q, Value
from django.db.models.functions import Cast, Concat
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from collaboratory.commitments import lifecycle
from collaboratory.commitments.models import COUNTED, NOT_COUNTED, Commitment
from collaboratory.commitments.selectors import digest_due_at
from collaboratory.followthrough.models import ActivityKind, CommitmentActivity, ReminderSent
from collaboratory.followthrough.selectors import followers_among
from collaboratory.followthrough.services.links import site_link
from collaboratory.followthrough.services.moves import TOLD
from collaboratory.networks.mail import in_language_of, mail_run, mail_run_failed, mail_send
from collaboratory.networks.models import MailKind, Network
from collaboratory.people.models import User

log = logging.getLogger(__name__)

# Marked for translation here, translated when the email is written (in the reader's language).
MOVE_SUBJECTS = {
    lifecycle.OFFERED: _("Offered again, adjusted: a commitment to %(project)s"),
    lifecycle.ACKNOWLEDGED: _("Thank you: your commitment to %(project)s is acknowledged"),
    lifecycle.ADJUST_REQUESTED: _("An adjustment is asked on your commitment to %(project)s"),
    lifecycle.DONE: _("Marked done: please confirm a commitment to %(project)s"),
    lifecycle.DISPUTED: _("Not quite there yet: your commitment to %(project)s"),
    lifecycle.RELEASED: _("A commitment to %(project)s was released"),
    lifecycle.KEPT: _("Confirmed as kept: your commitment to %(project)s"),
    lifecycle.PARTLY_KEPT: _("Confirmed as partly kept: your commitment to %(project)s"),
}
UPDATE_SUBJECT = _("An update on a commitment to %(project)s")
OFFER_SUBJECT = _("New offer of help for %(project)s")

# A move's email that failed is tried again by the hourly pass for this long; later it is
# old news (the commitment's page tells the story anyway).
MOVE_EMAIL_RETRY_WINDOW = timedelta(days=7)
# An asks-board offer whose email task never ran is sent by the hourly pass for this long
# after it began to count (made, or a youth's money approved by the guardian or kept at 18);
# an older one is left alone (the presenter has long seen it on the board, in the weekly
# digest or in the reminder to acknowledge it).
OFFER_EMAIL_SWEEP_WINDOW = timedelta(days=3)


def _key(activity: CommitmentActivity) -> str:
    return f"m:{activity.pk}"


def told_id(
    *, kind: str, to_status: str, author_id: int | None, committer_id: int, proposer_id: int
) -> int | None:
    """Who hears of this move or update by email (the rule of `_recipient`, on ids): None
    for an automatic move, a move nobody is told of, or one the recipient made."""
    if author_id is None:
        return None
    if kind == ActivityKind.UPDATE:
        to_presenter = author_id == committer_id
    elif to_status in TOLD:
        to_presenter = to_status in (lifecycle.OFFERED, lifecycle.DONE, lifecycle.RELEASED)
    else:
        return None
    recipient = proposer_id if to_presenter else committer_id
    return None if recipient == author_id else recipient


def history_logged_as_told(*, activities: list[CommitmentActivity]) -> None:
    """History recorded as it happened (the demo, imports) was no move made now: log its
    emails as sent, so the hourly pass (`move_emails_send_due`) sends none of them."""
    rows = []
    for a in activities:
        commitment = a.commitment
        recipient = told_id(
            kind=a.kind,
            to_status=a.to_status,
            author_id=a.author_id,
            committer_id=commitment.committer_id,
            proposer_id=commitment.proposal.proposer_id,
        )
        if recipient is not None and a.pk is not None:
            rows.append(
                ReminderSent(
                    network_id=a.network_id, user_id=recipient, key=_key(a), sent_at=a.created_at
                )
            )
    ReminderSent.objects.bulk_create(rows, batch_size=500, ignore_conflicts=True)


def _recipient(activity: CommitmentActivity) -> User | None:
    """The other party: the presenter hears of commitments offered again, done and released,
    the committer of everything the presenter does; of an update, whoever did not write it.
    None when that is the author (a presenter's own commitment) or someone whose membership
    ended (they can open no page here, as reminders and project news stop for them), or
    when the commitment no longer counts (hidden or undone since)."""
    commitment = activity.commitment
    if not commitment.is_shown:
        return None  # taken off the board since: no follow-up, and the link leads nowhere
    recipient_id = told_id(
        kind=activity.kind,
        to_status=activity.to_status,
        author_id=activity.author_id,
        committer_id=commitment.committer_id,
        proposer_id=commitment.proposal.proposer_id,
    )
    if recipient_id is None:
        return None
    proposer = commitment.proposal.proposer
    recipient = proposer if recipient_id == proposer.pk else commitment.committer
    if recipient.pk not in followers_among(network=activity.network, user_ids={recipient.pk}):
        return None
    return recipient


def move_email_still_news(network: Network, key: str, user: User | None, now: datetime) -> bool:
    """Whether the kept email of move `key` (news "move:<activity>") still goes to `user`:
    the rule `move_email_send` asks (`_recipient`), asked again at the mail retry. A
    commitment taken off the board since, or a recipient no longer following, is no
    news."""
    activity = (
        CommitmentActivity.objects.filter(network=network, pk=int(key))
        .select_related("commitment__committer", "commitment__proposal__proposer", "network")
        .first()
    )
    recipient = _recipient(activity) if activity is not None else None
    return recipient is not None and user is not None and recipient.pk == user.pk


def move_email_send(*, activity: CommitmentActivity, now: datetime | None = None) -> int:
    """Tell the other party of this move or update, once: returns 1 when it went out now,
    0 when it had gone already, goes to nobody, or failed (the hourly pass tries again)."""
    now = now or timezone.now()
    recipient = _recipient(activity)
    if recipient is None:
        return 0
    key = _key(activity)
    if ReminderSent.objects.filter(network=activity.network, user=recipient, key=key).exists():
        return 0
    commitment = activity.commitment
    link = site_link(
        "followthrough:commitment",
        network_slug=activity.network.slug,
        commitment_id=commitment.pk,
    )
    with in_language_of(recipient):
        body = render_to_string(
            "followthrough/email/move.txt",
            {
                "what": commitment.what,
                "author_name": activity.author.full_name if activity.author else "",
                "note": activity.note,
                "posted_link": activity.link,
                "link": link,
            },
        )
        is_update = activity.kind == ActivityKind.UPDATE
        subject = UPDATE_SUBJECT if is_update else MOVE_SUBJECTS[activity.to_status]
        subject_text = str(subject) % {"project": commitment.proposal.title}
    # The commitment's words are the committer's, the note the author's: when either is on
    # the other side of the age line from the recipient, each steward gets a copy.
    return _send_once(
        network=activity.network,
        recipient=recipient,
        key=key,
        subject=subject_text,
        body=body,
        authors=[p for p in (commitment.committer, activity.author) if p is not None],
        now=now,
        news=f"move:{activity.pk}",
    )


def _send_once(
    *,
    network: Network,
    recipient: User,
    key: str,
    subject: str,
    body: str,
    authors: list[User],
    now: datetime,
    kind: str | None = None,
    link: str = "",
    keep_failed: bool = False,
    news: str = "",
) -> int:
    """The sent-log row and the email in one transaction: 1 when it went (or was kept for the
    mail retry, or left out by the recipient's preferences), 0 when a concurrent run had
    logged it or, with `keep_failed=False`, the send failed and rolled the row back (its
    caller's pass sends it again)."""
    try:
        with transaction.atomic():
            ReminderSent.objects.create(network=network, user=recipient, key=key, sent_at=now)
            mail_send(
                keep_failed=keep_failed,
                network=network,
                subject=subject,
                body=body,
                recipients=[recipient],
                authors=authors,
                free_text=True,
                kind=kind,
                link=link,
                news=news,
            )
    except IntegrityError:  # a concurrent run sent it
        return 0
    except Exception as error:
        log.warning("Email %s not sent; will retry", key)
        mail_run_failed(error)
        return 0
    return 1


def offer_email_send(*, commitment: Commitment, now: datetime | None = None) -> int:
    """Tell the presenter of an offer of help made on the asks board, once (key
    "o:<commitment>"): returns 1 when it went out now, 0 when it had gone already or goes
    to nobody. Nobody: not an asks-board offer (`on_asks_board`), the offer no longer
    counts (undone, hidden, a youth's money waiting for or declined by the guardian: an
    approved one is sent on approval), the presenter's membership ended, or it was made before the
    gathering's morning-after digest was due, which lists it with the room's commitments
    (`digest_commitments`). Non-essential, of the morning-after digest's kind: a presenter
    who turned digests off is not emailed. The offer's words are the committer's, so an
    offer across the age line is copied to the stewards."""
    now = now or timezone.now()
    network, presenter = commitment.network, commitment.proposal.proposer
    key = f"o:{commitment.pk}"
    if (
        not commitment.on_asks_board
        or not commitment.is_shown
        or presenter.pk == commitment.committer_id
        or commitment.created_at
        < digest_due_at(gathering=commitment.gathering, time_zone=network.time_zone)
        or ReminderSent.objects.filter(network=network, user=presenter, key=key).exists()
        or presenter.pk not in followers_among(network=network, user_ids={presenter.pk})
    ):
        return 0
    link = site_link(
        "followthrough:commitment", network_slug=network.slug, commitment_id=commitment.pk
    )
    with in_language_of(presenter):
        body = render_to_string(
            "followthrough/email/offer.txt",
            {
                "name": presenter.get_short_name(),
                "committer": commitment.committer.full_name,
                "ask": commitment.ask.what if commitment.ask else "",
                "project": commitment.proposal.title,
                "what": commitment.what,
                # The unit of an amount ("40 people") is a word of the reader's language too.
                "amount": commitment.amount_text,
                "due_on": commitment.due_on,
                "link": link,
            },
        )
        subject = str(OFFER_SUBJECT) % {"project": commitment.proposal.title}
    return _send_once(
        network=network,
        recipient=presenter,
        key=key,
        subject=subject,
        body=body,
        authors=[commitment.committer],
        now=now,
        kind=MailKind.DIGESTS,
        link=link,
        # Nothing but the offer sends this again: a failed send is kept for the mail retry.
        keep_failed=True,
    )


def offer_emails_send_due(*, network: Network, now: datetime | None = None) -> int:
    """The asks-board offers that began to count in the last `OFFER_EMAIL_SWEEP_WINDOW`
    (`counted_at`: a youth's money approved days after it was made is told from the
    approval) and have no sent-log row: their task never ran (the worker died after the
    commit, or the queued task was lost). Each is sent as the task would
    (`offer_email_send`), so an offer is emailed once whichever of the two comes first. One
    query finds them."""
    now = now or timezone.now()
    logged = ReminderSent.objects.filter(
        network=OuterRef("network"),
        user=OuterRef("proposal__proposer"),
        key=Concat(Value("o:"), Cast(OuterRef("pk"), CharField())),
    )
    offers = (
        Commitment.objects.filter(
            COUNTED,
            network=network,
            on_asks_board=True,
            counted_at__gte=now - OFFER_EMAIL_SWEEP_WINDOW,
            counted_at__lte=now,
        )
        .exclude(Exists(logged))
        .select_related("committer", "proposal__proposer", "ask", "gathering", "network")
        .order_by("counted_at", "pk")
    )
    return sum(offer_email_send(commitment=c, now=now) for c in offers)


def move_emails_send_due(*, network: Network, now: datetime | None = None) -> int:
    """The move and update emails of the last week that have not gone out (the mail server
    was down when the task ran): each still goes out once. A mail server that cannot be
    reached ends the run at its first try (`mail_run`)."""
    now = now or timezone.now()
    activities = list(
        CommitmentActivity.objects.filter(
            Q(kind=ActivityKind.UPDATE) | Q(kind=ActivityKind.MOVE, to_status__in=TOLD),
            network=network,
            author__isnull=False,
            created_at__gte=now - MOVE_EMAIL_RETRY_WINDOW,
            created_at__lte=now,
            commitment__hidden_at__isnull=True,
            commitment__undone_at__isnull=True,
        )
        .exclude(commitment__guardian_approval__in=NOT_COUNTED)
        .select_related(
            "commitment__committer", "commitment__proposal__proposer", "network", "author"
        )
        .order_by("created_at", "pk")
    )
    sent = set(
        ReminderSent.objects.filter(
            network=network, key__in=[_key(a) for a in activities]
        ).values_list("key", flat=True)
    )
    told = 0
    with mail_run(network=network, what="move emails"):
        for activity in activities:
            if _key(activity) not in sent:
                told += move_email_send(activity=activity, now=now)
    return told
