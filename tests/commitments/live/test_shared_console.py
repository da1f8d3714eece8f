"""The facilitator console is rendered once per class of those who run the room, last live
event and content version (networks/pagecache.py), each viewer's undo buttons and the
scribe's idempotency key filled in per request: a second runner's first view reads no
room, a commitment or a change of presenter shows on the very next request, an undo button
is only its scribe's and only for a minute, no CSRF token or idempotency key is kept, and
only those who run the room reach it."""

from __future__ import annotations

import html
import re
from datetime import timedelta
from typing import Any

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.commitments.live.services import presentation_start
from collaboratory.networks.models import Role
from collaboratory.networks.pagecache import csrf_placeholder
from collaboratory.people.models import User
from collaboratory.people.services import user_language_set
from tests.commitments.conftest import Room
from tests.commitments.live.test_screens import scribe_data, url
from tests.conftest import client_for
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


def _runner(room: Room, role: str, name: str) -> User:
    with scopes_disabled():
        return MembershipFactory(network=room.world.alpha, role=role, user__full_name=name).user


def _kept() -> list[str]:
    """The console's parts this process keeps, as text."""
    local = caches["local"]
    return [
        str(local.get(key.split(":", 2)[2]))
        for key in list(local._cache)  # type: ignore[attr-defined]
        if ":shared:console:" in key
    ]


def _page(client: Client, room: Room) -> str:
    response = client.get(url(room, "console"))
    assert response.status_code == 200
    return response.content.decode()


def test_a_second_runner_reads_only_the_event_id_and_the_versions(room: Room) -> None:
    room.commit()
    _page(client_for(room.steward), room)
    second = client_for(_runner(room, Role.STEWARD, "Second Steward"))

    with CaptureQueriesContext(connection) as queries:
        page = _page(second, room)

    # The middleware's four, the gathering's last event id, the content versions: no
    # gathering, session, run of show or commitments (this process keeps the part).
    assert len(queries) == 6
    assert "1 commitment on the board." in page
    assert "Dana Doe" in page


def test_a_commitment_and_a_new_presenter_show_on_the_next_request(
    room: Room, django_capture_on_commit_callbacks: Any
) -> None:
    client = client_for(room.steward)
    before = _page(client, room)

    room.commit()
    committed = _page(client, room)
    with scopes_disabled(), django_capture_on_commit_callbacks(execute=True):
        presentation_start(
            gathering=room.proposal.gathering, proposal=room.proposal, actor=room.facilitator
        )
    started = _page(client, room)

    assert "No commitments yet." in before
    assert "1 commitment on the board." in committed
    assert "Nobody is presenting yet" in committed
    assert f'<p class="now-presenter"><strong>{room.presenter.full_name}</strong>' in started


def test_an_undo_button_is_its_scribes_alone_and_for_a_minute(
    room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    scribe = client_for(room.facilitator)
    other = client_for(_runner(room, Role.FACILITATOR, "Other Facilitator"))
    scribe.post(url(room, "console_action"), scribe_data(room))

    mine, theirs = _page(scribe, room), _page(other, room)
    # Two minutes on (Django's clock), nothing written: the same part, and no undo.
    later_now = timezone.now() + timedelta(minutes=2)
    monkeypatch.setattr(timezone, "now", lambda: later_now)
    later = _page(scribe, room)

    assert ">Undo</button>" in mine
    assert "Undo, or hide from the room&#x27;s screen" in mine
    assert ">Undo</button>" not in theirs
    assert "Undo, or hide" not in theirs
    assert ">Undo</button>" not in later
    assert all(">Undo</button>" not in part for part in _kept())


def test_no_csrf_token_or_idempotency_key_is_kept_in_the_console_part(room: Room) -> None:
    client = client_for(room.steward)
    first, second = _page(client, room), _page(client, room)

    tokens = re.findall(r'csrfmiddlewaretoken" value="(\w+)"', first)
    keys = [
        re.search(r'name="idempotency_key" value="([\w-]+)"', page).group(1)  # type: ignore[union-attr]
        for page in (first, second)
    ]
    kept = _kept()

    assert tokens
    assert kept
    assert keys[0] != keys[1]
    assert all(csrf_placeholder() in part for part in kept)
    assert not any(secret in part for secret in [*tokens, *keys] for part in kept)


def test_only_those_who_run_the_room_reach_the_console_and_each_class_its_own(
    room: Room,
) -> None:
    steward = _page(client_for(room.steward), room)
    facilitator = _page(client_for(room.facilitator), room)
    member = client_for(room.dana).get(url(room, "console"))

    assert member.status_code == 403
    assert room.proposal.title not in member.content.decode()
    # The network's default timer is the stewards' to set: the link is on their part alone.
    assert "live room settings" in steward
    assert "live room settings" not in facilitator
    assert len(_kept()) == 2


def test_a_gathering_of_another_network_is_not_found_and_keeps_no_part(room: Room) -> None:
    foreign = room.world.gatherings["bravo"]

    response = client_for(room.steward).get(url(room, "console", gathering_id=foreign.pk))

    assert response.status_code == 404
    assert _kept() == []


def _tools(page: str) -> tuple[list[str], list[str]]:
    """The console's words for hiding: each commitment's tools summary and its button."""
    summaries = re.findall(r"<summary>([^<]*)<span", page)
    buttons = re.findall(r'value="hide" class="button">([^<]*)</button>', page)
    return [html.unescape(s) for s in summaries], [html.unescape(b) for b in buttons]


def test_the_hide_tools_say_what_hiding_does_in_the_runners_language(room: Room) -> None:
    room.commit()
    spanish = _runner(room, Role.FACILITATOR, "Flor Facilitadora")
    with scopes_disabled():
        user_language_set(user=spanish, language="es")

    english = _tools(_page(client_for(room.steward), room))
    espanol = _tools(_page(client_for(spanish), room))

    assert english == (["Hide from the room's screen"], ["Hide from the room's screen"])
    assert espanol == (["Ocultar de la pantalla de la sala"], ["Ocultar de la pantalla de la sala"])
