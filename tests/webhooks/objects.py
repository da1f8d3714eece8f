"""Webhook objects the authorization matrix requests: a hook and one of its deliveries per
network (the hook points at a public address literal, so saving it needs no DNS)."""

from __future__ import annotations

from typing import Any

from django_scopes import scopes_disabled

from collaboratory.networks.models import Membership, Role
from collaboratory.webhooks.models import EventType, WebhookDelivery
from collaboratory.webhooks.services import webhook_create


def _objects(world: Any, network_key: str) -> dict[str, int]:
    cache: dict[str, dict[str, int]] = world.__dict__.setdefault("_webhooks", {})
    if network_key not in cache:
        network = world.network(network_key)
        with scopes_disabled():
            steward = (
                Membership.objects.filter(network=network, role=Role.STEWARD).first().user  # type: ignore[union-attr]
            )
            hook, _reveal = webhook_create(
                network=network,
                actor=steward,
                url=f"https://192.0.43.10/{network_key}",
                events=[EventType.COMMITMENT_MADE],
            )
            # A delivery as the audit listener writes it (its payload is not the point here).
            delivery = WebhookDelivery.objects.create(
                webhook=hook,
                url=hook.url,
                event_type=EventType.COMMITMENT_MADE,
                payload={},
                status="failed",
            )
        cache[network_key] = {"webhook": hook.pk, "delivery": delivery.pk}
    return cache[network_key]


def webhook_pk(world: Any, network_key: str) -> int:
    return _objects(world, network_key)["webhook"]


def webhook_delivery_pk(world: Any, network_key: str) -> int:
    return _objects(world, network_key)["delivery"]
