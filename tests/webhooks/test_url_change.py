"""A delivery is bound to the URL its hook had when it was queued: when a steward points the
hook elsewhere, the deliveries still waiting are cancelled (the steward is told how many),
never sent to the new receiver, which was not meant to see them."""

from __future__ import annotations

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.webhooks import services
from collaboratory.webhooks.models import DeliveryStatus, EventType, WebhookDelivery
from collaboratory.webhooks.services import deliveries_due_send
from tests.conftest import World, client_for
from tests.followthrough.conftest import make_project
from tests.webhooks.conftest import Receiver, deliveries, hook_for
from tests.webhooks.receiver import running_receiver


def edit_url(hook_id: int) -> str:
    return reverse("webhooks:edit", kwargs={"network_slug": "alpha", "webhook_id": hook_id})


def test_waiting_deliveries_are_cancelled_not_sent_to_the_new_url(
    world: World, receiver: Receiver
) -> None:
    project = make_project(world)
    hook = hook_for(world.alpha, project.steward, receiver.url)
    receiver.statuses = [500]
    with scopes_disabled():
        project.commit()
        assert deliveries_due_send() == 1  # failed once, waiting for its retry
    [waiting] = deliveries(hook)
    assert waiting.status == DeliveryStatus.PENDING

    with running_receiver() as other:
        response = client_for(project.steward).post(
            edit_url(hook.pk),
            {"url": other.url, "events": hook.events, "active": "on"},
            follow=True,
        )
        with scopes_disabled():
            swept = deliveries_due_send(now=timezone.now() + timedelta(days=1))
            project.commit()  # a new event goes to the new URL
            swept += deliveries_due_send()

        assert swept == 1
        assert [r.json["type"] for r in other.requests] == [EventType.COMMITMENT_MADE]
        assert other.requests[0].json["id"] != str(waiting.event_id)
    assert len(receiver.requests) == 1  # the old receiver got nothing more either
    page = response.content.decode()
    assert "1 delivery waiting for the old URL was cancelled" in page
    cancelled, sent = deliveries(hook)
    assert (cancelled.pk, cancelled.status, cancelled.url) == (
        waiting.pk,
        DeliveryStatus.CANCELLED,
        receiver.url,
    )
    assert cancelled.next_attempt_at is None
    assert "URL changed" in cancelled.error_text
    assert (sent.status, sent.url) == (DeliveryStatus.DELIVERED, other.url)


def test_saving_the_same_url_cancels_nothing(world: World, receiver: Receiver) -> None:
    project = make_project(world)
    hook = hook_for(world.alpha, project.steward, receiver.url)
    receiver.statuses = [500]
    with scopes_disabled():
        project.commit()
        deliveries_due_send()
        services.webhook_update(
            webhook=hook,
            actor=project.steward,
            url=f" {receiver.url} ",
            events=[EventType.COMMITMENT_MADE],
            active=False,
        )

    [delivery] = deliveries(hook)
    assert delivery.status == DeliveryStatus.PENDING


def test_a_delivery_queued_for_the_old_url_is_never_posted_to_the_new_one(
    world: World, receiver: Receiver
) -> None:
    """A writer that read the hook before the edit committed after it: its delivery names the
    old URL, and the worker cancels it instead of posting it to the hook's new URL."""
    steward = world.personas["steward"]
    hook = hook_for(world.alpha, steward, receiver.url)  # type: ignore[arg-type]
    with scopes_disabled():
        late = WebhookDelivery.objects.create(
            webhook=hook,
            url="https://192.0.43.10/old",
            event_type=EventType.MEMBER_JOINED,
            payload={},
            next_attempt_at=timezone.now(),
        )

        assert deliveries_due_send() == 1

    assert receiver.requests == []
    [delivery] = deliveries(hook)
    assert (delivery.pk, delivery.status) == (late.pk, DeliveryStatus.CANCELLED)


def test_retry_now_is_refused_for_a_delivery_of_the_old_url(
    world: World, receiver: Receiver
) -> None:
    steward = world.personas["steward"]
    client = client_for(steward)
    hook = hook_for(world.alpha, steward, receiver.url)  # type: ignore[arg-type]
    receiver.statuses = [500]
    with scopes_disabled():
        services.webhook_test_send(webhook=hook, actor=steward)  # type: ignore[arg-type]
    [failed] = deliveries(hook)

    with running_receiver() as other:
        client.post(edit_url(hook.pk), {"url": other.url, "events": hook.events, "active": "on"})
        detail = client.get(
            reverse("webhooks:detail", kwargs={"network_slug": "alpha", "webhook_id": hook.pk})
        )
        response = client.post(
            reverse(
                "webhooks:retry",
                kwargs={"network_slug": "alpha", "webhook_id": hook.pk, "delivery_id": failed.pk},
            ),
            {"attempts": "1"},
            follow=True,
        )
        assert other.requests == []

    assert len(receiver.requests) == 1
    assert "Retry now" not in detail.content.decode()  # no button for it
    assert "no longer points to" in response.content.decode()
    [delivery] = deliveries(hook)
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.FAILED, 1)
