"""Waking the other processes' watchers at once, on one machine, without a broker.

`collaboratory serve` runs several worker processes on one port: the worker that saves a
commitment is often not the one holding a listener. Each process's watcher (`stream.py`)
finds such events by polling the event table every 0.25 s, which alone would add up to a
quarter of a second. So every process that holds listeners binds a Unix datagram socket in
`<data dir>/live/` named by its process id, and after each commit `notify` sends the
gathering's id and the event's id to every socket there; the receiver wakes its watcher of
that gathering, which reads the table at once.

A datagram carries no content, only "look now": the table stays the one source of truth, so
a lost, late or forged datagram costs a read at most, and a process that died (its socket
refuses) is forgotten by unlinking its file. Sending never blocks: a full receiver is
skipped, and its watcher's poll covers. Pure asyncio and sockets, no Django: the caller
passes the directory.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import logging
import os
import socket
import threading
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

# sockaddr_un holds 108 bytes with the final NUL: a longer path cannot be bound.
MAX_PATH = 107
SUFFIX = ".sock"


def _encode(gathering_id: int, event_id: int) -> bytes:
    return f"{gathering_id} {event_id}".encode()


def decode(datagram: bytes) -> int | None:
    """The gathering id a datagram names, or None for anything else."""
    parts = datagram.split(b" ")
    if len(parts) != 2 or not all(p.isdigit() and len(p) <= 18 for p in parts):
        return None
    return int(parts[0])


class Wakeup:
    """This process's receiving socket (one per event loop) and its sending socket."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sender: socket.socket | None = None
        self._receivers: dict[int, tuple[asyncio.AbstractEventLoop, socket.socket, Path]] = {}

    @staticmethod
    def usable(directory: Path) -> bool:
        return len(str(directory / f"{2**22}-{2**32}{SUFFIX}")) <= MAX_PATH

    def listen(
        self, directory: Path, on_wake: Callable[[asyncio.AbstractEventLoop, int], None]
    ) -> bool:
        """Bind this loop's socket once (call from the event loop); False when the directory
        cannot hold one (too long a path, not writable), so only the poll delivers."""
        loop = asyncio.get_running_loop()
        with self._lock:
            if id(loop) in self._receivers:
                return True
            if not self.usable(directory):
                return False
            path = directory / f"{os.getpid()}-{id(loop)}{SUFFIX}"
            try:
                directory.mkdir(parents=True, exist_ok=True)
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                receiver = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
                receiver.setblocking(False)
                receiver.bind(str(path))
            except OSError as error:
                log.warning("Live wake-up socket unavailable (%s); polling only", error)
                return False
            if not self._receivers:
                atexit.register(self.close)
            self._receivers[id(loop)] = (loop, receiver, path)

        def readable() -> None:
            while True:
                try:
                    datagram = receiver.recv(64)
                except (BlockingIOError, InterruptedError):
                    return
                except OSError:
                    return
                gathering_id = decode(datagram)
                if gathering_id is not None:
                    on_wake(loop, gathering_id)

        loop.add_reader(receiver.fileno(), readable)
        return True

    def close(self) -> None:
        """Remove this process's sockets (at exit, and at `serve`'s lifespan shutdown; a
        killed process's are removed by the next sender)."""
        with self._lock:
            for loop, receiver, path in self._receivers.values():
                if not loop.is_closed():
                    with contextlib.suppress(Exception):
                        loop.remove_reader(receiver.fileno())
                receiver.close()
                with contextlib.suppress(OSError):
                    path.unlink()
            self._receivers.clear()

    def notify(self, directory: Path, gathering_id: int, event_id: int) -> int:
        """Tell every other listening process of the gathering's new event; how many sockets
        took the datagram. Never blocks, never raises."""
        try:
            entries = list(os.scandir(directory))
        except OSError:
            return 0
        own = {str(path) for _loop, _sock, path in self._receivers.values()}
        datagram = _encode(gathering_id, event_id)
        sent = 0
        with self._lock:
            if self._sender is None:
                self._sender = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
                self._sender.setblocking(False)
            sender = self._sender
        for entry in entries:
            if not entry.name.endswith(SUFFIX) or entry.path in own:
                continue
            try:
                sender.sendto(datagram, entry.path)
                sent += 1
            except ConnectionRefusedError:  # its process is gone
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
            except OSError:  # full (the receiver is busy: its poll covers) or vanished
                continue
        return sent


# One per process.
wakeup = Wakeup()
