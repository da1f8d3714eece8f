"""Reads of webhooks for the stewards' pages (inside the network's scope)."""

from __future__ import annotations

from datetime import datetime

from django.db.models import BooleanField, Count, ExpressionWrapper, Q, QuerySet
from django.utils import timezone

from collaboratory.networks.models import Network
from collaboratory.webhooks.models import (
    DeliveryStatus,
    EventType,
    Webhook,
    WebhookDelivery,
    WebhookHeld,
)

LOG_LENGTH = 50


def webhooks_for(*, network: Network) -> QuerySet[Webhook]:
    return Webhook.objects.filter(network=network).annotate(
        pending=Count("deliveries", filter=Q(deliveries__status=DeliveryStatus.PENDING)),
        failed=Count("deliveries", filter=Q(deliveries__status=DeliveryStatus.FAILED)),
    )


def delivery_log(*, webhook: Webhook, now: datetime | None = None) -> list[WebhookDelivery]:
    """The newest deliveries of a hook, with their last answers. `being_sent` marks one whose
    attempt is under way (its lease, `sending_until`, still holds): it is neither waiting
    nor open to "Retry now", which the retry service would refuse."""
    now = now or timezone.now()
    leased = Q(status=DeliveryStatus.PENDING, sending_until__gt=now)
    return list(
        WebhookDelivery.objects.filter(webhook=webhook)
        .defer("payload")
        .annotate(being_sent=ExpressionWrapper(leased, output_field=BooleanField()))
        .order_by("-pk")[:LOG_LENGTH]
    )


def held_changes(*, webhook: Webhook) -> int:
    """How many objects changed while the hook was paused (each is one delivery when it is
    switched on, at most: a commitment made and taken back meanwhile is none)."""
    commitment = {
        EventType.COMMITMENT_MADE,
        EventType.COMMITMENT_MOVED,
        EventType.COMMITMENT_WITHDRAWN,
    }
    return len(
        {
            ("commitment" if event_type in commitment else event_type, target)
            for event_type, target in WebhookHeld.objects.filter(webhook=webhook).values_list(
                "event_type", "target_id"
            )
        }
    )
