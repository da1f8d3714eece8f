"""Root URL map. Network-owned pages live under /n/<network_slug>/ so the network is resolved
once per request (see networks.middleware)."""

from django.urls import include, path

from collaboratory.api.problems import problem_urls
from collaboratory.api.v1 import api
from collaboratory.people.views import language_switch

urlpatterns = [
    path("", include("collaboratory.web.urls")),
    path("accounts/", include("allauth.account.urls")),
    path("n/<slug:network_slug>/", include("collaboratory.web.network_urls")),
    path("n/<slug:network_slug>/creditclub/", include("collaboratory.creditclub.urls")),
    path("n/<slug:network_slug>/gatherings/", include("collaboratory.gatherings.urls")),
    path("n/<slug:network_slug>/live/", include("collaboratory.commitments.urls")),
    path("n/<slug:network_slug>/insights/", include("collaboratory.insights.urls")),
    path("n/<slug:network_slug>/follow-through/", include("collaboratory.followthrough.urls")),
    path("n/<slug:network_slug>/", include("collaboratory.matching.urls")),
    path("n/<slug:network_slug>/seating/", include("collaboratory.seating.urls")),
    path("n/<slug:network_slug>/webhooks/", include("collaboratory.webhooks.urls")),
    path("n/<slug:network_slug>/api-tokens/", include("collaboratory.api.urls")),
    path("n/<slug:network_slug>/national/", include("collaboratory.national.urls")),
    path("n/<slug:network_slug>/training/", include("collaboratory.training.urls")),
    path("n/<slug:network_slug>/youth/", include("collaboratory.youth.urls")),
    path("api/v1/", problem_urls(api.urls)),
    path("", include("collaboratory.gatherings.public_urls")),
    path("", include("collaboratory.seating.public_urls")),
    path("", include("collaboratory.training.public_urls")),
    path("invitations/", include("collaboratory.networks.invitation_urls")),
    path("me/", include("collaboratory.people.urls")),
    path("", include("collaboratory.notifications.urls")),
    path("i18n/setlang/", language_switch, name="set_language"),
    path("consent/", include("collaboratory.networks.consent_urls")),
    path("guardian-approval/", include("collaboratory.commitments.guardian_urls")),
    path("youth/", include("collaboratory.youth.public_urls")),
]

# Our BadParameter's message is shown on the 400 page (networks.params).
handler400 = "collaboratory.web.views.bad_request"
