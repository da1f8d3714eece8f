"""A sender's given-up hook (`networks.mail.register_given_up`) that fails keeps its row for
another try, so a passing fault (a lock, a deploy) does not lose the news. A hook that keeps
failing must not keep the row for ever: the message (an address, a link) would stay stored
and be handed to the mail server again every lease, ten minutes apart, long after the two
days it was meant to be tried. The row is tried again after the longest retry wait, and a
day past the give-up it goes without its sender being told, logged and counted."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

import pytest
from django.core import mail
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.networks import mail as network_mail
from collaboratory.networks.mail import (
    RETRY_GIVE_UP_AFTER,
    RETRY_LONGEST_WAIT,
    mail_retries_send,
    mail_send,
    register_given_up,
)
from collaboratory.networks.models import MailRetry, Network
from tests.conftest import World
from tests.mail.silent import refusing_mail_server

TOPIC = "test-broken-hook"


@pytest.fixture
def broken_hook(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A sender whose given-up hook always fails; the hooks registered before come back
    after the test (monkeypatch). Gives the keys it was called with."""
    monkeypatch.setattr(network_mail, "_GIVEN_UP", dict(network_mail._GIVEN_UP))
    calls: list[str] = []

    def hook(network: Network, key: str, made_at: datetime) -> None:
        calls.append(key)
        raise RuntimeError("the sender's table is locked")

    register_given_up(TOPIC, hook)
    return calls


def _kept() -> list[MailRetry]:
    with scopes_disabled():
        return list(MailRetry.objects.order_by("pk"))


def test_a_hook_that_keeps_failing_does_not_keep_the_row_for_ever(
    world: World, settings, broken_hook: list[str], caplog
) -> None:  # type: ignore[no-untyped-def]
    refusing_mail_server(settings)
    mail.outbox.clear()
    assert (
        mail_send(
            network=world.alpha,
            subject="Your pass",
            body="A link.",
            recipients=["sam@elsewhere.example"],
            free_text=False,
            topic=f"{TOPIC}:7",
        )
        == 1
    )
    [row] = _kept()
    given_up_at = row.created_at + RETRY_GIVE_UP_AFTER + timedelta(minutes=1)

    with caplog.at_level(logging.WARNING):
        mail_retries_send(now=given_up_at)

    # The hook failed: the row stays for another try, logged, not counted as given up.
    assert broken_hook == ["7"]
    [kept] = _kept()
    assert "given-up hook failed" in caplog.text
    # Not handed over again at every lease (ten minutes): after the longest wait.
    assert kept.next_attempt_at >= given_up_at + RETRY_LONGEST_WAIT
    mail_retries_send(now=given_up_at + timedelta(minutes=11))
    assert broken_hook == ["7"]

    # A day past the give-up the hook still fails: the row goes all the same.
    mail_retries_send(now=row.created_at + RETRY_GIVE_UP_AFTER + timedelta(days=1, minutes=1))

    assert _kept() == []
    assert broken_hook == ["7", "7"]
    with scopes_disabled():
        counted = list(AuditEvent.objects.filter(action="mail.given_up").values_list("data"))
    assert counted == [({"messages": 1, "after_days": 2},)]
    assert "without telling its sender" in caplog.text
    assert "sam@elsewhere.example" not in caplog.text
    assert mail.outbox == []
