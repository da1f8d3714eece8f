"""A commitment taken back from the room is not heard again: hidden by a facilitator (with a
reason) or undone by whoever entered it (within the minute). Its stored announcement keeps
the ids alone, stripped in the hiding's or undo's own transaction, and every read of the
log (`?once=1`, a reconnect's Last-Event-ID, `?after=`, a stream catching up, the broker's
read by address) sends it as what it became, `commitment.hidden` or `commitment.undone`
with its number alone, at its own id. Until 2026-12-07 a board or phone that reconnected
was sent the whole "made" event again, words, name and amount (hidden ones: earlier that
day), then the withdrawal."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.db import transaction
from django.urls import reverse
from django_scopes import scopes_disabled

from collaboratory.commitments.live.selectors import live_message_at, live_messages_after
from collaboratory.commitments.live.services import presentation_start
from collaboratory.commitments.models import LiveEvent
from collaboratory.commitments.services import commitment_hide, commitment_undo
from tests.commitments.conftest import Room
from tests.commitments.live.test_live_stream import (
    _run,
    async_client_for,
    events_url,
    next_chunk,
    parse,
)
from tests.conftest import client_for

UNDONE = "I will introduce you to Maria Lopez, my ex, next week"
KEPT = "I will host a volunteer day on June 3 for 20 people"


def _hide(room: Room, pk: int) -> None:
    with scopes_disabled():
        commitment = room.proposal.commitments.get(pk=pk)
        commitment_hide(commitment=commitment, actor=room.facilitator, reason="Not a commitment")


def _undo(room: Room, pk: int) -> None:
    with scopes_disabled():
        commitment = room.proposal.commitments.get(pk=pk)
        commitment_undo(commitment=commitment, actor=room.dana)


WITHDRAWALS: dict[str, Callable[[Room, int], None]] = {
    "commitment.hidden": _hide,
    "commitment.undone": _undo,
}


@pytest.fixture(params=sorted(WITHDRAWALS))
def withdrawal(request: pytest.FixtureRequest) -> str:
    """The kind of event that takes a commitment back: each test runs for both."""
    return str(request.param)


def _made_then_withdrawn(room: Room, withdrawal: str) -> tuple[int, int]:
    """Events 1 (made, then taken back by 3) and 2 (made, kept)."""
    gone = room.commit(what=UNDONE, amount="1", unit="introductions").pk
    kept = room.commit(what=KEPT, amount="20", unit="people").pk
    WITHDRAWALS[withdrawal](room, gone)
    return gone, kept


def _frames(body: bytes) -> list[tuple[str, str, dict[str, Any]]]:
    return [(f["id"], f["event"], json.loads(f["data"])) for f in parse(body)]


def test_once_replays_a_withdrawn_commitment_without_its_words(room: Room, withdrawal: str) -> None:
    gone, kept = _made_then_withdrawn(room, withdrawal)
    client = client_for(room.presenter)

    everything = client.get(events_url(room) + "?once=1")
    from_the_first = client.get(events_url(room) + "?once=1", headers={"Last-Event-ID": "0"})
    after = client.get(events_url(room) + "?once=1&after=0")

    for response in (everything, from_the_first, after):
        body = response.content
        assert UNDONE.encode() not in body
        frames = _frames(body)
        assert [(i, kind) for i, kind, _data in frames] == [
            ("1", withdrawal),
            ("2", "commitment.created"),
            ("3", withdrawal),
        ]
        assert frames[0][2] == {"commitment": gone}
        assert frames[2][2] == {"commitment": gone}
        # What the reconnecting board still holds: the kept commitment alone.
        made = {data["commitment"] for _i, kind, data in frames if kind == "commitment.created"}
        assert made == {kept}
        assert frames[1][2]["what"] == KEPT


def test_a_reconnecting_stream_replays_no_withdrawn_words(room: Room, withdrawal: str) -> None:
    _made_then_withdrawn(room, withdrawal)
    client = async_client_for(room.dana)

    async def body() -> bytes:
        response = await client.get(events_url(room), headers={"Last-Event-ID": "0"})
        stream = aiter(response.streaming_content)
        chunks = [await next_chunk(stream) for _ in range(4)]  # the retry hint, then 1-3
        await stream.aclose()  # type: ignore[attr-defined]
        return b"".join(chunks)

    received = _run(body)

    assert UNDONE.encode() not in received
    assert b"Dana Doe" in received  # the kept commitment's committer: only the other is gone
    assert [(i, kind) for i, kind, _data in _frames(received)] == [
        ("1", withdrawal),
        ("2", "commitment.created"),
        ("3", withdrawal),
    ]


def test_the_stored_announcement_of_a_withdrawn_commitment_keeps_no_words(
    room: Room, withdrawal: str
) -> None:
    gone, _kept = _made_then_withdrawn(room, withdrawal)

    with scopes_disabled():
        stored = {
            event_id: (kind, payload)
            for event_id, kind, payload in LiveEvent.objects.filter(
                gathering=room.proposal.gathering
            ).values_list("event_id", "kind", "payload")
        }

    assert stored[1] == (
        "commitment.created",
        {"commitment": gone, "proposal": room.proposal.pk, "ask": room.ask.pk},
    )
    assert stored[2][1]["what"] == KEPT
    assert stored[3][0] == withdrawal


def test_an_announcement_stored_with_its_words_is_still_replayed_without_them(
    room: Room, withdrawal: str
) -> None:
    """A log written before the withdrawal stripped it (or by another version of the code)
    keeps the words in the row: the replay, the watcher's and catch-up reads, and the
    broker's read by address still send the withdrawal alone."""
    gone, _kept = _made_then_withdrawn(room, withdrawal)
    with scopes_disabled():
        LiveEvent.objects.filter(gathering=room.proposal.gathering, event_id=1).update(
            payload={"commitment": gone, "committer": "Dana Doe", "what": UNDONE}
        )

    replayed = client_for(room.presenter).get(events_url(room) + "?once=1").content
    with scopes_disabled():
        caught_up = live_messages_after(
            network=room.world.alpha, gathering_id=room.proposal.gathering_id, after=0
        )
    by_address = live_message_at(gathering_id=room.proposal.gathering_id, event_id=1)

    assert UNDONE.encode() not in replayed
    assert by_address is not None
    for message in (caught_up[0], by_address):
        assert (message.event_id, message.kind) == (1, withdrawal)
        assert json.loads(message.data) == {"commitment": gone}


def test_the_announcement_is_stripped_in_the_undos_own_transaction(room: Room) -> None:
    """An undo rolled back (its transaction fails after the service) leaves the announcement
    whole, as it leaves the commitment standing: the stripping is part of the undo."""
    undone = room.commit(what=UNDONE, amount="1", unit="introductions").pk

    class Failed(Exception):
        pass

    try:
        with transaction.atomic():
            _undo(room, undone)
            raise Failed
    except Failed:
        pass

    with scopes_disabled():
        stored = LiveEvent.objects.get(gathering=room.proposal.gathering, event_id=1)
        standing = room.proposal.commitments.get(pk=undone)
    assert (standing.undone_at, stored.payload["what"]) == (None, UNDONE)
    _undo(room, undone)
    stored.refresh_from_db()
    assert "what" not in stored.payload


def test_no_page_of_the_room_shows_an_undone_commitment(room: Room) -> None:
    """The room's snapshots (the board and its fragment, the console, the presenter's
    follow-up list) and the replay agree: the undone commitment is gone from all of them,
    the kept one is on each."""
    with scopes_disabled():
        presentation_start(
            gathering=room.proposal.gathering, proposal=room.proposal, actor=room.steward
        )
    _made_then_withdrawn(room, "commitment.undone")
    gathering = {"network_slug": room.world.alpha.slug, "gathering_id": room.proposal.gathering_id}
    steward = client_for(room.steward)
    pages = {
        "board": client_for(room.dana).get(reverse("live:board", kwargs=gathering)),
        "board body": client_for(room.dana).get(
            reverse("live:board", kwargs=gathering), {"fragment": "body"}
        ),
        "console": steward.get(reverse("live:console", kwargs=gathering)),
        "follow-up": client_for(room.presenter).get(
            reverse("live:followup", kwargs={**gathering, "proposal_id": room.proposal.pk})
        ),
        "replay": client_for(room.presenter).get(events_url(room) + "?once=1"),
    }

    for name, response in pages.items():
        body = response.content.decode()
        assert (name, response.status_code) == (name, 200)
        assert (name, UNDONE in body, KEPT in body) == (name, False, True)
