"""Network pages. The middleware has already resolved request.network and admitted the viewer."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from collaboratory.gatherings.selectors import gatherings_past_count, gatherings_upcoming
from collaboratory.networks.selectors import network_counts


def network_home(request: HttpRequest, network_slug: str) -> HttpResponse:
    network = request.network  # type: ignore[attr-defined]
    return render(
        request,
        "networks/home.html",
        {
            "counts": network_counts(network=network),
            "upcoming": gatherings_upcoming(network=network, limit=3),
            "past_count": gatherings_past_count(network=network),
        },
    )
