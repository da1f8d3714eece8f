""" "Retry now" posts a delivery at most once per press, and never while the background
worker is posting it: the press carries the attempt count the steward saw, and the claim is
one conditional UPDATE that also requires no attempt under way (the lease)."""

from __future__ import annotations

import threading
import time
from datetime import timedelta
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.webhooks import services
from collaboratory.webhooks.models import DeliveryStatus, Webhook, WebhookDelivery
from collaboratory.webhooks.services import deliveries_due_send
from tests.conftest import World, client_for
from tests.followthrough.conftest import Project, make_project
from tests.webhooks.conftest import Receiver, deliveries, hook_for


def retry_url(hook: Webhook, delivery_id: int) -> str:
    return reverse(
        "webhooks:retry",
        kwargs={"network_slug": "alpha", "webhook_id": hook.pk, "delivery_id": delivery_id},
    )


def wait_for(predicate: Any, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_a_replayed_retry_post_is_not_posted_again(world: World, receiver: Receiver) -> None:
    steward = world.personas["steward"]
    client = client_for(steward)
    hook = hook_for(world.alpha, steward, receiver.url)  # type: ignore[arg-type]
    receiver.statuses = [500]
    client.post(reverse("webhooks:test", kwargs={"network_slug": "alpha", "webhook_id": hook.pk}))
    [delivery] = deliveries(hook)
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.FAILED, 1)
    press = {"attempts": "1"}  # what the row showed when the page was drawn

    first = client.post(retry_url(hook, delivery.pk), press, follow=True)
    replayed = client.post(retry_url(hook, delivery.pk), press, follow=True)

    assert len(receiver.requests) == 2  # the test, then one retry
    [delivery] = deliveries(hook)
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.FAILED, 2)
    assert "Not delivered: The receiver answered 500" in first.content.decode()
    assert "was tried again since" in replayed.content.decode()


def test_a_retry_without_the_attempt_it_saw_is_refused_and_posts_nothing(
    world: World, receiver: Receiver
) -> None:
    steward = world.personas["steward"]
    hook = hook_for(world.alpha, steward, receiver.url)  # type: ignore[arg-type]
    receiver.statuses = [500]
    with scopes_disabled():
        services.webhook_test_send(webhook=hook, actor=steward)  # type: ignore[arg-type]
    [delivery] = deliveries(hook)

    for data in ({}, {"attempts": "one"}, {"attempts": "-1"}):
        response = client_for(steward).post(retry_url(hook, delivery.pk), data, follow=True)
        assert "Reload the page" in response.content.decode()

    assert len(receiver.requests) == 1
    assert deliveries(hook)[0].attempts == 1


@pytest.mark.django_db(transaction=True)
def test_retry_now_while_the_worker_posts_it_is_refused(world: World, receiver: Receiver) -> None:
    """The worker has claimed the delivery and is waiting for the receiver; the steward's
    page showed the worker's attempt count, so only the lease can stop a second post."""
    project: Project = make_project(world)
    hook = hook_for(world.alpha, project.steward, receiver.url)
    receiver.statuses = [500]
    with scopes_disabled():
        project.commit()
        assert deliveries_due_send() == 1  # the first attempt fails: pending, 1 attempt
    later = timezone.now() + timedelta(minutes=2)
    receiver.delay = 1.0

    def worker() -> None:
        try:
            deliveries_due_send(now=later)
        finally:
            connection.close()

    thread = threading.Thread(target=worker)
    thread.start()
    wait_for(lambda: len(receiver.requests) == 2)  # the worker's post is under way
    [delivery] = deliveries(hook)
    response = client_for(project.steward).post(
        retry_url(hook, delivery.pk), {"attempts": str(delivery.attempts)}, follow=True
    )
    thread.join(timeout=30)

    assert "being sent right now" in response.content.decode()
    assert len(receiver.requests) == 2
    [delivery] = deliveries(hook)
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.PENDING, 2)
    assert delivery.sending_until is None  # the worker's answer ends the lease


@pytest.mark.django_db(transaction=True)
def test_the_worker_leaves_alone_a_delivery_a_steward_is_retrying(
    world: World, receiver: Receiver
) -> None:
    project: Project = make_project(world)
    hook = hook_for(world.alpha, project.steward, receiver.url)
    receiver.statuses = [500, 200]
    with scopes_disabled():
        project.commit()
        assert deliveries_due_send() == 1
    [delivery] = deliveries(hook)
    receiver.delay = 1.0
    outcome: list[Any] = []

    def steward_presses() -> None:
        try:
            with scopes_disabled():
                outcome.append(
                    services.delivery_retry(
                        delivery=delivery, actor=project.steward, seen_attempts=1
                    )
                )
        finally:
            connection.close()

    thread = threading.Thread(target=steward_presses)
    thread.start()
    wait_for(lambda: len(receiver.requests) == 2)
    # Due by its schedule long ago, but the retry holds the lease.
    swept = deliveries_due_send(now=timezone.now() + timedelta(seconds=90))
    thread.join(timeout=30)

    assert swept == 0
    assert len(receiver.requests) == 2
    [delivery] = deliveries(hook)
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.DELIVERED, 2)


@pytest.mark.django_db(transaction=True)
def test_two_presses_at_once_post_once(world: World, receiver: Receiver) -> None:
    steward = world.personas["steward"]
    hook = hook_for(world.alpha, steward, receiver.url)  # type: ignore[arg-type]
    receiver.statuses = [500, 200]
    with scopes_disabled():
        services.webhook_test_send(webhook=hook, actor=steward)  # type: ignore[arg-type]
    [delivery] = deliveries(hook)
    receiver.delay = 0.3
    barrier = threading.Barrier(2)
    refused: list[str] = []

    def press() -> None:
        try:
            barrier.wait()
            with scopes_disabled():
                services.delivery_retry(delivery=delivery, actor=steward, seen_attempts=1)  # type: ignore[arg-type]
        except ValidationError as error:
            refused.extend(error.messages)
        finally:
            connection.close()

    threads = [threading.Thread(target=press) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert len(receiver.requests) == 2  # the test and one retry
    assert len(refused) == 1
    [delivery] = deliveries(hook)
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.DELIVERED, 2)


def test_the_address_rule_holds_on_retry(world: World, receiver: Receiver, settings: Any) -> None:
    """A host re-pointed at a private address after the hook was saved: Retry now records
    why and posts nothing."""
    steward = world.personas["steward"]
    secure = receiver.url.replace("http:", "https:")
    hook = hook_for(world.alpha, steward, secure)  # type: ignore[arg-type]
    with scopes_disabled():
        services.webhook_test_send(webhook=hook, actor=steward)  # type: ignore[arg-type]
    [delivery] = deliveries(hook)
    assert delivery.status == DeliveryStatus.FAILED  # no TLS on the test receiver
    settings.WEBHOOKS_ALLOW_PRIVATE = False

    response = client_for(steward).post(
        retry_url(hook, delivery.pk), {"attempts": "1"}, follow=True
    )

    assert receiver.requests == []
    [delivery] = deliveries(hook)
    assert (delivery.attempts, delivery.last_status_code) == (2, None)
    assert delivery.error_text.startswith("That address is private or local")
    assert "private or local" in response.content.decode()


def test_a_lease_left_by_a_dead_attempt_expires_and_the_sweep_posts_it(
    world: World, receiver: Receiver
) -> None:
    """A process killed mid-post (its answer never written) leaves the row leased: nobody
    claims it until the lease ends, then the sweep posts it (at least once)."""
    steward = world.personas["steward"]
    hook = hook_for(world.alpha, steward, receiver.url)  # type: ignore[arg-type]
    now = timezone.now()
    with scopes_disabled():
        WebhookDelivery.objects.create(
            webhook=hook,
            url=hook.url,
            event_type="member.joined",
            payload={},
            attempts=1,
            last_attempt_at=now,
            next_attempt_at=now,
            sending_until=now + services.LEASE,
        )
        [delivery] = deliveries(hook)

        assert deliveries_due_send(now=now + timedelta(seconds=60)) == 0
        with pytest.raises(ValidationError, match="being sent right now"):
            services.delivery_retry(delivery=delivery, actor=steward, seen_attempts=1)  # type: ignore[arg-type]
        assert receiver.requests == []

        assert deliveries_due_send(now=now + services.LEASE) == 1

    assert len(receiver.requests) == 1
    [delivery] = deliveries(hook)
    assert (delivery.status, delivery.attempts, delivery.sending_until) == (
        DeliveryStatus.DELIVERED,
        2,
        None,
    )
