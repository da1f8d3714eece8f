"""The product's URLs plus one benchmark-only view, `/n/<slug>/bench-bare/`: a signed-in
network page that runs the whole middleware stack (session, auth, messages, the network
middleware's network and membership lookups) and then one query, with no template. It is the
fair ceiling for signed-in network pages; `/healthz` skips the session and the network.

Only the benchmarks load this module (DJANGO_SETTINGS_MODULE=bench_settings), so the product
has no such route and the authorization matrix does not need a row for it."""

from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.urls import path
from django.views.decorators.cache import never_cache

from collaboratory.config.urls import urlpatterns as product_urlpatterns


@never_cache
def bare_signed_in(request: HttpRequest, network_slug: str) -> HttpResponse:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse(f"ok {request.user.pk}", content_type="text/plain")


urlpatterns = [
    path("n/<slug:network_slug>/bench-bare/", bare_signed_in),
    *product_urlpatterns,
]
