"""A commitment the network's systems heard of (`commitment.made`) and that then stops
counting, taken back by whoever entered it or hidden by a steward, is sent as
`commitment.withdrawn`: once, and only to a hook that was sent `commitment.made` for it."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.commitments.models import Commitment
from collaboratory.commitments.services import (
    commitment_create,
    commitment_guardian_decide,
    commitment_hide,
    commitment_undo,
)
from collaboratory.creditclub.models import Proposal
from collaboratory.people.models import User
from collaboratory.webhooks.models import EventType
from collaboratory.webhooks.payloads import YOUTH_LABEL
from tests.authz.objects import shared_gathering
from tests.commitments.test_guardian_approval import _money
from tests.conftest import World
from tests.webhooks.conftest import Receiver, hook_for

BOTH = [EventType.COMMITMENT_MADE, EventType.COMMITMENT_WITHDRAWN]
REASON = "Not a commitment: CANARY-HIDDEN-REASON"


def _steward(world: World) -> User:
    steward = world.personas["steward"]
    assert steward is not None
    return steward


def _adult_commitment(world: World) -> Commitment:
    """The steward commits to the member's project at Alpha's shared gathering."""
    steward = _steward(world)
    with scopes_disabled():
        return commitment_create(
            proposal=Proposal.objects.get(pk=shared_gathering(world)["proposal"]),
            ask=None,
            committer=steward,
            entered_by=steward,
            what="I will bring 4 neighbours to build shelves on May 3, call 555-0199",
            capital="institutional",
            amount="4",
            unit="people",
            due_on=timezone.localdate() + timedelta(days=30),
            idempotency_key=uuid.uuid4(),
        )


def _types(receiver: Receiver) -> list[str]:
    return [r.json["type"] for r in receiver.requests]


def test_an_undone_commitment_is_withdrawn_once_with_what_made_carried(
    world: World, receiver: Receiver, deliver: Any
) -> None:
    steward = _steward(world)
    hook_for(world.alpha, steward, receiver.url, BOTH)
    shared_gathering(world)

    with deliver():
        commitment = _adult_commitment(world)
    with deliver():
        commitment_undo(commitment=commitment, actor=steward)
    with deliver():  # hidden as well afterwards: already withdrawn, nothing more
        commitment_hide(commitment=commitment, actor=steward, reason=REASON)

    assert _types(receiver) == ["commitment.made", "commitment.withdrawn"]
    made, withdrawn = (r.json["data"] for r in receiver.requests)
    assert withdrawn == made  # the same fields and values, nothing more
    assert "555-0199" not in receiver.requests[1].body.decode()


def test_a_hidden_commitment_is_withdrawn_without_the_reason(
    world: World, receiver: Receiver, deliver: Any
) -> None:
    steward = _steward(world)
    hook_for(world.alpha, steward, receiver.url, BOTH)
    shared_gathering(world)

    with deliver():
        commitment = _adult_commitment(world)
    with deliver():
        commitment_hide(commitment=commitment, actor=steward, reason=REASON)
    with deliver():  # undone after being hidden: nothing more either
        commitment_undo(commitment=commitment, actor=steward)

    assert _types(receiver) == ["commitment.made", "commitment.withdrawn"]
    made, withdrawn = receiver.requests
    assert withdrawn.json["data"] == made.json["data"]  # not even that a steward hid it
    assert withdrawn.json["data"]["commitment"]["id"] == commitment.pk
    assert "CANARY-HIDDEN-REASON" not in withdrawn.body.decode()


def test_a_hook_that_never_heard_of_the_commitment_is_not_told_it_is_withdrawn(
    world: World, receiver: Receiver, deliver: Any
) -> None:
    steward = _steward(world)
    shared_gathering(world)
    only_withdrawn = hook_for(
        world.alpha, steward, receiver.url + "withdrawn-only", [EventType.COMMITMENT_WITHDRAWN]
    )
    with deliver():
        commitment = _adult_commitment(world)  # made before the second hook exists
    hook_for(world.alpha, steward, receiver.url, BOTH)

    with deliver():
        commitment_hide(commitment=commitment, actor=steward, reason=REASON)

    assert receiver.requests == []
    assert only_withdrawn.pk  # it existed all along, subscribed to withdrawn only


def test_a_minors_money_awaiting_the_guardian_is_never_withdrawn(
    world: World, receiver: Receiver, deliver: Any, django_capture_on_commit_callbacks: Any
) -> None:
    steward = _steward(world)
    hook_for(world.alpha, steward, receiver.url, BOTH)

    with deliver():
        commitment, _token = _money(world, django_capture_on_commit_callbacks)
    with deliver():
        commitment_hide(commitment=commitment, actor=steward, reason=REASON)

    assert receiver.requests == []  # never made, so never withdrawn


def test_a_minors_approved_money_is_withdrawn_without_naming_them(
    world: World, receiver: Receiver, deliver: Any, django_capture_on_commit_callbacks: Any
) -> None:
    steward = _steward(world)
    hook_for(world.alpha, steward, receiver.url, BOTH)

    with deliver():
        commitment, token = _money(world, django_capture_on_commit_callbacks)
    with deliver():
        commitment_guardian_decide(token=token, approve=True)
    with deliver():
        commitment_hide(commitment=commitment, actor=steward, reason=REASON)

    assert _types(receiver) == ["commitment.made", "commitment.withdrawn"]
    withdrawn = receiver.requests[1]
    assert withdrawn.json["data"]["committer"] == {"name": YOUTH_LABEL, "youth_member": True}
    youth = world.personas["youth_member"]
    assert youth is not None
    assert youth.full_name not in withdrawn.body.decode()
