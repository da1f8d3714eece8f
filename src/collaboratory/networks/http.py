"""The request type of network pages, for annotations: what NetworkMiddleware guarantees."""

from __future__ import annotations

from django.http import HttpRequest
from django_htmx.middleware import HtmxDetails

from collaboratory.networks.models import Membership, Network
from collaboratory.people.models import User


class NetworkRequest(HttpRequest):
    network: Network
    membership: Membership
    # Signed in: the middleware sent anonymous visitors to log in.
    user: User
    htmx: HtmxDetails
