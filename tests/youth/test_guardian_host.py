"""The guardian's view follows the youth member into the host network: a gathering where youth
take part, the member's RSVP there, and a money commitment that waits for the guardian."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.commitments.services import commitment_create
from collaboratory.creditclub.models import Proposal
from collaboratory.gatherings.models import Gathering
from collaboratory.gatherings.services import rsvp_submit
from collaboratory.youth import services
from tests.authz.objects import shared_gathering
from tests.conftest import World


def test_the_guardian_sees_the_host_gathering_and_the_money_waiting(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    shared = shared_gathering(world)
    youth = world.personas["youth_member"]
    steward = world.personas["steward"]
    assert youth is not None
    assert steward is not None
    with scopes_disabled(), django_capture_on_commit_callbacks(execute=True):
        gathering = Gathering.objects.get(pk=shared["gathering"])
        rsvp_submit(gathering=gathering, user=youth, answer="yes")
        commitment_create(
            proposal=Proposal.objects.get(pk=shared["proposal"]),
            ask=None,
            committer=youth,
            entered_by=youth,
            what="I will give $30 from our bake sale by May 1",
            capital="financial",
            amount="30",
            unit="dollars",
            due_on=timezone.localdate() + timedelta(days=30),
            idempotency_key="9f0e3c4b-0000-4000-8000-000000000030",
        )
        _link, token = services.guardian_link_issue(
            network=world.youth, member=youth, actor=steward
        )

    page = Client().get(reverse("youth_public:guardian", kwargs={"token": token}))

    body = page.content.decode()
    assert page.status_code == 200
    assert gathering.title in body
    assert "Waiting for your approval" in body
    assert "I will give $30 from our bake sale by May 1" in body
