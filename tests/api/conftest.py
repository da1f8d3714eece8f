from __future__ import annotations

from collections.abc import Iterator

import pytest

from collaboratory.api.ratelimit import rate_reset


@pytest.fixture(autouse=True)
def _fresh_rate_counts() -> Iterator[None]:
    """Each process keeps unreported request counts; tests start without any."""
    rate_reset()
    yield
    rate_reset()
