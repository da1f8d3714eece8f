"""When the API's lists may be served again from the cache: a version per network, and one
for people (what belongs to no network: names, profiles, offers), each a random token that
changes after every write the audit log records.

Every service records its write with `audit_record`, so an audit listener sees every change
without the services knowing about the API. The new token is set after the writer commits:
a reader that read the old token and then the new data only stores newer data under a key
that is no longer read; a reader never finds older data under the new token. A write that
skips the audit log (none should) or a crash between commit and the new token would leave a
list stale, so entries also expire after `KEEP_SECONDS`. A token evicted from the cache is
replaced by a new random one, never by a value an older entry could have been stored under.
"""

from __future__ import annotations

import secrets

from django.core.cache import cache
from django.db import transaction

from collaboratory.audit.models import AuditEvent

KEEP_SECONDS = 30
PEOPLE = "people"


def _key(scope: object) -> str:
    return f"api.version:{scope}"


def _new_token() -> str:
    return secrets.token_hex(8)


def data_changed(event: AuditEvent) -> None:
    """The audit listener: after the writer commits, the network's lists (or, for a write
    that belongs to no network, every network's) get a new version."""
    scope = event.network_id if event.network_id is not None else PEOPLE

    def bump() -> None:
        cache.set(_key(scope), _new_token(), None)

    transaction.on_commit(bump)


def versions_of(network_id: int) -> str:
    """The network's and the people's version tokens, read in one cache look-up before the
    data, so a cached entry is never older than the database."""
    keys = [_key(network_id), _key(PEOPLE)]
    found = cache.get_many(keys)
    for key in keys:
        if key not in found:
            # add() keeps a token another process has just set; get() then reads the winner.
            cache.add(key, _new_token(), None)
            found[key] = cache.get(key)
    return ".".join(str(found[key]) for key in keys)
