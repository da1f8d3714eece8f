"""The console's hide reason and timer length, refused by the server: the problem stands
beside its field (the commitment's tools open, what was typed kept), as the scribe's do,
never as a message at the top of the console far from the field to fix; nothing changes."""

from __future__ import annotations

import pytest
from django.utils.html import escape
from django_scopes import scopes_disabled

from collaboratory.commitments.models import LiveSession
from tests.commitments.conftest import Room
from tests.commitments.live.test_screens import shown, url
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

ONE_LINE = "Use one line: remove line breaks and control characters from the reason."
TOO_LONG = "Keep the reason under 300 characters."


def messages_of(page: str) -> str:
    """The messages list at the top of the page ("" when there is none)."""
    start = page.find('<ul class="messages">')
    return "" if start < 0 else page[start : page.find("</ul>", start)]


@pytest.mark.parametrize(
    ("reason", "message"),
    [("a question,\x1b not an offer", ONE_LINE), ("x" * 301, TOO_LONG)],
    ids=["control-character", "too-long"],
)
def test_a_refused_reason_to_hide_stands_beside_the_reason(
    room: Room, reason: str, message: str
) -> None:
    mine = room.commit()

    response = client_for(room.facilitator).post(
        url(room, "console_action"), {"action": "hide", "commitment": mine.pk, "reason": reason}
    )

    assert response.status_code == 422
    page = response.content.decode()
    field = f"reason-{mine.pk}"
    assert f'<ul class="errorlist" id="{field}-errors"><li>{escape(message)}</li></ul>' in page
    assert f'aria-invalid="true" aria-describedby="{field}-errors"' in page
    assert f'value="{escape(reason)}"' in page
    assert '<details class="console-commitment-tools" open>' in page
    assert messages_of(page) == ""
    assert len(shown(room)) == 1


def test_a_refused_timer_length_stands_beside_the_timer(room: Room) -> None:
    response = client_for(room.facilitator).post(
        url(room, "console_action"), {"action": "timer", "minutes": "99"}
    )

    assert response.status_code == 422
    page = response.content.decode()
    assert '<ul class="errorlist" id="minutes-errors"><li>' in page
    assert 'id="minutes" aria-invalid="true" aria-describedby="minutes-errors"' in page
    assert '<details class="console-timer-settings" open>' in page
    assert messages_of(page) == ""
    with scopes_disabled():
        assert not LiveSession.objects.filter(timer_minutes=99).exists()
