"""Defects a fresh look at the live room found, each as its user met it."""

from __future__ import annotations

import json

from django.urls import reverse
from django_scopes import scopes_disabled

from collaboratory.commitments.models import Commitment
from tests.commitments.conftest import Room
from tests.commitments.screens_helpers import check_in
from tests.commitments.test_submit import fields, stored, submit_url
from tests.conftest import client_for


def console_action_url(room: Room) -> str:
    return reverse(
        "live:console_action",
        kwargs={
            "network_slug": room.world.alpha.slug,
            "gathering_id": room.proposal.gathering_id,
        },
    )


def test_a_presenter_cannot_commit_to_their_own_project_from_the_phone(room: Room) -> None:
    """The phone lists every presenter, the presenter's own project too: help comes from
    the rest of the room, so their own commitment to it is refused, by field."""
    check_in(room, room.presenter)
    response = client_for(room.presenter).post(
        submit_url(room), json.dumps(fields(room)), content_type="application/json"
    )
    assert response.status_code == 422
    assert "your own" in response.json()["errors"]["proposal"][0]
    assert stored(room) == []


def test_a_scribe_cannot_enter_a_presenters_commitment_to_their_own_project(room: Room) -> None:
    response = client_for(room.facilitator).post(
        console_action_url(room),
        {
            "action": "scribe",
            "committer": room.presenter.pk,
            **{k: str(v) for k, v in fields(room).items()},
        },
    )
    assert response.status_code == 422
    assert "their own" in response.content.decode()
    with scopes_disabled():
        assert not Commitment.objects.filter(committer=room.presenter).exists()

