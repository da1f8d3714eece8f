"""followthrough 0010: the moves made before a move's email kept a sent-log had their email
sent already; they are logged as sent, so the first hourly pass after the upgrade emails
nobody again, while a move made after it still gets its email once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from collaboratory.followthrough.models import ReminderSent
from collaboratory.followthrough.services import commitment_transition, followthrough_run
from tests.factories import CommitmentFactory
from tests.migrations import migrate_to

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("followthrough", "0009_partnerships_unlink_uncounted")]
AFTER = [("followthrough", "0010_move_emails_sent_before")]


def test_moves_made_before_are_not_emailed_again(at_head: None) -> None:
    with scopes_disabled():
        commitment = CommitmentFactory()
        network, presenter = commitment.network, commitment.proposal.proposer
        # A move made before the upgrade: its email went out with no sent-log row (the
        # task that sent it is not run here, so no row is written now either).
        commitment_transition(commitment=commitment, actor=presenter, to="acknowledged")
    migrate_to(BEFORE)

    migrate_to(AFTER)
    mail.outbox.clear()
    with scope(network=network):
        followthrough_run(network=network, now=timezone.now() + timedelta(minutes=5))

    with scopes_disabled():
        logged = list(ReminderSent.objects.filter(key__startswith="m:").values_list("user_id"))
    assert logged == [(commitment.committer_id,)]
    assert [m.to for m in mail.outbox if "acknowledged" in m.subject] == []
