"""What a steward reading a hook's page found wrong: a paused hook that had missed nothing
said "0 things changed meanwhile; they follow", its waiting deliveries showed a next try
in the past (nothing is posted while paused), and the seven-column delivery log was
squeezed on a phone instead of scrolling in its own box as the other wide tables do; and
"Retry now" posted while the hook was paused."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django_scopes import scopes_disabled

from collaboratory.webhooks.models import DeliveryStatus, EventType, Webhook, WebhookDelivery
from collaboratory.webhooks.services import webhook_update
from tests.conftest import World, client_for
from tests.webhooks.conftest import Receiver, deliveries, hook_for

ADDRESS = "https://192.0.43.10/in"


def _page(client: Client, hook: Webhook) -> str:
    url = reverse("webhooks:detail", kwargs={"network_slug": "alpha", "webhook_id": hook.pk})
    return " ".join(client.get(url).content.decode().split())


@pytest.fixture
def paused(world: World) -> Webhook:
    steward = world.personas["steward"]
    hook = hook_for(world.alpha, steward, ADDRESS, [EventType.MEMBER_JOINED])  # type: ignore[arg-type]
    with scopes_disabled():
        webhook_update(webhook=hook, actor=steward, url=hook.url, events=hook.events, active=False)  # type: ignore[arg-type]
    return hook


def test_a_paused_hook_that_missed_nothing_says_so(world: World, paused: Webhook) -> None:
    page = _page(client_for(world.personas["steward"]), paused)

    assert "paused. Nothing it sends has changed since it was paused." in page
    assert "0 things changed" not in page


def test_a_paused_hook_s_waiting_deliveries_wait_for_the_switch_on(
    world: World, paused: Webhook
) -> None:
    with scopes_disabled():
        WebhookDelivery.objects.create(
            webhook=paused,
            url=paused.url,
            event_type=EventType.MEMBER_JOINED,
            payload={},
            next_attempt_at=datetime(2020, 1, 15, 12, tzinfo=UTC),
        )

    page = _page(client_for(world.personas["steward"]), paused)

    assert "When it is switched on" in page
    assert "2020-01" not in page  # the due time, long past: nothing goes while paused


def test_the_delivery_log_scrolls_in_its_own_named_box(world: World, steward: Any) -> None:
    hook = hook_for(world.alpha, steward, ADDRESS)
    with scopes_disabled():
        WebhookDelivery.objects.create(
            webhook=hook, url=hook.url, event_type=EventType.MEMBER_JOINED, payload={}
        )

    page = _page(client_for(steward), hook)

    assert '<h2 id="deliveries">Recent deliveries</h2>' in page
    assert (
        '<div class="table-scroll" role="region" aria-labelledby="deliveries" tabindex="0">'
        ' <table class="deliveries">'
    ) in page


def test_retry_now_posts_nothing_while_the_hook_is_paused(
    world: World, steward: Any, receiver: Receiver
) -> None:
    """The page says nothing is sent while a hook is paused, and "Retry now" posted anyway
    (the worker's claim skips paused hooks; the steward's did not). Now the button is not
    offered, and a press from a page drawn before the pause posts nothing and says why."""
    hook = hook_for(world.alpha, steward, receiver.url, [EventType.MEMBER_JOINED])
    receiver.statuses = [500]
    client = client_for(steward)
    client.post(reverse("webhooks:test", kwargs={"network_slug": "alpha", "webhook_id": hook.pk}))
    [delivery] = deliveries(hook)
    with scopes_disabled():
        webhook_update(webhook=hook, actor=steward, url=hook.url, events=hook.events, active=False)
    receiver.statuses = [200]

    page = _page(client, hook)
    pressed = client.post(
        reverse(
            "webhooks:retry",
            kwargs={"network_slug": "alpha", "webhook_id": hook.pk, "delivery_id": delivery.pk},
        ),
        {"attempts": "1"},
        follow=True,
    )

    assert "Retry now" not in page
    assert len(receiver.requests) == 1  # the test only
    assert "This webhook is paused: nothing is sent until it is switched on again." in (
        pressed.content.decode()
    )
    [after] = deliveries(hook)
    assert (after.status, after.attempts) == (DeliveryStatus.FAILED, 1)
