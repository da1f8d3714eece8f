"""The network navigation that later areas plug into.

An app registers its entry once, from its AppConfig.ready(), with the permission that decides
who sees it; the network's context processor lists the entries the viewer may use.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest
from django.urls import reverse
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


def nav_items_for(request: HttpRequest) -> list[NavLink]:
    network = request.network  # type: ignore[attr-defined]
    links = []
    for item in sorted(_registry.values(), key=lambda i: i.order):
        if request.user.has_perm(item.permission, network):
            url = reverse(item.url_name, kwargs={"network_slug": network.slug})
            links.append(NavLink(item.label, url, current=request.path == url))
    return links
