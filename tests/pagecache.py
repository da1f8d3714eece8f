"""Query counts of the page parts kept under the network's content versions
(networks/pagecache.py), for the view tests that count queries."""

from __future__ import annotations

from tests.conftest import CACHE_READ_QUERIES, CACHE_WRITE_QUERIES

# The network's and the people's version tokens, read in one look-up on every view.
VERSIONS_READ = CACHE_READ_QUERIES
# When the cache holds no token (emptied): the look-up, then each drawn (an add) and read back.
VERSIONS_DRAWN = VERSIONS_READ + 2 * (CACHE_WRITE_QUERIES + CACHE_READ_QUERIES)
# A part not in the cache yet: looked up, rendered (the page's own queries), stored.
PART_MISSED = CACHE_READ_QUERIES + CACHE_WRITE_QUERIES
