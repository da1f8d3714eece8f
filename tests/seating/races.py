"""Two requests at once on the seating pages, made to meet at the worst moment."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from tests.creditclub.test_concurrency import in_another_connection


def before_statement(
    starts: str, job: Callable[[], None], started: list[threading.Thread], *, naming: str = ""
) -> Any:
    """A database execute wrapper: right before the first statement that begins with
    `starts` (and names `naming`), run `job` on another connection and give it two seconds,
    time to finish unless it waits for a lock this request holds."""

    def wrapper(execute: Callable[..., Any], sql: str, *args: Any) -> Any:
        if not started and sql.lstrip().upper().startswith(starts) and naming in sql:
            started.append(in_another_connection(job))
            started[0].join(timeout=2)
        return execute(sql, *args)

    return wrapper
