"""The receiver (tests/webhooks/receiver.py) as a fixture, and hooks pointing at it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django_scopes import scopes_disabled

from collaboratory.networks.models import Network
from collaboratory.people.models import User
from collaboratory.webhooks.models import EventType, Webhook, WebhookDelivery
from collaboratory.webhooks.services import webhook_create
from tests.webhooks.receiver import Receiver, running_receiver


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with running_receiver() as state:
        yield state


@pytest.fixture(autouse=True)
def _private_destinations_allowed(settings: Any) -> None:
    """The receiver lives on the loopback address, which production refuses."""
    settings.WEBHOOKS_ALLOW_PRIVATE = True


def hook_for(network: Network, steward: User, url: str, events: list[str] | None = None) -> Webhook:
    with scopes_disabled():
        return webhook_create(
            network=network, actor=steward, url=url, events=events or list(EventType.values)
        )


def deliveries(hook: Webhook) -> list[WebhookDelivery]:
    with scopes_disabled():
        return list(WebhookDelivery.objects.filter(webhook=hook).order_by("pk"))
