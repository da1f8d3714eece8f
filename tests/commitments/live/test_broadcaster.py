"""The in-process broadcaster alone (pure asyncio): per-gathering channels, publishing from
another thread, and a full queue that drops messages but marks the listener lagged."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from collaboratory.commitments.live.broadcaster import Broadcaster, Message

T = TypeVar("T")


def run(coroutine_function: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """asyncio.run in a thread of its own: the suite's browser tests may leave an event
    loop marked running in the main thread."""
    results: list[T] = []
    thread = threading.Thread(target=lambda: results.append(asyncio.run(coroutine_function())))
    thread.start()
    thread.join()
    return results[0]


def message(gathering_id: int, event_id: int) -> Message:
    return Message(gathering_id=gathering_id, event_id=event_id, kind="k", data="{}")


def test_listeners_hear_their_gathering_only_even_from_another_thread() -> None:
    broadcaster = Broadcaster()

    async def body() -> tuple[list[int], Message | None, int]:
        seven = broadcaster.subscribe(7)
        eight = broadcaster.subscribe(8)
        thread = threading.Thread(target=broadcaster.publish, args=(message(7, 1),))
        thread.start()
        thread.join()
        heard = await seven.get(timeout=1)
        nothing = await eight.get(timeout=0.05)
        broadcaster.unsubscribe(seven)
        broadcaster.unsubscribe(eight)
        return [heard.event_id] if heard else [], nothing, broadcaster.listener_count()

    assert run(body) == ([1], None, 0)


def test_a_full_queue_drops_the_message_and_marks_the_listener_lagged() -> None:
    broadcaster = Broadcaster(queue_size=2)

    async def body() -> tuple[int, bool]:
        listener = broadcaster.subscribe(1)
        handed = sum(broadcaster.publish(message(1, n)) for n in (1, 2, 3))
        await asyncio.sleep(0)
        return handed, listener.lagged

    handed, lagged = run(body)

    assert (handed, lagged) == (3, True)


def test_frames_are_server_sent_events() -> None:
    frame = Message(gathering_id=1, event_id=12, kind="commitment.created", data='{"a":1}').frame()

    assert frame == b'id: 12\nevent: commitment.created\ndata: {"a":1}\n\n'


def test_publishing_to_a_closed_loop_forgets_its_listeners() -> None:
    broadcaster = Broadcaster()

    async def subscribe() -> None:
        broadcaster.subscribe(3)

    run(subscribe)

    assert (broadcaster.publish(message(3, 1)), broadcaster.listener_count(3)) == (1, 0)


def test_the_broadcaster_imports_nothing_from_django() -> None:
    probe = (
        "import sys, collaboratory.commitments.live.broadcaster; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'django'))"
    )

    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout

    assert out.strip() == "[]"
