"""An email the mail server does not take is kept and handed over again, never lost and
never a 500: `mail_send` keeps what fails (networks.MailRetry) and the periodic
`mail_retries_send` retries it with a growing wait, giving up after two days.

The failure is real: Django's SMTP backend pointed at a local port nobody listens on, so
smtplib's connection is truly refused. Switching back to locmem is the server coming back.
"""

from __future__ import annotations

import importlib
import logging
import smtplib
import socket
import socketserver
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from django.apps import apps as django_apps
from django.core import mail
from django.db import transaction
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.networks.mail import (
    SEALED_FOR,
    mail_retries_send,
    mail_retry_claim,
    mail_send,
)
from collaboratory.networks.models import (
    Invitation,
    MailKind,
    MailRetry,
    NetworkKind,
    Nomination,
    Role,
)
from collaboratory.networks.sealed import seal, unseal
from collaboratory.networks.services import (
    invitation_create,
    invitation_revoke,
    nomination_decide,
)
from collaboratory.networks.services.consent import (
    guardian_consent_confirm,
    guardian_consent_request,
    guardian_consent_revoke,
)
from collaboratory.people.models import AgeBand
from collaboratory.people.services import account_delete
from tests.conftest import World, client_for
from tests.factories import MembershipFactory, NetworkFactory
from tests.mail.conftest import Youth, seen_by_others
from tests.mail.silent import refusing_mail_server

LOCMEM = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture
def server_down(settings):  # type: ignore[no-untyped-def]
    """Django's real SMTP backend aimed at a port that was bound and closed: refused."""
    refusing_mail_server(settings)
    mail.outbox.clear()
    return settings


class _Session(socketserver.StreamRequestHandler):
    """Just enough SMTP for smtplib: refuses any recipient at refused.example (550)."""

    server: _Server

    def reply(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self) -> None:
        self.reply("220 test")
        recipients: list[str] = []
        in_data = False
        while line := self.rfile.readline():
            if in_data:
                if line == b".\r\n":
                    in_data = False
                    self.server.delivered.extend(recipients)
                    self.reply("250 queued")
                continue
            command = line[:4].upper()
            if command == b"RCPT":
                address = line.decode().split(":", 1)[1].strip().strip("<>")
                if address.endswith("@refused.example"):
                    self.reply("550 no such mailbox")
                else:
                    recipients.append(address)
                    self.reply("250 ok")
            elif command == b"MAIL":
                recipients = []
                self.reply("250 ok")
            elif command == b"DATA":
                in_data = True
                self.reply("354 go on")
            elif command == b"QUIT":
                self.reply("221 bye")
                return
            else:  # EHLO, HELO, RSET, NOOP
                self.reply("250 ok")


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    delivered: list[str]


@pytest.fixture
def picky_server(settings) -> Iterator[_Server]:  # type: ignore[no-untyped-def]
    """A real SMTP conversation on loopback with a server that refuses some recipients."""
    server = _Server(("127.0.0.1", 0), _Session)
    server.delivered = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.server_address[1]
    settings.EMAIL_TIMEOUT = 5
    yield server
    server.shutdown()
    server.server_close()


def send_to_guest(world: World) -> int:
    """One plain message to an address outside the network, as most of these tests send."""
    return mail_send(
        network=world.alpha,
        subject="Hello",
        body="Words.",
        recipients=["guest@elsewhere.example"],
        free_text=False,
    )


def stored() -> list[MailRetry]:
    """The kept rows as the database holds them (their texts sealed)."""
    with scopes_disabled():
        return list(MailRetry.objects.order_by("pk"))


def kept() -> list[MailRetry]:
    """The kept rows with their texts opened (`networks.sealed`), as the retry reads them."""
    rows = stored()
    for row in rows:
        for field in ("subject", "body", "html"):
            text = getattr(row, field)
            setattr(row, field, unseal(text, purpose=SEALED_FOR) if text else "")
    return rows


def retry(now: datetime) -> int:
    return mail_retries_send(now=now)


@pytest.mark.django_db(transaction=True)
def test_an_invitation_with_the_mail_server_down_answers_its_page_and_goes_out_later(
    world: World, server_down
) -> None:  # type: ignore[no-untyped-def]
    """The invitation commits before its email is sent (on_commit): the send used to raise
    ConnectionRefusedError there, a 500 page for a done action, and the link was lost."""
    with scopes_disabled():
        nomination = Nomination.objects.select_related("network").get(
            pk=world.objects[("alpha", "nomination")]
        )
    nomination_decide(nomination=nomination, accept=True, note="", actor=world.personas["steward"])

    page = client_for(world.personas["steward"]).post(
        f"/n/alpha/nominations/{nomination.pk}/invite/", follow=True
    )

    assert page.redirect_chain == [("/n/alpha/invitations/", 302)]
    # Not "sent": the server did not take it (it said so before this was fixed).
    assert (
        "The invitation to Canaryalpha Nominee is saved; its email is waiting for the mail "
        "server and will be tried again for two days."
    ) in page.content.decode()
    assert "Email waiting for the mail server" in page.content.decode()
    with scopes_disabled():
        invitation = Invitation.objects.get(nomination=nomination)
    [row] = kept()
    assert (row.network_id, row.to, row.subject, row.attempts, row.last_error) == (
        world.alpha.pk,
        invitation.email,
        "You are invited to join Alpha Collaboratory",
        1,
        "ConnectionRefusedError",
    )
    assert row.next_attempt_at == row.created_at + timedelta(minutes=5)
    assert mail.outbox == []

    server_down.EMAIL_BACKEND = LOCMEM
    assert retry(row.created_at + timedelta(minutes=4)) == 0  # not due yet
    assert retry(row.next_attempt_at) == 1
    assert retry(row.next_attempt_at + timedelta(minutes=5)) == 0  # sent once

    [message] = mail.outbox
    assert (message.to, message.subject, message.body) == (
        [invitation.email],
        row.subject,
        row.body,
    )
    assert message.alternatives[0].content == row.html
    assert "/invitations/token/" in message.body
    assert kept() == []


def test_a_failed_try_waits_longer_each_time_up_to_six_hours(world: World, server_down) -> None:  # type: ignore[no-untyped-def]
    assert send_to_guest(world) == 1  # kept for retry counts as handed over

    [row] = kept()
    waits = []
    at = row.next_attempt_at
    for _try in range(8):
        assert retry(at) == 0
        [row] = kept()
        waits.append(row.next_attempt_at - at)
        at = row.next_attempt_at

    assert [w / timedelta(minutes=1) for w in waits] == [10, 20, 40, 80, 160, 320, 360, 360]
    assert (row.attempts, row.last_error) == (9, "ConnectionRefusedError")
    assert "guest@elsewhere.example" not in row.last_error
    assert mail.outbox == []


def test_after_two_days_of_failures_the_message_is_given_up_and_audited(
    world: World, server_down, caplog
) -> None:  # type: ignore[no-untyped-def]
    send_to_guest(world)
    [row] = kept()

    assert retry(row.created_at + timedelta(days=1)) == 0
    assert len(kept()) == 1  # still trying after a day
    with caplog.at_level(logging.WARNING):
        assert retry(row.created_at + timedelta(days=2)) == 0

    assert kept() == []
    with scopes_disabled():
        given_up = list(
            AuditEvent.objects.filter(action="mail.given_up").values_list("network_id", "data")
        )
    assert given_up == [(world.alpha.pk, {"messages": 1, "after_days": 2})]
    assert "given up" in caplog.text
    assert "guest@elsewhere.example" not in caplog.text
    assert mail.outbox == []


def test_a_kept_message_is_the_planned_one_stewards_copies_and_withheld_address_included(
    cohort: Youth, server_down
) -> None:  # type: ignore[no-untyped-def]
    """Nothing is re-planned at retry: what is kept is what would have gone, a minor's
    address already withheld from others and each steward's copy a message of its own."""
    body = f"Write to {cohort.youth.email} about the posters."

    sent = mail_send(
        network=cohort.world.youth,
        subject="Posters",
        body=body,
        recipients=[cohort.youth, cohort.pat],
        authors=[cohort.morgan],
        free_text=True,
        kind=MailKind.UPDATES,
    )

    assert sent == 2
    rows = kept()
    assert sorted((r.to, r.subject) for r in rows) == sorted(
        [
            (cohort.youth.email, "Posters"),
            (cohort.pat.email, "Posters"),
            (cohort.stewards[0].email, "Copy for stewards: Posters"),
            (cohort.stewards[1].email, "Copy for stewards: Posters"),
        ]
    )
    to_pat = next(r for r in rows if r.to == cohort.pat.email)
    assert "[address withheld]" in to_pat.body
    assert [r.to for r in rows if cohort.youth.email in r.body + r.html] == [cohort.youth.email]
    assert to_pat.headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    server_down.EMAIL_BACKEND = LOCMEM
    assert retry(rows[0].next_attempt_at) == 4

    assert sorted((m.to[0], m.subject, m.body) for m in mail.outbox) == sorted(
        (r.to, r.subject, r.body) for r in rows
    )
    assert seen_by_others(cohort.youth.email) == [False, False, False]
    to_pat_sent = next(m for m in mail.outbox if m.to == [cohort.pat.email])
    assert to_pat_sent.extra_headers == to_pat.headers
    assert kept() == []


def test_a_message_kept_in_a_transaction_that_rolls_back_is_not_kept(
    world: World, server_down
) -> None:  # type: ignore[no-untyped-def]
    """Sent inside the action's transaction, the kept message shares its fate: an action
    that did not happen sends nothing later."""

    class Undone(Exception):
        pass

    inside: list[int] = []

    def act_then_fail() -> None:
        with transaction.atomic():
            send_to_guest(world)
            inside.append(len(kept()))
            raise Undone

    with pytest.raises(Undone):
        act_then_fail()

    assert inside == [1]
    assert kept() == []


def test_one_worker_claims_a_row_the_other_read_at_the_same_time(world: World, server_down) -> None:  # type: ignore[no-untyped-def]
    send_to_guest(world)
    [first] = kept()
    [second] = kept()  # the same row, read by another worker
    now = first.next_attempt_at

    with scopes_disabled():
        assert mail_retry_claim(row=first, now=now) is True
        assert mail_retry_claim(row=second, now=now) is False
    assert retry(now) == 0  # leased: not due for the pass either
    assert kept()[0].attempts == 1


def test_a_refused_recipient_is_kept_and_the_others_get_theirs(
    world: World, picky_server: _Server
) -> None:
    """One connection, one message at a time: a refusal in the middle does not stop the
    messages after it (before, the first refusal raised and the rest never went)."""
    sent = mail_send(
        network=world.alpha,
        subject="Hello",
        body="Words.",
        recipients=["ann@elsewhere.example", "bo@refused.example", "cy@elsewhere.example"],
        free_text=False,
    )

    assert sent == 3
    assert picky_server.delivered == ["ann@elsewhere.example", "cy@elsewhere.example"]
    assert [(r.to, r.last_error) for r in kept()] == [
        ("bo@refused.example", "SMTPRecipientsRefused 550")
    ]


def test_a_server_that_never_answers_times_out_and_the_message_is_kept(
    world: World, settings
) -> None:  # type: ignore[no-untyped-def]
    """It takes the connection and says nothing (a stuck relay): the send gives up after
    the timeout and keeps the message, instead of holding the page (smtplib reports the
    timed-out read of its greeting as a disconnection)."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = silent.getsockname()[1]
        settings.EMAIL_TIMEOUT = 1

        sent = send_to_guest(world)

    assert sent == 1
    assert [(r.to, r.last_error) for r in kept()] == [
        ("guest@elsewhere.example", "SMTPServerDisconnected")
    ]


def test_mail_waiting_for_a_deleted_account_is_dropped(cohort: Youth, server_down) -> None:  # type: ignore[no-untyped-def]
    """Someone who deletes their account is not written to two days later."""
    mail_send(
        network=cohort.world.youth,
        subject="Hello",
        body="Words.",
        recipients=[cohort.pat, cohort.morgan],
        free_text=False,
    )
    assert sorted(r.to for r in kept()) == sorted([cohort.pat.email, cohort.morgan.email])

    account_delete(user=cohort.pat, confirm_email=cohort.pat.email)

    assert [r.to for r in kept()] == [cohort.morgan.email]


def test_a_sender_with_its_own_sent_log_is_not_held_by_a_silent_server(
    world: World, settings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """`keep_failed=False` (notices, digests, reminders) raises for its own retry, but with
    the same bounded wait: Django's default waits for ever, which held the worker's task.
    Our bound is set to 1 s here and the process default to 60 s, so a send that waited for
    the default would take 60 s: the check tells the two waits apart, it times nothing."""
    monkeypatch.setattr("collaboratory.networks.mail.MAIL_TIMEOUT_SECONDS", 1)
    previous = socket.getdefaulttimeout()
    socket.setdefaulttimeout(60)
    try:
        with socket.socket() as silent:
            silent.bind(("127.0.0.1", 0))
            silent.listen()
            settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
            settings.EMAIL_HOST = "127.0.0.1"
            settings.EMAIL_PORT = silent.getsockname()[1]
            settings.EMAIL_TIMEOUT = None
            started = time.monotonic()
            with pytest.raises(smtplib.SMTPServerDisconnected):
                mail_send(
                    network=world.alpha,
                    subject="Hello",
                    body="Words.",
                    recipients=["guest@elsewhere.example"],
                    free_text=False,
                    keep_failed=False,
                )
            waited = time.monotonic() - started
    finally:
        socket.setdefaulttimeout(previous)

    assert waited < 30
    assert kept() == []


def _stewards_refused(cohort: Youth) -> None:
    """Both stewards' mailboxes are ones the mail server refuses (a departed staff member's
    closed address, a typo): every stewards' copy is refused, the rest is taken."""
    with scopes_disabled():
        for steward in cohort.stewards:
            steward.email = steward.email.split("@")[0] + "@refused.example"
            steward.save(update_fields=["email"])


def _adult_writes_to_youth(cohort: Youth) -> int:
    return mail_send(
        network=cohort.world.youth,
        subject="Posters",
        body="Call me tonight about the posters.",
        recipients=[cohort.youth],
        authors=[cohort.morgan],
        free_text=True,
    )


def test_an_adults_words_wait_for_a_stewards_copy_to_be_taken(
    cohort: Youth, picky_server: _Server, settings
) -> None:  # type: ignore[no-untyped-def]
    """No private channel between an adult and a minor: when the server takes no stewards'
    copy, the young person's message is not handed over either; it waits, kept, and goes
    once a copy has gone. Before, the copies were kept for retry and the message to the
    young person went at once, with no witness (and none ever, once the copies were given
    up). Failed on the old code: the youth's address was delivered."""
    _stewards_refused(cohort)

    assert _adult_writes_to_youth(cohort) == 1

    assert cohort.youth.email not in picky_server.delivered
    rows = kept()
    assert sorted(r.to.split("@")[1] for r in rows) == sorted(
        ["refused.example", "refused.example", cohort.youth.email.split("@")[1]]
    )

    # The youth's message is tried only after a copy was taken: still refused, it waits.
    assert retry(rows[0].next_attempt_at) == 0
    assert cohort.youth.email not in picky_server.delivered

    # The stewards fix their addresses; the server takes the copies, then the message.
    settings.EMAIL_BACKEND = LOCMEM
    mail.outbox.clear()
    at = max(r.next_attempt_at for r in kept())
    assert retry(at) == 3
    assert [m.subject for m in mail.outbox] == [
        "Copy for stewards: Posters",
        "Copy for stewards: Posters",
        "Posters",
    ]
    assert mail.outbox[-1].to == [cohort.youth.email]
    assert kept() == []


def test_an_adults_words_whose_copies_are_given_up_are_given_up_too(
    cohort: Youth, picky_server: _Server
) -> None:  # type: ignore[no-untyped-def]
    """Two days of refused copies: the message they were to witness never goes."""
    _stewards_refused(cohort)
    _adult_writes_to_youth(cohort)
    created = kept()[0].created_at

    assert retry(created + timedelta(days=1)) == 0
    assert retry(created + timedelta(days=2)) == 0

    assert kept() == []
    assert cohort.youth.email not in picky_server.delivered
    with scopes_disabled():
        given_up = list(AuditEvent.objects.filter(action="mail.given_up").values_list("data"))
    assert given_up == [({"messages": 3, "after_days": 2},)]


def test_a_row_reached_late_in_a_long_pass_is_leased_from_when_it_is_claimed(
    world: World, server_down
) -> None:  # type: ignore[no-untyped-def]
    """A pass reads the clock once, when it starts, and may take longer than the lease (500
    messages through a slow relay, several networks): a row it reached 15 minutes in was
    leased until 5 minutes before the claim, so another worker's pass found it due at once
    and handed it over as well, the same email twice. Failed on the old code: the second
    pass tried the row (attempts 2)."""
    send_to_guest(world)
    with scopes_disabled():
        MailRetry.objects.update(next_attempt_at=timezone.now() - timedelta(minutes=20))
    [row] = kept()
    pass_began = timezone.now() - timedelta(minutes=15)

    with scopes_disabled():
        assert mail_retry_claim(row=row, now=pass_began) is True
    assert retry(timezone.now()) == 0  # another worker's pass, now

    assert kept()[0].attempts == 1


@pytest.mark.django_db
def test_a_consent_email_naming_a_youth_who_deleted_their_account_is_dropped(
    server_down, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    """The consent email goes to the guardian and names the youth ("Please confirm Yara's
    place"): kept for retry, it went out after the youth had deleted their account, naming
    someone who asked to be forgotten, with a link that opens nothing. Failed on the old
    code: only mail to the deleted person's own address was dropped."""
    youth = NetworkFactory(kind=NetworkKind.YOUTH, parent=NetworkFactory())
    MembershipFactory(network=youth, role=Role.STEWARD, user__email="sam@steward.example")
    minor = MembershipFactory(
        network=youth,
        role=Role.YOUTH_MEMBER,
        user__age_band=AgeBand.AGE_16_17,
        user__full_name="Yara Young",
        user__email="yara@example.org",
    ).user
    with django_capture_on_commit_callbacks(execute=True):
        guardian_consent_request(user=minor, network=youth, guardian_email="parent@example.org")
    assert [r.to for r in kept()] == ["parent@example.org"]
    assert "Yara Young" in kept()[0].subject

    account_delete(user=minor, confirm_email=minor.email)

    assert kept() == []
    server_down.EMAIL_BACKEND = LOCMEM
    retry(timezone.now() + timedelta(days=1))
    assert mail.outbox == []


@pytest.mark.django_db
def test_mail_waiting_for_a_youth_whose_guardian_withdrew_consent_is_dropped(
    server_down,
) -> None:  # type: ignore[no-untyped-def]
    """A guardian withdraws consent (perhaps because of an adult's messages): the account is
    suspended and the site stops writing to the child, as its digest items, reminders and
    answers already do. An adult's words kept for retry went to the child anyway when the
    server came back. Failed on the old code: the youth's message went at retry."""
    youth = NetworkFactory(kind=NetworkKind.YOUTH, parent=NetworkFactory())
    MembershipFactory(network=youth, role=Role.STEWARD, user__email="sam@steward.example")
    mentor = MembershipFactory(network=youth, user__email="maria@adult.example").user
    minor = MembershipFactory(
        network=youth,
        role=Role.YOUTH_MEMBER,
        user__age_band=AgeBand.AGE_16_17,
        user__email="yara@example.org",
    ).user
    _consent, token = guardian_consent_request(
        user=minor, network=youth, guardian_email="parent@example.org"
    )
    _consent, revoke = guardian_consent_confirm(token=token, guardian_name="Pat Parent", agree=True)
    mail_send(
        network=youth,
        subject="Posters",
        body="Call me tonight about the posters.",
        recipients=[minor],
        authors=[mentor],
        free_text=True,
    )
    assert sorted(r.to for r in kept()) == ["sam@steward.example", "yara@example.org"]

    guardian_consent_revoke(token=revoke)

    assert [r.to for r in kept()] == ["sam@steward.example"]
    server_down.EMAIL_BACKEND = LOCMEM
    retry(kept()[0].next_attempt_at)
    assert [m.to for m in mail.outbox] == [["sam@steward.example"]]


def test_a_revoked_invitations_email_waiting_for_the_server_is_dropped(
    world: World, server_down, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    """A steward who invited a mistyped address, or the wrong person, revokes the
    invitation while the mail server is down: the stranger is not sent the network's name,
    the inviter's and a dead link two days later. Failed on the old code: it went at retry."""
    steward = world.personas["steward"]
    with django_capture_on_commit_callbacks(execute=True), scopes_disabled():
        invitation, _token = invitation_create(
            network=world.alpha,
            email="stranger@elsewhere.example",
            full_name="Wrong Person",
            actor=steward,
        )
    [row] = kept()
    assert row.to == "stranger@elsewhere.example"

    with scopes_disabled():
        invitation_revoke(invitation=invitation, actor=steward)

    server_down.EMAIL_BACKEND = LOCMEM
    retry(row.next_attempt_at)
    assert mail.outbox == []
    assert kept() == []


def test_a_silent_mail_server_is_waited_for_once_a_pass_not_once_a_network(
    world: World, server_down
) -> None:  # type: ignore[no-untyped-def]
    """A relay that takes connections and never answers (a firewall dropping them) costs
    the timeout (30 s) at every connection: a pass that opened one per network with mail
    waiting spent it again for each, and with a few dozen networks a pass outlasted the
    5 minutes between passes, holding the worker from every other task for the whole
    outage. Counted, not timed: the server sees one connection a pass. Failed on the old
    code: two connections for two networks."""
    send_to_guest(world)
    mail_send(
        network=world.bravo,
        subject="Hello",
        body="Words.",
        recipients=["guest@elsewhere.example"],
        free_text=False,
    )
    assert len(kept()) == 2
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        accepted: list[socket.socket] = []

        def accept() -> None:
            while True:
                try:
                    accepted.append(silent.accept()[0])
                except OSError:
                    return

        threading.Thread(target=accept, daemon=True).start()
        server_down.EMAIL_PORT = silent.getsockname()[1]
        server_down.EMAIL_TIMEOUT = 1

        assert retry(max(r.next_attempt_at for r in kept())) == 0

        connections = len(accepted)
        for connection in accepted:
            connection.close()
    assert connections == 1
    assert [r.attempts for r in kept()] == [2, 2]  # both tried (and failed) in the pass


@pytest.mark.django_db(transaction=True)
def test_a_kept_invitation_holds_no_working_token_and_opens_only_with_the_key(
    world: World, server_down, settings
) -> None:  # type: ignore[no-untyped-def]
    """Safeguards: an invitation's token is stored only as its digest. Kept in the clear,
    the retry row held the raw link for up to two days, in the database and its backups
    (a steward's invitation among them). Sealed, the row holds none of the link's words;
    failed on the old code (the token was in the row's body and HTML)."""
    with scopes_disabled():
        nomination = Nomination.objects.select_related("network").get(
            pk=world.objects[("alpha", "nomination")]
        )
    nomination_decide(nomination=nomination, accept=True, note="", actor=world.personas["steward"])
    client_for(world.personas["steward"]).post(f"/n/alpha/nominations/{nomination.pk}/invite/")
    [row] = stored()
    server_down.EMAIL_BACKEND = LOCMEM
    assert retry(row.next_attempt_at) == 1
    [message] = mail.outbox
    token = message.body.split("/invitations/token/")[1].split("/")[0].split()[0]

    assert len(token) >= 32
    held = " ".join([row.to, row.subject, row.body, row.html, str(row.headers)])
    assert token not in held
    assert "/invitations/token/" not in held
    assert "invited" not in held


def test_a_kept_message_sealed_under_a_rotated_key_still_goes(
    world: World, server_down, settings
) -> None:  # type: ignore[no-untyped-def]
    """Rotating SECRET_KEY (the old one moved to SECRET_KEY_FALLBACKS) loses nothing kept."""
    send_to_guest(world)
    [row] = stored()
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "a-new-key-" + "x" * 50
    server_down.EMAIL_BACKEND = LOCMEM

    assert retry(row.next_attempt_at) == 1

    [message] = mail.outbox
    assert (message.subject, message.body) == ("Hello", "Words.")
    assert kept() == []


def test_a_kept_message_no_key_opens_is_given_up_and_audited(
    world: World, server_down, settings
) -> None:  # type: ignore[no-untyped-def]
    """A key dropped from the settings, or a row altered in the database: nothing opens it,
    nothing is sent, and it is given up as a message that failed for two days is."""
    send_to_guest(world)
    [row] = stored()
    with scopes_disabled():
        MailRetry.objects.filter(pk=row.pk).update(
            body=seal("Words.", purpose="some-other-purpose")
        )
    server_down.EMAIL_BACKEND = LOCMEM

    assert retry(row.next_attempt_at) == 0

    assert mail.outbox == []
    assert stored() == []
    with scopes_disabled():
        assert AuditEvent.objects.filter(action="mail.given_up").count() == 1


def test_rows_kept_in_the_clear_before_are_sealed_by_the_migration_and_still_go(
    world: World, server_down
) -> None:  # type: ignore[no-untyped-def]
    """Rows the last release kept in the clear: the migration's frozen copy of the key
    seals them as today's code would (the retry opens them), and leaves sealed rows be."""
    send_to_guest(world)
    [sealed_row] = stored()
    with scopes_disabled():
        clear = MailRetry.objects.create(
            network=world.alpha,
            to="old@elsewhere.example",
            subject="Kept before",
            body="Plain words.",
            html="<p>Plain words.</p>",
            next_attempt_at=sealed_row.next_attempt_at,
        )
    migration = importlib.import_module("collaboratory.networks.migrations.0013_seal_kept_mail")

    with scopes_disabled():  # today's model has the scoped manager; the historical one not
        migration.seal_kept(django_apps, None)

    rows = stored()
    assert rows[0].body == sealed_row.body  # sealed already: left as it was
    assert "Plain words." not in rows[1].body + rows[1].html
    server_down.EMAIL_BACKEND = LOCMEM
    assert retry(sealed_row.next_attempt_at) == 2
    sent = {m.to[0]: m for m in mail.outbox}
    assert (sent[clear.to].subject, sent[clear.to].body) == ("Kept before", "Plain words.")
    assert sent[clear.to].alternatives[0].content == "<p>Plain words.</p>"
