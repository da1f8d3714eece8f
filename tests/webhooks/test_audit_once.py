"""Each steward's action on a webhook is one write with one audit row. Rotating the secret
wrote two ("webhook.secret_rotated", then "webhook.secret_revealed" from a second service
call in another transaction), and so did adding a hook ("webhook.created", then
"webhook.secret_revealed"): the log read as if the steward had also pressed "Reveal
secret", and a failure between the two left a new secret no page would show."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.webhooks.models import Webhook
from tests.conftest import World, client_for
from tests.webhooks.conftest import hook_for


def url(name: str, **kwargs: Any) -> str:
    return reverse(f"webhooks:{name}", kwargs={"network_slug": "alpha", **kwargs})


def _audited_since(pk: int) -> list[str]:
    with scopes_disabled():
        return list(
            AuditEvent.objects.filter(pk__gt=pk, action__startswith="webhook.")
            .order_by("pk")
            .values_list("action", flat=True)
        )


def _last_pk() -> int:
    with scopes_disabled():
        return AuditEvent.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


@pytest.fixture
def hook(world: World) -> Webhook:
    return hook_for(world.alpha, world.personas["steward"], "https://192.0.43.10/in")  # type: ignore[arg-type]


def test_rotating_the_secret_is_one_audit_row_and_the_page_shows_the_new_secret(
    world: World, hook: Webhook
) -> None:
    client = client_for(world.personas["steward"])
    before = _last_pk()

    posted = client.post(url("secret", webhook_id=hook.pk), {"action": "rotate", "confirm": "yes"})
    page = client.get(posted["Location"]).content.decode()

    with scopes_disabled():
        new = Webhook.objects.get(pk=hook.pk).secret
    assert new != hook.secret
    assert new in page
    assert _audited_since(before) == ["webhook.secret_rotated"]


def test_adding_a_hook_is_one_audit_row_and_its_page_shows_the_secret(world: World) -> None:
    client = client_for(world.personas["steward"])
    before = _last_pk()

    posted = client.post(
        url("new"), {"url": "https://192.0.43.10/added", "events": ["commitment.made"]}
    )
    page = client.get(posted["Location"]).content.decode()

    with scopes_disabled():
        added = Webhook.objects.get(url="https://192.0.43.10/added")
    assert added.secret in page
    assert _audited_since(before) == ["webhook.created"]


def test_every_other_action_on_a_hook_is_one_audit_row(world: World, hook: Webhook) -> None:
    client = client_for(world.personas["steward"])
    actions = [
        ("secret", {"action": "reveal"}, "webhook.secret_revealed"),
        (
            "edit",
            {"url": hook.url, "events": ["commitment.made"], "active": ""},
            "webhook.updated",
        ),
        ("test", {}, "webhook.test_sent"),
        ("delete", {"confirm": "yes"}, "webhook.deleted"),
    ]

    audited = []
    for name, sent, _action in actions:
        before = _last_pk()
        client.post(url(name, webhook_id=hook.pk), sent)
        audited.append(_audited_since(before))

    assert audited == [[action] for _name, _sent, action in actions]
