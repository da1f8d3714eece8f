"""Waking other processes (wakeup.py) and ending streams when the server stops
(`Broadcaster.close_all`), alone: real Unix datagram sockets in a temporary directory."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

from collaboratory.commitments.live.broadcaster import Broadcaster
from collaboratory.commitments.live.wakeup import Wakeup, decode
from tests.commitments.live.test_broadcaster import message, run


def test_a_datagram_wakes_the_other_process_for_its_gathering(tmp_path: Path) -> None:
    receiving, sending = Wakeup(), Wakeup()

    async def body() -> tuple[bool, list[int], int]:
        woken: list[int] = []
        loop = asyncio.get_running_loop()
        listening = receiving.listen(tmp_path, lambda _loop, g: woken.append(g))
        sent = await loop.run_in_executor(None, sending.notify, tmp_path, 7, 12)
        for _ in range(100):
            if woken:
                break
            await asyncio.sleep(0.01)
        receiving.close()
        return listening, woken, sent

    assert run(body) == (True, [7], 1)
    assert list(tmp_path.iterdir()) == []  # closing removed its socket


def test_a_process_does_not_wake_itself(tmp_path: Path) -> None:
    wakeup = Wakeup()

    async def body() -> int:
        wakeup.listen(tmp_path, lambda _loop, _g: None)
        sent = wakeup.notify(tmp_path, 7, 1)
        wakeup.close()
        return sent

    assert run(body) == 0


def test_the_socket_of_a_process_that_died_is_forgotten(tmp_path: Path) -> None:
    stale = tmp_path / "4242-1.sock"
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    dead.bind(str(stale))
    dead.close()  # as a SIGKILL leaves it: the file stays, nothing reads it

    sent = Wakeup().notify(tmp_path, 7, 1)

    assert (sent, stale.exists()) == (0, False)


def test_anything_but_two_numbers_wakes_nobody() -> None:
    junk = [b"", b"7", b"7 x", b"7 1 2", b"-7 1", b"7  1", b"9" * 19 + b" 1", "٣ 1".encode()]

    assert [decode(d) for d in junk] == [None] * len(junk)
    assert decode(b"7 12") == 7


def test_without_a_usable_directory_only_the_poll_delivers(tmp_path: Path) -> None:
    too_long = tmp_path / ("d" * 120)

    async def body() -> bool:
        return Wakeup().listen(too_long, lambda _loop, _g: None)

    assert run(body) is False
    assert Wakeup().notify(tmp_path / "missing", 7, 1) == 0


def test_stopping_ends_open_streams_and_any_opened_after() -> None:
    broadcaster = Broadcaster()

    async def body() -> tuple[object, bool, bool, object]:
        waiting = broadcaster.subscribe(7)
        pending = asyncio.ensure_future(waiting.get(timeout=30))
        await asyncio.sleep(0.01)
        ended = broadcaster.close_all()
        got = await asyncio.wait_for(pending, 2)
        late = broadcaster.subscribe(8)
        broadcaster.publish(message(8, 1))
        return got, waiting.closed and ended == 1, late.closed, await late.get(timeout=1)

    assert run(body) == (None, True, True, None)
