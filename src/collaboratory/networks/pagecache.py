"""Rendered parts of pages, cached under version tokens: the one toolkit every app's page
cache uses (the gathering pages per viewer, the landing pages' shared parts, the API's lists).

A key names the version token of what the part shows and whatever else its HTML depends on,
plus the language and time zone (`cache_key`), so an entry is never served stale or to the
wrong reader. Two kinds of key:

- per viewer: the part holds the viewer's own answers (the gathering page's RSVP form), so
  the key holds the viewer, and the version token is the page's own (gatherings);
- shared (`shared_key`): the part is the same for everyone of one **visibility class** in the
  network (`viewer_class`: role, minor or adult, youth guest, platform admin), so the first
  view of one member serves the next member's. The key holds the network's and the people's
  content versions (`networks.versions`), read before the data; anything per viewer (a
  name, one's own RSVP, a form for one's own ask) is rendered outside the part or filled
  into a slot left in it (`fill_slots`). A class never reads another class's part: a
  steward's part (steward-only figures, private projects) and a member's are two entries.

Nothing cached holds a CSRF token: parts are rendered with a placeholder that `with_csrf`
swaps for the request's own (freshly masked) token. The placeholder derives from
SECRET_KEY, so page text cannot contain it by chance or by design, and it is the same in
every process that shares a cache.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.cache import cache, caches
from django.http import HttpRequest
from django.middleware.csrf import get_token
from django.utils import timezone, translation
from django.utils.crypto import salted_hmac
from django.utils.safestring import SafeString, mark_safe

from collaboratory.networks.guests import is_guest
from collaboratory.networks.http import NetworkRequest
from collaboratory.networks.models import Membership
from collaboratory.networks.versions import versions_of
from collaboratory.people.models import User

# Entries also expire on their own, so memory holds recently viewed pages only.
TIMEOUT_SECONDS = 3600
# Shared parts keyed by the audit-driven content versions: a write that skipped the audit
# log (networks.versions) shows after at most this long.
SHARED_SECONDS = 60


def csrf_placeholder() -> str:
    """Computed once per secret key (an HMAC each time was ~8 us, and a board with its
    slots asked for it some twenty times a request)."""
    return _placeholder(settings.SECRET_KEY)


@functools.lru_cache(maxsize=4)
def _placeholder(secret: str) -> str:
    # The salt names the module this began in: entries cached before the move stay valid.
    return salted_hmac(
        "collaboratory.gatherings.pagecache", "csrf placeholder", secret=secret
    ).hexdigest()


@functools.lru_cache(maxsize=64)
def _slot_pattern_for(placeholder: str, name: str) -> re.Pattern[str]:
    return re.compile(
        "<!--slot:" + re.escape(placeholder[:16]) + ":" + re.escape(name) + r":([^-]*)-->"
    )


@functools.cache
def code_version() -> str:
    """A digest of the package's templates and code, read once per process. In every key, so
    a deploy that changes how a part renders never serves a part the old code rendered from
    the shared cache, which outlives the processes (a database table by default)."""
    return digest_of(Path(__file__).resolve().parent.parent)


def digest_of(root: Path) -> str:
    """The templates, code and messages under `root`, names and contents (static files have
    names of their own per content, from the static files storage)."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.suffix in {".py", ".html", ".txt", ".po"} and path.is_file():
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def cache_key(*parts: object) -> str:
    return ":".join(
        [
            "page",
            code_version(),
            *(str(part) for part in parts),
            translation.get_language() or "",
            timezone.get_current_timezone_name(),
        ]
    )


def viewer_class(user: User, membership: Membership) -> str:
    """Who the viewer is, as far as any shared part may differ: the role, minor or adult,
    youth guest or member, and platform admin (for whom every permission holds). Viewers of
    one class see the same shared parts; anything finer is rendered per viewer."""
    return "-".join(
        [
            str(membership.role),
            "minor" if user.is_minor else "adult",
            "guest" if is_guest(membership) else "member",
            "admin" if user.is_superuser else "person",
        ]
    )


def shared_key(page: str, request: NetworkRequest, *params: object) -> str:
    """The key of a part shared by the viewer's class in this network: the content versions
    (read now, before the caller reads the data), the class and the page's parameters
    (hashed: they may hold what a person typed)."""
    network = request.network
    asked = hashlib.sha256(repr(params).encode()).hexdigest()[:32]
    return cache_key(
        "shared",
        page,
        network.pk,
        network.slug,
        versions_of(network.pk),
        viewer_class(request.user, request.membership),
        asked,
    )


def unexpired(now: datetime) -> Callable[[dict[str, Any]], bool]:
    """`fresh` for a part that carries its own end (`until`, None for none): the next gathering
    to begin, an ask running out. The version token cannot see the clock pass those."""
    return lambda entry: entry["until"] is None or now < entry["until"]


def get_or_render(
    key: str,
    render: Callable[[], dict[str, Any]],
    *,
    fresh: Callable[[dict[str, Any]], bool],
    seconds: int = TIMEOUT_SECONDS,
    shared: bool = True,
    keep: Callable[[dict[str, Any]], bool] | None = None,
) -> dict[str, Any]:
    """The cached entry under `key` while `fresh(entry)` holds, else `render()`'s, stored
    unless `keep(entry)` says it is not what the key names (a page number past the end of
    a list renders the last page: kept under every such number, they would fill the cache).

    Two levels: this process's memory, then the cache every process shares (one worker's
    render serves the others). The key names the version token, so a copy kept in memory
    can never show older content than the shared one. Parts of which there are many and
    each is seldom read twice (a profile per member) skip the shared level (`shared=False`):
    writing every first view to the shared cache, a database table by default, cost more
    than the reads it saved."""
    local = caches["local"]
    entry: dict[str, Any] | None = local.get(key)
    if entry is None or not fresh(entry):
        entry = cache.get(key) if shared else None
        if entry is None or not fresh(entry):
            entry = render()
            if keep is not None and not keep(entry):
                return entry
            if shared:
                cache.set(key, entry, seconds)
        local.set(key, entry, seconds)
    return entry


def with_csrf(request: HttpRequest, html: str) -> SafeString:
    """Rendered (escaped) HTML with the request's own CSRF token in place of the
    placeholder; the token is letters and digits only, so the result stays safe."""
    return mark_safe(html.replace(csrf_placeholder(), get_token(request)))  # noqa: S308


def slot(name: str, ident: object) -> SafeString:
    """A marker left in a shared part where a viewer's own piece goes (`fill_slots`). The
    placeholder's secret is in it, so page text cannot forge one."""
    return mark_safe(f"<!--slot:{csrf_placeholder()[:16]}:{name}:{ident}-->")  # noqa: S308


def _slot_pattern(name: str) -> re.Pattern[str]:
    return _slot_pattern_for(csrf_placeholder(), name)


def fill_slots(html: str, name: str, pieces: Mapping[str, str]) -> str:
    """Every `slot(name, ident)` in `html` replaced by `pieces[ident]` (escaped HTML the
    caller rendered for this viewer), or by nothing."""
    return _slot_pattern(name).sub(lambda match: pieces.get(match.group(1), ""), html)
