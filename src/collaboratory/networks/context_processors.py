"""Puts the current network, the viewer's membership and the navigation in every template."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from collaboratory.networks.navigation import nav_items_for


def network(request: HttpRequest) -> dict[str, Any]:
    current = getattr(request, "network", None)
    return {
        "network": current,
        "membership": getattr(request, "membership", None),
        "nav_items": nav_items_for(request) if current is not None else [],
    }
