"""The morning-after digests: each presenter's list of what was promised to them, each
committer's of what they promised; each email sent once (`DigestSent`)."""

from __future__ import annotations

import logging
from datetime import datetime
from functools import partial
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from collaboratory.commitments.models import Commitment, DigestRole, DigestSent
from collaboratory.commitments.selectors import (
    digest_commitments,
    digest_gatherings_due,
    digest_readers,
)
from collaboratory.gatherings.models import Gathering
from collaboratory.networks.mail import (
    in_language_of,
    mail_run,
    mail_run_failed,
    mail_send,
    news_shared,
)
from collaboratory.networks.models import MailKind, Network
from collaboratory.people.models import User

log = logging.getLogger(__name__)


def _digest_line(commitment: Commitment, *, with_email: bool) -> dict[str, Any]:
    """One commitment of a digest; the commitment itself rides along so its amount is
    worded when the email is (`_digest_send`), in the reader's language."""
    proposal = commitment.proposal
    return {
        "committer": commitment.committer.full_name,
        "email": commitment.committer.email if with_email else "",
        "presenter": proposal.proposer.full_name,
        "project": proposal.title,
        "what": commitment.what,
        "commitment": commitment,
        "due_on": commitment.due_on,
    }


def _digest_link(gathering: Gathering) -> str:
    return settings.SITE_URL + reverse(
        "gatherings:detail", kwargs={"network_slug": gathering.network.slug, "pk": gathering.pk}
    )


def _digest_text(
    *, gathering: Gathering, user: User, role: str, lines: list[dict[str, Any]], link: str
) -> tuple[str, str]:
    """The digest's subject and body in the reader's language, as its send writes them and
    the mail retry writes a kept one again (`digest_written_again`)."""
    with in_language_of(user):
        # The unit of an amount ("40 people") is a word of the reader's language too.
        worded = [{**line, "amount": line["commitment"].amount_text} for line in lines]
        context = {"name": user.full_name, "gathering": gathering, "lines": worded, "link": link}
        if role == DigestRole.PRESENTER:
            subject = _("Commitments made to you at %(g)s") % {"g": gathering.title}
            body = render_to_string("commitments/email/digest_presenter.txt", context)
        else:
            subject = _("What you promised at %(g)s") % {"g": gathering.title}
            body = render_to_string("commitments/email/digest_committer.txt", context)
    return subject, body


def _digest_send(
    *,
    gathering: Gathering,
    user: User,
    role: str,
    lines: list[dict[str, Any]],
    authors: list[User],
    link: str,
    now: datetime,
) -> bool:
    """Write the sent-log row and send in one transaction: a failed send rolls the row back
    and the next run retries; the unique constraint stops a second send. `authors` wrote the
    commitments listed (free text), so a youth-adult digest is copied to the stewards."""
    subject, body = _digest_text(gathering=gathering, user=user, role=role, lines=lines, link=link)
    try:
        with transaction.atomic():
            DigestSent.objects.create(
                network=gathering.network,
                gathering=gathering,
                user=user,
                role=role,
                commitments=len(lines),
                sent_at=now,
            )
            mail_send(
                keep_failed=False,  # its own sent-log sends it again on the next run
                network=gathering.network,
                subject=subject,
                body=body,
                recipients=[user],
                authors=authors,
                free_text=True,
                kind=MailKind.DIGESTS,
                link=link,
                news=f"digest:{gathering.pk}:{role}",
            )
    except IntegrityError:  # another run sent it first
        return False
    except Exception as error:  # a failed send is retried on the next run
        log.warning("Digest (%s) for gathering %s not sent; will retry", role, gathering.pk)
        mail_run_failed(error)
        return False
    return True


Digest = tuple[str, User, list[dict[str, Any]], list[User]]


def gathering_digests(*, gathering: Gathering, network: Network) -> list[Digest]:
    """The one rule of what a gathering's morning-after digests say and to whom, asked by
    their send (`digests_send_due`) and again by the mail retry of a kept one
    (`digest_still_news`): (role, reader, their lines, who wrote them) for each presenter
    with a commitment made to them and each committer, of the commitments still shown
    (`digest_commitments`), to whoever may still get the network's digests (someone whose
    membership ended since, removed, left or suspended, is sent nothing)."""
    to_presenter: dict[int, tuple[User, list[dict[str, Any]], list[User]]] = {}
    from_committer: dict[int, tuple[User, list[dict[str, Any]], list[User]]] = {}
    for commitment in digest_commitments(gathering=gathering, time_zone=network.time_zone):
        presenter, committer = commitment.proposal.proposer, commitment.committer
        shareable = not (presenter.is_minor or committer.is_minor)
        entry = to_presenter.setdefault(presenter.pk, (presenter, [], []))
        entry[1].append(_digest_line(commitment, with_email=shareable))
        entry[2].append(committer)
        entry = from_committer.setdefault(committer.pk, (committer, [], []))
        entry[1].append(_digest_line(commitment, with_email=False))
        entry[2].append(committer)
    if not to_presenter:
        return []
    readers = digest_readers(network=network, user_ids={*to_presenter, *from_committer})
    return [
        (role, user, lines, authors)
        for role, recipients in (
            (DigestRole.PRESENTER, to_presenter),
            (DigestRole.COMMITTER, from_committer),
        )
        for user, lines, authors in recipients.values()
        if user.pk in readers
    ]


def _digest_lines_now(
    network: Network, key: str, user: User | None
) -> tuple[Gathering, str, list[dict[str, Any]]] | None:
    """The lines a kept digest (news "digest:<gathering>:<role>") would list for `user` now,
    by the send's rule (`gathering_digests`), or None when it lists none."""
    gathering_id, _sep, role = key.partition(":")
    if user is None:
        return None
    # The same for every reader of the gathering's digests: read once in a pass.
    gathering, digests = news_shared(
        ("digest", network.pk, int(gathering_id)),
        partial(_gathering_digests_now, network, int(gathering_id)),
    )
    if gathering is None:  # deleted since: nothing of it is news
        return None
    for r, u, lines, _authors in digests:
        if (r, u.pk) == (role, user.pk):
            return gathering, role, lines
    return None


def _gathering_digests_now(
    network: Network, gathering_id: int
) -> tuple[Gathering | None, list[Digest]]:
    gathering = Gathering.objects.filter(network=network, pk=gathering_id).first()
    if gathering is None:
        return None, []
    return gathering, gathering_digests(gathering=gathering, network=network)


def digest_still_news(network: Network, key: str, user: User | None, now: datetime) -> bool:
    """Whether a kept morning-after digest (news "digest:<gathering>:<role>") still goes to
    `user`: while the send's rule (`gathering_digests`) still gives them a digest in that
    role, that is while one commitment it can list still stands and they may still get
    digests. One whose every commitment was hidden, undone or withdrawn with its project
    since tells only promises taken back: it is dropped. One with a line still standing
    goes, written again with the lines that stand (`digest_written_again`). No clock: a late
    digest is not dropped for being late."""
    return _digest_lines_now(network, key, user) is not None


def digest_written_again(
    network: Network, key: str, user: User, now: datetime
) -> tuple[str, str] | None:
    """A kept morning-after digest as it reads now (`networks.mail.register_news_check`'s
    `render`): the lines whose commitment was hidden or undone, or whose project was
    withdrawn, since it was written drop out; None when no line is left (nothing goes)."""
    found = _digest_lines_now(network, key, user)
    if found is None:
        return None
    gathering, role, lines = found
    gathering.network = network
    return _digest_text(
        gathering=gathering, user=user, role=role, lines=lines, link=_digest_link(gathering)
    )


def digests_send_due(*, network: Network, now: datetime | None = None) -> int:
    """The morning after a gathering (from 07:00 network time, for a week), send each
    presenter one email with every commitment made to them (who, their email, what, how
    much, by when) and each committer one with what they promised, to whom, by when. What
    was offered on the asks board after 07:00 is not listed: its presenter was emailed it.

    Hidden and undone commitments are left out; nobody with none gets an email, nor anyone
    whose membership ended (`gathering_digests`); each email goes once (`DigestSent`). A
    minor's email address is never shown to another person, nor an adult's to a minor
    (safeguards.md: no private adult-minor channel): the presenter's list then names the
    person only. A mail server that cannot be reached ends the run at its first try
    (`mail_run`)."""
    now = now or timezone.now()
    sent = 0
    with mail_run(network=network, what="morning-after digests"):
        for gathering in digest_gatherings_due(network=network, now=now):
            digests = gathering_digests(gathering=gathering, network=network)
            if not digests:
                continue
            already = set(
                DigestSent.objects.filter(gathering=gathering).values_list("user_id", "role")
            )
            gathering.network = network
            link = _digest_link(gathering)
            for role, user, lines, authors in digests:
                if (user.pk, role) not in already and _digest_send(
                    gathering=gathering,
                    user=user,
                    role=role,
                    lines=lines,
                    authors=authors,
                    link=link,
                    now=now,
                ):
                    sent += 1
    return sent
