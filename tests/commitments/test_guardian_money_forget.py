"""A youth member's money approval email kept for the mail server (it was down) names the
youth and quotes their words to their guardian, and the stewards' copy does too. When the
youth deletes their account before it goes, it is dropped: until 2026-12-07 it went out
later, naming someone who had asked to be forgotten, with a link that opened nothing."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core import mail
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.networks.mail import mail_retries_send
from collaboratory.networks.models import MailRetry
from collaboratory.people.services import account_delete
from tests.commitments.test_guardian_approval import money_offered
from tests.conftest import World
from tests.mail.silent import refusing_mail_server

LOCMEM = "django.core.mail.backends.locmem.EmailBackend"


def _kept_to(address: str) -> list[MailRetry]:
    with scopes_disabled():
        return list(MailRetry.objects.filter(to=address))


def test_a_youths_waiting_money_approval_email_is_dropped_when_they_delete_their_account(
    world: World, settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    youth = world.personas["youth_member"]
    assert youth is not None
    refusing_mail_server(settings)
    money_offered(world, django_capture_on_commit_callbacks)
    assert _kept_to("guardian@alpha.example"), "the server refused it: kept for a retry"

    with scopes_disabled():
        account_delete(user=youth, confirm_email=youth.email)

    assert _kept_to("guardian@alpha.example") == []
    settings.EMAIL_BACKEND = LOCMEM
    mail.outbox.clear()
    mail_retries_send(now=timezone.now() + timedelta(days=1))
    assert not [m for m in mail.outbox if "$40" in m.body or "car wash" in m.body]
