"""Rotating a hook's secret: post/redirect/get with a one-time reveal (a reload neither
rotates again nor shows the secret again), and a grace window in which every delivery is
signed with the new secret and the old one, so the receiver keeps accepting deliveries
until it has been given the new secret."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.webhooks import signing
from collaboratory.webhooks.models import Webhook
from collaboratory.webhooks.services import (
    ROTATION_GRACE,
    deliveries_due_send,
    webhook_secret_rotate,
)
from tests.conftest import World, client_for
from tests.followthrough.conftest import Project
from tests.webhooks.conftest import Receiver, hook_for
from tests.webhooks.test_delivery import docs_verify


def url(name: str, **kwargs: Any) -> str:
    return reverse(f"webhooks:{name}", kwargs={"network_slug": "alpha", **kwargs})


def stored(hook: Webhook) -> Webhook:
    with scopes_disabled():
        return Webhook.objects.get(pk=hook.pk)


def v1_values(header: str) -> list[str]:
    return [p.split("=", 1)[1] for p in header.split(",") if p.startswith("v1=")]


def test_rotating_redirects_and_a_reload_neither_rotates_again_nor_shows_the_secret(
    world: World,
) -> None:
    """The rotation's answer was the page itself: reloading it posted again (a second
    rotation, the secret just copied already stale). Now the POST redirects to the hook's
    page, which shows the new secret once; the URL never carries it."""
    client = client_for(world.personas["steward"])
    hook = hook_for(world.alpha, world.personas["steward"], "https://192.0.43.10/in")  # type: ignore[arg-type]

    posted = client.post(url("secret", webhook_id=hook.pk), {"action": "rotate", "confirm": "yes"})
    new = stored(hook).secret
    shown = client.get(posted["Location"])
    reloaded = client.get(posted["Location"])

    assert posted.status_code == 302
    assert posted["Location"] == url("detail", webhook_id=hook.pk)
    assert new not in posted["Location"]
    assert hook.secret not in posted["Location"]
    assert new != hook.secret
    assert new in shown.content.decode()
    assert shown["Cache-Control"] == "no-store"
    assert "New secret made" in shown.content.decode()
    assert new not in reloaded.content.decode()
    assert stored(hook).secret == new  # rotated once
    assert AuditEvent.objects.filter(action="webhook.secret_rotated").count() == 1


def test_revealing_redirects_too_and_shows_the_secret_once(world: World) -> None:
    client = client_for(world.personas["steward"])
    hook = hook_for(world.alpha, world.personas["steward"], "https://192.0.43.10/in")  # type: ignore[arg-type]

    posted = client.post(url("secret", webhook_id=hook.pk), {"action": "reveal"})
    shown = client.get(posted["Location"])
    reloaded = client.get(posted["Location"])

    assert posted.status_code == 302
    assert hook.secret not in posted["Location"]
    assert hook.secret in shown.content.decode()
    assert shown["Cache-Control"] == "no-store"
    assert hook.secret not in reloaded.content.decode()


def test_one_steward_s_reveal_is_not_shown_to_another(world: World) -> None:
    """The one-time reveal lives in the session of whoever pressed the button."""
    steward = world.personas["steward"]
    hook = hook_for(world.alpha, steward, "https://192.0.43.10/in")  # type: ignore[arg-type]
    client_for(steward).post(url("secret", webhook_id=hook.pk), {"action": "reveal"})

    other = client_for(steward).get(url("detail", webhook_id=hook.pk))

    assert hook.secret not in other.content.decode()


def test_during_the_grace_window_deliveries_carry_both_signatures(
    project: Project, receiver: Receiver, deliver: Any
) -> None:
    """A rotation used to make the receiver refuse every delivery until it was updated.
    For ROTATION_GRACE after it, the signature header carries the new secret's v1 and the
    old one's: a receiver with either secret accepts, with the docs' snippet as written."""
    hook = hook_for(project.world.alpha, project.steward, receiver.url)
    old = hook.secret
    with scopes_disabled():
        new = webhook_secret_rotate(webhook=hook, actor=project.steward).webhook.secret

    with deliver():
        project.commit()

    [got] = receiver.requests
    header = got.headers["Collaboratory-Signature"]
    stamp = int(got.headers["Collaboratory-Timestamp"])
    assert timedelta(hours=24) == ROTATION_GRACE
    assert v1_values(header) == [
        signing.signature(new, stamp, got.body),
        signing.signature(old, stamp, got.body),
    ]
    assert signing.verify(new, header, got.body, now=time.time()) == stamp
    assert signing.verify(old, header, got.body, now=time.time()) == stamp
    verify = docs_verify()
    assert verify(new, got.headers, got.body) is True
    assert verify(old, got.headers, got.body) is True
    assert verify("whsec_wrong", got.headers, got.body) is False
    assert verify(old, got.headers, got.body + b" ") is False


def test_after_the_window_the_old_secret_is_dropped_and_signs_nothing(
    project: Project, receiver: Receiver, deliver: Any
) -> None:
    hook = hook_for(project.world.alpha, project.steward, receiver.url)
    old = hook.secret
    with scopes_disabled():
        new = webhook_secret_rotate(webhook=hook, actor=project.steward).webhook.secret
    assert stored(hook).previous_secret == old

    with scopes_disabled():
        deliveries_due_send(now=timezone.now() + ROTATION_GRACE - timedelta(minutes=1))
    assert stored(hook).previous_secret == old  # still inside the window
    with scopes_disabled():
        deliveries_due_send(now=timezone.now() + ROTATION_GRACE + timedelta(seconds=1))
    after = stored(hook)
    assert (after.previous_secret, after.previous_secret_until) == ("", None)

    with deliver():
        project.commit()

    [got] = receiver.requests
    header = got.headers["Collaboratory-Signature"]
    assert v1_values(header) == [
        signing.signature(new, int(got.headers["Collaboratory-Timestamp"]), got.body)
    ]
    with pytest.raises(signing.SignatureError):
        signing.verify(old, header, got.body, now=time.time())
    assert docs_verify()(old, got.headers, got.body) is False


def test_a_delivery_posted_after_the_window_but_before_the_sweep_has_one_signature(
    project: Project, receiver: Receiver, deliver: Any
) -> None:
    """The window is checked when each post is signed, not only when the sweep drops the
    old secret."""
    hook = hook_for(project.world.alpha, project.steward, receiver.url)
    old = hook.secret
    with scopes_disabled():
        webhook_secret_rotate(webhook=hook, actor=project.steward)
        Webhook.objects.filter(pk=hook.pk).update(
            previous_secret_until=timezone.now() - timedelta(seconds=1)
        )

    with deliver():
        project.commit()

    [got] = receiver.requests
    assert len(v1_values(got.headers["Collaboratory-Signature"])) == 1
    assert docs_verify()(old, got.headers, got.body) is False


def test_a_second_rotation_in_the_window_keeps_the_secret_it_replaces(
    project: Project,
) -> None:
    """Two rotations in a row: the receiver may hold either of the last two secrets; the
    one before those has been replaced for good."""
    hook = hook_for(project.world.alpha, project.steward, "https://192.0.43.10/in")
    with scopes_disabled():
        middle = webhook_secret_rotate(webhook=hook, actor=project.steward).webhook.secret
        newest = webhook_secret_rotate(webhook=hook, actor=project.steward).webhook.secret

    after = stored(hook)
    assert (after.secret, after.previous_secret) == (newest, middle)


def test_the_page_says_until_when_the_old_secret_still_signs(world: World) -> None:
    steward = world.personas["steward"]
    client = client_for(steward)
    hook = hook_for(world.alpha, steward, "https://192.0.43.10/in")  # type: ignore[arg-type]

    posted = client.post(url("secret", webhook_id=hook.pk), {"action": "rotate", "confirm": "yes"})
    page = " ".join(client.get(posted["Location"]).content.decode().split())

    assert "The old secret also signs every delivery until" in page
    assert hook.secret not in page  # the old secret itself is never shown


def test_a_new_hook_s_page_shows_its_secret_once(world: World, receiver: Receiver) -> None:
    """The message "Webhook added. Copy its secret into your receiver" landed on a page
    with the secret hidden: the steward had to find "Reveal secret" first. The first view
    shows it."""
    client = client_for(world.personas["steward"])

    posted = client.post(url("new"), {"url": receiver.url, "events": ["member.joined"]})
    with scopes_disabled():
        secret = Webhook.objects.get().secret
    shown = client.get(posted["Location"])
    reloaded = client.get(posted["Location"])

    assert secret not in posted["Location"]
    assert secret in shown.content.decode()
    assert shown["Cache-Control"] == "no-store"
    assert secret not in reloaded.content.decode()
