"""Switching a paused hook on hands its backlog to the worker: the steward's save builds no
delivery (10,000 held rows kept it waiting 11 s, bench/webhooks_release.py), the worker
releases the rows batch by batch, once, and an event that happens before the backlog is
out does not overtake it."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.commitments import lifecycle
from collaboratory.networks.services.memberships import membership_create
from collaboratory.webhooks.models import EventType, Webhook, WebhookDelivery, WebhookHeld
from collaboratory.webhooks.services import (
    deliveries_due_send,
    webhook_held_release,
)
from tests.conftest import client_for
from tests.factories import UserFactory
from tests.followthrough.conftest import Project
from tests.webhooks.conftest import Receiver, deliveries, hook_for, switch


def _held(hook: Webhook) -> int:
    with scopes_disabled():
        return WebhookHeld.objects.filter(webhook=hook).count()


def _join(project: Project, n: int) -> None:
    with scopes_disabled():
        membership_create(network=project.world.alpha, user=UserFactory(full_name=f"New {n}"))


def test_the_steward_s_save_leaves_the_backlog_to_the_worker(
    project: Project,
    receiver: Receiver,
    deliver: Any,
    run_tasks: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    hook = hook_for(project.world.alpha, project.steward, receiver.url, [EventType.MEMBER_JOINED])
    switch(hook, project, on=False)
    for n in range(3):
        _join(project, n)

    with django_capture_on_commit_callbacks(execute=True):
        saved = client_for(project.steward).post(
            reverse("webhooks:edit", kwargs={"network_slug": "alpha", "webhook_id": hook.pk}),
            {"url": hook.url, "events": hook.events, "active": "on"},
            follow=True,
        )

    assert "what changed while it was paused is being sent now" in saved.content.decode()
    assert deliveries(hook) == []  # nothing built in the save
    assert _held(hook) == 3
    with scopes_disabled():
        assert Webhook.objects.get(pk=hook.pk).catching_up is True
    page = client_for(project.steward).get(
        reverse("webhooks:detail", kwargs={"network_slug": "alpha", "webhook_id": hook.pk})
    )
    assert "Catching up: 3 things that changed while it was paused are being sent" in (
        " ".join(page.content.decode().split())
    )

    run_tasks()  # the release task, then the posts it enqueued

    assert _held(hook) == 0
    assert [r.json["type"] for r in receiver.requests] == [EventType.MEMBER_JOINED] * 3
    with scopes_disabled():
        assert Webhook.objects.get(pk=hook.pk).catching_up is False


def test_an_event_before_the_backlog_is_out_does_not_overtake_it(
    project: Project,
    receiver: Receiver,
    deliver: Any,
    django_capture_on_commit_callbacks: Any,
    run_tasks: Any,
) -> None:
    """The receiver knew the commitment as offered; it moved to done while the hook was
    paused, and to kept after the switch on but before the worker released the backlog.
    It hears one move, offered -> kept, never kept before done."""
    hook = hook_for(
        project.world.alpha,
        project.steward,
        receiver.url,
        [EventType.COMMITMENT_MADE, EventType.COMMITMENT_MOVED],
    )
    with deliver():
        commitment = project.commit()
    receiver.requests.clear()
    switch(hook, project, on=False)
    with deliver():
        project.move(commitment, project.dana, lifecycle.DONE, note="Done.")
    with django_capture_on_commit_callbacks(execute=True):
        switch(hook, project, on=True)
    with scopes_disabled(), django_capture_on_commit_callbacks(execute=True):
        project.move(commitment, project.presenter, lifecycle.KEPT)
    assert _held(hook) == 2  # the move after the switch on waits with the backlog
    assert len(deliveries(hook)) == 1  # only the made of before the pause

    run_tasks()

    sent = [r.json for r in receiver.requests]
    assert [(p["type"], p["data"]["commitment"]["previous_status"]) for p in sent] == [
        (EventType.COMMITMENT_MOVED, lifecycle.OFFERED)
    ]
    assert sent[0]["data"]["commitment"]["status"] == lifecycle.KEPT
    # caught up: what happens next goes straight out
    with deliver():
        later = project.commit()
    assert (
        receiver.requests[-1].json["type"],
        receiver.requests[-1].json["data"]["commitment"]["id"],
    ) == (
        EventType.COMMITMENT_MADE,
        later.pk,
    )


def test_batches_release_each_object_whole_and_once(project: Project) -> None:
    """With two objects a batch, five members and a commitment whose rows lie far apart:
    one delivery each, every row gone, and a second release (a sweep, a repeated task)
    queues nothing."""
    hook = hook_for(project.world.alpha, project.steward, "https://192.0.43.10/in")
    with scopes_disabled():
        commitment = project.commit()
    switch(hook, project, on=False)
    with scopes_disabled():
        project.move(commitment, project.dana, lifecycle.DONE, note="Done.")
        for n in range(5):
            _join(project, n)
        project.move(commitment, project.presenter, lifecycle.KEPT)
        Webhook.objects.filter(pk=hook.pk).update(active=True, catching_up=True)

        first = webhook_held_release(webhook_id=hook.pk, batch=2)
        again = webhook_held_release(webhook_id=hook.pk, batch=2)
        swept = deliveries_due_send(now=timezone.now())
        caught_up = Webhook.objects.get(pk=hook.pk).catching_up

    released = [d for d in deliveries(hook) if d.pk in first]
    assert (
        sorted(d.event_type for d in released)
        == [EventType.COMMITMENT_MOVED] + [EventType.MEMBER_JOINED] * 5
    )
    [moved] = [d for d in released if d.event_type == EventType.COMMITMENT_MOVED]
    assert moved.payload["data"]["commitment"]["previous_status"] == lifecycle.OFFERED
    assert moved.payload["data"]["commitment"]["status"] == lifecycle.KEPT
    assert (again, _held(hook), caught_up) == ([], 0, False)
    assert swept >= 0  # the sweep found nothing more to release
    with scopes_disabled():
        assert WebhookDelivery.objects.filter(webhook=hook).count() == 7  # made + these six


def test_paused_again_mid_release_keeps_the_rest_for_the_next_switch_on(
    project: Project,
) -> None:
    hook = hook_for(project.world.alpha, project.steward, "https://192.0.43.10/in")
    switch(hook, project, on=False)
    for n in range(3):
        _join(project, n)
    with scopes_disabled():
        Webhook.objects.filter(pk=hook.pk).update(active=False, catching_up=True)

        released = webhook_held_release(webhook_id=hook.pk)

    assert (released, _held(hook)) == ([], 3)


def test_saving_a_hook_with_nothing_held_ends_a_stale_catching_up(
    project: Project, receiver: Receiver, deliver: Any
) -> None:
    """A release stopped by a pause whose rows were all released since: the next save
    switches the holding off, so events go straight out again."""
    hook = hook_for(project.world.alpha, project.steward, receiver.url, [EventType.MEMBER_JOINED])
    with scopes_disabled():
        Webhook.objects.filter(pk=hook.pk).update(catching_up=True)
    switch(hook, project, on=True)

    with deliver():
        _join(project, 1)

    assert _held(hook) == 0
    assert [r.json["type"] for r in receiver.requests] == [EventType.MEMBER_JOINED]
