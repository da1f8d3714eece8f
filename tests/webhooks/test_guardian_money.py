"""A youth member's money commitment counts nowhere until the guardian approves it
(safeguards.md): nor is it sent to a network's webhooks before then. It goes out as
`commitment.made` when approved, or when the committer keeps it on turning 18, and never
when declined or withdrawn."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.commitments.models import Commitment
from collaboratory.commitments.services import commitment_guardian_decide
from collaboratory.commitments.services.guardian import commitment_adult_decide
from collaboratory.networks.models import Membership
from collaboratory.webhooks.models import EventType
from collaboratory.webhooks.payloads import YOUTH_LABEL
from tests.commitments.test_guardian_approval import _money
from tests.conftest import World
from tests.webhooks.conftest import Receiver, hook_for


def _waiting_money(
    world: World,
    receiver: Receiver,
    deliver: Any,
    capture: Any,
    events: tuple[EventType, ...] = (EventType.COMMITMENT_MADE,),
) -> tuple[Commitment, str]:
    """A hook for ``events``, then a youth member's money commitment waiting for the
    guardian (and its guardian's token), of which the hook heard nothing."""
    steward = world.personas["steward"]
    assert steward is not None
    hook_for(world.alpha, steward, receiver.url, list(events))
    with deliver():
        commitment, token = _money(world, capture)
    assert receiver.requests == []  # awaiting the guardian: not made yet, anywhere
    return commitment, token


def _told_made_once(receiver: Receiver, commitment_id: int) -> Any:
    """The receiver heard of the commitment once, as made: that request."""
    [got] = receiver.requests
    assert got.json["type"] == "commitment.made"
    assert got.json["data"]["commitment"]["id"] == commitment_id
    return got


def test_a_minors_money_commitment_is_sent_only_once_the_guardian_approves(
    world: World, receiver: Receiver, deliver: Any, django_capture_on_commit_callbacks: Any
) -> None:
    commitment, token = _waiting_money(world, receiver, deliver, django_capture_on_commit_callbacks)

    with deliver():
        commitment_guardian_decide(token=token, approve=True)

    got = _told_made_once(receiver, commitment.pk)
    assert got.json["data"]["committer"] == {"name": YOUTH_LABEL, "youth_member": True}


def test_a_declined_money_commitment_is_never_sent(
    world: World, receiver: Receiver, deliver: Any, django_capture_on_commit_callbacks: Any
) -> None:
    _commitment, token = _waiting_money(
        world, receiver, deliver, django_capture_on_commit_callbacks
    )
    with deliver(), scopes_disabled():
        commitment_guardian_decide(token=token, approve=False)

    assert receiver.requests == []


def _turned_18(commitment: Commitment) -> None:
    """The youth who offered the money has turned 18 since (their guardians' say ended)."""
    with scopes_disabled():
        Membership.objects.filter(user=commitment.committer).update(
            born_on=timezone.localdate().replace(year=timezone.localdate().year - 19)
        )
        commitment.committer.refresh_from_db()


@pytest.mark.parametrize("keep", [True, False], ids=["kept", "withdrawn"])
def test_a_money_commitment_decided_at_18_is_sent_as_made_only_when_kept(
    world: World,
    receiver: Receiver,
    deliver: Any,
    django_capture_on_commit_callbacks: Any,
    keep: bool,
) -> None:
    """Kept on the 18th birthday it counts from then, announced to the room as an approval
    is: until 2026-12-07 no hook heard of it, and its later moves reached receivers as
    moves of a commitment they were never sent. Withdrawn, it is sent neither as made nor
    as withdrawn: a hook is told "withdrawn" only of what it was told was made."""
    commitment, _token = _waiting_money(
        world,
        receiver,
        deliver,
        django_capture_on_commit_callbacks,
        (EventType.COMMITMENT_MADE, EventType.COMMITMENT_WITHDRAWN),
    )
    _turned_18(commitment)

    with deliver():
        commitment_adult_decide(
            commitment=commitment,
            user=commitment.committer,
            keep=keep,
            now=timezone.now() + timedelta(seconds=1),
        )

    if keep:
        _told_made_once(receiver, commitment.pk)
    else:
        assert receiver.requests == []
