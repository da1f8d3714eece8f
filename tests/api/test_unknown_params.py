"""A query parameter an operation does not know is refused, not ignored: a misspelled
filter (`?statuss=open`) read as the whole list, and a paging parameter sent to an
operation that pages nothing looked obeyed. 400, naming each unknown parameter and listing
the ones the operation takes; a bad value of a known one is a 400 naming it too
(docs/api.md, "Errors")."""

from __future__ import annotations

import pytest

from collaboratory.api.services import api_token_create
from tests.api.helpers import api_client
from tests.conftest import World

pytestmark = pytest.mark.django_db

PROBLEM = "application/problem+json"


def _client(world: World, role: str = "member"):  # type: ignore[no-untyped-def]
    _row, text = api_token_create(
        network=world.alpha, user=world.personas[role], name="script", scope="write"
    )
    return api_client(text)


def test_a_misspelled_filter_is_400_naming_it_and_the_parameters_taken(world: World) -> None:
    client = _client(world)
    known = client.get(
        "/api/v1/networks/alpha/commitments", {"role": "owed", "limit": "5", "offset": "0"}
    )
    response = client.get("/api/v1/networks/alpha/commitments", {"statuss": "open", "limit": "5"})

    assert known.status_code == 200

    assert response.status_code == 400
    assert response["Content-Type"] == PROBLEM
    body = response.json()
    assert [e["field"] for e in body["errors"]] == ["statuss"]
    assert body["accepted"] == ["role", "status", "limit", "offset"]
    assert "statuss" in body["detail"]
    assert "role, status, limit, offset" in body["detail"]


def test_paging_sent_to_an_operation_that_takes_no_query_is_refused(world: World) -> None:
    """`/networks` pages nothing: `?limit=abc` was answered 200 as if obeyed."""
    response = _client(world).get("/api/v1/networks", {"limit": "abc", "offset": "2"})

    assert response.status_code == 400
    body = response.json()
    assert sorted(e["field"] for e in body["errors"]) == ["limit", "offset"]
    assert body["accepted"] == []
    assert "no query parameters" in body["detail"]


def test_every_list_operation_refuses_an_unknown_parameter(world: World) -> None:
    client = _client(world, "steward")
    for path in ("members", "gatherings", "proposals", "asks", "commitments", "roster"):
        response = client.get(f"/api/v1/networks/alpha/{path}", {"sort": "name"})
        assert response.status_code == 400, path
        assert [e["field"] for e in response.json()["errors"]] == ["sort"], path


def test_a_bad_value_of_a_known_parameter_is_a_specific_400(world: World) -> None:
    client = _client(world)
    not_a_number = client.get("/api/v1/networks/alpha/gatherings", {"limit": "abc"})
    unknown_status = client.get("/api/v1/networks/alpha/commitments", {"status": "maybe"})

    assert [r.status_code for r in (not_a_number, unknown_status)] == [400, 400]
    assert [e["field"] for e in not_a_number.json()["errors"]] == ["limit"]
    assert [e["field"] for e in unknown_status.json()["errors"]] == ["status"]
    assert "offered" in unknown_status.json()["errors"][0]["message"]
