"""A revealed secret is shown once and only within REVEAL_FOR (10 minutes) of asking: the
reveal used to wait in the session with no time limit, so a redirect that never loaded, or
the hook's page opened again the next day, still showed the secret, and a page left open
kept it on screen. Two pages loading at once (two tabs) show it once."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.networks.models import Role
from collaboratory.webhooks.models import Webhook, WebhookSecretReveal
from collaboratory.webhooks.services import REVEAL_FOR, deliveries_due_send
from tests.conftest import World, client_for
from tests.factories import MembershipFactory, NetworkFactory
from tests.races import second_after_first_reads
from tests.webhooks.conftest import hook_for

ADDRESS = "https://192.0.43.10/in"


def url(name: str, network: str = "alpha", **kwargs: Any) -> str:
    return reverse(f"webhooks:{name}", kwargs={"network_slug": network, **kwargs})


def _words(response: Any) -> str:
    return " ".join(response.content.decode().split())


def _later(by: timedelta) -> None:
    """`by` has passed since every reveal was asked for."""
    with scopes_disabled():
        for reveal in WebhookSecretReveal.objects.all():
            WebhookSecretReveal.objects.filter(pk=reveal.pk).update(
                created_at=reveal.created_at - by, expires_at=reveal.expires_at - by
            )


@pytest.fixture
def steward_client(world: World) -> Client:
    return client_for(world.personas["steward"])


@pytest.fixture
def hook(world: World) -> Webhook:
    return hook_for(world.alpha, world.personas["steward"], ADDRESS)  # type: ignore[arg-type]


def test_a_reveal_not_shown_in_time_shows_nothing_and_says_what_to_do(
    steward_client: Client, hook: Webhook
) -> None:
    asked = steward_client.post(url("secret", webhook_id=hook.pk), {"action": "reveal"})
    _later(REVEAL_FOR + timedelta(seconds=1))  # the redirect never loaded; back later

    late = steward_client.get(asked["Location"])
    again = steward_client.get(asked["Location"])

    assert timedelta(minutes=10) == REVEAL_FOR
    assert hook.secret not in late.content.decode()
    assert "Hidden: it is shown only within 10 minutes of asking, and you asked at" in (
        _words(late)
    )
    assert "Press “Reveal secret” to see it now." in _words(late)
    assert hook.secret not in again.content.decode()
    assert "you asked at" not in _words(again)  # said once
    assert "Hidden. Press “Reveal secret” to see it." in _words(again)

    # What it says to do works.
    shown = steward_client.get(
        steward_client.post(url("secret", webhook_id=hook.pk), {"action": "reveal"})["Location"]
    )
    assert hook.secret in shown.content.decode()


def test_a_new_secret_not_shown_in_time_is_not_shown_either(
    steward_client: Client, hook: Webhook
) -> None:
    asked = steward_client.post(
        url("secret", webhook_id=hook.pk), {"action": "rotate", "confirm": "yes"}
    )
    with scopes_disabled():
        new = Webhook.objects.get(pk=hook.pk).secret
    _later(timedelta(days=3))

    late = steward_client.get(asked["Location"])

    assert new not in late.content.decode()
    assert "Hidden: it is shown only within 10 minutes of asking" in _words(late)


def test_the_page_that_shows_it_hides_it_when_the_time_is_up(
    steward_client: Client, hook: Webhook
) -> None:
    """A page left open loads again when the reveal expires (the Refresh header: no
    script), and then says when it was shown."""
    asked = steward_client.post(url("secret", webhook_id=hook.pk), {"action": "reveal"})

    shown = steward_client.get(asked["Location"])
    refreshed = steward_client.get(asked["Location"])  # the browser, at the Refresh time
    after = steward_client.get(asked["Location"])

    assert hook.secret in shown.content.decode()
    assert 590 <= int(shown["Refresh"]) <= 600
    assert shown["Cache-Control"] == "no-store"
    assert "Shown once: copy it now. Reloading the page hides it, and it hides itself at" in (
        _words(shown)
    )
    assert hook.secret not in refreshed.content.decode()
    assert "Refresh" not in refreshed
    assert "Hidden: it was shown once, at" in _words(refreshed)
    assert "Hidden. Press “Reveal secret” to see it." in _words(after)


def test_the_sweep_forgets_reveals_a_day_after_they_expired(
    steward_client: Client, hook: Webhook
) -> None:
    steward_client.post(url("secret", webhook_id=hook.pk), {"action": "reveal"})
    steward_client.post(url("secret", webhook_id=hook.pk), {"action": "reveal"})
    _later(REVEAL_FOR + timedelta(hours=23))
    steward_client.post(url("secret", webhook_id=hook.pk), {"action": "reveal"})
    with scopes_disabled():
        deliveries_due_send(now=timezone.now())
        # The three, and the one made with the hook (for whoever added it).
        assert WebhookSecretReveal.objects.count() == 4
        deliveries_due_send(now=timezone.now() + timedelta(hours=1))
        assert WebhookSecretReveal.objects.count() == 1  # the newest waits still


@pytest.mark.django_db(transaction=True)
def test_two_pages_loading_at_once_show_the_secret_once() -> None:
    """Two tabs of one session load the hook's page at once (or a reload races the
    redirect): both read the session before either wrote it back, and both showed the
    secret. One conditional update now decides which one shows it."""
    with scopes_disabled():
        network = NetworkFactory(slug="racing")
        steward = MembershipFactory(network=network, role=Role.STEWARD).user
    hook = hook_for(network, steward, ADDRESS)
    first = client_for(steward)
    second = Client()
    first.post(url("secret", "racing", webhook_id=hook.pk), {"action": "reveal"})
    second.cookies = first.cookies  # the same session, another tab
    pages: list[str] = []

    def load(client: Client) -> None:
        pages.append(client.get(url("detail", "racing", webhook_id=hook.pk)).content.decode())

    second_after_first_reads(
        lambda: load(first),
        lambda: load(second),
        reads=lambda sql: 'FROM "django_session"' in sql,
    )

    assert len(pages) == 2
    assert sum(hook.secret in page for page in pages) == 1
    assert any("Hidden: it was shown once, at" in " ".join(page.split()) for page in pages)
