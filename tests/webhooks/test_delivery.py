"""From a change to a signed post: the real services make the change, the audit listener
writes the outbox, the task worker posts to a real receiver on 127.0.0.1."""

from __future__ import annotations

import re
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.commitments import lifecycle
from collaboratory.gatherings.services import gathering_announce
from collaboratory.people.models import User
from collaboratory.webhooks import services, signing
from collaboratory.webhooks.models import DeliveryStatus, EventType, Webhook
from collaboratory.webhooks.services import BACKOFF, deliveries_due_send, webhook_update
from tests.conftest import World, client_for
from tests.followthrough.conftest import Project
from tests.webhooks.conftest import Receiver, deliveries, hook_for

DOCS = Path(__file__).resolve().parents[2] / "docs" / "webhooks.md"


def docs_verify() -> Any:
    """The `verify` function of the receiver code in docs/webhooks.md, run as written."""
    block = re.search(r"<!-- verify-snippet -->\s*```python\n(.*?)```", DOCS.read_text(), re.S)
    assert block is not None
    namespace: dict[str, Any] = {}
    exec(compile(block.group(1), str(DOCS), "exec"), namespace)  # noqa: S102
    return namespace["verify"]


def test_a_commitment_made_reaches_the_receiver_signed(
    project: Project, receiver: Receiver, deliver: Any
) -> None:
    hook = hook_for(project.world.alpha, project.steward, receiver.url)

    with deliver():
        commitment = project.commit()

    assert len(receiver.requests) == 1
    got = receiver.requests[0]
    assert got.path == "/hook"
    assert got.headers["Collaboratory-Event"] == "commitment.made"
    stamp = signing.verify(
        hook.secret, got.headers["Collaboratory-Signature"], got.body, now=time.time()
    )
    assert str(stamp) == got.headers["Collaboratory-Timestamp"]
    payload = got.json
    assert payload["type"] == "commitment.made"
    assert payload["id"] == got.headers["Collaboratory-Delivery"]
    assert payload["network"] == {"slug": "alpha", "name": "Alpha Collaboratory"}
    assert payload["data"]["commitment"]["id"] == commitment.pk
    assert payload["data"]["commitment"]["status"] == lifecycle.OFFERED
    assert payload["data"]["commitment"]["amount"] == "3"
    assert payload["data"]["committer"] == {"name": "Dana Doe", "youth_member": False}
    assert payload["data"]["project"]["title"] == project.proposal.title
    # No contact detail, no commitment wording.
    assert "dana@private.example" not in got.body.decode()
    assert "funders" not in got.body.decode()
    [delivery] = deliveries(hook)
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == (
        DeliveryStatus.DELIVERED,
        1,
        200,
    )
    assert delivery.last_response == '{"ok": true}'


def test_moves_kept_released_and_lapsed_are_sent_as_commitment_moved(
    project: Project, receiver: Receiver, deliver: Any
) -> None:
    hook_for(project.world.alpha, project.steward, receiver.url, [EventType.COMMITMENT_MOVED])
    first = project.commit()
    second = project.commit()

    with deliver():
        project.move(first, project.dana, lifecycle.DONE, note="Done: three intros made.")
        project.move(first, project.presenter, lifecycle.KEPT)
        project.move(second, project.dana, lifecycle.RELEASED, note="Moving away.")

    moves = [
        (r.json["data"]["commitment"]["previous_status"], r.json["data"]["commitment"]["status"])
        for r in receiver.requests
    ]
    assert moves == [
        (lifecycle.OFFERED, lifecycle.DONE),
        (lifecycle.DONE, lifecycle.KEPT),
        (lifecycle.OFFERED, lifecycle.RELEASED),
    ]
    assert {r.headers["Collaboratory-Event"] for r in receiver.requests} == {"commitment.moved"}
    # Notes are free text: never sent.
    assert not any(b"Moving away" in r.body for r in receiver.requests)


def test_an_automatic_lapse_is_sent_with_no_person_as_its_author(
    project: Project, receiver: Receiver, deliver: Any
) -> None:
    hook_for(project.world.alpha, project.steward, receiver.url, [EventType.COMMITMENT_MOVED])
    commitment = project.commit()

    with deliver():
        project.move(commitment, None, lifecycle.LAPSED)

    [got] = receiver.requests
    assert got.json["data"]["commitment"]["status"] == lifecycle.LAPSED
    assert got.json["data"]["moved_by"] == [lifecycle.SYSTEM]


def test_a_gathering_announced_is_sent_only_to_hooks_that_chose_it(
    world: World, receiver: Receiver, deliver: Any, steward: User
) -> None:
    hook_for(world.alpha, steward, receiver.url, [EventType.GATHERING_ANNOUNCED])
    quiet = hook_for(world.alpha, steward, receiver.url + "/quiet", [EventType.MEMBER_JOINED])
    gathering = world.gatherings["alpha"]

    with deliver():
        gathering_announce(gathering=gathering, actor=steward)

    [got] = receiver.requests
    assert got.json["type"] == "gathering.announced"
    assert got.json["data"]["gathering"]["id"] == gathering.pk
    assert got.json["data"]["gathering"]["url"].endswith(f"/n/alpha/gatherings/{gathering.pk}/")
    assert deliveries(quiet) == []


def test_a_paused_hook_gets_nothing_and_another_network_s_change_sends_nothing(
    world: World, receiver: Receiver, deliver: Any, steward: User
) -> None:
    hook = hook_for(world.alpha, steward, receiver.url)
    with scopes_disabled():
        webhook_update(webhook=hook, actor=steward, url=hook.url, events=hook.events, active=False)

    with deliver():
        gathering_announce(
            gathering=world.gatherings["bravo"], actor=world.personas["foreign_steward"]
        )  # type: ignore[arg-type]

    assert receiver.requests == []
    assert deliveries(hook) == []


def test_a_rolled_back_write_sends_nothing(
    project: Project, receiver: Receiver, run_tasks: Any, django_capture_on_commit_callbacks: Any
) -> None:
    hook = hook_for(project.world.alpha, project.steward, receiver.url)

    def commit_then_fail() -> None:
        with transaction.atomic():
            project.commit()
            raise RuntimeError("the writer's transaction fails after the change")

    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
    ):
        commit_then_fail()
    run_tasks()

    assert deliveries(hook) == []
    assert callbacks == []
    assert receiver.requests == []


def test_a_receiver_failing_is_retried_with_backoff_then_delivered(
    project: Project, receiver: Receiver, deliver: Any
) -> None:
    hook = hook_for(project.world.alpha, project.steward, receiver.url)
    receiver.statuses = [500, 503, 200]
    receiver.answer = b"temporarily down"

    with deliver():
        project.commit()
    [delivery] = deliveries(hook)
    after_first = delivery.last_attempt_at
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("pending", 1, 500)
    assert delivery.last_response == "temporarily down"
    assert delivery.next_attempt_at == after_first + BACKOFF[0]  # type: ignore[operator]

    # Not yet due: the sweep leaves it alone.
    assert deliveries_due_send(now=after_first + timedelta(seconds=30)) == 0  # type: ignore[operator]
    second = after_first + BACKOFF[0]  # type: ignore[operator]
    assert deliveries_due_send(now=second) == 1
    [delivery] = deliveries(hook)
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("pending", 2, 503)
    assert delivery.next_attempt_at == second + BACKOFF[1]

    assert deliveries_due_send(now=second + BACKOFF[1]) == 1
    [delivery] = deliveries(hook)
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("delivered", 3, 200)
    ids = {r.headers["Collaboratory-Delivery"] for r in receiver.requests}
    assert ids == {str(delivery.event_id)}  # the same id on every retry
    assert len(receiver.requests) == 3


def test_after_the_last_wait_a_delivery_has_failed(
    project: Project, receiver: Receiver, deliver: Any
) -> None:
    hook = hook_for(project.world.alpha, project.steward, receiver.url)
    receiver.statuses = [500]
    with deliver():
        project.commit()

    later = timezone.now()
    for wait in BACKOFF:
        later += wait + timedelta(seconds=1)
        assert deliveries_due_send(now=later) == 1

    [delivery] = deliveries(hook)
    assert (delivery.status, delivery.attempts, delivery.next_attempt_at) == (
        "failed",
        services.MAX_ATTEMPTS,
        None,
    )
    assert deliveries_due_send(now=later + timedelta(days=2)) == 0
    assert len(receiver.requests) == services.MAX_ATTEMPTS


def test_a_receiver_that_does_not_answer_in_time_counts_as_a_failed_attempt(
    project: Project,
    receiver: Receiver,
    deliver: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(services, "TIMEOUT_SECONDS", 0.3)
    receiver.delay = 1.0
    hook = hook_for(project.world.alpha, project.steward, receiver.url)

    with deliver():
        project.commit()

    [delivery] = deliveries(hook)
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("pending", 1, None)
    assert "seconds" in delivery.error_text


def test_a_redirect_is_not_followed(project: Project, receiver: Receiver, deliver: Any) -> None:
    receiver.statuses = [302]
    hook = hook_for(project.world.alpha, project.steward, receiver.url)

    with deliver():
        project.commit()

    [delivery] = deliveries(hook)
    assert (delivery.status, delivery.last_status_code) == ("pending", 302)
    assert len(receiver.requests) == 1


def test_a_long_answer_is_kept_only_up_to_the_cap(
    project: Project, receiver: Receiver, deliver: Any
) -> None:
    receiver.answer = b"x" * 50_000
    hook = hook_for(project.world.alpha, project.steward, receiver.url)

    with deliver():
        project.commit()

    [delivery] = deliveries(hook)
    assert len(delivery.last_response) == services.RESPONSE_CAP


def test_the_docs_snippet_verifies_a_real_delivery(
    project: Project, receiver: Receiver, deliver: Any
) -> None:
    """The receiver code a reader pastes from docs/webhooks.md, run as written."""
    verify = docs_verify()
    hook = hook_for(project.world.alpha, project.steward, receiver.url)
    with deliver():
        project.commit()
    [got] = receiver.requests

    assert verify(hook.secret, got.headers, got.body) is True
    assert verify(hook.secret, got.headers, got.body + b" ") is False
    assert verify("whsec_wrong", got.headers, got.body) is False


def test_a_receiver_s_control_characters_are_not_stored(
    project: Project, receiver: Receiver, deliver: Any
) -> None:
    """NUL cannot be stored in PostgreSQL text, and the log is shown on a page."""
    receiver.statuses = [500]
    receiver.answer = b"bad\x00gateway\x1b[31m\nline two"
    hook = hook_for(project.world.alpha, project.steward, receiver.url)

    with deliver():
        project.commit()

    [delivery] = deliveries(hook)
    assert delivery.last_response == "bad\ufffdgateway\ufffd[31m\nline two"


def test_a_round_trip_a_member_marks_done_and_the_receiver_verifies_it(
    project: Project, receiver: Receiver, deliver: Any
) -> None:
    """The issue's round trip through the pages (the REST API's token flow lives with the
    API): the committer marks a commitment done on My commitments; the receiver gets a signed
    `commitment.moved` that the docs' snippet verifies."""
    verify = docs_verify()
    hook = hook_for(project.world.alpha, project.steward, receiver.url, ["commitment.moved"])
    commitment = project.commit()
    member = client_for(project.dana)

    with deliver():
        response = member.post(
            reverse(
                "followthrough:act",
                kwargs={"network_slug": "alpha", "commitment_id": commitment.pk},
            ),
            {"to": lifecycle.DONE, "delivered_amount": "3"},
        )

    assert response.status_code == 302  # back to the commitment, saved
    [got] = receiver.requests
    assert verify(hook.secret, got.headers, got.body) is True
    assert got.json["data"]["commitment"]["status"] == lifecycle.DONE
    assert got.json["data"]["moved_by"] == [lifecycle.COMMITTER]


def test_a_fault_in_the_listener_never_undoes_the_change(
    project: Project, receiver: Receiver, deliver: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """A hook row the listener cannot read (its events are not a list) makes the listener
    fail; the commitment is stored all the same, and the fault is logged."""
    with scopes_disabled():
        Webhook.objects.create(network=project.world.alpha, url=receiver.url, events=42)

    with deliver():
        commitment = project.commit()

    assert project.refresh(commitment).pk == commitment.pk
    assert receiver.requests == []
    assert "audit listener" in caplog.text


def test_an_address_that_turned_private_is_not_posted_to(
    project: Project, receiver: Receiver, deliver: Any, settings: Any
) -> None:
    """The address rule holds at sending time too (a host re-pointed after the hook was
    saved): production refuses the loopback receiver and records why."""
    hook = hook_for(project.world.alpha, project.steward, receiver.url)
    with scopes_disabled():  # as if its name now resolved to the loopback address
        Webhook.objects.filter(pk=hook.pk).update(url=receiver.url.replace("http:", "https:"))
    settings.WEBHOOKS_ALLOW_PRIVATE = False

    with deliver():
        project.commit()

    [delivery] = deliveries(hook)
    assert receiver.requests == []
    assert (delivery.status, delivery.last_status_code) == (DeliveryStatus.PENDING, None)
    assert delivery.error_text.startswith("That address is private or local")


def test_each_hook_keeps_only_its_newest_finished_deliveries(
    project: Project, receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(services, "KEEP_DELIVERIES", 3)
    hook = hook_for(project.world.alpha, project.steward, receiver.url)

    with scopes_disabled():
        sent = [services.webhook_test_send(webhook=hook, actor=project.steward) for _ in range(5)]

    assert [d.pk for d in deliveries(hook)] == [d.pk for d in sent[-3:]]


def test_what_happens_while_a_hook_is_paused_is_sent_once_it_is_on_and_the_form_says_so(
    world: World, receiver: Receiver, deliver: Any, steward: User
) -> None:
    """What happened during a pause was never sent, so a receiver kept whatever it missed
    (a commitment withdrawn meanwhile stood there for good). It follows on resume now, one
    event per object (tests/webhooks/test_paused.py), and the form says so."""
    hook = hook_for(world.alpha, steward, receiver.url, events=["gathering.announced"])
    with scopes_disabled():
        webhook_update(webhook=hook, actor=steward, url=hook.url, events=hook.events, active=False)

    with deliver():
        gathering_announce(gathering=world.gatherings["alpha"], actor=steward)
    assert receiver.requests == []
    with deliver():
        webhook_update(webhook=hook, actor=steward, url=hook.url, events=hook.events, active=True)
    with scopes_disabled():
        deliveries_due_send()

    [got] = receiver.requests
    assert got.json["type"] == "gathering.announced"
    assert got.json["data"]["gathering"]["id"] == world.gatherings["alpha"].pk
    form = client_for(steward).get(
        reverse("webhooks:edit", kwargs={"network_slug": "alpha", "webhook_id": hook.pk})
    )
    text = " ".join(form.content.decode().split())
    assert "not sent, not even later" not in text
    assert "what changed meanwhile follows: one event per commitment" in text
