"""What changes while a hook is paused reaches it once it is switched on again: one event
per object whose state changed, carrying its state at that moment. Before, nothing that
happened during a pause was ever sent, so a commitment withdrawn then stayed in the
receiver's system as if it still stood."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.commitments import lifecycle
from collaboratory.commitments.services import commitment_hide, commitment_undo
from collaboratory.gatherings.services import gathering_announce
from collaboratory.networks.services.memberships import membership_create
from collaboratory.webhooks.models import EventType, Webhook, WebhookHeld
from collaboratory.webhooks.services import (
    deliveries_due_send,
    webhook_held_release,
    webhook_update,
)
from tests.conftest import client_for
from tests.factories import UserFactory
from tests.followthrough.conftest import Project
from tests.webhooks.conftest import Receiver, deliveries, hook_for, switch

REASON = "Not a commitment: CANARY-HIDDEN-REASON"


def _sent(receiver: Receiver) -> list[tuple[str, Any]]:
    return [(r.json["type"], r.json["data"]) for r in receiver.requests]


def test_a_commitment_withdrawn_while_paused_is_withdrawn_once_on_resume(
    project: Project, receiver: Receiver, deliver: Any
) -> None:
    hook = hook_for(
        project.world.alpha,
        project.steward,
        receiver.url,
        [EventType.COMMITMENT_MADE, EventType.COMMITMENT_WITHDRAWN],
    )
    with deliver():
        commitment = project.commit()
    switch(hook, project, on=False)

    with deliver():
        commitment_undo(commitment=commitment, actor=project.dana)
    with deliver():  # hidden as well while paused: still one withdrawal
        commitment_hide(commitment=commitment, actor=project.steward, reason=REASON)
    assert [t for t, _data in _sent(receiver)] == [EventType.COMMITMENT_MADE]
    with scopes_disabled():  # what is held is what the payload needs, not the reason
        assert "CANARY" not in str(list(WebhookHeld.objects.values_list("data", flat=True)))

    with deliver():
        switch(hook, project, on=True)
    with deliver():  # paused and switched on again: nothing more
        switch(hook, project, on=False)
        switch(hook, project, on=True)
    with scopes_disabled():
        deliveries_due_send(now=timezone.now())

    sent = _sent(receiver)
    assert [t for t, _data in sent] == [EventType.COMMITMENT_MADE, EventType.COMMITMENT_WITHDRAWN]
    assert sent[1][1] == sent[0][1]  # what made carried, nothing more
    assert "CANARY-HIDDEN-REASON" not in receiver.requests[1].body.decode()


def test_each_object_changed_while_paused_is_sent_once_with_its_state_on_resume(
    project: Project, receiver: Receiver, deliver: Any
) -> None:
    hook = hook_for(project.world.alpha, project.steward, receiver.url)  # every event
    with deliver():
        before = project.commit()  # the receiver knows it
    receiver.requests.clear()
    switch(hook, project, on=False)

    gathering = project.world.gatherings["alpha"]
    with deliver():
        project.move(before, project.dana, lifecycle.DONE, note="Done.")
        project.move(before, project.presenter, lifecycle.KEPT)
        during = project.commit()  # made while paused, then moved
        project.move(during, project.dana, lifecycle.RELEASED, note="Moving away.")
        gone = project.commit()  # made and taken back while paused: never heard of
        commitment_undo(commitment=gone, actor=project.dana)
        gathering_announce(gathering=gathering, actor=project.steward)
    assert receiver.requests == []
    assert len(deliveries(hook)) == 1  # nothing queued while paused
    page = client_for(project.steward).get(
        reverse("webhooks:detail", kwargs={"network_slug": "alpha", "webhook_id": hook.pk})
    )
    # `before`, `during`, `gone` and the gathering: at most one event each on resume
    assert "4 things changed meanwhile; they follow, one event each" in page.content.decode()

    with deliver():
        switch(hook, project, on=True)
    with scopes_disabled():
        deliveries_due_send(now=timezone.now())

    sent = {
        (t, d.get("commitment", d.get("gathering", {})).get("id")): d for t, d in _sent(receiver)
    }
    assert sorted(sent) == sorted(
        [
            (EventType.COMMITMENT_MOVED, before.pk),
            (EventType.COMMITMENT_MADE, during.pk),
            (EventType.GATHERING_ANNOUNCED, gathering.pk),
        ]
    )
    moved = sent[(EventType.COMMITMENT_MOVED, before.pk)]
    assert (moved["commitment"]["previous_status"], moved["commitment"]["status"]) == (
        lifecycle.OFFERED,
        lifecycle.KEPT,
    )
    assert moved["moved_by"] == ["committer", "recipient"]
    assert (
        sent[(EventType.COMMITMENT_MADE, during.pk)]["commitment"]["status"] == lifecycle.RELEASED
    )
    assert len(deliveries(hook)) == 4  # the made before the pause, and these three


def test_a_row_left_by_a_writer_that_committed_after_the_resume_goes_with_the_sweep(
    project: Project, receiver: Receiver, deliver: Any
) -> None:
    """A writer that read the hook as paused and committed after the resume leaves its row
    on a hook that is on again; the sweep releases it, once. (The interleaving is set up by
    switching the hook on under the row, as that writer's commit would leave it.)"""
    hook = hook_for(
        project.world.alpha, project.steward, receiver.url, [EventType.GATHERING_ANNOUNCED]
    )
    switch(hook, project, on=False)
    with deliver():
        gathering_announce(gathering=project.world.gatherings["alpha"], actor=project.steward)
    with scopes_disabled():
        Webhook.objects.filter(pk=hook.pk).update(active=True)

        first = deliveries_due_send(now=timezone.now())
        second = deliveries_due_send(now=timezone.now())

    assert (first, second) == (1, 0)
    assert [r.json["type"] for r in receiver.requests] == [EventType.GATHERING_ANNOUNCED]


@pytest.mark.parametrize("count", [1, 3])
def test_the_release_costs_the_same_queries_for_one_or_three_changes(
    project: Project, count: int
) -> None:
    """Reads are grouped and the deliveries written in one insert: a long pause in a busy
    network is released by the worker without a query per change (bench:
    bench/webhooks_release.py)."""
    hook = hook_for(project.world.alpha, project.steward, "https://192.0.43.10/in")
    switch(hook, project, on=False)
    with scopes_disabled():
        for n in range(count):
            membership_create(
                network=project.world.alpha, user=UserFactory(full_name=f"Newcomer {n}")
            )
            project.commit()
        hook.refresh_from_db()

        webhook_update(
            webhook=hook, actor=project.steward, url=hook.url, events=hook.events, active=True
        )
        with CaptureQueriesContext(connection) as queries:
            webhook_held_release(webhook_id=hook.pk)

    assert len(deliveries(hook)) == 2 * count
    assert len(queries) == 17  # the same for one change or three
