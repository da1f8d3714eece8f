"""The issue's round trip as an integrator does it: make a token on its page, list my
commitments through the REST API, mark one done through the API, and verify the webhook that
arrives with the few lines of Python from docs/webhooks.md."""

from __future__ import annotations

import re
from typing import Any

from django.test import Client
from django.urls import reverse

from collaboratory.commitments import lifecycle
from tests.conftest import World, client_for
from tests.followthrough.conftest import make_project
from tests.webhooks.conftest import Receiver, hook_for
from tests.webhooks.test_delivery import docs_verify


def test_token_list_mark_done_and_the_webhook_verifies(
    world: World, receiver: Receiver, deliver: Any
) -> None:
    project = make_project(world)
    hook = hook_for(project.world.alpha, project.steward, receiver.url, ["commitment.moved"])
    commitment = project.commit()
    member = client_for(project.dana)

    page = member.post(
        reverse("api_tokens:list", kwargs={"network_slug": "alpha"}),
        {"name": "my spreadsheet", "scope": "write", "days": 30},
    )
    assert page.status_code == 200
    found = re.search(r"Bearer ([0-9]+\.[A-Za-z0-9_\-]+)", page.content.decode())
    assert found is not None, "the page shows the new token once"
    api = Client(HTTP_AUTHORIZATION=f"Bearer {found.group(1)}")

    mine = api.get("/api/v1/networks/alpha/commitments").json()
    assert [c["id"] for c in mine["items"]] == [commitment.pk]

    with deliver():
        moved = api.post(
            f"/api/v1/networks/alpha/commitments/{commitment.pk}/transition",
            {"to": lifecycle.DONE, "delivered_amount": "3", "note": "Three introductions made"},
            content_type="application/json",
        )

    assert (moved.status_code, moved.json()["status"]) == (200, lifecycle.DONE)
    [got] = receiver.requests
    assert docs_verify()(hook.secret, got.headers, got.body) is True
    assert got.headers["Collaboratory-Event"] == "commitment.moved"
    assert got.json["data"]["commitment"]["id"] == commitment.pk
    assert got.json["data"]["commitment"]["status"] == lifecycle.DONE
    # The note a member typed stays in the product: never in a payload.
    assert b"Three introductions" not in got.body
    assert b"private.example" not in got.body
