"""The stewards' webhook pages: create, test, reveal and rotate, retry, pause, delete, with
clear refusals for bad input and nothing changed by them."""

from __future__ import annotations

import time
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.webhooks import signing
from collaboratory.webhooks.models import DeliveryStatus, Webhook
from tests.conftest import World, client_for
from tests.webhooks.conftest import Receiver, deliveries, hook_for


def url(name: str, slug: str = "alpha", **kwargs: Any) -> str:
    return reverse(f"webhooks:{name}", kwargs={"network_slug": slug, **kwargs})


def hooks() -> list[Webhook]:
    with scopes_disabled():
        return list(Webhook.objects.order_by("pk"))


@pytest.fixture
def steward_client(world: World) -> Any:
    return client_for(world.personas["steward"])


def test_a_steward_adds_a_webhook_and_lands_on_its_page(
    world: World, steward_client: Any, receiver: Receiver
) -> None:
    response = steward_client.post(
        url("new"), {"url": receiver.url, "events": ["commitment.made", "commitment.moved"]}
    )

    [hook] = hooks()
    assert response.status_code == 302
    assert response["Location"] == url("detail", webhook_id=hook.pk)
    assert (hook.network_id, hook.url, hook.events, hook.active) == (
        world.alpha.pk,
        receiver.url,
        ["commitment.made", "commitment.moved"],
        True,
    )
    assert hook.secret.startswith("whsec_")
    assert AuditEvent.objects.filter(action="webhook.created", target_id=str(hook.pk)).exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"url": "http://hooks.example.org/x", "events": ["member.joined"]},
            "must start with https://",
        ),
        ({"url": "https://127.0.0.1/x", "events": ["member.joined"]}, "private or local"),
        ({"url": "https://10.0.0.7/x", "events": ["member.joined"]}, "private or local"),
        ({"url": "https://user:pw@192.0.43.10/x", "events": ["member.joined"]}, "password"),
        ({"url": "not a url", "events": ["member.joined"]}, "https://"),
        ({"url": "https://192.0.43.10/x", "events": []}, "Choose at least one event"),
        ({"url": "https://192.0.43.10/x", "events": ["everything"]}, "is not one of the available"),
        ({"url": "", "events": ["member.joined"]}, "This field is required"),
    ],
)
def test_bad_input_is_refused_with_a_specific_message_and_nothing_is_saved(
    steward_client: Any, settings: Any, data: dict[str, Any], message: str
) -> None:
    settings.WEBHOOKS_ALLOW_PRIVATE = False  # as in production

    response = steward_client.post(url("new"), data)

    assert response.status_code == 400
    assert message in response.content.decode()
    assert hooks() == []


def test_adding_the_same_url_twice_keeps_one_hook(
    world: World, steward_client: Any, receiver: Receiver
) -> None:
    """A double click on "Add" (or the form sent again after a slow answer) made a second
    hook to the same receiver, and every event then went out twice with two delivery ids,
    so the receiver could not drop the repeat. The second is refused, naming the URL; a
    hook of another network may use it."""
    data = {"url": receiver.url, "events": ["member.joined"]}
    steward_client.post(url("new"), data)

    again = steward_client.post(url("new"), {**data, "events": ["commitment.made"]})

    assert again.status_code == 400
    assert "already has a webhook for this URL" in again.content.decode()
    [hook] = hooks()
    assert hook.events == ["member.joined"]
    other = hook_for(world.bravo, world.personas["foreign_steward"], receiver.url)  # type: ignore[arg-type]
    assert other.network_id == world.bravo.pk


def test_editing_a_hook_to_another_hooks_url_is_refused(
    world: World, steward_client: Any, receiver: Receiver
) -> None:
    steward = world.personas["steward"]
    first = hook_for(world.alpha, steward, receiver.url)  # type: ignore[arg-type]
    second = hook_for(world.alpha, steward, receiver.url + "/2")  # type: ignore[arg-type]

    refused = steward_client.post(
        url("edit", webhook_id=second.pk),
        {"url": receiver.url, "events": ["member.joined"], "active": "on"},
    )
    kept = steward_client.post(
        url("edit", webhook_id=first.pk),
        {"url": receiver.url, "events": ["member.joined"], "active": "on"},
    )

    assert refused.status_code == 400
    assert "already has a webhook for this URL" in refused.content.decode()
    assert [h.url for h in hooks()] == [receiver.url, receiver.url + "/2"]
    assert kept.status_code == 302  # a hook keeps its own URL


def test_send_test_posts_a_signed_ping_and_the_log_shows_the_answer(
    world: World, steward_client: Any, receiver: Receiver
) -> None:
    hook = hook_for(world.alpha, world.personas["steward"], receiver.url)  # type: ignore[arg-type]

    response = steward_client.post(url("test", webhook_id=hook.pk), follow=True)

    [got] = receiver.requests
    assert got.headers["Collaboratory-Event"] == "ping"
    assert signing.verify(
        hook.secret, got.headers["Collaboratory-Signature"], got.body, now=time.time()
    )
    page = response.content.decode()
    assert "Delivered: the receiver answered 200." in page
    assert '<tr class="delivery delivered">' in page
    assert "<code>ping</code>" in page
    assert hook.secret not in page  # the secret shows only on request


def test_a_failing_test_says_why_and_retry_now_delivers_it(
    world: World, steward_client: Any, receiver: Receiver
) -> None:
    hook = hook_for(world.alpha, world.personas["steward"], receiver.url)  # type: ignore[arg-type]
    receiver.statuses = [500, 200]

    first = steward_client.post(url("test", webhook_id=hook.pk), follow=True)
    [delivery] = deliveries(hook)
    assert 'name="attempts" value="1"' in first.content.decode()  # the press carries it
    again = steward_client.post(
        url("retry", webhook_id=hook.pk, delivery_id=delivery.pk), {"attempts": "1"}, follow=True
    )

    assert "Not delivered: The receiver answered 500" in first.content.decode()
    assert delivery.status == DeliveryStatus.FAILED  # a ping is tried once
    [delivery] = deliveries(hook)
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.DELIVERED, 2)
    assert "Delivered: the receiver answered 200." in again.content.decode()
    assert len({r.headers["Collaboratory-Delivery"] for r in receiver.requests}) == 1


def test_reveal_shows_the_secret_and_rotate_replaces_it(world: World, steward_client: Any) -> None:
    hook = hook_for(world.alpha, world.personas["steward"], "https://192.0.43.10/in")  # type: ignore[arg-type]
    old = hook.secret

    revealed = steward_client.post(
        url("secret", webhook_id=hook.pk), {"action": "reveal"}, follow=True
    )
    rotated = steward_client.post(
        url("secret", webhook_id=hook.pk), {"action": "rotate", "confirm": "yes"}, follow=True
    )
    junk = steward_client.post(url("secret", webhook_id=hook.pk), {"action": "drop"})

    with scopes_disabled():
        new = Webhook.objects.get(pk=hook.pk).secret
    assert old in revealed.content.decode()
    assert revealed["Cache-Control"] == "no-store"
    assert new != old
    assert new in rotated.content.decode()
    assert junk.status_code == 400
    assert "Choose to reveal or to rotate" in junk.content.decode()
    actions = set(
        AuditEvent.objects.filter(target_id=str(hook.pk)).values_list("action", flat=True)
    )
    assert {"webhook.secret_revealed", "webhook.secret_rotated"} <= actions


def test_rotating_asks_first_and_a_bare_post_keeps_the_secret(
    world: World, steward_client: Any
) -> None:
    """One press on "Rotate secret" replaced the secret at once, and every delivery from
    then on failed the receiver's check until someone updated it there. Now "Rotate
    secret…" says so and asks (a <details>, no JS); a POST without `confirm=yes` changes
    nothing."""
    hook = hook_for(world.alpha, world.personas["steward"], "https://192.0.43.10/in")  # type: ignore[arg-type]

    page = " ".join(steward_client.get(url("detail", webhook_id=hook.pk)).content.decode().split())
    bare = steward_client.post(url("secret", webhook_id=hook.pk), {"action": "rotate"})

    assert "<summary>Rotate secret…</summary>" in page
    assert bare.status_code == 400
    assert "Nothing was changed: confirm with the button under “Rotate secret…”." in (
        bare.content.decode()
    )
    assert hook.secret not in bare.content.decode()
    with scopes_disabled():
        assert Webhook.objects.get(pk=hook.pk).secret == hook.secret
    assert not AuditEvent.objects.filter(action="webhook.secret_rotated").exists()


def test_pausing_and_deleting_a_hook(world: World, steward_client: Any) -> None:
    hook = hook_for(world.alpha, world.personas["steward"], "https://192.0.43.10/in")  # type: ignore[arg-type]

    edited = steward_client.post(
        url("edit", webhook_id=hook.pk),
        {"url": "https://192.0.43.10/other", "events": ["member.joined"]},
    )
    [paused] = hooks()
    deleted = steward_client.post(url("delete", webhook_id=hook.pk), {"confirm": "yes"})

    assert edited.status_code == 302
    assert (paused.url, paused.events, paused.active) == (
        "https://192.0.43.10/other",
        ["member.joined"],
        False,
    )
    assert deleted["Location"] == url("list")
    assert hooks() == []


def test_deleting_asks_first_and_a_bare_post_deletes_nothing(
    world: World, steward_client: Any
) -> None:
    """The page's one "Delete" button removed the hook and its log at the first press. Now
    "Delete…" opens a confirmation (a <details>, no JS) whose button sends `confirm=yes`;
    a POST without it deletes nothing and says why."""
    hook = hook_for(world.alpha, world.personas["steward"], "https://192.0.43.10/in")  # type: ignore[arg-type]

    page = " ".join(steward_client.get(url("detail", webhook_id=hook.pk)).content.decode().split())
    bare = steward_client.post(url("delete", webhook_id=hook.pk), follow=True)

    assert '<details class="confirm"> <summary>Delete…</summary>' in page
    assert 'name="confirm" value="yes"' in page
    assert "Nothing was deleted: confirm with the button under “Delete…”." in bare.content.decode()
    assert hooks() == [hook]
    assert not AuditEvent.objects.filter(action="webhook.deleted").exists()

    confirmed = steward_client.post(url("delete", webhook_id=hook.pk), {"confirm": "yes"})

    assert confirmed["Location"] == url("list")
    assert hooks() == []


def test_a_hook_of_another_network_is_not_found_under_this_one(
    world: World, steward_client: Any
) -> None:
    foreign = hook_for(world.bravo, world.personas["foreign_steward"], "https://192.0.43.10/b")  # type: ignore[arg-type]

    assert steward_client.get(url("detail", webhook_id=foreign.pk)).status_code == 404
    assert steward_client.post(url("test", webhook_id=foreign.pk)).status_code == 404
    assert steward_client.post(url("delete", webhook_id=foreign.pk)).status_code == 404
    assert len(hooks()) == 1


def test_a_member_cannot_send_a_test_or_see_the_secret(world: World, receiver: Receiver) -> None:
    hook = hook_for(world.alpha, world.personas["steward"], receiver.url)  # type: ignore[arg-type]
    member = client_for(world.personas["member"])

    tested = member.post(url("test", webhook_id=hook.pk))
    revealed = member.post(url("secret", webhook_id=hook.pk), {"action": "reveal"})

    assert (tested.status_code, revealed.status_code) == (403, 403)
    assert hook.secret not in revealed.content.decode()
    assert receiver.requests == []


@pytest.mark.parametrize("count", [1, 3])
def test_the_list_costs_the_same_queries_for_one_or_three_hooks(
    world: World, steward_client: Any, count: int
) -> None:
    for n in range(count):
        hook_for(world.alpha, world.personas["steward"], f"https://192.0.43.10/{n}")  # type: ignore[arg-type]
    steward_client.get(url("list"))  # warm the session and caches

    with CaptureQueriesContext(connection) as queries:
        response = steward_client.get(url("list"))

    assert response.status_code == 200
    assert response.content.decode().count('<article class="card">') == count
    # The same for one hook or three: the counts come with the hooks in one query.
    assert len(queries) == 5


def test_the_active_box_sits_in_its_own_group_beside_its_words(
    world: World, steward_client: Any, receiver: Receiver
) -> None:
    """app.css puts a box beside its label only inside a wrapper of the two: bare, the
    "active" box sat beside the Save button, a line below its words."""
    hook = hook_for(world.alpha, world.personas["steward"], receiver.url)  # type: ignore[arg-type]

    body = steward_client.get(url("edit", webhook_id=hook.pk)).content.decode()

    assert '<div class="check"><label for="id_active"' in body
