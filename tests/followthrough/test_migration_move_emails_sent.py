"""followthrough 0010: the moves made before a move's email kept a sent-log had their email
sent already; they are logged as sent, so the first hourly pass after the upgrade emails
nobody again, while a move made after it still gets its email once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from collaboratory.followthrough.models import ReminderSent
from collaboratory.followthrough.services import commitment_transition, followthrough_run
from tests.factories import CommitmentFactory

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("followthrough", "0009_partnerships_unlink_uncounted")]
AFTER = [("followthrough", "0010_move_emails_sent_before")]


def _migrate(targets: list[tuple[str, str]]) -> Any:
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state(targets).apps


@pytest.fixture
def at_head() -> Iterator[None]:
    """Whatever happens in the test, the database is left fully migrated for the next."""
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


def test_moves_made_before_are_not_emailed_again(at_head: None) -> None:
    with scopes_disabled():
        commitment = CommitmentFactory()
        network, presenter = commitment.network, commitment.proposal.proposer
        # A move made before the upgrade: its email went out with no sent-log row (the
        # task that sent it is not run here, so no row is written now either).
        commitment_transition(commitment=commitment, actor=presenter, to="acknowledged")
    _migrate(BEFORE)

    _migrate(AFTER)
    mail.outbox.clear()
    with scope(network=network):
        followthrough_run(network=network, now=timezone.now() + timedelta(minutes=5))

    with scopes_disabled():
        logged = list(ReminderSent.objects.filter(key__startswith="m:").values_list("user_id"))
    assert logged == [(commitment.committer_id,)]
    assert [m.to for m in mail.outbox if "acknowledged" in m.subject] == []
