"""Defects a fresh look at the live room found, each as its user met it."""

from __future__ import annotations

import json
import re

from django.urls import reverse
from django_scopes import scopes_disabled

from collaboratory.commitments.models import Commitment
from tests.commitments.conftest import FIRM, Room
from tests.commitments.live.test_phone_without_script import fill
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
    """Help comes from the rest of the room: the phone does not offer the presenter's own
    project (test_own_project.py), and a commitment to it sent anyway is refused, by field."""
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


def test_a_scribe_form_refused_for_its_key_comes_back_with_a_fresh_key(room: Room) -> None:
    """Back after a saved entry brings the old form (and its key) back; entered again for
    another person, the key is refused. The form must come back with a new key, or every
    later try is refused the same way and what was typed is lost to a reload."""
    facilitator = client_for(room.facilitator)
    used = fields(room)
    room.commit(entered_by=room.facilitator, idempotency_key=used["idempotency_key"])
    steward = room.steward
    check_in(room, steward)
    post = {
        "action": "scribe",
        "committer": steward.pk,
        **{k: str(v) for k, v in used.items()},
    }
    refused = facilitator.post(console_action_url(room), post)
    assert refused.status_code == 422
    page = refused.content.decode()
    assert "already used" in page
    match = re.search(r'name="idempotency_key" value="([^"]*)"', page)
    assert match is not None
    assert match.group(1) not in ("", used["idempotency_key"])
    again = facilitator.post(console_action_url(room), {**post, "idempotency_key": match.group(1)})
    assert again.status_code == 302
    with scopes_disabled():
        assert Commitment.objects.filter(committer=steward).count() == 1


def test_the_console_links_the_follow_up_lists_only_for_those_who_may_open_them(
    room: Room,
) -> None:
    """The follow-up lists (committers' contacts) are the presenter's and the stewards':
    a facilitator running the console was offered a link to each and met a refusal."""
    console = reverse(
        "live:console",
        kwargs={"network_slug": room.world.alpha.slug, "gathering_id": room.proposal.gathering_id},
    )
    followup = reverse(
        "live:followup",
        kwargs={
            "network_slug": room.world.alpha.slug,
            "gathering_id": room.proposal.gathering_id,
            "proposal_id": room.proposal.pk,
        },
    )
    assert client_for(room.facilitator).get(followup).status_code == 403
    assert followup not in client_for(room.facilitator).get(console).content.decode()
    assert followup in client_for(room.steward).get(console).content.decode()


def test_a_double_tap_without_script_says_the_second_send_stored_nothing(room: Room) -> None:
    """Without JavaScript a double tap sends the form twice; both answers said "Saved: your
    commitment to …", so the page showed it twice and the person believed they had made
    two. The second now says it was already saved."""
    client = client_for(room.dana)
    action, sent = fill(client, room, what=FIRM, amount="3", unit="introductions")
    client.post(action, sent)
    page = client.post(action, sent, follow=True).content.decode()

    assert page.count("Saved: your commitment to") == 1
    assert "Already saved: nothing was stored twice." in page
    assert len(stored(room)) == 1
