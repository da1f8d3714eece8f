"""The receiver (tests/webhooks/receiver.py) as a fixture, and hooks pointing at it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from django_scopes import scopes_disabled

from collaboratory.networks.models import Network
from collaboratory.people.models import User
from collaboratory.webhooks.models import EventType, Webhook, WebhookDelivery
from collaboratory.webhooks.services import webhook_create, webhook_update
from tests.followthrough.conftest import Project, make_project
from tests.webhooks.receiver import Receiver, running_receiver


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with running_receiver() as state:
        yield state


@pytest.fixture
def deliver(run_tasks: Any, django_capture_on_commit_callbacks: Any) -> Any:
    """`with deliver(): <a change>`: the change commits (its after-commit work runs, as
    in production), then the worker runs every queued task, so its deliveries are posted."""

    @contextmanager
    def change() -> Iterator[None]:
        with scopes_disabled(), django_capture_on_commit_callbacks(execute=True):
            yield
        run_tasks()

    return change


@pytest.fixture
def steward(world: Any) -> User:
    """The steward persona (of Alpha and its youth cohort)."""
    user = world.personas["steward"]
    assert user is not None
    return user  # type: ignore[no-any-return]


@pytest.fixture(autouse=True)
def _private_destinations_allowed(settings: Any) -> None:
    """The receiver lives on the loopback address, which production refuses."""
    settings.WEBHOOKS_ALLOW_PRIVATE = True


def hook_for(network: Network, steward: User, url: str, events: list[str] | None = None) -> Webhook:
    with scopes_disabled():
        hook, _reveal = webhook_create(
            network=network, actor=steward, url=url, events=events or list(EventType.values)
        )
        return hook


def deliveries(hook: Webhook) -> list[WebhookDelivery]:
    with scopes_disabled():
        return list(WebhookDelivery.objects.filter(webhook=hook).order_by("pk"))


@pytest.fixture
def project(world: Any) -> Project:
    """A presented project with a committer, in alpha (follow-through's own set-up)."""
    return make_project(world)


def switch(hook: Webhook, project: Project, *, on: bool) -> None:
    """The steward switches the hook on or off, as the edit form does."""
    with scopes_disabled():
        hook.refresh_from_db()
        webhook_update(
            webhook=hook, actor=project.steward, url=hook.url, events=hook.events, active=on
        )
