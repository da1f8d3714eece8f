"""The one way email leaves Collaboratory. `mail_send` turns people into `Party`s, asks the
pure rule (`envelopes.plan_envelopes`) who gets what, and sends one message per envelope.

It lives in networks, not in a package of its own, because it reads who a network's stewards
are while networks' own services send through it: a separate package would import networks
and be imported by it, a circle.

The backstop is tests/mail/test_backstop.py: it fails when anything in src/ but this module
imports `django.core.mail`. We chose a test over an email-backend wrapper because the test
runner swaps the backend for locmem (a wrapper would go untested where it matters), and a
backend would need a database read per message to know who is a minor.

A message the mail server does not take is kept (`MailRetry`) and handed over again by
`mail_retries_send`, never raised to the caller: see docs/architecture.md, "Outgoing email".
"""

from __future__ import annotations

import logging
import re
import smtplib
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import TypeVar

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import connection, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.html import urlize
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django_scopes import scope, scopes_disabled

from collaboratory.audit.services import audit_record
from collaboratory.networks.envelopes import Envelope, Party, Wording, plan_envelopes
from collaboratory.networks.models import (
    ADMITTED_STATUSES,
    Delivery,
    DigestItem,
    DigestItemAbout,
    MailKind,
    MailRetry,
    Membership,
    Network,
    Role,
)
from collaboratory.networks.scoping import each_network
from collaboratory.networks.sealed import seal, unseal
from collaboratory.networks.selectors import deliveries_for
from collaboratory.people.models import User
from collaboratory.people.selectors import saved_language_of

log = logging.getLogger(__name__)


def _party(user: User) -> Party:
    name = user.full_name or (_("a youth member") if user.is_minor else "")
    return Party(address=user.email, is_minor=user.is_minor, name=name)


def _resolve(
    recipients: Sequence[User | str], *, look_up: bool = True
) -> list[tuple[Party, User | None]]:
    """Users as they are; a plain address is the account's when one has it (so a minor is
    known as a minor however they are named, and their preferences are read), else an adult
    with no account (an invitee, a guardian, a substitute). Without `look_up` addresses are
    taken as given: a lone recipient of essential template text has no one to be shielded
    from, so no query is needed."""
    strings = {r.strip().lower() for r in recipients if isinstance(r, str)} if look_up else ()
    accounts: dict[str, User] = {}
    if strings:
        # Accounts belong to no network: no scope to lift.
        accounts = {u.email.lower(): u for u in User.objects.filter(email__in=strings)}
    resolved: list[tuple[Party, User | None]] = []
    for r in recipients:
        if isinstance(r, User):
            resolved.append((_party(r), r))
        elif (account := accounts.get(r.strip().lower())) is not None:
            resolved.append((_party(account), account))
        else:
            resolved.append((Party(address=r), None))
    return resolved


def language_of(recipient: User | str, *, unknown: str = "") -> str:
    """The language to write to someone in: the account's saved choice, else the site's
    default. An address with no account (an invitee, a guardian, a substitute) gets
    `unknown` when the caller knows their language (training's staff applied in one), else
    the language the sender is using now: they were invited in it."""
    if isinstance(recipient, User):
        return recipient.email_language
    return (
        saved_language_of(recipient)
        or unknown
        or translation.get_language()
        or settings.LANGUAGE_CODE
    )


def in_language_of(recipient: User | str, *, unknown: str = "") -> translation.override:
    """Render a message's subject and body inside this, so each person reads their language."""
    return translation.override(language_of(recipient, unknown=unknown))


def guardian_language_of(address: str, *, youth: User) -> str:
    """The language to write to a youth member's guardian in: the guardian's own account's
    choice, else the youth member's (the family's language as far as we know; the site's
    default when they chose none). Never the sender's: a steward writing in Spanish to a
    family who reads English would send them Spanish."""
    return saved_language_of(address) or youth.email_language


def in_guardian_language(address: str, *, youth: User) -> translation.override:
    """Render a message to a guardian inside this."""
    return translation.override(guardian_language_of(address, youth=youth))


def by_language(recipients: Sequence[User]) -> dict[str, list[User]]:
    """Recipients of one message grouped by language, so it is rendered once per language."""
    groups: dict[str, list[User]] = {}
    for user in recipients:
        groups.setdefault(user.email_language, []).append(user)
    return groups


def mail_send_by_language(
    *,
    network: Network,
    recipients: Sequence[User],
    render: Callable[[], tuple[str, str]],
    free_text: bool,
    authors: Sequence[User] = (),
    after_commit: bool = True,
) -> None:
    """One message per language the recipients read: `render()` gives (subject, body) and is
    called with that language active. Sent once the transaction commits (`after_commit`),
    else at once. For a message to several people from a task or another person's request,
    whose own language is no guide."""
    for language, group in by_language(recipients).items():
        with translation.override(language):
            subject, body = render()
        send = partial(
            mail_send,
            network=network,
            subject=subject,
            body=body,
            recipients=group,
            free_text=free_text,
            authors=authors,
        )
        if after_commit:
            transaction.on_commit(send)
        else:
            send()


def _stewards(network: Network) -> list[Party]:
    with scope(network=network):
        users = User.objects.filter(
            memberships__network=network,
            memberships__role=Role.STEWARD,
            memberships__status__in=ADMITTED_STATUSES,
        ).distinct()
        return [_party(u) for u in users]


UNSUBSCRIBE_SALT = "collaboratory.mail.unsubscribe"


def _signer() -> signing.Signer:
    # "." between the parts, so the log filter's token pattern covers the whole token.
    return signing.Signer(salt=UNSUBSCRIBE_SALT, sep=".")


def unsubscribe_token(*, user: User, kind: str) -> str:
    """A signed (user, kind) for the one-click unsubscribe link: tamper-proof, and it never
    expires, since a link in an old email must still work (all it can do is turn one kind
    of email off for the person it was sent to)."""
    return _signer().sign_object({"u": user.pk, "k": kind})


def unsubscribe_token_parse(token: str) -> tuple[User, str] | None:
    """The person and kind of email a token we signed names; None for anything else (a
    forged or altered token, a deleted account)."""
    try:
        value = _signer().unsign_object(token)
    except (signing.BadSignature, ValueError):
        return None
    if not isinstance(value, dict):
        return None
    user_id, kind = value.get("u"), value.get("k")
    if not isinstance(user_id, int) or kind not in MailKind.values:
        return None
    # Accounts belong to no network: no scope to lift.
    user = User.objects.filter(pk=user_id, is_active=True).first()
    return (user, kind) if user is not None else None


def _site_link(name: str, **kwargs: str) -> str:
    try:
        return settings.SITE_URL + reverse(name, kwargs=kwargs)
    except NoReverseMatch:  # a URLconf without the notifications pages (none in the product)
        return ""


def _reason(kind: str) -> str:
    reasons = {
        MailKind.REMINDERS: _("You get reminders about commitments you made or received."),
        MailKind.DIGESTS: _("You get digests of commitments and news in your networks."),
        MailKind.UPDATES: _("You get news from projects you made a commitment to."),
        MailKind.GATHERING_NOTICES: _(
            "You get notices about your networks' gatherings and calls for presenters."
        ),
    }
    return reasons[MailKind(kind)]


def _footer(*, user: User, kind: str) -> tuple[str, str]:
    """The footer of a non-essential message (in the recipient's language) and its one-click
    unsubscribe address."""
    unsubscribe = _site_link(
        "notifications:unsubscribe", token=unsubscribe_token(user=user, kind=kind)
    )
    with in_language_of(user):
        footer = render_to_string(
            "networks/email/footer.txt",
            {
                "reason": _reason(kind),
                "kind": MailKind(kind).label,
                "preferences": _site_link("notifications:preferences"),
                "unsubscribe": unsubscribe,
            },
        ).strip()
    return footer, unsubscribe


_PARAGRAPHS = re.compile(r"\n[ \t]*\n")


def mail_html(text: str, *, language: str = "") -> str:
    """The HTML part, made from the plain text exactly as sent (so a withheld address stays
    withheld): every character escaped, web addresses made links, blank lines paragraphs."""
    paragraphs: list[SafeString] = [
        # urlize escapes everything it does not turn into a link (autoescape=True).
        mark_safe(urlize(part.strip("\n"), nofollow=True, autoescape=True).replace("\n", "<br>\n"))  # noqa: S308
        for part in _PARAGRAPHS.split(text.strip())
        if part.strip()
    ]
    return render_to_string(
        "networks/email/message.html",
        {"paragraphs": paragraphs, "language": language or settings.LANGUAGE_CODE},
    )


def _message(envelope: Envelope, *, user: User | None, kind: str | None) -> EmailMultiAlternatives:
    """One message: the text as planned; for a non-essential kind to an account holder, the
    footer and RFC 8058's one-click unsubscribe headers; an HTML alternative of the whole."""
    body, headers = envelope.body, {}
    if kind is not None and user is not None and not envelope.steward_copy:
        footer, unsubscribe = _footer(user=user, kind=kind)
        body = f"{body.rstrip()}\n\n{footer}\n"
        if unsubscribe:
            headers = {
                "List-Unsubscribe": f"<{unsubscribe}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            }
    message = EmailMultiAlternatives(envelope.subject, body, None, [envelope.to], headers=headers)
    # The recipient's language when we know them (screen readers pick the voice from it).
    language = user.email_language if user is not None else translation.get_language() or ""
    message.attach_alternative(mail_html(body, language=language), "text/html")
    return message


EXCERPT_CHARS = 600


def _wording() -> Wording:
    return Wording(
        copy_subject=_("Copy for stewards: %(subject)s"),
        copy_intro=_(
            "Copy for stewards (no private channel between an adult and a minor): "
            "%(authors)s wrote to %(recipients)s."
        ),
        withheld_address=_("[address withheld]"),
    )


def _queue_for_digest(
    *,
    network: Network,
    kind: str,
    subject: str,
    body: str,
    people: list[tuple[Party, User]],
    authors: list[Party],
    free_text: bool,
    link: str,
    wording: Wording,
    news: str = "",
    about: Sequence[int] = (),
) -> int:
    """Keep the message for the weekly digest of people who chose it for this kind: the
    subject as their own message would read (a minor's address withheld), an excerpt only
    when no one's typed words are in it (the digest then carries none, so nothing crosses
    the age line later), and the link. Only for people admitted to the network: its digest
    goes to no one else, and an item kept for someone outside would wait for their return.
    Each item keeps its `news` (asked again when the digest goes) and whom else it names
    (`about`, dropped with their account: `digest_items_forget`)."""
    with scope(network=network):
        admitted = set(
            Membership.objects.filter(
                network=network,
                user_id__in=[u.pk for _p, u in people],
                status__in=ADMITTED_STATUSES,
            ).values_list("user_id", flat=True)
        )
    people = [(p, u) for p, u in people if u.pk in admitted]
    if not people:
        return 0
    plan = plan_envelopes(
        subject=subject,
        body=body,
        recipients=[p for p, _u in people],
        authors=authors,
        free_text=False,
        stewards=[],
        wording=wording,
    )
    users = {p.key: u for p, u in people}
    rows = [
        DigestItem(
            network=network,
            user=users[e.to.strip().lower()],
            kind=kind,
            subject=e.subject[:300],
            excerpt="" if free_text else e.body.strip()[:EXCERPT_CHARS],
            link=link[:500],
            news=news,
        )
        for e in plan.envelopes
        if e.to.strip().lower() in users
    ]
    named = sorted(set(about))
    if named and not connection.features.can_return_rows_from_bulk_insert:
        for row in rows:  # an SQLite before 3.35 gives no ids back from one insert of many
            row.save()
    else:
        DigestItem.objects.bulk_create(rows)
    # Whom else each names: the others than its reader (`DigestItem.about`).
    DigestItemAbout.objects.bulk_create(
        [
            DigestItemAbout(item=row, user_id=user_id)
            for row in rows
            for user_id in named
            if user_id != row.user_id
        ]
    )
    return len(rows)


def digest_items_forget(*, user_id: int, email: str) -> int:
    """Account deletion hook (`people.services.on_account_delete`): the weekly-digest items
    queued for other people that name the person (`DigestItem.about`: a reminder of a
    commitment to them, news of their project) are dropped, in every network: sent later
    they would name someone who asked to be forgotten. The person's own items go with
    their account. Returns how many were dropped."""
    with scopes_disabled():
        _total, by_model = DigestItem.objects.filter(about=user_id).delete()
    return by_model.get(DigestItem._meta.label, 0)


def digest_items_still_news(
    *, network: Network, user: User, items: Sequence[DigestItem], now: datetime
) -> tuple[list[DigestItem], list[DigestItem]]:
    """The queued items a weekly digest may still carry, and those it must not: an item
    whose sender's own check (`register_news_check`, as the mail retry asks it) no longer
    calls it news for `user` (a project withdrawn, a commitment hidden since)."""
    current: list[DigestItem] = []
    stale: list[DigestItem] = []
    for item in items:
        prefix, _sep, key = item.news.partition(":")
        check = _NEWS_CHECKS.get(prefix) if item.news else None
        (stale if check is not None and not check(network, key, user, now) else current).append(
            item
        )
    return current, stale


# A message the server refused on its own (a refused recipient or sender, its content): the
# connection still serves the next one. Any other failure (refused connection, timeout, a
# dropped line) means the connection is gone, so the rest of the send waits too.
_REFUSED = (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused, smtplib.SMTPDataError)


def mail_server_unreachable(error: BaseException) -> bool:
    """Whether a failed send failed for the server (no connection, a timeout, a dropped
    line) rather than for its message: every later send would wait as long to fail the
    same way, so a sender with its own sent-log (`keep_failed=False`) stops its run."""
    return isinstance(error, OSError) and not isinstance(error, _REFUSED)


class _ServerUnreachable(Exception):
    """The mail server took no message: the rest of this run waits for the next."""


class MailServerDown(OSError):
    """Raised without a try by a send inside a `mail_run` that already found the server
    unreachable: an `OSError`, so `mail_server_unreachable` says it is the server's."""


@dataclass
class _Run:
    """One run's state, shared by the runs nested in it (the hourly pass's reminders,
    news and moves, network after network)."""

    down: bool = False


_RUN: ContextVar[_Run | None] = ContextVar("collaboratory_mail_run", default=None)


def _run_down() -> bool:
    run = _RUN.get()
    return run is not None and run.down


@contextmanager
def mail_run(*, what: str, network: Network | None = None) -> Iterator[None]:
    """Around a run of sends with their own sent-log (`keep_failed=False`): the first
    failure that is the server's (`mail_run_failed`) ends the run, since each further try
    would wait out the same timeout (30 s a person, an hour a national network, every other
    task behind it); the next run sends. What the run counted before stays counted. Nested
    in an outer run (the hourly pass around each network's reminders, news and moves), it
    shares the outer's finding: once the server was found unreachable, every later send of
    the pass fails at once without a try (`MailServerDown`), and mail that is kept on
    failure is kept without one."""
    outer = _RUN.get()
    run = outer or _Run()
    token = _RUN.set(run)
    try:
        yield
    except _ServerUnreachable:
        if not run.down:
            log.warning(
                "Network %s: the mail server is unreachable; %s wait",
                network.pk if network else "-",
                what,
            )
        run.down = True
    finally:
        _RUN.reset(token)


def mail_run_failed(error: BaseException) -> None:
    """Call in a sender's `except` after its send failed (its sent-log row rolled back):
    inside a `mail_run`, a failure that is the server's ends the run. A refused mailbox lets
    the others go on, and a single send outside a run (a task's one email) just returns."""
    if _RUN.get() is not None and mail_server_unreachable(error):
        raise _ServerUnreachable from error


def _error_text(error: Exception) -> str:
    """What went wrong, short and without an address: the exception's name and the SMTP
    codes (a refused recipient's error names the address; its code does not)."""
    codes: list[int] = []
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = sorted({code for code, _message in error.recipients.values()})
    elif isinstance(error, smtplib.SMTPResponseException):
        codes = [error.smtp_code]
    return " ".join([type(error).__name__, *map(str, codes)])[:200]


MAIL_TIMEOUT_SECONDS = 30


def _connection() -> BaseEmailBackend:
    """The mail server's connection with a bounded wait: Django waits forever on a server
    that never answers (EMAIL_TIMEOUT is None unless set), which would hold a page's
    on_commit send or a worker's task. Our bound, unless one is set."""
    timeout = getattr(settings, "EMAIL_TIMEOUT", None) or MAIL_TIMEOUT_SECONDS
    return get_connection(timeout=timeout)


class _Handover:
    """One opened connection to the mail server for one send or one retry pass. `send`
    returns "" when the server took the message, else why not; once the connection has
    failed (or never opened) every later message gets that error without a try."""

    def __init__(self) -> None:
        self.connection = _connection()
        self.broken = ""
        # The last failure, for a sender with its own sent-log (`keep_failed=False`).
        self.error: Exception | None = None
        if _run_down():  # this run found the server unreachable: no try, no wait
            self.error = MailServerDown("the mail server was unreachable earlier in this run")
            self.broken = _error_text(self.error)
            return
        try:
            self.connection.open()
        except OSError as error:  # smtplib's errors are OSErrors too
            self.error, self.broken = error, _error_text(error)

    def send(self, message: EmailMultiAlternatives) -> str:
        if self.broken:
            return self.broken
        try:
            taken = self.connection.send_messages([message])
        except _REFUSED as error:
            self.error = error
            return _error_text(error)
        except OSError as error:
            self.error, self.broken = error, _error_text(error)
            return self.broken
        if not taken:
            self.error = smtplib.SMTPException("not taken")
            return "not taken"
        return ""

    def close(self) -> None:
        try:
            self.connection.close()
        except OSError:  # the goodbye of a connection already lost: nothing was at stake
            log.info("mail: closing a failed connection raised", exc_info=True)


@contextmanager
def _handover() -> Iterator[_Handover]:
    handover = _Handover()
    try:
        yield handover
    finally:
        handover.close()


RETRY_FIRST_WAIT = timedelta(minutes=5)
RETRY_LONGEST_WAIT = timedelta(hours=6)
RETRY_GIVE_UP_AFTER = timedelta(days=2)
# How long a claimed row is left alone by other workers while one hands it over.
RETRY_LEASE = timedelta(minutes=10)
RETRY_BATCH = 500
# What a kept message's text is sealed for (networks.sealed): its own key, no other use.
SEALED_FOR = "mail-retry"


def retry_wait(attempts: int) -> timedelta:
    """The wait after the `attempts`-th failed try: 5 minutes, doubling, at most 6 hours."""
    return min(RETRY_FIRST_WAIT * 2 ** min(attempts - 1, 16), RETRY_LONGEST_WAIT)


def _kept(
    *,
    network: Network,
    message: EmailMultiAlternatives,
    error: str,
    now: datetime,
    steward_copy: bool,
    witness_group: uuid.UUID | None,
    kind: str,
    topic: str,
    link: str,
    news: str,
) -> MailRetry:
    html = next(
        (content for content, mimetype in message.alternatives if mimetype == "text/html"), ""
    )
    return MailRetry(
        network=network,
        to=message.to[0],
        subject=seal(str(message.subject), purpose=SEALED_FOR),
        body=seal(str(message.body), purpose=SEALED_FOR),
        html=seal(str(html), purpose=SEALED_FOR) if html else "",
        headers=dict(message.extra_headers),
        attempts=1,
        next_attempt_at=now + retry_wait(1),
        last_error=error,
        created_at=now,
        steward_copy=steward_copy,
        witness_group=witness_group,
        # A stewards' copy is essential whatever the kind of what it witnesses.
        kind="" if steward_copy else kind,
        topic=topic,
        link=link[:500],
        # A stewards' copy witnesses words that may have gone: it goes whatever their news.
        news="" if steward_copy else news,
    )


WAITING_FOR_COPY = "waiting for a stewards' copy"


def _send_or_keep(
    *,
    network: Network,
    messages: list[tuple[EmailMultiAlternatives, bool]],
    kind: str = "",
    topic: str = "",
    link: str = "",
    news: str = "",
    raise_unless_taken: bool = False,
) -> int:
    """Hand the messages (each with whether it is a stewards' copy; copies come first) over
    one at a time on one connection; keep each the server did not take for
    `mail_retries_send` instead of raising, so the caller's action (often already committed:
    invitations, roster mail) goes on and no message is lost. When the send has stewards'
    copies and the server took none, its other messages are not handed over: they are kept
    to wait for a copy (safeguards.md: no private channel between an adult and a minor), as
    the old all-or-nothing send never sent them past a refused copy. Kept in the caller's
    transaction: a rolled-back action keeps nothing. Returns how many were kept.

    `raise_unless_taken` (a sender with its own sent-log): when the server took none of
    them, raise its error and keep nothing, so the sender's log rolls back and its next run
    decides again. Once some went (a stewards' copy, some readers) the rest is kept: raising
    then made the sender's next run send the whole send again, the stewards' copies and the
    readers already served included."""
    now = timezone.now()
    witnessed = not any(copy for _m, copy in messages)
    failed: list[tuple[EmailMultiAlternatives, bool, str]] = []
    with _handover() as handover:
        for message, copy in messages:
            error = WAITING_FOR_COPY if not (copy or witnessed) else handover.send(message)
            if error:
                failed.append((message, copy, error))
            elif copy:
                witnessed = True
    if handover.broken and (run := _RUN.get()) is not None:
        run.down = True  # the rest of this run fails at once, without a try
    if failed and len(failed) == len(messages) and raise_unless_taken:
        raise handover.error or smtplib.SMTPException(failed[0][2])
    if failed:
        group = None if witnessed else uuid.uuid4()
        with scope(network=network):
            MailRetry.objects.bulk_create(
                [
                    _kept(
                        network=network,
                        message=m,
                        error=error,
                        now=now,
                        steward_copy=copy,
                        witness_group=group,
                        kind=kind,
                        topic=topic,
                        link=link,
                        news=news,
                    )
                    for m, copy, error in failed
                ]
            )
        log.warning(
            "Network %s: the mail server did not take %d of %d message(s) (%s); kept for retry",
            network.pk,
            len(failed),
            len(messages),
            failed[0][2],
        )
    return len(failed)


def _retried(row: MailRetry) -> EmailMultiAlternatives | None:
    """The kept message as it was planned, or None when its sealed text no longer opens
    (sealed under a key since dropped from the settings)."""
    subject = unseal(row.subject, purpose=SEALED_FOR)
    body = unseal(row.body, purpose=SEALED_FOR)
    html = unseal(row.html, purpose=SEALED_FOR) if row.html else ""
    if subject is None or body is None or html is None:
        return None
    message = EmailMultiAlternatives(subject, body, None, [row.to], headers=row.headers)
    if html:
        message.attach_alternative(html, "text/html")
    return message


def mail_retry_claim(*, row: MailRetry, now: datetime) -> bool:
    """Take `row` for one try: a conditional UPDATE of its next attempt, so of two workers
    that read it only one moves it (SQLite has no SKIP LOCKED). The lease lets another try
    it later if this worker dies before it finishes. It runs from the claim, not from `now`
    (when the pass began): a long pass would otherwise lease a late row into the past, and
    another worker's pass would send it too."""
    return bool(
        MailRetry.objects.filter(pk=row.pk, next_attempt_at=row.next_attempt_at).update(
            next_attempt_at=max(now, timezone.now()) + RETRY_LEASE
        )
    )


def _mail_dropped(*, network: Network, messages: int, reason: str) -> None:
    """On the record, counts only (no address, no text): kept mail that will not go."""
    if messages:
        log.info("Network %s: %d kept message(s) dropped (%s)", network.pk, messages, reason)
        audit_record(
            action="mail.dropped", network=network, data={"messages": messages, "reason": reason}
        )


def _chosen_since(rows: list[MailRetry]) -> tuple[set[int], dict[int, tuple[Party, User]]]:
    """The kept non-essential rows whose recipient has since turned that kind of email off,
    and those (with the recipient) whose recipient chose to read it in the weekly digest
    instead: a choice made in the two days a message may wait must hold, as it would for a
    new one. One query for the accounts, one per kind."""
    kinded = [row for row in rows if row.kind]
    if not kinded:
        return set(), {}
    # The accounts behind the addresses, found as a send finds them (`_resolve`).
    people = {
        row.pk: (who, user)
        for row, (who, user) in zip(kinded, _resolve([row.to for row in kinded]), strict=True)
        if user is not None
    }
    off: set[int] = set()
    digest: dict[int, tuple[Party, User]] = {}
    for kind in {row.kind for row in kinded}:
        deliveries = deliveries_for(user_ids={u.pk for _p, u in people.values()}, kind=kind)
        for row in kinded:
            if row.kind != kind or row.pk not in people:
                continue
            delivery = deliveries.get(people[row.pk][1].pk)
            if delivery == Delivery.OFF:
                off.add(row.pk)
            # As `mail_send`: the digests themselves are never queued for a digest.
            elif delivery == Delivery.DIGEST and kind != MailKind.DIGESTS:
                digest[row.pk] = people[row.pk]
    return off, digest


def _to_digest(
    network: Network, rows: list[MailRetry], people: dict[int, tuple[Party, User]]
) -> None:
    """Queue the kept rows of people who chose the weekly digest since for that digest
    (`_queue_for_digest`, as a new message would be: only for someone admitted here) and
    drop them. The digest reads only its queued items, so sent alone the message ignored
    the choice, and merely dropped it was lost. Subject and link, no excerpt: the kept text
    does not say whether it carries someone's typed words (and has its footer)."""
    moved = 0
    for row in rows:
        subject = unseal(row.subject, purpose=SEALED_FOR)
        if subject is None:
            continue  # no key opens it: the retry gives it up
        moved += _queue_for_digest(
            network=network,
            kind=row.kind,
            subject=subject,
            body="",
            people=[people[row.pk]],
            authors=[],
            free_text=True,
            link=row.link,
            wording=_wording(),
            news=row.news,
        )
        MailRetry.objects.filter(pk=row.pk).delete()
    _mail_dropped(network=network, messages=moved, reason="moved to the weekly digest")
    _mail_dropped(network=network, messages=len(rows) - moved, reason="no digest to carry it")


# A pass over many kept messages (the retry) or queued items (a weekly digest run) asks a
# sender's check once per message, and what it reads is mostly the same for every recipient
# of one thing (a gathering's morning-after digests, a project update's readers): read once
# per pass (`news_shared`), not once per message, which read a whole gathering's commitments
# twice for each of its kept digests.
_T = TypeVar("_T")
_NEWS_SHARED: ContextVar[dict[tuple[object, ...], object] | None] = ContextVar(
    "collaboratory_news_shared", default=None
)


@contextmanager
def news_pass() -> Iterator[None]:
    """One pass of news checks (`register_news_check`): what they share is read once in it.
    Nested, the outer pass holds."""
    if _NEWS_SHARED.get() is not None:
        yield
        return
    token = _NEWS_SHARED.set({})
    try:
        yield
    finally:
        _NEWS_SHARED.reset(token)


def news_shared(key: tuple[object, ...], read: Callable[[], _T]) -> _T:
    """What a news check reads that is the same for every recipient (`key` names it, with
    its network): read once in a `news_pass`, at every call outside one."""
    memo = _NEWS_SHARED.get()
    if memo is None:
        return read()
    if key not in memo:
        memo[key] = read()
    return memo[key]  # type: ignore[return-value]


# "Is this still news for this recipient?", asked by a sender with its own sent-log of its
# own kept messages at retry: (network, the id after the prefix, the recipient's account or
# None, now) -> bool. Registered by the sender's app (`register_news_check`).
NewsCheck = Callable[[Network, str, "User | None", datetime], bool]
_NEWS_CHECKS: dict[str, NewsCheck] = {}
# "What would this message say now?", asked of a sender whose message lists several things
# (a morning-after digest's commitments): (network, the id after the prefix, the
# recipient's account, now) -> (subject, body) as it would be written now, or None when
# nothing in it still stands.
NewsRender = Callable[[Network, str, User, datetime], "tuple[str, str] | None"]
_NEWS_RENDERS: dict[str, NewsRender] = {}


def register_news_check(prefix: str, check: NewsCheck, *, render: NewsRender | None = None) -> None:
    """Let the retry ask a sender's own rule (the one its run asks before it sends) whether
    a kept message of `mail_send(..., news="<prefix>:<id>")` is still news. Such a sender
    stops re-sending once part of a send went, so without it a withdrawn or passed thing
    was told up to two days later. The apps above networks register in `ready()`.

    `render`, for a message that lists several things: the retry writes the kept message
    again from what stands when it is handed over (a line whose thing was withdrawn or
    hidden since drops out), and drops it when nothing is left."""
    _NEWS_CHECKS[prefix] = check
    if render is not None:
        _NEWS_RENDERS[prefix] = render
    else:
        _NEWS_RENDERS.pop(prefix, None)


# "Your kept message was given up": (network, the id after the topic's prefix, when the
# message was first kept) -> None. Registered by the sender's app (`register_given_up`).
GivenUp = Callable[[Network, str, datetime], object]
_GIVEN_UP: dict[str, GivenUp] = {}


def register_given_up(prefix: str, hook: GivenUp) -> None:
    """Let the sender of `mail_send(..., topic="<prefix>:<id>")` learn that the retry gave
    up a kept message of that topic (two days of failures, or a text no key opens). Without
    it nobody learned it: the row is deleted and the audit row holds counts only, so a link
    the message carried (a substitute's pass) never arrived and no page said so. Called in
    the transaction that deletes the row, after the delete: a hook that fails (logged) keeps
    the row for a later pass, for at most `GIVEN_UP_HOOK_GRACE`, and the pass goes on. The
    apps above networks register in `ready()`."""
    _GIVEN_UP[prefix] = hook


# How long past the give-up a kept row waits for its sender's failing given-up hook: tried
# again after the longest retry wait, then it goes without the sender being told (logged).
GIVEN_UP_HOOK_GRACE = timedelta(days=1)


def _give_up(network: Network, row: MailRetry, *, now: datetime) -> int:
    """Delete a kept row given up and tell its topic's sender (`register_given_up`), once:
    only the call whose delete removed the row tells (a newer message of its topic may have
    dropped it meanwhile). A hook that fails keeps the row, tried again after the longest
    retry wait (not at every lease: the message would be handed over again each time), for
    `GIVEN_UP_HOOK_GRACE`; after that it goes untold, so a hook that keeps failing cannot
    keep the message stored for ever. Returns how many rows went (0 or 1)."""
    prefix, _sep, key = row.topic.partition(":")
    try:
        with transaction.atomic():
            gone = MailRetry.objects.filter(pk=row.pk).delete()[0]
            if gone and (hook := _GIVEN_UP.get(prefix)) is not None and key:
                hook(network, key, row.created_at)
    except Exception:
        # The rest of this pass goes on: a sender's failing hook must not hold every other
        # network's mail.
        if now - row.created_at < RETRY_GIVE_UP_AFTER + GIVEN_UP_HOOK_GRACE:
            log.exception("Network %s: a sender's given-up hook failed (%s)", network.pk, prefix)
            MailRetry.objects.filter(pk=row.pk).update(
                next_attempt_at=max(now, timezone.now()) + RETRY_LONGEST_WAIT
            )
            return 0
        log.exception(
            "Network %s: a sender's given-up hook failed (%s) a day past the give-up: the "
            "message is given up without telling its sender",
            network.pk,
            prefix,
        )
        return MailRetry.objects.filter(pk=row.pk).delete()[0]
    return gone


def _no_longer_news(network: Network, rows: list[MailRetry], *, now: datetime) -> set[int]:
    """The kept rows whose sender's own check says they are no longer news."""
    newsy = [row for row in rows if row.news]
    if not newsy:
        return set()
    accounts = _resolve([row.to for row in newsy])
    stale: set[int] = set()
    for row, (_who, user) in zip(newsy, accounts, strict=True):
        prefix, _sep, key = row.news.partition(":")
        check = _NEWS_CHECKS.get(prefix)  # `mail_send` refuses a news with none
        if check is not None and not check(network, key, user, now):
            stale.add(row.pk)
    return stale


def _written_again(network: Network, rows: list[MailRetry], *, now: datetime) -> set[int]:
    """Write again, from what stands now, the kept rows whose sender registered a `render`
    (a reader's message, not a stewards' copy: a copy witnesses what was written, and may
    name more than what goes now). Returns the rows with nothing left in them, to drop.
    The new text is planned as `mail_send` plans it (a minor's address withheld) with the
    recipient's footer, and sealed in place of the old."""
    rendered = [row for row in rows if row.news and row.news.partition(":")[0] in _NEWS_RENDERS]
    if not rendered:
        return set()
    empty: set[int] = set()
    accounts = _resolve([row.to for row in rendered])
    for row, (who, user) in zip(rendered, accounts, strict=True):
        if user is None:
            continue  # no account: `_no_longer_news` asked its check already
        prefix, _sep, key = row.news.partition(":")
        written = _NEWS_RENDERS[prefix](network, key, user, now)
        if written is None:
            empty.add(row.pk)
            continue
        subject, body = written
        plan = plan_envelopes(
            subject=subject,
            body=body,
            recipients=[who],
            authors=[],
            free_text=False,
            stewards=[],
            wording=_wording(),
        )
        if not plan.envelopes:
            empty.add(row.pk)
            continue
        message = _message(plan.envelopes[0], user=user, kind=row.kind or None)
        html = next(
            (content for content, mimetype in message.alternatives if mimetype == "text/html"),
            "",
        )
        row.subject = seal(str(message.subject), purpose=SEALED_FOR)
        row.body = seal(str(message.body), purpose=SEALED_FOR)
        row.html = seal(str(html), purpose=SEALED_FOR) if html else ""
        MailRetry.objects.filter(pk=row.pk).update(
            subject=row.subject, body=row.body, html=row.html
        )
    return empty


def _retries_send(network: Network, *, now: datetime, handover: _Handover) -> int:
    """One network's due messages on the pass's connection, each claimed before it is
    tried; returns how many the server took. A message waiting for a stewards' copy (its
    `witness_group`) is not tried until a copy of its group is taken (copies come first,
    by pk), and is given up with them. Dropped first (`mail.dropped`, with the reason): one
    its sender's own check no longer calls news ("no longer news"), a non-essential one
    whose recipient has turned its kind off since ("turned off"); one whose recipient
    chose the weekly digest since is moved there ("moved to the weekly digest")."""
    rows = list(
        MailRetry.objects.filter(network=network, next_attempt_at__lte=now).order_by("pk")[
            :RETRY_BATCH
        ]
    )
    if not rows:
        return 0
    with news_pass():  # a gathering's digests read once for all its kept ones
        if stale := _no_longer_news(network, rows, now=now):
            dropped = MailRetry.objects.filter(pk__in=stale).delete()[0]
            _mail_dropped(network=network, messages=dropped, reason="no longer news")
            rows = [row for row in rows if row.pk not in stale]
        off, digest = _chosen_since(rows)
        # Written again only what goes now: a row turned off or moved to the weekly digest
        # is not handed over, so it keeps its text.
        empty = _written_again(
            network, [row for row in rows if row.pk not in off and row.pk not in digest], now=now
        )
    if empty:
        dropped = MailRetry.objects.filter(pk__in=empty).delete()[0]
        _mail_dropped(network=network, messages=dropped, reason="no longer news")
        rows = [row for row in rows if row.pk not in empty]
    if off:
        dropped = MailRetry.objects.filter(pk__in=off).delete()[0]
        _mail_dropped(network=network, messages=dropped, reason="turned off")
    if digest:
        _to_digest(network, [row for row in rows if row.pk in digest], digest)
    rows = [row for row in rows if row.pk not in off and row.pk not in digest]
    sent = given_up = 0
    witnessed: set[uuid.UUID] = set()
    for row in rows:
        group = row.witness_group
        if not row.steward_copy and group is not None and group not in witnessed:
            if now - row.created_at >= RETRY_GIVE_UP_AFTER:
                given_up += _give_up(network, row, now=now)
            continue  # no copy of its send has been taken yet
        if not mail_retry_claim(row=row, now=now):
            continue  # another worker has it
        message = _retried(row)
        if message is None:
            log.warning("Network %s: a kept message no key opens was given up", network.pk)
            given_up += _give_up(network, row, now=now)
            continue
        error = handover.send(message)
        if not error:
            MailRetry.objects.filter(pk=row.pk).delete()
            sent += 1
            if row.steward_copy and group is not None:
                witnessed.add(group)
                MailRetry.objects.filter(witness_group=group, steward_copy=False).update(
                    witness_group=None
                )
        elif now - row.created_at >= RETRY_GIVE_UP_AFTER:
            given_up += _give_up(network, row, now=now)
        else:
            MailRetry.objects.filter(pk=row.pk).update(
                attempts=row.attempts + 1,
                next_attempt_at=now + retry_wait(row.attempts + 1),
                last_error=error,
            )
    if given_up:
        log.warning(
            "Network %s: %d message(s) given up after %s of failed tries",
            network.pk,
            given_up,
            RETRY_GIVE_UP_AFTER,
        )
        audit_record(
            action="mail.given_up",
            network=network,
            data={"messages": given_up, "after_days": RETRY_GIVE_UP_AFTER.days},
        )
    return sent


def mail_retries_drop(*, to: str, network: Network | None = None) -> int:
    """Drop the email still waiting for the mail server to `to` (in `network`, else in every
    network): for someone it must no longer reach (an account deleted, a membership ended,
    an invitation revoked). Returns how many were dropped."""
    with scopes_disabled():
        rows = MailRetry.objects.filter(to__iexact=to.strip())
        if network is not None:
            rows = rows.filter(network=network)
        return rows.delete()[0]


def mail_retries_supersede(*, network: Network, topic: str, reason: str = "superseded") -> int:
    """Drop the kept messages of `topic` in `network`: their link is dead, so sent late they
    would mislead. "superseded": a newer message carries the link that replaced theirs (a
    guardian's consent link sent again); "withdrawn": the thing the link opens was withdrawn
    (a substitute's pass). Audited (`mail.dropped` with `reason`, counts only). Returns how
    many were dropped."""
    with scope(network=network):
        dropped = MailRetry.objects.filter(network=network, topic=topic).delete()[0]
    _mail_dropped(network=network, messages=dropped, reason=reason)
    return dropped


def mail_retries_forget(topics: Q, *, reason: str) -> int:
    """`mail_retries_supersede` for every network holding kept messages of `topics` (a
    filter on `MailRetry.topic`): what names a person who deleted their account, whichever
    networks it went from. Returns how many were dropped."""
    with scopes_disabled():
        kept = list(MailRetry.objects.filter(topics).values_list("network_id", "topic").distinct())
        networks = Network.objects.in_bulk({network_id for network_id, _topic in kept})
    return sum(
        mail_retries_supersede(network=networks[network_id], topic=topic, reason=reason)
        for network_id, topic in kept
    )


def mail_retries_send(*, now: datetime | None = None) -> int:
    """Hand over again every kept message whose wait is over; delete each once the server
    takes it; after a failure wait longer (`retry_wait`); after two days of failures delete
    it, log and audit (`mail.given_up`, counts only). Returns how many went out. One
    connection serves the whole pass: a server that never answers costs its timeout once,
    not once per network (which outlasted the 5 minutes between passes and held the
    worker from every other task while it lasted)."""
    now = now or timezone.now()
    with scopes_disabled():
        if not MailRetry.objects.filter(next_attempt_at__lte=now).exists():
            return 0
    with _handover() as handover:
        return each_network(partial(_retries_send, now=now, handover=handover))


def mail_send(
    *,
    network: Network,
    subject: str,
    body: str,
    recipients: Sequence[User | str],
    free_text: bool,
    authors: Sequence[User] = (),
    kind: str | None = None,
    link: str = "",
    keep_failed: bool = True,
    topic: str = "",
    news: str = "",
    about: Sequence[User] = (),
) -> int:
    """Send one message to each recipient; returns how many recipients were sent one now or
    had it kept for retry (the mail server down or refusing it: `mail_retries_send` hands it
    over later; a send never raises for it). Not counted: stewards' copies, messages queued
    for the weekly digest, turned off or withheld.

    `keep_failed=False` is for senders that keep their own sent-log in the send's
    transaction and send again on their next run (notices, digests, reminders, a move's and
    a project update's email): when the server takes none of the send it raises, the log
    rolls back, and their next run decides whether the message is still news (a commitment
    since hidden, a reminder gone stale), which a kept copy could not. Once part of the send
    went (a stewards' copy, some readers), the rest is kept instead, so nothing goes twice.

    `free_text` says the body carries words a person typed (a note, an update, a commitment)
    rather than our templates, names and titles; `authors` are the people who typed them
    (required with free text). When that text passes between an adult and a minor, the
    network's stewards each get their own copy, sent first; with no steward to copy the
    message is withheld, logged and audited (`mail.withheld`).

    `kind` (a `MailKind`) marks a non-essential message: recipients who turned that kind off
    get nothing, those who chose the weekly digest get it queued there (`link` is what the
    digest points to), and the others get it with a footer and one-click unsubscribe
    headers. The age-line rule is planned on the messages that really go out now, and
    stewards' copies are essential: a steward who turned a kind off still gets the copy
    that witnesses it. No kind: essential mail, sent to everyone named.

    `topic` names what a single-use link in the message is for ("guardian-consent:<user
    id>"): the kept messages of the same topic in the network are dropped first
    (`mail_retries_supersede`), since this one's link replaced theirs.

    `news` ("<prefix>:<id>", a prefix registered with `register_news_check`) is for a
    sender with its own sent-log: what part of its send is kept, the retry hands over only
    while that sender's own check still calls it news for its recipient; queued for the
    weekly digest, it is asked again when the digest goes.

    `about`: the other people the message names (a reminder's presenter). What waits for
    the weekly digest is dropped when one of them deletes their account
    (`digest_items_forget`)."""
    if free_text and not authors:
        raise ValueError("mail_send: free_text=True needs the authors of that text.")
    if kind is not None and kind not in MailKind.values:
        raise ValueError(f"mail_send: unknown kind of email {kind!r}.")
    if news and news.partition(":")[0] not in _NEWS_CHECKS:
        raise ValueError(f"mail_send: no news check is registered for {news!r}.")
    resolved = _resolve(recipients, look_up=kind is not None or free_text or len(recipients) > 1)
    by = [_party(a) for a in authors]
    wording = _wording()
    deliveries = (
        deliveries_for(user_ids=[u.pk for _p, u in resolved if u is not None], kind=kind)
        if kind is not None
        else {}
    )
    now: list[tuple[Party, User | None]] = []
    later: list[tuple[Party, User]] = []
    for party, user in resolved:
        delivery = deliveries.get(user.pk, Delivery.ON) if user is not None else Delivery.ON
        if delivery == Delivery.OFF:
            continue
        if user is not None and delivery == Delivery.DIGEST and kind != MailKind.DIGESTS:
            later.append((party, user))
        else:
            now.append((party, user))
    if later and kind is not None:  # only a kind has deliveries
        _queue_for_digest(
            network=network,
            kind=kind,
            subject=subject,
            body=body,
            people=later,
            authors=by,
            free_text=free_text,
            link=link,
            wording=wording,
            news=news,
            about=[a.pk for a in about],
        )
    to = [p for p, _u in now]
    ages = {p.is_minor for p in (*to, *by)}
    stewards = _stewards(network) if free_text and len(ages) == 2 else []
    plan = plan_envelopes(
        subject=subject,
        body=body,
        recipients=to,
        authors=by,
        free_text=free_text,
        stewards=stewards,
        wording=wording,
    )
    if plan.withheld:
        log.warning(
            "Network %s: %d message(s) withheld: free text between an adult and a minor "
            "and no steward to copy",
            network.pk,
            len(plan.withheld),
        )
        # On the record too, so the network's stewards can see that words did not go out
        # (counts only: no address, no text).
        audit_record(
            action="mail.withheld",
            actor=authors[0] if authors else None,
            network=network,
            data={"messages": len(plan.withheld), "reason": "no steward to copy"},
        )
    if plan.unusable:
        log.warning("Network %s: %d unusable address(es) skipped", network.pk, len(plan.unusable))
    users = {p.key: u for p, u in now}
    messages = [
        _message(e, user=users.get(e.to.strip().lower()), kind=kind) for e in plan.envelopes
    ]
    if topic:
        mail_retries_supersede(network=network, topic=topic)
    if messages:
        _send_or_keep(
            network=network,
            messages=[(m, e.steward_copy) for m, e in zip(messages, plan.envelopes, strict=True)],
            kind=kind or "",
            topic=topic,
            link=link,
            news=news,
            raise_unless_taken=not keep_failed,
        )
    return sum(1 for e in plan.envelopes if not e.steward_copy)
