"""Reads of webhooks for the stewards' pages (inside the network's scope)."""

from __future__ import annotations

from datetime import datetime

from django.db.models import BooleanField, Count, ExpressionWrapper, Q, QuerySet
from django.utils import timezone

from collaboratory.networks.models import Network
from collaboratory.webhooks.models import DeliveryStatus, Webhook, WebhookDelivery

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
