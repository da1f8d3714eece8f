"""The delivery log tells a delivery whose attempt is under way (the lease, `sending_until`,
still holds) from one that waits: "Being sent now", and no "Retry now" to press, with the
reason the retry would be refused. Once the lease ends it is a waiting delivery again."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.people.services import user_language_set
from collaboratory.webhooks import services
from collaboratory.webhooks.models import Webhook, WebhookDelivery
from tests.conftest import World, client_for
from tests.webhooks.conftest import hook_for

RECEIVER = "https://192.0.43.10/in"  # never posted to here: nothing is due


def _delivery(hook: Webhook, *, sending_until: datetime | None) -> WebhookDelivery:
    """A pending delivery after one attempt: one a worker holds now (`sending_until` ahead),
    one whose worker died (the lease behind), or one simply waiting (no lease)."""
    now = timezone.now()
    with scopes_disabled():
        return WebhookDelivery.objects.create(
            webhook=hook,
            url=hook.url,
            event_type="member.joined",
            payload={},
            attempts=1,
            last_attempt_at=now,
            next_attempt_at=now + timedelta(minutes=5),
            sending_until=sending_until,
        )


def _row(page: str, delivery: WebhookDelivery) -> str:
    """The log's row of one delivery (each row's retry form or note names its id)."""
    rows = re.findall(r'<tr class="delivery[^"]*">.*?</tr>', page, flags=re.S)
    [row] = [r for r in rows if f"/deliveries/{delivery.pk}/" in r or f"sending-{delivery.pk}" in r]
    return row


def test_the_log_shows_a_leased_delivery_as_being_sent_without_retry_now(world: World) -> None:
    steward = world.personas["steward"]
    hook = hook_for(world.alpha, steward, RECEIVER)  # type: ignore[arg-type]
    now = timezone.now()
    held = _delivery(hook, sending_until=now + services.LEASE)
    expired = _delivery(hook, sending_until=now - timedelta(seconds=1))
    waiting = _delivery(hook, sending_until=None)

    page = client_for(steward).get(
        reverse("webhooks:detail", kwargs={"network_slug": "alpha", "webhook_id": hook.pk})
    )

    assert page.status_code == 200
    html = page.content.decode()
    sending = _row(html, held)
    assert 'class="delivery pending sending"' in sending
    assert "Being sent now" in sending
    assert "<form" not in sending  # nothing to press: the retry would be refused
    assert '<button type="button" disabled' in sending
    assert "being sent right now; look again shortly" in sending
    for other in (expired, waiting):
        row = _row(html, other)
        assert "Being sent now" not in row
        assert "<td>pending</td>" in row
        retry = reverse(
            "webhooks:retry",
            kwargs={"network_slug": "alpha", "webhook_id": hook.pk, "delivery_id": other.pk},
        )
        assert f'action="{retry}"' in row


def test_the_log_says_being_sent_in_the_stewards_language(world: World) -> None:
    steward = world.personas["steward"]
    user_language_set(user=steward, language="es")  # type: ignore[arg-type]
    hook = hook_for(world.alpha, steward, RECEIVER)  # type: ignore[arg-type]
    held = _delivery(hook, sending_until=timezone.now() + services.LEASE)

    page = client_for(steward).get(
        reverse("webhooks:detail", kwargs={"network_slug": "alpha", "webhook_id": hook.pk})
    )

    row = _row(page.content.decode(), held)
    assert "Enviándose ahora" in row
    assert "Reintentar ahora" in row
    assert "Este envío se está enviando ahora mismo" in row
