"""The cross-site request forgery check for forms on pages sent with `Referrer-Policy:
no-referrer` (invitations, consent, passes): that policy makes browsers send `Origin: null`
and no Referer with the form, which Django's CSRF middleware must refuse, so those views are
`csrf_exempt` and ask this instead. Apart from any app: the language switch (people) sits on
every such page, below the apps that send them."""

from __future__ import annotations

from django.http import HttpRequest


def same_origin_post(request: HttpRequest) -> bool:
    """The Fetch metadata browsers send (same-origin only), and otherwise an Origin that is
    absent or this host."""
    site = request.headers.get("Sec-Fetch-Site")
    if site is not None:
        return site == "same-origin"
    origin = request.headers.get("Origin")
    return origin is None or origin == f"{request.scheme}://{request.get_host()}"
