"""Several workers sweeping at once post each delivery once: the claim (FOR UPDATE SKIP
LOCKED on PostgreSQL, serialized writes on SQLite) gives every due delivery to one worker."""

from __future__ import annotations

import threading
from collections import Counter

import pytest
from django.db import connection
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.people.models import User
from collaboratory.webhooks import services
from collaboratory.webhooks.models import DeliveryStatus, EventType, WebhookDelivery
from collaboratory.webhooks.services import deliveries_due_send
from tests.conftest import World
from tests.webhooks.conftest import Receiver, deliveries, hook_for

pytestmark = pytest.mark.django_db(transaction=True)

WORKERS = 4
DUE = 40


def test_four_workers_sweeping_at_once_post_each_delivery_once(
    world: World, receiver: Receiver, steward: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(services, "SWEEP_BATCH", 3)  # small claims, so the workers interleave
    hook = hook_for(world.alpha, steward, receiver.url, [EventType.MEMBER_JOINED])
    with scopes_disabled():
        WebhookDelivery.objects.bulk_create(
            WebhookDelivery(
                webhook=hook, url=hook.url, event_type="member.joined", payload={"n": n}
            )
            for n in range(DUE)
        )
        WebhookDelivery.objects.update(next_attempt_at=hook.created_at)
    counts: list[int] = []
    barrier = threading.Barrier(WORKERS)

    def worker() -> None:
        try:
            barrier.wait()
            counts.append(deliveries_due_send())
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(WORKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    posted = Counter(r.headers["Collaboratory-Delivery"] for r in receiver.requests)
    assert sum(counts) == DUE
    assert len(posted) == DUE
    assert set(posted.values()) == {1}
    assert {(d.status, d.attempts) for d in deliveries(hook)} == {(DeliveryStatus.DELIVERED, 1)}


@pytest.mark.django_db
def test_a_hook_deleted_between_the_claim_and_the_post_spoils_no_other_delivery(
    world: World, receiver: Receiver, steward: User
) -> None:
    """A steward deletes a hook while the sweep holds a claimed batch (the claim commits
    before the posts): its deliveries went with it. The sweep used to stop there with a
    KeyError, leaving every other delivery of the batch, any network's, leased and counted
    as tried without a post."""
    doomed = hook_for(world.alpha, steward, receiver.url + "?doomed", [EventType.MEMBER_JOINED])
    kept = hook_for(world.alpha, steward, receiver.url, [EventType.MEMBER_JOINED])
    with scopes_disabled():
        for hook in (doomed, kept):
            WebhookDelivery.objects.create(
                webhook=hook,
                url=hook.url,
                event_type="member.joined",
                payload={"hook": hook.pk},
                next_attempt_at=hook.created_at,
            )
        claimed = services._claim(WebhookDelivery.objects.all(), timezone.now())
        assert len(claimed) == 2
        services.webhook_delete(webhook=doomed, actor=steward)

        services._attempt_all(claimed)

    [got] = receiver.requests
    assert got.json == {"hook": kept.pk}
    assert [(d.status, d.attempts) for d in deliveries(kept)] == [(DeliveryStatus.DELIVERED, 1)]
