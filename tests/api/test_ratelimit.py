"""The per-token rate limit: one count for all server processes (the shared cache), exact
near the limit, batched far from it."""

from __future__ import annotations

import pytest
from django.core.exceptions import ImproperlyConfigured

from collaboratory.api.ratelimit import Limit, parse_limit, rate_check, rate_reset

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("600/m", Limit(600, 60)),
        ("10/s", Limit(10, 1)),
        ("5000/h", Limit(5000, 3600)),
        ("100/30s", Limit(100, 30)),
    ],
)
def test_limits_read_as_requests_per_window(text: str, limit: Limit) -> None:
    assert parse_limit(text) == limit


@pytest.mark.parametrize("text", ["", "600", "0/m", "-1/m", "10/d", "ten/m", "10/0s", "10/s/x"])
def test_a_malformed_limit_is_refused_with_its_shape(text: str) -> None:
    with pytest.raises(ImproperlyConfigured, match="600/m"):
        parse_limit(text)


def _allowed(token_id: int, tries: int, now: float) -> int:
    return sum(rate_check(token_id, now=now) is None for _ in range(tries))


def test_two_processes_share_one_count(settings) -> None:  # type: ignore[no-untyped-def]
    """Process A uses 60 of 100; "process B" (an empty local count, the same shared cache)
    gets the remaining 40, not 100."""
    settings.COLLABORATORY_API_RATE_LIMIT = "100/m"
    now = 1_000_020.0  # inside one window
    first = _allowed(7, 60, now)
    rate_reset()  # another process: nothing counted locally
    second = _allowed(7, 100, now)

    assert first == 60
    assert second == 40


def test_a_new_window_starts_a_new_count_and_retry_after_says_when(settings) -> None:  # type: ignore[no-untyped-def]
    settings.COLLABORATORY_API_RATE_LIMIT = "3/m"
    start = 1_000_040.0  # 20 s into a window of 60 (windows start at multiples of 60)
    assert _allowed(8, 3, start) == 3

    wait = rate_check(8, now=start)

    assert wait == 40
    assert rate_check(8, now=start + 40) is None
