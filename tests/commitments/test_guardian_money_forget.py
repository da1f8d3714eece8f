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

from collaboratory.commitments.services import commitment_create
from collaboratory.creditclub.models import Proposal
from collaboratory.networks.mail import mail_retries_send
from collaboratory.networks.models import MailRetry
from collaboratory.people.services import account_delete
from tests.authz.objects import shared_gathering
from tests.conftest import World
from tests.mail.silent import refusing_mail_server

LOCMEM = "django.core.mail.backends.locmem.EmailBackend"


def _kept_to(address: str) -> list[MailRetry]:
    with scopes_disabled():
        return list(MailRetry.objects.filter(to=address))


def test_a_youths_waiting_money_approval_email_is_dropped_when_they_delete_their_account(
    world: World, settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    shared = shared_gathering(world)
    youth = world.personas["youth_member"]
    assert youth is not None
    refusing_mail_server(settings)
    with scopes_disabled(), django_capture_on_commit_callbacks(execute=True):
        commitment_create(
            proposal=Proposal.objects.get(pk=shared["proposal"]),
            ask=None,
            committer=youth,
            entered_by=youth,
            what="I will give $40 from our car wash by June 1",
            capital="financial",
            amount="40",
            unit="dollars",
            due_on=timezone.localdate() + timedelta(days=30),
            idempotency_key="9f0e3c4b-0000-4000-8000-000000000041",
        )
    assert _kept_to("guardian@alpha.example"), "the server refused it: kept for a retry"

    with scopes_disabled():
        account_delete(user=youth, confirm_email=youth.email)

    assert _kept_to("guardian@alpha.example") == []
    settings.EMAIL_BACKEND = LOCMEM
    mail.outbox.clear()
    mail_retries_send(now=timezone.now() + timedelta(days=1))
    assert not [m for m in mail.outbox if "$40" in m.body or "car wash" in m.body]
