"""A person who deletes their account is no longer named by the network's webhook outbox:
deliveries still waiting go out with a placeholder instead of their name, and the delivery
log keeps no payload naming them (safeguards.md: rows removed or pseudonymized)."""

from __future__ import annotations

from typing import Any

from django_scopes import scopes_disabled

from collaboratory.people.services import account_delete
from collaboratory.webhooks.models import EventType, WebhookDelivery
from collaboratory.webhooks.payloads import FORMER_MEMBER_LABEL
from collaboratory.webhooks.services import deliveries_due_send
from tests.conftest import World
from tests.followthrough.conftest import make_project
from tests.webhooks.conftest import Receiver, hook_for


def test_a_deleted_persons_name_leaves_the_outbox_and_the_log(
    world: World, receiver: Receiver, deliver: Any, steward: Any
) -> None:
    hook_for(world.alpha, steward, receiver.url, [EventType.COMMITMENT_MADE])
    project = make_project(world)
    with deliver():
        project.commit()  # delivered: in the log
    project.commit(what="I will host 2 planning calls by May 1")  # pending: not posted yet
    receiver.requests.clear()
    with scopes_disabled():
        assert WebhookDelivery.objects.filter(status="pending").count() == 1

    account_delete(user=project.dana, confirm_email=project.dana.email)
    with scopes_disabled():
        deliveries_due_send()
        payloads = [str(d.payload) for d in WebhookDelivery.objects.all()]

    [late] = receiver.requests
    assert late.json["data"]["committer"] == {"name": FORMER_MEMBER_LABEL, "youth_member": False}
    assert "Dana Doe" not in late.body.decode()
    assert len(payloads) == 2
    assert all("Dana Doe" not in p for p in payloads)
    # Other people in the same payloads keep their names.
    assert all(project.presenter.full_name in p for p in payloads)
