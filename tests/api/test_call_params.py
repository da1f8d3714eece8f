"""The API keeps the rules the pages keep around the call for presenters, and reads each
query parameter once: a refusal names the field or the parameter, and nothing changes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Gathering, Rsvp
from collaboratory.gatherings.services import rsvp_submit
from tests.api.helpers import api_client
from tests.api.test_api import _token, _url
from tests.conftest import World
from tests.factories import GatheringFactory

pytestmark = pytest.mark.django_db

PROBLEM = "application/problem+json"


def _closed_call(world: World, *, offered: bool) -> Gathering:
    """A one-part gathering the member answered while its call was open; the call is over."""
    gathering = GatheringFactory(network=world.alpha, parts=1)
    with scopes_disabled():
        rsvp_submit(
            gathering=gathering,
            user=world.personas["member"],
            answer="yes",
            wants_to_present=offered,
        )
        Gathering.objects.filter(pk=gathering.pk).update(
            proposal_deadline=timezone.now() - timedelta(hours=1), version="closed"
        )
    return gathering


def _offer(world: World, gathering: Gathering) -> tuple[bool, str]:
    with scopes_disabled():
        row = Rsvp.objects.get(gathering=gathering, user=world.personas["member"])
    return row.wants_to_present, row.dietary_needs


def test_offering_to_present_after_the_call_closed_is_422_naming_the_field(world: World) -> None:
    """The gathering's page stops asking once the call for presenters is over; the API
    took the offer anyway, so a script could put a member on the stewards' list of keen
    presenters weeks after the proposals were due."""
    gathering = _closed_call(world, offered=False)

    response = api_client(_token(world)).put(
        _url("alpha", f"gatherings/{gathering.pk}/rsvp"),
        {"answer": "yes", "wants_to_present": True, "dietary_needs": "vegetarian"},
        content_type="application/json",
    )

    assert response.status_code == 422
    assert response["Content-Type"] == PROBLEM
    assert [e["field"] for e in response.json()["errors"]] == ["wants_to_present"]
    assert "call for presenters" in response.json()["detail"]
    assert _offer(world, gathering) == (False, "")


def test_withdrawing_the_offer_after_the_call_closed_is_refused_too(world: World) -> None:
    gathering = _closed_call(world, offered=True)

    response = api_client(_token(world)).put(
        _url("alpha", f"gatherings/{gathering.pk}/rsvp"),
        {"answer": "yes", "wants_to_present": False},
        content_type="application/json",
    )

    assert response.status_code == 422
    assert [e["field"] for e in response.json()["errors"]] == ["wants_to_present"]
    assert _offer(world, gathering) == (True, "")


def test_after_the_call_an_answer_that_repeats_or_leaves_out_the_offer_is_taken(
    world: World,
) -> None:
    """A script that sends back what it read, or leaves the field out, still answers."""
    gathering = _closed_call(world, offered=True)
    client = api_client(_token(world))
    url = _url("alpha", f"gatherings/{gathering.pk}/rsvp")

    same = client.put(
        url,
        {"answer": "yes", "wants_to_present": True, "dietary_needs": "vegan"},
        content_type="application/json",
    )
    left_out = client.put(
        url, {"answer": "maybe", "dietary_needs": "halal"}, content_type="application/json"
    )

    assert (same.status_code, left_out.status_code) == (200, 200)
    assert _offer(world, gathering) == (True, "halal")


def test_a_query_parameter_given_twice_is_refused_naming_it(world: World) -> None:
    """`?status=kept&status=released` read as released alone (Django keeps the last value),
    so a script asking for both got half of what it asked for without a word."""
    client = api_client(_token(world))

    twice = client.get(_url("alpha", "commitments") + "?status=kept&status=released")
    limits = client.get(_url("alpha", "members") + "?limit=5&q=a&limit=50")
    once = client.get(_url("alpha", "commitments") + "?status=kept&role=owed")

    assert (twice.status_code, limits.status_code, once.status_code) == (400, 400, 200)
    assert twice["Content-Type"] == PROBLEM
    assert twice.json()["errors"] == [
        {
            "field": "status",
            "message": "Give status once: this operation takes one value for it.",
        }
    ]
    assert [e["field"] for e in limits.json()["errors"]] == ["limit"]


def test_no_operation_reads_a_list_from_the_query_unless_it_is_declared(world: World) -> None:
    """A parameter an operation reads as a list would be refused by the check above: it
    must be declared multi-valued (and documented in docs/api.md)."""
    from collaboratory.api.problems import MULTI_VALUED

    schema = api_client(None).get("/api/v1/openapi.json").json()
    lists = {
        parameter["name"]
        for path in schema["paths"].values()
        for operation in path.values()
        for parameter in operation.get("parameters", [])
        if parameter["in"] == "query" and parameter.get("schema", {}).get("type") == "array"
    }

    assert lists <= MULTI_VALUED
