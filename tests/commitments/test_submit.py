"""POST /n/<network>/live/<gathering>/commitments: the JSON endpoint the phone view and the
scribe use. One commitment per idempotency key, errors by field that store nothing."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
from django.urls import reverse
from django_scopes import scopes_disabled

from collaboratory.commitments.models import Commitment
from tests.authz.objects import proposal_pk
from tests.commitments.conftest import FIRM, Room, next_month
from tests.conftest import client_for


def submit_url(room: Room) -> str:
    world = room.world
    return reverse(
        "live:submit",
        kwargs={"network_slug": world.alpha.slug, "gathering_id": world.gatherings["alpha"].pk},
    )


def fields(room: Room, **overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "proposal": room.proposal.pk,
        "ask": room.ask.pk,
        "capital": "social",
        "what": FIRM,
        "amount": "3",
        "unit": "introductions",
        "due_on": next_month().isoformat(),
        "idempotency_key": str(uuid.uuid4()),
    }
    data.update(overrides)
    return data


def stored(room: Room) -> list[Commitment]:
    with scopes_disabled():
        return list(Commitment.objects.filter(proposal=room.proposal))


def test_a_firm_commitment_is_stored_once_however_often_it_is_sent(room: Room) -> None:
    client = client_for(room.dana)
    data = fields(room)
    first = client.post(submit_url(room), json.dumps(data), content_type="application/json")
    again = client.post(submit_url(room), json.dumps(data), content_type="application/json")
    assert (first.status_code, first.json()["status"]) == (201, "created")
    assert (again.status_code, again.json()["status"]) == (200, "duplicate")
    assert first.json()["commitment"] == again.json()["commitment"]
    assert [(c.what, c.committer_id, c.entered_by_id) for c in stored(room)] == [
        (FIRM, room.dana.pk, room.dana.pk)
    ]


def test_an_ordinary_form_post_works_too(room: Room) -> None:
    response = client_for(room.dana).post(submit_url(room), fields(room))
    assert response.json()["status"] == "created"
    assert len(stored(room)) == 1


def test_a_vague_offer_gets_the_hint_and_is_kept_only_when_insisted(room: Room) -> None:
    client = client_for(room.dana)
    vague = fields(room, what="Happy to help, let me know", amount="", unit="")
    refused = client.post(submit_url(room), vague)
    assert refused.status_code == 422
    assert refused.json()["status"] == "invalid"
    assert list(refused.json()["errors"]) == ["what"]
    assert stored(room) == []
    kept = client.post(submit_url(room), {**vague, "accept_vague": "1"})
    assert kept.status_code == 201
    assert [c.firm for c in stored(room)] == [False]


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"proposal": ""}, "proposal"),
        ({"proposal": "abc"}, "proposal"),
        ({"proposal": "999999"}, "proposal"),
        ({"ask": "999999"}, "ask"),
        ({"capital": "gold"}, "capital"),
        ({"what": ""}, "what"),
        ({"amount": "lots"}, "amount"),
        ({"amount": "-2"}, "amount"),
        ({"unit": "parsecs"}, "unit"),
        ({"due_on": "next week"}, "due_on"),
        ({"due_on": "2001-01-01"}, "due_on"),
        ({"due_on": ""}, "due_on"),
        ({"idempotency_key": "not-a-uuid"}, "idempotency_key"),
        ({"committer": "999999"}, "committer"),
    ],
)
def test_bad_fields_are_named_and_nothing_is_stored(
    room: Room, overrides: dict[str, str], field: str
) -> None:
    response = client_for(room.dana).post(submit_url(room), fields(room, **overrides))
    assert response.status_code == 422
    assert field in response.json()["errors"]
    assert all(message for message in response.json()["errors"][field])
    assert stored(room) == []


@pytest.mark.parametrize("key", [None, ""])
def test_a_commitment_sent_again_without_a_key_is_never_stored(room: Room, key: str | None) -> None:
    """Without a key a resent commitment could not be told from a new one: it is refused,
    each time, with what to do, and nothing is stored."""
    data = fields(room)
    if key is None:
        del data["idempotency_key"]
    else:
        data["idempotency_key"] = key
    client = client_for(room.dana)

    replies = [
        client.post(submit_url(room), json.dumps(data), content_type="application/json")
        for _ in range(2)
    ]

    assert [r.status_code for r in replies] == [422, 422]
    assert [list(r.json()["errors"]) for r in replies] == [["idempotency_key"]] * 2
    assert "reload" in replies[0].json()["errors"]["idempotency_key"][0]
    assert stored(room) == []


@pytest.mark.parametrize("body", [b"{not json", b"[1, 2]"])
def test_a_broken_json_body_is_refused(room: Room, body: bytes) -> None:
    response = client_for(room.dana).post(submit_url(room), body, content_type="application/json")
    assert response.status_code == 422
    assert list(response.json()["errors"]) == ["__all__"]
    assert stored(room) == []


def test_a_member_cannot_enter_a_commitment_for_someone_else(room: Room) -> None:
    response = client_for(room.dana).post(submit_url(room), fields(room, committer=room.steward.pk))
    assert response.status_code == 403
    assert stored(room) == []


def test_a_scribe_enters_a_commitment_for_someone_in_the_room(room: Room) -> None:
    response = client_for(room.facilitator).post(
        submit_url(room), fields(room, committer=room.dana.pk)
    )
    assert response.status_code == 201
    assert [(c.committer_id, c.entered_by_id) for c in stored(room)] == [
        (room.dana.pk, room.facilitator.pk)
    ]


def test_another_networks_presenter_is_not_found(room: Room) -> None:
    foreign = proposal_pk(room.world, "bravo")
    response = client_for(room.dana).post(submit_url(room), fields(room, proposal=foreign))
    assert response.status_code == 422
    assert list(response.json()["errors"]) == ["proposal"]
    assert stored(room) == []


def post_json(client: Any, room: Room, body: dict[str, Any]) -> Any:
    return client.post(submit_url(room), json.dumps(body), content_type="application/json")


def test_json_accept_vague_true_keeps_a_vague_commitment(room: Room) -> None:
    """The phone's script sends JSON: `accept_vague: true` was read as the string "True",
    which is not one of the form's words for yes, so the vague commitment was refused."""
    client = client_for(room.dana)
    vague = fields(room, what="Happy to help, let me know", amount="", unit="")

    refused = post_json(client, room, {**vague, "accept_vague": False})
    kept = post_json(client, room, {**vague, "accept_vague": True})

    assert (refused.status_code, list(refused.json()["errors"])) == (422, ["what"])
    assert kept.status_code == 201
    assert [c.firm for c in stored(room)] == [False]


@pytest.mark.parametrize("value", ["yes", 1, None, "1", "true", [True]])
def test_json_accept_vague_that_is_not_a_boolean_is_a_400_that_stores_nothing(
    room: Room, value: Any
) -> None:
    vague = fields(room, what="Happy to help, let me know", amount="", unit="")

    response = post_json(client_for(room.dana), room, {**vague, "accept_vague": value})

    assert response.status_code == 400
    assert response.json()["errors"] == {"accept_vague": ["Send accept_vague as true or false."]}
    assert stored(room) == []


@pytest.mark.parametrize("who", ["facilitator", "dana"])
def test_another_networks_person_is_answered_as_no_such_person(room: Room, who: str) -> None:
    """Entering for a user of another network said "Only admitted members of this network..."
    (or, for a member, "Only stewards and facilitators...") where an unknown number said
    "Choose the person from the list": the difference told that the account exists."""
    client = client_for(getattr(room, who))
    outsider = room.world.personas["foreign_steward"].pk

    foreign = post_json(client, room, fields(room, committer=outsider))
    unknown = post_json(client, room, fields(room, committer=99_999_999))

    assert (foreign.status_code, foreign.json()) == (unknown.status_code, unknown.json())
    assert unknown.json()["errors"] == {"committer": ["Choose the person from the list."]}
    assert stored(room) == []


def test_an_entry_queued_by_another_account_is_refused_and_stores_nothing(room: Room) -> None:
    """A phone view left open (offline, an entry queued) while the phone was signed out and
    in as someone else in another tab sent its owner's entry under the new session: it was
    stored as the new account's commitment. The script names the account that queued the
    entry; another account's session is refused with 409 and nothing is stored."""
    data = json.dumps(fields(room))
    headers = {"X-Collaboratory-Owner": str(room.dana.pk)}
    steward = client_for(room.steward)
    refused = steward.post(submit_url(room), data, content_type="application/json", headers=headers)
    assert refused.status_code == 409
    assert refused.json()["status"] == "other_account"
    assert "signed in as someone else" in refused.json()["errors"]["__all__"][0]
    assert stored(room) == []

    saved = client_for(room.dana).post(
        submit_url(room), data, content_type="application/json", headers=headers
    )
    assert saved.status_code == 201
    assert [(c.committer_id, c.entered_by_id) for c in stored(room)] == [
        (room.dana.pk, room.dana.pk)
    ]
