"""The network navigation that later areas plug into.

An app registers its entry once, from its AppConfig.ready(), with the permission that decides
who sees it; the network's context processor lists the entries the viewer may use.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from django.http import HttpRequest
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.functional import Promise


@dataclass(frozen=True)
class NavItem:
    label: str | Promise
    url_name: str
    permission: str
    order: int


@dataclass(frozen=True)
class NavLink:
    label: str | Promise
    url: str
    current: bool


_registry: dict[str, NavItem] = {}


def register_nav_item(item: NavItem) -> None:
    _registry[item.url_name] = item


@lru_cache(maxsize=4096)
def _nav_url(url_name: str, network_slug: str, script_prefix: str, urlconf: str | None) -> str:
    """Reversing costs ~50 us a link and every network page shows the whole bar; the answer
    only depends on these arguments (the prefix and URLconf are in the key for that reason)."""
    return reverse(url_name, kwargs={"network_slug": network_slug}, urlconf=urlconf)


def nav_items_for(request: HttpRequest) -> list[NavLink]:
    network = request.network  # type: ignore[attr-defined]
    links: list[NavLink] = []
    if getattr(request.membership, "guest_gathering_id", None) is not None:  # type: ignore[attr-defined]
        return links  # a youth guest sees one gathering: the network's pages are not theirs
    prefix, urlconf = get_script_prefix(), get_urlconf()
    for item in sorted(_registry.values(), key=lambda i: i.order):
        if request.user.has_perm(item.permission, network):
            url = _nav_url(item.url_name, network.slug, prefix, urlconf)
            links.append(NavLink(item.label, url, current=request.path == url))
    return links
