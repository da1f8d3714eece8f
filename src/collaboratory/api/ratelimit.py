"""Requests per token, counted in the shared cache in fixed windows.

Counting every request in the shared cache would make each read a write (the default cache is
a database table). So each process keeps its own count of requests not yet reported and adds
them to the shared counter in batches: when a batch is full, and at every request once the
window's count comes within reach of the limit. A token can go over its limit by at most
`batch - 1` requests per server process; near the limit, the count is exact.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured

UNITS = {"s": 1, "m": 60, "h": 3600}


@dataclass(frozen=True)
class Limit:
    requests: int
    seconds: int

    @property
    def batch(self) -> int:
        return max(1, self.requests // 20)


def parse_limit(text: str) -> Limit:
    """`600/m`, `10/s`, `5000/h` or `100/30s` (requests per window)."""
    count, _sep, period = text.strip().partition("/")
    period = period.strip()
    seconds = 0
    if period in UNITS:
        seconds = UNITS[period]
    elif period.endswith("s") and period[:-1].isdigit():
        seconds = int(period[:-1])
    if not (count.strip().isdigit() and int(count) > 0 and seconds > 0):
        raise ImproperlyConfigured(
            f"COLLABORATORY_API_RATE_LIMIT must look like 600/m, 10/s or 100/30s, not {text!r}"
        )
    return Limit(int(count), seconds)


def current_limit() -> Limit:
    return parse_limit(settings.COLLABORATORY_API_RATE_LIMIT)


_lock = threading.Lock()
# (token id, window) -> [shared count last seen, requests not yet added to it]
_counts: dict[tuple[int, int], list[int]] = {}


def _key(token_id: int, window: int) -> str:
    return f"api-rate:{token_id}:{window}"


def _flush(token_id: int, window: int, state: list[int], limit: Limit) -> None:
    key = _key(token_id, window)
    cache.add(key, 0, limit.seconds * 2)
    try:
        state[0] = int(cache.incr(key, state[1]))
    except ValueError:  # expired between add and incr: start the count again
        cache.set(key, state[1], limit.seconds * 2)
        state[0] = state[1]
    state[1] = 0


def rate_check(token_id: int, *, now: float | None = None) -> int | None:
    """Count one request of the token; None when allowed, else the seconds to wait."""
    limit = current_limit()
    now = time.time() if now is None else now
    window = int(now // limit.seconds)
    retry_after = max(1, math.ceil((window + 1) * limit.seconds - now))
    with _lock:
        state = _counts.get((token_id, window))
        if state is None:
            for old in [k for k in _counts if k[1] < window]:
                del _counts[old]
            state = _counts[(token_id, window)] = [int(cache.get(_key(token_id, window), 0)), 0]
        if state[0] + state[1] >= limit.requests:
            _flush(token_id, window, state, limit)  # others may have counted: look again
            if state[0] >= limit.requests:
                return retry_after
        state[1] += 1
        if state[1] >= limit.batch or state[0] + state[1] >= limit.requests - limit.batch:
            _flush(token_id, window, state, limit)
            if state[0] > limit.requests:
                return retry_after
    return None


def rate_reset() -> None:
    """Forget this process's counts (tests empty the shared cache between tests)."""
    with _lock:
        _counts.clear()
