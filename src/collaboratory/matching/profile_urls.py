"""Member profiles, introductions and the asks board, under /n/<network_slug>/ (namespace
`matching`)."""

from django.urls import path

from collaboratory.matching import ask_views, profile_views

app_name = "matching"
urlpatterns = [
    path("members/<int:membership_id>/", profile_views.profile, name="profile"),
    path("members/<int:membership_id>/introduce/", profile_views.introduce, name="introduce"),
    path(
        "introductions/consent/",
        profile_views.introduction_consent,
        name="introduction_consent",
    ),
    path("introductions/", profile_views.introductions, name="introductions"),
    path(
        "introductions/<int:request_id>/decide/",
        profile_views.introduction_decide_view,
        name="introduction_decide",
    ),
    path("asks/", ask_views.asks, name="asks"),
    path("asks/<int:ask_id>/offer/", ask_views.offer, name="offer"),
    path("asks/<int:ask_id>/met/", ask_views.ask_met, name="ask_met"),
]
