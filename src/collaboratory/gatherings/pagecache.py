"""Rendered parts of the gathering list and page, cached per viewer under version tokens.

Rendering the page's forms and sections costs more than all the middleware together, and the
same member reloads the same page often (before a gathering, at the door). So the views keep
the rendered HTML in the cache, under a key made of:

- the version token of what is shown (`Gathering.version` for a page,
  `GatheringSettings.version` for the network's list). The services give these a new random
  value inside the transaction of every write the pages show (services.pages_changed), and
  the views read the token before the data, so a key never names older content than the
  database's: an RSVP or an edit shows on the very next request, in every worker;
- the viewer (the HTML holds their own answers), and whatever else the HTML depends on
  (steward or not, the RSVP window, the network's slug), plus the language and time zone.

Nothing cached is ever served to another member. The CSRF token is not cached either: the
fragments are rendered with a placeholder that `with_csrf` swaps for the request's own
(freshly masked) token. The placeholder derives from SECRET_KEY, so page text cannot contain
it by chance or by design, and it is the same in every process that shares a cache.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.cache import cache, caches
from django.http import HttpRequest
from django.middleware.csrf import get_token
from django.utils import timezone, translation
from django.utils.crypto import salted_hmac
from django.utils.safestring import SafeString, mark_safe

# Entries also expire on their own, so memory holds recently viewed pages only.
TIMEOUT_SECONDS = 3600


def csrf_placeholder() -> str:
    return salted_hmac("collaboratory.gatherings.pagecache", "csrf placeholder").hexdigest()


def cache_key(*parts: object) -> str:
    return ":".join(
        [
            "gatherings.page",
            *(str(part) for part in parts),
            translation.get_language() or "",
            timezone.get_current_timezone_name(),
        ]
    )


def get_or_render(
    key: str,
    render: Callable[[], dict[str, Any]],
    *,
    fresh: Callable[[dict[str, Any]], bool],
    seconds: int = TIMEOUT_SECONDS,
) -> dict[str, Any]:
    """The cached entry under `key` while `fresh(entry)` holds, else `render()`'s, stored.

    Two levels: this process's memory, then the cache every process shares (one worker's
    render serves the others). The key names the version token, so a copy kept in memory
    can never show older content than the shared one."""
    local = caches["local"]
    entry: dict[str, Any] | None = local.get(key)
    if entry is None or not fresh(entry):
        entry = cache.get(key)
        if entry is None or not fresh(entry):
            entry = render()
            cache.set(key, entry, seconds)
        local.set(key, entry, seconds)
    return entry


def with_csrf(request: HttpRequest, html: str) -> SafeString:
    """Rendered (escaped) HTML with the request's own CSRF token in place of the
    placeholder; the token is letters and digits only, so the result stays safe."""
    return mark_safe(html.replace(csrf_placeholder(), get_token(request)))  # noqa: S308
