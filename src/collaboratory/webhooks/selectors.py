"""Reads of webhooks for the stewards' pages (inside the network's scope)."""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet

from collaboratory.networks.models import Network
from collaboratory.webhooks.models import DeliveryStatus, Webhook, WebhookDelivery

LOG_LENGTH = 50


def webhooks_for(*, network: Network) -> QuerySet[Webhook]:
    return Webhook.objects.filter(network=network).annotate(
        pending=Count("deliveries", filter=Q(deliveries__status=DeliveryStatus.PENDING)),
        failed=Count("deliveries", filter=Q(deliveries__status=DeliveryStatus.FAILED)),
    )


def delivery_log(*, webhook: Webhook) -> list[WebhookDelivery]:
    """The newest deliveries of a hook, with their last answers."""
    return list(
        WebhookDelivery.objects.filter(webhook=webhook)
        .defer("payload")
        .order_by("-pk")[:LOG_LENGTH]
    )
