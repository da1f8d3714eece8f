"""Query counts of the page parts kept under the network's content versions
(networks/pagecache.py), for the view tests that count queries."""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.conftest import CACHE_READ_QUERIES, CACHE_WRITE_QUERIES

# The network's and the people's version tokens, read in one look-up on every view.
VERSIONS_READ = CACHE_READ_QUERIES
# When the cache holds no token (emptied): the look-up, then each drawn (an add) and read back.
VERSIONS_DRAWN = VERSIONS_READ + 2 * (CACHE_WRITE_QUERIES + CACHE_READ_QUERIES)
# A part not in the cache yet: looked up, rendered (the page's own queries), stored.
PART_MISSED = CACHE_READ_QUERIES + CACHE_WRITE_QUERIES


def cache_writes_of(client: Any, url: str, params: dict[str, object]) -> tuple[int, str]:
    """GET `url` with `params`: how many writes the view made to the shared cache (a page
    kept) and the page. Junk parameters must make none."""
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, params)
    assert response.status_code == 200
    writes = [
        q["sql"]
        for q in ctx.captured_queries
        if "collaboratory_cache" in q["sql"]
        and q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE"))
    ]
    return len(writes), response.content.decode()
