"""A youth member's money commitment counts nowhere until the guardian approves it
(safeguards.md): nor is it sent to a network's webhooks before then. It goes out as
`commitment.made` when approved, and never when declined."""

from __future__ import annotations

from typing import Any

from django_scopes import scopes_disabled

from collaboratory.commitments.services import commitment_guardian_decide
from collaboratory.webhooks.models import EventType
from collaboratory.webhooks.payloads import YOUTH_LABEL
from tests.commitments.test_guardian_approval import _money
from tests.conftest import World
from tests.webhooks.conftest import Receiver, hook_for


def _made_hook(world: World, receiver: Receiver) -> None:
    steward = world.personas["steward"]
    assert steward is not None
    hook_for(world.alpha, steward, receiver.url, [EventType.COMMITMENT_MADE])


def test_a_minors_money_commitment_is_sent_only_once_the_guardian_approves(
    world: World, receiver: Receiver, deliver: Any, django_capture_on_commit_callbacks: Any
) -> None:
    _made_hook(world, receiver)

    with deliver():
        commitment, token = _money(world, django_capture_on_commit_callbacks)
    assert receiver.requests == []  # awaiting the guardian: not made yet, anywhere

    with deliver():
        commitment_guardian_decide(token=token, approve=True)

    [got] = receiver.requests
    assert got.json["type"] == "commitment.made"
    assert got.json["data"]["commitment"]["id"] == commitment.pk
    assert got.json["data"]["committer"] == {"name": YOUTH_LABEL, "youth_member": True}


def test_a_declined_money_commitment_is_never_sent(
    world: World, receiver: Receiver, deliver: Any, django_capture_on_commit_callbacks: Any
) -> None:
    _made_hook(world, receiver)

    with deliver():
        _commitment, token = _money(world, django_capture_on_commit_callbacks)
        with scopes_disabled():
            commitment_guardian_decide(token=token, approve=False)

    assert receiver.requests == []
