"""The product's URLs plus benchmark-only views: `/n/<slug>/bench-bare/`, a signed-in
network page that runs the whole middleware stack (session, auth, messages, the network
middleware's network and membership lookups) and then one query, with no template. It is the
fair ceiling for signed-in network pages; `/healthz` skips the session and the network.
`/n/<slug>/bench-base/` renders an empty page inside `base.html` instead: what the header,
the navigation and the footer add to every page.
`/bench-api/bare` is the same for the REST API: a django-ninja operation that runs one query
and returns a small JSON body (no token), the baseline of bench/api.py; and
`/bench-api/networks/<slug>/bare` the signed-in kind: the API's token check and network
guard (what every API operation pays), then one query.

Only the benchmarks load this module (DJANGO_SETTINGS_MODULE=bench_settings), so the product
has no such route and the authorization matrix does not need a row for it."""

from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.template import engines
from django.urls import path
from django.views.decorators.cache import never_cache
from ninja import NinjaAPI

from collaboratory.api.access import BearerToken, network_operation
from collaboratory.config.urls import urlpatterns as product_urlpatterns


@never_cache
def bare_signed_in(request: HttpRequest, network_slug: str) -> HttpResponse:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse(f"ok {request.user.pk}", content_type="text/plain")


EMPTY_PAGE = engines["django"].from_string(
    '{% extends "base.html" %}{% block title %}Bench{% endblock %}{% block content %}{% endblock %}'
)


@never_cache
def base_signed_in(request: HttpRequest, network_slug: str) -> HttpResponse:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse(EMPTY_PAGE.render({}, request))


bench_api = NinjaAPI(urls_namespace="bench-api", docs_url=None, openapi_url=None)


@bench_api.get("/bare")
def bare_api(request: HttpRequest) -> dict[str, int]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        (one,) = cursor.fetchone()
    return {"ok": one}


@bench_api.get("/networks/{network}/bare", auth=BearerToken())
@network_operation()
def bare_api_with_token(request: HttpRequest, network: str) -> dict[str, int]:
    return bare_api(request)


urlpatterns = [
    path("n/<slug:network_slug>/bench-bare/", bare_signed_in),
    path("n/<slug:network_slug>/bench-base/", base_signed_in),
    path("bench-api/", bench_api.urls),
    *product_urlpatterns,
]
