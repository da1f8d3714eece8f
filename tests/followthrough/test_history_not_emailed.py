"""Commitments recorded as they happened (the demo, imports) are history, not moves made
now: the hourly pass that sends a move's email that failed sends none for them, even for a
release recorded as made yesterday."""

from __future__ import annotations

import uuid
from datetime import timedelta

from django.core import mail
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from collaboratory.commitments.models import Commitment
from collaboratory.followthrough.models import ActivityKind, CommitmentActivity
from collaboratory.followthrough.services import commitment_history_bulk_create, followthrough_run
from tests.followthrough.conftest import Project


def test_a_release_recorded_as_history_is_not_emailed(project: Project) -> None:
    now = timezone.now()
    yesterday = now - timedelta(days=1)
    network = project.world.alpha
    commitment = Commitment(
        network=network,
        gathering_id=project.proposal.gathering_id,
        proposal=project.proposal,
        ask=project.ask,
        committer=project.dana,
        entered_by=project.dana,
        capital="social",
        what="I will introduce you to 3 funders by March 1",
        amount=3,
        unit="introductions",
        due_on=timezone.localdate() + timedelta(days=30),
        status="released",
        status_changed_at=yesterday,
        idempotency_key=uuid.uuid4(),
        firm=True,
        created_at=now - timedelta(days=20),
    )
    released = CommitmentActivity(
        network=network,
        commitment=commitment,
        author=project.dana,
        kind=ActivityKind.MOVE,
        from_status="in_progress",
        to_status="released",
        note="My calendar filled up",
        created_at=yesterday,
    )
    with scopes_disabled():
        commitment_history_bulk_create(
            network=network, commitments=[commitment], activity=[released]
        )
    mail.outbox.clear()

    with scope(network=network):
        followthrough_run(network=network, now=now)

    assert [m.subject for m in mail.outbox if m.to == [project.presenter.email]] == []
