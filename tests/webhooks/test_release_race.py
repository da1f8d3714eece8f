"""A change that happens while a hook comes back from a pause: the worker ends the
backlog's release, or a steward switches the hook on, at the very moment a writer has read
the hook as paused or catching up and not yet committed. Every move must reach the
receiver once and in order.

On PostgreSQL the writer's held row, still uncommitted, was invisible to the release's last
look for rows (and to the switch on's look for a backlog): the hook stopped catching up with
the row left behind, the next move went straight out, and the sweep released the straggler
later, so the receiver heard a commitment go back to an older state. SQLite serializes the
two transactions, so there these tests pass either way."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.commitments import lifecycle
from collaboratory.commitments.models import Commitment
from collaboratory.webhooks.models import EventType, Webhook, WebhookHeld
from collaboratory.webhooks.services import (
    deliveries_due_send,
    webhook_delete,
    webhook_held_release,
)
from tests.followthrough.conftest import Project
from tests.races import second_after_first_reads
from tests.webhooks.conftest import Receiver, hook_for, switch

pytestmark = pytest.mark.django_db(transaction=True)

MOVES = [EventType.COMMITMENT_MADE, EventType.COMMITMENT_MOVED]


def _reads_the_hooks(sql: str) -> bool:
    """The outbox's look at the network's hooks (`deliveries_record`)."""
    return 'FROM "webhooks_webhook"' in sql and "catching_up" in sql


def _moves_heard(receiver: Receiver) -> list[tuple[str, str]]:
    return [
        (r.json["data"]["commitment"]["previous_status"], r.json["data"]["commitment"]["status"])
        for r in receiver.requests
        if r.json["type"] == EventType.COMMITMENT_MOVED
    ]


def _chain(heard: list[tuple[str, str]], start: str, end: str) -> bool:
    """Each move heard starts where the one before ended (a backlog brought up to date may
    join several moves into one): the receiver's view goes from `start` to `end` and never
    back."""
    now = start
    for previous, status in heard:
        if previous != now or status == previous:
            return False
        now = status
    return now == end


def _everything_sent(run_tasks: Any) -> None:
    """The worker's queued tasks, then a sweep (which releases what a hook still holds)."""
    run_tasks()
    with scopes_disabled():
        deliveries_due_send(now=timezone.now())


def test_a_move_while_the_release_ends_is_sent_once_and_in_order(
    project: Project, receiver: Receiver, run_tasks: Any
) -> None:
    hook = hook_for(project.world.alpha, project.steward, receiver.url, MOVES)
    commitment = project.commit()
    switch(hook, project, on=False)
    project.move(commitment, project.presenter, lifecycle.ACKNOWLEDGED)  # held
    switch(hook, project, on=True)  # catching up; the release is the worker's

    def release() -> None:
        with scopes_disabled():
            webhook_held_release(webhook_id=hook.pk)

    # Dana starts the next move; the worker releases the whole backlog meanwhile.
    second_after_first_reads(
        lambda: project.move(commitment, project.dana, lifecycle.IN_PROGRESS),
        release,
        reads=_reads_the_hooks,
    )
    project.move(commitment, project.dana, lifecycle.DONE, note="Done.")
    _everything_sent(run_tasks)

    heard = _moves_heard(receiver)
    assert _chain(heard, lifecycle.OFFERED, lifecycle.DONE), heard
    with scopes_disabled():
        assert not WebhookHeld.objects.filter(webhook=hook).exists()
        assert Webhook.objects.get(pk=hook.pk).catching_up is False


def test_a_move_while_the_hook_is_switched_on_is_sent_once_and_in_order(
    project: Project, receiver: Receiver, run_tasks: Any
) -> None:
    hook = hook_for(project.world.alpha, project.steward, receiver.url, MOVES)
    commitment = project.commit()
    switch(hook, project, on=False)  # paused, nothing held yet

    # The presenter's move reads the hook as paused; the steward switches it on meanwhile.
    second_after_first_reads(
        lambda: project.move(commitment, project.presenter, lifecycle.ACKNOWLEDGED),
        lambda: switch(hook, project, on=True),
        reads=_reads_the_hooks,
    )
    project.move(commitment, project.dana, lifecycle.IN_PROGRESS)
    _everything_sent(run_tasks)

    heard = _moves_heard(receiver)
    assert _chain(heard, lifecycle.OFFERED, lifecycle.IN_PROGRESS), heard
    with scopes_disabled():
        assert not WebhookHeld.objects.filter(webhook=hook).exists()
        assert Webhook.objects.get(pk=hook.pk).catching_up is False


def test_a_hook_deleted_while_a_member_commits_does_not_undo_the_commitment(
    project: Project, receiver: Receiver
) -> None:
    """The outbox read the hook, a steward deleted it, and the delivery row's foreign key,
    checked at commit on PostgreSQL, then failed the member's whole commitment."""
    hook = hook_for(project.world.alpha, project.steward, receiver.url, MOVES)

    def delete() -> None:
        with scopes_disabled():
            webhook_delete(webhook=hook, actor=project.steward)

    made = second_after_first_reads(project.commit, delete, reads=_reads_the_hooks)

    with scopes_disabled():
        assert Commitment.objects.filter(pk=made.pk).exists()
        assert not Webhook.objects.filter(pk=hook.pk).exists()
