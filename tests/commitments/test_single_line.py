"""A commitment is one line (its first words are the subject of every reminder about it).
It is typed in a text area, where return is natural on a phone, so every parser of an entry
(the phone's JSON endpoint, the scribe's console, the asks board) folds line breaks and tabs
into spaces; any other control character is refused with the one-line message and nothing
is stored."""

from __future__ import annotations

import json

import pytest
from django.utils.html import escape

from tests.commitments.conftest import Room
from tests.commitments.live.test_screens import scribe_data, shown, url
from tests.commitments.test_submit import fields, stored, submit_url
from tests.conftest import client_for

MESSAGE = "Use one line: remove line breaks and control characters from the commitment."
BROKEN = [
    "I will introduce you to 3 funders\x00 by March 1",
    "I will introduce you to 3 funders\x1b by March 1",
    "I will introduce you to 3 funders\x0c by March 1",
]
SEVERAL_LINES = [
    "I will introduce you to 3 funders\r\nby March 1",
    "I will introduce you to 3 funders\nby March 1",
    "I will introduce you to 3 funders \n\n\tby March 1\n",
    "I will introduce you to 3 funders\u2028by March 1",
]
ONE_LINE = "I will introduce you to 3 funders by March 1"


@pytest.mark.parametrize("what", SEVERAL_LINES)
def test_the_phone_endpoint_folds_line_breaks_into_spaces(room: Room, what: str) -> None:
    response = client_for(room.dana).post(submit_url(room), fields(room, what=what))

    assert response.status_code == 201
    assert [c.what for c in stored(room)] == [ONE_LINE]


@pytest.mark.parametrize("what", SEVERAL_LINES)
def test_the_scribe_console_folds_line_breaks_into_spaces(room: Room, what: str) -> None:
    client_for(room.facilitator).post(url(room, "console_action"), scribe_data(room, what=what))

    assert [what for what, _committer, _entered_by in shown(room)] == [ONE_LINE]


@pytest.mark.parametrize("what", BROKEN)
def test_the_phone_endpoint_refuses_a_control_character(room: Room, what: str) -> None:
    client = client_for(room.dana)

    as_json = client.post(
        submit_url(room), json.dumps(fields(room, what=what)), content_type="application/json"
    )
    as_form = client.post(submit_url(room), fields(room, what=what))

    for response in (as_json, as_form):
        assert response.status_code == 422
        assert response.json() == {"status": "invalid", "errors": {"what": [MESSAGE]}}
    assert stored(room) == []


@pytest.mark.parametrize("what", BROKEN)
def test_the_scribe_console_refuses_a_control_character(room: Room, what: str) -> None:
    response = client_for(room.facilitator).post(
        url(room, "console_action"), scribe_data(room, what=what)
    )

    assert response.status_code == 422
    assert escape(MESSAGE) in response.content.decode()
    assert shown(room) == []


def test_hiding_refuses_a_reason_on_several_lines(room: Room) -> None:
    mine = room.commit()
    client = client_for(room.facilitator)

    response = client.post(
        url(room, "console_action"),
        {"action": "hide", "commitment": mine.pk, "reason": "a question,\r\nnot an offer"},
        follow=True,
    )

    assert (
        "Use one line: remove line breaks and control characters from the reason."
        in response.content.decode()
    )
    assert len(shown(room)) == 1
