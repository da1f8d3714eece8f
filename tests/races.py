"""Two requests at once, made reproducible: the second runs on its own thread and database
connection while the first is paused just after a chosen query (its check for an earlier
row, say), so the second reads before the first has written. How the suite shows that a
write is made once when a double click reaches two server processes."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from django.db import connection


def second_after_first_reads(
    first: Callable[[], Any],
    second: Callable[[], None],
    *,
    reads: Callable[[str], bool],
    wait: float = 2.0,
) -> Any:
    """Run `first`; after its first query that `reads(sql)` matches, run `second` on another
    thread (up to `wait` seconds: on PostgreSQL it may block on the first's lock, which is the
    point), then let `first` go on. Returns what `first` returns; `second` has finished."""
    started: list[threading.Thread] = []

    def in_its_own_connection() -> None:
        try:
            second()
        finally:
            connection.close()

    def wrapper(execute: Callable[..., Any], sql: str, *args: Any) -> Any:
        result = execute(sql, *args)
        if not started and reads(sql):
            started.append(threading.Thread(target=in_its_own_connection))
            started[0].start()
            started[0].join(timeout=wait)
        return result

    with connection.execute_wrapper(wrapper):
        result = first()
    assert started, "the first request never made the query the second waits for"
    started[0].join()
    return result
