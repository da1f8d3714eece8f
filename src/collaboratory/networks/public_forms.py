"""The limit on forms anyone may post without an account (the youth program's application,
convener training's application and interest list): posts per client address and hour,
counted in the shared cache so every server process counts together.

The address is the one allauth's login throttle uses: REMOTE_ADDR, or, behind
COLLABORATORY_TRUSTED_PROXY_COUNT proxies, the X-Forwarded-For entry that many hops from the
right. Without that, every applicant behind a proxy would share one counter."""

from __future__ import annotations

import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

WINDOW_SECONDS = 3600


def client_address(request: HttpRequest) -> str:
    """The client's address as far as the trusted proxies say; "unknown" when there is none."""
    hops = settings.ALLAUTH_TRUSTED_PROXY_COUNT
    forwarded = request.headers.get("x-forwarded-for", "")
    if hops > 0 and forwarded:
        entries = [part.strip() for part in forwarded.split(",")]
        if len(entries) >= hops and entries[-hops]:
            return entries[-hops]
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def public_post_allowed(request: HttpRequest, *, form: str) -> bool:
    """Count one post of `form` from this address in the current hour; False once over
    COLLABORATORY_PUBLIC_FORMS_PER_HOUR (each form has its own count)."""
    window = int(time.time() // WINDOW_SECONDS)
    key = f"public-form:{form}:{client_address(request)}:{window}"
    cache.add(key, 0, WINDOW_SECONDS * 2)
    try:
        count = cache.incr(key)
    except ValueError:  # the entry expired between add and incr
        cache.set(key, 1, WINDOW_SECONDS * 2)
        count = 1
    return count <= settings.COLLABORATORY_PUBLIC_FORMS_PER_HOUR
