"""What a network's pages show, as version tokens: one per network, and one for people (what
belongs to no network: names, profiles, offers, photos). Each is a random token that changes
after every write the audit log records, so a cached page part keyed by both is never older
than the database. Read by the API's lists and by the landing pages' shared parts
(`networks.pagecache`); apps of any layer may read them.

Every service records its write with `audit_record`, so an audit listener (`content_changed`,
registered by networks' AppConfig) sees every change without the services knowing about the
caches. The new token is set after the writer commits: a reader that read the old token and
then the new data only stores newer data under a key that is no longer read; a reader never
finds older data under the new token. The writer's own next request finds the new token
(`on_commit` runs before its response). Services whose writes may go unaudited call
`network_changed` themselves (gatherings' `pages_changed`, on every write a gathering page
shows). Events that change nothing a page shows (sign-ins,
denials, exports, the audited read of a minor's profile: `READS`) keep the tokens, so a
crowd signing in or a youth cohort reading profiles does not empty every cache.

A write that skips the audit log (none should; the demo's bulk seeding does) or a crash
between commit and the new token would leave a part stale: whoever caches under these
tokens also lets entries expire (the API after 30 s, the pages after `PAGE_SECONDS`). A token
evicted from the cache is replaced by a new random one, never by a value an older entry
could have been stored under.
"""

from __future__ import annotations

import secrets

from django.core.cache import cache
from django.db import transaction

from collaboratory.audit.models import AuditEvent

PEOPLE = "people"
# Audited events that change nothing any page or list shows.
READS = frozenset(
    {
        "access.denied",
        "auth.login",
        "auth.login_failed",
        "auth.logout",
        "data.exported",
        "gathering.attendees_exported",
        "insights.report_exported",
        "mail.dropped",
        "mail.given_up",
        "mail.withheld",
        "national.report_exported",
        "profile.minor_read",
        "roster.exported",
        "seating.student_rules_read",
        "youth.application_read",
        "youth.member_read",
    }
)


def version_key(scope: object) -> str:
    """The cache key of a network's token (its id) or of the people's (`PEOPLE`)."""
    return f"networks.version:{scope}"


def _new_token() -> str:
    return secrets.token_hex(8)


def _renew_after_commit(scope: object) -> None:
    def bump() -> None:
        cache.set(version_key(scope), _new_token(), None)

    transaction.on_commit(bump)


def content_changed(event: AuditEvent) -> None:
    """The audit listener: after the writer commits, the network (or, for a write that
    belongs to no network, the people) gets a new token."""
    if event.action in READS:
        return
    _renew_after_commit(event.network_id if event.network_id is not None else PEOPLE)


def network_changed(*, network_id: int) -> None:
    """The network gets a new token after the writer commits, audited or not: for writes
    that may run without an actor to audit (a gathering created by the system), called by
    the service itself."""
    _renew_after_commit(network_id)


def versions_of(network_id: int) -> str:
    """The network's and the people's tokens, read in one cache look-up; read them before
    the data, so a cached entry is never older than the database."""
    keys = [version_key(network_id), version_key(PEOPLE)]
    found = cache.get_many(keys)
    for key in keys:
        if key not in found:
            # add() keeps a token another process has just set; get() then reads the winner.
            cache.add(key, _new_token(), None)
            found[key] = cache.get(key)
    return ".".join(str(found[key]) for key in keys)
