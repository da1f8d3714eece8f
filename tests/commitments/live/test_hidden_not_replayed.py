"""A commitment a facilitator hid from the room's screen (with a reason) is not heard again:
a board or phone that reconnects (Last-Event-ID, `?after=`, `?once=1`, a stream catching
up) gets its announcement as the hiding it became, `commitment.hidden` with its number
alone, at its own id; the words never travel again. Until 2026-12-07 the replay gave back
the original "made" event with the hidden text, to every listener of the gathering."""

from __future__ import annotations

import json
from typing import Any

from django_scopes import scopes_disabled

from collaboratory.commitments.live.selectors import live_message_at, live_messages_after
from collaboratory.commitments.models import LiveEvent
from collaboratory.commitments.services import commitment_hide
from tests.commitments.conftest import Room
from tests.commitments.live.test_live_stream import (
    _run,
    async_client_for,
    events_url,
    next_chunk,
    parse,
)
from tests.conftest import client_for

HIDDEN = "I will introduce you to Maria Lopez, my ex, next week"
KEPT = "I will host a volunteer day on June 3 for 20 people"


def _hide(room: Room, pk: int) -> None:
    with scopes_disabled():
        commitment = room.proposal.commitments.get(pk=pk)
        commitment_hide(commitment=commitment, actor=room.facilitator, reason="Not a commitment")


def _made_then_hidden(room: Room) -> tuple[int, int]:
    """Events 1 (made, then hidden by 3) and 2 (made, kept)."""
    hidden = room.commit(what=HIDDEN, amount="1", unit="introductions").pk
    kept = room.commit(what=KEPT, amount="20", unit="people").pk
    _hide(room, hidden)
    return hidden, kept


def _frames(body: bytes) -> list[tuple[str, str, dict[str, Any]]]:
    return [(f["id"], f["event"], json.loads(f["data"])) for f in parse(body)]


def test_once_replays_a_hidden_commitment_as_hidden_without_its_words(room: Room) -> None:
    hidden, kept = _made_then_hidden(room)
    client = client_for(room.dana)

    everything = client.get(events_url(room) + "?once=1")
    from_the_first = client.get(events_url(room) + "?once=1", headers={"Last-Event-ID": "0"})

    for response in (everything, from_the_first):
        body = response.content
        assert HIDDEN.encode() not in body
        frames = _frames(body)
        assert [(i, kind) for i, kind, _data in frames] == [
            ("1", "commitment.hidden"),
            ("2", "commitment.created"),
            ("3", "commitment.hidden"),
        ]
        assert frames[0][2] == {"commitment": hidden}
        assert frames[2][2] == {"commitment": hidden}
        # What the reconnecting board still holds: the kept commitment alone.
        made = {data["commitment"] for _i, kind, data in frames if kind == "commitment.created"}
        assert made == {kept}
        assert frames[1][2]["what"] == KEPT


def test_a_reconnecting_stream_replays_no_hidden_words(room: Room) -> None:
    _made_then_hidden(room)
    client = async_client_for(room.presenter)

    async def body() -> bytes:
        response = await client.get(events_url(room), headers={"Last-Event-ID": "0"})
        stream = aiter(response.streaming_content)
        chunks = [await next_chunk(stream) for _ in range(4)]  # the retry hint, then 1-3
        await stream.aclose()  # type: ignore[attr-defined]
        return b"".join(chunks)

    received = _run(body)

    assert HIDDEN.encode() not in received
    assert [(i, kind) for i, kind, _data in _frames(received)] == [
        ("1", "commitment.hidden"),
        ("2", "commitment.created"),
        ("3", "commitment.hidden"),
    ]


def test_the_stored_announcement_of_a_hidden_commitment_keeps_no_words(room: Room) -> None:
    hidden, _kept = _made_then_hidden(room)

    with scopes_disabled():
        stored = LiveEvent.objects.get(gathering=room.proposal.gathering, event_id=1)

    assert (stored.kind, stored.payload) == (
        "commitment.created",
        {"commitment": hidden, "proposal": room.proposal.pk, "ask": room.ask.pk},
    )


def test_an_announcement_stored_with_its_words_is_still_replayed_without_them(
    room: Room,
) -> None:
    """A log written before hiding stripped it (or by another version of the code) keeps
    the words in the row: the replay, the watcher's and catch-up reads, and the broker's
    read by address still send the hiding alone."""
    hidden, _kept = _made_then_hidden(room)
    with scopes_disabled():
        LiveEvent.objects.filter(gathering=room.proposal.gathering, event_id=1).update(
            payload={"commitment": hidden, "committer": "Dana Doe", "what": HIDDEN}
        )

    replayed = client_for(room.dana).get(events_url(room) + "?once=1").content
    with scopes_disabled():
        caught_up = live_messages_after(
            network=room.world.alpha, gathering_id=room.proposal.gathering_id, after=0
        )
    by_address = live_message_at(gathering_id=room.proposal.gathering_id, event_id=1)

    assert HIDDEN.encode() not in replayed
    assert by_address is not None
    for message in (caught_up[0], by_address):
        assert (message.event_id, message.kind) == (1, "commitment.hidden")
        assert json.loads(message.data) == {"commitment": hidden}
