"""Youth program routes outside any network: the public application form and the
guardian's view (a secret link, no account)."""

from django.urls import path

from collaboratory.youth import public_views

app_name = "youth_public"
urlpatterns = [
    path("apply/<int:cycle_id>/", public_views.apply, name="apply"),
    path("guardian/key/<str:token>/", public_views.guardian, name="guardian"),
]
