"""A slow listener's queue does not give out the words of a commitment hidden or undone
after its announcement was queued. Once the withdrawal is published, the queued
`commitment.created` is read out as the withdrawal (`commitment.hidden` / `.undone` with the
number alone) at its own id, so the listener's ids still run 1, 2, 3... once each and a
commitment that stands is untouched. Until 2026-12-07 a board or phone whose connection
lagged behind (its queue holding the announcement when a facilitator hid it) was sent the
hidden words all the same.

The broadcaster alone first (pure asyncio, as `test_broadcaster.py`), then the stream."""

from __future__ import annotations

import asyncio
import json
import threading
from typing import Any

from asgiref.sync import sync_to_async
from django_scopes import scopes_disabled

from collaboratory.commitments.live.broadcaster import Broadcaster, Message
from collaboratory.commitments.services import commitment_hide, commitment_undo
from tests.commitments.conftest import Room
from tests.commitments.live.test_broadcaster import run
from tests.commitments.live.test_live_stream import (
    _run,
    async_client_for,
    events_url,
    next_chunk,
    parse,
)

WORDS = "I will introduce you to Maria Lopez, my ex, next week"
KEPT = "I will host a volunteer day on June 3 for 20 people"


def made(event_id: int, commitment: int, what: str = WORDS, gathering: int = 1) -> Message:
    data = json.dumps({"commitment": commitment, "committer": "Dana Doe", "what": what})
    return Message(gathering, event_id, "commitment.created", data)


def withdrawn(event_id: int, commitment: int, kind: str, gathering: int = 1) -> Message:
    return Message(gathering, event_id, kind, json.dumps({"commitment": commitment}))


def heard(messages: list[Message | None]) -> list[tuple[int, str, dict[str, Any]]]:
    return [(m.event_id, m.kind, json.loads(m.data)) for m in messages if m is not None]


def test_a_queued_announcement_is_read_out_hidden_once_the_hiding_is_published() -> None:
    broadcaster = Broadcaster()

    async def body() -> list[Message | None]:
        listener = broadcaster.subscribe(1)
        broadcaster.publish(made(1, 5))
        broadcaster.publish(made(2, 6, KEPT))
        await asyncio.sleep(0)  # both are in the listener's queue, not read yet
        broadcaster.publish(withdrawn(3, 5, "commitment.hidden"))
        await asyncio.sleep(0)
        return [await listener.get(timeout=1) for _ in range(3)]

    messages = run(body)

    assert all(WORDS not in m.data for m in messages if m is not None)
    assert heard(messages) == [
        (1, "commitment.hidden", {"commitment": 5}),
        (2, "commitment.created", {"commitment": 6, "committer": "Dana Doe", "what": KEPT}),
        (3, "commitment.hidden", {"commitment": 5}),
    ]
    # The frame the stream sends is the table's replay's, byte for byte.
    assert messages[0] is not None
    assert messages[0].frame() == b'id: 1\nevent: commitment.hidden\ndata: {"commitment":5}\n\n'


def test_a_queued_announcement_is_read_out_undone_once_the_undo_is_published() -> None:
    """Undone, it reads as undone; hidden as well, the moderation's word is the one heard,
    as in the table's replay (`live_messages_replayed`)."""
    broadcaster = Broadcaster()

    async def body() -> list[Message | None]:
        listener = broadcaster.subscribe(1)
        broadcaster.publish(made(1, 5))
        broadcaster.publish(made(2, 6))
        await asyncio.sleep(0)
        broadcaster.publish(withdrawn(3, 5, "commitment.undone"))
        broadcaster.publish(withdrawn(4, 6, "commitment.undone"))
        broadcaster.publish(withdrawn(5, 6, "commitment.hidden"))
        await asyncio.sleep(0)
        return [await listener.get(timeout=1) for _ in range(5)]

    assert heard(run(body)) == [
        (1, "commitment.undone", {"commitment": 5}),
        (2, "commitment.hidden", {"commitment": 6}),
        (3, "commitment.undone", {"commitment": 5}),
        (4, "commitment.undone", {"commitment": 6}),
        (5, "commitment.hidden", {"commitment": 6}),
    ]


def test_the_hiding_takes_effect_when_published_from_another_thread() -> None:
    """A service's on-commit hook publishes from a worker thread: from the moment `publish`
    returns, before the listener's loop has even run the hand-over, the queue holds no
    words for it."""
    broadcaster = Broadcaster()

    async def body() -> Message | None:
        listener = broadcaster.subscribe(1)
        broadcaster.publish(made(1, 5))
        await asyncio.sleep(0)
        thread = threading.Thread(
            target=broadcaster.publish, args=(withdrawn(2, 5, "commitment.hidden"),)
        )
        thread.start()
        thread.join()
        return await listener.get(timeout=1)  # no await in between: the loop never ran

    assert heard([run(body)]) == [(1, "commitment.hidden", {"commitment": 5})]


def test_a_full_queue_that_drops_the_hiding_still_gives_no_words() -> None:
    """The hiding itself did not fit (the listener is marked lagged and will re-read the
    table), but the announcement already queued is withdrawn all the same."""
    broadcaster = Broadcaster(queue_size=1)

    async def body() -> tuple[Message | None, bool]:
        listener = broadcaster.subscribe(1)
        broadcaster.publish(made(1, 5))
        broadcaster.publish(withdrawn(2, 5, "commitment.hidden"))
        await asyncio.sleep(0)
        return await listener.get(timeout=1), listener.lagged

    message, lagged = run(body)

    assert (heard([message]), lagged) == ([(1, "commitment.hidden", {"commitment": 5})], True)


def test_an_announcement_published_after_its_hiding_is_withdrawn_too() -> None:
    """A watcher that read the table a moment before the hiding committed publishes the
    announcement after the hiding's message: it reaches no listener with its words."""
    broadcaster = Broadcaster()

    async def body() -> Message | None:
        listener = broadcaster.subscribe(1)
        broadcaster.publish(withdrawn(2, 5, "commitment.hidden"))
        broadcaster.publish(made(1, 5))
        await asyncio.sleep(0)
        await listener.get(timeout=1)
        return await listener.get(timeout=1)

    assert heard([run(body)]) == [(1, "commitment.hidden", {"commitment": 5})]


def test_withdrawals_are_forgotten_with_the_gatherings_last_listener() -> None:
    """Kept only while a queue may hold the announcement: memory stays bounded."""
    broadcaster = Broadcaster()

    async def body() -> tuple[str | None, str | None, str | None]:
        nobody_listens = broadcaster.publish(withdrawn(1, 4, "commitment.hidden"))
        assert nobody_listens == 0
        before = broadcaster.withdrawal(1, 4)
        listener = broadcaster.subscribe(1)
        broadcaster.publish(withdrawn(2, 5, "commitment.undone"))
        while_listening = broadcaster.withdrawal(1, 5)
        broadcaster.unsubscribe(listener)
        return before, while_listening, broadcaster.withdrawal(1, 5)

    assert run(body) == (None, "commitment.undone", None)


# --- The stream: a slow listener ------------------------------------------------------------


def _hide(room: Room, pk: int) -> None:
    with scopes_disabled():
        commitment = room.proposal.commitments.get(pk=pk)
        commitment_hide(commitment=commitment, actor=room.facilitator, reason="Not a commitment")


def test_a_slow_listeners_queued_announcement_is_sent_hidden(
    room: Room, django_capture_on_commit_callbacks: Any
) -> None:
    """The board has read event 1 and not yet asked for more (a slow connection); event 2
    is queued for it, then hidden. It is sent as the hiding, at its own id, then the
    hiding itself: the words never leave the server."""
    client = async_client_for(room.presenter)

    def commit_and_publish(what: str) -> int:
        with django_capture_on_commit_callbacks(execute=True):
            return room.commit(what=what).pk

    def hide_and_publish(pk: int) -> None:
        with django_capture_on_commit_callbacks(execute=True):
            _hide(room, pk)

    async def body() -> bytes:
        stream = aiter((await client.get(events_url(room))).streaming_content)
        received = [await next_chunk(stream)]  # the retry hint
        waiting = asyncio.ensure_future(anext(stream))
        await asyncio.sleep(0.05)  # the stream waits on its queue
        await sync_to_async(commit_and_publish)(KEPT)
        received.append(await asyncio.wait_for(waiting, timeout=5))  # 1; then it pauses
        pk = await sync_to_async(commit_and_publish)(WORDS)  # 2, queued
        await sync_to_async(hide_and_publish)(pk)  # 3, queued behind it
        received += [await next_chunk(stream), await next_chunk(stream)]
        await stream.aclose()  # type: ignore[attr-defined]
        return b"".join(received)

    received = _run(body)

    assert WORDS.encode() not in received
    frames = parse(received)
    assert [(f["id"], f["event"]) for f in frames] == [
        ("1", "commitment.created"),
        ("2", "commitment.hidden"),
        ("3", "commitment.hidden"),
    ]
    assert KEPT in frames[0]["data"]


def test_a_replay_being_sent_when_a_commitment_is_undone_sends_no_words(
    room: Room, django_capture_on_commit_callbacks: Any
) -> None:
    """A board reconnects and its catch-up is read from the table (events 1 and 2) while
    both stand; it has sent 1 when Dana undoes 2. What it still had to send goes out as
    the undo."""
    room.commit(what=KEPT)
    pk = room.commit(what=WORDS).pk
    client = async_client_for(room.presenter)

    def undo_and_publish() -> None:
        with django_capture_on_commit_callbacks(execute=True), scopes_disabled():
            commitment = room.proposal.commitments.get(pk=pk)
            commitment_undo(commitment=commitment, actor=room.dana)

    async def body() -> bytes:
        response = await client.get(events_url(room), headers={"Last-Event-ID": "0"})
        stream = aiter(response.streaming_content)
        received = [await next_chunk(stream), await next_chunk(stream)]  # the hint, then 1
        await sync_to_async(undo_and_publish)()  # 3
        received += [await next_chunk(stream), await next_chunk(stream)]
        await stream.aclose()  # type: ignore[attr-defined]
        return b"".join(received)

    received = _run(body)

    assert WORDS.encode() not in received
    assert [(f["id"], f["event"]) for f in parse(received)] == [
        ("1", "commitment.created"),
        ("2", "commitment.undone"),
        ("3", "commitment.undone"),
    ]
