"""What the API does with bodies and requests that are not what an operation reads: each
refusal a problem response that says what is wrong, and nothing changed."""

from __future__ import annotations

import json

import pytest
from django.test import Client
from django_scopes import scopes_disabled
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from collaboratory.gatherings.models import Rsvp
from collaboratory.gatherings.services import rsvp_submit
from tests.api.test_api import _token, _url
from tests.conftest import World

pytestmark = pytest.mark.django_db

PROBLEM = "application/problem+json"


def _rsvp(world: World, client: Client, body: str | bytes) -> tuple[int, dict, list]:
    gathering = world.gatherings["alpha"]
    response = client.put(
        _url("alpha", f"gatherings/{gathering.pk}/rsvp"), body, content_type="application/json"
    )
    with scopes_disabled():
        rows = list(Rsvp.objects.filter(gathering=gathering).values_list("status", "dietary_needs"))
    assert response["Content-Type"] == PROBLEM or response.status_code == 200
    return response.status_code, response.json(), rows


def _client(world: World) -> Client:
    return Client(HTTP_AUTHORIZATION=f"Bearer {_token(world)}", raise_request_exception=False)


def test_a_misspelled_field_is_422_naming_it_not_silently_dropped(world: World) -> None:
    status, body, rows = _rsvp(
        world, _client(world), '{"answer": "yes", "dietary_need": "no nuts"}'
    )

    assert status == 422
    assert [e["field"] for e in body["errors"]] == ["answer.dietary_need"]
    assert rows == []


def test_a_key_given_twice_is_400_naming_it(world: World) -> None:
    status, body, rows = _rsvp(world, _client(world), '{"answer": "no", "answer": "yes"}')

    assert status == 400
    assert "answer" in body["detail"]
    assert rows == []


def test_a_yes_or_no_field_takes_only_true_or_false(world: World) -> None:
    status, body, rows = _rsvp(world, _client(world), '{"answer": "yes", "both_parts": "no"}')

    assert status == 422
    assert [e["field"] for e in body["errors"]] == ["answer.both_parts"]
    assert rows == []


def test_a_body_that_is_not_json_says_why(world: World) -> None:
    client = _client(world)

    broken = _rsvp(world, client, '{"answer": ')
    not_utf8 = _rsvp(world, client, b'{"answer": "yes", "dietary_needs": "\xff"}')

    assert (broken[0], not_utf8[0]) == (400, 400)
    assert "JSON" in broken[1]["detail"]
    assert "UTF-8" in not_utf8[1]["detail"]
    assert broken[2] == not_utf8[2] == []


def test_a_method_an_operation_does_not_take_is_a_405_problem(world: World) -> None:
    gathering = world.gatherings["alpha"]

    response = _client(world).post(
        _url("alpha", f"gatherings/{gathering.pk}/rsvp"),
        {"answer": "yes"},
        content_type="application/json",
    )

    assert response.status_code == 405
    assert response["Content-Type"] == PROBLEM
    assert response["Allow"] == "PUT"
    assert response.json()["status"] == 405


def test_a_body_over_the_size_limit_is_a_413_problem(world: World, settings) -> None:  # type: ignore[no-untyped-def]
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    status, body, rows = _rsvp(
        world, _client(world), json.dumps({"answer": "yes", "dietary_needs": "x" * 2000})
    )

    assert status == 413
    assert body["title"] == "Content too large"
    assert rows == []


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=8,
)
ANSWER = st.fixed_dictionaries(
    {"answer": st.sampled_from(["yes", "no", "maybe", "Yes", 1, None])},
    optional={
        "both_parts": JSON,
        "wants_to_present": JSON,
        "dietary_needs": JSON,
        "access_needs": JSON,
        "extra": JSON,
    },
)


def test_any_json_body_is_answered_or_refused_whole(world: World) -> None:
    client = _client(world)

    @hypothesis_settings(max_examples=60, database=None, derandomize=True)
    @given(body=ANSWER | JSON)
    def run(body: object) -> None:
        with scopes_disabled():
            Rsvp.objects.filter(gathering=world.gatherings["alpha"]).delete()
        status, answer, rows = _rsvp(world, client, json.dumps(body))
        assert status in (200, 400, 422)
        if status != 200:
            assert answer["errors"] or status == 400
            assert rows == []
        else:
            assert isinstance(body, dict)
            assert set(body) <= {"answer", "both_parts", "wants_to_present"} | {
                "dietary_needs",
                "access_needs",
            }
            assert rows[0][1] == body.get("dietary_needs", "")

    run()


def test_an_answer_that_leaves_out_the_needs_keeps_what_was_said_before(world: World) -> None:
    """A script changing only the answer wiped the access and dietary needs the member had
    given on the page: every field left out went back to its default."""
    gathering = world.gatherings["alpha"]
    with scopes_disabled():
        rsvp_submit(
            gathering=gathering,
            user=world.personas["member"],
            answer="yes",
            access_needs="Step-free entrance",
            dietary_needs="No nuts",
        )
    client = _client(world)

    status, body, rows = _rsvp(world, client, '{"answer": "maybe"}')
    cleared = _rsvp(world, client, '{"answer": "yes", "dietary_needs": ""}')

    assert status == 200
    assert (body["my_rsvp"]["status"], body["my_rsvp"]["access_needs"]) == (
        "maybe",
        "Step-free entrance",
    )
    assert rows == [("maybe", "No nuts")]
    assert cleared[2] == [("confirmed", "")]
    assert cleared[1]["my_rsvp"]["access_needs"] == "Step-free entrance"


def test_a_body_opening_with_a_byte_order_mark_is_still_read(world: World) -> None:
    """Some Windows tools write one before UTF-8 JSON; ninja's parser took it, so ours does."""
    status, _body, rows = _rsvp(world, _client(world), '\ufeff{"answer": "yes"}'.encode())

    assert status == 200
    assert rows == [("confirmed", "")]


def test_a_body_json_cannot_read_whole_says_why(world: World) -> None:
    """Nesting deeper than Python's stack, or a number of more digits than Python converts,
    stopped the parser with an error other than a JSON one: the answer was ninja's bare
    "Cannot parse request body", where the docs promise a detail saying which and where."""
    client = _client(world)

    deep = _rsvp(world, client, '{"answer": "yes", "x": ' + "[" * 100_000 + "]" * 100_000 + "}")
    long_number = _rsvp(world, client, '{"answer": "yes", "dietary_needs": ' + "1" * 5000 + "}")

    assert (deep[0], long_number[0]) == (400, 400)
    assert deep[1]["detail"] == (
        "The body nests arrays and objects too deeply: send a flatter JSON body."
    )
    assert long_number[1]["detail"] == (
        "The body has a number of more than 4300 digits: send a shorter number."
    )
    assert deep[2] == long_number[2] == []


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("text/plain", '{"answer": "no"}'),
        ("application/x-www-form-urlencoded", "answer=no"),
        ("multipart/form-data; boundary=x", '--x\r\nContent-Disposition: form-data; name="answer"'),
    ],
)
def test_a_body_of_another_media_type_is_415_naming_the_content_type(
    world: World, content_type: str, body: str
) -> None:
    """A form's body was answered "not valid JSON (line 1, column 1)", which sends its author
    looking for a typo, and JSON labelled text/plain was read as if it said JSON."""
    gathering = world.gatherings["alpha"]

    response = _client(world).put(
        _url("alpha", f"gatherings/{gathering.pk}/rsvp"), body, content_type=content_type
    )

    assert response.status_code == 415
    assert response["Content-Type"] == PROBLEM
    assert response.json()["detail"] == (
        "Send the body as JSON, with the header Content-Type: application/json."
    )
    with scopes_disabled():
        assert not Rsvp.objects.filter(gathering=gathering).exists()


def test_json_is_read_under_any_json_media_type_or_none(world: World) -> None:
    """`application/json` with a charset, a `+json` type, or no Content-Type at all (some
    HTTP libraries send none with a body given as text) are all read as JSON."""
    gathering = world.gatherings["alpha"]
    url = _url("alpha", f"gatherings/{gathering.pk}/rsvp")
    client = _client(world)

    answers = [
        client.put(url, '{"answer": "no"}', content_type=kind).status_code
        for kind in ("application/json; charset=utf-8", "application/merge-patch+json", "")
    ]

    assert answers == [200, 200, 200]
